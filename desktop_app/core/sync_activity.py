"""The "active until" note each computer leaves in the sync folder, and the rule it feeds.

While the user works at a computer, it notes when: a few recent spans of activity, written
at most once a minute (:class:`ActivityTracker`). Another computer reads the notes and asks
"was the user active on another computer during [a, b]?" (:func:`active_elsewhere`), so
that time spent working there is not taken for a natural break here.

Clocks: a note's times are in its writer's clock. The reader stamps, with its own clock,
when it first saw each version of a note (:class:`SeenNote`). A note cannot be read before
it is written, so a note "written" after it was seen proves the writer's clock is ahead by
at least the difference; a note seen changing while the reader was watching (``fresh``),
but written long before it was seen, proves the writer's clock is behind. Beyond
:data:`SKEW_TOLERANCE_S` the note's spans are shifted into the reader's clock.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from uuid import UUID

from desktop_app.core.sync_format import JsonValue, format_instant, parse_instant

NOTE_VERSION = 1
#: At most one write per this many seconds while active.
WRITE_INTERVAL_S = 60
#: Activity this close to the end of the last span extends it instead of starting another.
MERGE_GAP_S = 120
#: Spans older than this (in the writer's clock) are dropped from the note.
KEEP_S = 24 * 3600
#: Clock differences up to this are taken for sync delay, not for a wrong clock.
SKEW_TOLERANCE_S = 300


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of activity, both ends included, as aware UTC instants."""

    start: datetime
    end: datetime

    def shifted(self, by: timedelta) -> Span:
        """Return the span moved by ``by``."""
        return Span(self.start + by, self.end + by)


@dataclass(frozen=True, slots=True)
class ActiveNote:
    """One computer's note: who it is, when it wrote this, and its recent activity."""

    computer_id: UUID
    name: str
    written_at: datetime
    spans: tuple[Span, ...] = ()

    @property
    def active_until(self) -> datetime | None:
        """The last instant of activity noted, in the writer's clock."""
        return self.spans[-1].end if self.spans else None


def encode_note(note: ActiveNote) -> bytes:
    """Encode a note as a small JSON document."""
    document: dict[str, JsonValue] = {
        "v": NOTE_VERSION,
        "computer": str(note.computer_id),
        "name": note.name,
        "written_at": format_instant(note.written_at),
        "spans": [[format_instant(s.start), format_instant(s.end)] for s in note.spans],
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


def decode_note(data: bytes) -> ActiveNote | None:
    """Decode a note; None when it is broken or from a newer app (never raises)."""
    try:
        document = json.loads(data.decode("utf-8"))
        if not isinstance(document, dict) or document.get("v") != NOTE_VERSION:
            return None
        computer_id = UUID(str(document["computer"]))
        name, written, raw_spans = document["name"], document["written_at"], document["spans"]
    except (UnicodeDecodeError, ValueError, KeyError):
        return None
    if not (isinstance(name, str) and isinstance(written, str) and isinstance(raw_spans, list)):
        return None
    written_at = parse_instant(written)
    spans: list[Span] = []
    for pair in raw_spans:
        if not (
            isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair)
        ):
            return None
        start, end = parse_instant(pair[0]), parse_instant(pair[1])
        if start is None or end is None or end < start:
            return None
        spans.append(Span(start, end))
    if written_at is None:
        return None
    return ActiveNote(computer_id, name, written_at, tuple(sorted(spans, key=lambda s: s.start)))


@dataclass(slots=True)
class ActivityTracker:
    """The writer's side: collects activity and says when the note is due.

    Call :meth:`record` when the user is seen active, :meth:`due` on a regular tick (also
    while idle, so the end of activity is written), and after writing :meth:`note` to the
    folder successfully, :meth:`written`.
    """

    computer_id: UUID
    name: str
    write_interval_s: int = WRITE_INTERVAL_S
    merge_gap_s: int = MERGE_GAP_S
    keep_s: int = KEEP_S
    spans: list[Span] = field(default_factory=list)
    last_written_at: datetime | None = None
    dirty: bool = False

    def record(self, at: datetime) -> None:
        """Note that the user was active at ``at`` (aware)."""
        last = self.spans[-1] if self.spans else None
        if last is not None and last.start <= at <= last.end:
            return
        # Before the last span only when the clock was set back: a span of its own.
        if last is not None and 0 < (at - last.end).total_seconds() <= self.merge_gap_s:
            self.spans[-1] = Span(last.start, at)
        else:
            self.spans.append(Span(at, at))
        self.dirty = True

    def due(self, now: datetime) -> bool:
        """True when there is news and the last write is at least the interval ago."""
        if not self.dirty:
            return False
        if self.last_written_at is None or now < self.last_written_at:
            return True
        return (now - self.last_written_at).total_seconds() >= self.write_interval_s

    def note(self, now: datetime) -> ActiveNote:
        """Return the note to write now (dropping spans older than ``keep_s``)."""
        horizon = now - timedelta(seconds=self.keep_s)
        self.spans = [s for s in self.spans if s.end >= horizon]
        return ActiveNote(self.computer_id, self.name, now, tuple(self.spans))

    def written(self, now: datetime) -> None:
        """Record that the note made at ``now`` reached the folder."""
        self.last_written_at = now
        self.dirty = False


@dataclass(frozen=True, slots=True)
class SeenNote:
    """A note as the reader found it.

    Attributes:
        note: The note.
        seen_at: The reader's clock when it first read this version of the note.
        fresh: True when the reader saw this version appear while it was watching (it
            had read the folder shortly before and the note was different or absent).
    """

    note: ActiveNote
    seen_at: datetime
    fresh: bool = False


def clock_correction(seen: SeenNote, tolerance_s: int = SKEW_TOLERANCE_S) -> timedelta:
    """Return what to add to the note's times to put them in the reader's clock."""
    ahead = seen.note.written_at - seen.seen_at
    tolerance = timedelta(seconds=tolerance_s)
    if ahead > tolerance or (seen.fresh and ahead < -tolerance):
        return -ahead
    return timedelta(0)


def spans_here(seen: SeenNote, tolerance_s: int = SKEW_TOLERANCE_S) -> list[Span]:
    """Return the note's spans in the reader's clock."""
    correction = clock_correction(seen, tolerance_s)
    return [span.shifted(correction) for span in seen.note.spans]


def active_seconds_elsewhere(
    notes: Iterable[SeenNote],
    own: UUID,
    start: datetime,
    end: datetime,
    tolerance_s: int = SKEW_TOLERANCE_S,
) -> int:
    """Return whole seconds of [start, end] during which another computer noted activity.

    Overlapping spans (of one computer or several) are counted once. Notes of ``own``
    computer id are ignored; computers are told apart by id, never by name.
    """
    pieces = sorted(
        (max(span.start, start), min(span.end, end))
        for seen in notes
        if seen.note.computer_id != own
        for span in spans_here(seen, tolerance_s)
        if span.end >= start and span.start <= end
    )
    total = timedelta(0)
    current: tuple[datetime, datetime] | None = None
    for piece_start, piece_end in pieces:
        if current is not None and piece_start <= current[1]:
            current = (current[0], max(current[1], piece_end))
            continue
        if current is not None:
            total += current[1] - current[0]
        current = (piece_start, piece_end)
    if current is not None:
        total += current[1] - current[0]
    return int(total.total_seconds())


def active_elsewhere(
    notes: Iterable[SeenNote],
    own: UUID,
    start: datetime,
    end: datetime,
    tolerance_s: int = SKEW_TOLERANCE_S,
) -> bool:
    """Return True when the user was active on another computer at some instant of [start, end]."""
    return any(
        span.end >= start and span.start <= end
        for seen in notes
        if seen.note.computer_id != own
        for span in spans_here(seen, tolerance_s)
    )
