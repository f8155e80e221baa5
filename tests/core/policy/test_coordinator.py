"""The coordinator's own rules, beyond tests/core/policy/test_policy.py."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time

from desktop_app.core.events import PromptKind
from desktop_app.core.policy import AwayDetected, AwayKind
from desktop_app.core.settings import Settings
from tests.core.policy.test_policy import Desk


def test_daily_snoozed_past_midnight_does_not_return_when_the_wall_goes_back() -> None:
    s = replace(Settings(), daily_session_time=time(23, 50), interval_min=180)
    desk = Desk(s, start=datetime(2026, 3, 2, 22, 40, tzinfo=UTC))  # 23:40 in Berlin
    desk.run(11 * 60)
    assert len(desk.prompts(PromptKind.DAILY)) == 1
    desk.answer("snooze", 15)  # would come again at 00:05: the next day, so dropped
    desk.run(30 * 60)
    desk.clock.jump_wall(-3600)  # back to 23:21 on the day of the offer
    desk.run(30 * 60)
    assert len(desk.prompts(PromptKind.DAILY)) == 1


def test_reminders_are_checked_daily_first_and_one_prompt_holds_the_other() -> None:
    s = replace(Settings(), daily_session_time=time(9, 45))
    desk = Desk(s)  # Monday 09:00 in Berlin: both the microbreak and the daily fall at 09:45
    desk.run(45 * 60 + 1)
    assert [e.action.kind for e in desk.prompts()] == [PromptKind.DAILY]  # type: ignore[union-attr]
    desk.answer("skip")
    desk.run(1)
    assert [e.action.kind for e in desk.prompts()] == [  # type: ignore[union-attr]
        PromptKind.DAILY,
        PromptKind.MICROBREAK,
    ]


def test_a_late_tick_after_a_lock_return_is_a_gap() -> None:
    desk = Desk()
    desk.run(10 * 60)
    desk.policy.away_started()
    desk.clock.advance(5 * 60)
    assert desk.policy.away_ended() == [AwayDetected(AwayKind.LOCK, 5 * 60)]
    desk.rearm()
    desk.clock.advance(desk.waits[-1] + 3600)  # the timer fires an hour late (stopped)
    assert AwayDetected(AwayKind.GAP, 3600) in desk.tick()
