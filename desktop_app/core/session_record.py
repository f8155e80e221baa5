"""What one guided session did: the blocks worked, the events they log, the outcome.

The player (:mod:`desktop_app.core.player`) decides which step comes next; this record
keeps, for every planned exercise, which blocks (one set on one side) were finished and
how much work went into them, queues the core events and sums the session up.

Events, in the order they happen:

* :class:`~desktop_app.core.events.SetEvent` for every block that was worked. The last
  block of an exercise is held back (``ExerciseRun.pending``) until the feel question is
  answered or skipped, so that it carries the feel.
* :class:`~desktop_app.core.events.RatingEvent` for every rating given.
* :class:`SessionSummary` once, when the session ends.

Outcome (brief §5): an exercise counts as done when all of its blocks were finished;
the session is COMPLETED when at least 80 % of its planned exercises were done, PARTIAL
when some work was done, SKIPPED when none was (INTERRUPTED when cut off before that).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from desktop_app.core.clock import Clock, Stamp
from desktop_app.core.events import (
    Feel,
    RatingEvent,
    RatingKind,
    Region,
    SessionOutcome,
    SetEvent,
    Side,
)
from desktop_app.core.session_plan import PlannedExercise, SessionPlan

#: Share of planned exercises that makes a session "completed" (brief §5).
COMPLETED_SHARE = 0.8


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """How a session ended."""

    outcome: SessionOutcome
    ended_at: Stamp
    exercises_done: int
    planned_exercises: int
    sets_done: int
    active_s: int


@dataclass(slots=True)
class BlockRun:
    """One set on one side, as worked so far (seconds in plan units)."""

    side: Side
    done: bool = False
    work_s: float = 0.0
    reps: int = 0


@dataclass(slots=True)
class ExerciseRun:
    """One planned exercise and its blocks; ``pending`` is its last set awaiting a feel."""

    planned: PlannedExercise
    blocks: list[BlockRun] = field(default_factory=list)
    pending: SetEvent | None = None
    skipped: bool = False

    @property
    def done(self) -> bool:
        """Return True when every block was finished and the exercise was not skipped."""
        return not self.skipped and bool(self.blocks) and all(b.done for b in self.blocks)

    @property
    def worked(self) -> bool:
        """Return True when any work went into any block."""
        return any(b.work_s > 0 or b.reps > 0 for b in self.blocks)

    def restart(self) -> None:
        """Forget the work of every block (the exercise starts again)."""
        self.skipped = False
        for b in self.blocks:
            b.done = False
            b.work_s = 0.0
            b.reps = 0


class SessionRecord:
    """The runs of one session plan and the events they queue.

    Args:
        plan: What is played.
        clock: Wall time for event stamps.
        session_id: The stored session's id, put on every event.
    """

    def __init__(self, plan: SessionPlan, clock: Clock, session_id: int) -> None:
        self._clock = clock
        self.session_id = session_id
        self.runs = [ExerciseRun(p, [BlockRun(s) for s in p.sides]) for p in plan.exercises]
        self.summary: SessionSummary | None = None
        self._events: list[object] = []

    def take_events(self) -> list[object]:
        """Return the events queued since the last call, oldest first, and clear them."""
        events, self._events = self._events, []
        return events

    def queue(self, event: object) -> None:
        """Queue one event."""
        self._events.append(event)

    def set_event(self, run: ExerciseRun, blk: BlockRun) -> SetEvent:
        """Return the set event for ``blk`` as worked so far (plan units)."""
        dose = run.planned.dose
        has_reps = dose.reps > 0
        return SetEvent(
            session_id=self.session_id,
            exercise_id=run.planned.exercise.id,
            side=blk.side,
            at=Stamp.now(self._clock),
            planned_s=dose.holds_per_set * (dose.hold_s if dose.is_hold else dose.tempo_s),
            done_s=round(blk.work_s),
            planned_reps=dose.holds_per_set if has_reps else 0,
            done_reps=blk.reps if has_reps else 0,
        )

    def rating(
        self,
        kind: RatingKind,
        value: int,
        region: Region | None,
        exercise_id: str | None = None,
    ) -> None:
        """Queue a pain rating given now."""
        self._events.append(
            RatingEvent(
                Stamp.now(self._clock),
                kind,
                value,
                region,
                session_id=self.session_id,
                exercise_id=exercise_id,
            )
        )

    def flush_pending(self, run: ExerciseRun, feel: Feel | None = None) -> None:
        """Queue the set held back for a feel answer, carrying ``feel``."""
        if run.pending is not None:
            pending = run.pending if feel is None else replace(run.pending, feel=feel)
            self._events.append(pending)
            run.pending = None

    def finish(self, interrupted: bool) -> SessionSummary:
        """Queue every held-back set and the summary (once); return the summary."""
        if self.summary is not None:
            return self.summary
        for run in self.runs:
            self.flush_pending(run)
        planned = len(self.runs)
        done = sum(1 for r in self.runs if r.done)
        blocks_done = sum(1 for r in self.runs for b in r.blocks if b.done)
        worked = any(r.worked for r in self.runs)
        if planned and done >= COMPLETED_SHARE * planned:
            outcome = SessionOutcome.COMPLETED
        elif interrupted:
            outcome = SessionOutcome.INTERRUPTED
        elif worked:
            outcome = SessionOutcome.PARTIAL
        else:
            outcome = SessionOutcome.SKIPPED
        active = sum(b.work_s for r in self.runs for b in r.blocks)
        self.summary = SessionSummary(
            outcome, Stamp.now(self._clock), done, planned, blocks_done, round(active)
        )
        self._events.append(self.summary)
        return self.summary
