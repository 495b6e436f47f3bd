"""The scheduler service: apscheduler really firing briefs, once per slot and target, across restarts,
replicas, missed runs and shutdowns; the ledger (a real SQLite file) is what keeps the count."""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from apscheduler.triggers.cron import CronTrigger

from bot.briefs import Brief, load_brief
from bot.delivery import deliver
from bot.model import Briefing
from bot.schedule.service import ScheduleService
from bot.settings import Settings
from bot.state.ledger import ABANDONED, MISSED, POSTED, Ledger
from bot.targets import Progress, Target
from tests.conftest import DEV_STORIES

pytestmark = pytest.mark.skipif(len(DEV_STORIES) < 2, reason="needs the dev stories of ../shared/eval/dev")


class Recorder:
    """``deliver`` that really prints ``stdout`` targets and records every post (any target)."""

    def __init__(self, hold: asyncio.Event | None = None) -> None:
        self.posts: list[tuple[str, Briefing]] = []
        self.hold = hold
        self.started: list[str] = []

    async def __call__(self, briefing: Briefing, target: Target, settings: Settings, progress: Progress) -> None:
        self.started.append(str(target))
        if self.hold is not None:
            await self.hold.wait()
        if target.kind == "stdout":
            await deliver(briefing, target, settings, progress)
        self.posts.append((str(target), briefing))

    def count(self, target: str) -> int:
        return sum(1 for t, _ in self.posts if t == target)


def every_second(brief: Brief) -> CronTrigger:
    return CronTrigger(second="*", timezone=brief.zone)


def make_brief(folder: Path, schedule: str = "* * * * *", deliver: str = '"stdout", "slack:#news"',
               mode: str = "full") -> Brief:
    path = folder / "morning.toml"
    path.write_text(f'name = "morning"\ntitle = "Morning"\nsources = ["{DEV_STORIES[0]}"]\n'
                    f'schedule = "{schedule}"\ntimezone = "Europe/Berlin"\ndeliver = [{deliver}]\n'
                    f'mode = "{mode}"\n', encoding="utf-8")
    return load_brief(path)


def settings_for(tmp_path: Path, grace: int = 3600) -> Settings:
    return Settings(state=str(tmp_path / "state.db"), grace_seconds=grace, slack_bot_token="xoxb-test")


async def until(condition: Callable[[], bool], timeout: float = 10) -> None:
    """Wait for ``condition`` (polling the loop); fail if it never holds."""
    async with asyncio.timeout(timeout):
        while not condition():
            await asyncio.sleep(0.05)


async def running(service: ScheduleService, body: Callable[[], Awaitable[None]]) -> None:
    await service.start()
    try:
        await body()
    finally:
        await service.stop()


def posted_slots(ledger: Ledger) -> Counter[tuple[str, datetime]]:
    return Counter((row.target, row.slot) for row in ledger.history(limit=1000) if row.state == POSTED)


async def test_apscheduler_fires_the_brief_and_posts_once_per_slot_to_each_target(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    settings, recorder = settings_for(tmp_path), Recorder()
    ledger = Ledger.open(settings.state)
    service = ScheduleService([make_brief(tmp_path)], settings, ledger, send=recorder, trigger_for=every_second)

    await running(service, lambda: until(lambda: recorder.count("slack:#news") >= 2))

    slots = posted_slots(ledger)
    assert set(slots.values()) == {1}
    assert recorder.count("stdout") == sum(1 for target, _ in slots if target == "stdout") >= 2
    assert recorder.count("slack:#news") == sum(1 for target, _ in slots if target == "slack:#news")
    assert capsys.readouterr().out.count("Morning\n") == recorder.count("stdout")
    assert all(slot.microsecond == 0 for _, slot in slots)


async def test_a_restart_inside_the_slot_posts_nothing_again(tmp_path: Path) -> None:
    settings, recorder = settings_for(tmp_path), Recorder()
    brief = make_brief(tmp_path)
    first = ScheduleService([brief], settings, Ledger.open(settings.state), send=recorder,
                            trigger_for=every_second)
    await running(first, lambda: until(lambda: recorder.count("stdout") >= 1))
    ledger = Ledger.open(settings.state)
    [(_, slot)] = [key for key in posted_slots(ledger) if key[0] == "stdout"][:1]
    before = len(recorder.posts)

    # The process comes back while the wall clock is still inside the slot that was just posted.
    again = ScheduleService([brief], settings, ledger, send=recorder, trigger_for=every_second,
                            clock=lambda: slot + timedelta(milliseconds=300))
    await again.start()
    await again.stop()

    assert len(recorder.posts) == before
    assert set(posted_slots(ledger).values()) == {1}


async def test_two_schedulers_sharing_one_ledger_post_each_slot_once(tmp_path: Path) -> None:
    settings, recorder = settings_for(tmp_path), Recorder()
    brief = make_brief(tmp_path)
    replicas = [ScheduleService([brief], settings, Ledger.open(settings.state), send=recorder,
                                trigger_for=every_second) for _ in range(2)]
    for replica in replicas:
        await replica.start()
    try:
        await until(lambda: recorder.count("slack:#news") >= 3)
    finally:
        for replica in replicas:
            await replica.stop()

    slots = posted_slots(Ledger.open(settings.state))
    assert set(slots.values()) == {1}
    assert len(recorder.posts) == sum(slots.values())
    targets_per_slot = Counter(slot for _, slot in slots)
    assert len(targets_per_slot) >= 3


# A yearly slot, so that apscheduler itself never fires during these tests: only the start-up catch-up.
YEARLY = "0 7 1 1 *"
LAST_YEAR = datetime(2029, 1, 1, 6, 0, tzinfo=UTC)  # 07:00 in Berlin
THIS_YEAR = datetime(2030, 1, 1, 6, 0, tzinfo=UTC)


def served_last_year(ledger: Ledger) -> None:
    for target in ("stdout", "slack:#news"):
        claim = ledger.claim("morning", target, LAST_YEAR)
        assert claim is not None
        ledger.finish(claim, POSTED, "1 story")


async def test_a_slot_missed_while_down_is_posted_once_late_within_grace(tmp_path: Path) -> None:
    settings, recorder = settings_for(tmp_path, grace=3600), Recorder()
    ledger = Ledger.open(settings.state)
    served_last_year(ledger)
    brief = make_brief(tmp_path, YEARLY)

    for minutes in (20, 25):  # started 07:20, restarted 07:25: the 07:00 briefing goes out once
        started = THIS_YEAR + timedelta(minutes=minutes)

        def clock(at: datetime = started) -> datetime:
            return at

        service = ScheduleService([brief], settings, ledger, send=recorder, clock=clock)
        await running(service, lambda: until(lambda: len(recorder.posts) >= 2))

    assert sorted(t for t, _ in recorder.posts) == ["slack:#news", "stdout"]
    assert posted_slots(ledger)[("stdout", THIS_YEAR)] == 1


async def test_a_slot_missed_longer_ago_than_grace_is_skipped_with_a_log_line(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    settings, recorder = settings_for(tmp_path, grace=3600), Recorder()
    ledger = Ledger.open(settings.state)
    served_last_year(ledger)
    service = ScheduleService([make_brief(tmp_path, YEARLY)], settings, ledger, send=recorder,
                              clock=lambda: THIS_YEAR + timedelta(hours=2))
    with caplog.at_level(logging.WARNING):
        await running(service, lambda: asyncio.sleep(0))

    assert recorder.posts == []
    assert "brief morning to stdout: skipped the run of 2030-01-01T07:00:00+01:00" in caplog.text
    assert {(r.target, r.state) for r in ledger.history() if r.slot == THIS_YEAR} == {
        ("stdout", MISSED), ("slack:#news", MISSED)}


async def test_a_new_brief_waits_for_its_next_slot(tmp_path: Path) -> None:
    settings, recorder = settings_for(tmp_path), Recorder()
    service = ScheduleService([make_brief(tmp_path, YEARLY)], settings, Ledger.open(settings.state),
                              send=recorder, clock=lambda: THIS_YEAR + timedelta(minutes=5))
    await running(service, lambda: asyncio.sleep(0))
    assert recorder.posts == []


async def test_stopping_mid_post_records_what_was_abandoned(tmp_path: Path) -> None:
    settings, recorder = settings_for(tmp_path), Recorder(hold=asyncio.Event())  # a post that never returns
    ledger = Ledger.open(settings.state)
    served_last_year(ledger)
    service = ScheduleService([make_brief(tmp_path, YEARLY)], settings, ledger, send=recorder,
                              clock=lambda: THIS_YEAR + timedelta(minutes=1), stop_timeout=0.2)
    await service.start()
    await until(lambda: recorder.started == ["stdout"])  # stuck posting to the first target
    await service.stop()

    outcomes = {(r.target, r.state, r.detail) for r in ledger.history() if r.slot == THIS_YEAR}
    assert outcomes == {("stdout", ABANDONED, "stopped while posting: it may be partly posted"),
                        ("slack:#news", ABANDONED, "stopped before posting")}
