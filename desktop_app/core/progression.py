"""Progression and regression of each exercise's dose, derived from the event history.

Nothing is stored: the state is replayed from sessions, sets and ratings every time, so a
rule change applies to old data too.

The ladder of doses (levels, steps, floors) is :mod:`desktop_app.core.dose_ladder`; what
each session says about each exercise (feel, pain, baseline, next-day rise) is
:mod:`desktop_app.core.exercise_outcomes`.

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

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from desktop_app.core.catalog import Catalog, Dose, Exercise
from desktop_app.core.dose_ladder import describe, dose_at, max_level, min_level
from desktop_app.core.events import (
    Feel,
    RatingEvent,
    SessionEvent,
    SetEvent,
)
from desktop_app.core.exercise_outcomes import exercise_outcomes

EASY_SESSIONS_TO_PROGRESS = 3
PAIN_DURING_LIMIT = 5
PAIN_RISE_LIMIT = 2
#: No progression at or above this pain (brief §4: 4–6 moderate, 7–10 severe).
MODERATE_PAIN = 4
REST_AFTER_FLARE = timedelta(hours=48)


@dataclass(frozen=True, slots=True)
class History:
    """The events the planner and progression read (storage loads, e.g., the last 60 days).

    ``SetEvent.session_id`` and ``RatingEvent.session_id`` refer to ``SessionEvent.id``.
    """

    sessions: tuple[SessionEvent, ...] = ()
    sets: tuple[SetEvent, ...] = ()
    ratings: tuple[RatingEvent, ...] = ()


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

    for exercise_id, out in exercise_outcomes(
        history.sessions, history.sets, history.ratings, catalog
    ):
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
