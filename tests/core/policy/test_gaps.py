"""Gap measurement between two ticks: awake, suspend, late tick, wall jump."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop_app.core.policy.actions import AwayKind
from desktop_app.core.policy.gaps import GapMeter, Readings, measure_gap
from tests.helpers.clock import FakeClock

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def reading(mono: float, boot: float, wall_s: float) -> Readings:
    return Readings(mono, boot, T0 + timedelta(seconds=wall_s))


def test_plain_awake_time_is_all_awake() -> None:
    gap = measure_gap(reading(0, 0, 0), reading(300, 300, 300), 300.0, None)
    assert (gap.awake_s, gap.away_s, gap.suspended_s, gap.jump_s) == (300, 0, 0, 0)


def test_boot_time_ahead_of_monotonic_is_a_sleep() -> None:
    gap = measure_gap(reading(0, 0, 0), reading(60, 1260, 1260), 60.0, None)
    assert gap.away_kind is AwayKind.SLEEP
    assert (gap.away_s, gap.suspended_s, gap.awake_s, gap.jump_s) == (1200, 1200, 60, 0)


def test_a_late_tick_is_a_gap_and_its_lateness_is_not_awake() -> None:
    # Armed for 60 s, came 2 h later; monotonic counted it all (Windows/macOS suspend).
    gap = measure_gap(reading(0, 0, 0), reading(7260, 7260, 7260), 60.0, None)
    assert gap.away_kind is AwayKind.GAP
    assert gap.away_s == 7200
    assert gap.awake_s == 60


def test_unarmed_tick_is_never_late() -> None:
    gap = measure_gap(reading(0, 0, 0), reading(7200, 7200, 7200), None, None)
    assert (gap.away_s, gap.awake_s) == (0, 7200)


@pytest.mark.parametrize("jump_s", [3600.0, -600.0])
def test_wall_moving_alone_is_a_jump(jump_s: float) -> None:
    gap = measure_gap(reading(0, 0, 0), reading(100, 100, 100 + jump_s), 100.0, None)
    assert gap.jump_s == pytest.approx(jump_s)
    assert gap.awake_s == 100


def test_time_counted_by_an_answer_is_not_counted_again() -> None:
    gap = measure_gap(reading(0, 0, 0), reading(100, 100, 100), 100.0, 70.0)
    assert gap.awake_s == 30


def test_meter_forgets_the_expectation_and_the_count_mark_after_measuring() -> None:
    clock = FakeClock(T0)
    meter = GapMeter(Readings.take(clock))
    meter.expect_tick_at(clock.monotonic() + 10)
    meter.counted_until(clock.monotonic() + 5)
    clock.advance(10)
    now = Readings.take(clock)
    assert meter.uncounted_since() == pytest.approx(now.mono - 5)
    assert meter.measure(now).awake_s == pytest.approx(5)
    assert meter.last == now
    assert meter.expected_mono is None
    assert meter.uncounted_since() == now.mono


def test_meter_reports_sleep_since_the_last_tick() -> None:
    clock = FakeClock(T0)
    meter = GapMeter(Readings.take(clock))
    clock.advance(30)
    clock.suspend(600)
    assert meter.slept_since_last(Readings.take(clock)) == pytest.approx(600)
