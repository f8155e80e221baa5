"""The step machine under the session player: how time moves one session's steps.

:class:`StepMachine` holds a session's position (exercise, block, step) and its countdown,
and moves on when a timed step ends: get ready → hold (with short rests between holds)
or reps at a tempo → the next block, the feel question, the next exercise, the closing
questions, done. Every duration is multiplied by ``time_scale``; a step that ends starts
the next one *at the old deadline*, so ticking never adds drift. The user's commands
(pause, skip, back, answers) are :class:`~desktop_app.core.player.Player`'s.
"""

from __future__ import annotations

import math

from desktop_app.core.clock import Clock
from desktop_app.core.events import Region, SetEvent
from desktop_app.core.player_view import TIMED_STEPS, Step
from desktop_app.core.session_plan import GET_READY_S, REP_REST_S, SessionPlan
from desktop_app.core.session_questions import FeelQuestion
from desktop_app.core.session_record import SessionRecord

#: The session-wide "how did it feel" waits this long (times ``time_scale``) for an answer.
SESSION_FEEL_WAIT_S = 15.0


class StepMachine:
    """The state of one session being played, and the transitions time makes.

    See :class:`~desktop_app.core.player.Player` for the arguments.
    """

    def __init__(
        self,
        plan: SessionPlan,
        clock: Clock,
        session_id: int,
        *,
        time_scale: float = 1.0,
        ask_pain: bool = True,
        feel: FeelQuestion = FeelQuestion.EACH_EXERCISE,
        region: Region | None = None,
    ) -> None:
        if not 0 < time_scale <= 1:
            raise ValueError(f"time_scale must be in (0, 1], got {time_scale}")
        self._plan = plan
        self._clock = clock
        self._scale = time_scale
        self._ask_pain = ask_pain
        self._feel = feel
        self.region = region
        self._record = SessionRecord(plan, clock, session_id)
        self._runs = self._record.runs
        self._step = Step.DONE
        self._index = 0
        self._block = 0
        self._rep = 0
        self._deadline = 0.0
        self._duration = 0.0
        self._started_at = 0.0
        self._paused_left: float | None = None
        self._exercise_started = 0.0
        self._started = False

    @property
    def paused(self) -> bool:
        """Return True while paused."""
        return self._paused_left is not None

    def remaining_s(self) -> float:
        """Return real seconds left in the current timed step or the session-feel wait.

        0 when the step is not timed.
        """
        if self._step is Step.SESSION_FEEL:
            if not math.isfinite(self._deadline):
                return 0.0  # held open until answered
            return max(0.0, self._deadline - self._clock.monotonic())
        if self._step not in TIMED_STEPS:
            return 0.0
        if self._paused_left is not None:
            return self._paused_left
        return max(0.0, self._deadline - self._clock.monotonic())

    def _current_rep(self) -> int:
        if self._step in (Step.HOLD, Step.REST):
            return self._rep + 1
        if self._step is Step.REPS:
            run = self._runs[self._index]
            tempo = run.planned.dose.tempo_s * self._scale
            elapsed = self._duration - self.remaining_s()
            total = run.planned.dose.holds_per_set
            return min(total, int(elapsed // tempo) + 1) if tempo > 0 else 1
        return 0

    def _start_timed(self, step: Step, seconds: float, at: float) -> None:
        self._step = step
        self._duration = seconds * self._scale
        self._deadline = at + self._duration

    def _begin_exercise(self, index: int, at: float) -> None:
        self._paused_left = None
        if index >= len(self._runs):
            self._after_exercises()
            return
        self._index = index
        run = self._runs[index]
        self._record.flush_pending(run)  # a finished set held for a feel answer stays logged
        run.restart()
        self._exercise_started = self._clock.monotonic()
        self._begin_block(0, at)

    def _begin_block(self, block: int, at: float) -> None:
        self._block = block
        self._rep = 0
        self._start_timed(Step.GET_READY, GET_READY_S, at)

    def _finish_timed(self, at: float) -> None:
        run = self._runs[self._index]
        dose = run.planned.dose
        blk = run.blocks[self._block]
        if self._step is Step.GET_READY:
            if dose.is_hold:
                self._start_timed(Step.HOLD, dose.hold_s, at)
            else:
                self._start_timed(Step.REPS, dose.holds_per_set * dose.tempo_s, at)
            return
        if self._step is Step.HOLD:
            blk.work_s += dose.hold_s
            blk.reps += 1
            self._rep += 1
            if self._rep < dose.holds_per_set:
                self._start_timed(Step.REST, REP_REST_S, at)
                return
            self._block_done(at)
            return
        if self._step is Step.REST:
            self._start_timed(Step.HOLD, dose.hold_s, at)
            return
        if self._step is Step.REPS:
            blk.work_s += dose.holds_per_set * dose.tempo_s
            blk.reps = dose.holds_per_set
            self._block_done(at)

    def _block_done(self, at: float) -> None:
        run = self._runs[self._index]
        blk = run.blocks[self._block]
        blk.done = True
        event = self._record.set_event(run, blk)
        if self._block + 1 < len(run.blocks):
            self._record.queue(event)
            self._begin_block(self._block + 1, at)
            return
        run.pending = event
        if self._feel is FeelQuestion.SESSION:
            self._next_exercise(at)
            return
        self._step = Step.FEEL
        self._duration = 0.0

    def _log_partial(self) -> None:
        """Queue the block in progress if some work was done in it."""
        partial = self._take_partial()
        if partial is not None:
            self._record.queue(partial)

    def _take_partial(self) -> SetEvent | None:
        """Account for the block in progress; return its set if some work was done."""
        if self._step not in (Step.HOLD, Step.REST, Step.REPS):
            return None
        run = self._runs[self._index]
        blk = run.blocks[self._block]
        dose = run.planned.dose
        elapsed = (self._duration - self.remaining_s()) / self._scale
        if self._step is Step.HOLD:
            blk.work_s += elapsed
        elif self._step is Step.REPS:
            blk.work_s += elapsed
            blk.reps = int(elapsed // dose.tempo_s) if dose.tempo_s else 0
        self._step = Step.GET_READY  # the partial block is accounted for
        if blk.work_s >= 1 or blk.reps > 0:
            return self._record.set_event(run, blk)
        return None

    def _next_exercise(self, at: float) -> None:
        self._begin_exercise(self._index + 1, at)

    def _after_exercises(self) -> None:
        self._paused_left = None
        self._index = len(self._runs)
        worked = any(b.done for r in self._runs for b in r.blocks)
        if self._feel is FeelQuestion.SESSION and worked:
            self._step = Step.SESSION_FEEL
            self._duration = SESSION_FEEL_WAIT_S * self._scale
            self._deadline = self._clock.monotonic() + self._duration
            return
        self._after_session_feel()

    def _after_session_feel(self) -> None:
        if self._ask_pain:
            self._step = Step.PAIN_AFTER
            self._duration = 0.0
        else:
            self._end()

    def _end(self, interrupted: bool = False) -> None:
        self._record.finish(interrupted)
        self._step = Step.DONE
        self._paused_left = None
