"""Brief files: every key is checked, and each kind of mistake names the file, the key and the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.briefs import brief_named, load_brief, load_briefs, scan_briefs
from bot.errors import BriefFileError, ConfigError
from bot.selection import Selection
from bot.targets import Target

GOOD = """
name = "morning"
title = "Morning briefing"
sources = ["articles", "https://example.org/feed.xml"]
schedule = "0 7 * * 1-5"
timezone = "Europe/Berlin"
deliver = ["slack:#news", "discord:1234", "stdout"]
mode = "new"
top = 3
include = ["rail", "North  Sea"]
exclude = ["sport"]
"""


def write(folder: Path, text: str, name: str = "brief.toml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_complete_brief_loads_with_paths_relative_to_its_file(tmp_path: Path) -> None:
    brief = load_brief(write(tmp_path, GOOD))
    assert brief.name == "morning" and brief.title == "Morning briefing" and brief.mode == "new"
    assert brief.sources == [str(tmp_path / "articles"), "https://example.org/feed.xml"]
    assert brief.targets == [Target("slack", "#news"), Target("discord", "1234"), Target("stdout")]
    assert brief.scheduled and str(brief.trigger().timezone) == "Europe/Berlin"
    assert brief.selection == Selection(top=3, include=("rail", "North Sea"), exclude=("sport",))


def test_name_and_sources_are_enough_for_an_on_demand_brief(tmp_path: Path) -> None:
    brief = load_brief(write(tmp_path, 'name = "adhoc"\nsources = ["a"]\n'))
    assert not brief.scheduled and brief.targets == [] and brief.timezone == "UTC" and brief.mode == "full"
    assert brief.selection == Selection()  # every story of every article


@pytest.mark.parametrize(("text", "key", "problem"), [
    ('name = "x"\nsources = ["a"\n', "toml", "not valid TOML"),
    ('sources = ["a"]\n', "name", "is required"),
    ('name = "x"\n', "sources", "is required"),
    ('name = "two words"\nsources = ["a"]\n', "name", "must be a word"),
    ('name = "x"\nsources = []\n', "sources", "non-empty list"),
    ('name = "x"\nsources = ["a"]\ntitle = 3\n', "title", "non-empty string"),
    ('name = "x"\nsources = ["a"]\nschedule = "0 7 * *"\ndeliver = ["stdout"]\n', "schedule",
     "Wrong number of fields"),
    ('name = "x"\nsources = ["a"]\nschedule = "0 25 * * *"\ndeliver = ["stdout"]\n', "schedule",
     "not a cron expression"),
    ('name = "x"\nsources = ["a"]\nschedule = "0 7 * * 8"\ndeliver = ["stdout"]\n', "schedule",
     "'8' is not a weekday"),
    ('name = "x"\nsources = ["a"]\nschedule = "0 7 * * 1"\ntimezone = "Mars/Olympus"\ndeliver = ["stdout"]\n',
     "timezone", "'Mars/Olympus' is not an IANA timezone"),
    ('name = "x"\nsources = ["a"]\nschedule = "0 7 * * 1"\n', "deliver", "is required with a schedule"),
    ('name = "x"\nsources = ["a"]\ndeliver = ["telegram:news"]\n', "deliver", "'telegram:news' is not a target"),
    ('name = "x"\nsources = ["a"]\ndeliver = "stdout"\n', "deliver", "must be a list"),
    ('name = "x"\nsources = ["a"]\nmode = "diff"\n', "mode", "'diff' is not a mode"),
    ('name = "x"\nsources = ["a"]\nschedul = "0 7 * * *"\n', "schedul", "unknown key"),
    ('name = "x"\nsources = ["a"]\ntop = 0\n', "top", "0 is not a number of stories"),
    ('name = "x"\nsources = ["a"]\ntop = "5"\n', "top", "'5' is not a number of stories"),
    ('name = "x"\nsources = ["a"]\ntop = true\n', "top", "True is not a number of stories"),
    ('name = "x"\nsources = ["a"]\ninclude = "rail"\n', "include", "must be a list of words or phrases"),
    ('name = "x"\nsources = ["a"]\nexclude = ["sport", " "]\n', "exclude", "must be a list of words or phrases"),
    ('name = "x"\nsources = ["a"]\nexclude = [3]\n', "exclude", "must be a list of words or phrases"),
    ('name = "x"\nsources = ["${BRIEFBOT_TEST_UNSET}"]\n', "sources", "set BRIEFBOT_TEST_UNSET"),
])
def test_each_mistake_names_file_key_and_problem(tmp_path: Path, text: str, key: str, problem: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(BriefFileError) as caught:
        load_brief(path)
    assert str(caught.value).startswith(f"{path}: {key}: ")
    assert problem in str(caught.value)


def test_env_references_are_expanded_and_a_bad_target_never_shows_the_secret(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOOK", "https://discord.com/api/webhooks/1/s3cr3t")
    brief = load_brief(write(tmp_path, 'name = "x"\nsources = ["a"]\ndeliver = ["discord-webhook:${HOOK}"]\n'))
    assert brief.targets == [Target("discord-webhook", "https://discord.com/api/webhooks/1/s3cr3t")]
    monkeypatch.setenv("HOOK", "s3cr3t")
    with pytest.raises(BriefFileError) as caught:
        load_brief(write(tmp_path, 'name = "x"\nsources = ["a"]\ndeliver = ["${HOOK}"]\n'))
    assert "${HOOK}" in str(caught.value) and "s3cr3t" not in str(caught.value)


def test_two_files_with_one_name_and_every_bad_file_are_reported(tmp_path: Path) -> None:
    write(tmp_path, 'name = "x"\nsources = ["a"]\n', "a.toml")
    write(tmp_path, 'name = "x"\nsources = ["b"]\n', "b.toml")
    write(tmp_path, 'name = "y"\nsources = ["b"]\nmode = "all"\n', "c.toml")
    briefs, errors = scan_briefs(tmp_path)
    assert "x" in briefs and "y" not in briefs
    assert [(e.file, e.key) for e in errors] == [(str(tmp_path / "b.toml"), "name"),
                                                 (str(tmp_path / "c.toml"), "mode")]
    assert set(load_briefs(tmp_path)) == {"x", "default"}  # the broken files are left out, the rest load
    with pytest.raises(BriefFileError, match=r"c\.toml: mode:"):
        brief_named(tmp_path, "c")
    assert brief_named(tmp_path, "x").sources[0].endswith("a")


def test_the_shipped_default_brief_stays_on_demand(tmp_path: Path) -> None:
    default = load_briefs(tmp_path)["default"]
    assert not default.scheduled and default.targets == []


def test_a_missing_or_unreadable_briefs_folder_is_said(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"briefs folder .*nope does not exist: create it, or point --briefs"):
        scan_briefs(tmp_path / "nope")
    (tmp_path / "file").write_text("")
    with pytest.raises(ConfigError, match="is a file, not a folder"):
        scan_briefs(tmp_path / "file")


def test_an_unknown_brief_names_the_folder_it_looked_in(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=rf"no brief named 'morning' in {tmp_path} .*add {tmp_path}/morning\.toml"):
        brief_named(tmp_path, "morning")
