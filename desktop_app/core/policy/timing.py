"""The break policy's durations, and the time scale that shrinks them for tests and demos."""

from __future__ import annotations

from dataclasses import dataclass

#: Longest sleep between ticks, whatever the state (paused, outside hours, timezone
#: changes); scaled.
MAX_TICK_S = 720.0
#: How often idle is sampled while the user is idle (to notice the return).
IDLE_POLL_S = 60.0
#: How often quiet time is re-checked while a break waits for it to end.
QUIET_POLL_S = 15.0
#: Shortest wait the policy asks for, so a rounding error never spins the timer.
MIN_TICK_S = 0.01
#: Time away (suspend, stopped process) at or above this counts as a break.
AWAY_BREAK_S = 60.0
#: Wall clock moving this much differently from the monotonic clock is a jump.
WALL_JUMP_S = 5.0
#: Nothing is prompted this soon after a suspend, an away spell or a resume; no daily or
#: make-up prompt this soon after start-up.
RESUME_GRACE_S = 120.0
#: A suspend at least this long (shorter than AWAY_BREAK_S) still starts the grace.
SHORT_SLEEP_S = 0.5
#: Consecutive "tick now" answers allowed before the safety net slows down to ...
TINY_WAITS_MAX = 3
#: ... one tick per this many seconds (scaled).
SAFETY_TICK_S = 1.0
#: Extra active time granted when a settings change would make a break due at once.
SETTINGS_GRACE_S = 60.0
#: Float tolerance when comparing accumulated seconds with a target.
EPSILON_S = 1e-3


@dataclass(frozen=True, slots=True)
class TimeScale:
    """Multiplies every policy duration; 1.0 in the app, smaller in tests and demos.

    Wall-clock concepts (working hours, the daily time) are never scaled.
    """

    factor: float = 1.0

    def __post_init__(self) -> None:
        if not 0 < self.factor <= 1:
            raise ValueError(f"time_scale must be in (0, 1], got {self.factor}")

    def scaled(self, seconds: float) -> float:
        """Scale a duration; never below ``10 * MIN_TICK_S`` so polls stay sane."""
        return max(seconds * self.factor, 10 * MIN_TICK_S)


class TickSafetyNet:
    """Slow down when the policy keeps asking for a tick right now (a busy loop)."""

    def __init__(self) -> None:
        self._tiny_in_a_row = 0

    def record(self, wait: float) -> None:
        """Note the wait just planned (after a tick or an answer)."""
        self._tiny_in_a_row = self._tiny_in_a_row + 1 if wait <= 2 * MIN_TICK_S else 0

    def limit(self, wait: float, scale: TimeScale) -> float:
        """Return ``wait``, or the safety tick after too many tiny waits in a row."""
        if wait <= 2 * MIN_TICK_S and self._tiny_in_a_row > TINY_WAITS_MAX:
            return scale.scaled(SAFETY_TICK_S)
        return wait
