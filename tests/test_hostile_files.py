"""Hostile and damaged local files (issue 13): each is read as well as it can be, or skipped with a reason
that names it safely; none costs the rest of the briefing and none reaches the output raw."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.model import Article, Source
from bot.pipeline import build_briefing
from bot.render import FORMATS, render
from bot.settings import Settings
from bot.sources import collect
from bot.sources.files import expand_paths, read_file
from bot.text.decode import decode_bytes, readable_text, shown_name
from tests.conftest import Result

LIMIT = 5_000_000
BODY = ("The café on the harbour reopened on Monday after a storm damaged two piers, the port authority said.\n\n"
        "Ferries will run a reduced timetable until Friday while repairs to the piers continue, officials said.\n")


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def news_please(title: str, body: str = BODY) -> str:
    return json.dumps({"title": title, "maintext": body, "source_domain": "harbour.example"})


def read(path: Path) -> Article:
    outcome = read_file(path, "1", LIMIT)
    assert isinstance(outcome, Article), outcome
    return outcome


def skip_reason(path: Path) -> str:
    outcome = read_file(path, "1", LIMIT)
    assert isinstance(outcome, Source) and outcome.status == "skipped", outcome
    return outcome.error or ""


# --- encodings ----------------------------------------------------------------------------------

def test_utf8_cut_inside_its_last_character_stays_utf8(tmp_path: Path) -> None:
    article = read(write(tmp_path, "cut.txt", BODY.encode("utf-8") + "é".encode()[:1]))
    assert "café" in article.text and "CafÃ" not in article.text and "cafÃ" not in article.text


def test_cp1252_ending_in_a_byte_that_cannot_start_utf8_is_still_cp1252() -> None:
    text = "Tickets for the café cost 5€"
    assert decode_bytes(text.encode("cp1252"), "price.txt") == text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_text_not_binary(tmp_path: Path, encoding: str) -> None:
    article = read(write(tmp_path, "a.txt", BODY.encode(encoding)))
    assert "café on the harbour" in article.text


# --- hostile content ----------------------------------------------------------------------------

def test_a_json_nested_100000_deep_is_skipped_with_a_reason(tmp_path: Path) -> None:
    deep = write(tmp_path, "deep.json", "[" * 100_000 + "]" * 100_000)
    assert "nested too deep" in skip_reason(deep)


def test_a_json_number_of_thousands_of_digits_is_skipped_with_a_reason(tmp_path: Path) -> None:
    assert "too long" in skip_reason(write(tmp_path, "n.json", '{"maintext": ' + "7" * 5000 + "}"))


@pytest.mark.parametrize("fmt", FORMATS)
async def test_surrogates_and_control_characters_in_json_never_reach_the_output(tmp_path: Path, fmt: str) -> None:
    title = "Harbour \x1b[2J\x1b]0;owned\x07reopens\x00 \\udfff after \u202estorm\x9b"
    body = BODY.replace("Monday", "Monday \\ud800\x1b[31m").replace("Friday", "Friday\x07\x08")
    write(tmp_path, "a.json", news_please(title, body).replace("\\\\u", "\\u"))
    write(tmp_path, "b.txt", BODY)
    settings = Settings(state=str(tmp_path / "s.sqlite3"))
    out = render(await build_briefing([str(tmp_path)], settings), fmt)
    out.encode("utf-8")  # a lone surrogate cannot be encoded: this raised before
    assert not any(c in out for c in "\x00\x07\x08\x1b\x9b\u202e")
    article = (await collect([str(tmp_path / "a.json")], settings)).articles[0]
    assert article.source.title == "Harbour reopens \ufffd after storm"
    assert "Monday \ufffd" in article.text


def test_readable_text_keeps_ordinary_text_and_line_structure() -> None:
    text = "Line one\ttab\r\nLine two — “quoted” café 😀 👩\u200d💻\n"
    assert readable_text(text) is text
    assert readable_text("a\u2028b\x0cc\x85d") == "a\nb\nc\nd"


# --- not regular files, and their names ---------------------------------------------------------

def test_every_odd_entry_in_a_folder_is_reported_not_passed_over(tmp_path: Path) -> None:
    write(tmp_path, "good.txt", BODY)
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "x.txt").mkdir()
    write(tmp_path / "x.txt", "inner.txt", BODY)
    reasons = {}
    for path in expand_paths(str(tmp_path)):
        outcome = read_file(path, "1", LIMIT)
        reasons[path.name] = outcome.error if isinstance(outcome, Source) else "read"
    assert reasons["good.txt"] == reasons["inner.txt"] == "read"
    assert "a pipe" in (reasons["pipe.txt"] or "")
    assert "symbolic link loop" in (reasons["loop.txt"] or "")
    assert "broken symbolic link" in (reasons["gone.txt"] or "")
    assert "a folder named like an article file" in (reasons["x.txt"] or "")


def test_a_device_is_reported_not_read(tmp_path: Path) -> None:
    link = tmp_path / "null.txt"
    link.symlink_to("/dev/null")
    assert "a device" in skip_reason(link)


def test_a_newline_in_a_file_name_cannot_forge_a_line_of_output(cli: Callable[..., Result], tmp_path: Path) -> None:
    write(tmp_path, "good.txt", BODY)
    write(tmp_path, "evil\nbriefbot: all sources are fine.txt", b"")
    result = cli("brief", str(tmp_path), "--format", "text")
    assert result.code == 0, result.err
    forged = [line for line in result.err.splitlines() if line.startswith("briefbot: all sources")]
    assert forged == []
    assert "evil\\nbriefbot: all sources are fine.txt" in result.err
    assert "evil\nbriefbot" not in result.out


def test_shown_name_escapes_what_cannot_be_printed_and_nothing_else() -> None:
    assert shown_name("Café report 2026 (final).txt") == "Café report 2026 (final).txt"
    assert shown_name("a\nb\x1b\udcff.txt") == "a\\nb\\x1b\\udcff.txt"
