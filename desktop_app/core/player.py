"""The session player: a pure, clock-driven state machine for one guided session.

Flow: pain before → for every exercise, for every block (one set on one side):
get ready 5 s (naming the side; "switch sides" when the side changes) → hold countdown,
or holds with short rests and a rep counter, or reps at a tempo → after the exercise a
one-key feel (easy / ok / hard) with an optional pain-during rating → pain after → done.

Which questions come is the caller's choice (see
:mod:`desktop_app.core.session_questions`): pain before/after may be left out
(``ask_pain``), and with ``feel=FeelQuestion.SESSION`` the feel is asked once, after the
last exercise, for the whole session (``Step.SESSION_FEEL``). That question is optional:
it answers itself ("no answer") after ``SESSION_FEEL_WAIT_S``, so a session without pain
questions ends with no input at all.

Timing: every timed step has a deadline on ``Clock.monotonic``. A step that ends starts
the next one *at the old deadline*, not at the moment the end was noticed, so the
ticking rate never adds drift and under a fake clock a hold lasts exactly its planned
seconds. Pause stores the remaining time; resume sets a new deadline from it.
``time_scale`` multiplies every duration.

Events: the player queues core events; call :meth:`Player.take_events` after each call.

* :class:`~desktop_app.core.events.SetEvent` for every block that was worked (also a
  partly done one when skipped or ended), with ``session_id`` given to the constructor.
  The last block of an exercise is held back until the feel question is answered (or
  skipped) so that it carries the feel; every other block is queued when it ends. With
  the session-wide question, the last block of every exercise waits for that one answer
  and carries it.
  Seconds and reps are logged in *plan* units: a 25 s hold run at ``time_scale`` 0.1 is
  logged as ``done_s=25``.
* :class:`~desktop_app.core.events.RatingEvent` for every rating given.
* :class:`SessionSummary` once, when the session ends.

Outcome (brief §5): an exercise counts as done when all of its blocks were finished;
the session is COMPLETED when at least 80 % of its planned exercises were done, PARTIAL
when some work was done, SKIPPED when none was.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from enum import StrEnum

from desktop_app.core.catalog import Exercise
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
from desktop_app.core.planner import GET_READY_S, REP_REST_S, PlannedExercise, SessionPlan
from desktop_app.core.session_questions import FeelQuestion

#: Share of planned exercises that makes a session "completed" (brief §5).
COMPLETED_SHARE = 0.8
#: Within this many seconds of an exercise's start, Back goes to the previous exercise.
BACK_GRACE_S = 2.0
#: The session-wide "how did it feel" waits this long (times ``time_scale``) for an answer.
SESSION_FEEL_WAIT_S = 15.0


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


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """How a session ended."""

    outcome: SessionOutcome
    ended_at: Stamp
    exercises_done: int
    planned_exercises: int
    sets_done: int
    active_s: int


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


@dataclass(slots=True)
class _Block:
    side: Side
    done: bool = False
    work_s: float = 0.0
    reps: int = 0


@dataclass(slots=True)
class _ExerciseRun:
    planned: PlannedExercise
    blocks: list[_Block] = field(default_factory=list)
    pending: SetEvent | None = None
    skipped: bool = False

    @property
    def done(self) -> bool:
        return not self.skipped and bool(self.blocks) and all(b.done for b in self.blocks)


class Player:
    """Run one session plan against a clock.

    Args:
        plan: What to do.
        clock: Source of monotonic time (deadlines) and wall time (event stamps).
        session_id: The stored session's id, put on every event.
        time_scale: Multiplies every duration (0 < scale ≤ 1 for demos and tests).
        ask_pain: Ask pain before and after (the app samples this, brief §4).
        feel: Ask how it felt after each exercise, or once for the whole session.
        region: Body region the before/after ratings refer to, if the user chose one.
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
        self._session_id = session_id
        self._scale = time_scale
        self._ask_pain = ask_pain
        self._feel = feel
        self.region = region
        self._runs = [_ExerciseRun(p, [_Block(s) for s in p.sides]) for p in plan.exercises]
        self._events: list[object] = []
        self._step = Step.DONE
        self._index = 0
        self._block = 0
        self._rep = 0
        self._deadline = 0.0
        self._duration = 0.0
        self._started_at = 0.0
        self._paused_left: float | None = None
        self._exercise_started = 0.0
        self._summary: SessionSummary | None = None
        self._started = False

    # ----- reading

    @property
    def step(self) -> Step:
        """Return the current step."""
        return self._step

    @property
    def paused(self) -> bool:
        """Return True while paused."""
        return self._paused_left is not None

    @property
    def running(self) -> bool:
        """Return True while a timed step counts down and the session is not paused."""
        return self._step in TIMED_STEPS and not self.paused

    @property
    def plan(self) -> SessionPlan:
        """Return the plan being played."""
        return self._plan

    @property
    def summary(self) -> SessionSummary | None:
        """Return how the session ended, once it has."""
        return self._summary

    @property
    def session_id(self) -> int:
        """Return the id put on every event."""
        return self._session_id

    @property
    def time_scale(self) -> float:
        """Return the factor applied to every duration."""
        return self._scale

    @property
    def feel_question(self) -> FeelQuestion:
        """Return when this session asks how the exercises felt."""
        return self._feel

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

    def next_deadline_in(self) -> float | None:
        """Return real seconds until the player changes step by itself, or None.

        A UI arms a precise single-shot timer with this, so a hold ends on time even
        when the display ticks slowly.
        """
        if self._step is Step.SESSION_FEEL:
            return self.remaining_s() if math.isfinite(self._deadline) else None
        if self._step not in TIMED_STEPS or self.paused:
            return None
        return self.remaining_s()

    def view(self) -> PlayerView:
        """Return a snapshot for display."""
        count = len(self._runs)
        if self._step in (Step.PAIN_BEFORE, Step.PAIN_AFTER, Step.SESSION_FEEL, Step.DONE):
            kind = {
                Step.PAIN_BEFORE: RatingKind.BEFORE,
                Step.PAIN_AFTER: RatingKind.AFTER,
                Step.SESSION_FEEL: RatingKind.DURING,
            }
            nxt = (
                self._runs[0].planned.exercise if self._step is Step.PAIN_BEFORE and count else None
            )
            waiting = self._step is Step.SESSION_FEEL
            return PlayerView(
                self._step,
                self.paused,
                count=count,
                index=self._index,
                next_exercise=nxt,
                rating_kind=kind.get(self._step),
                remaining_s=self.remaining_s() if waiting else 0.0,
                duration_s=self._duration if waiting else 0.0,
            )
        run = self._runs[self._index]
        block = run.blocks[self._block]
        prev_side = run.blocks[self._block - 1].side if self._block > 0 else None
        dose = run.planned.dose
        reps = dose.holds_per_set if (dose.reps > 0) else 0
        nxt = self._runs[self._index + 1].planned.exercise if self._index + 1 < count else None
        return PlayerView(
            step=self._step,
            paused=self.paused,
            exercise=run.planned.exercise,
            planned=run.planned,
            index=self._index,
            count=count,
            block=self._block,
            blocks=len(run.blocks),
            side_set=sum(1 for b in run.blocks[: self._block + 1] if b.side is block.side),
            side_sets=sum(1 for b in run.blocks if b.side is block.side),
            side=block.side,
            side_switch=prev_side is not None and prev_side is not block.side,
            remaining_s=self.remaining_s(),
            duration_s=self._duration if self._step in TIMED_STEPS else 0.0,
            rep=self._current_rep(),
            reps=reps,
            next_exercise=nxt,
            reasons=run.planned.reasons,
            rating_kind=RatingKind.DURING if self._step is Step.FEEL else None,
        )

    def take_events(self) -> list[object]:
        """Return the events queued since the last call, oldest first, and clear them."""
        events, self._events = self._events, []
        return events

    # ----- driving

    def start(self) -> None:
        """Start the session (pain-before page, or the first exercise)."""
        if self._started:
            return
        self._started = True
        self._started_at = self._clock.monotonic()
        if self._ask_pain:
            self._step = Step.PAIN_BEFORE
        else:
            self._begin_exercise(0, self._clock.monotonic())

    def tick(self) -> None:
        """Advance through every timed step whose deadline has passed."""
        if self.paused:
            return
        now = self._clock.monotonic()
        if self._step is Step.SESSION_FEEL:
            if now >= self._deadline:
                self.answer_session_feel(None)
            return
        guard = 0
        while self._step in TIMED_STEPS and now >= self._deadline and guard < 10_000:
            guard += 1
            self._finish_timed(self._deadline)

    def toggle_pause(self) -> None:
        """Pause, or resume when paused."""
        if self.paused:
            self.resume()
        else:
            self.pause()

    def pause(self) -> None:
        """Freeze the countdown (only timed steps can be paused)."""
        if self._step not in TIMED_STEPS or self.paused:
            return
        self.tick()
        if self._step in TIMED_STEPS:
            self._paused_left = max(0.0, self._deadline - self._clock.monotonic())

    def resume(self) -> None:
        """Continue the countdown: the deadline moves by the length of the pause."""
        if self._paused_left is None:
            return
        self._deadline = self._clock.monotonic() + self._paused_left
        self._paused_left = None

    def rate(self, value: int | None, region: Region | None = None) -> None:
        """Answer the pain-before or pain-after page (None skips the rating)."""
        if self._step not in (Step.PAIN_BEFORE, Step.PAIN_AFTER):
            return
        kind = RatingKind.BEFORE if self._step is Step.PAIN_BEFORE else RatingKind.AFTER
        if value is not None:
            where = region if region is not None else self.region
            if kind is RatingKind.BEFORE and region is not None:
                self.region = region
            self._events.append(
                RatingEvent(Stamp.now(self._clock), kind, value, where, session_id=self._session_id)
            )
        if kind is RatingKind.BEFORE:
            self._begin_exercise(0, self._clock.monotonic())
        else:
            self._end()

    def answer_feel(self, feel: Feel | None, pain_during: int | None = None) -> None:
        """Answer the after-exercise question; None skips it. Pain-during is optional."""
        if self._step is not Step.FEEL:
            return
        run = self._runs[self._index]
        if run.pending is not None:
            pending = run.pending
            self._events.append(
                SetEvent(
                    pending.session_id,
                    pending.exercise_id,
                    pending.side,
                    pending.at,
                    pending.planned_s,
                    pending.done_s,
                    pending.planned_reps,
                    pending.done_reps,
                    feel,
                )
            )
            run.pending = None
        if pain_during is not None:
            self._events.append(
                RatingEvent(
                    Stamp.now(self._clock),
                    RatingKind.DURING,
                    pain_during,
                    self.region,
                    session_id=self._session_id,
                    exercise_id=run.planned.exercise.id,
                )
            )
        self._next_exercise(self._clock.monotonic())

    def answer_session_feel(self, feel: Feel | None, pain_during: int | None = None) -> None:
        """Answer how the whole session felt; None gives no answer.

        Every exercise's last block is logged with ``feel``; a pain-during rating applies
        to the whole session (no exercise id).
        """
        if self._step is not Step.SESSION_FEEL:
            return
        for run in self._runs:
            if run.pending is not None:
                self._events.append(replace(run.pending, feel=feel))
                run.pending = None
        if pain_during is not None:
            self._events.append(
                RatingEvent(
                    Stamp.now(self._clock),
                    RatingKind.DURING,
                    pain_during,
                    self.region,
                    session_id=self._session_id,
                )
            )
        self._after_session_feel()

    def hold_session_feel(self) -> None:
        """Keep the session-wide question open until answered (the user started on it)."""
        if self._step is Step.SESSION_FEEL:
            self._deadline = math.inf

    def skip(self) -> None:
        """Skip forward: the rest of this set, the feel question, or a rating.

        Skipping a set goes to the exercise's next set (the other side, or the next
        round). After its last set the feel question comes when any of the exercise was
        worked (the partial set carries the answer); an untouched exercise is left out.
        """
        if self._step in (Step.PAIN_BEFORE, Step.PAIN_AFTER):
            self.rate(None)
            return
        if self._step is Step.FEEL:
            self.answer_feel(None)
            return
        if self._step is Step.SESSION_FEEL:
            self.answer_session_feel(None)
            return
        if self._step not in TIMED_STEPS:
            return
        self.tick()
        if self._step not in TIMED_STEPS:
            return
        run = self._runs[self._index]
        now = self._clock.monotonic()
        self._paused_left = None
        partial = self._take_partial()
        if self._block + 1 < len(run.blocks):
            if partial is not None:
                self._events.append(partial)
            self._begin_block(self._block + 1, now)
            return
        if any(b.work_s > 0 or b.reps > 0 for b in run.blocks):
            run.pending = partial
            if self._feel is FeelQuestion.SESSION:  # asked once, after the last exercise
                self._next_exercise(now)
                return
            self._step = Step.FEEL
            self._duration = 0.0
            return
        self._next_exercise(now)

    def back(self) -> None:
        """Go back: restart this exercise, or go to the previous one near its start."""
        now = self._clock.monotonic()
        if self._step in (Step.PAIN_AFTER, Step.SESSION_FEEL) and self._runs:
            last = self._runs[-1]
            self._flush_pending(last)
            self._begin_exercise(len(self._runs) - 1, now)
            return
        if self._step is Step.FEEL:
            self._flush_pending(self._runs[self._index])
            self._begin_exercise(self._index, now)
            return
        if self._step not in TIMED_STEPS:
            return
        self._log_partial()
        at_start = self._block == 0 and self._step is Step.GET_READY
        near_start = at_start and (now - self._exercise_started) < BACK_GRACE_S
        target = self._index - 1 if near_start and self._index > 0 else self._index
        self._flush_pending(self._runs[self._index])
        self._begin_exercise(target, now)

    def end(self) -> None:
        """End the session early (the pain-after page still comes, and can be skipped)."""
        if self._step in (Step.DONE, Step.PAIN_AFTER, Step.SESSION_FEEL):
            if self._step is Step.PAIN_AFTER:
                self.rate(None)
            if self._step is Step.SESSION_FEEL:
                self.answer_session_feel(None)
            return
        if self._step in TIMED_STEPS:
            self.tick()
        if self._step in TIMED_STEPS:
            self._log_partial()
        if self._step is Step.PAIN_BEFORE:
            self._end()
            return
        if self._index < len(self._runs):
            run = self._runs[self._index]
            if self._step is not Step.FEEL and not run.done:
                run.skipped = True
            self._flush_pending(run)
        self._paused_left = None
        self._after_exercises()

    def interrupt(self) -> None:
        """End at once without the pain-after page (window closed, app quitting, sleep).

        The outcome is ``interrupted`` unless enough was done to count as completed;
        finished sets are logged either way.
        """
        if self._step is Step.DONE:
            return
        if self._step in TIMED_STEPS:
            self.tick()
            if self._step in TIMED_STEPS:
                self._log_partial()
        if self._index < len(self._runs) and self._step is not Step.PAIN_BEFORE:
            self._flush_pending(self._runs[self._index])
        self._end(interrupted=True)

    # ----- internals

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
        self._flush_pending(run)  # a finished set held for a feel answer stays logged
        run.skipped = False
        for b in run.blocks:
            b.done = False
            b.work_s = 0.0
            b.reps = 0
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
        event = self._set_event(run, blk)
        if self._block + 1 < len(run.blocks):
            self._events.append(event)
            self._begin_block(self._block + 1, at)
            return
        run.pending = event
        if self._feel is FeelQuestion.SESSION:
            self._next_exercise(at)
            return
        self._step = Step.FEEL
        self._duration = 0.0

    def _set_event(self, run: _ExerciseRun, blk: _Block) -> SetEvent:
        dose = run.planned.dose
        has_reps = dose.reps > 0
        return SetEvent(
            session_id=self._session_id,
            exercise_id=run.planned.exercise.id,
            side=blk.side,
            at=Stamp.now(self._clock),
            planned_s=dose.holds_per_set * (dose.hold_s if dose.is_hold else dose.tempo_s),
            done_s=round(blk.work_s),
            planned_reps=dose.holds_per_set if has_reps else 0,
            done_reps=blk.reps if has_reps else 0,
        )

    def _log_partial(self) -> None:
        """Queue the block in progress if some work was done in it."""
        partial = self._take_partial()
        if partial is not None:
            self._events.append(partial)

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
            return self._set_event(run, blk)
        return None

    def _flush_pending(self, run: _ExerciseRun) -> None:
        if run.pending is not None:
            self._events.append(run.pending)
            run.pending = None

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
        if self._summary is not None:
            self._step = Step.DONE
            return
        for run in self._runs:
            self._flush_pending(run)
        planned = len(self._runs)
        done = sum(1 for r in self._runs if r.done)
        blocks_done = sum(1 for r in self._runs for b in r.blocks if b.done)
        worked = any(b.work_s > 0 or b.reps > 0 for r in self._runs for b in r.blocks)
        if planned and done >= COMPLETED_SHARE * planned:
            outcome = SessionOutcome.COMPLETED
        elif interrupted:
            outcome = SessionOutcome.INTERRUPTED
        elif worked:
            outcome = SessionOutcome.PARTIAL
        else:
            outcome = SessionOutcome.SKIPPED
        active = sum(b.work_s for r in self._runs for b in r.blocks)
        self._summary = SessionSummary(
            outcome, Stamp.now(self._clock), done, planned, blocks_done, round(active)
        )
        self._events.append(self._summary)
        self._step = Step.DONE
        self._paused_left = None
