"""What a new user hits in the first hour: arguments that swallow inputs, broken brief files, wrong folders."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import SEEDS, Result


def _article(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    source = next(p for p in sorted(SEEDS.iterdir()) if p.is_file())
    return Path(shutil.copy(source, folder / source.name))


def test_explain_takes_no_value_so_a_source_after_it_is_briefed_not_overwritten(
        cli: Callable[..., Result], tmp_path: Path) -> None:
    article = _article(tmp_path / "in")
    before = article.read_bytes()
    result = cli("brief", "--explain", str(article), "--format", "json")
    assert result.code == 0, result.err
    assert article.read_bytes() == before
    assert [s["path"] for s in json.loads(result.out)["sources"]] == [str(article)]
    assert set(json.loads(result.err)) >= {"items", "dropped", "skipped"}


def test_explain_on_stderr_stays_one_json_document_when_a_source_is_skipped(
        cli: Callable[..., Result], tmp_path: Path) -> None:
    article = _article(tmp_path / "in")
    (tmp_path / "in" / "empty.txt").write_text("   ")
    result = cli("brief", str(tmp_path / "in"), "--explain")
    assert result.code == 0
    explanation = json.loads(result.err)
    assert [s["source"] for s in explanation["skipped"]] == [str(tmp_path / "in" / "empty.txt")]
    assert article.name in result.out or "1 source" in result.out


def test_an_output_file_that_is_a_source_is_refused_and_left_alone(
        cli: Callable[..., Result], tmp_path: Path) -> None:
    article = _article(tmp_path / "in")
    before = article.read_bytes()
    for flag in ("-o", "--explain-to"):
        result = cli("brief", str(tmp_path / "in"), flag, str(article))
        assert result.code == 2 and result.err.count("\n") == 1, result.err
        assert f"{article} is one of the sources" in result.err and flag in result.err
    assert article.read_bytes() == before


def _briefs(tmp_path: Path) -> Path:
    folder = tmp_path / "briefs"
    folder.mkdir()
    (folder / "broken.toml").write_text('name = "broken"\nsources = ["x"]\nmode = "sometimes"\n')
    (folder / "other.toml").write_text(f'name = "other"\nsources = ["{SEEDS}"]\n')
    return folder


def test_one_broken_brief_file_does_not_block_another_brief(cli: Callable[..., Result], tmp_path: Path) -> None:
    folder = _briefs(tmp_path)
    result = cli("brief", "--briefs", str(folder), "--brief", "other", "--format", "json")
    assert result.code == 0, result.err
    assert json.loads(result.out)["brief"] == "other"
    broken = cli("brief", "--briefs", str(folder), "--brief", "broken")
    assert broken.code == 2 and "broken.toml: mode:" in broken.err


def test_schedule_lists_the_valid_briefs_and_names_the_broken_one(cli: Callable[..., Result],
                                                                  tmp_path: Path) -> None:
    result = cli("schedule", "--briefs", str(_briefs(tmp_path)))
    assert result.code == 0
    assert "other: on demand only" in result.out
    assert "broken.toml: mode:" in result.err and "briefbot check" in result.err


def test_a_missing_briefs_folder_is_said_not_ignored(cli: Callable[..., Result], tmp_path: Path) -> None:
    result = cli("schedule", "--briefs", str(tmp_path / "nope"))
    assert result.code == 2
    assert result.err.count("\n") == 1 and "does not exist" in result.err and "BRIEFBOT_BRIEFS" in result.err


def test_an_unknown_brief_hint_uses_the_briefs_folder_in_force(cli: Callable[..., Result], tmp_path: Path) -> None:
    folder = _briefs(tmp_path)
    result = cli("post", "--briefs", str(folder), "morning")
    assert result.code == 2
    assert f"add {folder}/morning.toml" in result.err


def test_help_speaks_to_users_and_every_command_takes_brief_the_same_way(cli: Callable[..., Result],
                                                                         tmp_path: Path) -> None:
    from bot.cli import parser

    text = parser().format_help()
    assert "dry run" in text and "``" not in text
    brief_help = parser()._subparsers._group_actions[0].choices["brief"].format_help()  # type: ignore[union-attr,index]
    assert "--format" in brief_help and "json" in brief_help.split("--format", 1)[1].split("\n  -")[0]
    folder = _briefs(tmp_path)
    for command in ("post", "history"):
        by_option = cli(command, "--briefs", str(folder), "--brief", "morning")
        by_position = cli(command, "--briefs", str(folder), "morning")
        assert by_option.code == by_position.code, (by_option.err, by_position.err)
        assert by_option.err == by_position.err
    clash = cli("post", "--briefs", str(folder), "a", "--brief", "b")
    assert clash.code == 2 and "brief named twice" in clash.err


def test_one_source_is_counted_in_the_singular(cli: Callable[..., Result], tmp_path: Path) -> None:
    result = cli("brief", str(_article(tmp_path / "in")))
    assert result.code == 0, result.err
    assert "from 1 source" in result.out and "from 1 sources" not in result.out


@pytest.mark.parametrize(("spec", "said"), [
    ("ftp://example.org/a", "ftp:// addresses are not read: pass an http:// or https:// URL, or a file or folder"),
    ("htp://example.org/a", "htp:// addresses are not read (did you mean http://?)"),
    ("htps://example.org/a", "(did you mean http://?)"),
    ("http://", "http://: no host name: write the whole address, such as https://example.org/news"),
])
def test_a_source_that_is_not_a_readable_url_says_what_to_write(cli: Callable[..., Result], spec: str,
                                                                said: str) -> None:
    result = cli("brief", spec)
    assert result.code == 2
    assert result.err.count("\n") == 1 and said in result.err, result.err


def test_an_unreadable_folder_says_permission_denied_not_no_files(
        cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    _article(tmp_path / "news")
    locked = tmp_path / "news" / "locked"
    locked.mkdir()
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str] = ".") -> object:  # the tests run as root, who may read anything
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = cli("brief", str(tmp_path / "news"), "--format", "json")
    assert result.code == 0, result.err
    skipped = [s for s in json.loads(result.out)["sources"] if s["status"] == "skipped"]
    assert [(s["path"], s["error"]) for s in skipped] == [
        (str(locked), "a folder that cannot be read (Permission denied): let briefbot's user read it, or leave it out")]
    alone = cli("brief", str(locked))
    assert alone.code == 2 and "cannot be read (Permission denied)" in alone.err and "no article files" not in alone.err


@pytest.mark.parametrize("columns", [70, 160])
def test_help_is_laid_out_at_the_terminal_width(columns: int, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.cli import parser

    monkeypatch.setenv("COLUMNS", str(columns))
    brief = parser()._subparsers._group_actions[0].choices["brief"]  # type: ignore[union-attr,index]
    lines = brief.format_help().splitlines()
    assert max(map(len, lines)) <= columns
    assert columns < 80 or any(len(line) > 80 for line in lines)  # a wide terminal gets long lines
