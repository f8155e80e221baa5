"""The persisted policy state: JSON round trip, rejects, and whether the count carries on."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from desktop_app.core.policy.persisted import PersistedPolicyState

SAVED = PersistedPolicyState(
    saved_at=datetime(2026, 3, 2, 8, 0, tzinfo=UTC),
    active_s=1234,
    makeup_pending=True,
    daily_offered_on=date(2026, 3, 1),
    paused_until=datetime(2026, 3, 2, 9, 0, tzinfo=UTC),
)


def test_round_trip() -> None:
    data = SAVED.to_mapping()
    assert data["saved_at"] == "2026-03-02T08:00:00+00:00"
    assert data["daily_offered_on"] == "2026-03-01"
    assert PersistedPolicyState.from_mapping(data) == SAVED


def test_defaults_for_missing_fields() -> None:
    parsed = PersistedPolicyState.from_mapping({"saved_at": "2026-03-02T08:00:00+01:00"})
    assert parsed == PersistedPolicyState(saved_at=datetime(2026, 3, 2, 7, 0, tzinfo=UTC))


def test_rejects_unusable_data() -> None:
    good = SAVED.to_mapping()
    for bad in (
        {},
        {**good, "saved_at": "garbage"},
        {**good, "saved_at": "2026-03-02T08:00:00"},  # no timezone
        {**good, "active_s": -1},
        {**good, "active_s": True},
        {**good, "active_s": "12"},
        {**good, "daily_offered_on": "yesterday"},
    ):
        assert PersistedPolicyState.from_mapping(bad) is None, bad


def test_count_carries_on_only_over_a_short_restart() -> None:
    at = SAVED.saved_at
    assert SAVED.counts_on(at + timedelta(seconds=299), idle_threshold_s=300)
    assert not SAVED.counts_on(at + timedelta(seconds=300), idle_threshold_s=300)
    assert not SAVED.counts_on(at - timedelta(seconds=1), idle_threshold_s=300)
