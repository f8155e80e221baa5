"""After onboarding: first break in minutes, daily session today or tomorrow (hand-computed)."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from desktop_app.core.first_run import DailyStart, first_run_plan
from desktop_app.core.settings import Settings

BERLIN = ZoneInfo("Europe/Berlin")


def at(hour: int, minute: int) -> datetime:
    return datetime(2026, 3, 4, hour, minute, tzinfo=BERLIN)


def test_evening_onboarding_moves_the_daily_session_to_tomorrow() -> None:
    # Daily session at 17:00; onboarding at 18:50 -> it is past, so tomorrow (5 March).
    plan = first_run_plan(at(18, 50), Settings(daily_session_time=time(17, 0)), 2700.0)
    assert plan.daily is DailyStart.TOMORROW
    assert plan.daily_day == date(2026, 3, 5)
    assert plan.skip_daily_today
    assert plan.first_break_in_min == 45  # 2700 s = 45 min


def test_daily_session_less_than_an_hour_away_waits_for_tomorrow() -> None:
    # 16:30 -> 17:00 is 30 min away (< 60): tomorrow.
    plan = first_run_plan(at(16, 30), Settings(daily_session_time=time(17, 0)), 2701.0)
    assert plan.daily is DailyStart.TOMORROW and plan.skip_daily_today
    assert plan.first_break_in_min == 46  # 2701 s rounds up to 46 min


def test_morning_onboarding_keeps_todays_daily_session() -> None:
    # 16:00 -> 17:00 is exactly 60 min away: still today.
    plan = first_run_plan(at(16, 0), Settings(daily_session_time=time(17, 0)), 30.0)
    assert plan.daily is DailyStart.TODAY
    assert plan.daily_day == date(2026, 3, 4)
    assert not plan.skip_daily_today
    assert plan.first_break_in_min == 1  # 30 s still reads as "about 1 minute"


def test_daily_off_and_no_countdown() -> None:
    plan = first_run_plan(at(9, 0), Settings(daily_session_enabled=False), None)
    assert plan.daily is DailyStart.OFF and plan.daily_day is None
    assert not plan.skip_daily_today
    assert plan.first_break_in_min is None
