"""What is kept between runs (``bot.rules.kept``) is what deriving gives: compiled patterns equal to
``re.compile``'s, the same literal pre-checks, the same gazetteer; a bad file is derived over."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
import regex

from bot.rules import kept, literals, places, table
from bot.rules.kept import Kept, compiled, compiled_regex
from bot.rules.literals import _derived, required_literals
from tests.conftest import ROOT


@pytest.mark.parametrize(("source", "flags"), [
    (r"(?P<who>\w+) said\b", re.I),
    (r"^(?:read more|see also)\s*:", 0),
    (r"\bcaf\u00e9s?\b", re.I | re.M),
])
def test_a_kept_pattern_is_the_compiled_one(source: str, flags: int) -> None:
    assert compiled(source, flags) == re.compile(source, flags)  # same text, flags and _sre code
    assert compiled(source, flags).groupindex == re.compile(source, flags).groupindex


def test_every_rule_pattern_read_back_from_disk_is_the_compiled_one(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFBOT_CACHE", str(tmp_path))
    patterns = [p for tab in table.all_tables() if isinstance(tab, table.RuleTable) for r in tab
                for p in (r.pattern, *r.also, r.unless) if p is not None]
    written: Kept[object] = Kept("patterns")
    monkeypatch.setattr(kept, "_PATTERNS", written)
    made = [compiled(p.pattern, p.flags) for p in patterns]
    written.save()
    monkeypatch.setattr(kept, "_PATTERNS", Kept("patterns"))
    read = [compiled(p.pattern, p.flags) for p in patterns]
    assert kept._PATTERNS._new is False  # every one came from the file
    assert made == read == [re.compile(p.pattern, p.flags) for p in patterns]


@pytest.mark.parametrize(("source", "flags"), [
    (r"(?<who>\p{Lu}\w+) said\b", regex.I),
    (r"(?<![\p{L}\d])\p{Lu}\.$", 0),  # a look-behind and a Unicode property: what ``re`` lacks
    (r"\u201c([^\u201d]{2,})(?:\u201d|$)", regex.M),
])
def test_a_kept_regex_pattern_read_back_from_disk_is_the_compiled_one(source: str, flags: int, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFBOT_CACHE", str(tmp_path))
    monkeypatch.setattr(kept, "_REGEX_PATTERNS", None)
    made = compiled_regex(source, flags)
    written = kept._REGEX_PATTERNS
    assert written is not None and written._new
    written.save()
    monkeypatch.setattr(kept, "_REGEX_PATTERNS", None)
    read = compiled_regex(source, flags)
    assert kept._REGEX_PATTERNS is not None and kept._REGEX_PATTERNS._new is False  # it came from the file
    fresh = regex.compile(source, flags)
    texts = ["Jane said so", "“It is over,” she said.", "in the U.S.", "“unclosed quote"]
    for pattern in (made, read):
        assert (pattern.pattern, pattern.flags, pattern.groupindex) == (fresh.pattern, fresh.flags, fresh.groupindex)
        assert [m.span() if (m := pattern.search(t)) else None for t in texts] == \
            [m.span() if (m := fresh.search(t)) else None for t in texts]


def test_kept_literals_are_the_derived_ones() -> None:
    for tab in table.all_tables():
        if isinstance(tab, table.RuleTable):
            for r in tab:
                if r.pattern is not None:
                    assert required_literals(r.pattern.pattern, r.pattern.flags) == \
                        _derived(r.pattern.pattern, r.pattern.flags, 32), r.id


def test_kept_token_tables_read_back_from_disk_are_the_derived_ones(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFBOT_CACHE", str(tmp_path))
    words = frozenset({"with afp", "sign up for", "reuters", "  ", "", "afp"})
    written = Kept[literals._Tables]("token-tables", literals.__file__)
    monkeypatch.setattr(literals, "_KEPT_TABLES", written)
    made = literals._Tokens(words)
    written.save()
    read_back = Kept[literals._Tables]("token-tables", literals.__file__)
    monkeypatch.setattr(literals, "_KEPT_TABLES", read_back)
    read = literals._Tokens(words)
    assert read_back._new is False  # from the file
    derived = literals._tables(words)
    assert derived[0] == frozenset({"  ", ""}) and derived[1]["afp"] == frozenset({"with afp", "afp"})
    for tokens in (made, read):
        assert (tokens.spaces, tokens._by_piece, tokens._pattern.pattern[4:-2], tokens._with_prefixes) == derived
        assert tokens["(afp)"] == frozenset({"with afp", "afp"}) and tokens["signs"] == frozenset({"sign up for"})


def test_a_word_is_its_own_piece_exactly_when_it_is_one_run() -> None:
    for word in ("", " ", "afp", "with afp", " afp", "afp ", "a\tb", "\u00a0afp"):
        assert literals._own_piece(word) == (literals._piece(word) == word), repr(word)


def test_the_kept_gazetteer_is_the_built_one() -> None:
    assert places._GAZETTEER.get("sets", places._gazetteer_sets) == places._gazetteer_sets()


def test_an_unreadable_or_foreign_file_is_derived_over(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFBOT_CACHE", str(tmp_path))
    for content in (b"not marshal data", b"\xe9[]"):
        store: Kept[int] = Kept("squares", __file__)
        path = store.path()
        assert path is not None
        path.write_bytes(content)
        assert store.get(7, lambda: 49) == 49
        store.save()
        assert Kept[int]("squares", __file__).get(7, lambda: 0) == 49


def test_changed_code_is_not_vouched_for_by_an_older_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFBOT_CACHE", str(tmp_path))
    code = tmp_path / "deriving.py"
    code.write_text("SQUARE = 2\n")
    store: Kept[int] = Kept("squares", str(code))
    assert store.get(7, lambda: 49) == 49
    store.save()
    code.write_text("SQUARE = 3\n")
    assert Kept[int]("squares", str(code)).get(7, lambda: 343) == 343


def test_files_of_other_code_versions_go_once_stale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFBOT_CACHE", str(tmp_path))
    old, recent, other_kind = (tmp_path / "squares-0ld.marshal", tmp_path / "squares-recent.marshal",
                               tmp_path / "cubes-0ld.marshal")
    for path in (old, recent, other_kind):
        path.write_bytes(b"")
    stale = time.time() - (kept.STALE_DAYS + 1) * 86400
    for path in (old, other_kind):
        os.utime(path, (stale, stale))
    store: Kept[int] = Kept("squares", __file__)
    store.get(7, lambda: 49)
    store.save()
    written = store.path()
    assert written is not None
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([other_kind.name, recent.name, written.name])


def test_a_folder_that_cannot_be_written_leaves_the_run_alone(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    run = subprocess.run([sys.executable, "-m", "bot", "brief", "--format", "json"], cwd=ROOT, capture_output=True,
                         text=True, env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
                                         "BRIEFBOT_CACHE": str(blocked / "cache")})
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""


def test_a_text_briefing_from_kept_templates_is_the_same(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "BRIEFBOT_CACHE": str(tmp_path / "cache")}
    runs = [subprocess.run([sys.executable, "-m", "bot", "brief", "--format", "markdown"], cwd=ROOT,
                           capture_output=True, text=True, env=env, check=True).stdout for _ in range(2)]
    assert list((tmp_path / "cache" / "templates").iterdir())  # the second run read the compiled templates
    assert runs[0] == runs[1]
    assert runs[0].startswith("# ")


def test_a_one_off_command_writes_its_output_and_what_it_derived_however_quickly_it_ends(tmp_path: Path) -> None:
    """``briefbot`` ends a one-off command without freeing its objects: the exit handlers still run."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "BRIEFBOT_CACHE": str(tmp_path / "cache")}
    run = subprocess.run([sys.executable, "-m", "bot", "brief", "--format", "json"], cwd=ROOT, capture_output=True,
                         text=True, env=env)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["stories"]
    kinds = {p.name.rsplit("-", 1)[0] for p in (tmp_path / "cache").glob("*.marshal")}
    assert {"patterns", "literals", "gazetteer"} <= kinds


def test_a_kind_kept_at_most_n_keeps_the_last_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The word index's tables are large and a run asks one set or two: the file keeps the last few asked, so that
    every fresh process does not read every set any run ever searched."""
    monkeypatch.setenv("BRIEFBOT_CACHE", str(tmp_path))
    first: Kept[str] = Kept("bounded", most=2)
    for key in ("a", "b", "c"):
        first.get(key, lambda key=key: key.upper())  # type: ignore[misc]
    first.save()
    second: Kept[str] = Kept("bounded", most=2)
    assert second.get("b", lambda: "derived") == "B"  # kept, and now the last asked
    assert second.get("a", lambda: "A2") == "A2"  # the oldest went: derived again
    second.save()
    third: Kept[str] = Kept("bounded", most=2)
    assert [third.get(k, lambda: "derived") for k in ("b", "a", "c")] == ["B", "A2", "derived"]
