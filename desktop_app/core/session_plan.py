"""A planned session: its exercises, sides and dose, the duration estimate and trimming.

Shared by the planner (which chooses) and the player (which runs). Duration estimate: for
every block (one set on one side) a 5 s get-ready plus the work: hold, or holds with 3 s
rests between them, or reps × tempo (brief §3 timing).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

from desktop_app.core.catalog import Category, Dose, Exercise, Sidedness
from desktop_app.core.dose_ladder import describe
from desktop_app.core.events import SessionKind, Side
from desktop_app.core.progression import Progression

#: Seconds of "get ready" before every block (and at each side switch).
GET_READY_S = 5
#: Seconds of rest between repeated holds within one set (e.g. 10 s × 8).
REP_REST_S = 3
#: Daily-session stretches add up to about this many seconds per side (brief §3).
DAILY_STRETCH_TOTAL_S = 60


class DoseNoteKind(StrEnum):
    """Why a planned dose differs from the catalog dose."""

    #: The progression changed the dose (its reason is announced once).
    PROGRESSION = "progression"
    #: Daily-session stretches get about a minute per side.
    DAILY_STRETCH = "daily stretch"
    #: One more set on the weaker side.
    WEAK_SIDE = "weak side"
    #: One more hold on the tighter side.
    TIGHT_SIDE = "tight side"
    #: Sets were trimmed to fit the session length.
    FIT_LENGTH = "fit length"


@dataclass(frozen=True, slots=True)
class DoseNote:
    """One reason a dose differs, and the sentence the player shows for it."""

    kind: DoseNoteKind
    text: str


#: Notes a later trim replaces: they describe a dose that no longer holds.
_REPLACED_BY_TRIM = frozenset({DoseNoteKind.DAILY_STRETCH, DoseNoteKind.FIT_LENGTH})


@dataclass(frozen=True, slots=True)
class PlannedExercise:
    """One exercise of a plan.

    Attributes:
        exercise: What to do (a variant when progression replaced the base exercise).
        dose: The dose per side for this session.
        sides: One entry per block (one set on one side), in order.
        notes: Why the dose differs from the catalog dose, for the player to show.
    """

    exercise: Exercise
    dose: Dose
    sides: tuple[Side, ...]
    notes: tuple[DoseNote, ...] = ()

    @property
    def reasons(self) -> tuple[str, ...]:
        """Return the texts of :attr:`notes`, in order."""
        return tuple(n.text for n in self.notes)

    @property
    def block_s(self) -> int:
        """Return the seconds of work in one block (rests between holds included)."""
        return block_seconds(self.dose)

    @property
    def estimated_s(self) -> int:
        """Return this exercise's estimated seconds, get-ready transitions included."""
        return len(self.sides) * (GET_READY_S + self.block_s)


@dataclass(frozen=True, slots=True)
class SessionPlan:
    """An ordered session plan and its estimated duration in seconds."""

    kind: SessionKind
    exercises: tuple[PlannedExercise, ...]
    estimated_s: int


def block_seconds(dose: Dose) -> int:
    """Return the seconds one set on one side takes (without the get-ready)."""
    if dose.is_hold:
        return dose.holds_per_set * dose.hold_s + (dose.holds_per_set - 1) * REP_REST_S
    return dose.holds_per_set * dose.tempo_s


def estimate_s(items: Iterable[PlannedExercise]) -> int:
    """Return Σ(work × sets × sides) + one 5 s transition per block."""
    return sum(i.estimated_s for i in items)


def other(side: Side) -> Side:
    """Return the opposite side (BOTH stays BOTH)."""
    return {Side.LEFT: Side.RIGHT, Side.RIGHT: Side.LEFT}.get(side, side)


def plan_item(
    exercise: Exercise,
    prog: Progression,
    weak: Side | None,
    tight: Side | None,
    side_state: list[Side],
    daily: bool,
) -> PlannedExercise:
    dose, reasons = prog.dose_for(exercise)
    notes = [DoseNote(DoseNoteKind.PROGRESSION, r) for r in reasons]
    if daily and exercise.category is Category.RELEASE and dose.is_hold and dose.reps == 0:
        sets = max(dose.sets, round(DAILY_STRETCH_TOTAL_S / dose.hold_s))
        if sets != dose.sets:
            dose = replace(dose, sets=sets)
            notes.append(
                DoseNote(
                    DoseNoteKind.DAILY_STRETCH,
                    f"Daily session: {describe(dose)} per side, about a minute of stretch.",
                )
            )
    if exercise.sided is Sidedness.BILATERAL:
        return PlannedExercise(exercise, dose, (Side.BOTH,) * dose.sets, tuple(notes))
    first = side_state[0]
    side_state[0] = other(first)
    sides = [first, other(first)] * dose.sets
    if weak is not None and exercise.category is Category.ACTIVATE:
        sides.append(weak)
        notes.append(
            DoseNote(DoseNoteKind.WEAK_SIDE, f"One more set on your weaker ({weak.value}) side.")
        )
    elif tight is not None and exercise.category is Category.RELEASE:
        sides.append(tight)
        notes.append(
            DoseNote(
                DoseNoteKind.TIGHT_SIDE, f"One more hold on your tighter ({tight.value}) side."
            )
        )
    return PlannedExercise(exercise, dose, tuple(sides), tuple(notes))


def fit_plan(items: list[PlannedExercise], low: int, high: int) -> list[PlannedExercise]:
    """Trim sets (never the weak-side extra) until the plan fits under ``high``."""
    items = list(items)
    guard = 0
    while estimate_s(items) > high and guard < 50:
        guard += 1
        trimmable = [i for i, p in enumerate(items) if p.dose.sets > 1]
        if not trimmable:
            if len(items) > 2:
                items.pop(-1 if items[-1].exercise.category is Category.POSTURE else -2)
                continue
            break
        idx = max(trimmable, key=lambda i: items[i].estimated_s)
        items[idx] = _drop_set(items[idx])
    return items


def _drop_set(item: PlannedExercise) -> PlannedExercise:
    dose = replace(item.dose, sets=item.dose.sets - 1)
    sides = list(item.sides)
    if item.exercise.sided is Sidedness.BILATERAL:
        sides = sides[:-1]
    else:
        extra = sides[2 * item.dose.sets :]
        sides = sides[: 2 * dose.sets] + extra
    note = DoseNote(
        DoseNoteKind.FIT_LENGTH, f"{describe(dose)} per side this time, to fit the session length."
    )
    # A dose that was just trimmed no longer says what the daily stretch or an earlier trim
    # made it.
    kept = tuple(n for n in item.notes if n.kind not in _REPLACED_BY_TRIM)
    return PlannedExercise(item.exercise, dose, tuple(sides), (*kept, note))


def regions_of(plan: SessionPlan) -> frozenset[str]:
    """Return the target regions a plan covers."""
    return frozenset(p.exercise.region for p in plan.exercises)
