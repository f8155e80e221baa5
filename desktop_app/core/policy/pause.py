"""Pause: a timed pause on the monotonic clock, "until tomorrow" on the wall, or open-ended."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from enum import StrEnum

from desktop_app.core.clock import zone
from desktop_app.core.policy.gaps import Readings
from desktop_app.core.policy.timing import EPSILON_S


@dataclass(frozen=True, slots=True)
class Pause:
    """A pause of the reminders; the default value is "not paused".

    Attributes:
        end_mono: Monotonic end of a timed pause (robust against wall jumps).
        end_utc: Wall end: "until tomorrow" is a wall concept; also what the tooltip shows.
        indefinite: Paused until the user resumes.
    """

    end_mono: float | None = None
    end_utc: datetime | None = None
    indefinite: bool = False

    @classmethod
    def until_resumed(cls) -> Pause:
        """Pause until :meth:`BreakPolicy.resume`."""
        return cls(indefinite=True)

    @classmethod
    def timed(cls, now: Readings, seconds: float) -> Pause:
        """Pause for ``seconds`` of monotonic time from ``now``."""
        return cls(end_mono=now.mono + seconds, end_utc=now.utc + timedelta(seconds=seconds))

    @classmethod
    def until_tomorrow(cls, now_utc: datetime, tz_name: str) -> Pause:
        """Pause until the next local midnight (wall time)."""
        tz = zone(tz_name)
        local = now_utc.astimezone(tz)
        midnight = datetime.combine(local.date() + timedelta(days=1), time(0, 0), tzinfo=tz)
        return cls(end_utc=midnight.astimezone(UTC))

    @classmethod
    def restored(cls, now: Readings, paused_until: datetime | None, indefinite: bool) -> Pause:
        """Rebuild a saved pause; one that ended while the app was off is no pause."""
        if indefinite:
            return cls.until_resumed()
        if paused_until is None or paused_until <= now.utc:
            return cls()
        left = (paused_until - now.utc).total_seconds()
        return cls(end_mono=now.mono + left, end_utc=paused_until)

    @property
    def requested(self) -> bool:
        """Tell whether a pause was asked for (it may have ended since)."""
        return self.indefinite or self.end_mono is not None or self.end_utc is not None

    def holds(self, now: Readings) -> bool:
        """Tell whether the pause is still on at ``now``."""
        if self.indefinite:
            return True
        if self.end_mono is not None:
            return now.mono < self.end_mono - EPSILON_S
        return self.end_utc is not None and now.utc < self.end_utc

    def seconds_left(self, now: Readings) -> float | None:
        """Return seconds until a timed pause ends (None: open-ended or no pause)."""
        if self.end_mono is not None:
            return self.end_mono - now.mono
        if self.end_utc is not None:
            return (self.end_utc - now.utc).total_seconds()
        return None

    def ends_at(self, now: Readings) -> datetime | None:
        """Return the UTC end of a timed pause (None: open-ended or no pause)."""
        if self.end_mono is not None:
            return now.utc + timedelta(seconds=max(0.0, self.end_mono - now.mono))
        return self.end_utc


class PauseUntil(StrEnum):
    """How a requested pause ends."""

    #: After a number of seconds.
    ELAPSED = "elapsed"
    #: At the next local midnight.
    TOMORROW = "tomorrow"
    #: When the user resumes.
    RESUMED = "resumed"


@dataclass(frozen=True, slots=True)
class PauseRequest:
    """A pause the user asked for (the tray's intent): for a while, until tomorrow, or open."""

    until: PauseUntil
    #: Length of a pause that ends after a while (app seconds, scaled by the policy).
    seconds: int = 0

    @classmethod
    def lasting(cls, seconds: int) -> PauseRequest:
        """A pause of ``seconds``."""
        return cls(PauseUntil.ELAPSED, seconds)
