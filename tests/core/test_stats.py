"""Weekly statistics from day totals, against hand-computed fixtures."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest

from desktop_app.core.catalog import BODY_REGIONS
from desktop_app.core.clock import Stamp
from desktop_app.core.day_totals import DayTotals, PainSum, day_totals_from_events
from desktop_app.core.events import (
    PromptAnswer,
    PromptEvent,
    PromptKind,
    RatingEvent,
    RatingKind,
    Region,
    SessionEvent,
    SessionKind,
    SessionOutcome,
    SetEvent,
    Side,
)
from desktop_app.core.stats import (
    WeekStats,
    build_progress,
    fold_weeks,
    meaningful,
    region_coverage,
    streaks,
    week_coverage,
    week_start_of,
    window_start,
)
from tests.helpers.clock import stamp as at

BERLIN = "Europe/Berlin"


def prompt(stamp: Stamp, answer: PromptAnswer) -> PromptEvent:
    return PromptEvent(stamp, PromptKind.MICROBREAK, answer, stamp)


def session(
    stamp: Stamp,
    outcome: SessionOutcome = SessionOutcome.COMPLETED,
    kind: SessionKind = SessionKind.MICROBREAK,
    prompt_id: int | None = 1,
    id: int = 1,
) -> SessionEvent:
    return SessionEvent(stamp, kind, outcome, stamp, prompt_id=prompt_id, id=id)


def test_week_start_follows_the_chosen_first_day() -> None:
    wednesday = date(2026, 3, 4)
    assert week_start_of(wednesday) == date(2026, 3, 2)  # Monday
    assert week_start_of(wednesday, 6) == date(2026, 3, 1)  # Sunday
    assert week_start_of(wednesday, 5) == date(2026, 2, 28)  # Saturday
    assert window_start(wednesday, 3) == date(2026, 2, 16)
    with pytest.raises(ValueError):
        week_start_of(wednesday, 7)


def test_a_plain_week_by_hand() -> None:
    # Mon 2 March: 4 prompts (one snoozed, asked again and started; one skipped), so 3
    # breaks offered; 2 completed sessions. Tue 3 March: 2 prompts, 1 partial.
    monday = [
        prompt(at(2026, 3, 2, 8), PromptAnswer.SNOOZED),
        prompt(at(2026, 3, 2, 8, 10), PromptAnswer.STARTED),
        prompt(at(2026, 3, 2, 9), PromptAnswer.STARTED),
        prompt(at(2026, 3, 2, 10), PromptAnswer.SKIPPED),
    ]
    tuesday = [
        prompt(at(2026, 3, 3, 8), PromptAnswer.STARTED),
        prompt(at(2026, 3, 3, 9), PromptAnswer.EXPIRED),
    ]
    sessions = [
        session(at(2026, 3, 2, 8, 10), id=1),
        session(at(2026, 3, 2, 9), id=2),
        session(at(2026, 3, 3, 8), SessionOutcome.PARTIAL, id=3),
    ]
    sets = [
        SetEvent(1, "upper_trap_stretch", Side.LEFT, at(2026, 3, 2, 8, 11), done_s=25),
        SetEvent(1, "upper_trap_stretch", Side.RIGHT, at(2026, 3, 2, 8, 12), done_s=20),
        SetEvent(2, "chin_tuck", Side.BOTH, at(2026, 3, 2, 9, 1), done_s=75),
    ]
    days = day_totals_from_events([*monday, *tuesday], sessions, sets)
    (week,) = fold_weeks(days, today=date(2026, 3, 4), weeks=1)
    assert week.week_start == date(2026, 3, 2)
    assert (week.prompted, week.completed, week.partial) == (5, 2, 1)
    assert (week.snoozed, week.skipped) == (1, 1)
    assert week.adherence == pytest.approx(2 / 5)
    assert week.exercise_s == 120 and week.exercise_min == 2.0
    assert (week.left_s, week.right_s, week.left_sets, week.right_sets) == (25, 20, 1, 1)
    assert week.exercises == (("upper_trap_stretch", 2), ("chin_tuck", 1))
    assert week.daily_adherence[:3] == (pytest.approx(2 / 3), 0.0, None)


def test_empty_weeks_are_present_with_zeros_and_nulls() -> None:
    weeks = fold_weeks([], today=date(2026, 3, 4), weeks=4)
    assert [w.week_start for w in weeks] == [
        date(2026, 2, 9),
        date(2026, 2, 16),
        date(2026, 2, 23),
        date(2026, 3, 2),
    ]
    for w in weeks:
        assert (w.prompted, w.completed, w.adherence) == (0, 0, None)
        assert (w.pain_before_mean, w.pain_after_mean, w.meaningful_change) == (None, None, False)
    view = build_progress([], date(2026, 3, 4), 4)
    assert not view.has_data and view.current_streak == 0 and view.this_week == weeks[-1]


def test_a_week_with_only_user_started_sessions() -> None:
    sessions = [
        session(at(2026, 3, 7, 10), kind=SessionKind.USER, prompt_id=None, id=1),
        session(at(2026, 3, 8, 10), SessionOutcome.PARTIAL, SessionKind.USER, prompt_id=None, id=2),
    ]
    (week,) = fold_weeks(day_totals_from_events(sessions=sessions), date(2026, 3, 8), 1)
    assert (week.prompted, week.completed, week.adherence) == (0, 0, None)
    assert (week.user_started, week.user_completed, week.active_days) == (2, 1, 1)


def test_a_prescribed_session_without_prompt_counts_as_offered() -> None:
    # "Break now" or the daily session: offered and taken, so adherence stays <= 100 %.
    sessions = [session(at(2026, 3, 2, 16), kind=SessionKind.DAILY, prompt_id=None)]
    (week,) = fold_weeks(day_totals_from_events(sessions=sessions), date(2026, 3, 2), 1)
    assert (week.prompted, week.completed, week.adherence) == (1, 1, 1.0)
    assert week.daily_sessions_done == 1


def test_dst_week_uses_the_local_day_of_each_instant() -> None:
    # Berlin switches to summer time on Sun 29 March 2026 (UTC+1 -> UTC+2).
    # 22:30 UTC on Sat 28 March is 23:30 Saturday (CET): week of 23 March.
    # 22:30 UTC on Sun 29 March is 00:30 Monday 30 March (CEST): the next week,
    # although the UTC date is still Sunday.
    prompts = [
        prompt(at(2026, 3, 28, 22, 30), PromptAnswer.SKIPPED),
        prompt(at(2026, 3, 29, 22, 30), PromptAnswer.STARTED),
    ]
    sessions = [session(at(2026, 3, 29, 22, 31))]
    days = day_totals_from_events(prompts, sessions)
    assert [d.day for d in days] == [date(2026, 3, 28), date(2026, 3, 30)]
    before, after = fold_weeks(days, today=date(2026, 4, 1), weeks=2)
    assert (before.week_start, before.prompted, before.completed) == (date(2026, 3, 23), 1, 0)
    assert before.adherence == 0.0
    assert (after.week_start, after.prompted, after.completed) == (date(2026, 3, 30), 1, 1)
    assert after.daily_adherence[0] == 1.0


def test_week_crossing_a_timezone_change() -> None:
    # The user flies from Berlin to New York on Wed 4 March. Each event keeps the
    # timezone in force when it happened, so its day is the day the user lived.
    prompts = [
        prompt(at(2026, 3, 3, 22, 30, tz=BERLIN), PromptAnswer.STARTED),  # Tue 23:30 Berlin
        prompt(at(2026, 3, 5, 3, 0, tz="America/New_York"), PromptAnswer.STARTED),  # Wed 22:00
        prompt(at(2026, 3, 9, 3, 0, tz="America/New_York"), PromptAnswer.SKIPPED),  # Sun 23:00
    ]
    sessions = [
        session(at(2026, 3, 3, 22, 31, tz=BERLIN), id=1),
        session(at(2026, 3, 5, 3, 1, tz="America/New_York"), id=2),
    ]
    days = day_totals_from_events(prompts, sessions)
    assert [d.day for d in days] == [date(2026, 3, 3), date(2026, 3, 4), date(2026, 3, 8)]
    (week,) = fold_weeks(days, today=date(2026, 3, 8), weeks=1)
    # In UTC the last prompt would fall on Monday 9 March, the next week.
    assert (week.prompted, week.completed) == (3, 2)
    assert week.daily_adherence == (None, 1.0, 1.0, None, None, None, 0.0)


def test_pain_weekly_mean_is_the_mean_of_daily_means() -> None:
    ratings = [
        RatingEvent(at(2026, 3, 2, 8), RatingKind.BEFORE, 2, session_id=1),
        RatingEvent(at(2026, 3, 2, 9), RatingKind.BEFORE, 4, session_id=2),
        RatingEvent(at(2026, 3, 3, 8), RatingKind.BEFORE, 6, Region.NECK, session_id=3),
        RatingEvent(at(2026, 3, 2, 8, 5), RatingKind.AFTER, 1, session_id=1),
        RatingEvent(at(2026, 3, 3, 8, 5), RatingKind.AFTER, 5, Region.NECK, session_id=3),
    ]
    (week,) = fold_weeks(day_totals_from_events(ratings=ratings), date(2026, 3, 4), 1)
    # Monday mean 3, Tuesday mean 6 -> 4.5 (a plain mean of ratings would say 4.0).
    assert week.pain_before_mean == pytest.approx(4.5)
    assert week.pain_after_mean == pytest.approx(3.0)  # (1 + 5) / 2 over two days
    # Within-session change: session 1: 1 - 2 = -1; session 3: 5 - 6 = -1; session 2 has no
    # "after", so it does not count.
    assert week.pain_change_mean == pytest.approx(-1.0)
    (neck,) = week.pain_by_region
    assert (neck.region, neck.before_mean, neck.after_mean) == ("neck", 6.0, 5.0)


def _pain_day(day: date, value: int) -> DayTotals:
    return DayTotals(day=day, pain=(PainSum("before", "", value, 1),))


@pytest.mark.parametrize(
    ("previous", "current", "expected"),
    [
        (5.0, 3.0, True),  # 2 points
        (5.0, 4.0, False),  # 1 point, 20 %
        (2.0, 1.4, True),  # 0.6 points but 30 %
        (2.0, 1.5, False),  # 25 %
        (3.0, 5.0, True),  # worse by 2 points is meaningful too
        (0.0, 1.0, False),  # no relative change from zero; 1 point
    ],
)
def test_meaningful_change_threshold(previous: float, current: float, expected: bool) -> None:
    assert meaningful(previous, current) is expected


def test_meaningful_change_compares_with_the_previous_rated_week() -> None:
    days = [
        _pain_day(date(2026, 2, 2), 6),
        # week of 9 February has no ratings
        _pain_day(date(2026, 2, 16), 4),  # 6 -> 4: 2 points, meaningful
        _pain_day(date(2026, 2, 23), 3),  # 4 -> 3: 25 %, not
    ]
    weeks = fold_weeks(days, today=date(2026, 2, 25), weeks=4)
    assert [w.meaningful_change for w in weeks] == [False, False, True, False]
    assert weeks[2].pain_delta_vs_previous == pytest.approx(-2.0)
    assert weeks[3].pain_delta_vs_previous == pytest.approx(-1.0)
    assert weeks[1].pain_delta_vs_previous is None


def test_streaks_skip_unused_days_and_today() -> None:
    def day(d: int, completed: int, prompts: int = 3) -> DayTotals:
        return DayTotals(day=date(2026, 3, d), prompts=prompts, completed=completed)

    days = [
        day(2, 1),
        day(3, 0),  # asked, nothing done: breaks the streak
        day(4, 2),
        day(5, 1),
        day(6, 1),
        # 7 and 8 March: weekend, app not used: neutral
        day(9, 1),
        day(10, 0),  # today, nothing yet: does not break it
    ]
    assert streaks(days, today=date(2026, 3, 10)) == (4, 4)
    assert streaks([*days[:-1], day(10, 1)], today=date(2026, 3, 10)) == (5, 5)
    assert streaks(days, today=date(2026, 3, 11)) == (0, 4)  # yesterday broke it


def test_region_coverage_uses_the_catalog_mapping() -> None:
    coverage = region_coverage(
        [("chin_tuck", 3), ("glute_bridge", 2), ("unknown", 9)],
        {"chin_tuck": ("neck",), "glute_bridge": ("hips", "low_back")},
    )
    assert coverage == {"neck": 3, "hips": 2, "low_back": 2}


def test_days_outside_the_window_are_ignored() -> None:
    days = [DayTotals(day=date(2026, 1, 5), prompts=10, completed=10)]
    weeks = fold_weeks(days, today=date(2026, 3, 4), weeks=2)
    assert sum(w.prompted for w in weeks) == 0
    view = build_progress(days, date(2026, 3, 4), 2)
    assert view.has_data and view.longest_streak == 1


def test_window_is_oldest_first_with_today_last() -> None:
    today = date(2026, 3, 4)
    weeks = fold_weeks([], today, 52, week_start=6)
    assert weeks[-1].week_start == date(2026, 3, 1)
    assert weeks[0].week_start == date(2026, 3, 1) - timedelta(weeks=51)
    assert all(b.week_start - a.week_start == timedelta(days=7) for a, b in pairwise(weeks))


def test_week_coverage_lists_every_region_in_catalog_order() -> None:
    week = WeekStats(
        week_start=date(2026, 3, 2),
        exercises=(("chin_tuck", 3), ("glute_bridge", 2), ("dead_bug", 4), ("gone", 1)),
    )
    regions_of = {"chin_tuck": "neck", "glute_bridge": "hips", "dead_bug": "core"}
    coverage = week_coverage(week, regions_of, regions=("neck", "upper_back", "core", "hips"))
    assert coverage == (("neck", 3), ("upper_back", 0), ("core", 4), ("hips", 2))


def test_week_coverage_appends_regions_outside_the_list_and_handles_no_week() -> None:
    week = WeekStats(week_start=date(2026, 3, 2), exercises=(("odd", 2),))
    assert week_coverage(week, {"odd": "feet"}, regions=("neck",)) == (("neck", 0), ("feet", 2))
    empty = week_coverage(None, {"chin_tuck": "neck"})
    assert [r for r, _ in empty] == list(BODY_REGIONS)
    assert all(sets == 0 for _, sets in empty)
