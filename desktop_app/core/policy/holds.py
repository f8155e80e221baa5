"""What holds every reminder: an away spell, time outside working hours, a pause, a session.

While a hold is on, no active time counts and nothing is prompted. Leaving a hold can
restart the count: a new working range, or a pause that ended.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop_app.core.policy.actions import PolicyState
from desktop_app.core.policy.gaps import Readings
from desktop_app.core.policy.pause import Pause
from desktop_app.core.policy.presence import Presence
from desktop_app.core.policy.working_hours import (
    RangeChange,
    RangeTracker,
    current_range,
    local_time,
    seconds_to_next_boundary,
)
from desktop_app.core.settings import Settings


@dataclass(frozen=True, slots=True)
class Passage:
    """A tick passed through the holds.

    Attributes:
        open: Nothing holds the reminders: idle and the reminders run this tick.
        restarts: How many times the count restarts (a new range, an ended pause).
        awake_s: The awake seconds still to count after the holds.
        outside: The tick is outside working hours.
    """

    open: bool
    restarts: int
    awake_s: float
    outside: bool = False


class Holds:
    """The holds, checked in order: away, working hours, pause, session."""

    def __init__(self, presence: Presence) -> None:
        self.presence = presence
        self.hours = RangeTracker()
        self.pause = Pause()
        self.in_session = False

    def on(self, now: Readings) -> bool:
        """Tell whether a hold is on (no active time counts)."""
        return self.presence.away or self.hours.outside or self.pause.holds(now) or self.in_session

    def reminders_run(self) -> bool:
        """Tell whether idle and the reminders need ticks (no hold, no pause to clear)."""
        return not (
            self.presence.away or self.hours.outside or self.pause.requested or self.in_session
        )

    def pass_tick(self, now: Readings, settings: Settings, tz_name: str, awake_s: float) -> Passage:
        """Update working hours and the pause for a tick; say what still runs."""
        if self.presence.away:
            return Passage(open=False, restarts=0, awake_s=0.0)
        change = self.hours.enter(current_range(settings, now.utc, tz_name))
        if change is RangeChange.OUTSIDE:
            return Passage(open=False, restarts=0, awake_s=0.0, outside=True)
        restarts = 0
        if change is RangeChange.NEW:
            restarts, awake_s = 1, 0.0
        if self.pause.holds(now):
            return Passage(open=False, restarts=restarts, awake_s=awake_s)
        if self.pause.requested:
            # A pause just ended: a fresh cycle counted from the end of the pause.
            since_end = -(self.pause.seconds_left(now) or 0.0)
            self.pause = Pause()
            restarts += 1
            awake_s = min(awake_s, max(0.0, since_end))
        return Passage(open=not self.in_session, restarts=restarts, awake_s=awake_s)

    def waits(self, now: Readings, settings: Settings, tz_name: str) -> tuple[list[float], bool]:
        """Return the waits the holds need, and whether the reminders' waits apply too."""
        waits: list[float] = []
        boundary = seconds_to_next_boundary(settings, now.utc, tz_name)
        if boundary is not None:
            waits.append(boundary)
        if self.presence.away or self.hours.outside:
            return waits, False
        if self.pause.holds(now):
            left = self.pause.seconds_left(now)
            return waits + ([left] if left is not None else []), False
        if self.pause.requested:
            return [*waits, 0.0], False  # the pause has ended: start the fresh cycle now
        return waits, not self.in_session

    def state(self, now: Readings, tz_name: str) -> tuple[PolicyState, datetime | None] | None:
        """Return the tooltip state while a hold is on (and a pause's local end), else None."""
        if self.presence.away:
            return PolicyState.AWAY, None
        if self.pause.indefinite:
            return PolicyState.PAUSED, None
        if self.pause.holds(now):
            return PolicyState.PAUSED, local_time(self.pause.ends_at(now) or now.utc, tz_name)
        if self.hours.outside:
            return PolicyState.OUTSIDE_HOURS, None
        if self.in_session:
            return PolicyState.SESSION, None
        return None
