"""Cron slots in a brief's timezone: next runs across DST changes, and the slot a late run belongs to."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

import pytest
from apscheduler.triggers.base import BaseTrigger

from bot.schedule.slots import cron_trigger, first_slot_after, latest_slot, next_runs

BERLIN = ZoneInfo("Europe/Berlin")
SATURDAY = datetime(2030, 1, 5, tzinfo=UTC)


def cron(expression: str, zone: tzinfo = BERLIN) -> BaseTrigger:
    return cron_trigger(expression, zone)


@pytest.mark.parametrize(("weekdays", "days"), [
    ("1-5", ["Mon", "Tue", "Wed", "Thu", "Fri"]),
    ("mon-fri", ["Mon", "Tue", "Wed", "Thu", "Fri"]),
    ("0", ["Sun"]), ("7", ["Sun"]), ("5-7", ["Sun", "Fri", "Sat"]),
    ("*/2", ["Sat", "Sun", "Tue", "Thu"]), ("1/2", ["Mon", "Wed", "Fri"]),
])
def test_weekdays_count_the_crontab_way_from_sunday(weekdays: str, days: list[str]) -> None:
    runs = next_runs(cron(f"0 7 * * {weekdays}", ZoneInfo("UTC")), SATURDAY, 7)
    assert sorted({r.strftime("%a") for r in runs}) == sorted(days)


@pytest.mark.parametrize(("weekdays", "problem"), [
    ("8", "'8' is not a weekday"), ("fry", "'fry' is not a weekday"), ("1-", "'' is not a weekday"),
    ("5-1", "goes backwards"), ("*/0", "bad step"),
])
def test_a_bad_weekday_is_refused(weekdays: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        cron(f"0 7 * * {weekdays}")


def test_a_morning_briefing_stays_at_seven_local_when_summer_time_starts_and_ends() -> None:
    spring = next_runs(cron("0 7 * * *"), datetime(2026, 3, 28, 12, 0, tzinfo=BERLIN), 2)
    assert [r.strftime("%d %H:%M %Z") for r in spring] == ["29 07:00 CEST", "30 07:00 CEST"]
    assert [r.astimezone(UTC).hour for r in spring] == [5, 5]
    autumn = next_runs(cron("0 7 * * *"), datetime(2026, 10, 24, 12, 0, tzinfo=BERLIN), 2)
    assert [r.strftime("%d %H:%M %Z") for r in autumn] == ["25 07:00 CET", "26 07:00 CET"]
    assert [r.astimezone(UTC) - r.replace(tzinfo=None).replace(tzinfo=UTC) for r in autumn] == [
        timedelta(hours=-1)] * 2


def test_a_time_in_the_repeated_autumn_hour_runs_once_but_an_hourly_schedule_runs_both_hours() -> None:
    daily = next_runs(cron("30 2 * * *"), datetime(2026, 10, 24, 12, 0, tzinfo=BERLIN), 3)
    assert [r.strftime("%d %H:%M %Z") for r in daily] == ["25 02:30 CEST", "26 02:30 CET", "27 02:30 CET"]
    hourly = next_runs(cron("30 * * * *"), datetime(2026, 10, 25, 1, 0, tzinfo=BERLIN), 4)
    assert [r.strftime("%H:%M %Z") for r in hourly] == ["01:30 CEST", "02:30 CEST", "02:30 CET", "03:30 CET"]


def test_a_time_skipped_in_spring_still_runs_that_day() -> None:
    runs = next_runs(cron("30 2 * * *"), datetime(2026, 3, 28, 12, 0, tzinfo=BERLIN), 3)
    assert [r.astimezone(UTC).strftime("%d %H:%M") for r in runs] == ["29 01:30", "30 00:30", "31 00:30"]


def test_the_latest_slot_is_the_one_a_run_belongs_to() -> None:
    weekdays = cron("0 7 * * 1-5", UTC)
    monday_late = datetime(2030, 1, 7, 7, 20, tzinfo=UTC)
    assert latest_slot(weekdays, monday_late, monday_late - timedelta(hours=1)) == datetime(2030, 1, 7, 7, tzinfo=UTC)
    assert latest_slot(weekdays, monday_late + timedelta(hours=2), monday_late + timedelta(hours=1)) is None
    saturday = datetime(2030, 1, 12, 9, 0, tzinfo=UTC)
    assert latest_slot(weekdays, saturday, saturday - timedelta(days=30)) == datetime(2030, 1, 11, 7, tzinfo=UTC)
    assert first_slot_after(weekdays, datetime(2030, 1, 7, 7, tzinfo=UTC), saturday) == datetime(2030, 1, 8, 7,
                                                                                                   tzinfo=UTC)
    assert first_slot_after(weekdays, datetime(2030, 1, 11, 7, tzinfo=UTC), saturday) is None


def test_day_of_month_and_weekday_together_run_on_either_as_crontab_does() -> None:
    runs = next_runs(cron("0 7 13 * 5", ZoneInfo("UTC")), SATURDAY, 6)  # the 13th, and every Friday
    assert [r.strftime("%a %d") for r in runs] == ["Fri 11", "Sun 13", "Fri 18", "Fri 25", "Fri 01", "Fri 08"]
    only_fridays = next_runs(cron("0 7 * * 5", ZoneInfo("UTC")), SATURDAY, 2)
    assert [r.strftime("%a %d") for r in only_fridays] == ["Fri 11", "Fri 18"]
    stepped_days = next_runs(cron("0 7 */10 * 5", ZoneInfo("UTC")), SATURDAY, 3)  # '*' first: both must hold
    assert all(r.strftime("%a") == "Fri" and r.day in (1, 11, 21, 31) for r in stepped_days)


def test_either_day_slot_is_found_backwards_too() -> None:
    trigger = cron("30 6 13 * 5", ZoneInfo("UTC"))
    sunday_13th = datetime(2030, 1, 13, 8, 0, tzinfo=UTC)
    assert latest_slot(trigger, sunday_13th, sunday_13th - timedelta(days=1)) == datetime(2030, 1, 13, 6, 30,
                                                                                          tzinfo=UTC)
