"""Break policy: when to offer a break, fed by a Clock and idle/quiet readings.

A small coordinator (:class:`BreakPolicy`, in :mod:`.coordinator`) over reminder kinds
(:mod:`.microbreak`, :mod:`.daily`, both implementing :class:`Reminder`), with gap
measurement (:mod:`.gaps`), working hours (:mod:`.working_hours`), pause (:mod:`.pause`),
idle tracking (:mod:`.idle`) and the persisted state (:mod:`.persisted`) each in a module
of its own. The names below are the public API; see docs/scheduling.md.
"""

from __future__ import annotations

from desktop_app.core.policy.actions import (
    AwayDetected,
    AwayKind,
    BreakDue,
    BreakWithdrawn,
    ClockJumped,
    NaturalBreakTaken,
    NoticeDue,
    PolicyAction,
    PolicyState,
    PolicyStatus,
    WithdrawReason,
)
from desktop_app.core.policy.coordinator import BreakPolicy
from desktop_app.core.policy.daily import DailyReminder
from desktop_app.core.policy.microbreak import MicrobreakCycle
from desktop_app.core.policy.pause import PauseRequest, PauseUntil
from desktop_app.core.policy.persisted import PersistedPolicyState
from desktop_app.core.policy.quiet import QuietReason, respected_quiet
from desktop_app.core.policy.reminder import Moment, Reminder
from desktop_app.core.policy.timing import (
    AWAY_BREAK_S,
    EPSILON_S,
    IDLE_POLL_S,
    MAX_TICK_S,
    MIN_TICK_S,
    QUIET_POLL_S,
    RESUME_GRACE_S,
    SAFETY_TICK_S,
    SETTINGS_GRACE_S,
    SHORT_SLEEP_S,
    TINY_WAITS_MAX,
    WALL_JUMP_S,
)

__all__ = [
    "AWAY_BREAK_S",
    "EPSILON_S",
    "IDLE_POLL_S",
    "MAX_TICK_S",
    "MIN_TICK_S",
    "QUIET_POLL_S",
    "RESUME_GRACE_S",
    "SAFETY_TICK_S",
    "SETTINGS_GRACE_S",
    "SHORT_SLEEP_S",
    "TINY_WAITS_MAX",
    "WALL_JUMP_S",
    "AwayDetected",
    "AwayKind",
    "BreakDue",
    "BreakPolicy",
    "BreakWithdrawn",
    "ClockJumped",
    "DailyReminder",
    "MicrobreakCycle",
    "Moment",
    "NaturalBreakTaken",
    "NoticeDue",
    "PauseRequest",
    "PauseUntil",
    "PersistedPolicyState",
    "PolicyAction",
    "PolicyState",
    "PolicyStatus",
    "QuietReason",
    "Reminder",
    "WithdrawReason",
    "respected_quiet",
]
