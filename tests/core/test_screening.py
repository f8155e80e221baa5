"""When the red-flag questions are asked, and which ones (issue 12 §1)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop_app.core import red_flags
from desktop_app.core.clock import Stamp
from desktop_app.core.events import RatingEvent, RatingKind
from desktop_app.core.screening import (
    INTROS,
    RECHECK_EVERY,
    ScreeningReason,
    next_recheck,
    questions_for,
    reason_at_session_start,
    reason_for_rating,
)

NOW = datetime(2026, 3, 26, 12, 0, tzinfo=UTC)


def rating(value: int, kind: RatingKind = RatingKind.BEFORE) -> RatingEvent:
    return RatingEvent(Stamp(NOW, "UTC"), kind, value)


def test_first_run_asks_the_full_list_before_any_exercise() -> None:
    assert reason_at_session_start(None, NOW) is ScreeningReason.FIRST_RUN
    assert questions_for(ScreeningReason.FIRST_RUN) == red_flags.RED_FLAGS


def test_short_recheck_every_three_weeks() -> None:
    assert timedelta(days=21) == RECHECK_EVERY
    assert reason_at_session_start(NOW - timedelta(days=20, hours=23), NOW) is None
    assert reason_at_session_start(NOW - timedelta(days=21), NOW) is ScreeningReason.PERIODIC
    assert next_recheck(NOW - timedelta(days=5), NOW) == NOW + timedelta(days=16)
    assert next_recheck(None, NOW) == NOW
    assert next_recheck(NOW - timedelta(days=30), NOW) == NOW


@pytest.mark.parametrize(
    ("value", "kind", "reason"),
    [
        (6, RatingKind.BEFORE, None),
        (7, RatingKind.BEFORE, ScreeningReason.SEVERE_PAIN),
        (7, RatingKind.AFTER, ScreeningReason.SEVERE_PAIN),
        (9, RatingKind.DAY_AVERAGE, ScreeningReason.SEVERE_PAIN),
        (5, RatingKind.DURING, None),
        (6, RatingKind.DURING, ScreeningReason.PAIN_DURING),
        (7, RatingKind.DURING, ScreeningReason.SEVERE_PAIN),
        (6, RatingKind.AFTER, None),
    ],
)
def test_ratings_that_ask_the_short_check(
    value: int, kind: RatingKind, reason: ScreeningReason | None
) -> None:
    assert reason_for_rating(rating(value, kind), None, NOW) is reason


def test_a_pain_triggered_check_is_asked_at_most_once_a_day() -> None:
    assert reason_for_rating(rating(8), NOW - timedelta(hours=23), NOW) is None
    assert reason_for_rating(rating(8), NOW - timedelta(hours=24), NOW) is not None


def test_short_list_covers_each_serious_kind_and_is_short() -> None:
    short = questions_for(ScreeningReason.PERIODIC)
    assert 6 <= len(short) <= 12 < len(red_flags.RED_FLAGS)
    groups = {f.group for f in short}
    assert {
        red_flags.FlagGroup.EMERGENCY,
        red_flags.FlagGroup.URGENT_NECK,
        red_flags.FlagGroup.CHEST,
        red_flags.FlagGroup.STOP_EXERCISE,
        red_flags.FlagGroup.MEDICAL_REVIEW,
    } <= groups
    assert questions_for(ScreeningReason.SEVERE_PAIN) == short
    assert questions_for(ScreeningReason.PAIN_DURING) == short
    # in display order, most serious first
    assert list(short) == sorted(short, key=red_flags.RED_FLAGS.index)


def test_reported_nerve_symptoms_ask_the_full_list() -> None:
    assert questions_for(ScreeningReason.NERVE_SYMPTOMS) == red_flags.RED_FLAGS


def test_every_reason_has_a_calm_intro() -> None:
    assert set(INTROS) == set(ScreeningReason)
    for text in INTROS.values():
        assert "!" not in text and "urgent" not in text.lower() and "danger" not in text.lower()
