"""The daily reminder as a Reminder: once per local day, snooze, withdraw, holds."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time, timedelta

import pytest

from desktop_app.core.events import PromptKind
from desktop_app.core.policy.actions import BreakDue
from desktop_app.core.policy.daily import DailyReminder
from desktop_app.core.policy.gaps import Readings
from desktop_app.core.policy.quiet import QuietReason
from desktop_app.core.policy.reminder import Moment, Reminder
from desktop_app.core.policy.timing import QUIET_POLL_S, TimeScale
from desktop_app.core.settings import Settings

SETTINGS = Settings(daily_session_enabled=True, daily_session_time=time(17, 0), snooze_limit=2)
BERLIN = "Europe/Berlin"
FIVE_PM = datetime(2026, 3, 2, 16, 0, tzinfo=UTC)  # 17:00 in Berlin


def at(utc: datetime, mono: float = 1000.0, **kw: object) -> Moment:
    return Moment(now=Readings(mono, mono, utc), tz_name=BERLIN, **kw)  # type: ignore[arg-type]


def daily(settings: Settings = SETTINGS) -> DailyReminder:
    return DailyReminder(settings, TimeScale())


def test_is_a_reminder_that_stays_when_the_user_goes_idle() -> None:
    reminder: Reminder = daily()
    assert reminder.kind is PromptKind.DAILY
    assert not reminder.withdrawn_when_idle


def test_due_at_the_local_time_once_a_day() -> None:
    d = daily()
    before = at(FIVE_PM - timedelta(minutes=10))
    assert not d.due(before)
    assert d.waits(before) == [pytest.approx(600)]
    assert d.check(at(FIVE_PM)) == [BreakDue(PromptKind.DAILY, 2, (5, 10, 15))]
    assert d.offered_at == FIVE_PM
    assert not d.due(at(FIVE_PM + timedelta(hours=3)))
    assert d.waits(at(FIVE_PM + timedelta(hours=3))) == []
    assert d.due(at(FIVE_PM + timedelta(days=1)))


def test_disabled_is_never_due() -> None:
    d = daily(replace(SETTINGS, daily_session_enabled=False))
    assert not d.due(at(FIVE_PM))
    assert d.check(at(FIVE_PM)) == []
    assert d.waits(at(FIVE_PM)) == []


def test_held_by_another_prompt_quiet_and_both_graces() -> None:
    d = daily()
    assert d.check(at(FIVE_PM, prompt=PromptKind.MAKEUP)) == []
    assert d.waits(at(FIVE_PM, prompt=PromptKind.MAKEUP)) == []
    assert d.check(at(FIVE_PM, quiet=QuietReason.DND)) == []
    assert d.waits(at(FIVE_PM, quiet=QuietReason.DND)) == [QUIET_POLL_S]
    assert d.check(at(FIVE_PM, grace_left_s=30.0)) == []
    assert d.check(at(FIVE_PM, startup_grace_left_s=50.0)) == []
    assert d.waits(at(FIVE_PM, grace_left_s=30.0, startup_grace_left_s=50.0)) == [50.0]
    assert d.offered_at is None  # nothing was offered yet


def test_snooze_comes_again_with_fewer_snoozes_until_the_limit() -> None:
    d = daily()
    d.check(at(FIVE_PM))
    for left in (1, 0):
        assert d.snooze(1000.0, 300.0)
        assert d.waits(at(FIVE_PM)) == [300.0]
        assert not d.due(at(FIVE_PM, mono=1299.0))
        assert d.check(at(FIVE_PM, mono=1300.0)) == [BreakDue(PromptKind.DAILY, left, (5, 10, 15))]
    assert not d.snooze(1300.0, 300.0)


def test_withdrawn_offer_comes_again_and_is_saved_as_still_owed() -> None:
    d = daily()
    d.check(at(FIVE_PM))
    d.withdraw(1000.0)
    assert d.due(at(FIVE_PM, mono=1000.0))
    assert d.offered_at_to_save() is None
    d.skip()
    assert not d.due(at(FIVE_PM))
    assert d.offered_at_to_save() == FIVE_PM


def test_yesterdays_snooze_is_not_carried_over() -> None:
    d = daily()
    d.check(at(FIVE_PM))
    d.snooze(1000.0, 300.0)
    next_morning = at(FIVE_PM + timedelta(hours=16), mono=1000.0 + 16 * 3600)
    assert not d.due(next_morning)
    assert d.waits(next_morning) == [pytest.approx(8 * 3600)]
    assert d.check(at(FIVE_PM + timedelta(days=1))) == [BreakDue(PromptKind.DAILY, 2, (5, 10, 15))]


def test_a_repeat_from_an_earlier_day_is_dropped_for_good() -> None:
    d = daily()
    d.check(at(FIVE_PM))
    d.snooze(1000.0, 300.0)
    d.expire(at(FIVE_PM, mono=1100.0))
    assert d.again_mono == 1300.0  # still today's: kept
    d.expire(at(FIVE_PM + timedelta(hours=8), mono=1200.0))  # 01:00 the next day
    # The wall clock goes back to the day of the offer: the repeat does not come back.
    assert not d.due(at(FIVE_PM + timedelta(minutes=10), mono=1400.0))
    assert d.check(at(FIVE_PM + timedelta(minutes=10), mono=1400.0)) == []
