"""The holds: away, outside working hours, pause, session."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time

import pytest

from desktop_app.core.policy.actions import PolicyState
from desktop_app.core.policy.gaps import Readings
from desktop_app.core.policy.holds import Holds
from desktop_app.core.policy.pause import Pause
from desktop_app.core.policy.presence import Presence
from desktop_app.core.settings import WEEKDAYS, Settings, TimeRange
from tests.helpers.clock import FakeClock

HOURS = {d: (TimeRange(time(9), time(12)), TimeRange(time(13), time(17))) for d in WEEKDAYS}
ON = replace(Settings(), working_hours_enabled=True, working_hours=HOURS)
OFF = Settings()
UTC_TZ = "UTC"


def holds_at(hour: int, minute: int = 0) -> tuple[Holds, FakeClock]:
    clock = FakeClock(datetime(2026, 3, 2, hour, minute, tzinfo=UTC), tz=UTC_TZ)
    return Holds(Presence(startup_grace_until_mono=0.0)), clock


def test_nothing_holds_a_plain_tick() -> None:
    holds, clock = holds_at(10)
    passage = holds.pass_tick(Readings.take(clock), OFF, UTC_TZ, 30.0)
    assert (passage.open, passage.restarts, passage.awake_s) == (True, 0, 30.0)
    assert not holds.on(Readings.take(clock))
    assert holds.reminders_run()
    assert holds.state(Readings.take(clock), UTC_TZ) is None


def test_away_holds_everything_and_counts_nothing() -> None:
    holds, clock = holds_at(10)
    holds.presence.leave(clock.monotonic())
    now = Readings.take(clock)
    assert holds.pass_tick(now, ON, UTC_TZ, 30.0).open is False
    assert holds.pass_tick(now, ON, UTC_TZ, 30.0).awake_s == 0
    assert holds.state(now, UTC_TZ) == (PolicyState.AWAY, None)
    assert holds.waits(now, ON, UTC_TZ) == ([pytest.approx(2 * 3600)], False)


def test_outside_hours_then_a_new_range_restarts_the_count() -> None:
    holds, clock = holds_at(12, 30)
    passage = holds.pass_tick(Readings.take(clock), ON, UTC_TZ, 30.0)
    assert passage.outside and not passage.open
    assert holds.state(Readings.take(clock), UTC_TZ) == (PolicyState.OUTSIDE_HOURS, None)
    clock.advance(3600)  # 13:30
    passage = holds.pass_tick(Readings.take(clock), ON, UTC_TZ, 30.0)
    assert (passage.open, passage.restarts, passage.awake_s) == (True, 1, 0.0)


def test_an_ended_pause_restarts_the_count_from_its_end() -> None:
    holds, clock = holds_at(10)
    holds.pause = Pause.timed(Readings.take(clock), 600)
    now = Readings.take(clock)
    assert not holds.pass_tick(now, OFF, UTC_TZ, 30.0).open
    assert holds.waits(now, OFF, UTC_TZ) == ([600.0], False)
    state, until = holds.state(now, UTC_TZ) or (None, None)
    assert state is PolicyState.PAUSED and until is not None
    clock.advance(620)
    assert holds.waits(Readings.take(clock), OFF, UTC_TZ) == ([0.0], False)  # tick now
    passage = holds.pass_tick(Readings.take(clock), OFF, UTC_TZ, 300.0)
    assert (passage.open, passage.restarts, passage.awake_s) == (True, 1, 20.0)
    assert not holds.pause.requested


def test_a_session_holds_the_reminders_but_not_the_ranges() -> None:
    holds, clock = holds_at(10)
    holds.in_session = True
    now = Readings.take(clock)
    assert not holds.pass_tick(now, OFF, UTC_TZ, 30.0).open
    assert not holds.reminders_run()
    assert holds.state(now, UTC_TZ) == (PolicyState.SESSION, None)
