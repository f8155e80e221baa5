"""Activity and breaks on other computers, as the break policy here sees them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID

from desktop_app.core.sync_activity import ActiveNote, SeenNote, Span
from desktop_app.core.sync_policy import break_restarts_count, idle_here

HERE = UUID("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa")
LAPTOP = UUID("cccccccc-cccc-4ccc-8ccc-cccccccccccc")
NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def seen(computer: UUID, *spans: tuple[int, int]) -> SeenNote:
    """A note seen now, with spans given in minutes before now."""
    note = ActiveNote(
        computer,
        "Laptop",
        NOW,
        tuple(Span(NOW - timedelta(minutes=a), NOW - timedelta(minutes=b)) for a, b in spans),
    )
    return SeenNote(note, NOW)


def test_idle_here_while_working_on_the_laptop_is_not_a_break() -> None:
    # 20 minutes without input here, but typing on the laptop until 1 minute ago.
    assert idle_here(20 * 60.0, [seen(LAPTOP, (25, 1))], HERE, NOW) == 60.0


def test_activity_before_the_idle_stretch_or_of_this_computer_changes_nothing() -> None:
    assert idle_here(10 * 60.0, [seen(LAPTOP, (40, 30))], HERE, NOW) == 600.0
    assert idle_here(10 * 60.0, [seen(HERE, (8, 1))], HERE, NOW) == 600.0
    assert idle_here(None, [seen(LAPTOP, (8, 1))], HERE, NOW) is None


def test_a_recent_break_elsewhere_restarts_the_count_once() -> None:
    ended = NOW - timedelta(minutes=5)
    assert break_restarts_count(ended, NOW, 45 * 60, None)
    assert not break_restarts_count(ended, NOW, 45 * 60, ended)  # already applied
    assert not break_restarts_count(ended, NOW, 45 * 60, NOW - timedelta(minutes=1))
    # Older than one interval: the count here has moved on.
    assert not break_restarts_count(NOW - timedelta(hours=2), NOW, 45 * 60, None)
    # From a clock far ahead: not trusted.
    assert not break_restarts_count(NOW + timedelta(hours=1), NOW, 45 * 60, None)
