"""The microbreak cycle as a Reminder: due, notice, quiet hold, grace, snooze, skip, make-up."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from desktop_app.core.events import PromptKind
from desktop_app.core.policy.actions import BreakDue, NoticeDue
from desktop_app.core.policy.gaps import Readings
from desktop_app.core.policy.microbreak import MicrobreakCycle
from desktop_app.core.policy.quiet import QuietReason
from desktop_app.core.policy.reminder import Moment, Reminder
from desktop_app.core.policy.timing import QUIET_POLL_S, SETTINGS_GRACE_S, TimeScale
from desktop_app.core.settings import Settings

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
SETTINGS = Settings(daily_session_enabled=False)  # 45 min, notice 30 s, 3 snoozes


def at(mono: float = 1000.0, **kw: object) -> Moment:
    return Moment(now=Readings(mono, mono, T0), tz_name="UTC", **kw)  # type: ignore[arg-type]


def cycle(settings: Settings = SETTINGS) -> MicrobreakCycle:
    return MicrobreakCycle(settings, TimeScale(), random.Random(1))


def test_is_a_reminder() -> None:
    reminder: Reminder = cycle()
    assert reminder.kind is PromptKind.MICROBREAK
    assert reminder.withdrawn_when_idle


def test_notice_then_prompt_when_active_time_reaches_the_interval() -> None:
    c = cycle()
    c.add_active(45 * 60 - 40)
    assert c.check(at()) == []
    assert c.waits(at()) == [pytest.approx(10), pytest.approx(40)]  # notice, then the break
    c.add_active(10)
    assert c.check(at()) == [NoticeDue(30)]
    assert c.check(at()) == []  # the notice goes out once
    c.add_active(30)
    assert c.due(at())
    assert c.check(at()) == [BreakDue(PromptKind.MICROBREAK, 3, (5, 10, 15))]


def test_pending_active_time_counts_towards_due_and_waits() -> None:
    c = cycle()
    c.add_active(45 * 60 - 100)
    assert not c.due(at(pending_active_s=99))
    assert c.due(at(pending_active_s=100))


def test_quiet_time_holds_a_due_break_and_polls() -> None:
    c = cycle()
    c.add_active(45 * 60)
    assert c.check(at(quiet=QuietReason.FULLSCREEN)) == []
    assert c.held_for_quiet
    assert QUIET_POLL_S in c.waits(at(quiet=QuietReason.FULLSCREEN))
    assert c.check(at())[0].kind is PromptKind.MICROBREAK  # type: ignore[union-attr]
    assert not c.held_for_quiet


def test_grace_holds_a_due_break_until_it_ends_but_start_up_grace_does_not() -> None:
    c = cycle()
    c.add_active(45 * 60)
    assert c.check(at(grace_left_s=40.0)) == []
    assert c.waits(at(grace_left_s=40.0)) == [40.0]
    assert c.check(at(startup_grace_left_s=40.0)) != []


def test_no_prompt_while_a_reminder_prompt_is_shown() -> None:
    c = cycle()
    c.add_active(45 * 60)
    assert c.check(at(reminder_shown=True, prompt=PromptKind.DAILY)) == []
    assert c.waits(at(reminder_shown=True, prompt=PromptKind.DAILY)) == []


def test_snooze_up_to_the_limit() -> None:
    c = cycle(replace(SETTINGS, snooze_limit=2))
    for left in (1, 0):
        assert c.snooze(1000.0, 300.0)
        assert not c.due(at(1299.0))
        assert c.waits(at(1000.0)) == [300.0]
        (prompt,) = c.check(at(1300.0))
        assert prompt == BreakDue(PromptKind.MICROBREAK, left, (5, 10, 15))
    assert not c.snooze(1300.0, 300.0)


def test_postpone_moves_the_next_break_back() -> None:
    c = cycle()
    c.add_active(10 * 60)
    c.postpone(1000.0, 600.0)
    assert c.seconds_left(at()) == pytest.approx(45 * 60)
    c.snooze(1000.0, 60.0)
    c.postpone(1030.0, 60.0)
    assert c.snooze_end_mono == 1120.0


def test_skip_restarts_and_leaves_one_make_up_offer() -> None:
    c = cycle()
    c.add_active(45 * 60)
    c.skip()
    assert c.active_s == 0
    assert c.makeup_pending
    assert c.makeup_offer(at(quiet=QuietReason.DND)) is None
    assert c.makeup_offer(at(grace_left_s=1.0)) is None
    assert c.makeup_offer(at(startup_grace_left_s=1.0)) is None
    assert c.makeup_offer(at(prompt=PromptKind.DAILY)) is None
    assert c.makeup_offer(at()) == BreakDue(PromptKind.MAKEUP, 0, ())
    assert c.makeup_offer(at()) is None


def test_jitter_draws_each_target_within_bounds() -> None:
    c = cycle(replace(SETTINGS, jitter_min=5))
    targets = set()
    for _ in range(20):
        c.restart()
        assert 40 * 60 <= c.target_s <= 50 * 60
        targets.add(round(c.target_s))
    assert len(targets) > 5


def test_new_settings_never_make_the_break_due_at_once() -> None:
    c = cycle()
    c.add_active(40 * 60)
    c.apply_settings(replace(SETTINGS, interval_min=30))
    assert c.seconds_left(at()) == pytest.approx(30 + SETTINGS_GRACE_S)
    c.restart()
    assert c.target_s == 30 * 60


def test_restored_count_is_never_due_at_once() -> None:
    c = cycle()
    c.restore_active(50 * 60)
    assert c.seconds_left(at()) == pytest.approx(SETTINGS_GRACE_S)


def test_time_scale_shrinks_the_interval() -> None:
    c = MicrobreakCycle(SETTINGS, TimeScale(0.01), random.Random(1))
    assert c.target_s == pytest.approx(27)
    assert c.lead_s == pytest.approx(0.3)
