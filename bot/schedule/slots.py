"""Slots: the instants a brief's cron trigger fires, found forwards (next runs) and backwards (the slot a
run belongs to, or the one missed while the bot was down).

apscheduler 3 does not tell a job which run time it is executing, and its in-memory job store forgets
missed runs across restarts, so both are computed here from the trigger itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger

_STEP = timedelta(microseconds=1)
# How far back ``latest_slot`` looks at first; it widens the window until it reaches ``earliest``.
_WINDOWS = (timedelta(minutes=2), timedelta(hours=2), timedelta(days=2), timedelta(days=40))


def fire_times(trigger: BaseTrigger, start: datetime) -> Iterator[datetime]:
    """Every fire time at or after ``start``, in the trigger's timezone, skipping DST repeats."""
    fire = trigger.get_next_fire_time(None, start)
    while fire is not None:
        if not repeated_wall_time(trigger, fire):
            yield fire
        fire = trigger.get_next_fire_time(fire, fire)


def next_runs(trigger: BaseTrigger, now: datetime, count: int) -> list[datetime]:
    runs: list[datetime] = []
    for fire in fire_times(trigger, now):
        runs.append(fire)
        if len(runs) == count:
            break
    return runs


def latest_slot(trigger: BaseTrigger, now: datetime, earliest: datetime) -> datetime | None:
    """The last fire time in ``[earliest, now]``, or ``None`` if the trigger did not fire then."""
    for window in (*_WINDOWS, now - earliest):
        start = max(now - window, earliest)
        found = None
        for fire in fire_times(trigger, start):
            if fire > now:
                break
            found = fire
        if found is not None or start == earliest:
            return found
    return None


def first_slot_after(trigger: BaseTrigger, moment: datetime, now: datetime) -> datetime | None:
    """The first fire time after ``moment`` that is not later than ``now``."""
    fire = next(fire_times(trigger, moment + _STEP), None)
    return fire if fire is not None and fire <= now else None


def repeated_wall_time(trigger: BaseTrigger, fire: datetime) -> bool:
    """Whether ``fire`` is the second pass of a wall-clock time repeated when DST ends.

    A daily "30 2 * * *" in Europe/Berlin would otherwise fire twice on the last Sunday of October, as
    apscheduler 3 does; like cron, only a schedule whose hour is ``*`` runs in both passes.
    """
    if fire.fold == 0 or not isinstance(trigger, CronTrigger):
        return False
    first_pass = fire.replace(fold=0)
    if first_pass.utcoffset() == fire.utcoffset():
        return False
    hour = next(f for f in trigger.fields if f.name == "hour")
    return str(hour) != "*"
