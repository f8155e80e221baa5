"""Trends in words, to answer "am I taking my breaks, and is my pain going down?".

The progress cards answer at a glance by comparing the last two weeks with two weeks a
little earlier: four weeks earlier when the range shows at least six weeks, else as far
back as the range goes. Pain uses the weekly mean of the before-session ratings (the
charted line); breaks use the share of offered breaks taken, pooled over the two weeks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.core.stats import WeekStats

#: Weeks pooled on each side of the comparison.
POOL_WEEKS = 2
#: How far back the earlier pool starts, when the range allows.
LOOK_BACK_WEEKS = 4
#: Pain changes smaller than this (points on 0–10) read as "about the same".
PAIN_STEADY_POINTS = 0.5
#: Break-taking changes smaller than this (percentage points) read as "about the same".
ADHERENCE_STEADY_POINTS = 5


class Direction(StrEnum):
    """Which way a measure moved."""

    LOWER = "lower"
    HIGHER = "higher"
    STEADY = "steady"


@dataclass(frozen=True, slots=True)
class Trend:
    """A change between an earlier and a recent pool of weeks.

    Attributes:
        direction: Lower, higher or about the same.
        change: Size of the change (pain: points, one decimal; breaks: percentage
            points, whole), always positive or zero.
        weeks_ago: How many weeks back the earlier pool lies.
        recent: The recent value (pain points, or adherence 0–1).
        earlier: The earlier value.
    """

    direction: Direction
    change: float
    weeks_ago: int
    recent: float
    earlier: float


def _pools(weeks: Sequence[WeekStats]) -> tuple[Sequence[WeekStats], Sequence[WeekStats], int]:
    """Return (earlier, recent, weeks_ago); the earlier pool is empty when too few weeks."""
    recent = weeks[-POOL_WEEKS:]
    back = min(LOOK_BACK_WEEKS, len(weeks) - POOL_WEEKS)
    if back < POOL_WEEKS:
        return (), recent, 0
    end = len(weeks) - back
    return weeks[end - POOL_WEEKS : end], recent, back


def _direction(delta: float, steady: float) -> Direction:
    if abs(delta) < steady:
        return Direction.STEADY
    return Direction.LOWER if delta < 0 else Direction.HIGHER


def pain_trend(weeks: Sequence[WeekStats]) -> Trend | None:
    """Compare the mean before-session pain of the last two weeks with earlier weeks.

    Each pool's value is the mean of its weeks' means (weeks without ratings left out);
    None when either pool has no rating or the range is too short.
    """
    earlier_weeks, recent_weeks, back = _pools(weeks)
    earlier = [w.pain_before_mean for w in earlier_weeks if w.pain_before_mean is not None]
    recent = [w.pain_before_mean for w in recent_weeks if w.pain_before_mean is not None]
    if not earlier or not recent:
        return None
    then, now = sum(earlier) / len(earlier), sum(recent) / len(recent)
    delta = round(now - then, 1)
    return Trend(_direction(delta, PAIN_STEADY_POINTS), abs(delta), back, now, then)


def adherence_trend(weeks: Sequence[WeekStats]) -> Trend | None:
    """Compare the share of offered breaks taken in the last two weeks with earlier weeks.

    Breaks are pooled (taken / offered over both weeks); None when either pool offered
    no break or the range is too short.
    """
    earlier_weeks, recent_weeks, back = _pools(weeks)
    offered_then = sum(w.prompted for w in earlier_weeks)
    offered_now = sum(w.prompted for w in recent_weeks)
    if not offered_then or not offered_now:
        return None
    then = sum(w.completed for w in earlier_weeks) / offered_then
    now = sum(w.completed for w in recent_weeks) / offered_now
    delta = round((now - then) * 100)
    return Trend(_direction(delta, ADHERENCE_STEADY_POINTS), abs(delta), back, now, then)
