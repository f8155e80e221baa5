"""The microbreak cycle: active time counts up to a (jittered) interval, then a prompt.

A skipped microbreak leaves one make-up offer, made at the next natural break.
"""

from __future__ import annotations

import random
from dataclasses import replace

from desktop_app.core.events import PromptKind
from desktop_app.core.policy.actions import (
    BreakDue,
    NoticeDue,
    PolicyAction,
    PolicyState,
    PolicyStatus,
)
from desktop_app.core.policy.reminder import Moment
from desktop_app.core.policy.timing import EPSILON_S, QUIET_POLL_S, SETTINGS_GRACE_S, TimeScale
from desktop_app.core.policy.working_hours import seconds_to_next_boundary
from desktop_app.core.settings import Settings


class MicrobreakCycle:
    """One microbreak cycle, from a break to the next prompt (a :class:`Reminder`).

    Active time is fed in by the coordinator (:meth:`add_active`); the prompt is due when
    it reaches the target, or when a snooze ends.
    """

    def __init__(self, settings: Settings, scale: TimeScale, rng: random.Random) -> None:
        self._settings = settings
        self._scale = scale
        self._rng = rng
        self.makeup_pending = False
        self.active_s = 0.0
        self.target_s = 0.0
        self.noticed = False
        self.snoozes_used = 0
        self.snooze_end_mono: float | None = None
        #: The break is due but held back by quiet time.
        self.held_for_quiet = False
        self.restart()

    @property
    def kind(self) -> PromptKind:
        return PromptKind.MICROBREAK

    @property
    def withdrawn_when_idle(self) -> bool:
        return True

    # ------------------------------------------------------------------ the count

    def restart(self) -> None:
        """A break happened: start a new cycle with a fresh target."""
        self.active_s = 0.0
        self.target_s = self._draw_target()
        self.noticed = False
        self.snoozes_used = 0
        self.snooze_end_mono = None
        self.held_for_quiet = False

    def _draw_target(self) -> float:
        base = self._settings.interval_min * 60.0
        jitter = self._settings.jitter_min * 60.0
        if jitter > 0:
            base += self._rng.uniform(-jitter, jitter)
        return self._scale.scaled(max(base, 60.0))

    def add_active(self, seconds: float) -> None:
        """Count ``seconds`` of active time."""
        self.active_s += seconds

    def restore_active(self, active_s: float) -> None:
        """Carry on a count saved before a restart (never due at once)."""
        self.active_s = active_s
        if self.active_s >= self.target_s:
            self.target_s = self.active_s + self._scale.scaled(SETTINGS_GRACE_S)

    @property
    def lead_s(self) -> float:
        """How long before the prompt the notice goes out (0: no notice)."""
        lead = self._settings.notice_lead_s
        return self._scale.scaled(lead) if lead else 0.0

    @property
    def snoozes_left(self) -> int:
        return max(0, self._settings.snooze_limit - self.snoozes_used)

    def seconds_left(self, moment: Moment) -> float:
        """Return seconds until the prompt is due (active time, or snooze time)."""
        if self.snooze_end_mono is not None:
            return self.snooze_end_mono - moment.now.mono
        return self.target_s - self.active_s - moment.pending_active_s

    def status(self, base: PolicyStatus, moment: Moment, scale: TimeScale) -> PolicyStatus:
        """The tooltip's status while this cycle counts, is snoozed or waits for quiet."""
        if self.held_for_quiet:
            return replace(base, state=PolicyState.QUIET, quiet=moment.quiet)
        left = max(0.0, self.seconds_left(moment)) / scale.factor
        if self.snooze_end_mono is not None:
            return replace(base, state=PolicyState.SNOOZED, next_break_in_s=left)
        return replace(base, next_break_in_s=left, quiet=moment.quiet)

    # ------------------------------------------------------------------ Reminder

    def due(self, moment: Moment) -> bool:
        return self.seconds_left(moment) <= EPSILON_S

    def check(self, moment: Moment) -> list[PolicyAction]:
        if moment.reminder_shown:
            return []
        actions: list[PolicyAction] = []
        left = self.seconds_left(moment)
        # No notice for a break that the end of the working range would cancel.
        edge = seconds_to_next_boundary(self._settings, moment.now.utc, moment.tz_name)
        if (
            self.snooze_end_mono is None
            and not self.noticed
            and self.lead_s > 0
            and EPSILON_S < left <= self.lead_s + EPSILON_S
            and moment.quiet is None
            and (edge is None or edge > left + EPSILON_S)
        ):
            self.noticed = True
            actions.append(NoticeDue(max(1, round(left))))
        if left > EPSILON_S:
            self.held_for_quiet = False
            return actions
        if moment.quiet is not None:
            self.held_for_quiet = True
            return actions
        self.held_for_quiet = False
        if moment.grace_left_s is not None:
            return actions  # offered when the grace ends
        self.snooze_end_mono = None
        actions.append(
            BreakDue(PromptKind.MICROBREAK, self.snoozes_left, self._settings.snooze_options_min)
        )
        return actions

    def waits(self, moment: Moment) -> list[float]:
        waits: list[float] = []
        if moment.quiet is not None and self.held_for_quiet:
            waits.append(self._scale.scaled(QUIET_POLL_S))
        if moment.reminder_shown:
            return waits
        left = self.seconds_left(moment)
        if self.snooze_end_mono is None and not self.noticed and 0 < self.lead_s < left:
            waits.append(left - self.lead_s)
        if left > EPSILON_S:
            waits.append(left)
        elif moment.quiet is None:
            waits.append(moment.grace_left_s if moment.grace_left_s is not None else 0.0)
        return waits

    def snooze(self, now_mono: float, seconds: float) -> bool:
        if self.snoozes_used >= self._settings.snooze_limit:
            return False
        self.snoozes_used += 1
        self.snooze_end_mono = now_mono + seconds
        self.held_for_quiet = False
        return True

    def postpone(self, now_mono: float, seconds: float) -> None:
        """Push the next break back by ``seconds`` (tray snooze while no prompt is shown)."""
        if self.snooze_end_mono is not None:
            self.snooze_end_mono = max(self.snooze_end_mono, now_mono) + seconds
        else:
            self.target_s = max(self.target_s, self.active_s) + seconds
            self.noticed = False
        self.held_for_quiet = False

    def skip(self) -> None:
        self.makeup_pending = True
        self.restart()

    def dismiss(self) -> None:
        """Nothing to remember: the cycle carries on after the pause or session."""

    def withdraw(self, now_mono: float) -> None:
        """Nothing to remember: the coordinator restarts the cycle (idle or away was a break)."""

    def apply_settings(self, settings: Settings) -> None:
        """Draw a new target; if that makes the break due at once, grant a short grace."""
        self._settings = settings
        self.target_s = self._draw_target()
        if self.active_s >= self.target_s - self.lead_s:
            self.target_s = self.active_s + self.lead_s + self._scale.scaled(SETTINGS_GRACE_S)
            self.noticed = False

    def expire(self, moment: Moment) -> None:
        """Nothing belongs to a day: the count runs across midnight."""

    # ------------------------------------------------------------------ make-up

    def makeup_offer(self, moment: Moment) -> BreakDue | None:
        """At a natural break: return the make-up offer for a skipped break, if owed now."""
        if (
            not self.makeup_pending
            or moment.prompt is not None
            or moment.quiet is not None
            or moment.grace_left_s is not None
            or moment.startup_grace_left_s is not None
        ):
            return None
        self.makeup_pending = False
        return BreakDue(PromptKind.MAKEUP, 0, ())
