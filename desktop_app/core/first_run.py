"""What happens right after onboarding: when the first break and daily session come.

Right after the welcome the user should learn where the app lives and when it will
speak up, and should not be offered the 11-minute daily session seconds later just
because its time of day has already passed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from desktop_app.core.settings import Settings

#: The daily session is not offered sooner than this after onboarding.
DAILY_ONBOARDING_GAP_MIN = 60


class DailyStart(StrEnum):
    """When the first daily session is offered."""

    TODAY = "today"
    TOMORROW = "tomorrow"
    OFF = "off"


@dataclass(frozen=True, slots=True)
class FirstRunPlan:
    """What the user is told after onboarding, and whether today's daily session is skipped.

    Attributes:
        first_break_in_min: Minutes of computer use until the first microbreak (rounded
            up), or None when the policy is not counting (outside working hours).
        daily: When the first daily session comes.
        daily_day: Its date (None when the daily session is off).
        skip_daily_today: Mark today's daily session as offered already.
    """

    first_break_in_min: int | None
    daily: DailyStart
    daily_day: date | None
    skip_daily_today: bool


def first_run_plan(
    now_local: datetime, settings: Settings, next_break_in_s: float | None
) -> FirstRunPlan:
    """Plan the first day for a user who has just finished onboarding at ``now_local``.

    The daily session comes today only when its time is at least
    :data:`DAILY_ONBOARDING_GAP_MIN` minutes away; otherwise tomorrow.
    """
    first_break = None if next_break_in_s is None else max(1, -(-int(next_break_in_s) // 60))
    today = now_local.date()
    if not settings.daily_session_enabled:
        return FirstRunPlan(first_break, DailyStart.OFF, None, False)
    daily_today = datetime.combine(today, settings.daily_session_time, tzinfo=now_local.tzinfo)
    if daily_today - now_local >= timedelta(minutes=DAILY_ONBOARDING_GAP_MIN):
        return FirstRunPlan(first_break, DailyStart.TODAY, today, False)
    return FirstRunPlan(first_break, DailyStart.TOMORROW, today + timedelta(days=1), True)
