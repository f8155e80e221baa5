"""Working-hours arithmetic on local wall time."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest

from desktop_app.core.policy.working_hours import (
    ALWAYS,
    RangeChange,
    RangeTracker,
    current_range,
    seconds_to_next_boundary,
)
from desktop_app.core.settings import WEEKDAYS, Settings, TimeRange

HOURS = {
    d: (TimeRange(time(9), time(12)), TimeRange(time(13), time(17))) if d != "sun" else ()
    for d in WEEKDAYS
}
ON = replace(Settings(), working_hours_enabled=True, working_hours=HOURS)
BERLIN = "Europe/Berlin"


def test_hours_off_is_one_endless_range() -> None:
    off = replace(ON, working_hours_enabled=False)
    assert current_range(off, datetime(2026, 3, 1, 3, 0, tzinfo=UTC), BERLIN) == ALWAYS
    assert seconds_to_next_boundary(off, datetime(2026, 3, 1, 3, 0, tzinfo=UTC), BERLIN) is None


def test_range_is_found_in_local_time() -> None:
    # 10:30 UTC is 11:30 in Berlin (Monday): the morning range.
    assert current_range(ON, datetime(2026, 3, 2, 10, 30, tzinfo=UTC), BERLIN) == (
        date(2026, 3, 2),
        time(9),
    )
    # 11:30 UTC is 12:30 in Berlin: lunch, outside.
    assert current_range(ON, datetime(2026, 3, 2, 11, 30, tzinfo=UTC), BERLIN) is None
    # The same instant is inside in UTC itself.
    assert current_range(ON, datetime(2026, 3, 2, 11, 30, tzinfo=UTC), "UTC") == (
        date(2026, 3, 2),
        time(9),
    )


def test_next_boundary_is_the_nearest_start_or_end() -> None:
    at = datetime(2026, 3, 2, 10, 30, tzinfo=UTC)  # 11:30 Berlin: 12:00 is 30 min away
    assert seconds_to_next_boundary(ON, at, BERLIN) == pytest.approx(30 * 60)


def test_next_boundary_skips_a_day_without_hours() -> None:
    at = datetime(2026, 3, 7, 17, 0, tzinfo=UTC)  # Saturday 18:00 Berlin; Sunday is off
    expected = (datetime(2026, 3, 9, 8, 0, tzinfo=UTC) - at).total_seconds()  # Mon 09:00
    assert seconds_to_next_boundary(ON, at, BERLIN) == pytest.approx(expected)


def test_next_boundary_across_the_dst_change() -> None:
    # Sunday 2026-03-29 Berlin springs forward; Monday 09:00 CEST is 07:00 UTC.
    at = datetime(2026, 3, 28, 23, 0, tzinfo=UTC)
    expected = (datetime(2026, 3, 30, 7, 0, tzinfo=UTC) - at).total_seconds()
    assert seconds_to_next_boundary(ON, at, BERLIN) == pytest.approx(expected)


def test_no_range_in_a_week_means_no_boundary() -> None:
    never = replace(ON, working_hours={d: () for d in WEEKDAYS})
    assert seconds_to_next_boundary(never, datetime(2026, 3, 2, tzinfo=UTC), BERLIN) is None


def test_tracker_restarts_on_a_new_range_or_after_outside() -> None:
    tracker = RangeTracker()
    morning = (date(2026, 3, 2), time(9))
    afternoon = (date(2026, 3, 2), time(13))
    assert tracker.enter(morning) is RangeChange.SAME  # the first tick starts nothing new
    assert tracker.enter(morning) is RangeChange.SAME
    assert tracker.enter(afternoon) is RangeChange.NEW
    assert tracker.enter(None) is RangeChange.OUTSIDE
    assert tracker.outside
    assert tracker.enter(afternoon) is RangeChange.NEW
    assert not tracker.outside
