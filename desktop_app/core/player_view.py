"""What the session window shows of the player: the step and one immutable snapshot.

:class:`~desktop_app.core.player.Player` moves through the :class:`Step` values;
:func:`build_view` turns its state into a :class:`PlayerView` for display. Seconds in a
view are real (scaled) seconds, as the user experiences them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.core.catalog import Exercise
from desktop_app.core.events import RatingKind, Side
from desktop_app.core.session_plan import PlannedExercise
from desktop_app.core.session_record import ExerciseRun


class Step(StrEnum):
    """Where the player is."""

    PAIN_BEFORE = "pain_before"
    GET_READY = "get_ready"
    HOLD = "hold"
    REST = "rest"
    REPS = "reps"
    FEEL = "feel"
    SESSION_FEEL = "session_feel"
    PAIN_AFTER = "pain_after"
    DONE = "done"


TIMED_STEPS = frozenset({Step.GET_READY, Step.HOLD, Step.REST, Step.REPS})
#: Steps that ask a question about the whole session, or show nothing (no exercise).
_SESSION_STEPS = frozenset({Step.PAIN_BEFORE, Step.PAIN_AFTER, Step.SESSION_FEEL, Step.DONE})


@dataclass(frozen=True, slots=True)
class PlayerView:
    """Everything the session window shows, as one immutable snapshot.

    Seconds are real (scaled) seconds, as the user experiences them.
    """

    step: Step
    paused: bool
    exercise: Exercise | None = None
    planned: PlannedExercise | None = None
    index: int = 0
    count: int = 0
    block: int = 0
    blocks: int = 0
    #: Set number on the current side (1-based) and the sets planned on that side.
    side_set: int = 0
    side_sets: int = 0
    side: Side = Side.BOTH
    side_switch: bool = False
    remaining_s: float = 0.0
    duration_s: float = 0.0
    rep: int = 0
    reps: int = 0
    next_exercise: Exercise | None = None
    reasons: tuple[str, ...] = ()
    rating_kind: RatingKind | None = None

    @property
    def timed(self) -> bool:
        """Return True while a step counts down (get ready, hold, rest, reps)."""
        return self.step in TIMED_STEPS

    @property
    def fraction_left(self) -> float:
        """Return the share of the current timed step still to go (1 → 0)."""
        if self.duration_s <= 0:
            return 0.0
        return max(0.0, min(1.0, self.remaining_s / self.duration_s))

    @property
    def seconds_shown(self) -> int:
        """Return the whole seconds to display (rounded up, so 0 shows only at the end)."""
        return max(0, math.ceil(self.remaining_s - 1e-9))


def build_view(
    step: Step,
    *,
    paused: bool,
    runs: Sequence[ExerciseRun],
    index: int,
    block: int,
    remaining_s: float,
    duration_s: float,
    rep: int,
) -> PlayerView:
    """Return the snapshot of a player at ``step`` on exercise ``index``, block ``block``.

    ``remaining_s`` and ``duration_s`` are the current countdown's (real seconds); they
    are shown only while a step counts down or the session-wide question waits.
    """
    count = len(runs)
    if step in _SESSION_STEPS:
        kind = {
            Step.PAIN_BEFORE: RatingKind.BEFORE,
            Step.PAIN_AFTER: RatingKind.AFTER,
            Step.SESSION_FEEL: RatingKind.DURING,
        }
        nxt = runs[0].planned.exercise if step is Step.PAIN_BEFORE and count else None
        waiting = step is Step.SESSION_FEEL
        return PlayerView(
            step,
            paused,
            count=count,
            index=index,
            next_exercise=nxt,
            rating_kind=kind.get(step),
            remaining_s=remaining_s if waiting else 0.0,
            duration_s=duration_s if waiting else 0.0,
        )
    run = runs[index]
    current = run.blocks[block]
    prev_side = run.blocks[block - 1].side if block > 0 else None
    dose = run.planned.dose
    reps = dose.holds_per_set if (dose.reps > 0) else 0
    nxt = runs[index + 1].planned.exercise if index + 1 < count else None
    return PlayerView(
        step=step,
        paused=paused,
        exercise=run.planned.exercise,
        planned=run.planned,
        index=index,
        count=count,
        block=block,
        blocks=len(run.blocks),
        side_set=sum(1 for b in run.blocks[: block + 1] if b.side is current.side),
        side_sets=sum(1 for b in run.blocks if b.side is current.side),
        side=current.side,
        side_switch=prev_side is not None and prev_side is not current.side,
        remaining_s=remaining_s,
        duration_s=duration_s if step in TIMED_STEPS else 0.0,
        rep=rep,
        reps=reps,
        next_exercise=nxt,
        reasons=run.planned.reasons,
        rating_kind=RatingKind.DURING if step is Step.FEEL else None,
    )
