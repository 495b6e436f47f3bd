"""Scheduled briefs reaching the fake Slack through the real slack_sdk client: from an in-process scheduler,
and from a real ``briefbot serve`` process that is stopped (SIGTERM) and restarted inside one slot."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.briefs import Brief, load_brief
from bot.chat.slack_post import post_messages, slack_client
from bot.model import Briefing
from bot.render.slack import slack_messages
from bot.schedule import dispatch
from bot.schedule.service import ScheduleService
from bot.settings import Settings
from bot.state import open_engine
from bot.state.ledger import ABANDONED, CLAIMED, POSTED, Ledger
from bot.targets import Progress
from tests.conftest import DEV_STORIES, ROOT, Result
from tests.fakes.slack_api import FakeSlack, payload_text
from tests.test_schedule_service import every_second, until
from tests.test_slack_render import briefing, story
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


YEARLY_BRIEF = 'name = "yearly"\ntitle = "Yearly"\nsources = ["{sources}"]\nschedule = "0 7 1 1 *"\n' \
               'timezone = "UTC"\ndeliver = ["slack:C0NEWS"]\n'
SLOT = datetime(2030, 1, 1, 7, 0, tzinfo=UTC)


async def killed_mid_briefing(settings: Settings, brief: Brief, built: Briefing, sent: int,
                              lease: float = -1) -> list[dict[str, Any]]:
    """What a run killed after posting ``sent`` messages leaves: its claim, those messages in Slack and in the
    ledger, a lease that has run out. The briefing's messages (``long_briefing`` fixture: built the same each time)."""
    dead = Ledger(open_engine(settings.state), owner="deadhost:4242", lease=timedelta(seconds=lease))
    served = dead.claim(brief.name, "slack:C0NEWS", SLOT - timedelta(days=365))
    assert served is not None
    dead.finish(served, POSTED)
    claim = dead.claim(brief.name, "slack:C0NEWS", SLOT)
    assert claim is not None
    messages = slack_messages(built)
    assert len(messages) > sent
    progress = Progress(record=lambda part, ref: dead.record_part(claim, part, ref))
    await post_messages(slack_client(settings, "test"), "C0NEWS", messages[:sent], "yearly", progress)
    return messages


@pytest.fixture
def long_briefing(monkeypatch: pytest.MonkeyPatch) -> Briefing:
    """Runs build a long briefing (many messages, so there is a thread to continue), the same one each time."""
    stories = [story(n, [f"Item {n}.{i}: " + "text " * 80 for i in range(30)]) for n in range(1, 31)]
    built = briefing(*stories)

    async def build(*_: Any, **__: Any) -> Briefing:
        return built

    monkeypatch.setattr(dispatch, "build_briefing", build)
    return built


@pytest.fixture
def yearly(tmp_path: Path) -> Brief:
    sources = '", "'.join(str(d) for d in DEV_STORIES[:2])
    path = tmp_path / "yearly.toml"
    path.write_text(YEARLY_BRIEF.format(sources=sources), encoding="utf-8")
    return load_brief(path)


async def test_a_run_killed_mid_briefing_is_taken_over_within_grace_and_continues_in_its_thread(
        fake: FakeSlack, tmp_path: Path, yearly: Brief, long_briefing: Briefing,
        caplog: pytest.LogCaptureFixture) -> None:
    settings = Settings(state=str(tmp_path / "state.db"), slack_bot_token=fake.token, slack_api_url=fake.api_url)
    messages = await killed_mid_briefing(settings, yearly, long_briefing, sent=2)
    ledger = Ledger.open(settings.state)
    service = ScheduleService([yearly], settings, ledger, clock=lambda: SLOT + timedelta(minutes=20))
    with caplog.at_level(logging.INFO):
        await service.start()
        try:
            await until(lambda: ledger.history()[0].state != CLAIMED, timeout=30)
        finally:
            await service.stop()

    [row] = [r for r in ledger.history() if r.slot == SLOT]
    assert (row.state, row.attempts) == (POSTED, 2)
    assert row.detail is not None
    assert row.detail.endswith("continued after the first 2 message(s) another run had posted")
    first = fake.posts[0]
    assert [p.thread_ts for p in fake.posts[1:]] == [first.ts] * (len(messages) - 1)  # one thread, nothing twice
    assert [p.payload["text"] for p in fake.posts] == [m["text"] for m in messages]
    assert "left unfinished by deadhost:4242" in caplog.text
    assert "taking it over, 2 message(s) already posted" in caplog.text
    assert "nothing missed" not in caplog.text


async def test_a_run_killed_longer_ago_than_grace_is_abandoned_and_shown(
        fake: FakeSlack, tmp_path: Path, yearly: Brief, long_briefing: Briefing, caplog: pytest.LogCaptureFixture,
        cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings(state=str(tmp_path / "state.db"), slack_bot_token=fake.token, slack_api_url=fake.api_url,
                        grace_seconds=3600)
    monkeypatch.setenv("BRIEFBOT_STATE", settings.state)
    monkeypatch.setenv("BRIEFBOT_BRIEFS", str(tmp_path))
    await killed_mid_briefing(settings, yearly, long_briefing, sent=1)
    shown = cli("history")
    assert "claimed by deadhost:4242, unfinished: its lease ran out" in shown.out
    checked = cli("check")
    assert "unfinished: yearly -> slack:C0NEWS at 2030-01-01 07:00 UTC, claimed by deadhost:4242" in checked.out

    ledger = Ledger.open(settings.state)
    service = ScheduleService([yearly], settings, ledger, clock=lambda: SLOT + timedelta(hours=3))
    with caplog.at_level(logging.WARNING):
        await service.start()
        await service.stop()

    [row] = [r for r in ledger.history() if r.slot == SLOT]
    assert row.state == ABANDONED and row.detail is not None
    assert row.detail.startswith("left unfinished by deadhost:4242, whose lease ran out at ")
    assert row.detail.endswith("not retried: 3:00:00 late, more than BRIEFBOT_GRACE_SECONDS allows")
    assert len(fake.posts) == 1
    assert "abandoned: not retried: 3:00:00 late" in caplog.text
    shown = cli("history")
    assert "yearly -> slack:C0NEWS  abandoned: left unfinished by deadhost:4242" in shown.out
    checked = cli("check")
    assert "abandoned: yearly -> slack:C0NEWS at 2030-01-01 07:00 UTC: left unfinished by deadhost:4242" in checked.out


async def test_a_claim_already_taken_over_once_is_not_retried_again(
        fake: FakeSlack, tmp_path: Path, yearly: Brief, long_briefing: Briefing) -> None:
    settings = Settings(state=str(tmp_path / "state.db"), slack_bot_token=fake.token, slack_api_url=fake.api_url)
    await killed_mid_briefing(settings, yearly, long_briefing, sent=1)
    second = Ledger(open_engine(settings.state), owner="otherhost:7", lease=timedelta(seconds=-1))
    [left] = second.expired_claims(datetime.now(UTC))
    assert second.take_over(left)  # ... and this one died too

    ledger = Ledger.open(settings.state)
    service = ScheduleService([yearly], settings, ledger, clock=lambda: SLOT + timedelta(minutes=5))
    await service.start()
    await service.stop()
    [row] = [r for r in ledger.history() if r.slot == SLOT]
    assert row.state == ABANDONED and row.detail is not None
    assert row.detail.endswith("not retried again: it was already taken over once")
    assert len(fake.posts) == 1


async def test_a_claim_whose_lease_runs_out_while_serve_runs_is_taken_over_by_the_sweep(
        fake: FakeSlack, tmp_path: Path, yearly: Brief, long_briefing: Briefing) -> None:
    settings = Settings(state=str(tmp_path / "state.db"), slack_bot_token=fake.token, slack_api_url=fake.api_url)
    ledger = Ledger(open_engine(settings.state), lease=timedelta(seconds=3))  # swept every second
    service = ScheduleService([yearly], settings, ledger, clock=lambda: SLOT + timedelta(minutes=20))
    await service.start()
    try:
        # it dies after start-up, its lease running out two seconds after its last message
        messages = await killed_mid_briefing(settings, yearly, long_briefing, sent=1, lease=2)
        await until(lambda: ledger.history()[0].state == POSTED, timeout=30)
    finally:
        await service.stop()
    assert [p.payload["text"] for p in fake.posts] == [m["text"] for m in messages]
