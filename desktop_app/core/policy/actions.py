"""What the break policy tells its caller: actions, the status snapshot, and their enums."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from desktop_app.core.events import PromptKind
from desktop_app.core.policy.quiet import QuietReason


class PolicyState(StrEnum):
    """What the policy is doing, for the tray tooltip."""

    COUNTING = "counting"
    PROMPTING = "prompting"
    SNOOZED = "snoozed"
    QUIET = "quiet"
    IDLE = "idle"
    SESSION = "session"
    PAUSED = "paused"
    OUTSIDE_HOURS = "outside_hours"
    AWAY = "away"


class AwayKind(StrEnum):
    """How the user was away."""

    SLEEP = "sleep"
    LOCK = "lock"
    #: The process did not run for a while (stopped, or a suspend that monotonic counted).
    GAP = "gap"


class WithdrawReason(StrEnum):
    """Why a prompt was closed without an answer."""

    IDLE = "idle"
    AWAY = "away"
    #: The break was taken on another computer (sync).
    ELSEWHERE = "elsewhere"


@dataclass(frozen=True, slots=True)
class NoticeDue:
    """Send the pre-break notice: the break comes in ``seconds_left`` (scaled) seconds."""

    seconds_left: int


@dataclass(frozen=True, slots=True)
class BreakDue:
    """Show the break prompt.

    ``snoozes_left`` is 0 when the snooze limit is reached (or for a make-up offer): the
    prompt then offers only Start and Skip and says why.
    """

    kind: PromptKind
    snoozes_left: int
    snooze_options_min: tuple[int, ...] = ()

    @property
    def snooze_limit_reached(self) -> bool:
        """Tell whether snoozing is no longer offered."""
        return self.snoozes_left <= 0


@dataclass(frozen=True, slots=True)
class BreakWithdrawn:
    """Close the prompt without an answer (log it as expired)."""

    kind: PromptKind
    reason: WithdrawReason


@dataclass(frozen=True, slots=True)
class NaturalBreakTaken:
    """The user was idle long enough: that was a break, the count restarted."""

    idle_s: int


@dataclass(frozen=True, slots=True)
class AwayDetected:
    """The user came back from sleep, lock or a gap of ``seconds``; the count restarted."""

    kind: AwayKind
    seconds: int


@dataclass(frozen=True, slots=True)
class ClockJumped:
    """The wall clock moved ``seconds`` more than the monotonic clock (user, NTP, DST)."""

    seconds: int


PolicyAction = (
    NoticeDue | BreakDue | BreakWithdrawn | NaturalBreakTaken | AwayDetected | ClockJumped
)


@dataclass(frozen=True, slots=True)
class PolicyStatus:
    """A snapshot for the tray tooltip.

    Attributes:
        state: What the policy is doing.
        next_break_in_s: Active seconds (unscaled wall seconds when the user keeps
            working) until the next microbreak, or None when not counting.
        paused_until: Local time the pause ends; None when not paused or paused
            until resumed (then ``state`` is PAUSED).
        quiet: Why a break waits for quiet time to end (or quiet time seen while counting).
        snoozes_left: Snoozes still allowed for the current break.
        prompt: Kind of the prompt on screen, if any.
    """

    state: PolicyState
    next_break_in_s: float | None = None
    paused_until: datetime | None = None
    quiet: QuietReason | None = None
    snoozes_left: int = 0
    prompt: PromptKind | None = None
