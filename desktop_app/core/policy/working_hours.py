"""Working-hours arithmetic on local wall time, looked up through the timezone name."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import Enum

from desktop_app.core.clock import zone
from desktop_app.core.settings import WEEKDAYS, Settings

#: Identifies one working range: the local day and the range's start.
RangeKey = tuple[date, time]
#: The single endless range used when working hours are off.
ALWAYS: RangeKey = (date.min, time.min)


def local_time(utc: datetime, tz_name: str) -> datetime:
    """Return ``utc`` in the named timezone."""
    return utc.astimezone(zone(tz_name))


def current_range(settings: Settings, utc: datetime, tz_name: str) -> RangeKey | None:
    """Return the working range containing ``utc``, or None outside working hours."""
    if not settings.working_hours_enabled:
        return ALWAYS
    local = local_time(utc, tz_name)
    now_t = local.time().replace(tzinfo=None)
    for r in settings.working_hours.get(WEEKDAYS[local.weekday()], ()):
        if r.start <= now_t < r.end:
            return (local.date(), r.start)
    return None


def seconds_to_next_boundary(settings: Settings, utc: datetime, tz_name: str) -> float | None:
    """Return seconds until the next working-range start or end (None: hours are off)."""
    if not settings.working_hours_enabled:
        return None
    tz = zone(tz_name)
    local = utc.astimezone(tz)
    for offset in range(8):
        day = local.date() + timedelta(days=offset)
        best: float | None = None
        for r in settings.working_hours.get(WEEKDAYS[day.weekday()], ()):
            for t in (r.start, r.end):
                delta = (datetime.combine(day, t, tzinfo=tz).astimezone(UTC) - utc).total_seconds()
                if delta > 0 and (best is None or delta < best):
                    best = delta
        if best is not None:
            return best
    return None


class RangeChange(Enum):
    """What a tick's working-hours reading means for the count."""

    OUTSIDE = "outside"
    SAME = "same"
    #: A new range began (or hours began): the count restarts.
    NEW = "new"


@dataclass(slots=True)
class RangeTracker:
    """Remember the working range of the previous tick."""

    outside: bool = False
    key: RangeKey | None = None

    def enter(self, key: RangeKey | None) -> RangeChange:
        """Record the range the current tick is in (None: outside working hours)."""
        if key is None:
            self.outside = True
            self.key = None
            return RangeChange.OUTSIDE
        new = self.outside or (self.key is not None and key != self.key)
        self.outside = False
        self.key = key
        return RangeChange.NEW if new else RangeChange.SAME
