"""The daily-session reminder: once per local day, at the set wall time."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from desktop_app.core.clock import zone
from desktop_app.core.events import PromptKind
from desktop_app.core.policy.actions import BreakDue, PolicyAction
from desktop_app.core.policy.reminder import Moment
from desktop_app.core.policy.timing import EPSILON_S, QUIET_POLL_S, TimeScale
from desktop_app.core.settings import Settings


class DailyReminder:
    """Offer the daily session once a day (a :class:`Reminder`).

    Held back by quiet time, by the grace after a return and by the grace after start-up;
    never offered while another prompt is on screen. A snoozed or withdrawn offer comes
    again later the same day; yesterday's is not carried over.
    """

    def __init__(self, settings: Settings, scale: TimeScale) -> None:
        self._settings = settings
        self._scale = scale
        #: When the daily session was last offered (UTC). It counts for the local day
        #: that instant falls in, in the zone the user is in *now* (see offered_today).
        self.offered_at: datetime | None = None
        self.snoozes_used = 0
        #: A snoozed (or withdrawn) offer comes again at this monotonic instant.
        self.again_mono: float | None = None

    @property
    def kind(self) -> PromptKind:
        return PromptKind.DAILY

    @property
    def withdrawn_when_idle(self) -> bool:
        return False

    def offered_today(self, moment: Moment) -> bool:
        """Tell whether the session was offered during the local day of ``moment``.

        The day is taken in the zone the user is in now, so an offer made in another
        zone counts for the day its instant falls in here: changing from Kiritimati to
        Adak (same clock time, a day apart) never brings a second offer the same day,
        and the next one comes a day later.
        """
        offered = self.offered_at
        if offered is None:
            return False
        tz = zone(moment.tz_name)
        start = datetime.combine(moment.now.utc.astimezone(tz).date(), time(0), tzinfo=tz)
        end = start + timedelta(days=1)  # wall-clock arithmetic: the next local midnight
        return start.astimezone(UTC) <= offered < end.astimezone(UTC)

    def restore(self, offered_at: datetime | None, offered_on: date | None, tz_name: str) -> None:
        """Take the saved offer; a date-only one (older versions) is set at the daily time."""
        self.offered_at = offered_at
        if offered_at is None and offered_on is not None:
            offered = datetime.combine(offered_on, self._settings.daily_session_time)
            self.offered_at = offered.replace(tzinfo=zone(tz_name)).astimezone(UTC)

    def _again(self, moment: Moment) -> float | None:
        """The repeat instant, if it belongs to today's offer."""
        return self.again_mono if self.offered_today(moment) else None

    def _at(self, moment: Moment) -> datetime:
        tz = zone(moment.tz_name)
        local = moment.now.utc.astimezone(tz)
        return datetime.combine(local.date(), self._settings.daily_session_time, tzinfo=tz)

    def due(self, moment: Moment) -> bool:
        if not self._settings.daily_session_enabled:
            return False
        again = self._again(moment)
        if again is not None:
            return moment.now.mono >= again - EPSILON_S
        return not self.offered_today(moment) and moment.now.utc >= self._at(moment)

    def check(self, moment: Moment) -> list[PolicyAction]:
        if moment.prompt is not None or not self.due(moment):
            return []
        if (
            moment.quiet is not None
            or moment.grace_left_s is not None
            or moment.startup_grace_left_s is not None
        ):
            return []
        if self._again(moment) is None:
            self.offered_at = moment.now.utc
            self.snoozes_used = 0
        self.again_mono = None
        left = max(0, self._settings.snooze_limit - self.snoozes_used)
        return [BreakDue(PromptKind.DAILY, left, self._settings.snooze_options_min)]

    def waits(self, moment: Moment) -> list[float]:
        if not self._settings.daily_session_enabled or moment.prompt is not None:
            return []
        if self.due(moment):
            if moment.quiet is not None:
                return [self._scale.scaled(QUIET_POLL_S)]
            held = [0.0, moment.grace_left_s or 0.0, moment.startup_grace_left_s or 0.0]
            return [max(held)]
        again = self._again(moment)
        if again is not None:
            return [again - moment.now.mono]
        if not self.offered_today(moment):
            return [(self._at(moment) - moment.now.utc).total_seconds()]
        return []

    def snooze(self, now_mono: float, seconds: float) -> bool:
        if self.snoozes_used >= self._settings.snooze_limit:
            return False
        self.snoozes_used += 1
        self.again_mono = now_mono + seconds
        return True

    def skip(self) -> None:
        self.again_mono = None

    def dismiss(self) -> None:
        self.again_mono = None

    def withdraw(self, now_mono: float) -> None:
        self.again_mono = now_mono

    def apply_settings(self, settings: Settings) -> None:
        self._settings = settings

    def expire(self, moment: Moment) -> None:
        """Drop a repeat left from an earlier day (it does not come back if the wall does)."""
        if self._settings.daily_session_enabled and self._again(moment) is None:
            self.again_mono = None

    def offered_at_to_save(self) -> datetime | None:
        """Return the offer instant to persist: a snoozed or withdrawn offer is still owed."""
        return None if self.again_mono is not None else self.offered_at
