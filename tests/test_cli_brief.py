"""``briefbot brief``: the dry run a new user starts with."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import jsonschema

from tests.conftest import SCHEMA, Result


def test_no_arguments_briefs_the_seeds(cli: Callable[..., Result]) -> None:
    result = cli("brief")
    assert result.code == 0, result.err
    assert "5 sources" in result.out
    assert result.out.count("seeds/") + result.out.count("[5]") >= 1


def test_json_of_the_seeds_follows_the_contract(cli: Callable[..., Result]) -> None:
    result = cli("brief", "--format", "json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(data)
    assert data["brief"] == "default"
    assert [s["status"] for s in data["sources"]] == ["ok"] * 5


def test_output_file_and_explain_file(cli: Callable[..., Result], tmp_path: Path) -> None:
    out, explain = tmp_path / "b.md", tmp_path / "why.json"
    result = cli("brief", "--format", "markdown", "-o", str(out), "--explain-to", str(explain))
    assert result.code == 0, result.err
    assert result.out == ""
    assert out.read_text().startswith("# ")
    assert set(json.loads(explain.read_text())) >= {"items", "dropped"}


def test_unknown_brief_is_one_line_naming_it(cli: Callable[..., Result]) -> None:
    result = cli("brief", "--brief", "nope")
    assert result.code == 2
    assert result.err.count("\n") == 1 and "'nope'" in result.err


def test_the_seeds_briefing_fits_one_screen(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("brief")
    assert result.code == 0, result.err
    assert len(result.out.split()) <= 350
    for heading in ("Who", "What", "Restrictions", "Reactions"):
        assert any(line.startswith(heading) for line in result.out.splitlines()), heading
