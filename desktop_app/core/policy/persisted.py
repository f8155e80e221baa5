"""The policy state that survives a restart, as plain JSON-ready data."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class PersistedPolicyState:
    """What survives a restart; the next break is derived from it.

    Attributes:
        saved_at: Wall time (UTC) of the snapshot.
        active_s: Active seconds counted since the last break.
        makeup_pending: A skipped break still waits for its make-up offer.
        daily_offered_on: Local date the daily session was last offered (kept for older
            versions; this one reads ``daily_offered_at``).
        paused_until: UTC end of a timed pause.
        paused_indefinitely: Paused until the user resumes.
        daily_offered_at: UTC instant the daily session was last offered.
    """

    saved_at: datetime
    active_s: int = 0
    makeup_pending: bool = False
    daily_offered_on: date | None = None
    paused_until: datetime | None = None
    paused_indefinitely: bool = False
    daily_offered_at: datetime | None = None

    def to_mapping(self) -> dict[str, Any]:
        """Return plain JSON-ready data."""
        return {
            "saved_at": self.saved_at.astimezone(UTC).isoformat(),
            "active_s": self.active_s,
            "makeup_pending": self.makeup_pending,
            "daily_offered_on": self.daily_offered_on.isoformat()
            if self.daily_offered_on
            else None,
            "paused_until": self.paused_until.astimezone(UTC).isoformat()
            if self.paused_until
            else None,
            "paused_indefinitely": self.paused_indefinitely,
            "daily_offered_at": self.daily_offered_at.astimezone(UTC).isoformat()
            if self.daily_offered_at
            else None,
        }

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> PersistedPolicyState | None:
        """Parse data written by :meth:`to_mapping`; return None when it is unusable."""
        try:
            saved_at = _aware(datetime.fromisoformat(str(data["saved_at"])))
            active_s = data.get("active_s", 0)
            if isinstance(active_s, bool) or not isinstance(active_s, int) or active_s < 0:
                return None
            daily = data.get("daily_offered_on")
            paused = data.get("paused_until")
            offered_at = data.get("daily_offered_at")
            return cls(
                saved_at=saved_at,
                active_s=active_s,
                makeup_pending=bool(data.get("makeup_pending", False)),
                daily_offered_on=date.fromisoformat(str(daily)) if daily else None,
                paused_until=_aware(datetime.fromisoformat(str(paused))) if paused else None,
                paused_indefinitely=bool(data.get("paused_indefinitely", False)),
                daily_offered_at=_aware(datetime.fromisoformat(str(offered_at)))
                if offered_at
                else None,
            )
        except (KeyError, TypeError, ValueError):
            return None

    def counts_on(self, now_utc: datetime, idle_threshold_s: float) -> bool:
        """Tell whether the saved count carries on at ``now_utc``.

        A restart shorter than the idle threshold carries the count on; a longer one (or
        a wall clock that went backwards) was a break.
        """
        gap = (now_utc - self.saved_at).total_seconds()
        return 0 <= gap < idle_threshold_s


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("timestamp without timezone")
    return value.astimezone(UTC)
