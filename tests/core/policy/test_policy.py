"""Break policy: active time, idle, snooze, pause, hours, quiet, sleep, clock changes."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import UTC, datetime, time, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.clock import zone
from desktop_app.core.events import PromptKind
from desktop_app.core.policy import (
    IDLE_POLL_S,
    QUIET_POLL_S,
    RESUME_GRACE_S,
    AwayDetected,
    AwayKind,
    BreakDue,
    BreakPolicy,
    BreakWithdrawn,
    ClockJumped,
    NaturalBreakTaken,
    NoticeDue,
    PersistedPolicyState,
    PolicyAction,
    PolicyState,
)
from desktop_app.core.settings import WEEKDAYS, Settings, TimeRange
from tests.helpers.clock import FakeClock

MONDAY_9 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # 09:00 in Berlin
BASE = Settings(daily_session_enabled=False)


@dataclass
class Event:
    mono: float
    utc: datetime
    action: PolicyAction


class Desk:
    """Drive a policy the way BreakService does, with a simulated user."""

    def __init__(
        self,
        settings: Settings = BASE,
        start: datetime = MONDAY_9,
        tz: str = "Europe/Berlin",
        scale: float = 1.0,
        idle_known: bool = True,
    ) -> None:
        self.clock = FakeClock(start, tz)
        self.policy = BreakPolicy(settings, self.clock, random.Random(7), scale)
        self.last_input = self.clock.monotonic()
        self.typing = True
        self.quiet: str | None = None
        self.idle_known = idle_known
        self.events: list[Event] = []
        self.waits: list[float] = []
        self.tick()
        self.deadline = self.clock.monotonic() + self.policy.seconds_until_next_tick()

    def idle_s(self) -> float | None:
        if not self.idle_known:
            return None
        if self.typing:
            self.last_input = self.clock.monotonic()
        return self.clock.monotonic() - self.last_input

    def tick(self) -> list[PolicyAction]:
        actions = self.policy.tick(self.idle_s(), self.quiet)
        for a in actions:
            self.events.append(Event(self.clock.monotonic(), self.clock.utc_now(), a))
        return actions

    def rearm(self) -> None:
        wait = self.policy.seconds_until_next_tick()
        self.waits.append(wait)
        self.deadline = self.clock.monotonic() + wait

    def run(self, seconds: float) -> None:
        """Let ``seconds`` of awake time pass, ticking when the policy asked to."""
        end = self.clock.monotonic() + seconds
        while True:
            now = self.clock.monotonic()
            if self.deadline > end:
                self.clock.advance(end - now)
                return
            self.clock.advance(max(0.0, self.deadline - now))
            self.tick()
            self.rearm()

    def go_idle(self) -> None:
        if self.typing:
            self.last_input = self.clock.monotonic()
        self.typing = False

    def type_again(self) -> None:
        self.typing = True
        self.last_input = self.clock.monotonic()

    def answer(self, fn: str, *args: object) -> None:
        getattr(self.policy, fn)(*args)
        self.rearm()

    def of(self, kind: type) -> list[Event]:
        return [e for e in self.events if isinstance(e.action, kind)]

    def prompts(self, kind: PromptKind | None = None) -> list[Event]:
        return [
            e
            for e in self.of(BreakDue)
            if kind is None or (isinstance(e.action, BreakDue) and e.action.kind is kind)
        ]


# ------------------------------------------------------------------ basics


def test_prompt_comes_after_interval_of_active_time_with_notice_before() -> None:
    desk = Desk()
    t0 = desk.clock.monotonic()
    desk.run(45 * 60 + 1)
    notices, prompts = desk.of(NoticeDue), desk.prompts()
    assert [round(e.mono - t0) for e in notices] == [45 * 60 - 30]
    assert notices[0].action == NoticeDue(30)
    assert [e.mono - t0 for e in prompts] == [pytest.approx(45 * 60, abs=0.02)]
    assert prompts[0].action == BreakDue(PromptKind.MICROBREAK, 3, (5, 10, 15))
    assert desk.policy.status().state is PolicyState.PROMPTING


def test_polls_rarely_while_typing_and_every_minute_while_idle() -> None:
    desk = Desk(replace(BASE, interval_min=60))
    desk.run(40 * 60)
    assert len(desk.waits) <= 10
    assert min(desk.waits) >= 5 * 60 - 1
    desk.go_idle()
    desk.waits.clear()
    desk.run(20 * 60)
    assert max(desk.waits) <= IDLE_POLL_S
    assert len(desk.waits) <= 17


def test_idle_at_threshold_is_a_natural_break_and_restarts_the_count() -> None:
    desk = Desk()
    desk.run(30 * 60)
    desk.go_idle()
    idle_from = desk.clock.monotonic()
    desk.run(7 * 60)
    natural = desk.of(NaturalBreakTaken)
    assert [e.mono - idle_from for e in natural] == [pytest.approx(5 * 60, abs=0.02)]
    assert desk.policy.status().state is PolicyState.IDLE
    desk.type_again()
    back = desk.clock.monotonic()
    desk.run(46 * 60)
    prompts = desk.prompts()
    assert len(prompts) == 1
    # Counted from the last idle sample: never late, at most one idle poll early.
    assert 45 * 60 - IDLE_POLL_S <= prompts[0].mono - back <= 45 * 60 + 0.02


def test_short_idle_counts_as_active() -> None:
    desk = Desk()
    t0 = desk.clock.monotonic()
    desk.run(20 * 60)
    desk.go_idle()
    desk.run(4 * 60)
    desk.type_again()
    desk.run(22 * 60)
    assert not desk.of(NaturalBreakTaken)
    assert [e.mono - t0 for e in desk.prompts()] == [pytest.approx(45 * 60, abs=0.02)]


def test_idle_unknown_counts_all_time_as_active() -> None:
    desk = Desk(idle_known=False)
    t0 = desk.clock.monotonic()
    desk.go_idle()
    desk.run(46 * 60)
    assert not desk.of(NaturalBreakTaken)
    assert [e.mono - t0 for e in desk.prompts()] == [pytest.approx(45 * 60, abs=0.02)]


def test_idle_while_prompt_is_shown_withdraws_it() -> None:
    desk = Desk()
    desk.run(45 * 60 + 1)
    desk.go_idle()
    desk.run(6 * 60)
    assert [e.action for e in desk.of(BreakWithdrawn)] == [
        BreakWithdrawn(PromptKind.MICROBREAK, "idle")
    ]
    assert desk.policy.status().prompt is None


def test_jitter_spreads_intervals_within_bounds() -> None:
    desk = Desk(replace(BASE, jitter_min=5))
    gaps = []
    for _ in range(12):
        start = desk.clock.monotonic()
        desk.events.clear()
        desk.run(50 * 60 + 1)
        (prompt,) = desk.prompts()
        gaps.append(prompt.mono - start)
        desk.answer("skip")
    assert all(40 * 60 - 0.02 <= g <= 50 * 60 + 0.02 for g in gaps)
    assert len({round(g) for g in gaps}) > 3


def test_time_scale_multiplies_every_duration() -> None:
    desk = Desk(scale=0.01)
    t0 = desk.clock.monotonic()
    desk.run(30)
    assert [e.mono - t0 for e in desk.prompts()] == [pytest.approx(27, abs=0.02)]
    assert [e.mono - t0 for e in desk.of(NoticeDue)] == [pytest.approx(26.7, abs=0.02)]
    desk.answer("snooze", 10)
    desk.run(7)
    assert desk.prompts()[-1].mono - t0 == pytest.approx(30 + 6, abs=0.03)


def test_status_reports_next_break() -> None:
    desk = Desk()
    desk.run(33 * 60)
    status = desk.policy.status()
    assert status.state is PolicyState.COUNTING
    assert status.next_break_in_s == pytest.approx(12 * 60, abs=1)


# ------------------------------------------------------------------ answers


def test_snooze_options_until_limit_then_only_start_or_skip() -> None:
    desk = Desk()
    desk.run(45 * 60 + 1)
    for minutes, left in ((5, 2), (10, 1), (15, 0)):
        at = desk.clock.monotonic()
        desk.answer("snooze", minutes)
        assert desk.policy.status().state is PolicyState.SNOOZED
        desk.run(minutes * 60 + 1)
        prompt = desk.prompts()[-1]
        assert prompt.mono - at == pytest.approx(minutes * 60, abs=1.1)
        assert prompt.action == BreakDue(PromptKind.MICROBREAK, left, (5, 10, 15))
    assert desk.prompts()[-1].action.snooze_limit_reached  # type: ignore[union-attr]
    assert desk.policy.snooze(5) is False
    assert desk.policy.status().prompt is PromptKind.MICROBREAK


def test_tray_snooze_without_prompt_postpones_next_break() -> None:
    desk = Desk()
    t0 = desk.clock.monotonic()
    desk.run(10 * 60)
    desk.answer("snooze", 10)
    desk.run(60 * 60)
    assert desk.prompts()[0].mono - t0 == pytest.approx(55 * 60, abs=0.02)


def test_session_answer_restarts_the_count() -> None:
    desk = Desk()
    desk.run(45 * 60 + 1)
    desk.answer("start_session")
    desk.run(40 * 60)
    assert len(desk.prompts()) == 1  # no prompts during a session
    assert desk.policy.status().state is PolicyState.SESSION
    desk.answer("session_ended")
    ended = desk.clock.monotonic()
    desk.run(46 * 60)
    assert desk.prompts()[-1].mono - ended == pytest.approx(45 * 60, abs=0.02)


def test_skipped_break_is_offered_once_at_the_next_natural_pause() -> None:
    desk = Desk()
    desk.run(45 * 60 + 1)
    desk.answer("skip")
    desk.run(10 * 60)
    desk.go_idle()
    desk.run(6 * 60)
    makeups = desk.prompts(PromptKind.MAKEUP)
    assert len(makeups) == 1
    assert makeups[0].action == BreakDue(PromptKind.MAKEUP, 0, ())
    desk.answer("skip")
    desk.type_again()
    desk.run(10 * 60)
    desk.go_idle()
    desk.run(10 * 60)
    assert len(desk.prompts(PromptKind.MAKEUP)) == 1
    assert len(desk.of(NaturalBreakTaken)) == 2


def test_no_makeup_after_a_started_session() -> None:
    desk = Desk()
    desk.run(45 * 60 + 1)
    desk.answer("start_session")
    desk.answer("session_ended")
    desk.go_idle()
    desk.run(10 * 60)
    assert not desk.prompts(PromptKind.MAKEUP)


# ------------------------------------------------------------------ pause


@pytest.mark.parametrize("pause_s", [30 * 60, 60 * 60])
def test_timed_pause_holds_prompts_then_starts_a_fresh_cycle(pause_s: int) -> None:
    desk = Desk()
    desk.run(40 * 60)
    desk.answer("pause", pause_s)
    status = desk.policy.status()
    assert status.state is PolicyState.PAUSED
    expected_end = (desk.clock.utc_now() + timedelta(seconds=pause_s)).astimezone(
        zone("Europe/Berlin")
    )
    assert status.paused_until == expected_end
    desk.run(pause_s)
    assert not desk.prompts()
    resumed = desk.clock.monotonic()
    desk.run(46 * 60)
    assert desk.prompts()[0].mono - resumed == pytest.approx(45 * 60, abs=1)


def test_pause_survives_a_wall_jump_back() -> None:
    desk = Desk()
    desk.answer("pause", 30 * 60)
    desk.clock.jump_wall(-3600)
    desk.run(31 * 60)
    assert desk.policy.status().state is PolicyState.COUNTING


def test_pause_until_resumed_and_until_tomorrow() -> None:
    desk = Desk()
    desk.answer("pause", None)
    desk.run(5 * 3600)
    assert desk.policy.status().state is PolicyState.PAUSED
    assert desk.policy.status().paused_until is None
    assert not desk.prompts()
    desk.answer("resume")
    desk.run(46 * 60)
    assert len(desk.prompts()) == 1
    desk.answer("skip")
    desk.answer("pause_until_tomorrow")
    until = desk.policy.status().paused_until
    assert until is not None and (until.hour, until.minute) == (0, 0)
    assert until.date() == desk.clock.utc_now().astimezone(zone("Europe/Berlin")).date() + (
        timedelta(days=1)
    )
    desk.run(8 * 3600)
    assert len(desk.prompts(PromptKind.MICROBREAK)) == 1
    assert desk.policy.status().state is PolicyState.PAUSED


# ------------------------------------------------------------------ hours and quiet

SPLIT_HOURS = {
    d: (
        (TimeRange(time(9, 0), time(12, 0)), TimeRange(time(13, 0), time(17, 0)))
        if d not in ("sat", "sun")
        else ()
    )
    for d in WEEKDAYS
}


def test_working_hours_no_prompts_outside_and_count_restarts_each_range() -> None:
    s = replace(BASE, working_hours_enabled=True, working_hours=SPLIT_HOURS)
    desk = Desk(s, start=datetime(2026, 3, 2, 10, 30, tzinfo=UTC))  # 11:30 local
    desk.run(3 * 3600)  # to 14:30 local
    local = [e.utc.astimezone(zone("Europe/Berlin")) for e in desk.prompts()]
    assert [(t.hour, t.minute) for t in local] == [(13, 45)]
    desk.answer("skip")
    desk.run(24 * 3600)
    for e in desk.prompts():
        t = e.utc.astimezone(zone("Europe/Berlin")).time()
        assert time(9) <= t < time(12) or time(13) <= t < time(17)
    desk.run(3600)
    now_local = desk.clock.utc_now().astimezone(zone("Europe/Berlin"))
    if not time(9) <= now_local.time() < time(17):
        assert desk.policy.status().state is PolicyState.OUTSIDE_HOURS


def test_quiet_time_holds_the_break_until_it_ends() -> None:
    desk = Desk()
    desk.quiet = "fullscreen"
    desk.run(50 * 60)
    assert not desk.prompts()
    assert not desk.of(NoticeDue)
    status = desk.policy.status()
    assert (status.state, status.quiet) == (PolicyState.QUIET, "fullscreen")
    desk.quiet = None
    ended = desk.clock.monotonic()
    desk.run(60)
    assert 0 <= desk.prompts()[0].mono - ended <= QUIET_POLL_S


def test_quiet_kinds_follow_settings() -> None:
    desk = Desk(replace(BASE, respect_dnd=False))
    desk.quiet = "dnd"
    desk.run(46 * 60)
    assert len(desk.prompts()) == 1


# ------------------------------------------------------------------ sleep and clocks


def test_sleep_counts_as_break_and_no_prompt_right_after_resume() -> None:
    desk = Desk()
    desk.run(44 * 60)
    desk.clock.suspend(20 * 60)
    resumed = desk.clock.monotonic()
    desk.tick()  # the resume hint (logind PrepareForSleep(false), WM_POWERBROADCAST)
    desk.rearm()
    desk.run(44 * 60)
    away = desk.of(AwayDetected)
    assert [e.action for e in away] == [AwayDetected(AwayKind.SLEEP, 20 * 60)]
    assert not desk.prompts()
    desk.run(2 * 60)
    assert desk.prompts()[0].mono - resumed == pytest.approx(45 * 60, abs=0.02)


def test_sleep_without_hint_is_found_by_the_gap_check() -> None:
    desk = Desk()
    desk.run(44 * 60)
    desk.clock.suspend(20 * 60)
    resumed = desk.clock.monotonic()
    desk.run(50 * 60)
    (away,) = desk.of(AwayDetected)
    assert away.action == AwayDetected(AwayKind.SLEEP, 20 * 60)
    # Found when the armed timer fires (monotonic time), at most one idle sample late.
    assert 0 <= away.mono - resumed <= 5 * 60
    assert desk.prompts()[0].mono - away.mono == pytest.approx(45 * 60, abs=0.02)


def test_sleep_while_prompt_is_shown_withdraws_it() -> None:
    desk = Desk()
    desk.run(45 * 60 + 1)
    desk.clock.suspend(3 * 3600)
    desk.tick()  # resume hint
    desk.rearm()
    assert [e.action for e in desk.of(BreakWithdrawn)] == [
        BreakWithdrawn(PromptKind.MICROBREAK, "away")
    ]
    desk.run(44 * 60)
    assert len(desk.prompts()) == 1


def test_gap_where_monotonic_counted_the_sleep_is_away() -> None:
    desk = Desk()
    desk.run(30 * 60)
    # Windows/macOS-like: monotonic ran on, but the tick came 2 h late.
    desk.clock.advance(2 * 3600)
    desk.tick()
    assert [type(e.action) for e in desk.of(AwayDetected)] == [AwayDetected]
    assert desk.of(AwayDetected)[0].action.kind is AwayKind.GAP  # type: ignore[union-attr]
    assert not desk.prompts()


def test_lock_hint_counts_as_break() -> None:
    desk = Desk()
    desk.run(40 * 60)
    desk.policy.away_started()
    desk.run(10 * 60)
    assert desk.policy.status().state is PolicyState.AWAY
    actions = desk.policy.away_ended()
    assert actions == [AwayDetected(AwayKind.LOCK, 600)]
    back = desk.clock.monotonic()
    desk.rearm()
    desk.run(46 * 60)
    assert desk.prompts()[0].mono - back == pytest.approx(45 * 60, abs=0.02)


@pytest.mark.parametrize("jump_s", [3600, -3600])
def test_wall_jump_neither_misses_nor_duplicates(jump_s: int) -> None:
    desk = Desk()
    t0 = desk.clock.monotonic()
    desk.run(20 * 60)
    desk.clock.jump_wall(jump_s)
    desk.run(70 * 60)
    assert [e.action for e in desk.of(ClockJumped)] == [ClockJumped(jump_s)]
    assert not desk.of(AwayDetected)
    assert [e.mono - t0 for e in desk.prompts()] == [pytest.approx(45 * 60, abs=0.02)]


def test_dst_change_leaves_interval_unchanged() -> None:
    # Europe/Berlin springs forward at 01:00 UTC on 2026-03-29.
    desk = Desk(start=datetime(2026, 3, 29, 0, 40, tzinfo=UTC))
    t0 = desk.clock.monotonic()
    desk.run(46 * 60)
    assert [e.mono - t0 for e in desk.prompts()] == [pytest.approx(45 * 60, abs=0.02)]
    assert not desk.of(ClockJumped)


def test_timezone_change_leaves_interval_unchanged() -> None:
    desk = Desk()
    t0 = desk.clock.monotonic()
    desk.run(20 * 60)
    desk.clock.tz = "America/New_York"
    desk.run(26 * 60)
    assert [e.mono - t0 for e in desk.prompts()] == [pytest.approx(45 * 60, abs=0.02)]


# ------------------------------------------------------------------ daily, settings, restore


def test_daily_session_offered_once_per_day_even_after_wall_jump_back() -> None:
    s = replace(BASE, daily_session_enabled=True, daily_session_time=time(17, 0))
    desk = Desk(s, start=datetime(2026, 3, 2, 15, 50, tzinfo=UTC))  # 16:50 local
    desk.run(11 * 60)
    daily = desk.prompts(PromptKind.DAILY)
    assert len(daily) == 1
    assert daily[0].utc.astimezone(zone("Europe/Berlin")).time() == time(17, 0)
    desk.answer("skip")
    desk.clock.jump_wall(-3600)
    desk.run(2 * 3600)
    assert len(desk.prompts(PromptKind.DAILY)) == 1


def test_daily_session_after_wall_jump_forward_is_not_missed() -> None:
    s = replace(BASE, daily_session_enabled=True, interval_min=180)
    desk = Desk(s, start=datetime(2026, 3, 2, 15, 30, tzinfo=UTC))  # 16:30 local
    desk.run(60)
    desk.clock.jump_wall(3600)
    desk.run(6 * 60)
    assert len(desk.prompts(PromptKind.DAILY)) == 1


def test_daily_prompt_can_be_snoozed_up_to_the_limit() -> None:
    s = replace(BASE, daily_session_enabled=True, interval_min=180, snooze_limit=2)
    desk = Desk(s, start=datetime(2026, 3, 2, 15, 50, tzinfo=UTC))  # 16:50 local
    desk.run(11 * 60)
    (daily,) = desk.prompts(PromptKind.DAILY)
    assert daily.action == BreakDue(PromptKind.DAILY, 2, (5, 10, 15))
    for left in (1, 0):
        at = desk.clock.monotonic()
        desk.answer("snooze", 5)
        desk.run(5 * 60 + 1)
        again = desk.prompts(PromptKind.DAILY)[-1]
        assert again.mono - at == pytest.approx(5 * 60, abs=0.02)
        assert again.action == BreakDue(PromptKind.DAILY, left, (5, 10, 15))
    assert desk.policy.snooze(5) is False
    assert desk.policy.status().prompt is PromptKind.DAILY


def test_no_daily_or_makeup_prompt_right_after_start_up() -> None:
    s = replace(BASE, daily_session_enabled=True, daily_session_time=time(17, 0))
    start = datetime(2026, 3, 2, 16, 0, 30, tzinfo=UTC)  # 17:00:30 local: daily is due
    saved = PersistedPolicyState(saved_at=start, active_s=40 * 60, makeup_pending=True)
    clock = FakeClock(start)
    policy = BreakPolicy(s, clock, random.Random(1), restored=saved)
    # Microbreak timing is not affected by the start-up grace.
    assert policy.status().next_break_in_s == pytest.approx(5 * 60, abs=1)
    t0 = clock.monotonic()
    # The user is away at start-up: a natural break, but no make-up offer yet.
    assert policy.tick(400.0, None) == [NaturalBreakTaken(400)]
    assert 0 < policy.seconds_until_next_tick() <= IDLE_POLL_S
    clock.advance(60)
    assert policy.tick(0.0, None) == []  # back, still within the grace: no daily yet
    wait = policy.seconds_until_next_tick()
    assert clock.monotonic() + wait - t0 == pytest.approx(RESUME_GRACE_S, abs=0.02)
    clock.advance(wait)
    assert policy.tick(0.0, None) == [BreakDue(PromptKind.DAILY, 3, (5, 10, 15))]
    policy.skip()
    # The make-up is still owed and comes at the next natural break.
    policy.seconds_until_next_tick()
    clock.advance(5 * 60)
    actions = policy.tick(5 * 60.0, None)
    assert BreakDue(PromptKind.MAKEUP, 0, ()) in actions


def test_microbreak_due_at_start_up_is_not_held_by_the_start_up_grace() -> None:
    start = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    saved = PersistedPolicyState(saved_at=start, active_s=45 * 60 - 10)
    clock = FakeClock(start)
    policy = BreakPolicy(BASE, clock, random.Random(1), restored=saved)
    policy.tick(0.0, None)
    wait = policy.seconds_until_next_tick()
    assert wait == pytest.approx(10, abs=0.02)
    clock.advance(wait)
    assert policy.tick(0.0, None) == [BreakDue(PromptKind.MICROBREAK, 3, (5, 10, 15))]


def test_apply_settings_takes_effect_without_immediate_prompt() -> None:
    desk = Desk()
    t0 = desk.clock.monotonic()
    desk.run(40 * 60)
    desk.answer("apply_settings", replace(BASE, interval_min=30))
    desk.run(60)
    assert not desk.prompts()
    desk.run(60)
    assert desk.prompts()[0].mono - t0 == pytest.approx(40 * 60 + 90, abs=0.02)
    desk.answer("skip")
    skipped = desk.clock.monotonic()
    desk.run(31 * 60)
    assert desk.prompts()[-1].mono - skipped == pytest.approx(30 * 60, abs=0.02)


def test_persisted_state_round_trip_and_restore() -> None:
    desk = Desk()
    desk.run(30 * 60)
    desk.answer("pause", 3600)
    saved = desk.policy.persisted_state()
    data = saved.to_mapping()
    assert PersistedPolicyState.from_mapping(data) == saved
    assert PersistedPolicyState.from_mapping({"saved_at": "garbage"}) is None
    assert PersistedPolicyState.from_mapping({**data, "active_s": -3}) is None

    # Quick restart: the count and the pause carry on.
    clock = FakeClock(desk.clock.utc_now() + timedelta(seconds=60))
    policy = BreakPolicy(BASE, clock, random.Random(1), restored=saved)
    status = policy.status()
    assert status.state is PolicyState.PAUSED
    resumed = replace(saved, paused_until=None)
    policy = BreakPolicy(BASE, clock, random.Random(1), restored=resumed)
    assert policy.status().next_break_in_s == pytest.approx(15 * 60, abs=1)

    # Restart after a long gap: that gap was a break.
    late = FakeClock(desk.clock.utc_now() + timedelta(hours=3))
    policy = BreakPolicy(BASE, late, random.Random(1), restored=resumed)
    assert policy.status().next_break_in_s == pytest.approx(45 * 60, abs=1)


def test_rejects_bad_time_scale() -> None:
    with pytest.raises(ValueError, match="time_scale"):
        BreakPolicy(BASE, FakeClock(), random.Random(1), time_scale=0)


# ------------------------------------------------------------------ simulated work week

THRESHOLD_S = 5 * 60
INTERVAL_S = 45 * 60
WEEK_HOURS = {
    d: (TimeRange(time(8, 0), time(12, 30)), TimeRange(time(13, 15), time(18, 0)))
    if d != "sun"
    else ()
    for d in WEEKDAYS
}


def next_edge_s(utc: datetime, tz_name: str) -> float:
    """Seconds to the next working-hours edge, computed independently of the policy."""
    tz = zone(tz_name)
    local = utc.astimezone(tz)
    for offset in range(8):
        day = local.date() + timedelta(days=offset)
        edges = sorted(
            datetime.combine(day, t, tzinfo=tz).astimezone(UTC)
            for r in WEEK_HOURS[WEEKDAYS[day.weekday()]]
            for t in (r.start, r.end)
        )
        for edge in edges:
            if edge > utc:
                return (edge - utc).total_seconds()
    return 8 * 86400.0


ACTIVE = st.tuples(st.just("active"), st.integers(1, 120 * 60))
IDLE = st.tuples(st.just("idle"), st.integers(1, 40 * 60))
segment = st.one_of(
    ACTIVE,
    ACTIVE,
    ACTIVE,
    IDLE,
    IDLE,
    st.tuples(st.just("quiet"), st.integers(1, 30 * 60)),
    st.tuples(st.just("sleep"), st.integers(1, 16 * 3600)),
    st.tuples(st.just("jump"), st.sampled_from([3600, -3600, 600, -600])),
    st.tuples(st.just("tz"), st.sampled_from(["Europe/Berlin", "Asia/Tokyo", "UTC"])),
)
answer = st.sampled_from(["start", "snooze", "skip", "ignore"])


class WorkWeek:
    """A simulated user plus the ground truth the invariants are checked against."""

    def __init__(
        self,
        hours: bool,
        answers: list[str],
        start: datetime = datetime(2026, 3, 23, 6, 0, tzinfo=UTC),
    ) -> None:
        s = replace(
            BASE,
            working_hours_enabled=hours,
            working_hours=WEEK_HOURS,
            daily_session_enabled=True,
        )
        # Default: Monday 2026-03-23, 07:00 in Berlin; the week crosses the DST change.
        self.desk = Desk(s, start=start)
        self.hours = hours
        self.answers = answers
        self.turn = 0
        #: Awake, in-hours seconds since the last break that was not an idle stretch.
        self.active = 0.0
        #: No idle return, jump or timezone change since that break (exact comparisons hold).
        self.clean = True
        self.last_resume: float | None = None
        self.quiet_ended: float | None = None
        self.prompt_times: list[float] = []

    def in_hours(self) -> bool:
        if not self.hours:
            return True
        local = self.desk.clock.utc_now().astimezone(zone(self.desk.clock.tz))
        t = local.time()
        return any(r.start <= t < r.end for r in WEEK_HOURS[WEEKDAYS[local.weekday()]])

    def reset(self) -> None:
        self.active, self.clean = 0.0, True

    def on_actions(self, actions: list[PolicyAction]) -> None:
        desk = self.desk
        for a in actions:
            now = desk.clock.monotonic()
            if isinstance(a, NaturalBreakTaken | AwayDetected):
                self.reset()
            if not isinstance(a, BreakDue):
                continue
            assert self.in_hours(), "prompt outside working hours"
            assert desk.quiet is None, "prompt in quiet time"
            if self.last_resume is not None:
                assert now - self.last_resume >= 60, "prompt right after resume"
            status = desk.policy.status()
            if a.kind is PromptKind.MICROBREAK and status.snoozes_left == 3 and self.clean:
                assert self.active >= INTERVAL_S - 0.02, "prompts closer than the interval"
            self.prompt_times.append(now)
            choice = self.answers[self.turn % len(self.answers)]
            self.turn += 1
            self.respond(a, choice)

    def respond(self, a: BreakDue, choice: str) -> None:
        desk = self.desk
        if choice == "snooze" and a.snoozes_left > 0:
            desk.answer("snooze", 5)
            return
        if choice == "ignore":
            return  # the prompt stays on screen
        if choice == "start":
            desk.answer("start_session")
            desk.clock.advance(180)
            desk.answer("session_ended")
        else:
            desk.answer("skip")
        if a.kind is PromptKind.MICROBREAK or choice == "start":
            self.reset()  # a session of any kind, or a skipped microbreak, ends the cycle

    def step(self, seconds: float) -> None:
        """Let awake time pass, ticking on schedule and checking that nothing is late."""
        desk = self.desk
        end = desk.clock.monotonic() + seconds
        while True:
            now = desk.clock.monotonic()
            target = min(desk.deadline, end)
            if self.hours:
                target = min(target, now + next_edge_s(desk.clock.utc_now(), desk.clock.tz))
            target = max(now, target)  # a session may have run past the segment's end
            counted = self.in_hours()
            idle_from = None if desk.typing else desk.last_input
            desk.clock.advance(max(0.0, target - now))
            if not counted:
                self.active, self.clean = 0.0, self.clean and not self.hours
            elif idle_from is None:
                self.active += target - now
            elif target - idle_from >= THRESHOLD_S - 1e-3:
                # An idle stretch reaching the threshold is a break; the policy counts the
                # return back to its last idle sample, so exact comparisons stop here.
                self.active, self.clean = 0.0, False
            else:
                self.active += target - now
            self.check_not_late()
            if target >= desk.deadline:
                self.on_actions(desk.tick())
                desk.rearm()
            if target >= end:
                return

    def check_not_late(self) -> None:
        status = self.desk.policy.status()
        if status.state is PolicyState.QUIET and self.quiet_ended is not None:
            late = self.desk.clock.monotonic() - self.quiet_ended
            assert late <= QUIET_POLL_S + 0.02, "held break not offered after quiet time"
        waiting = status.state is PolicyState.COUNTING and status.prompt is None
        if self.quiet_ended is not None:
            waiting = False  # a held break may take one quiet poll (checked above)
        if waiting and self.clean and self.desk.quiet is None and self.in_hours():
            assert self.active <= INTERVAL_S + 1.0, "due prompt is late"

    def play(self, trace: list[tuple[str, object]]) -> None:
        desk = self.desk
        for kind, value in trace:
            if kind in ("active", "idle", "quiet"):
                seconds = float(value)  # type: ignore[arg-type]
                if kind == "idle":
                    desk.go_idle()
                else:
                    desk.type_again()
                desk.quiet = "fullscreen" if kind == "quiet" else None
                self.step(seconds)
                if kind == "quiet":
                    desk.quiet = None
                    self.quiet_ended = desk.clock.monotonic()
                    self.step(QUIET_POLL_S + 1)
                    self.quiet_ended = None
            elif kind == "sleep":
                seconds = float(value)  # type: ignore[arg-type]
                desk.clock.suspend(seconds)
                desk.type_again()
                self.last_resume = desk.clock.monotonic()
                self.on_actions(desk.tick())  # the resume hint
                desk.rearm()
                if seconds < 60:
                    self.clean = False
            elif kind == "jump":
                desk.clock.jump_wall(float(value))  # type: ignore[arg-type]
                self.clean = self.clean and not self.hours
            else:
                desk.clock.tz = str(value)
                self.clean = self.clean and not self.hours


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    trace=st.lists(segment, min_size=60, max_size=200),
    answers=st.lists(answer, min_size=1, max_size=30),
    hours=st.booleans(),
)
def test_simulated_work_week_invariants(
    trace: list[tuple[str, object]], answers: list[str], hours: bool
) -> None:
    week = WorkWeek(hours, answers)
    start = week.desk.clock.monotonic()
    week.play(trace)
    hours_run = (week.desk.clock.monotonic() - start) / 3600
    # Wakeup budget: never a busy loop (quiet polls are the most frequent, 4 a minute).
    assert len(week.desk.waits) <= 240 * hours_run + 50


def test_simulated_work_week_produces_prompts() -> None:
    """Guard the invariant test against vacuity: a plain working day does prompt."""
    week = WorkWeek(True, ["start", "snooze", "skip"], datetime(2026, 3, 23, 7, 0, tzinfo=UTC))
    week.play([("active", 4 * 3600), ("idle", 45 * 60), ("active", 4 * 3600)])
    assert len(week.prompt_times) >= 8


# ------------------------------------------------------------------ snooze, then a natural break


def _snoozed_desk(minutes: int = 10) -> Desk:
    desk = Desk()
    desk.run(45 * 60 + 1)
    assert len(desk.prompts()) == 1
    desk.answer("snooze", minutes)
    return desk


def test_walking_away_after_a_snooze_is_the_break_and_restarts_the_count() -> None:
    desk = _snoozed_desk(10)
    desk.go_idle()  # the user leaves the desk at once, for longer than the snooze
    desk.run(20 * 60)
    assert len(desk.of(NaturalBreakTaken)) == 1
    assert len(desk.prompts()) == 1  # the snoozed break is not shown to an empty desk
    desk.type_again()
    back = desk.clock.monotonic()
    desk.run(46 * 60)
    later = desk.prompts()[1:]
    assert len(later) == 1
    # A full interval after the return (at most one idle poll early), not the old snooze.
    assert 45 * 60 - IDLE_POLL_S <= later[0].mono - back <= 45 * 60 + 0.02
    # A fresh break: every snooze is offered again.
    assert later[0].action == BreakDue(PromptKind.MICROBREAK, 3, (5, 10, 15))


def test_a_natural_break_before_the_snooze_ends_replaces_the_snoozed_break() -> None:
    desk = _snoozed_desk(10)
    desk.run(3 * 60)
    desk.go_idle()
    desk.run(6 * 60)  # idle 5 min at 8 min into the snooze: a natural break
    assert len(desk.of(NaturalBreakTaken)) == 1
    desk.type_again()
    back = desk.clock.monotonic()  # 9 min into the 10-minute snooze
    desk.run(46 * 60)
    later = desk.prompts()[1:]
    assert len(later) == 1
    assert 45 * 60 - IDLE_POLL_S <= later[0].mono - back <= 45 * 60 + 0.02


def test_a_short_pause_during_a_snooze_does_not_cancel_it() -> None:
    desk = _snoozed_desk(10)
    at = desk.clock.monotonic()
    desk.run(2 * 60)
    desk.go_idle()
    desk.run(4 * 60)  # under the 5-minute threshold: not a break
    desk.type_again()
    desk.run(5 * 60)
    assert not desk.of(NaturalBreakTaken)
    later = desk.prompts()[1:]
    assert [e.mono - at for e in later] == [pytest.approx(10 * 60, abs=1.1)]
    assert later[0].action == BreakDue(PromptKind.MICROBREAK, 2, (5, 10, 15))


# ------------------------------------------------------------------ working-hours edges

BERLIN = zone("Europe/Berlin")


def _berlin(hour: int, minute: int = 0, second: int = 0) -> datetime:
    """Monday 2 March 2026 at this Berlin wall time, as UTC."""
    return datetime(2026, 3, 2, hour, minute, second, tzinfo=BERLIN).astimezone(UTC)


SPLIT = replace(BASE, working_hours_enabled=True, working_hours=SPLIT_HOURS)


@pytest.mark.parametrize(
    ("wall", "inside"),
    [
        # morning range 09:00–12:00
        ((8, 59, 59), False),
        ((9, 0, 0), True),
        ((11, 59, 59), True),
        ((12, 0, 0), False),
        # afternoon range 13:00–17:00
        ((12, 59, 59), False),
        ((13, 0, 0), True),
        ((16, 59, 59), True),
        ((17, 0, 0), False),
    ],
)
def test_each_range_starts_at_its_start_and_ends_at_its_end(
    wall: tuple[int, int, int], inside: bool
) -> None:
    desk = Desk(SPLIT, start=_berlin(*wall))
    outside = desk.policy.status().state is PolicyState.OUTSIDE_HOURS
    assert outside is not inside


@pytest.mark.parametrize(("start", "end"), [((8, 59), (9, 0)), ((12, 59), (13, 0))])
def test_the_policy_wakes_at_a_range_start_and_counts_from_it(
    start: tuple[int, int], end: tuple[int, int]
) -> None:
    desk = Desk(SPLIT, start=_berlin(*start))
    assert desk.policy.status().state is PolicyState.OUTSIDE_HOURS
    desk.run(59)
    assert desk.policy.status().state is PolicyState.OUTSIDE_HOURS
    desk.run(1.01)  # just past the start: the policy ticked at the edge by itself
    assert desk.policy.status().state is PolicyState.COUNTING
    desk.run(46 * 60)
    [prompt] = desk.prompts()
    expected = _berlin(*end) + timedelta(minutes=45)
    assert abs((prompt.utc - expected).total_seconds()) <= 0.05


@pytest.mark.parametrize(("start", "end"), [((11, 59), (12, 0)), ((16, 59), (17, 0))])
def test_the_policy_wakes_at_a_range_end_and_stops(
    start: tuple[int, int], end: tuple[int, int]
) -> None:
    desk = Desk(SPLIT, start=_berlin(*start))
    assert desk.policy.status().state is PolicyState.COUNTING
    desk.run(59)
    assert desk.policy.status().state is PolicyState.COUNTING
    desk.run(1.01)
    assert desk.policy.status().state is PolicyState.OUTSIDE_HOURS


@pytest.mark.parametrize(("end_minute", "prompted"), [(46, True), (45, False)])
def test_a_break_due_a_minute_before_the_end_comes_and_one_due_at_the_end_does_not(
    end_minute: int, prompted: bool
) -> None:
    hours = {d: () for d in WEEKDAYS} | {"mon": (TimeRange(time(9, 0), time(9, end_minute)),)}
    desk = Desk(replace(SPLIT, working_hours=hours), start=_berlin(8, 30))
    desk.run(2 * 3600)
    times = [e.utc for e in desk.prompts()]
    if prompted:
        assert len(times) == 1
        assert abs((times[0] - _berlin(9, 45)).total_seconds()) <= 0.05
    else:
        assert times == []


# ------------------------------------------------------------------ more edges


def test_the_daily_prompt_is_not_offered_a_moment_before_its_time() -> None:
    s = replace(BASE, daily_session_enabled=True, daily_session_time=time(17, 0), interval_min=180)
    desk = Desk(s, start=_berlin(16, 50))
    desk.run(_berlin(16, 59, 59).timestamp() - _berlin(16, 50).timestamp())
    desk.tick()  # an extra tick (an OS hint, a settings change) just before the time
    desk.rearm()
    assert not desk.prompts(PromptKind.DAILY)
    desk.run(1.01)
    (daily,) = desk.prompts(PromptKind.DAILY)
    assert abs((daily.utc - _berlin(17, 0)).total_seconds()) <= 0.05


def test_a_tray_snooze_after_the_notice_gives_a_fresh_notice_before_the_new_time() -> None:
    desk = Desk()
    t0 = desk.clock.monotonic()
    desk.run(44 * 60 + 45)  # the notice came at 44:30
    assert len(desk.of(NoticeDue)) == 1
    desk.answer("snooze", 10)  # from the tray: no prompt on screen yet
    desk.run(11 * 60)
    notices, prompts = desk.of(NoticeDue), desk.prompts()
    assert [round(e.mono - t0) for e in notices] == [44 * 60 + 30, 54 * 60 + 30]
    assert [e.mono - t0 for e in prompts] == [pytest.approx(55 * 60, abs=0.02)]


def test_after_a_sleep_found_by_the_gap_check_the_daily_prompt_waits_for_the_grace() -> None:
    s = replace(BASE, daily_session_enabled=True, daily_session_time=time(17, 0), interval_min=180)
    desk = Desk(s, start=_berlin(16, 20))
    desk.run(10 * 60)
    desk.clock.suspend(60 * 60)  # 16:30 to 17:30, no resume hint
    desk.run(10 * 60)
    (away,) = desk.of(AwayDetected)
    (daily,) = desk.prompts(PromptKind.DAILY)
    assert daily.mono - away.mono == pytest.approx(RESUME_GRACE_S, abs=0.02)


def test_no_notice_for_a_break_that_the_end_of_working_hours_cancels() -> None:
    # The break would be due at 09:45 exactly when the range ends: it never comes, so
    # "a break in 30 s" must not be announced either.
    hours = {d: () for d in WEEKDAYS} | {"mon": (TimeRange(time(9, 0), time(9, 45)),)}
    desk = Desk(replace(SPLIT, working_hours=hours), start=_berlin(8, 30))
    desk.run(2 * 3600)
    assert desk.prompts() == []
    assert desk.of(NoticeDue) == []
    # One minute more and both come, the notice 30 s before the break.
    hours = {d: () for d in WEEKDAYS} | {"mon": (TimeRange(time(9, 0), time(9, 46)),)}
    desk = Desk(replace(SPLIT, working_hours=hours), start=_berlin(8, 30))
    desk.run(2 * 3600)
    [notice] = desk.of(NoticeDue)
    assert abs((notice.utc - _berlin(9, 44, 30)).total_seconds()) <= 0.05
