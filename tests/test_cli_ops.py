"""``briefbot check``, ``schedule``, ``post`` and ``history``: what an operator sees."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.cli import parser
from bot.state import open_engine
from bot.state.heartbeat import Heartbeat
from bot.state.ledger import Ledger
from tests.conftest import ROOT, SEEDS, Result

MORNING = f"""name = "morning"
title = "Morning"
sources = ["{SEEDS}"]
schedule = "0 7 * * 1-5"
timezone = "Europe/Berlin"
deliver = ["stdout", "slack:#news", "discord:123"]
"""


@pytest.fixture
def briefs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "briefs"
    folder.mkdir()
    (folder / "morning.toml").write_text(MORNING, encoding="utf-8")
    monkeypatch.setenv("BRIEFBOT_BRIEFS", str(folder))
    for name in ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "DISCORD_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    return folder


def test_check_shows_tokens_without_values_and_unreachable_targets(
        cli: Callable[..., Result], briefs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-very-secret")
    result = cli("check")
    assert result.code == 1
    assert "ok: morning (morning.toml)" in result.out and "ok: default (built in): on demand only" in result.out
    assert "SLACK_BOT_TOKEN: set" in result.out and "DISCORD_TOKEN: not set" in result.out
    assert "morning -> discord:123: set DISCORD_TOKEN" in result.out
    assert "slack:#news: set" not in result.out
    assert "xoxb-very-secret" not in result.out + result.err

    monkeypatch.setenv("DISCORD_TOKEN", "discord-secret")
    assert cli("check").code == 0


def test_check_reports_every_bad_brief_file_and_posts_nothing(cli: Callable[..., Result], briefs: Path) -> None:
    (briefs / "bad.toml").write_text('name = "bad"\nsources = ["a"]\nmode = "latest"\n', encoding="utf-8")
    (briefs / "worse.toml").write_text('name = "worse"\nsources = ["a"]\ntimezone = "Berlin"\n', encoding="utf-8")
    result = cli("check")
    assert result.code == 1
    assert f"error: {briefs / 'bad.toml'}: mode: 'latest' is not a mode" in result.out
    assert f"error: {briefs / 'worse.toml'}: timezone: 'Berlin' is not an IANA timezone" in result.out
    assert "ok: morning" in result.out and "== " not in result.out


def test_schedule_lists_next_runs_in_the_brief_timezone(cli: Callable[..., Result], briefs: Path) -> None:
    result = cli("schedule", "--next", "6")
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0] == 'morning: "0 7 * * 1-5" in Europe/Berlin, mode full'
    assert lines[1] == "  to:   stdout, slack:#news, discord:123"
    runs = [line.split("next:")[-1].strip() for line in lines[2:8]]
    assert all(run.endswith(("07:00 CET", "07:00 CEST")) for run in runs)
    assert {run[:3] for run in runs} == {"Mon", "Tue", "Wed", "Thu", "Fri"}
    assert "default: on demand only (/brief default, or briefbot post default)" in lines


def test_post_records_each_briefing_and_history_shows_where_it_went(
        cli: Callable[..., Result], briefs: Path, own_state: Path) -> None:
    before = cli("history")  # a state store nothing was posted to: said, and not created by looking
    assert before.code == 2 and "does not exist: nothing was recorded" in before.err
    assert not own_state.exists()
    posted = cli("post", "--sources", str(min(SEEDS.iterdir())), "--to", "stdout")
    assert posted.code == 0 and "Sources" in posted.out
    again = cli("post", "morning", "--to", "stdout")
    assert again.code == 0 and again.out.startswith("Morning")

    result = cli("history")
    assert result.code == 0
    newest, oldest = result.out.splitlines()
    found = re.search(r"morning -> stdout  posted \(posted by hand\): \d+ stor(y|ies)  \[briefing (\d+)\]$", newest)
    assert found is not None
    assert " CET  " in newest or " CEST  " in newest  # shown in the brief's timezone
    assert "adhoc -> stdout  posted (posted by hand)" in oldest and " UTC  " in oldest
    assert cli("history", "morning").out.splitlines() == [newest]

    archived = json.loads(cli("history", "--briefing", found.group(2)).out)
    assert archived["schema"] == "briefing/1" and archived["brief"] == "morning"
    missing = cli("history", "--briefing", "999")
    assert missing.code == 2 and missing.err.startswith("briefbot: no briefing 999 in the archive")

    Ledger(open_engine(str(own_state)), owner="host:12").claim("morning", "slack:#news",
                                                                datetime(2030, 1, 7, 6, tzinfo=UTC))  # still posting
    assert re.search(r"morning -> slack:#news  claimed by host:12, being posted \(lease until [-\d]+ [:\d]+ UTC\)$",
                     cli("history").out.splitlines()[0])
    (briefs / "broken.toml").write_text("name = ", encoding="utf-8")
    assert cli("history").out.splitlines()[1:] == [newest, oldest]  # a broken brief file does not hide it


def test_post_without_targets_says_how_to_give_one(cli: Callable[..., Result], briefs: Path) -> None:
    result = cli("post")
    assert result.code == 2
    assert result.err.startswith("briefbot: nowhere to post 'default': pass --to TARGET")


async def test_the_health_check_passes_only_while_serve_beats(
        cli: Callable[..., Result], briefs: Path, own_state: Path) -> None:
    assert cli("check", "--alive", "90").code == 1  # serve never ran here
    heartbeat = Heartbeat(open_engine(str(own_state)), interval=0.05)
    await heartbeat.start()
    try:
        alive = cli("check", "--alive", "90")
    finally:
        await heartbeat.stop()
    assert alive.code == 0 and "last heartbeat 0 s ago" in alive.out
    assert cli("check", "--alive", "0").code == 1  # stale as soon as it may be no older than 0 s


@pytest.mark.parametrize("args", [["schedule"], ["brief", str(SEEDS), "--format", "json"]])
def test_a_reader_that_goes_away_ends_briefbot_quietly(args: list[str]) -> None:
    """``briefbot schedule | head -1``: no traceback when the pipe closes, small output or large."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run([sys.executable, "-m", "bot", *args], stdout=write_end, stderr=subprocess.PIPE,
                              text=True, cwd=ROOT, timeout=60, check=False)
    finally:
        os.close(write_end)
    assert (done.returncode, done.stderr) == (1, "")


def test_a_count_below_one_or_an_unwritable_output_is_one_line_naming_it(
        cli: Callable[..., Result], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for args in (["brief", "--top", "0"], ["history", "--limit", "-3"], ["schedule", "--next", "x"]):
        with pytest.raises(SystemExit) as exited:
            parser().parse_args(args)
        assert exited.value.code == 2
        assert "is not a whole number of at least 1" in capsys.readouterr().err
    result = cli("brief", str(SEEDS), "-o", str(tmp_path / "missing" / "out.txt"))
    assert result.code == 2 and result.out == ""
    assert result.err == (f"briefbot: cannot write {tmp_path / 'missing' / 'out.txt'} (No such file or directory): "
                          "give -o/--output a file in a folder you can write to\n")


def test_post_to_several_targets_posts_the_reachable_ones_and_names_the_missing_token(
        cli: Callable[..., Result], briefs: Path, own_state: Path) -> None:
    result = cli("post", "morning", "--to", "slack:#news", "--to", "stdout")
    assert result.code == 1
    assert result.out.startswith("Morning")  # stdout was still posted
    assert result.err.splitlines()[0] == "briefbot: SLACK_BOT_TOKEN is not set: set it to post to slack:#news"
    assert "posted morning to stdout" in result.err
    alone = cli("post", "morning", "--to", "discord:123")
    assert alone.code == 2 and "DISCORD_TOKEN is not set" in alone.err
