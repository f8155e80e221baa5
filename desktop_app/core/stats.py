"""Weekly statistics and the progress view, folded from day-level aggregates.

Storage aggregates events per ``local_date`` into
:class:`~desktop_app.core.day_totals.DayTotals` (what a day counts, and the definitions of
*prompted*, *completed* and *partial*, are in :mod:`desktop_app.core.day_totals`); this
module folds days into weeks.

Definitions (also in docs/storage.md):

* *adherence*: completed ÷ prompted, None without prompts (brief §5).
* Pain means are means of daily means (brief §4: build weekly trends from daily means).
* *meaningful change*: the weekly pain level moved ≥ 2 points or ≥ 30 % against the
  previous week with ratings (brief §4); never for single pre/post differences.
* Streak: consecutive days with a completed session; a day without any prompt or
  session (weekend, day off) neither extends nor breaks it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop_app.core.catalog import BODY_REGIONS
from desktop_app.core.day_totals import NO_REGION, DayTotals
from desktop_app.core.events import (
    RatingKind,
)

#: Brief §4: a weekly change this large (points) is meaningful.
MEANINGFUL_POINTS = 2.0
#: Brief §4: or this large relative to the earlier week.
MEANINGFUL_SHARE = 0.30
#: How far an event's calendar day can lie ahead of today's after a time-zone change
#: (UTC+14 to UTC-12 is 26 h): such a day still ends the window of weeks.
ZONE_CHANGE_AHEAD_DAYS = 2


@dataclass(frozen=True, slots=True)
class RegionPain:
    """Weekly pain means for one body region."""

    region: str
    before_mean: float | None
    after_mean: float | None


@dataclass(frozen=True, slots=True)
class WeekStats:
    """One week of statistics (``week_start`` is the first day of the week)."""

    week_start: date
    prompted: int = 0
    completed: int = 0
    partial: int = 0
    snoozed: int = 0
    skipped: int = 0
    adherence: float | None = None
    user_started: int = 0
    user_completed: int = 0
    exercise_s: int = 0
    daily_sessions_done: int = 0
    active_days: int = 0
    pain_before_mean: float | None = None
    pain_after_mean: float | None = None
    pain_level_mean: float | None = None
    pain_change_mean: float | None = None
    pain_by_region: tuple[RegionPain, ...] = ()
    pain_delta_vs_previous: float | None = None
    meaningful_change: bool = False
    left_s: int = 0
    right_s: int = 0
    left_sets: int = 0
    right_sets: int = 0
    exercises: tuple[tuple[str, int], ...] = ()
    safety_events: int = 0
    daily_adherence: tuple[float | None, ...] = field(default=())

    @property
    def week_end(self) -> date:
        """The last day of the week."""
        return self.week_start + timedelta(days=6)

    @property
    def exercise_min(self) -> float:
        """Exercise time in minutes."""
        return self.exercise_s / 60


@dataclass(frozen=True, slots=True)
class SafetyNote:
    """A safety event for the report: the UI words it (``core.safety.NOTE_TEXTS``).

    Attributes:
        day: The user's local day.
        code: A ``FlagGroup`` value, ``"no_flags"`` or ``"assessment_confirmed"``.
        action: What raised it (a ``Trigger`` value) or what followed; may be empty.
    """

    day: date
    code: str
    action: str = ""


@dataclass(frozen=True, slots=True)
class ProgressView:
    """What the progress window and reports show: weeks oldest first, plus streaks."""

    today: date
    weeks: tuple[WeekStats, ...]
    current_streak: int = 0
    longest_streak: int = 0
    regions: tuple[str, ...] = ()
    has_data: bool = False
    safety_notes: tuple[SafetyNote, ...] = ()

    @property
    def this_week(self) -> WeekStats | None:
        """The current week, if any weeks are shown."""
        return self.weeks[-1] if self.weeks else None

    @property
    def last_week(self) -> WeekStats | None:
        """The week before the current one."""
        return self.weeks[-2] if len(self.weeks) > 1 else None


def week_start_of(day: date, week_start: int = 0) -> date:
    """Return the first day of the week containing ``day`` (0 = Monday … 6 = Sunday)."""
    if not 0 <= week_start <= 6:
        raise ValueError(f"week_start must be 0–6, got {week_start}")
    return day - timedelta(days=(day.weekday() - week_start) % 7)


def window_start(today: date, weeks: int, week_start: int = 0) -> date:
    """Return the first day of the oldest of ``weeks`` weeks ending with today's week."""
    if weeks < 1:
        raise ValueError(f"weeks must be at least 1, got {weeks}")
    return week_start_of(today, week_start) - timedelta(days=7 * (weeks - 1))


def meaningful(previous: float, current: float) -> bool:
    """Return whether a change of weekly means is meaningful (≥ 2 points or ≥ 30 %)."""
    delta = abs(current - previous)
    if delta >= MEANINGFUL_POINTS:
        return True
    return previous > 0 and delta / previous >= MEANINGFUL_SHARE


def _mean(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None


_BEFORE = (RatingKind.BEFORE.value,)
_AFTER = (RatingKind.AFTER.value,)
_LEVEL = (RatingKind.BEFORE.value, RatingKind.DAY_AVERAGE.value)


def fold_week(
    start: date,
    days: Sequence[DayTotals],
    exercises_override: tuple[tuple[str, int], ...] | None = None,
) -> WeekStats:
    """Fold the days of one week (any subset of its seven days) into a WeekStats.

    ``exercises_override`` replaces the per-exercise counts summed from the days (storage
    counts them per week in SQL).
    """
    prompted = sum(d.prompted for d in days)
    completed = sum(d.completed for d in days)
    regions = sorted({p.region for d in days for p in d.pain if p.region != NO_REGION})
    by_day = {d.day: d for d in days}
    exercises: dict[str, int] = defaultdict(int)
    for d in days:
        for exercise_id, count in d.exercises:
            exercises[exercise_id] += count
    change_count = sum(d.change_count for d in days)
    daily: list[float | None] = []
    for offset in range(7):
        today = by_day.get(start + timedelta(days=offset))
        daily.append(
            today.completed / today.prompted if today is not None and today.prompted else None
        )
    return WeekStats(
        week_start=start,
        prompted=prompted,
        completed=completed,
        partial=sum(d.partial for d in days),
        snoozed=sum(d.snoozed for d in days),
        skipped=sum(d.skipped for d in days),
        adherence=(min(completed, prompted) / prompted) if prompted else None,
        user_started=sum(d.user_started for d in days),
        user_completed=sum(d.user_completed for d in days),
        exercise_s=sum(d.exercise_s for d in days),
        daily_sessions_done=sum(1 for d in days if d.daily_done),
        active_days=sum(1 for d in days if d.active),
        pain_before_mean=_mean(d.pain_mean(_BEFORE) for d in days),
        pain_after_mean=_mean(d.pain_mean(_AFTER) for d in days),
        pain_level_mean=_mean(d.pain_mean(_LEVEL) for d in days),
        pain_change_mean=(sum(d.change_total for d in days) / change_count)
        if change_count
        else None,
        pain_by_region=tuple(
            RegionPain(
                r,
                _mean(d.pain_mean(_BEFORE, r) for d in days),
                _mean(d.pain_mean(_AFTER, r) for d in days),
            )
            for r in regions
        ),
        left_s=sum(d.left_s for d in days),
        right_s=sum(d.right_s for d in days),
        left_sets=sum(d.left_sets for d in days),
        right_sets=sum(d.right_sets for d in days),
        exercises=tuple(
            sorted(
                exercises.items() if exercises_override is None else exercises_override,
                key=lambda kv: (-kv[1], kv[0]),
            )
        ),
        safety_events=sum(d.safety_events for d in days),
        daily_adherence=tuple(daily),
    )


def fold_weeks(
    days: Iterable[DayTotals],
    today: date,
    weeks: int,
    week_start: int = 0,
    week_exercises: Mapping[date, tuple[tuple[str, int], ...]] | None = None,
) -> list[WeekStats]:
    """Return ``weeks`` weeks, oldest first, the one containing ``today`` last.

    The last week is a later one when an event's own calendar day lies after ``today``
    by at most :data:`ZONE_CHANGE_AHEAD_DAYS` (a time-zone change westwards).

    Weeks without data are present with zero counts and None means. Each week with a
    pain level is compared with the previous week that has one (meaningful change).
    """
    days = list(days)
    # Days are the user's calendar days where each event happened. After a change to a
    # zone further west (Kiritimati -> Adak) today's date can lie a day *behind* the
    # date of an event logged minutes ago: the window then ends with that later week,
    # so the event is counted (once) instead of falling off the end.
    ahead = today + timedelta(days=ZONE_CHANGE_AHEAD_DAYS)
    anchor = max((d.day for d in days if today < d.day <= ahead), default=today)
    first = window_start(anchor, weeks, week_start)
    buckets: dict[date, list[DayTotals]] = defaultdict(list)
    for d in days:
        if first <= d.day <= anchor + timedelta(days=6):
            buckets[week_start_of(d.day, week_start)].append(d)
    result: list[WeekStats] = []
    previous_level: float | None = None
    for index in range(weeks):
        start = first + timedelta(days=7 * index)
        override = None if week_exercises is None else week_exercises.get(start, ())
        week = fold_week(start, buckets.get(start, []), override)
        if week.pain_level_mean is not None:
            if previous_level is not None:
                delta = week.pain_level_mean - previous_level
                week = _with_change(week, delta, meaningful(previous_level, week.pain_level_mean))
            previous_level = week.pain_level_mean
        result.append(week)
    return result


def _with_change(week: WeekStats, delta: float, flag: bool) -> WeekStats:
    from dataclasses import replace

    return replace(week, pain_delta_vs_previous=delta, meaningful_change=flag)


def streaks(days: Iterable[DayTotals], today: date) -> tuple[int, int]:
    """Return ``(current, longest)`` streaks of days with a completed session.

    Days the app was not used (no prompt, no session) are neutral. Today does not break
    the current streak while it is still going on.
    """
    ordered = sorted((d for d in days if d.day <= today), key=lambda d: d.day)
    longest = run = 0
    for d in ordered:
        if d.active:
            run += 1
            longest = max(longest, run)
        elif d.used:
            run = 0
    current = 0
    for d in reversed(ordered):
        if d.active:
            current += 1
        elif d.used and d.day != today:
            break
    return current, longest


def build_progress(
    days: Sequence[DayTotals],
    today: date,
    weeks: int,
    week_start: int = 0,
    safety_notes: Sequence[SafetyNote] = (),
    week_exercises: Mapping[date, tuple[tuple[str, int], ...]] | None = None,
) -> ProgressView:
    """Build the progress view-model from day totals (which may reach further back)."""
    folded = fold_weeks(days, today, weeks, week_start, week_exercises)
    current, longest = streaks(days, today)
    regions = sorted({r.region for w in folded for r in w.pain_by_region})
    has_data = any(d.used or d.pain for d in days)
    return ProgressView(
        today=today,
        weeks=tuple(folded),
        current_streak=current,
        longest_streak=longest,
        regions=tuple(regions),
        has_data=has_data,
        safety_notes=tuple(safety_notes),
    )


def region_coverage(
    exercises: Iterable[tuple[str, int]], regions_of: Mapping[str, Sequence[str]]
) -> dict[str, int]:
    """Count sets per body region, given each exercise's regions (from the catalog)."""
    coverage: dict[str, int] = defaultdict(int)
    for exercise_id, count in exercises:
        for region in regions_of.get(exercise_id, ()):
            coverage[region] += count
    return dict(coverage)


def week_coverage(
    week: WeekStats | None,
    exercise_regions: Mapping[str, str],
    regions: Sequence[str] = BODY_REGIONS,
) -> tuple[tuple[str, int], ...]:
    """Return the sets done per body region in ``week``, every region listed, in order.

    Args:
        week: The week (``None``: nothing done yet).
        exercise_regions: Each exercise's target region, from the catalog.
        regions: The regions to list (the catalog's, in display order); a region an
            exercise names outside this list is appended at the end.
    """
    done = region_coverage(
        week.exercises if week is not None else (),
        {ex_id: (region,) for ex_id, region in exercise_regions.items()},
    )
    extra = sorted(set(done) - set(regions))
    return tuple((region, done.get(region, 0)) for region in (*regions, *extra))
