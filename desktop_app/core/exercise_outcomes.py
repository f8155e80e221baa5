"""What each session says about each exercise done in it: feel, pain, baseline, next day.

The progression rules (:mod:`desktop_app.core.progression`) replay these outcomes in time
order. The next-day rule compares like with like and only where the exercise works: the
two days' "average pain today" ratings when both days have one, else each day's first
"before" rating; only ratings of the regions the exercise works on (``PAIN_REGIONS``) and
ratings without a region count; the rise must be beyond measurement noise.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from desktop_app.core.catalog import Catalog
from desktop_app.core.events import Feel, RatingEvent, RatingKind, Region, SessionEvent, SetEvent
from desktop_app.core.pain import rise_beyond_noise

#: Pain-rating regions (``events.Region``) that each exercise region works on; a next-day
#: rise elsewhere does not ease the exercise.
PAIN_REGIONS: dict[str, frozenset[Region]] = {
    "neck": frozenset({Region.NECK}),
    "chest_shoulders": frozenset({Region.UPPER_BACK, Region.ARM}),
    "upper_back": frozenset({Region.UPPER_BACK}),
    "core": frozenset({Region.LOW_BACK}),
    "low_back": frozenset({Region.LOW_BACK}),
    "hips": frozenset({Region.HIPS, Region.LOW_BACK}),
    "legs": frozenset({Region.LEG, Region.HIPS}),
}
BASELINE_WINDOW = timedelta(days=14)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one session says about one exercise."""

    at: datetime
    feel: Feel | None
    before: int | None
    after: int | None
    during: int | None
    baseline: float | None
    #: Set on the last session of the day with this exercise when pain rose beyond noise
    #: to the next day: (pain that day, pain the next day, what was compared).
    next_day: tuple[float, float, str] | None = None


#: Pain of one local day, one region (None = no region given) and one kind of rating.
_DayPain = dict[tuple[date, Region | None, RatingKind], float]


def _day_pain(ratings: tuple[RatingEvent, ...]) -> _DayPain:
    """Map (day, region, kind) to the day's average-pain mean or its first "before" rating."""
    averages: dict[tuple[date, Region | None], list[int]] = {}
    first_before: dict[tuple[date, Region | None], RatingEvent] = {}
    for r in ratings:
        key = (r.at.local_date, r.region)
        if r.kind is RatingKind.DAY_AVERAGE:
            averages.setdefault(key, []).append(r.value)
        elif r.kind is RatingKind.BEFORE:
            known = first_before.get(key)
            if known is None or r.at.utc < known.at.utc:
                first_before[key] = r
    pain: _DayPain = {(d, g, RatingKind.BEFORE): r.value for (d, g), r in first_before.items()}
    pain.update(
        {(d, g, RatingKind.DAY_AVERAGE): statistics.fmean(v) for (d, g), v in averages.items()}
    )
    return pain


def _next_day_rise(
    pain: _DayPain, day: date, regions: frozenset[Region]
) -> tuple[float, float, str] | None:
    """Return the first like-with-like rise beyond noise from ``day`` to the next day."""
    following = day + timedelta(days=1)
    for region in (*sorted(regions), None):
        for kind in (RatingKind.DAY_AVERAGE, RatingKind.BEFORE):
            earlier = pain.get((day, region, kind))
            later = pain.get((following, region, kind))
            if earlier is None or later is None:
                continue
            if rise_beyond_noise(earlier, later):
                what = "average pain" if kind is RatingKind.DAY_AVERAGE else "pain before exercise"
                where = f" ({region.value.replace('_', ' ')})" if region is not None else ""
                return earlier, later, what + where
            break  # like with like: a day average, when both days have one, is the measure
    return None


def _with_next_day(
    dated: list[tuple[str, Outcome, date]], ratings: Sequence[RatingEvent], catalog: Catalog
) -> list[tuple[str, Outcome]]:
    """Attach the next-day rise to the last session of each exercise and day."""
    pain = _day_pain(tuple(ratings))
    result = [(exercise_id, out) for exercise_id, out, _ in dated]
    last: dict[tuple[str, date], int] = {}
    for index, (exercise_id, _, day) in enumerate(dated):
        last[(exercise_id, day)] = index
    for (exercise_id, day), index in last.items():
        exercise = catalog.get(exercise_id)
        regions = PAIN_REGIONS.get(exercise.region, frozenset()) if exercise else frozenset()
        rise = _next_day_rise(pain, day, regions)
        if rise is not None:
            result[index] = (exercise_id, replace(result[index][1], next_day=rise))
    return result


def exercise_outcomes(
    sessions: Iterable[SessionEvent],
    sets: Iterable[SetEvent],
    ratings: Sequence[RatingEvent],
    catalog: Catalog,
) -> list[tuple[str, Outcome]]:
    """Return what each session says about each exercise done in it, in time order."""
    by_id = {s.id: s for s in sessions if s.id is not None}
    ratings_by_session: dict[int, list[RatingEvent]] = {}
    for r in ratings:
        if r.session_id is not None:
            ratings_by_session.setdefault(r.session_id, []).append(r)
    befores = sorted((r for r in ratings if r.kind is RatingKind.BEFORE), key=lambda r: r.at.utc)
    sets_by_key: dict[tuple[int, str], list[SetEvent]] = {}
    for s in sets:
        sets_by_key.setdefault((s.session_id, s.exercise_id), []).append(s)
    result: list[tuple[str, Outcome, date]] = []
    for (session_id, exercise_id), done_sets in sets_by_key.items():
        session = by_id.get(session_id)
        first = session.started_at if session else min(done_sets, key=lambda s: s.at.utc).at
        at = first.utc
        in_session = sorted(ratings_by_session.get(session_id, []), key=lambda r: r.at.utc)
        before = next((r.value for r in in_session if r.kind is RatingKind.BEFORE), None)
        after = next((r.value for r in reversed(in_session) if r.kind is RatingKind.AFTER), None)
        during_values = [
            r.value
            for r in in_session
            if r.kind is RatingKind.DURING and r.exercise_id in (None, exercise_id)
        ]
        feels = [s.feel for s in sorted(done_sets, key=lambda s: s.at.utc) if s.feel is not None]
        window = [r.value for r in befores if at - BASELINE_WINDOW <= r.at.utc <= at]
        baseline = statistics.median(window) if window else None
        result.append(
            (
                exercise_id,
                Outcome(
                    at=at,
                    feel=feels[-1] if feels else None,
                    before=before,
                    after=after,
                    during=max(during_values) if during_values else None,
                    baseline=baseline,
                ),
                first.local_date,
            )
        )
    result.sort(key=lambda item: (item[1].at, item[0]))
    return _with_next_day(result, ratings, catalog)
