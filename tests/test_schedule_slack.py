"""Scheduled briefs reaching the fake Slack through the real slack_sdk client: from an in-process scheduler,
and from a real ``briefbot serve`` process that is stopped (SIGTERM) and restarted inside one slot."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.briefs import load_brief
from bot.schedule.service import ScheduleService
from bot.settings import Settings
from bot.state.ledger import POSTED, Ledger
from tests.conftest import DEV_STORIES, ROOT
from tests.fakes.slack_api import FakeSlack, payload_text
from tests.test_schedule_service import every_second, until
from tests.test_slack_serve import free_port

pytestmark = pytest.mark.skipif(len(DEV_STORIES) < 2, reason="needs the dev stories of ../shared/eval/dev")


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    server = await FakeSlack().start()
    yield server
    await server.stop()


def write_brief(folder: Path) -> Path:
    path = folder / "minute.toml"
    path.write_text(f'name = "minute"\ntitle = "Minute briefing"\nsources = ["{DEV_STORIES[0]}"]\n'
                    'schedule = "* * * * *"\ndeliver = ["stdout", "slack:#news"]\n', encoding="utf-8")
    return path


def briefings_in(fake: FakeSlack) -> list[str]:
    """The top-level messages: one per briefing (a long one continues in its thread)."""
    return [payload_text(post.payload) for post in fake.posts if post.thread_ts is None]


def posted(ledger: Ledger, target: str) -> list[datetime]:
    return [row.slot for row in ledger.history(limit=1000) if row.target == target and row.state == POSTED]


async def test_the_scheduler_posts_each_slot_once_to_the_fake_slack(fake: FakeSlack, tmp_path: Path) -> None:
    settings = Settings(state=str(tmp_path / "state.db"), slack_bot_token=fake.token, slack_api_url=fake.api_url)
    ledger = Ledger.open(settings.state)
    service = ScheduleService([load_brief(write_brief(tmp_path))], settings, ledger, trigger_for=every_second)
    await service.start()
    try:
        await until(lambda: len(briefings_in(fake)) >= 2)
    finally:
        await service.stop()
    assert len(briefings_in(fake)) == len(posted(ledger, "slack:#news"))
    assert all("Minute briefing" in text and " from " in text for text in briefings_in(fake))
    assert all("Sources: " in payload_text(post.payload) for post in fake.posts if post.thread_ts)
    assert fake.refused == []


async def serve(fake: FakeSlack, tmp_path: Path) -> tuple[str, str]:
    """Run ``briefbot serve`` until its schedule has caught up, then stop it with SIGTERM; its stdout and log."""
    env = {**os.environ, "SLACK_BOT_TOKEN": fake.token, "SLACK_API_URL": fake.api_url,
           "SLACK_SIGNING_SECRET": "signing-secret-for-tests", "BRIEFBOT_BRIEFS": str(tmp_path),
           "BRIEFBOT_STATE": str(tmp_path / "state.db")}
    env.pop("SLACK_APP_TOKEN", None)
    env.pop("DISCORD_TOKEN", None)
    process, log = await started_serve(env)
    await until(lambda: len(briefings_in(fake)) >= 1, timeout=30)
    process.send_signal(signal.SIGTERM)
    out, rest = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 0, log + rest.decode()
    return out.decode(), log + rest.decode()


async def test_serve_posts_the_missed_slot_once_and_a_restart_inside_it_posts_nothing(
        fake: FakeSlack, tmp_path: Path) -> None:
    write_brief(tmp_path)
    ledger = Ledger.open(str(tmp_path / "state.db"))
    previous = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(minutes=1)
    for target in ("stdout", "slack:#news"):  # the bot ran until a minute ago
        claim = ledger.claim("minute", target, previous)
        assert claim is not None
        ledger.finish(claim, POSTED, "1 story")

    first_out, first_log = await serve(fake, tmp_path)
    second_out, second_log = await serve(fake, tmp_path)

    assert "brief minute: posting the run of" in first_log
    slots = posted(ledger, "slack:#news")
    assert len(briefings_in(fake)) == len(slots) - 1  # every slot but the one seeded above, once
    assert (first_out + second_out).count("Minute briefing") == len(posted(ledger, "stdout")) - 1
    if "posting the run of" not in second_log:  # still the same minute: the restart found it done
        assert "brief minute: nothing missed while the bot was down" in second_log
    assert fake.token not in first_log + second_log


async def started_serve(env: dict[str, str]) -> tuple[asyncio.subprocess.Process, str]:
    """A ``briefbot serve`` process once its schedule is up, and its log so far."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "serve", "--port", str(free_port()), cwd=ROOT, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    assert process.stderr is not None
    log = b""
    async with asyncio.timeout(60):
        while b"schedule started" not in log:
            line = await process.stderr.readline()
            assert line, f"serve stopped early: {log.decode()}"
            log += line
    return process, log.decode()


async def test_serve_runs_the_schedule_with_no_chat_token_and_stops_cleanly(tmp_path: Path) -> None:
    (tmp_path / "yearly.toml").write_text(f'name = "yearly"\nsources = ["{DEV_STORIES[0]}"]\n'
                                          'schedule = "0 7 1 1 *"\ndeliver = ["stdout"]\n', encoding="utf-8")
    env = {**os.environ, "BRIEFBOT_BRIEFS": str(tmp_path), "BRIEFBOT_STATE": str(tmp_path / "state.db")}
    for name in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "DISCORD_TOKEN"):
        env.pop(name, None)
    process, log = await started_serve(env)
    process.send_signal(signal.SIGINT)
    out, rest = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 0, log + rest.decode()
    assert "brief yearly: next run 20" in log and "stopping" in rest.decode() and out == b""
