"""Secrets (issue 13): an API key a brief puts in a source URL with ``${VAR}`` never shows in output, logs or
the state file; a database password in the URL's query is masked in logs; masking takes whole values only,
and a secret too short to mask safely is refused."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bot import logs
from bot.addresses import ANY_ADDRESS
from bot.briefs import load_brief
from bot.errors import ConfigError
from bot.pipeline import built_briefing
from bot.selection import EVERYTHING
from bot.settings import MIN_SECRET, Settings
from tests.conftest import Result
from tests.fakes.web_server import FakeWeb, Page, article_html

API_KEY = "k3y-Zq81xWv0pLm"
PARAGRAPHS = ["The harbour reopened on Monday after a storm damaged two piers, the port authority said in a statement.",
              "Ferries will run a reduced timetable until Friday while repairs to both piers continue, officials said."]


@pytest.fixture
def site() -> Iterator[FakeWeb]:
    server = FakeWeb().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(autouse=True)
def forget_expanded() -> Iterator[None]:
    yield
    logs._EXPANDED.clear()


def test_an_api_key_from_a_brief_never_shows_in_output_logs_or_the_state_file(
        site: FakeWeb, cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        own_state: Path) -> None:
    site.add("/story", Page(article_html("Harbour reopens after storm", PARAGRAPHS, "harbour")))
    site.add("/gone", Page(b"<html><body>gone</body></html>", status=404))
    briefs = tmp_path / "briefs"
    briefs.mkdir()
    urls = ", ".join(f'"{site.url(path)}?key=${{NEWS_KEY}}"' for path in ("/story", "/gone"))
    (briefs / "news.toml").write_text(f'name = "news"\nsources = [{urls}]\n', encoding="utf-8")
    monkeypatch.setenv("NEWS_KEY", API_KEY)
    for fmt in ("json", "text", "markdown", "slack", "discord"):
        result = cli("brief", "--briefs", str(briefs), "--brief", "news", "--format", fmt)
        assert result.code == 0, result.err
        assert API_KEY not in result.out and API_KEY not in result.err, fmt
    sources = json.loads(cli("brief", "--briefs", str(briefs), "--brief", "news", "--format", "json").out)["sources"]
    assert sources[0]["url"].endswith("?key=***") and "HTTP 404" in sources[1]["error"]
    assert any(r.path == "/story" and r.headers for r in site.requests)  # the real key was sent to the site
    assert API_KEY.encode() not in own_state.read_bytes()
    wal = own_state.with_name(own_state.name + "-wal")
    assert not wal.exists() or API_KEY.encode() not in wal.read_bytes()


def test_log_lines_mask_expanded_values_and_a_query_password() -> None:
    logs.remember_expanded(API_KEY)
    settings = Settings(state="postgresql://bot@db.example/briefbot?password=Sup3r-s3cret-pw&sslmode=require")
    stream = io.StringIO()
    formatter = logs.SecretMask("%(message)s", settings.secrets())
    handler = logging.StreamHandler(stream)
    handler.setFormatter(formatter)
    log = logging.getLogger("test.hostile.secrets")
    log.addHandler(handler)
    try:
        log.warning("GET https://api.example/v1?key=%s from %s", API_KEY, settings.state)
    finally:
        log.removeHandler(handler)
    line = stream.getvalue()
    assert API_KEY not in line and "Sup3r-s3cret-pw" not in line and "key=***" in line and "password=***" in line


def test_masking_takes_whole_values_only() -> None:
    assert logs.whole_values("a banana and a pear", ["a"]) == "*** banana and *** pear"
    assert logs.whole_values("token=xoxb-123456 xoxb-1234567", ["xoxb-123456"]) == "token=*** xoxb-1234567"


def test_a_short_value_is_not_remembered_as_a_secret(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REGION", "eu")
    (tmp_path / "b.toml").write_text('name = "b"\nsources = ["https://news.example/${REGION}/feed.xml"]\n')
    assert load_brief(tmp_path / "b.toml").sources == ["https://news.example/eu/feed.xml"]
    assert logs.masked("region eu, Europe") == "region eu, Europe"


@pytest.mark.parametrize("variable", ["SLACK_BOT_TOKEN", "DISCORD_TOKEN", "SLACK_SIGNING_SECRET"])
def test_an_implausibly_short_secret_setting_is_refused(variable: str) -> None:
    with pytest.raises(ConfigError, match=rf"{variable}=\*\*\* is shorter than {MIN_SECRET} characters"):
        Settings.from_env({variable: "x"})


def test_a_worker_process_masks_the_values_it_is_handed(site: FakeWeb, tmp_path: Path) -> None:
    site.add("/story", Page(article_html("Harbour reopens after storm", PARAGRAPHS, "harbour")))
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        briefing = built_briefing([site.url("/story") + f"?key={API_KEY}"], Settings(state=str(tmp_path / "s.db")),
                                  "news", None, EVERYTHING, ANY_ADDRESS, frozenset({API_KEY}))
    finally:
        root.handlers[:], root.level = handlers, level
    assert briefing.sources[0].url == site.url("/story") + "?key=***"
