"""A break completed on another computer restarts the count here (issue 15)."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from desktop_app.core.events import PromptKind
from desktop_app.core.policy import (
    BreakDue,
    BreakPolicy,
    BreakWithdrawn,
    PolicyState,
    WithdrawReason,
)
from desktop_app.core.settings import Settings
from tests.helpers.clock import FakeClock

MONDAY_9 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # 09:00 in Berlin


def typing_for(policy: BreakPolicy, clock: FakeClock, seconds: float) -> list[object]:
    """Type without a pause for ``seconds``, ticking when the policy asks; the actions."""
    actions: list[object] = []
    end = clock.monotonic() + seconds
    while clock.monotonic() < end:
        clock.advance(min(policy.seconds_until_next_tick(), end - clock.monotonic()))
        actions += policy.tick(0.0, None)
    return actions


def test_a_break_elsewhere_restarts_the_count_here() -> None:
    clock = FakeClock(MONDAY_9, "Europe/Berlin")
    policy = BreakPolicy(Settings(daily_session_enabled=False), clock, random.Random(7), 1.0)
    policy.tick(0.0, None)
    assert not any(isinstance(a, BreakDue) for a in typing_for(policy, clock, 30 * 60))
    assert policy.break_taken_elsewhere() == []
    # 30 more minutes would have made 60 without it: no prompt yet.
    assert not any(isinstance(a, BreakDue) for a in typing_for(policy, clock, 30 * 60))
    assert any(isinstance(a, BreakDue) for a in typing_for(policy, clock, 16 * 60))


def test_a_microbreak_prompt_shown_here_is_withdrawn() -> None:
    clock = FakeClock(MONDAY_9, "Europe/Berlin")
    policy = BreakPolicy(Settings(daily_session_enabled=False), clock, random.Random(7), 1.0)
    policy.tick(0.0, None)
    assert any(isinstance(a, BreakDue) for a in typing_for(policy, clock, 46 * 60))
    assert policy.break_taken_elsewhere() == [
        BreakWithdrawn(PromptKind.MICROBREAK, WithdrawReason.ELSEWHERE)
    ]
    assert policy.status().state is not PolicyState.PROMPTING
    # The count starts again: no prompt for the next 40 minutes of typing.
    assert not any(isinstance(a, BreakDue) for a in typing_for(policy, clock, 40 * 60))


def test_not_during_a_session_here() -> None:
    clock = FakeClock(MONDAY_9, "Europe/Berlin")
    policy = BreakPolicy(Settings(daily_session_enabled=False), clock, random.Random(7), 1.0)
    policy.tick(0.0, None)
    policy.start_session()
    assert policy.break_taken_elsewhere() is None
