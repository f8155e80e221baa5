"""Incremental reading rules: which lines are taken, when a file is read again, merging."""

from __future__ import annotations

from datetime import UTC, date, datetime
from uuid import UUID

from desktop_app.core.clock import Stamp
from desktop_app.core.sync_format import FORMAT_VERSION, RecordKind, SyncRecord, encode_record
from desktop_app.core.sync_merge import (
    FINGERPRINT_BLOCK,
    ChunkRead,
    FileCursor,
    advance,
    fingerprint,
    fingerprint_ranges,
    history_order,
    merge_new,
    newer_notice_due,
    read_chunk,
)

A = UUID("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa")
B = UUID("bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb")


def _rating(n: int, computer: UUID = A, minute: int = 0) -> SyncRecord:
    at = Stamp(datetime(2026, 11, 29, 10, minute, tzinfo=UTC), "UTC")
    payload = {"rating_kind": "before", "value": n % 11}
    return SyncRecord(
        UUID(int=n, version=4), computer, RecordKind.PAIN_RATING, at, date(2026, 11, 29), payload
    )


def test_complete_lines_are_taken_and_a_last_line_without_newline_waits() -> None:
    one, two, three = (encode_record(_rating(n)) for n in (1, 2, 3))
    chunk = one + two + three[:20]
    read = read_chunk(chunk)
    assert [r.event_id.int & 0xFF for r in read.records] == [1, 2]
    assert read.consumed == len(one) + len(two)
    assert (read.invalid, read.newer) == (0, 0)


def test_an_invalid_last_line_waits_but_an_invalid_line_in_the_middle_is_skipped() -> None:
    one, two = encode_record(_rating(1)), encode_record(_rating(2))
    torn = b'{"v":1,"id":"x'
    held = read_chunk(one + torn + b"\n")
    assert held.consumed == len(one) and held.invalid == 0
    skipped = read_chunk(one + torn + b"\n" + two)
    assert len(skipped.records) == 2 and skipped.invalid == 1
    assert skipped.consumed == len(one) + len(torn) + 1 + len(two)


def test_two_broken_lines_at_the_end_skip_the_first_and_hold_the_second() -> None:
    one = encode_record(_rating(1))
    read = read_chunk(one + b"garbage\n" + b"more garbage\n")
    assert (read.consumed, read.invalid) == (len(one) + len(b"garbage\n"), 1)


def test_blank_lines_are_passed_over_and_newer_lines_counted() -> None:
    newer = b'{"v":3,"kind":"x"}\n'
    read = read_chunk(b"\n\n" + newer + encode_record(_rating(1)))
    assert len(read.records) == 1
    assert (read.newer, read.newest_version) == (1, 3)
    assert read.consumed == 2 + len(newer) + len(encode_record(_rating(1)))


def test_a_cursor_restarts_when_the_file_shrank_or_its_prefix_changed() -> None:
    cursor = FileCursor(offset=100, prefix="abc", size=100, mtime_ns=5)
    assert cursor.unchanged(100, 5) and not cursor.unchanged(100, 6)
    assert not cursor.must_restart(150, "abc")
    assert cursor.must_restart(99, "abc")
    assert cursor.must_restart(150, "abd")
    assert cursor.must_restart(150, None)


def test_a_newer_reader_restarts_a_file_where_newer_lines_were_skipped() -> None:
    old = FileCursor(offset=10, prefix="p", reader_version=0, skipped_newer=True)
    assert old.must_restart(10, "p")
    assert not FileCursor(offset=10, prefix="p", reader_version=0).must_restart(10, "p")
    assert not FileCursor(offset=10, prefix="p", skipped_newer=True).must_restart(10, "p")


def test_advance_moves_by_what_was_consumed_and_remembers_skipped_newer_lines() -> None:
    cursor = FileCursor(offset=40, prefix="old")
    moved = advance(cursor, ChunkRead(consumed=25, newer=1), "new", 70, 9)
    assert (moved.offset, moved.prefix, moved.size, moved.mtime_ns) == (65, "new", 70, 9)
    assert moved.skipped_newer


def test_cursor_json_round_trip_and_refusals() -> None:
    cursor = FileCursor(12, "ff", 14, 99, 1, True)
    assert FileCursor.from_json(cursor.to_json()) == cursor
    assert FileCursor.from_json({**cursor.to_json(), "offset": -1}) is None
    assert FileCursor.from_json({**cursor.to_json(), "offset": True}) is None
    assert FileCursor.from_json({**cursor.to_json(), "prefix": 3}) is None
    assert FileCursor.from_json({}) is None


def test_fingerprint_ranges_cover_both_ends_of_the_prefix() -> None:
    assert fingerprint_ranges(100) == ((0, 100), (0, 100))
    big = 3 * FINGERPRINT_BLOCK
    assert fingerprint_ranges(big) == ((0, FINGERPRINT_BLOCK), (2 * FINGERPRINT_BLOCK, big))
    assert fingerprint(b"ab", b"c") != fingerprint(b"a", b"bc")


def test_merge_keeps_one_copy_per_event() -> None:
    seen: set[UUID] = {UUID(int=1, version=4)}  # already stored
    incoming = [_rating(1, B), _rating(2, B), _rating(2, B), _rating(3, A), _rating(4, B)]
    merged = merge_new(incoming, seen)
    assert [r.event_id.int & 0xFF for r in merged.new] == [2, 3, 4]
    assert merged.duplicates == 2
    assert seen == {UUID(int=n, version=4) for n in (1, 2, 3, 4)}


def test_history_order_is_by_instant_then_id() -> None:
    late, early_b, early_a = _rating(1, minute=30), _rating(9, minute=5), _rating(3, minute=5)
    assert history_order([late, early_b, early_a]) == [early_a, early_b, late]


def test_the_user_is_told_about_newer_lines_once_per_app_version() -> None:
    assert not newer_notice_due(0, None)
    assert newer_notice_due(3, None)
    assert not newer_notice_due(3, told_for_version=FORMAT_VERSION)
    assert newer_notice_due(3, told_for_version=FORMAT_VERSION - 1)
