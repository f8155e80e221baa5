"""The "active until" notes: rate-limited writing, and "active on another computer?"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID

from desktop_app.core.sync_activity import (
    ActiveNote,
    ActivityTracker,
    SeenNote,
    Span,
    active_elsewhere,
    active_seconds_elsewhere,
    clock_correction,
    decode_note,
    encode_note,
)

ME = UUID("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa")
DESK = UUID("bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb")
LAPTOP = UUID("cccccccc-cccc-4ccc-8ccc-cccccccccccc")


def t(hh: int, mm: int, ss: int = 0) -> datetime:
    return datetime(2026, 11, 29, hh, mm, ss, tzinfo=UTC)


def test_activity_within_the_gap_extends_the_span_and_a_longer_pause_starts_another() -> None:
    tracker = ActivityTracker(DESK, "desk", merge_gap_s=120)
    for at in (t(9, 0), t(9, 1), t(9, 3), t(9, 8), t(9, 9)):
        tracker.record(at)
    # 9:01 -> 9:03 is 120 s (merged); 9:03 -> 9:08 is 300 s (new span).
    assert tracker.spans == [Span(t(9, 0), t(9, 3)), Span(t(9, 8), t(9, 9))]


def test_the_note_is_written_at_most_once_a_minute_and_only_with_news() -> None:
    tracker = ActivityTracker(DESK, "desk")
    assert not tracker.due(t(9, 0))
    tracker.record(t(9, 0))
    assert tracker.due(t(9, 0))
    tracker.written(t(9, 0))
    tracker.record(t(9, 0, 30))
    assert not tracker.due(t(9, 0, 59))
    assert tracker.due(t(9, 1))
    tracker.written(t(9, 1))
    assert not tracker.due(t(9, 5))  # idle: nothing new to say
    # A clock set back must not silence the note for the length of the jump.
    tracker.record(t(9, 6))
    assert tracker.due(t(8, 0))


def test_the_note_keeps_one_day_of_spans() -> None:
    tracker = ActivityTracker(DESK, "desk")
    tracker.record(t(9, 0) - timedelta(days=1, minutes=1))
    tracker.record(t(9, 0))
    note = tracker.note(t(9, 0))
    assert note.spans == (Span(t(9, 0), t(9, 0)),)
    assert note.active_until == t(9, 0)


def test_notes_round_trip_and_broken_or_newer_notes_are_refused() -> None:
    note = ActiveNote(DESK, "Büro", t(9, 5), (Span(t(8, 0), t(8, 30)), Span(t(9, 0), t(9, 5))))
    assert decode_note(encode_note(note)) == note
    assert decode_note(encode_note(note)[:-10]) is None
    assert decode_note(encode_note(note).replace(b'"v":1', b'"v":2')) is None
    reversed_span = encode_note(ActiveNote(DESK, "d", t(9, 0), (Span(t(9, 0), t(9, 0)),)))
    reversed_span = reversed_span.replace(
        b'["2026-11-29T09:00:00+00:00",', b'["2026-11-29T10:00:00+00:00",'
    )
    assert decode_note(reversed_span) is None
    assert decode_note(b"\xff") is None


def _seen(
    computer: UUID,
    spans: list[tuple[datetime, datetime]],
    written: datetime,
    seen: datetime | None = None,
    fresh: bool = False,
    name: str = "pc",
) -> SeenNote:
    note = ActiveNote(computer, name, written, tuple(Span(a, b) for a, b in spans))
    return SeenNote(note, seen or written, fresh)


def test_active_elsewhere_counts_overlaps_once_and_ignores_this_computer() -> None:
    notes = [
        _seen(DESK, [(t(9, 0), t(9, 20)), (t(9, 40), t(9, 50))], t(9, 50)),
        _seen(LAPTOP, [(t(9, 15), t(9, 25))], t(9, 25)),
        _seen(ME, [(t(9, 30), t(9, 35))], t(9, 35)),
    ]
    # Idle here 9:10-9:45: desk 9:10-9:20, laptop 9:15-9:25 (overlap once) -> 9:10-9:25
    # is 15 min; desk again 9:40-9:45 is 5 min; my own note (9:30-9:35) does not count.
    assert active_seconds_elsewhere(notes, ME, t(9, 10), t(9, 45)) == 20 * 60
    assert active_elsewhere(notes, ME, t(9, 10), t(9, 45))
    assert not active_elsewhere(notes, ME, t(9, 26), t(9, 39))
    assert active_seconds_elsewhere(notes, ME, t(9, 26), t(9, 39)) == 0


def test_two_computers_with_the_same_name_are_two_computers() -> None:
    notes = [
        _seen(DESK, [(t(9, 0), t(9, 10))], t(9, 10), name="Laptop"),
        _seen(LAPTOP, [(t(9, 20), t(9, 30))], t(9, 30), name="Laptop"),
    ]
    assert active_seconds_elsewhere(notes, ME, t(9, 0), t(9, 30)) == 20 * 60


def test_a_writer_clock_hours_ahead_is_corrected_even_at_first_sight() -> None:
    # The desk's clock is 3 h ahead: it says 12:20 for what is 9:20 here. We read the
    # note at 9:21 (first sight), so its clock is at least 2:59 ahead.
    seen = _seen(DESK, [(t(12, 0), t(12, 20))], written=t(12, 20), seen=t(9, 21))
    assert clock_correction(seen) == -timedelta(hours=2, minutes=59)
    # In this computer's clock the desk was active 9:01-9:21.
    assert active_seconds_elsewhere([seen], ME, t(9, 0), t(9, 30)) == 20 * 60
    assert not active_elsewhere([seen], ME, t(12, 0), t(12, 30))


def test_a_writer_clock_hours_behind_is_corrected_when_the_note_was_seen_changing() -> None:
    # The laptop's clock is 4 h behind: its note says 5:20 and we saw it appear at 9:20.
    fresh = _seen(LAPTOP, [(t(5, 0), t(5, 20))], written=t(5, 20), seen=t(9, 20), fresh=True)
    assert clock_correction(fresh) == timedelta(hours=4)
    assert active_elsewhere([fresh], ME, t(9, 10), t(9, 15))
    # Found at start-up, an old note is just old: it is taken as written.
    stale = _seen(LAPTOP, [(t(5, 0), t(5, 20))], written=t(5, 20), seen=t(9, 20))
    assert clock_correction(stale) == timedelta(0)
    assert not active_elsewhere([stale], ME, t(9, 10), t(9, 15))


def test_sync_delay_within_the_tolerance_is_not_taken_for_a_wrong_clock() -> None:
    seen = _seen(DESK, [(t(9, 0), t(9, 20))], written=t(9, 20), seen=t(9, 23), fresh=True)
    assert clock_correction(seen) == timedelta(0)
    assert active_seconds_elsewhere([seen], ME, t(9, 15), t(9, 30)) == 5 * 60


def test_activity_after_the_clock_was_set_back_is_not_lost() -> None:
    tracker = ActivityTracker(DESK, "desk")
    tracker.record(t(10, 0))
    tracker.written(t(10, 0))
    tracker.record(t(9, 0))  # the clock was set back an hour
    tracker.record(t(9, 1))
    assert tracker.spans == [Span(t(10, 0), t(10, 0)), Span(t(9, 0), t(9, 1))]
    assert tracker.due(t(9, 1))
    assert decode_note(encode_note(tracker.note(t(9, 1)))) is not None
