"""Break policy: when to offer a microbreak, fed by a Clock and idle/quiet readings.

The policy is a pure state machine. The scheduling layer calls :meth:`BreakPolicy.tick`
with the latest idle reading and quiet reason, acts on the returned actions, and arms
its single timer for :meth:`BreakPolicy.seconds_until_next_tick`.

Time model (see docs/scheduling.md):

* Active time is measured on the monotonic clock, so wall-clock jumps, DST and timezone
  changes never change interval lengths.
* Every tick runs a gap check across the three clocks: boot time advancing more than
  monotonic time means a suspend; a tick arriving far later than it was armed for means
  the machine or process was stopped (Windows and macOS count suspend in monotonic
  time). Either counts as time away, which is a break: the count restarts, any prompt is
  withdrawn and nothing is prompted right after the return.
* Working hours, "pause until tomorrow" and the daily session use local wall time,
  looked up through the clock's timezone name at every tick.
* Idle time at or above the threshold is a natural break. Idle is sampled adaptively:
  after a reading of ``r`` seconds the next sample is taken ``threshold - r`` later,
  which is the earliest moment an idle stretch can reach the threshold, so no natural
  break is missed while the user types, and the process sleeps for minutes at a time.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from desktop_app.core.clock import Clock, zone
from desktop_app.core.events import PromptKind
from desktop_app.core.settings import WEEKDAYS, Settings

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
    """Close the prompt without an answer (log it as expired): ``reason`` is idle/away."""

    kind: PromptKind
    reason: str


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
        quiet: ``"fullscreen"`` / ``"dnd"`` while a break waits for quiet time to end.
        snoozes_left: Snoozes still allowed for the current break.
        prompt: Kind of the prompt on screen, if any.
    """

    state: PolicyState
    next_break_in_s: float | None = None
    paused_until: datetime | None = None
    quiet: str | None = None
    snoozes_left: int = 0
    prompt: PromptKind | None = None


@dataclass(frozen=True, slots=True)
class PersistedPolicyState:
    """What survives a restart; the next break is derived from it.

    Attributes:
        saved_at: Wall time (UTC) of the snapshot.
        active_s: Active seconds counted since the last break.
        makeup_pending: A skipped break still waits for its make-up offer.
        daily_offered_on: Local date the daily session was last offered (kept for older
            versions; this one reads ``daily_offered_at``).
        daily_offered_at: UTC instant the daily session was last offered.
        paused_until: UTC end of a timed pause.
        paused_indefinitely: Paused until the user resumes.
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


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("timestamp without timezone")
    return value.astimezone(UTC)


@dataclass(slots=True)
class _Readings:
    mono: float
    boot: float
    utc: datetime


@dataclass(slots=True)
class _Pause:
    #: Monotonic end of a timed pause (robust against wall jumps).
    end_mono: float | None = None
    #: Wall end: "until tomorrow" is a wall concept; also what the tooltip shows.
    end_utc: datetime | None = None
    indefinite: bool = False


@dataclass(slots=True)
class _Cycle:
    """One microbreak cycle: from a break to the next prompt."""

    active_s: float = 0.0
    target_s: float = 0.0
    noticed: bool = False
    snoozes_used: int = 0
    snooze_end_mono: float | None = None
    #: The break is due but held back by quiet time.
    held_for_quiet: bool = False
    extra: list[float] = field(default_factory=list)


class BreakPolicy:
    """Decide when breaks are due; pure, driven by :meth:`tick`.

    Args:
        settings: The user's settings (durations in settings units).
        clock: Wall, monotonic and boot-time source.
        rng: Random source for the interval jitter.
        time_scale: Multiplies every duration (interval, idle threshold, notice, snooze,
            pause, polls, grace); wall-clock concepts (working hours, daily time) stay as set.
        restored: State saved by a previous run, if any.
    """

    def __init__(
        self,
        settings: Settings,
        clock: Clock,
        rng: random.Random,
        time_scale: float = 1.0,
        restored: PersistedPolicyState | None = None,
    ) -> None:
        if not 0 < time_scale <= 1:
            raise ValueError(f"time_scale must be in (0, 1], got {time_scale}")
        self._settings = settings
        self._clock = clock
        self._rng = rng
        self._scale = time_scale
        self._last = self._now()
        self._expected_mono: float | None = None
        #: Active time before this monotonic instant is accounted for already.
        self._count_from_mono: float | None = None
        self._cycle = _Cycle(target_s=self._draw_target())
        self._prompt: PromptKind | None = None
        self._in_session = False
        self._pause = _Pause()
        self._idle = False
        self._idle_known = True
        self._last_idle_s: float = 0.0
        self._idle_ref_mono = self._last.mono
        self._quiet: str | None = None
        self._lock_since_mono: float | None = None
        #: After a suspend, an away spell or a resume: nothing is prompted until then.
        self._grace_until_mono: float | None = None
        #: After start-up: no daily or make-up prompt until then (microbreaks unaffected).
        self._startup_grace_until_mono = self._last.mono + self._s(RESUME_GRACE_S)
        self._makeup_pending = False
        #: When the daily session was last offered (UTC): it counts for the local day
        #: that instant falls in, in the zone the user is in *now* (see _offered_today).
        self._daily_offered_at: datetime | None = None
        self._daily_snoozes_used = 0
        #: A snoozed (or withdrawn) daily prompt is offered again at this instant.
        self._daily_again_mono: float | None = None
        self._range_key: tuple[date, time] | None = None
        self._outside = False
        self._tiny_waits = 0
        if restored is not None:
            self._restore(restored)

    # ----------------------------------------------------------------- helpers

    def _now(self) -> _Readings:
        return _Readings(self._clock.monotonic(), self._clock.boottime(), self._clock.utc_now())

    def _s(self, seconds: float) -> float:
        """Scale a duration; never below MIN_TICK_S * 10 so polls stay sane."""
        return max(seconds * self._scale, 10 * MIN_TICK_S)

    @property
    def _idle_threshold_s(self) -> float:
        return self._s(self._settings.idle_threshold_min * 60)

    def _draw_target(self) -> float:
        base = self._settings.interval_min * 60.0
        jitter = self._settings.jitter_min * 60.0
        if jitter > 0:
            base += self._rng.uniform(-jitter, jitter)
        return self._s(max(base, 60.0))

    def _restart_cycle(self) -> None:
        self._cycle = _Cycle(target_s=self._draw_target())

    def _local(self, utc: datetime) -> datetime:
        return utc.astimezone(zone(self._clock.tz_name()))

    def _current_range(self, utc: datetime) -> tuple[date, time] | None:
        """Return (day, range start) of the working range containing ``utc``, else None."""
        if not self._settings.working_hours_enabled:
            return (date.min, time.min)
        local = self._local(utc)
        day = WEEKDAYS[local.weekday()]
        now_t = local.time().replace(tzinfo=None)
        for r in self._settings.working_hours.get(day, ()):
            if r.start <= now_t < r.end:
                return (local.date(), r.start)
        return None

    def _seconds_to_next_boundary(self, utc: datetime) -> float | None:
        """Seconds until the next working-range start or end (wall time)."""
        if not self._settings.working_hours_enabled:
            return None
        tz = zone(self._clock.tz_name())
        local = utc.astimezone(tz)
        best: float | None = None
        for offset in range(8):
            d = local.date() + timedelta(days=offset)
            for r in self._settings.working_hours.get(WEEKDAYS[d.weekday()], ()):
                for t in (r.start, r.end):
                    at = datetime.combine(d, t, tzinfo=tz).astimezone(UTC)
                    delta = (at - utc).total_seconds()
                    if delta > 0 and (best is None or delta < best):
                        best = delta
            if best is not None:
                return best
        return best

    def _daily_at(self, utc: datetime) -> datetime:
        tz = zone(self._clock.tz_name())
        local = utc.astimezone(tz)
        return datetime.combine(local.date(), self._settings.daily_session_time, tzinfo=tz)

    def _quiet_reason(self, quiet: str | None) -> str | None:
        if quiet == "fullscreen" and self._settings.respect_fullscreen:
            return quiet
        if quiet == "dnd" and self._settings.respect_dnd:
            return quiet
        if quiet not in (None, "fullscreen", "dnd"):
            return quiet
        return None

    def _paused(self, now: _Readings) -> bool:
        p = self._pause
        if p.indefinite:
            return True
        if p.end_mono is not None and now.mono < p.end_mono - EPSILON_S:
            return True
        return p.end_mono is None and p.end_utc is not None and now.utc < p.end_utc

    def _in_grace(self, mono: float) -> bool:
        return self._grace_until_mono is not None and mono < self._grace_until_mono - EPSILON_S

    def _in_startup_grace(self, mono: float) -> bool:
        return mono < self._startup_grace_until_mono - EPSILON_S

    def _counting(self, now: _Readings) -> bool:
        """Tell whether active time accrues now (given no new idle reading)."""
        return not (
            self._lock_since_mono is not None
            or self._outside
            or self._paused(now)
            or self._in_session
            or self._idle
            or self._prompt in (PromptKind.MICROBREAK, PromptKind.DAILY)
        )

    def _pending_active_s(self, now: _Readings) -> float:
        """Active seconds since the last tick (or answer) not yet added to the cycle."""
        if not self._counting(now):
            return 0.0
        since = self._last.mono
        if self._count_from_mono is not None:
            since = max(since, self._count_from_mono)
        return max(0.0, now.mono - since)

    def _settle(self) -> float:
        """Add the active time up to now to the cycle (before an answer changes state).

        Returns:
            The current monotonic time.
        """
        now = self._now()
        self._cycle.active_s += self._pending_active_s(now)
        self._count_from_mono = now.mono
        # Answering is user input: the idle count restarts now.
        if not self._idle:
            self._last_idle_s = 0.0
            self._idle_ref_mono = now.mono
        return now.mono

    # ----------------------------------------------------------------- restore

    def _restore(self, saved: PersistedPolicyState) -> None:
        now = self._last.utc
        gap = (now - saved.saved_at).total_seconds()
        if 0 <= gap < self._idle_threshold_s:
            self._cycle.active_s = float(saved.active_s)
            if self._cycle.active_s >= self._cycle.target_s:
                self._cycle.target_s = self._cycle.active_s + self._s(SETTINGS_GRACE_S)
        self._makeup_pending = saved.makeup_pending
        self._daily_offered_at = saved.daily_offered_at
        if self._daily_offered_at is None and saved.daily_offered_on is not None:
            # Written by an older version: only the local date is known.
            tz = zone(self._clock.tz_name())
            offered = datetime.combine(saved.daily_offered_on, self._settings.daily_session_time)
            self._daily_offered_at = offered.replace(tzinfo=tz).astimezone(UTC)
        if saved.paused_indefinitely:
            self._pause = _Pause(indefinite=True)
        elif saved.paused_until is not None and saved.paused_until > now:
            left = (saved.paused_until - now).total_seconds()
            self._pause = _Pause(end_mono=self._last.mono + left, end_utc=saved.paused_until)

    def persisted_state(self) -> PersistedPolicyState:
        """Return what a restart needs to carry on (store it on quit and now and then)."""
        now = self._now()
        p = self._pause
        until: datetime | None = None
        if p.end_mono is not None:
            until = now.utc + timedelta(seconds=max(0.0, p.end_mono - now.mono))
        elif p.end_utc is not None:
            until = p.end_utc
        # A daily prompt that is snoozed or was withdrawn is still owed after a restart.
        daily = None if self._daily_again_mono is not None else self._daily_offered_at
        return PersistedPolicyState(
            saved_at=now.utc,
            active_s=int(self._cycle.active_s + self._pending_active_s(now)),
            makeup_pending=self._makeup_pending,
            daily_offered_on=self._local(daily).date() if daily else None,
            paused_until=until,
            paused_indefinitely=p.indefinite,
            daily_offered_at=daily,
        )

    # ----------------------------------------------------------------- tick

    def tick(self, idle_s: float | None, quiet: str | None) -> list[PolicyAction]:
        """Advance the policy to the clock's current time and return what to do.

        Args:
            idle_s: Seconds since the last user input, or None when unknown (then all
                time counts as active).
            quiet: ``"fullscreen"``, ``"dnd"`` or None, as read now.

        Returns:
            Actions in the order they should be carried out.
        """
        actions: list[PolicyAction] = []
        now = self._now()
        last = self._last
        d_mono = max(0.0, now.mono - last.mono)
        suspended = max(0.0, (now.boot - last.boot) - d_mono)
        late = 0.0
        if self._expected_mono is not None:
            late = max(0.0, now.mono - self._expected_mono)
        jump = (now.utc - last.utc).total_seconds() - d_mono - suspended
        self._last = now
        self._expected_mono = None
        if abs(jump) > WALL_JUMP_S:
            actions.append(ClockJumped(round(jump)))

        # Gap check: time the process did not see counts as away, and away is a break.
        away_s = suspended if suspended > late else late
        awake_s = d_mono - (late if late >= suspended else 0.0)
        awake_s = max(0.0, awake_s)
        if self._count_from_mono is not None:
            awake_s = min(awake_s, max(0.0, now.mono - self._count_from_mono))
            self._count_from_mono = None
        kind = AwayKind.SLEEP if suspended > late else AwayKind.GAP
        if self._lock_since_mono is not None:
            awake_s = 0.0
        if away_s >= self._s(AWAY_BREAK_S):
            actions.extend(self._came_back(kind, away_s, now))
            awake_s = 0.0
        elif suspended >= SHORT_SLEEP_S:
            # Back from a short sleep: not a break, but nothing pops up right away.
            self._grace_until_mono = now.mono + self._s(RESUME_GRACE_S)

        self._quiet = self._quiet_reason(quiet)
        self._idle_known = idle_s is not None
        if self._lock_since_mono is not None:
            return actions

        # Working hours: nothing counts or prompts outside; each range restarts the count.
        rng_key = self._current_range(now.utc)
        if rng_key is None:
            self._outside = True
            self._cycle.held_for_quiet = False
            self._range_key = None
            return actions
        if self._outside or (self._range_key is not None and rng_key != self._range_key):
            self._restart_cycle()
            awake_s = 0.0
        self._outside = False
        self._range_key = rng_key

        if self._paused(now):
            return actions
        p = self._pause
        if p.end_mono is not None or p.end_utc is not None:
            # A pause just ended: a fresh cycle counted from the end of the pause.
            if p.end_mono is not None:
                since_end = now.mono - p.end_mono
            else:
                since_end = (now.utc - (p.end_utc or now.utc)).total_seconds()
            self._pause = _Pause()
            self._restart_cycle()
            awake_s = min(awake_s, max(0.0, since_end))

        if self._in_session:
            return actions

        actions.extend(self._track_idle(idle_s, awake_s, now))
        if self._idle:
            return actions

        self._daily_check(now, actions)
        self._microbreak_check(now, actions)
        return actions

    def _came_back(self, kind: AwayKind, away_s: float, now: _Readings) -> list[PolicyAction]:
        actions: list[PolicyAction] = []
        if self._prompt in (PromptKind.MICROBREAK, PromptKind.DAILY):
            actions.append(BreakWithdrawn(self._prompt, "away"))
            if self._prompt is PromptKind.DAILY:
                self._daily_again_mono = now.mono
            self._prompt = None
        actions.append(AwayDetected(kind, round(away_s)))
        self._restart_cycle()
        self._idle = False
        self._last_idle_s = 0.0
        self._idle_ref_mono = now.mono
        self._grace_until_mono = now.mono + self._s(RESUME_GRACE_S)
        return actions

    def _track_idle(
        self, idle_s: float | None, awake_s: float, now: _Readings
    ) -> list[PolicyAction]:
        actions: list[PolicyAction] = []
        threshold = self._idle_threshold_s
        reading = 0.0 if idle_s is None else max(0.0, idle_s)
        self._last_idle_s = reading
        self._idle_ref_mono = now.mono
        if reading >= threshold - EPSILON_S:
            if not self._idle:
                self._idle = True
                if self._prompt is PromptKind.MICROBREAK:
                    actions.append(BreakWithdrawn(self._prompt, "idle"))
                    self._prompt = None
                self._restart_cycle()
                actions.append(NaturalBreakTaken(round(reading)))
                if (
                    self._makeup_pending
                    and self._prompt is None
                    and self._quiet is None
                    and not self._in_grace(now.mono)
                    and not self._in_startup_grace(now.mono)
                ):
                    self._makeup_pending = False
                    self._prompt = PromptKind.MAKEUP
                    actions.append(BreakDue(PromptKind.MAKEUP, 0, ()))
            return actions
        if self._idle:
            # Back from a natural break. The return happened since the last sample; count
            # all of it as active so the next prompt is never late (at most one idle
            # poll early).
            self._idle = False
            self._cycle.active_s = awake_s
            return actions
        if self._prompt not in (PromptKind.MICROBREAK, PromptKind.DAILY):
            self._cycle.active_s += awake_s
        return actions

    def _daily_due(self, now: _Readings) -> bool:
        """Tell whether the daily prompt is owed now (ignoring what holds it back)."""
        if not self._settings.daily_session_enabled:
            return False
        offered_today = self._offered_today(now.utc)
        if self._daily_again_mono is not None:
            if not offered_today:
                self._daily_again_mono = None  # yesterday's reminder is not carried over
            else:
                return now.mono >= self._daily_again_mono - EPSILON_S
        return not offered_today and now.utc >= self._daily_at(now.utc)

    def _offered_today(self, utc: datetime) -> bool:
        """Tell whether the daily session was offered during the local day of ``utc``.

        The day is taken in the zone the user is in now, so an offer made in another
        zone counts for the day its instant falls in here: changing from Kiritimati to
        Adak (same clock time, a day apart) never brings a second offer the same day,
        and the next one comes a day later.
        """
        offered = self._daily_offered_at
        if offered is None:
            return False
        tz = zone(self._clock.tz_name())
        start = datetime.combine(utc.astimezone(tz).date(), time(0), tzinfo=tz)
        end = start + timedelta(days=1)  # wall-clock arithmetic: next local midnight
        return start.astimezone(UTC) <= offered < end.astimezone(UTC)

    def _daily_check(self, now: _Readings, actions: list[PolicyAction]) -> None:
        if self._prompt is not None or not self._daily_due(now):
            return
        if self._quiet is not None or self._in_grace(now.mono):
            return
        if self._in_startup_grace(now.mono):
            return
        if self._daily_again_mono is None:
            self._daily_offered_at = now.utc
            self._daily_snoozes_used = 0
        self._daily_again_mono = None
        self._prompt = PromptKind.DAILY
        left = max(0, self._settings.snooze_limit - self._daily_snoozes_used)
        actions.append(BreakDue(PromptKind.DAILY, left, self._settings.snooze_options_min))

    def _microbreak_check(self, now: _Readings, actions: list[PolicyAction]) -> None:
        c = self._cycle
        if self._prompt in (PromptKind.MICROBREAK, PromptKind.DAILY):
            return
        if c.snooze_end_mono is not None:
            due = now.mono >= c.snooze_end_mono - EPSILON_S
        else:
            left = c.target_s - c.active_s
            lead = self._lead_s()
            # No notice for a break that the end of the working range would cancel.
            edge = self._seconds_to_next_boundary(now.utc)
            if (
                not c.noticed
                and lead > 0
                and EPSILON_S < left <= lead + EPSILON_S
                and self._quiet is None
                and (edge is None or edge > left + EPSILON_S)
            ):
                c.noticed = True
                actions.append(NoticeDue(max(1, round(left))))
            due = left <= EPSILON_S
        if not due:
            c.held_for_quiet = False
            return
        if self._quiet is not None:
            c.held_for_quiet = True
            return
        c.held_for_quiet = False
        if self._in_grace(now.mono):
            return  # offered when the grace ends
        c.snooze_end_mono = None
        self._prompt = PromptKind.MICROBREAK
        left_snoozes = max(0, self._settings.snooze_limit - c.snoozes_used)
        actions.append(
            BreakDue(PromptKind.MICROBREAK, left_snoozes, self._settings.snooze_options_min)
        )

    def _lead_s(self) -> float:
        return self._s(self._settings.notice_lead_s) if self._settings.notice_lead_s else 0.0

    # ----------------------------------------------------------------- timing

    def seconds_until_next_tick(self) -> float:
        """Return how long the caller may sleep before the next :meth:`tick`.

        Measured from the clock's current monotonic time. Long while the user types
        (until the break, the notice, or the earliest moment an idle stretch could reach
        the threshold); at most IDLE_POLL_S while idle, QUIET_POLL_S while a break waits
        for quiet time to end, MAX_TICK_S otherwise.
        """
        now = self._now()
        waits: list[float] = [self._s(MAX_TICK_S)]
        boundary = self._seconds_to_next_boundary(now.utc)
        if boundary is not None:
            waits.append(boundary)
        p = self._pause
        if self._lock_since_mono is not None or self._outside:
            pass
        elif self._paused(now):
            if p.end_mono is not None:
                waits.append(p.end_mono - now.mono)
            elif p.end_utc is not None:
                waits.append((p.end_utc - now.utc).total_seconds())
        elif p.end_mono is not None or p.end_utc is not None:
            waits.append(0.0)  # the pause has ended: start the fresh cycle now
        elif not self._in_session:
            waits.extend(self._active_waits(now))
        wait = max(MIN_TICK_S, min(waits))
        # Safety net: repeated "tick now" answers would be a busy loop.
        if wait <= 2 * MIN_TICK_S:
            self._tiny_waits += 1
            if self._tiny_waits > TINY_WAITS_MAX:
                wait = self._s(SAFETY_TICK_S)
        else:
            self._tiny_waits = 0
        self._expected_mono = now.mono + wait
        return wait

    def _active_waits(self, now: _Readings) -> list[float]:
        waits: list[float] = []
        if self._idle_known:
            if self._idle:
                waits.append(self._s(IDLE_POLL_S))
            else:
                elapsed = now.mono - self._idle_ref_mono
                waits.append(self._idle_threshold_s - self._last_idle_s - elapsed)
        if self._idle:
            return waits
        c = self._cycle
        grace_left: float | None = None
        if self._grace_until_mono is not None and self._in_grace(now.mono):
            grace_left = self._grace_until_mono - now.mono
        daily_due = self._daily_due(now) and self._prompt is None
        if self._quiet is not None and (c.held_for_quiet or daily_due):
            waits.append(self._s(QUIET_POLL_S))
        if self._prompt not in (PromptKind.MICROBREAK, PromptKind.DAILY):
            if c.snooze_end_mono is not None:
                left = c.snooze_end_mono - now.mono
            else:
                left = c.target_s - c.active_s - self._pending_active_s(now)
                lead = self._lead_s()
                if not c.noticed and lead > 0 and left - lead > 0:
                    waits.append(left - lead)
            if left > EPSILON_S:
                waits.append(left)
            elif self._quiet is None:
                waits.append(grace_left if grace_left is not None else 0.0)
        if self._settings.daily_session_enabled and self._prompt is None:
            if daily_due:
                if self._quiet is None:
                    held = [0.0]
                    if grace_left is not None:
                        held.append(grace_left)
                    if self._in_startup_grace(now.mono):
                        held.append(self._startup_grace_until_mono - now.mono)
                    waits.append(max(held))
            elif self._daily_again_mono is not None:
                waits.append(self._daily_again_mono - now.mono)
            elif not self._offered_today(now.utc):
                waits.append((self._daily_at(now.utc) - now.utc).total_seconds())
        return waits

    # ----------------------------------------------------------------- answers

    def snooze(self, minutes: int) -> bool:
        """Snooze the prompt on screen, or postpone the next break when none is shown.

        Returns:
            False when the snooze limit is reached (nothing changes).
        """
        now_mono = self._settle()
        c = self._cycle
        seconds = self._s(minutes * 60)
        if self._prompt is PromptKind.DAILY:
            if self._daily_snoozes_used >= self._settings.snooze_limit:
                return False
            self._daily_snoozes_used += 1
            self._daily_again_mono = now_mono + seconds
            self._prompt = None
            return True
        if self._prompt is PromptKind.MICROBREAK:
            if c.snoozes_used >= self._settings.snooze_limit:
                return False
            c.snoozes_used += 1
            c.snooze_end_mono = now_mono + seconds
            c.held_for_quiet = False
            self._prompt = None
            return True
        # No microbreak on screen (tray): postpone the next break.
        if c.snooze_end_mono is not None:
            c.snooze_end_mono = max(c.snooze_end_mono, now_mono) + seconds
        else:
            c.target_s = max(c.target_s, c.active_s) + seconds
            c.noticed = False
        c.held_for_quiet = False
        return True

    def skip(self) -> None:
        """Skip the prompt on screen; a skipped microbreak gets one make-up offer."""
        self._settle()
        prompt = self._prompt
        self._prompt = None
        if prompt is PromptKind.DAILY:
            self._daily_again_mono = None
            return
        if prompt is PromptKind.MAKEUP:
            return
        if prompt is PromptKind.MICROBREAK:
            self._makeup_pending = True
        self._restart_cycle()

    def start_session(self) -> None:
        """Note that a guided session started (from a prompt or from the tray)."""
        self._settle()
        if self._prompt is PromptKind.DAILY:
            self._daily_again_mono = None
        self._prompt = None
        self._makeup_pending = False
        self._in_session = True

    def session_ended(self) -> None:
        """Note that the session ended: it was a break, the count restarts."""
        self._settle()
        self._in_session = False
        self._makeup_pending = False
        self._restart_cycle()

    def pause(self, seconds: float | None) -> None:
        """Pause prompts for ``seconds`` (scaled), or until :meth:`resume` when None."""
        now_mono = self._settle()
        self._drop_prompt()
        if seconds is None:
            self._pause = _Pause(indefinite=True)
            return
        left = self._s(seconds)
        self._pause = _Pause(
            end_mono=now_mono + left,
            end_utc=self._clock.utc_now() + timedelta(seconds=left),
        )

    def pause_until_tomorrow(self) -> None:
        """Pause until local midnight (wall time)."""
        self._settle()
        tz = zone(self._clock.tz_name())
        local = self._clock.utc_now().astimezone(tz)
        midnight = datetime.combine(local.date() + timedelta(days=1), time(0, 0), tzinfo=tz)
        self._drop_prompt()
        self._pause = _Pause(end_utc=midnight.astimezone(UTC))

    def _drop_prompt(self) -> None:
        if self._prompt is PromptKind.DAILY:
            self._daily_again_mono = None
        self._prompt = None

    def resume(self) -> None:
        """End a pause now: a fresh cycle starts at once, with a short grace."""
        now_mono = self._settle()
        p = self._pause
        if not (p.indefinite or p.end_mono is not None or p.end_utc is not None):
            return
        self._pause = _Pause()
        self._restart_cycle()
        self._grace_until_mono = now_mono + self._s(RESUME_GRACE_S)

    def away_started(self) -> None:
        """Note an OS hint that the screen locked or the machine goes to sleep."""
        if self._lock_since_mono is None:
            self._cycle.active_s += self._pending_active_s(self._now())
            self._lock_since_mono = self._clock.monotonic()

    def away_ended(self, kind: AwayKind = AwayKind.LOCK) -> list[PolicyAction]:
        """Note the unlock/resume hint; the lock counts as a break (call tick next)."""
        since = self._lock_since_mono
        self._lock_since_mono = None
        if since is None:
            return []
        now = self._now()
        slept = max(0.0, (now.boot - self._last.boot) - (now.mono - self._last.mono))
        away = (now.mono - since) + slept
        self._last = now
        self._expected_mono = None
        self._count_from_mono = None
        return self._came_back(kind, away, now)

    def apply_settings(self, settings: Settings) -> None:
        """Use new settings from now on; never makes a break due at once."""
        self._settle()
        self._settings = settings
        c = self._cycle
        c.target_s = self._draw_target()
        lead = self._lead_s()
        if c.active_s >= c.target_s - lead:
            c.target_s = c.active_s + lead + self._s(SETTINGS_GRACE_S)
            c.noticed = False

    # ----------------------------------------------------------------- status

    def status(self) -> PolicyStatus:
        """Return a snapshot of the state for the tray tooltip."""
        now = self._now()
        c = self._cycle
        snoozes_left = max(0, self._settings.snooze_limit - c.snoozes_used)
        base = PolicyStatus(PolicyState.COUNTING, snoozes_left=snoozes_left, prompt=self._prompt)
        if self._lock_since_mono is not None:
            return replace(base, state=PolicyState.AWAY)
        if self._pause.indefinite:
            return replace(base, state=PolicyState.PAUSED)
        if self._paused(now):
            p = self._pause
            if p.end_mono is not None:
                until = now.utc + timedelta(seconds=p.end_mono - now.mono)
            else:
                until = p.end_utc or now.utc
            return replace(base, state=PolicyState.PAUSED, paused_until=self._local(until))
        if self._outside:
            return replace(base, state=PolicyState.OUTSIDE_HOURS)
        if self._in_session:
            return replace(base, state=PolicyState.SESSION)
        if self._prompt in (PromptKind.MICROBREAK, PromptKind.DAILY):
            return replace(base, state=PolicyState.PROMPTING)
        if c.held_for_quiet:
            return replace(base, state=PolicyState.QUIET, quiet=self._quiet)
        if self._idle:
            return replace(base, state=PolicyState.IDLE)
        if c.snooze_end_mono is not None:
            return replace(
                base,
                state=PolicyState.SNOOZED,
                next_break_in_s=max(0.0, c.snooze_end_mono - now.mono) / self._scale,
            )
        left = max(0.0, c.target_s - c.active_s - self._pending_active_s(now)) / self._scale
        return replace(base, next_break_in_s=left, quiet=self._quiet)

    @property
    def settings(self) -> Settings:
        """The settings in force."""
        return self._settings

    @property
    def time_scale(self) -> float:
        """The duration multiplier."""
        return self._scale
