"""The reminder protocol: one kind of break reminder the coordinator offers.

A reminder knows when it is due, how long the coordinator may sleep before it needs a
tick, and how it takes a snooze, a skip or a withdrawal. The coordinator
(:class:`~desktop_app.core.policy.coordinator.BreakPolicy`) owns everything the kinds
share (clocks, idle, quiet, pause, working hours, grace) and hands it over as a
:class:`Moment`. A new reminder kind is one class implementing :class:`Reminder` plus its
place in the coordinator's list.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from desktop_app.core.clock import zone
from desktop_app.core.events import PromptKind
from desktop_app.core.policy.actions import PolicyAction
from desktop_app.core.policy.gaps import Readings
from desktop_app.core.policy.quiet import QuietReason
from desktop_app.core.settings import Settings


@dataclass(frozen=True, slots=True)
class Moment:
    """What a reminder may know about now.

    Attributes:
        now: The clock readings.
        tz_name: The local timezone in force.
        quiet: Why now is quiet time (respected per settings), or None.
        prompt: The prompt on screen, of any kind.
        reminder_shown: A reminder's own prompt is on screen (it holds the count and
            every other reminder); a make-up offer does not.
        grace_left_s: Seconds left of the grace after a return or a resume, else None.
        startup_grace_left_s: Seconds left of the grace after start-up, else None.
        pending_active_s: Active seconds since the last tick not yet counted.
    """

    now: Readings
    tz_name: str
    quiet: QuietReason | None = None
    prompt: PromptKind | None = None
    reminder_shown: bool = False
    grace_left_s: float | None = None
    startup_grace_left_s: float | None = None
    pending_active_s: float = 0.0

    @property
    def today(self) -> date:
        """The local calendar day."""
        return self.now.utc.astimezone(zone(self.tz_name)).date()


class Reminder(Protocol):
    """One kind of break reminder."""

    @property
    def kind(self) -> PromptKind:
        """The prompt kind this reminder shows."""
        ...

    @property
    def withdrawn_when_idle(self) -> bool:
        """Tell whether its prompt closes when the user goes idle (a natural break)."""
        ...

    def due(self, moment: Moment) -> bool:
        """Tell whether the reminder is owed now, whatever holds it back."""
        ...

    def check(self, moment: Moment) -> list[PolicyAction]:
        """Return what to do now; a returned BreakDue means its prompt is on screen.

        Called on every tick the user is present and working, in the coordinator's order.
        """
        ...

    def waits(self, moment: Moment) -> list[float]:
        """Return seconds until moments this reminder needs a tick at (may be empty)."""
        ...

    def snooze(self, now_mono: float, seconds: float) -> bool:
        """Snooze its prompt on screen; False when the snooze limit is reached."""
        ...

    def skip(self) -> None:
        """The user skipped its prompt."""
        ...

    def dismiss(self) -> None:
        """Its prompt closed for a pause or a session (no answer to remember)."""
        ...

    def withdraw(self, now_mono: float) -> None:
        """Its prompt was withdrawn (the user went away or idle)."""
        ...

    def apply_settings(self, settings: Settings) -> None:
        """Use new settings from now on."""
        ...

    def expire(self, moment: Moment) -> None:
        """Forget what belonged to an earlier day (after each tick and answer)."""
        ...
