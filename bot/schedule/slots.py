"""Slots: the instants a brief's cron trigger fires, found forwards (next runs) and backwards (the slot a
run belongs to, or the one missed while the bot was down).

apscheduler 3 does not tell a job which run time it is executing, and its in-memory job store forgets
missed runs across restarts, so both are computed here from the trigger itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, tzinfo

from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.combining import OrTrigger
from apscheduler.triggers.cron import CronTrigger

_DAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")  # crontab numbers them 0-6, and 7 is Sunday again
_STEP = timedelta(microseconds=1)
# How far back ``latest_slot`` looks at first; it widens the window until it reaches ``earliest``.
_WINDOWS = (timedelta(minutes=2), timedelta(hours=2), timedelta(days=2), timedelta(days=40))


def cron_trigger(expression: str, zone: tzinfo) -> BaseTrigger:
    """A five-field crontab expression (minute hour day month weekday) as a trigger in ``zone``.

    Not ``CronTrigger.from_crontab``, for two crontab rules apscheduler 3 does not follow:
    - it counts weekdays from Monday = 0, so there "0 7 * * 1-5" would run Tuesday to Saturday;
      weekdays are translated to names here, the crontab way;
    - when both day of month and weekday are restricted (neither starts with ``*``), crontab runs on
      either ("0 7 1 * 1": the 1st and every Monday), where one ``CronTrigger`` needs both; that case is
      two triggers, either of which fires.
    ``ValueError`` says what is wrong with a bad expression.
    """
    fields = expression.split()
    if len(fields) != 5:
        raise ValueError(f"Wrong number of fields; got {len(fields)}, expected 5")
    minute, hour, day, month, weekday = fields
    if day.startswith("*") or weekday.startswith("*"):
        return CronTrigger(minute=minute, hour=hour, day=day, month=month, day_of_week=_weekdays(weekday),
                           timezone=zone)
    return OrTrigger([CronTrigger(minute=minute, hour=hour, day=day, month=month, timezone=zone),
                      CronTrigger(minute=minute, hour=hour, month=month, day_of_week=_weekdays(weekday),
                                  timezone=zone)])


def _weekdays(field: str) -> str:
    """A crontab weekday field (``1-5``, ``sat,sun``, ``*/2``, ``5-7``) as apscheduler day names."""
    if field == "*":
        return "*"
    days: set[int] = set()
    for part in field.split(","):
        span, slash, step_text = part.partition("/")
        if slash and not (step_text.isdigit() and int(step_text) > 0):
            raise ValueError(f"{part!r} has a bad step: use a number such as */2")
        step = int(step_text) if slash else 1
        if span == "*":
            first, last = 0, 6
        elif "-" in span:
            start, _, end = span.partition("-")
            first, last = _day(start), _day(end)
        else:
            first = _day(span)
            last = 6 if slash else first
        if last < first:
            raise ValueError(f"weekday range {span!r} goes backwards: write it as two, such as 5-6,0")
        days.update(day % 7 for day in range(first, last + 1, step))
    return ",".join(_DAYS[day] for day in sorted(days))


def _day(text: str) -> int:
    if text.isdigit() and int(text) <= 7:
        return int(text)
    if text.lower() in _DAYS:
        return _DAYS.index(text.lower())
    raise ValueError(f"{text!r} is not a weekday: use 0-7 (0 and 7 are Sunday) or sun, mon, ... sat")


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
    crons = [trigger] if isinstance(trigger, CronTrigger) else getattr(trigger, "triggers", [])
    if fire.fold == 0 or not crons or not isinstance(crons[0], CronTrigger):
        return False
    first_pass = fire.replace(fold=0)
    if first_pass.utcoffset() == fire.utcoffset():
        return False
    hour = next(f for f in crons[0].fields if f.name == "hour")  # an OrTrigger's crons share the hour
    return str(hour) != "*"
