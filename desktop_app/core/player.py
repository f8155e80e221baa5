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
What is logged, and how the outcome is decided, is :mod:`desktop_app.core.session_record`'s
concern; ``session_id`` is given to the constructor. Seconds and reps are logged in *plan*
units: a 25 s hold run at ``time_scale`` 0.1 is logged as ``done_s=25``.
"""

from __future__ import annotations

import math

from desktop_app.core.events import Feel, RatingKind, Region
from desktop_app.core.player_steps import StepMachine
from desktop_app.core.player_view import TIMED_STEPS, PlayerView, Step, build_view
from desktop_app.core.session_plan import SessionPlan
from desktop_app.core.session_questions import FeelQuestion
from desktop_app.core.session_record import SessionSummary

#: Within this many seconds of an exercise's start, Back goes to the previous exercise.
BACK_GRACE_S = 2.0


class Player(StepMachine):
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

    # ----- reading

    @property
    def step(self) -> Step:
        """Return the current step."""
        return self._step

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
        return self._record.summary

    @property
    def session_id(self) -> int:
        """Return the id put on every event."""
        return self._record.session_id

    @property
    def time_scale(self) -> float:
        """Return the factor applied to every duration."""
        return self._scale

    @property
    def feel_question(self) -> FeelQuestion:
        """Return when this session asks how the exercises felt."""
        return self._feel

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
        return build_view(
            self._step,
            paused=self.paused,
            runs=self._runs,
            index=self._index,
            block=self._block,
            remaining_s=self.remaining_s(),
            duration_s=self._duration,
            rep=self._current_rep(),
        )

    def take_events(self) -> list[object]:
        """Return the events queued since the last call, oldest first, and clear them."""
        return self._record.take_events()

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
            self._record.rating(kind, value, where)
        if kind is RatingKind.BEFORE:
            self._begin_exercise(0, self._clock.monotonic())
        else:
            self._end()

    def answer_feel(self, feel: Feel | None, pain_during: int | None = None) -> None:
        """Answer the after-exercise question; None skips it. Pain-during is optional."""
        if self._step is not Step.FEEL:
            return
        run = self._runs[self._index]
        self._record.flush_pending(run, feel)
        if pain_during is not None:
            self._record.rating(
                RatingKind.DURING, pain_during, self.region, run.planned.exercise.id
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
            self._record.flush_pending(run, feel)
        if pain_during is not None:
            self._record.rating(RatingKind.DURING, pain_during, self.region)
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
                self._record.queue(partial)
            self._begin_block(self._block + 1, now)
            return
        if run.worked:
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
            self._record.flush_pending(last)
            self._begin_exercise(len(self._runs) - 1, now)
            return
        if self._step is Step.FEEL:
            self._record.flush_pending(self._runs[self._index])
            self._begin_exercise(self._index, now)
            return
        if self._step not in TIMED_STEPS:
            return
        self._log_partial()
        at_start = self._block == 0 and self._step is Step.GET_READY
        near_start = at_start and (now - self._exercise_started) < BACK_GRACE_S
        target = self._index - 1 if near_start and self._index > 0 else self._index
        self._record.flush_pending(self._runs[self._index])
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
            self._record.flush_pending(run)
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
            self._record.flush_pending(self._runs[self._index])
        self._end(interrupted=True)
