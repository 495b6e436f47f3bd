"""Shared fixtures: the sample articles, the shared eval stories, and a CLI runner."""

from __future__ import annotations

import atexit
import contextlib
import io
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

# What briefbot keeps between runs (bot.rules.kept) goes to a folder of this test session, never the user's
# ~/.cache: every session derives afresh, so the tests exercise the deriving, and runs in subprocesses share it.
# The folder goes when the session ends, so test runs leave nothing behind in the temp directory: registered
# before bot is imported, so it runs after every handler that saves kept answers (atexit runs the last first).
os.environ["BRIEFBOT_CACHE"] = tempfile.mkdtemp(prefix="briefbot-test-cache-")
atexit.register(shutil.rmtree, os.environ["BRIEFBOT_CACHE"], ignore_errors=True)

from bot.cli import main  # noqa: E402
from tests.postgres import empty_database  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
SCHEMA = ROOT / "bot" / "briefing.schema.json"  # the briefing/1 contract, vendored from ../shared/contract
DEV_STORIES = sorted((SHARED / "eval" / "dev").glob("*/articles"))


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    """Runs ``briefbot ARGS`` in-process and returns its exit code, stdout and stderr."""

    def run(*args: str) -> Result:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(list(args))
        return Result(code, out.getvalue(), err.getvalue())

    return run


@pytest.fixture(autouse=True)
def own_state(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own state store (ledger, archive), never the user's ``~/.local/state``."""
    path = tmp_path_factory.mktemp("state") / "state.sqlite3"
    monkeypatch.setenv("BRIEFBOT_STATE", str(path))
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def state_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """``BRIEFBOT_STATE`` for a test run on both stores: a SQLite file, and a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield str(tmp_path / "state.db")
    else:
        with empty_database() as url:
            yield url


@pytest.fixture
def postgres_state() -> Iterator[str]:
    """A fresh PostgreSQL database (the test skips, saying why, without a server)."""
    with empty_database() as url:
        yield url
