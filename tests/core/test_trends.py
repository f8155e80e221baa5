"""Trends in words: expectations computed by hand from the week values below."""

from __future__ import annotations

from datetime import date, timedelta

from desktop_app.core.stats import WeekStats
from desktop_app.core.trends import Direction, adherence_trend, pain_trend

MONDAY = date(2026, 1, 5)


def weeks(pain: list[float | None], taken: list[tuple[int, int]] | None = None) -> list[WeekStats]:
    taken = taken or [(0, 0)] * len(pain)
    return [
        WeekStats(MONDAY + timedelta(weeks=i), prompted=p, completed=c, pain_before_mean=v)
        for i, (v, (c, p)) in enumerate(zip(pain, taken, strict=True))
    ]


def test_pain_lower_than_four_weeks_ago() -> None:
    # 8 weeks; earlier pool = weeks 3 and 4 (index 2, 3): (5.0 + 4.6) / 2 = 4.8
    # recent pool = weeks 7 and 8: (3.8 + 3.4) / 2 = 3.6; 3.6 - 4.8 = -1.2
    trend = pain_trend(weeks([6.0, 5.5, 5.0, 4.6, 4.4, 4.0, 3.8, 3.4]))
    assert trend is not None
    assert trend.direction is Direction.LOWER
    assert trend.change == 1.2
    assert trend.weeks_ago == 4
    assert round(trend.recent, 2) == 3.6 and round(trend.earlier, 2) == 4.8


def test_weeks_without_ratings_are_left_out() -> None:
    # earlier pool: only 4.0 rated; recent pool: only 4.3 -> +0.3: about the same
    trend = pain_trend(weeks([None, None, 4.0, None, None, None, None, 4.3]))
    assert trend is not None
    assert trend.direction is Direction.STEADY and trend.change == 0.3


def test_pain_higher() -> None:
    # earlier (idx 2,3) = (2.0 + 3.0) / 2 = 2.5; recent (idx 6,7) = (3.0 + 4.0) / 2 = 3.5
    trend = pain_trend(weeks([1.0, 1.0, 2.0, 3.0, 9.0, 9.0, 3.0, 4.0]))
    assert trend is not None and trend.direction is Direction.HIGHER and trend.change == 1.0


def test_a_four_week_range_compares_with_two_weeks_ago() -> None:
    # 4 weeks: earlier = idx 0,1 = 5.0; recent = idx 2,3 = 4.0
    trend = pain_trend(weeks([5.0, 5.0, 4.0, 4.0]))
    assert trend is not None and trend.weeks_ago == 2 and trend.change == 1.0
    assert pain_trend(weeks([5.0, 4.0, 3.0])) is None  # too short to compare
    assert pain_trend(weeks([None, None, 4.0, 4.0])) is None  # nothing rated earlier


def test_breaks_are_pooled_over_two_weeks() -> None:
    # earlier (idx 2,3): taken 6 + 9 of 10 + 10 = 15 / 20 = 75 %
    # recent (idx 6,7): 8 + 10 of 10 + 10 = 18 / 20 = 90 % -> up 15 points
    taken = [(0, 10), (0, 10), (6, 10), (9, 10), (0, 10), (0, 10), (8, 10), (10, 10)]
    trend = adherence_trend(weeks([None] * 8, taken))
    assert trend is not None
    assert trend.direction is Direction.HIGHER and trend.change == 15
    assert trend.recent == 0.9 and trend.earlier == 0.75


def test_breaks_about_the_same_and_none_offered() -> None:
    # 7/10 + 7/10 = 70 % vs 6/8 + 6/8... earlier (idx 0,1): 12/16 = 75 %; recent 70 %: -5 pts
    taken = [(6, 8), (6, 8), (7, 10), (7, 10)]
    trend = adherence_trend(weeks([None] * 4, taken))
    assert trend is not None and trend.direction is Direction.LOWER and trend.change == 5
    # 4 points is below the 5-point threshold: about the same
    taken = [(25, 50), (25, 50), (27, 50), (27, 50)]
    steady = adherence_trend(weeks([None] * 4, taken))
    assert steady is not None and steady.direction is Direction.STEADY and steady.change == 4
    assert adherence_trend(weeks([None] * 4, [(0, 0), (0, 0), (1, 2), (1, 2)])) is None
