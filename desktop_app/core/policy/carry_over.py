"""What a restart carries over: the policy's state saved on quit, and taken up on start.

:class:`~.persisted.PersistedPolicyState` is the saved form (the file format); this module
reads it from the reminder kinds and the holds, and gives it back to them. Active time
counts on only when the app was away for less than the idle threshold (a longer gap is a
break by itself).
"""

from __future__ import annotations

from desktop_app.core.clock import zone
from desktop_app.core.policy.daily import DailyReminder
from desktop_app.core.policy.gaps import Readings
from desktop_app.core.policy.holds import Holds
from desktop_app.core.policy.microbreak import MicrobreakCycle
from desktop_app.core.policy.pause import Pause
from desktop_app.core.policy.persisted import PersistedPolicyState


def save_state(
    now: Readings,
    tz_name: str,
    micro: MicrobreakCycle,
    daily: DailyReminder,
    holds: Holds,
    pending_active_s: float,
) -> PersistedPolicyState:
    """Return what a restart needs to carry on, as of ``now``."""
    offered = daily.offered_at_to_save()
    return PersistedPolicyState(
        saved_at=now.utc,
        active_s=int(micro.active_s + pending_active_s),
        makeup_pending=micro.makeup_pending,
        daily_offered_on=offered.astimezone(zone(tz_name)).date() if offered else None,
        paused_until=holds.pause.ends_at(now),
        paused_indefinitely=holds.pause.indefinite,
        daily_offered_at=offered,
    )


def restore_state(
    saved: PersistedPolicyState,
    start: Readings,
    tz_name: str,
    idle_threshold_s: float,
    micro: MicrobreakCycle,
    daily: DailyReminder,
    holds: Holds,
) -> None:
    """Give the saved state back to the reminder kinds and the holds at ``start``."""
    if saved.counts_on(start.utc, idle_threshold_s):
        micro.restore_active(float(saved.active_s))
    micro.makeup_pending = saved.makeup_pending
    daily.restore(saved.daily_offered_at, saved.daily_offered_on, tz_name)
    holds.pause = Pause.restored(start, saved.paused_until, saved.paused_indefinitely)
