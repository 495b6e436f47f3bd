"""The schedule as a ``Service``: apscheduler's ``AsyncIOScheduler`` with one cron job per scheduled brief.

Jobs have explicit ids (``brief:NAME``), ``replace_existing``, ``coalesce`` (missed runs collapse into
one) and ``misfire_grace_time = BRIEFBOT_GRACE_SECONDS``. The in-memory job store forgets everything on
a restart, so at start-up the ledger decides: for each target that has been served before, the latest
slot since its last one is posted once, late, if it is within the grace period, and recorded as
``missed`` with a log line if it is older. A slot already in the ledger is never posted again.

A claim whose lease ran out was left by a process that died mid-run. At start-up and every third of a
lease after, ``recover`` takes each such claim over once if its slot is still within grace (posting
from the first message not acknowledged), and otherwise marks it ``abandoned`` with a log line.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.briefs import Brief
from bot.delivery import deliver
from bot.schedule.dispatch import Deliver, dispatch, resume
from bot.schedule.slots import first_slot_after, latest_slot
from bot.settings import Settings
from bot.state.ledger import MANUAL, Delivery, Ledger
from bot.state.ledger import now as wall_clock
from bot.targets import Target

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


def job_id(brief: Brief) -> str:
    return f"brief:{brief.name}"


class ScheduleService:
    """Posts every scheduled brief at its times; ``stop`` lets a run in flight finish or records it abandoned.

    ``trigger_for`` and ``clock`` exist for tests (a trigger seconds away, a frozen "now" at start-up);
    ``send`` is ``bot.delivery.deliver`` unless a test records the posts.
    """

    name = "schedule"

    def __init__(self, briefs: Iterable[Brief], settings: Settings, ledger: Ledger, *,
                 send: Deliver = deliver, trigger_for: Callable[[Brief], BaseTrigger] = Brief.trigger,
                 clock: Clock = system_clock, stop_timeout: float = 5.0) -> None:
        self.briefs = {b.name: b for b in briefs if b.scheduled}
        self.settings, self.ledger, self.send, self.clock = settings, ledger, send, clock
        self.triggers = {name: trigger_for(brief) for name, brief in self.briefs.items()}
        # apscheduler counts a run late by even a millisecond as missed when its grace is 0
        grace = max(settings.grace_seconds, 1)
        self.grace = timedelta(seconds=grace)
        self.stop_timeout = stop_timeout
        self.scheduler = AsyncIOScheduler(timezone=UTC, job_defaults={
            "misfire_grace_time": grace, "coalesce": True, "max_instances": 1})
        self.runs: set[asyncio.Task[None]] = set()
        self.stopping = False

    async def start(self) -> None:
        for name, brief in self.briefs.items():
            for target in brief.targets:
                if (variable := target.missing_token(self.settings)) is not None:
                    log.warning("brief %s cannot reach %s: set %s (its runs there will fail)", name, target,
                                variable)
            self.scheduler.add_job(self._fire, self.triggers[name], args=[name], id=job_id(brief),
                                   name=f"brief {name}", replace_existing=True)
        sweep = max(self.ledger.lease.total_seconds() / 3, 1.0)
        self.scheduler.add_job(self._recover_now, IntervalTrigger(seconds=sweep), id="leases",
                               name="expired claims", replace_existing=True)
        self.scheduler.start()
        for name in self.briefs:
            job = self.scheduler.get_job(job_id(self.briefs[name]))
            log.info("brief %s: next run %s", name, job.next_run_time if job else "never")
        await self.catch_up()

    async def catch_up(self) -> None:
        """Post, once, each slot missed while the bot was down (if within grace); record older ones missed."""
        now = self.clock()
        taken_over = self.recover(now)
        for name, brief in self.briefs.items():
            late: dict[datetime, list[Target]] = {}
            for target in brief.targets:
                slot = self._missed_slot(brief, target, now)
                if slot is not None:
                    late.setdefault(slot, []).append(target)
            if not late and name not in taken_over:
                log.info("brief %s: nothing missed while the bot was down", name)
            for slot, targets in sorted(late.items()):
                log.info("brief %s: posting the run of %s late, to %s", name, slot.isoformat(),
                         ", ".join(map(str, targets)))
                self._track(asyncio.create_task(self._run(brief, slot, targets)))

    def recover(self, now: datetime) -> set[str]:
        """Take over, once, each claim left by a process that died if its slot is within grace; mark the
        others abandoned. The names of the briefs taken over."""
        taken: set[str] = set()
        for claim in self.ledger.expired_claims(wall_clock()):  # leases are wall-clock time, whatever ``clock`` says
            brief = self.briefs.get(claim.brief)
            if claim.kind != MANUAL and (brief is None or claim.target not in map(str, brief.targets)):
                continue  # not this replica's brief: the replica that runs it decides
            left = (f"left unfinished by {claim.owner}, whose lease ran out at "
                    f"{claim.lease_until.isoformat(timespec='seconds') if claim.lease_until else 'once'}")
            why = self._not_taken_over(claim, now)
            if why is None and brief is not None:
                if self.ledger.take_over(claim):
                    done = len(self.ledger.parts(claim.id))
                    log.warning("brief %s to %s: the run of %s was %s; taking it over, %d message(s) already posted",
                                claim.brief, claim.target, claim.slot.isoformat(), left, done)
                    self._track(asyncio.create_task(self._resume(brief, claim)))
                    taken.add(claim.brief)
            elif why is not None and self.ledger.abandon(claim, f"{left}; {why}"):
                log.warning("brief %s to %s: the run of %s was %s; abandoned: %s", claim.brief, claim.target,
                            claim.slot.isoformat(), left, why)
        return taken

    def _not_taken_over(self, claim: Delivery, now: datetime) -> str | None:
        """Why an expired ``claim`` is not posted again, or ``None`` if it should be."""
        if claim.kind == MANUAL:
            return "a post by hand is not repeated by the schedule"
        if claim.attempts > 1:
            return "not retried again: it was already taken over once"
        if now - claim.slot > self.grace:
            return f"not retried: {_too_late(claim.slot, now)}"
        return None

    async def _recover_now(self) -> None:
        self.recover(self.clock())

    async def _resume(self, brief: Brief, claim: Delivery) -> None:
        await resume(brief, claim, self.ledger, self.settings, send=self.send)

    def _missed_slot(self, brief: Brief, target: Target, now: datetime) -> datetime | None:
        """The slot to post late to ``target``, if any; a slot missed for longer than grace is recorded."""
        last = self.ledger.last_slot(brief.name, str(target))
        if last is None:
            return None  # a new target starts at its next slot: nothing was missed there
        trigger = self.triggers[brief.name]
        slot = latest_slot(trigger, now, max(last, now - self.grace))
        if slot is not None and slot > last:
            return slot
        missed = first_slot_after(trigger, last, now - self.grace)
        if missed is not None and self.ledger.mark_missed(brief.name, str(target), missed, _too_late(missed, now)):
            log.warning("brief %s to %s: skipped the run of %s, %s", brief.name, target, missed.isoformat(),
                        _too_late(missed, now))
        return None

    async def _fire(self, name: str) -> None:
        """The job: the slot is the trigger's latest fire time, which coalescing makes the only one due."""
        brief = self.briefs[name]
        now = self.clock()
        slot = latest_slot(self.triggers[name], now, now - self.grace)
        if slot is None:
            return
        run = asyncio.create_task(self._run(brief, slot, brief.targets))
        self._track(run)
        try:
            await run
        except asyncio.CancelledError:
            if not self.stopping:
                raise
            log.info("brief %s: run of %s stopped with the bot", name, slot.isoformat())

    async def _run(self, brief: Brief, slot: datetime, targets: list[Target]) -> None:
        await dispatch(brief, slot, targets, self.ledger, self.settings, send=self.send)

    def _track(self, task: asyncio.Task[None]) -> None:
        self.runs.add(task)
        task.add_done_callback(self.runs.discard)

    async def stop(self) -> None:
        """No new runs; runs in flight get ``stop_timeout`` seconds, then are cancelled (and recorded)."""
        if not self.scheduler.running:
            return
        self.stopping = True
        self.scheduler.pause()
        if self.runs:
            _, pending = await asyncio.wait(set(self.runs), timeout=self.stop_timeout)
            for task in pending:
                task.cancel()
            if pending:
                await asyncio.wait(pending)
        self.scheduler.shutdown(wait=False)
        await asyncio.sleep(0)  # AsyncIOScheduler.shutdown runs as a loop callback


def _too_late(slot: datetime, now: datetime) -> str:
    return f"{now - slot} late, more than BRIEFBOT_GRACE_SECONDS allows"
