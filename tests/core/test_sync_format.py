"""The sync record line format: exact encoding, the version rule, what is refused."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from uuid import UUID

import pytest

from desktop_app.core.clock import Stamp
from desktop_app.core.events import (
    PromptAnswer,
    PromptEvent,
    PromptKind,
    RatingEvent,
    RatingKind,
    Region,
    SessionEvent,
    SessionKind,
    SessionOutcome,
    SetEvent,
    Side,
)
from desktop_app.core.sync_format import (
    LineStatus,
    PayloadError,
    RecordKind,
    SyncRecord,
    decode_line,
    encode_record,
    month_of,
)
from desktop_app.core.sync_records import (
    new_event_id,
    pain_rating,
    prompt_answered,
    safety_event,
    session_ended,
    session_started,
    set_done,
)

PC = UUID("11111111-1111-4111-8111-111111111111")
EVENT = UUID("22222222-2222-4222-8222-222222222222")
SESSION = UUID("33333333-3333-4333-8333-333333333333")


def _at(text: str, tz: str = "Europe/Berlin") -> Stamp:
    return Stamp(datetime.fromisoformat(text), tz)


def test_a_rating_is_encoded_as_one_exact_line() -> None:
    rating = RatingEvent(_at("2026-11-29T19:13:22+00:00"), RatingKind.AFTER, 3, Region.NECK)
    line = encode_record(pain_rating(rating, event_id=EVENT, computer_id=PC, session=SESSION))
    assert line == (
        b'{"v":1,"id":"22222222-2222-4222-8222-222222222222",'
        b'"computer":"11111111-1111-4111-8111-111111111111","kind":"pain_rating",'
        b'"at":"2026-11-29T19:13:22+00:00","tz":"Europe/Berlin","day":"2026-11-29",'
        b'"data":{"rating_kind":"after","value":3,"region":"neck",'
        b'"session":"33333333-3333-4333-8333-333333333333","exercise":null}}\n'
    )


def test_text_with_newlines_stays_on_one_line() -> None:
    record = safety_event(
        _at("2026-11-29T08:00:00+00:00"),
        "numbness",
        event_id=EVENT,
        computer_id=PC,
        detail="left\nleg",
    )
    line = encode_record(record)
    assert line.count(b"\n") == 1 and line.endswith(b"\n")
    decoded = decode_line(line)
    assert decoded.record is not None and decoded.record.text("detail") == "left\nleg"


def test_every_builder_round_trips() -> None:
    started = _at("2026-11-29T09:00:00+00:00")
    ended = _at("2026-11-29T09:05:30+00:00")
    session = SessionEvent(
        started, SessionKind.DAILY, SessionOutcome.COMPLETED, ended, planned_exercises=4
    )
    prompt = PromptEvent(
        _at("2026-11-29T08:59:00+00:00"),
        PromptKind.DAILY,
        PromptAnswer.STARTED,
        _at("2026-11-29T08:59:40+00:00"),
    )
    records = [
        prompt_answered(prompt, event_id=EVENT, computer_id=PC),
        session_started(session, session=SESSION, computer_id=PC, prompt=EVENT),
        session_ended(session, event_id=UUID(int=5, version=4), session=SESSION, computer_id=PC),
        set_done(
            SetEvent(1, "chin_tuck", Side.BOTH, ended, 30, 28),
            event_id=UUID(int=6, version=4),
            session=SESSION,
            computer_id=PC,
        ),
        safety_event(ended, "red_flag", event_id=UUID(int=7, version=4), computer_id=PC),
    ]
    for record in records:
        decoded = decode_line(encode_record(record))
        assert decoded.status is LineStatus.OK
        assert decoded.record == record
    assert records[0].at == prompt.answered_at
    assert records[0].instant("shown_at") == datetime(2026, 11, 29, 8, 59, tzinfo=UTC)
    assert records[2].uuid("session") == SESSION
    assert records[3].integer("done_s") == 28
    assert records[3].optional_text("feel") is None


def test_the_month_file_is_the_utc_month_while_the_day_is_the_local_one() -> None:
    # 00:30 on 1 December in Berlin (UTC+1) is 23:30 on 30 November in UTC.
    rating = RatingEvent(_at("2026-12-01T00:30:00+01:00"), RatingKind.DAY_AVERAGE, 2)
    record = pain_rating(rating, event_id=EVENT, computer_id=PC)
    assert month_of(record) == "2026-11"
    assert record.local_date == date(2026, 12, 1)


def _line(**changes: object) -> bytes:
    document: dict[str, object] = {
        "v": 1,
        "id": str(EVENT),
        "computer": str(PC),
        "kind": "pain_rating",
        "at": "2026-11-29T19:13:22+00:00",
        "tz": "UTC",
        "day": "2026-11-29",
        "data": {"rating_kind": "before", "value": 4},
    }
    document.update(changes)
    return json.dumps(document).encode()


def test_lines_from_a_newer_app_are_told_apart_from_broken_ones() -> None:
    assert decode_line(_line()).status is LineStatus.OK
    newer_version = decode_line(_line(v=2))
    assert (newer_version.status, newer_version.version) == (LineStatus.NEWER, 2)
    assert decode_line(_line(kind="breathing_done")).status is LineStatus.NEWER
    new_enum_value = _line(data={"rating_kind": "at_night", "value": 4})
    assert decode_line(new_enum_value).status is LineStatus.NEWER
    # Keys added later are ignored, not refused.
    extra = decode_line(_line(mood="fine", data={"rating_kind": "before", "value": 4, "x": 1}))
    assert extra.status is LineStatus.OK


@pytest.mark.parametrize(
    "line",
    [
        b'{"v":1,"id":"22222222-2222-4222-8222-22222',  # cut off mid-line
        b"",
        b"\x00\x00\x00",
        b"[1,2]",
        _line(v=0),
        _line(v=True),
        _line(id="not-a-uuid"),
        _line(at="2026-11-29T19:13:22"),  # naive
        _line(day="29/11/2026"),
        _line(data={"rating_kind": "before"}),  # value missing
        _line(data={"rating_kind": "before", "value": "4"}),
        _line(data={"rating_kind": "before", "value": 11}),
        _line(data={"rating_kind": "before", "value": True}),
        _line(data=[1]),
    ],
)
def test_broken_lines_are_invalid(line: bytes) -> None:
    assert decode_line(line).status is LineStatus.INVALID


def test_accessors_refuse_wrong_types() -> None:
    record = SyncRecord(
        EVENT,
        PC,
        RecordKind.SAFETY_EVENT,
        _at("2026-11-29T10:00:00+00:00"),
        date(2026, 11, 29),
        {"code": 3, "session": "x"},
    )
    with pytest.raises(PayloadError):
        record.text("code")
    with pytest.raises(PayloadError):
        record.uuid("session")
    with pytest.raises(PayloadError):
        record.integer("missing")
    assert record.optional_integer("missing") is None


def test_event_ids_come_from_the_given_generator() -> None:
    import random

    first = new_event_id(random.Random(7))
    assert first == new_event_id(random.Random(7))
    assert first.version == 4
    assert first != new_event_id(random.Random(8))


def test_records_can_be_kept_in_sets() -> None:
    rating = RatingEvent(_at("2026-11-29T10:00:00+00:00"), RatingKind.BEFORE, 1)
    record = pain_rating(rating, event_id=EVENT, computer_id=PC)
    twin = decode_line(encode_record(record)).record
    assert {record, twin} == {record}
