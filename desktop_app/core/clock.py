"""The clock the core is given: wall time in UTC, a monotonic and a boot-time reading."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class Clock(Protocol):
    """Source of time for the core; the platform layer provides the real one."""

    def utc_now(self) -> datetime:
        """Return the current wall time as an aware UTC datetime."""
        ...

    def monotonic(self) -> float:
        """Return seconds on a clock that never jumps (it may stop during suspend)."""
        ...

    def boottime(self) -> float:
        """Return seconds on a clock that never jumps and keeps counting in suspend."""
        ...

    def tz_name(self) -> str:
        """Return the IANA name of the local timezone, e.g. ``Europe/Berlin``."""
        ...


def zone(tz_name: str) -> ZoneInfo:
    """Return the ZoneInfo for a name, falling back to UTC for unknown names."""
    try:
        return ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


@dataclass(frozen=True, slots=True)
class Stamp:
    """An instant as stored: UTC plus the timezone name in force at that instant."""

    utc: datetime
    tz: str

    def __post_init__(self) -> None:
        if self.utc.tzinfo is None:
            raise ValueError("Stamp.utc must be timezone-aware")
        if self.utc.utcoffset() != timedelta(0):
            object.__setattr__(self, "utc", self.utc.astimezone(UTC))

    @classmethod
    def now(cls, clock: Clock) -> Stamp:
        """Stamp the clock's current instant."""
        return cls(clock.utc_now(), clock.tz_name())

    @property
    def local(self) -> datetime:
        """The instant in its own timezone."""
        return self.utc.astimezone(zone(self.tz))

    @property
    def local_date(self) -> date:
        """The calendar day the user lived this instant on."""
        return self.local.date()
