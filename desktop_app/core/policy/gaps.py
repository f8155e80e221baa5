"""Gap measurement: what happened between two ticks, read from three clocks.

Boot time advancing more than monotonic time means a suspend; a tick arriving far
later than it was armed for means the machine or process was stopped (Windows and macOS
count suspend in monotonic time); the wall clock moving differently from both is a jump.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop_app.core.clock import Clock
from desktop_app.core.policy.actions import AwayKind


@dataclass(frozen=True, slots=True)
class Readings:
    """One reading of the three clocks."""

    mono: float
    boot: float
    utc: datetime

    @classmethod
    def take(cls, clock: Clock) -> Readings:
        """Read the clock now."""
        return cls(clock.monotonic(), clock.boottime(), clock.utc_now())


@dataclass(frozen=True, slots=True)
class Gap:
    """What happened since the previous tick.

    Attributes:
        awake_s: Seconds the process ran that are not yet counted anywhere.
        away_s: Seconds the process did not see (suspend or a late tick).
        away_kind: SLEEP when boot time says suspend, GAP when the tick came late.
        suspended_s: Seconds boot time ran ahead of monotonic time.
        jump_s: Seconds the wall clock moved beyond the other two clocks.
    """

    awake_s: float
    away_s: float
    away_kind: AwayKind
    suspended_s: float
    jump_s: float


def measure_gap(
    last: Readings, now: Readings, expected_mono: float | None, count_from_mono: float | None
) -> Gap:
    """Compare two readings.

    Args:
        last: The readings of the previous tick.
        now: The readings now.
        expected_mono: When the tick was armed for (None: not armed, never late).
        count_from_mono: Active time before this instant was counted already.
    """
    d_mono = max(0.0, now.mono - last.mono)
    suspended = max(0.0, (now.boot - last.boot) - d_mono)
    late = 0.0 if expected_mono is None else max(0.0, now.mono - expected_mono)
    jump = (now.utc - last.utc).total_seconds() - d_mono - suspended
    slept = suspended > late
    awake = max(0.0, d_mono - (0.0 if slept else late))
    if count_from_mono is not None:
        awake = min(awake, max(0.0, now.mono - count_from_mono))
    return Gap(
        awake_s=awake,
        away_s=suspended if slept else late,
        away_kind=AwayKind.SLEEP if slept else AwayKind.GAP,
        suspended_s=suspended,
        jump_s=jump,
    )


class GapMeter:
    """Remember the previous tick, when the next one is expected and what is counted."""

    def __init__(self, first: Readings) -> None:
        self._last = first
        self._expected_mono: float | None = None
        self._count_from_mono: float | None = None

    @property
    def last(self) -> Readings:
        """The readings of the previous tick (or of the start, or of the last return)."""
        return self._last

    @property
    def expected_mono(self) -> float | None:
        """When the next tick is expected (monotonic), if the caller was told."""
        return self._expected_mono

    def measure(self, now: Readings) -> Gap:
        """Measure the gap since the previous tick and make ``now`` the previous tick."""
        gap = measure_gap(self._last, now, self._expected_mono, self._count_from_mono)
        self.restart_at(now)
        return gap

    def restart_at(self, now: Readings) -> None:
        """Start measuring from ``now`` (a tick, or the return from an away spell)."""
        self._last = now
        self._expected_mono = None
        self._count_from_mono = None

    def expect_tick_at(self, mono: float) -> None:
        """Note when the caller will tick next (a tick much later is a gap)."""
        self._expected_mono = mono

    def counted_until(self, mono: float) -> None:
        """Note that active time up to ``mono`` is accounted for already."""
        self._count_from_mono = mono

    def uncounted_since(self) -> float:
        """Return the monotonic instant from which active time is not yet counted."""
        since = self._last.mono
        if self._count_from_mono is not None:
            since = max(since, self._count_from_mono)
        return since

    def slept_since_last(self, now: Readings) -> float:
        """Return how long the machine was suspended since the previous tick."""
        return max(0.0, (now.boot - self._last.boot) - (now.mono - self._last.mono))
