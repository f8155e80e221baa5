"""A red flag reported on another computer locks the programme here too."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop_app.core.red_flags import RED_FLAGS
from desktop_app.core.safety import evaluate
from desktop_app.core.sync_safety import ASSESSMENT_CONFIRMED, SafetyFinding, change_from

AT = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
LOCKING = next(f.id for f in RED_FLAGS if evaluate([f.id]).lock_programme)


def test_a_locking_flag_elsewhere_locks_here_and_counts_as_a_screening() -> None:
    change = change_from([SafetyFinding(AT, "emergency", "checklist", LOCKING)])
    assert change.locked is True
    assert change.add_regions == evaluate([LOCKING]).stop_regions
    assert change.last_screening == AT


def test_a_confirmed_assessment_after_it_lifts_the_lock() -> None:
    later = AT + timedelta(days=2)
    change = change_from(
        [
            SafetyFinding(later, ASSESSMENT_CONFIRMED, "programme resumed", ""),
            SafetyFinding(AT, "emergency", "severe_pain", LOCKING),
        ]
    )
    assert change.locked is False and change.stopped_regions == frozenset()
    assert change.last_screening is None  # a severe-pain check is not the checklist


def test_a_clean_checklist_changes_only_the_screening_date() -> None:
    change = change_from([SafetyFinding(AT, "no_flags", "checklist", "")])
    assert (change.locked, change.stopped_regions, change.add_regions) == (None, None, frozenset())
    assert change.last_screening == AT
