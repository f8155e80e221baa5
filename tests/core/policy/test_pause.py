"""Pause: timed on the monotonic clock, until tomorrow on the wall, until resumed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop_app.core.clock import zone
from desktop_app.core.policy.gaps import Readings
from desktop_app.core.policy.pause import Pause
from tests.helpers.clock import FakeClock

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def now(clock: FakeClock) -> Readings:
    return Readings.take(clock)


def test_no_pause_holds_nothing() -> None:
    clock = FakeClock(T0)
    pause = Pause()
    assert not pause.requested
    assert not pause.holds(now(clock))
    assert pause.seconds_left(now(clock)) is None
    assert pause.ends_at(now(clock)) is None


def test_timed_pause_ends_on_the_monotonic_clock_even_if_the_wall_jumps() -> None:
    clock = FakeClock(T0)
    pause = Pause.timed(now(clock), 1800)
    assert pause.ends_at(now(clock)) == T0 + timedelta(seconds=1800)
    clock.jump_wall(-3600)
    clock.advance(1799)
    assert pause.holds(now(clock))
    assert pause.seconds_left(now(clock)) == 1
    clock.advance(1)
    assert not pause.holds(now(clock))
    assert pause.requested  # ended, not yet cleared by a tick


def test_until_tomorrow_ends_at_local_midnight() -> None:
    clock = FakeClock(datetime(2026, 3, 2, 22, 30, tzinfo=UTC))  # 23:30 Berlin
    pause = Pause.until_tomorrow(clock.utc_now(), "Europe/Berlin")
    end = pause.ends_at(now(clock))
    assert end is not None
    local = end.astimezone(zone("Europe/Berlin"))
    assert (local.day, local.hour, local.minute) == (3, 0, 0)
    assert pause.seconds_left(now(clock)) == 1800
    clock.advance(1799)
    assert pause.holds(now(clock))
    clock.advance(1)
    assert not pause.holds(now(clock))


def test_until_resumed_holds_forever() -> None:
    clock = FakeClock(T0)
    pause = Pause.until_resumed()
    clock.advance(30 * 86400)
    assert pause.holds(now(clock))
    assert pause.seconds_left(now(clock)) is None


def test_restored_pause_carries_on_only_if_not_over() -> None:
    clock = FakeClock(T0)
    later = T0 + timedelta(minutes=20)
    carried = Pause.restored(now(clock), later, indefinite=False)
    assert carried.holds(now(clock))
    assert carried.seconds_left(now(clock)) == 20 * 60
    assert not Pause.restored(now(clock), T0 - timedelta(seconds=1), False).requested
    assert not Pause.restored(now(clock), None, False).requested
    assert Pause.restored(now(clock), None, True).indefinite
