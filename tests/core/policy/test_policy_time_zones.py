"""The daily session across time-zone changes: one per 24 h of the user's life.

Pacific/Kiritimati (UTC+14) and America/Adak (UTC-10 in March) share the clock time but
not the date: the same instant is 17:00 on Monday in one and 17:00 on Sunday in the other.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, time, timedelta

from desktop_app.core.clock import zone
from desktop_app.core.events import PromptKind
from desktop_app.core.policy import BreakDue, BreakPolicy, PersistedPolicyState
from desktop_app.core.settings import Settings
from tests.helpers.clock import FakeClock

SETTINGS = Settings(daily_session_enabled=True, daily_session_time=time(17, 0))
#: 16:50 on Monday 2 March 2026 in Kiritimati = 16:50 on Sunday 1 March in Adak.
START = datetime(2026, 3, 2, 2, 50, tzinfo=UTC)


def _run(policy: BreakPolicy, clock: FakeClock, seconds: float) -> list[datetime]:
    """Let an active user work ``seconds``; return when daily prompts came (skipped)."""
    daily: list[datetime] = []
    end = clock.monotonic() + seconds
    while True:
        wait = policy.seconds_until_next_tick()
        if clock.monotonic() + wait > end:
            clock.advance(end - clock.monotonic())
            return daily
        clock.advance(wait)
        for action in policy.tick(0.0, None):
            if isinstance(action, BreakDue):
                if action.kind is PromptKind.DAILY:
                    daily.append(clock.utc_now())
                policy.skip()


def test_restarting_in_adak_after_kiritimati_offers_no_second_daily() -> None:
    clock = FakeClock(START, "Pacific/Kiritimati")
    first = BreakPolicy(SETTINGS, clock, random.Random(1))
    offered = _run(first, clock, 20 * 60)
    assert [t.astimezone(zone("Pacific/Kiritimati")).time() for t in offered] == [time(17, 0)]
    saved = PersistedPolicyState.from_mapping(first.persisted_state().to_mapping())
    assert saved is not None

    # The user flies (or the zone setting changes) and starts again in Adak.
    clock.tz = "America/Adak"
    second = BreakPolicy(SETTINGS, clock, random.Random(2), restored=saved)
    assert _run(second, clock, 6 * 3600) == [], "offered twice within hours"
    later = _run(second, clock, 24 * 3600)
    assert len(later) == 1
    gap = later[0] - offered[0]
    assert gap >= timedelta(hours=24) - timedelta(minutes=1), gap
    assert later[0].astimezone(zone("America/Adak")).time() == time(17, 0)


def test_a_zone_change_while_running_offers_no_second_daily() -> None:
    clock = FakeClock(START, "Pacific/Kiritimati")
    policy = BreakPolicy(SETTINGS, clock, random.Random(1))
    assert len(_run(policy, clock, 20 * 60)) == 1
    clock.tz = "America/Adak"
    assert _run(policy, clock, 6 * 3600) == []
    assert len(_run(policy, clock, 24 * 3600)) == 1


def test_the_other_way_round_adak_then_kiritimati() -> None:
    start = datetime(2026, 3, 3, 2, 50, tzinfo=UTC)  # 16:50 Monday in Adak
    clock = FakeClock(start, "America/Adak")
    first = BreakPolicy(SETTINGS, clock, random.Random(1))
    offered = _run(first, clock, 20 * 60)
    assert len(offered) == 1
    saved = PersistedPolicyState.from_mapping(first.persisted_state().to_mapping())
    clock.tz = "Pacific/Kiritimati"
    second = BreakPolicy(SETTINGS, clock, random.Random(2), restored=saved)
    assert _run(second, clock, 6 * 3600) == []
    later = _run(second, clock, 24 * 3600)
    assert len(later) == 1 and later[0] - offered[0] >= timedelta(hours=23, minutes=59)


def test_a_state_saved_by_an_older_version_still_counts_the_day() -> None:
    clock = FakeClock(datetime(2026, 3, 2, 16, 10, tzinfo=UTC), "Europe/Berlin")
    saved = PersistedPolicyState.from_mapping(
        {"saved_at": "2026-03-02T16:05:00+00:00", "daily_offered_on": "2026-03-02"}
    )
    policy = BreakPolicy(SETTINGS, clock, random.Random(1), restored=saved)
    assert _run(policy, clock, 3 * 3600) == []
    assert len(_run(policy, clock, 24 * 3600)) == 1
