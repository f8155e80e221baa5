"""The break policy: a small coordinator over reminder kinds, fed by a Clock.

The scheduling layer calls :meth:`BreakPolicy.tick` with the latest idle reading and quiet
reason, acts on the returned actions, and arms its single timer for
:meth:`BreakPolicy.seconds_until_next_tick`; queries never change the state. The reminder
kinds implement :class:`~.reminder.Reminder`; this class owns what they share (clocks,
idle, quiet, holds, graces). The time model is in docs/scheduling.md.
"""

from __future__ import annotations

import random
from dataclasses import replace

from desktop_app.core.clock import Clock
from desktop_app.core.events import PromptKind
from desktop_app.core.policy import timing
from desktop_app.core.policy.actions import (
    AwayDetected,
    AwayKind,
    BreakDue,
    BreakWithdrawn,
    ClockJumped,
    NaturalBreakTaken,
    PolicyAction,
    PolicyState,
    PolicyStatus,
    WithdrawReason,
)
from desktop_app.core.policy.carry_over import restore_state, save_state
from desktop_app.core.policy.daily import DailyReminder
from desktop_app.core.policy.gaps import GapMeter, Readings
from desktop_app.core.policy.holds import Holds
from desktop_app.core.policy.idle import IdleChange, IdleTracker
from desktop_app.core.policy.microbreak import MicrobreakCycle
from desktop_app.core.policy.pause import Pause
from desktop_app.core.policy.persisted import PersistedPolicyState
from desktop_app.core.policy.presence import Presence
from desktop_app.core.policy.quiet import QuietReason, respected_quiet
from desktop_app.core.policy.reminder import Moment, Reminder
from desktop_app.core.policy.timing import TickSafetyNet, TimeScale
from desktop_app.core.settings import Settings


class BreakPolicy:
    """Decide when breaks are due; pure, driven by :meth:`tick`.

    Args:
        settings: The user's settings (durations in settings units).
        clock: Wall, monotonic and boot-time source.
        rng: Random source for the interval jitter.
        time_scale: Multiplies every duration (:class:`~.timing.TimeScale`).
        restored: State saved by a previous run, if any.
    """

    def __init__(
        self,
        settings: Settings,
        clock: Clock,
        rng: random.Random,
        time_scale: float = 1.0,
        restored: PersistedPolicyState | None = None,
    ) -> None:
        self._scale = TimeScale(time_scale)
        self._settings = settings
        self._clock = clock
        start = Readings.take(clock)
        self._gaps = GapMeter(start)
        self._micro = MicrobreakCycle(settings, self._scale, rng)
        self._daily = DailyReminder(settings, self._scale)
        #: Checked in this order on every tick; the first to prompt holds the others.
        self._reminders: tuple[Reminder, ...] = (self._daily, self._micro)
        self._prompt: PromptKind | None = None
        self._idle = IdleTracker(ref_mono=start.mono)
        self._quiet: QuietReason | None = None
        grace_s = self._s(timing.RESUME_GRACE_S)
        self._presence = Presence(startup_grace_until_mono=start.mono + grace_s)
        self._holds = Holds(self._presence)
        self._safety = TickSafetyNet()
        if restored is not None:
            tz = clock.tz_name()
            threshold_s = self._idle_threshold_s
            restore_state(restored, start, tz, threshold_s, self._micro, self._daily, self._holds)

    def _s(self, seconds: float) -> float:
        return self._scale.scaled(seconds)

    @property
    def _idle_threshold_s(self) -> float:
        return self._s(self._settings.idle_threshold_min * 60)

    def _shown(self) -> Reminder | None:
        """The reminder whose prompt is on screen (a make-up offer is no reminder's)."""
        return next((r for r in self._reminders if r.kind is self._prompt), None)

    def _moment(self, now: Readings) -> Moment:
        return Moment(
            now=now,
            tz_name=self._clock.tz_name(),
            quiet=self._quiet,
            prompt=self._prompt,
            reminder_shown=self._shown() is not None,
            grace_left_s=self._presence.grace_left(now.mono),
            startup_grace_left_s=self._presence.startup_grace_left(now.mono),
            pending_active_s=self._pending_active_s(now),
        )

    def _pending_active_s(self, now: Readings) -> float:
        """Active seconds since the last tick (or answer) not yet added to the cycle."""
        if self._holds.on(now) or self._idle.idle or self._shown() is not None:
            return 0.0  # nothing accrues now
        return max(0.0, now.mono - self._gaps.uncounted_since())

    def _settle(self) -> Readings:
        """Add the active time up to now to the cycle (before an answer changes state)."""
        now = Readings.take(self._clock)
        self._micro.add_active(self._pending_active_s(now))
        self._gaps.counted_until(now.mono)
        self._idle.user_input(now.mono)  # answering is user input
        return now

    # ----------------------------------------------------------------- tick

    def tick(self, idle_s: float | None, quiet: str | None) -> list[PolicyAction]:
        """Advance to the clock's current time; return the actions, in order.

        ``idle_s`` is the seconds since the last input (None: unknown, all time counts as
        active); ``quiet`` a :class:`QuietReason` (or its value) or None, as read now.
        """
        now = Readings.take(self._clock)
        actions = self._advance(now, idle_s, quiet)
        self._plan_next_tick(now)
        return actions

    def _advance(
        self, now: Readings, idle_s: float | None, quiet: str | None
    ) -> list[PolicyAction]:
        actions: list[PolicyAction] = []
        gap = self._gaps.measure(now)
        if abs(gap.jump_s) > timing.WALL_JUMP_S:
            actions.append(ClockJumped(round(gap.jump_s)))
        awake_s = 0.0 if self._presence.away else gap.awake_s
        if gap.away_s >= self._s(timing.AWAY_BREAK_S):
            actions.extend(self._came_back(gap.away_kind, gap.away_s, now))
            awake_s = 0.0
        elif gap.suspended_s >= timing.SHORT_SLEEP_S:
            # Back from a short sleep: not a break, but nothing pops up right away.
            self._presence.start_grace(now.mono, self._s(timing.RESUME_GRACE_S))

        self._quiet = respected_quiet(quiet, self._settings)
        self._idle.known = idle_s is not None
        passage = self._holds.pass_tick(now, self._settings, self._clock.tz_name(), awake_s)
        if passage.outside:
            self._micro.held_for_quiet = False
        for _ in range(passage.restarts):
            self._micro.restart()
        if not passage.open or self._track_idle(idle_s, passage.awake_s, now, actions):
            return actions

        for reminder in self._reminders:
            for action in reminder.check(self._moment(now)):
                if isinstance(action, BreakDue):
                    self._prompt = action.kind
                actions.append(action)
        return actions

    def _withdraw(self, reason: WithdrawReason, now: Readings) -> list[PolicyAction]:
        """Take the reminder's prompt off the screen and say so (nothing when none shows)."""
        shown = self._shown()
        if shown is None:
            return []
        shown.withdraw(now.mono)
        self._prompt = None
        return [BreakWithdrawn(shown.kind, reason)]

    def _came_back(self, kind: AwayKind, away_s: float, now: Readings) -> list[PolicyAction]:
        actions = self._withdraw(WithdrawReason.AWAY, now)
        actions.append(AwayDetected(kind, round(away_s)))
        self._micro.restart()
        self._idle.reset(now.mono)
        self._presence.start_grace(now.mono, self._s(timing.RESUME_GRACE_S))
        return actions

    def _track_idle(
        self, idle_s: float | None, awake_s: float, now: Readings, actions: list[PolicyAction]
    ) -> bool:
        """Take the idle reading; return True while the user is on a natural break."""
        change = self._idle.observe(idle_s, now.mono, self._idle_threshold_s)
        if change is IdleChange.BECAME_IDLE:
            shown = self._shown()
            if shown is not None and shown.withdrawn_when_idle:
                actions.extend(self._withdraw(WithdrawReason.IDLE, now))
            self._micro.restart()
            actions.append(NaturalBreakTaken(round(self._idle.last_reading_s)))
            offer = self._micro.makeup_offer(self._moment(now))
            if offer is not None:
                self._prompt = offer.kind
                actions.append(offer)
            return True
        if change is IdleChange.STILL_IDLE:
            return True
        if change is IdleChange.RETURNED:
            # The return happened since the last sample; count all of it as active so
            # the next prompt is never late (at most one idle poll early).
            self._micro.active_s = awake_s
        elif self._shown() is None:
            self._micro.add_active(awake_s)
        return False

    # ----------------------------------------------------------------- timing

    def seconds_until_next_tick(self) -> float:
        """Return how long the caller may sleep before the next :meth:`tick`.

        A query (asking twice gives the same answer), from the clock's monotonic time.
        Long while the user types (until the break, the notice, or the earliest moment an
        idle stretch could reach the threshold); at most timing.IDLE_POLL_S while idle,
        QUIET_POLL_S while a break waits for quiet time, timing.MAX_TICK_S otherwise.
        """
        return self._safety.limit(self._wait(Readings.take(self._clock)), self._scale)

    def _plan_next_tick(self, now: Readings) -> None:
        """After a tick or an answer (the caller re-arms then): expect the next tick.

        Reminders also drop what belonged to an earlier day here, never in a query.
        """
        if self._holds.reminders_run() and not self._idle.idle:
            moment = self._moment(now)
            for reminder in self._reminders:
                reminder.expire(moment)
        wait = self._wait(now)
        self._safety.record(wait)
        self._gaps.expect_tick_at(now.mono + self._safety.limit(wait, self._scale))

    def _wait(self, now: Readings) -> float:
        waits, reminders_run = self._holds.waits(now, self._settings, self._clock.tz_name())
        if reminders_run:
            poll_s = self._s(timing.IDLE_POLL_S)
            idle_wait = self._idle.wait(now.mono, self._idle_threshold_s, poll_s)
            if idle_wait is not None:
                waits.append(idle_wait)
            if not self._idle.idle:
                moment = self._moment(now)
                for reminder in self._reminders:
                    waits.extend(reminder.waits(moment))
        return max(timing.MIN_TICK_S, min([self._s(timing.MAX_TICK_S), *waits]))

    # ----------------------------------------------------------------- answers
    # Each answer is followed by the caller re-arming its timer: it plans the next tick.

    def snooze(self, minutes: int) -> bool:
        """Snooze the prompt on screen (False at the snooze limit: nothing changes).

        With no reminder's prompt on screen (tray), postpone the next break.
        """
        now = self._settle()
        seconds = self._s(minutes * 60)
        shown = self._shown()
        if shown is None:
            self._micro.postpone(now.mono, seconds)  # tray: postpone the next break
            done = True
        else:
            done = shown.snooze(now.mono, seconds)
            if done:
                self._prompt = None
        self._plan_next_tick(now)
        return done

    def skip(self) -> None:
        """Skip the prompt on screen; a skipped microbreak gets one make-up offer."""
        now = self._settle()
        shown, prompt = self._shown(), self._prompt
        self._prompt = None
        if shown is not None:
            shown.skip()
        elif prompt is not PromptKind.MAKEUP:
            self._micro.restart()
        self._plan_next_tick(now)

    def start_session(self) -> None:
        """Note that a guided session started (from a prompt or from the tray)."""
        now = self._settle()
        self._drop_prompt()
        self._micro.makeup_pending = False
        self._holds.in_session = True
        self._plan_next_tick(now)

    def session_ended(self) -> None:
        """Note that the session ended: it was a break, the count restarts."""
        now = self._settle()
        self._holds.in_session = False
        self._break_taken(now)

    def break_taken_elsewhere(self) -> list[PolicyAction] | None:
        """A break was completed on another computer: the count restarts here (None: not).

        A microbreak prompt here is withdrawn (returned as the action); a daily prompt
        stays, and nothing changes while a session runs here.
        """
        shown = self._shown()
        if self._holds.in_session or (shown is not None and not shown.withdrawn_when_idle):
            return None
        now = self._settle()
        actions = self._withdraw(WithdrawReason.ELSEWHERE, now)
        self._break_taken(now)
        return actions

    def _break_taken(self, now: Readings) -> None:
        """A break was taken: no make-up owed, the count starts afresh."""
        self._micro.makeup_pending = False
        self._micro.restart()
        self._plan_next_tick(now)

    def pause(self, seconds: float | None) -> None:
        """Pause prompts for ``seconds`` (scaled), or until :meth:`resume` when None."""
        now = self._settle()
        self._drop_prompt()
        left = None if seconds is None else self._s(seconds)
        self._holds.pause = Pause.until_resumed() if left is None else Pause.timed(now, left)
        self._plan_next_tick(now)

    def pause_until_tomorrow(self) -> None:
        """Pause until local midnight (wall time)."""
        now = self._settle()
        self._drop_prompt()
        self._holds.pause = Pause.until_tomorrow(now.utc, self._clock.tz_name())
        self._plan_next_tick(now)

    def _drop_prompt(self) -> None:
        shown = self._shown()
        if shown is not None:
            shown.dismiss()
        self._prompt = None

    def resume(self) -> None:
        """End a pause now: a fresh cycle starts at once, with a short grace."""
        now = self._settle()
        if self._holds.pause.requested:
            self._holds.pause = Pause()
            self._micro.restart()
            self._presence.start_grace(now.mono, self._s(timing.RESUME_GRACE_S))
        self._plan_next_tick(now)

    def away_started(self) -> None:
        """Note an OS hint that the screen locked or the machine goes to sleep."""
        pending = self._pending_active_s(Readings.take(self._clock))
        if self._presence.leave(self._clock.monotonic()):
            self._micro.add_active(pending)

    def away_ended(self, kind: AwayKind = AwayKind.LOCK) -> list[PolicyAction]:
        """Note the unlock/resume hint; the lock counts as a break (call tick next)."""
        since = self._presence.come_back()
        now = Readings.take(self._clock)
        actions: list[PolicyAction] = []
        if since is not None:
            away = (now.mono - since) + self._gaps.slept_since_last(now)
            self._gaps.restart_at(now)
            actions = self._came_back(kind, away, now)
        self._plan_next_tick(now)
        return actions

    def apply_settings(self, settings: Settings) -> None:
        """Use new settings from now on; never makes a break due at once."""
        now = self._settle()
        self._settings = settings
        for reminder in self._reminders:
            reminder.apply_settings(settings)
        self._plan_next_tick(now)

    # ----------------------------------------------------------------- queries

    def status(self) -> PolicyStatus:
        """Return a snapshot of the state for the tray tooltip."""
        now = Readings.take(self._clock)
        base = PolicyStatus(
            PolicyState.COUNTING, snoozes_left=self._micro.snoozes_left, prompt=self._prompt
        )
        held = self._holds.state(now, self._clock.tz_name())
        if held is not None:
            return replace(base, state=held[0], paused_until=held[1])
        if self._shown() is not None:
            return replace(base, state=PolicyState.PROMPTING)
        if self._idle.idle and not self._micro.held_for_quiet:
            return replace(base, state=PolicyState.IDLE)
        return self._micro.status(base, self._moment(now), self._scale)

    def persisted_state(self) -> PersistedPolicyState:
        """Return what a restart needs to carry on (store it on quit and now and then)."""
        now = Readings.take(self._clock)
        pending, tz = self._pending_active_s(now), self._clock.tz_name()
        return save_state(now, tz, self._micro, self._daily, self._holds, pending)

    @property
    def settings(self) -> Settings:
        """The settings in force."""
        return self._settings
