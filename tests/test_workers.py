"""Builds in worker processes: another process does the work, a full pool refuses at once, errors cross."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

from bot.errors import Busy, MissingSetting
from bot.pipeline import build_briefing
from bot.render import render
from bot.settings import Settings
from bot.workers import BuildPool, current, installed
from tests.conftest import ROOT
from tests.fakes.jobs import process_id, refuse, wait_for


async def test_a_pool_runs_the_function_in_another_process_and_its_errors_cross_whole() -> None:
    with installed(BuildPool(1)) as pool:
        assert current() is pool
        assert await pool.run(process_id) != os.getpid()
        with pytest.raises(MissingSetting) as raised:
            await pool.run(refuse)
    assert current() is None
    assert raised.value.variable == "EXAMPLE_TOKEN"
    assert str(raised.value) == "EXAMPLE_TOKEN is not set: set it to reach the example service"


async def test_a_full_pool_answers_busy_at_once_and_a_waiting_caller_gets_a_turn(tmp_path: Path) -> None:
    release = tmp_path / "release"
    with installed(BuildPool(1)) as pool:
        first = asyncio.create_task(pool.run(wait_for, str(release)))
        await asyncio.sleep(0)  # the first build takes the only place
        with pytest.raises(Busy, match="try again in a minute"):
            await pool.run(process_id)
        queued = asyncio.create_task(pool.run(process_id, wait=True))
        release.touch()
        assert await first == str(release)
        assert await queued != os.getpid()


async def test_a_briefing_built_in_a_worker_is_the_one_built_here() -> None:
    settings = Settings.from_env({})
    here = await build_briefing([str(ROOT / "seeds")], settings)
    with installed(BuildPool(1)):
        there = await build_briefing([str(ROOT / "seeds")], settings)
    there.generated_at = here.generated_at
    assert render(there, "json") == render(here, "json")
