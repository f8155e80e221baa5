"""A controllable clock for core and Qt tests, and stamps at a given UTC time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop_app.core.clock import Stamp


def stamp(y: int, mo: int, d: int, h: int = 9, mi: int = 0, tz: str = "Europe/Berlin") -> Stamp:
    """A stamp at a UTC wall time, in the time zone ``tz``."""
    return Stamp(datetime(y, mo, d, h, mi, tzinfo=UTC), tz)


class FakeClock:
    """A Clock whose wall, monotonic and boot-time readings move only when told.

    ``advance`` moves all three (the machine is awake); ``suspend`` moves wall and
    boot time but not monotonic (as Linux does in suspend); ``jump_wall`` moves only
    the wall clock (the user or NTP changed it).
    """

    def __init__(
        self,
        start: datetime | None = None,
        tz: str = "Europe/Berlin",
        monotonic: float = 1000.0,
    ) -> None:
        self._utc = (start or datetime(2026, 3, 2, 8, 0, tzinfo=UTC)).astimezone(UTC)
        self._mono = monotonic
        self._boot = monotonic
        self.tz = tz

    def utc_now(self) -> datetime:
        return self._utc

    def monotonic(self) -> float:
        return self._mono

    def boottime(self) -> float:
        return self._boot

    def tz_name(self) -> str:
        return self.tz

    def advance(self, seconds: float) -> None:
        self._utc += timedelta(seconds=seconds)
        self._mono += seconds
        self._boot += seconds

    def suspend(self, seconds: float) -> None:
        self._utc += timedelta(seconds=seconds)
        self._boot += seconds

    def jump_wall(self, seconds: float) -> None:
        self._utc += timedelta(seconds=seconds)
