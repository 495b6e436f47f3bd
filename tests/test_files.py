"""Reading local files: encodings, every kind of bad input, and what the CLI does with them."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.errors import ConfigError
from bot.model import Article, Source
from bot.sources.files import expand_paths, read_file
from tests.conftest import Result

ARTICLE = ("Harbour reopens after storm\n\n"
           "The harbour reopened on Monday after a storm damaged two piers, the port authority said.\n\n"
           "Ferries will run a reduced timetable until Friday while repairs continue.\n")
LIMIT = 5_000_000


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def skipped(path: Path, limit: int = LIMIT) -> Source:
    outcome = read_file(path, "1", limit)
    assert isinstance(outcome, Source), outcome
    assert outcome.status == "skipped" and outcome.path == str(path) and outcome.error
    assert "\n" not in outcome.error and ":" in outcome.error  # what is wrong: what to do
    return outcome


# --- encodings ----------------------------------------------------------------------------------

def test_utf8_with_a_byte_order_mark(tmp_path: Path) -> None:
    article = read_file(write(tmp_path, "a.txt", b"\xef\xbb\xbf" + ARTICLE.encode()), "1", LIMIT)
    assert isinstance(article, Article) and article.source.title == "Harbour reopens after storm"


def test_windows_1252_text_is_decoded(tmp_path: Path) -> None:
    text = ARTICLE.replace("The harbour", "“The café’s harbour").replace("said.", "said – déjà vu.”")
    article = read_file(write(tmp_path, "a.txt", text.encode("cp1252")), "1", LIMIT)
    assert isinstance(article, Article)
    assert article.paragraphs[0].startswith("“The café’s harbour") and "déjà vu.”" in article.paragraphs[0]


def test_latin1_french_text_is_decoded(tmp_path: Path) -> None:
    text = ("Le port rouvre après la tempête\n\n"
            "Le port a rouvert lundi après une tempête qui a endommagé deux jetées, "
            "a déclaré l'autorité portuaire à Brest.\n")
    article = read_file(write(tmp_path, "a.txt", text.encode("latin-1")), "1", LIMIT)
    assert isinstance(article, Article) and "endommagé" in article.paragraphs[0]


def test_utf16_with_a_byte_order_mark(tmp_path: Path) -> None:
    article = read_file(write(tmp_path, "a.txt", ARTICLE.encode("utf-16")), "1", LIMIT)
    assert isinstance(article, Article) and len(article.paragraphs) == 2


# --- bad input: skipped with a reason -------------------------------------------------------------

@pytest.mark.parametrize(("name", "data", "says"), [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n\t \r\n", "empty"),
    ("nbsp.txt", "\u00a0\u2003\n".encode(), "whitespace"),
    ("binary.txt", bytes(range(256)) * 8, "binary"),
    ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "PDF"),
    ("noise.txt", bytes((i * 37 + 11) % 31 + 1 for i in range(4000)), "encoding"),
    ("notes.pdf", b"%PDF-1.4 whatever", "'.pdf' files"),
    ("README", b"just some text", "without an extension"),
    ("list.json", b'[{"title": "a"}, {"title": "b"}]', "list of 2"),
    ("config.json", b'{"name": "briefbot", "version": 2}', "not a news-please article"),
    ("broken.json", b'{"title": "a", "text": ', "not valid JSON"),
    ("menu.txt", "Home | News | Sport\nFacebook\nTwitter\n© Example Media\n", "no article text"),
])
def test_unusable_files_are_skipped_with_a_reason(tmp_path: Path, name: str, data: bytes, says: str) -> None:
    assert says in skipped(write(tmp_path, name, data)).error  # type: ignore[operator]


def test_too_big_files_are_skipped_before_they_are_read(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", ARTICLE * 100)
    error = skipped(path, limit=1000).error or ""
    assert "too big" in error and "BRIEFBOT_MAX_SOURCE_BYTES" in error


def test_news_please_json_is_an_article_with_its_metadata(tmp_path: Path) -> None:
    doc = {"title": "Harbour reopens after storm", "maintext": ARTICLE.split("\n\n", 1)[1],
           "date_publish": "2025-03-04 09:15:00", "source_domain": "harbour-news.example",
           "url": "https://harbour-news.example/reopens"}
    article = read_file(write(tmp_path, "a.json", json.dumps(doc)), "1", LIMIT)
    assert isinstance(article, Article)
    assert (article.source.title, article.source.outlet, article.source.published, article.source.url) == (
        "Harbour reopens after storm", "harbour-news.example", "2025-03-04T09:15:00",
        "https://harbour-news.example/reopens")
    assert len(article.paragraphs) == 2


def test_a_missing_path_stops_the_run(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"nope\.txt: no such file or directory"):
        expand_paths(str(tmp_path / "nope.txt"))


def test_directories_are_read_recursively_without_hidden_files(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", ARTICLE)
    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    write(tmp_path, "sub/a.md", ARTICLE)
    write(tmp_path, ".git/c.txt", ARTICLE)
    write(tmp_path, ".hidden.txt", ARTICLE)
    assert [p.relative_to(tmp_path).as_posix() for p in expand_paths(str(tmp_path))] == ["b.txt", "sub/a.md"]


# --- through the CLI ------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "data"), [
    ("empty.txt", b""),
    ("blank.txt", b"\n   \n"),
    ("binary.txt", bytes(range(256)) * 8),
    ("noise.txt", bytes((i * 37 + 11) % 31 + 1 for i in range(4000))),
    ("big.txt", b"x" * 2048),
    ("photo.png", b"\x89PNG\r\n\x1a\n"),
    ("config.json", b'{"name": "briefbot"}'),
])
def test_cli_skips_a_bad_file_and_briefs_the_rest(cli: Callable[..., Result], tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch, name: str,
                                                  data: bytes) -> None:
    monkeypatch.setenv("BRIEFBOT_MAX_SOURCE_BYTES", "1024")
    good = write(tmp_path, "good.txt", ARTICLE)
    bad = write(tmp_path, name, data)
    result = cli("brief", str(good), str(bad), "--format", "json")
    assert result.code == 0, result.err
    sources = {s["path"]: s for s in json.loads(result.out)["sources"]}
    assert sources[str(good)]["status"] == "ok"
    assert sources[str(bad)]["status"] == "skipped" and sources[str(bad)]["error"]
    warning = [line for line in result.err.splitlines() if str(bad) in line]
    assert len(warning) == 1 and "skipped" in warning[0]


def test_cli_missing_path_is_a_one_line_error(cli: Callable[..., Result], tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", ARTICLE)
    result = cli("brief", str(good), str(tmp_path / "missing.txt"))
    assert result.code == 2 and result.out == ""
    assert result.err.count("\n") == 1 and "missing.txt" in result.err


def test_cli_with_no_usable_source_exits_2(cli: Callable[..., Result], tmp_path: Path) -> None:
    result = cli("brief", str(write(tmp_path, "empty.txt", b"")), str(write(tmp_path, "x.bin", b"\x00\x01")))
    assert result.code == 2 and result.out == ""
    assert "none of the 2 sources" in result.err and "empty" in result.err


def test_cli_with_an_empty_folder_exits_2(cli: Callable[..., Result], tmp_path: Path) -> None:
    result = cli("brief", str(tmp_path))
    assert result.code == 2 and "no article files" in result.err


def test_a_web_page_saved_as_txt_is_read_as_html(tmp_path: Path) -> None:
    html = (Path(__file__).parent / "fixtures" / "harbour-page.html").read_text(encoding="utf-8")
    article = read_file(write(tmp_path, "page.txt", html), "1", LIMIT)
    assert isinstance(article, Article)
    assert article.source.title == "Port of Lisvane shuts two berths after crane collapse"
    assert not any("<" in p for p in article.paragraphs)


def test_a_pipe_is_skipped_not_read(tmp_path: Path) -> None:
    pipe = tmp_path / "feed.txt"
    os.mkfifo(pipe)
    assert "not a regular file" in (skipped(pipe).error or "")
