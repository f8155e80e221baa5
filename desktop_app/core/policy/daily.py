"""The daily-session reminder: once per local day, at the set wall time."""

from __future__ import annotations

from datetime import date, datetime

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
        #: Local date the daily session was last offered.
        self.offered_on: date | None = None
        self.snoozes_used = 0
        #: A snoozed (or withdrawn) offer comes again at this monotonic instant.
        self.again_mono: float | None = None

    @property
    def kind(self) -> PromptKind:
        return PromptKind.DAILY

    @property
    def withdrawn_when_idle(self) -> bool:
        return False

    def _again(self, today: date) -> float | None:
        """The repeat instant, if it belongs to today's offer."""
        return self.again_mono if self.offered_on == today else None

    def _at(self, moment: Moment) -> datetime:
        tz = zone(moment.tz_name)
        local = moment.now.utc.astimezone(tz)
        return datetime.combine(local.date(), self._settings.daily_session_time, tzinfo=tz)

    def due(self, moment: Moment) -> bool:
        if not self._settings.daily_session_enabled:
            return False
        today = moment.today
        again = self._again(today)
        if again is not None:
            return moment.now.mono >= again - EPSILON_S
        return self.offered_on != today and moment.now.utc >= self._at(moment)

    def check(self, moment: Moment) -> list[PolicyAction]:
        if moment.prompt is not None or not self.due(moment):
            return []
        if (
            moment.quiet is not None
            or moment.grace_left_s is not None
            or moment.startup_grace_left_s is not None
        ):
            return []
        if self._again(moment.today) is None:
            self.offered_on = moment.today
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
        again = self._again(moment.today)
        if again is not None:
            return [again - moment.now.mono]
        if self.offered_on != moment.today:
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
        if self._settings.daily_session_enabled and self._again(moment.today) is None:
            self.again_mono = None

    def offered_on_to_save(self) -> date | None:
        """Return the offer date to persist: a snoozed or withdrawn offer is still owed."""
        return None if self.again_mono is not None else self.offered_on
