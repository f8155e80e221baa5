"""Progression and regression of each exercise's dose, derived from the event history.

Nothing is stored: the state is replayed from sessions, sets and ratings every time, so a
rule change applies to old data too.

Ladder of one exercise (``level`` 0 = the catalog dose):

* single holds (``reps == 0``): hold +5 s per level up to 30 s (brief: 20 → 25 → 30 s),
  then one more hold per side (+1 set);
* repeated holds and dynamic reps: +2 repetitions per level (twice), then +1 set;
* above the top: the harder variant (``Exercise.harder``) replaces the exercise;
* below the base: −5 s per level (not under 10 s) or −2 repetitions (not under 3);
  below the floor: the easier variant, or 48 h rest when there is none.

Rules, per session in which the exercise was done (thresholds: brief §3):

* **progress** one level after ``EASY_SESSIONS_TO_PROGRESS`` sessions in a row rated
  "easy" whose pain was mild at most (every rating of the session — before, during,
  after — under 4/10, the brief's "moderate" band) and not above the user's baseline
  (median "before" rating of the last 14 days). A session with moderate or worse pain
  breaks the streak: the app does not raise the dose while it advises seeing someone;
* **regress** one level when pain during the exercise was > 5 (and rest it 48 h), when
  pain after the session was ≥ 2 points above pain before it, or when pain rose from
  the day the exercise was done to the next day (the 24-hour response of the
  pain-monitoring model). The next-day rule compares like with like and only where
  the exercise works:

  - "the next day" is the following local calendar day;
  - the two days' "average pain today" ratings (24-hour recall) are compared when both
    days have one; otherwise the first "before" rating of each day (a momentary rating);
    a day average is never compared with a momentary rating;
  - only ratings of the body regions the exercise works on count (``PAIN_REGIONS``), plus
    ratings given without a region (they may be anywhere);
  - the rise must be beyond measurement noise (``pain.rise_beyond_noise``: ≥ 2 points,
    or ≥ 30 % and beyond the 1.77-point minimal detectable change).

  It is judged once per exercise and day (on the last session that day with the
  exercise) and replayed at that session, so it applies from the next day's sessions
  on once the rating exists.

Sparse microbreak data (brief §4: pain on a sample of breaks; one optional "how did it
feel" per break, see :mod:`desktop_app.core.session_questions`). Daily sessions still ask
everything; microbreaks feed the same rules this way:

* a break-wide feel is stored on the last set of every exercise in the break, so each
  exercise sees it as its own; a break-wide pain-during rating (no exercise id) counts
  for every exercise of that break;
* a session with no feel answer is *neutral*: it neither adds to nor breaks the easy
  streak, unless its pain was above the baseline (that breaks it); the pain rules above
  still apply to it when pain was asked;
* a session without pain ratings counts as "pain not above baseline" (nothing says
  otherwise) and cannot trigger the before/after rule;
* the next-day rule reads each day's ratings from any session (the day's average, or
  its first "before"), so it needs no session with the exercise to have asked pain.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from desktop_app.core.catalog import Catalog, Dose, Exercise
from desktop_app.core.events import (
    Feel,
    RatingEvent,
    RatingKind,
    Region,
    SessionEvent,
    SetEvent,
)
from desktop_app.core.pain import rise_beyond_noise

HOLD_STEP_S = 5
HOLD_TOP_S = 30
HOLD_FLOOR_S = 10
REP_STEP = 2
REP_STEPS_UP = 2
REP_FLOOR = 3
EXTRA_SETS_AT_TOP = 1
EASY_SESSIONS_TO_PROGRESS = 3
PAIN_DURING_LIMIT = 5
PAIN_RISE_LIMIT = 2
#: No progression at or above this pain (brief §4: 4–6 moderate, 7–10 severe).
MODERATE_PAIN = 4
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
REST_AFTER_FLARE = timedelta(hours=48)
BASELINE_WINDOW = timedelta(days=14)


@dataclass(frozen=True, slots=True)
class History:
    """The events the planner and progression read (storage loads, e.g., the last 60 days).

    ``SetEvent.session_id`` and ``RatingEvent.session_id`` refer to ``SessionEvent.id``.
    """

    sessions: tuple[SessionEvent, ...] = ()
    sets: tuple[SetEvent, ...] = ()
    ratings: tuple[RatingEvent, ...] = ()


def max_level(base: Dose) -> int:
    """Return the highest level of a dose's ladder (its top before the harder variant)."""
    if base.is_hold and base.reps == 0:
        steps = max(0, (HOLD_TOP_S - base.hold_s) // HOLD_STEP_S)
    else:
        steps = REP_STEPS_UP
    return steps + EXTRA_SETS_AT_TOP


def min_level(base: Dose) -> int:
    """Return the lowest level of a dose's ladder (≤ 0)."""
    if base.is_hold and base.reps == 0:
        return -max(0, (base.hold_s - HOLD_FLOOR_S) // HOLD_STEP_S)
    return -max(0, (base.reps - REP_FLOOR) // REP_STEP)


def dose_at(base: Dose, level: int) -> Dose:
    """Return the dose at ``level`` of ``base``'s ladder (clamped to the ladder)."""
    level = max(min_level(base), min(max_level(base), level))
    top = max_level(base) - EXTRA_SETS_AT_TOP
    extra_sets = max(0, level - top)
    steps = min(level, top)
    if base.is_hold and base.reps == 0:
        return replace(base, hold_s=base.hold_s + HOLD_STEP_S * steps, sets=base.sets + extra_sets)
    return replace(base, reps=base.reps + REP_STEP * steps, sets=base.sets + extra_sets)


def describe(dose: Dose) -> str:
    """Describe a dose in a few words, e.g. ``25 s × 2`` or ``12 reps × 2``."""
    if dose.is_hold and dose.reps == 0:
        return f"{dose.hold_s} s × {dose.sets}"
    if dose.is_hold:
        sets = f" × {dose.sets}" if dose.sets > 1 else ""
        return f"{dose.reps} × {dose.hold_s} s holds{sets}"
    sets = f" × {dose.sets}" if dose.sets > 1 else ""
    return f"{dose.reps} reps{sets}"


@dataclass(frozen=True, slots=True)
class DoseState:
    """Where one exercise stands on its ladder.

    Attributes:
        exercise_id: The exercise.
        level: Ladder level (0 = catalog dose).
        easy_streak: Sessions in a row rated easy without extra pain.
        rest_until: No planning before this UTC instant (after pain during it).
        reason: Why the dose last changed; None if it never did.
        announce: True until the exercise is done again after the change: the player shows
            ``reason`` only then.
    """

    exercise_id: str
    level: int = 0
    easy_streak: int = 0
    rest_until: datetime | None = None
    reason: str | None = None
    announce: bool = True


@dataclass(frozen=True, slots=True)
class Progression:
    """Dose states of every exercise, and which variant replaces which exercise."""

    states: Mapping[str, DoseState] = field(default_factory=dict)
    #: Exercise id -> the variant done in its place.
    substitutes: Mapping[str, str] = field(default_factory=dict)

    def state(self, exercise_id: str) -> DoseState:
        """Return the state of one exercise (level 0 when it has no history)."""
        return self.states.get(exercise_id) or DoseState(exercise_id)

    def resolve(self, catalog: Catalog, exercise: Exercise) -> Exercise:
        """Return the exercise to do in place of ``exercise`` (itself or a variant)."""
        seen = {exercise.id}
        current = exercise
        while (nxt := self.substitutes.get(current.id)) is not None and nxt not in seen:
            found = catalog.get(nxt)
            if found is None:
                break
            seen.add(nxt)
            current = found
        return current

    def dose_for(self, exercise: Exercise) -> tuple[Dose, tuple[str, ...]]:
        """Return the current dose of an exercise and why it differs from the catalog."""
        state = self.state(exercise.id)
        dose = dose_at(exercise.dose, state.level)
        reasons = (state.reason,) if state.reason and state.announce else ()
        return dose, reasons

    def resting(self, exercise_id: str, now: datetime) -> bool:
        """Tell whether an exercise is resting (48 h after pain during it) at ``now``."""
        until = self.state(exercise_id).rest_until
        return until is not None and now < until


@dataclass(frozen=True, slots=True)
class _Outcome:
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
    dated: list[tuple[str, _Outcome, date]], history: History, catalog: Catalog
) -> list[tuple[str, _Outcome]]:
    """Attach the next-day rise to the last session of each exercise and day."""
    pain = _day_pain(history.ratings)
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


def _session_outcomes(history: History, catalog: Catalog) -> list[tuple[str, _Outcome]]:
    sessions = {s.id: s for s in history.sessions if s.id is not None}
    ratings_by_session: dict[int, list[RatingEvent]] = {}
    for r in history.ratings:
        if r.session_id is not None:
            ratings_by_session.setdefault(r.session_id, []).append(r)
    befores = sorted(
        (r for r in history.ratings if r.kind is RatingKind.BEFORE), key=lambda r: r.at.utc
    )
    sets_by_key: dict[tuple[int, str], list[SetEvent]] = {}
    for s in history.sets:
        sets_by_key.setdefault((s.session_id, s.exercise_id), []).append(s)
    result: list[tuple[str, _Outcome, date]] = []
    for (session_id, exercise_id), sets in sets_by_key.items():
        session = sessions.get(session_id)
        first = session.started_at if session else min(sets, key=lambda s: s.at.utc).at
        at = first.utc
        ratings = sorted(ratings_by_session.get(session_id, []), key=lambda r: r.at.utc)
        before = next((r.value for r in ratings if r.kind is RatingKind.BEFORE), None)
        after = next((r.value for r in reversed(ratings) if r.kind is RatingKind.AFTER), None)
        during_values = [
            r.value
            for r in ratings
            if r.kind is RatingKind.DURING and r.exercise_id in (None, exercise_id)
        ]
        feels = [s.feel for s in sorted(sets, key=lambda s: s.at.utc) if s.feel is not None]
        window = [r.value for r in befores if at - BASELINE_WINDOW <= r.at.utc <= at]
        baseline = statistics.median(window) if window else None
        result.append(
            (
                exercise_id,
                _Outcome(
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
    return _with_next_day(result, history, catalog)


def replay(catalog: Catalog, history: History) -> Progression:
    """Replay the history in time order and return every exercise's dose state."""
    states: dict[str, DoseState] = {}
    subs: dict[str, str] = {}

    def get(ex_id: str) -> DoseState:
        return states.get(ex_id) or DoseState(ex_id)

    def point_to(old: str, new: str) -> None:
        keys = [k for k, v in subs.items() if v == old] or [old]
        for k in keys:
            if k == new:
                subs.pop(k, None)
            else:
                subs[k] = new
        subs.pop(new, None)

    for exercise_id, out in _session_outcomes(history, catalog):
        exercise = catalog.get(exercise_id)
        if exercise is None:
            continue
        state = get(exercise_id)
        base = exercise.dose
        rose = (out.before is not None and out.after is not None and out.after - out.before) or 0
        flare = out.during is not None and out.during > PAIN_DURING_LIMIT
        next_day_rise = out.next_day is not None
        if flare or rose >= PAIN_RISE_LIMIT or next_day_rise:
            if flare:
                why = f"pain during it was {out.during}/10 last time"
            elif rose >= PAIN_RISE_LIMIT:
                why = f"pain rose from {out.before} to {out.after} after the last session"
            else:
                assert out.next_day is not None
                that_day, following, what = out.next_day
                why = (
                    f"{what} the next day was {following:.3g}/10, "
                    f"up from {that_day:.3g}/10 the day you did it"
                )
            rest = out.at + REST_AFTER_FLARE if flare else state.rest_until
            if state.level > min_level(base):
                new_level = state.level - 1
                new_dose = describe(dose_at(base, new_level))
                states[exercise_id] = DoseState(
                    exercise_id, new_level, 0, rest, f"Eased to {new_dose}: {why}."
                )
                continue
            easier = catalog.get(exercise.easier) if exercise.easier else None
            if easier is not None:
                point_to(exercise_id, easier.id)
                states[exercise_id] = replace(state, easy_streak=0, rest_until=rest, announce=False)
                states[easier.id] = DoseState(
                    easier.id,
                    max_level(easier.dose),
                    0,
                    None,
                    f"Back to {easier.name} for now: {why}.",
                )
                continue
            states[exercise_id] = DoseState(
                exercise_id,
                state.level,
                0,
                out.at + REST_AFTER_FLARE,
                f"Rested for 48 hours, now back at the easiest dose: {why}.",
            )
            continue
        known = [v for v in (out.before, out.during, out.after) if v is not None]
        pain = max(known) if known else None
        pain_ok = pain is None or (
            pain < MODERATE_PAIN and (out.baseline is None or pain <= out.baseline)
        )
        if out.feel is None and pain_ok:
            # The optional microbreak question went unanswered: no information, so the
            # streak neither grows nor breaks.
            states[exercise_id] = replace(state, announce=False)
            continue
        if out.feel is not Feel.EASY or not pain_ok:
            states[exercise_id] = replace(state, easy_streak=0, announce=False)
            continue
        streak = state.easy_streak + 1
        if streak < EASY_SESSIONS_TO_PROGRESS:
            states[exercise_id] = replace(state, easy_streak=streak, announce=False)
            continue
        why = f"your last {EASY_SESSIONS_TO_PROGRESS} sessions felt easy without more pain"
        if state.level < max_level(base):
            new_level = state.level + 1
            new_dose = describe(dose_at(base, new_level))
            states[exercise_id] = DoseState(
                exercise_id, new_level, 0, state.rest_until, f"Up to {new_dose}: {why}."
            )
            continue
        harder = catalog.get(exercise.harder) if exercise.harder else None
        if harder is None:
            states[exercise_id] = replace(state, easy_streak=0, announce=False)
            continue
        point_to(exercise_id, harder.id)
        states[exercise_id] = replace(state, easy_streak=0, announce=False)
        states[harder.id] = DoseState(harder.id, 0, 0, None, f"Moved on to {harder.name}: {why}.")
    return Progression(states, subs)
