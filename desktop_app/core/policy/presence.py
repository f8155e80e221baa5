"""Presence: lock/sleep spells announced by the OS, and the graces after returns.

Nothing is prompted during the grace after a suspend, an away spell or a resume; no
daily or make-up prompt during the grace after start-up.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.policy.timing import EPSILON_S


def _left(until_mono: float | None, mono: float) -> float | None:
    if until_mono is None or mono >= until_mono - EPSILON_S:
        return None
    return until_mono - mono


@dataclass(slots=True)
class Presence:
    """Whether the user is away (screen locked, machine asleep) and the grace windows."""

    #: After start-up: no daily or make-up prompt until then (microbreaks unaffected).
    startup_grace_until_mono: float
    #: The OS said the screen locked or the machine goes to sleep at this instant.
    away_since_mono: float | None = None
    #: After a suspend, an away spell or a resume: nothing is prompted until then.
    grace_until_mono: float | None = None

    @property
    def away(self) -> bool:
        """Tell whether an OS away hint is in force."""
        return self.away_since_mono is not None

    def leave(self, mono: float) -> bool:
        """Note the away hint; False when already away."""
        if self.away_since_mono is not None:
            return False
        self.away_since_mono = mono
        return True

    def come_back(self) -> float | None:
        """End the away spell; return when it began (None: there was none)."""
        since, self.away_since_mono = self.away_since_mono, None
        return since

    def start_grace(self, mono: float, seconds: float) -> None:
        """Hold prompts for ``seconds`` from ``mono``."""
        self.grace_until_mono = mono + seconds

    def grace_left(self, mono: float) -> float | None:
        """Seconds left of the grace after a return or resume, else None."""
        return _left(self.grace_until_mono, mono)

    def startup_grace_left(self, mono: float) -> float | None:
        """Seconds left of the grace after start-up, else None."""
        return _left(self.startup_grace_until_mono, mono)
