"""Idle tracking: idle readings at or above the threshold are a natural break.

Idle is sampled adaptively: after a reading of ``r`` seconds the next sample is taken
``threshold - r`` later, the earliest moment an idle stretch can reach the threshold.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from desktop_app.core.policy.timing import EPSILON_S


class IdleChange(Enum):
    """What a new idle reading means."""

    #: The reading reached the threshold: a natural break.
    BECAME_IDLE = "became_idle"
    STILL_IDLE = "still_idle"
    #: Back from a natural break.
    RETURNED = "returned"
    ACTIVE = "active"


@dataclass(slots=True)
class IdleTracker:
    """The latest idle reading and whether the user is on a natural break."""

    ref_mono: float
    idle: bool = False
    #: False while the idle backend cannot tell (then all time counts as active).
    known: bool = True
    last_reading_s: float = 0.0

    def observe(self, idle_s: float | None, now_mono: float, threshold_s: float) -> IdleChange:
        """Take a reading (None: unknown, treated as 0) and say what it means."""
        reading = 0.0 if idle_s is None else max(0.0, idle_s)
        self.last_reading_s = reading
        self.ref_mono = now_mono
        if reading >= threshold_s - EPSILON_S:
            if self.idle:
                return IdleChange.STILL_IDLE
            self.idle = True
            return IdleChange.BECAME_IDLE
        if self.idle:
            self.idle = False
            return IdleChange.RETURNED
        return IdleChange.ACTIVE

    def user_input(self, now_mono: float) -> None:
        """Note input (an answer to a prompt): the idle count restarts."""
        if not self.idle:
            self.last_reading_s = 0.0
            self.ref_mono = now_mono

    def reset(self, now_mono: float) -> None:
        """Forget idleness (back from away)."""
        self.idle = False
        self.last_reading_s = 0.0
        self.ref_mono = now_mono

    def wait(self, now_mono: float, threshold_s: float, poll_s: float) -> float | None:
        """Return when the next sample is useful (None: idle is unknown)."""
        if not self.known:
            return None
        if self.idle:
            return poll_s
        return threshold_s - self.last_reading_s - (now_mono - self.ref_mono)
