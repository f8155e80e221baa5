"""The real clock: wall time, monotonic time and boot time (which counts suspend)."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from pathlib import Path

_HAS_BOOTTIME = hasattr(time, "CLOCK_BOOTTIME")


def local_tz_name() -> str:
    """Return the IANA name of the local timezone, or ``UTC`` when it cannot be told."""
    env = os.environ.get("TZ", "").lstrip(":")
    if env and "/" in env:
        return env
    try:
        link = Path("/etc/localtime").resolve()
        parts = link.parts
        if "zoneinfo" in parts:
            return "/".join(parts[parts.index("zoneinfo") + 1 :])
    except OSError:
        pass
    try:
        import tzlocal  # comes with APScheduler; covers Windows and macOS

        name = tzlocal.get_localzone_name()
        if name:
            return str(name)
    except Exception:
        pass
    return "UTC"


class SystemClock:
    """Clock backed by the operating system.

    The timezone name is looked up again at most once a minute so that a timezone
    change while the app runs is noticed without a syscall storm.
    """

    def __init__(self) -> None:
        self._tz = local_tz_name()
        self._tz_checked = time.monotonic()

    def utc_now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()

    def boottime(self) -> float:
        if _HAS_BOOTTIME:
            return time.clock_gettime(time.CLOCK_BOOTTIME)
        return time.monotonic()

    def tz_name(self) -> str:
        now = time.monotonic()
        if now - self._tz_checked > 60:
            self._tz = local_tz_name()
            self._tz_checked = now
        return self._tz
