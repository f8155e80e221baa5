"""Reading event files incrementally and merging what they hold, as pure rules.

The reader remembers, per file, how far it read (:class:`FileCursor`): the byte offset
after the last line it took, and a fingerprint of the bytes before it (the first and the
last :data:`FINGERPRINT_BLOCK` bytes of that prefix). When the file no longer starts with
those bytes, a conflict resolution or a hand edit replaced it, and it is read again from
the start; merging by event id makes reading twice harmless.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from uuid import UUID

from desktop_app.core.sync_format import (
    FORMAT_VERSION,
    JsonValue,
    LineStatus,
    SyncRecord,
    decode_line,
)

#: Bytes hashed at each end of the prefix already read.
FINGERPRINT_BLOCK = 4096


def fingerprint(prefix_head: bytes, prefix_tail: bytes) -> str:
    """Return the fingerprint of a read prefix from its first and last block."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(len(prefix_head).to_bytes(4, "big") + prefix_head)
    digest.update(prefix_tail)
    return digest.hexdigest()


def fingerprint_ranges(offset: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """Return the (start, end) byte ranges hashed for a prefix of ``offset`` bytes."""
    return (0, min(offset, FINGERPRINT_BLOCK)), (max(0, offset - FINGERPRINT_BLOCK), offset)


@dataclass(frozen=True, slots=True)
class FileCursor:
    """How far one file was read.

    Attributes:
        offset: Bytes taken (always just after a newline, or 0).
        prefix: Fingerprint of those bytes (:func:`fingerprint`).
        size: File size when last looked at; with ``mtime_ns``, an unchanged file is
            skipped without opening it.
        mtime_ns: Modification time when last looked at.
        reader_version: The format version of the reader that moved the cursor.
        skipped_newer: True when lines from a newer app were passed over; a newer reader
            starts the file again to take them.
    """

    offset: int = 0
    prefix: str = ""
    size: int = 0
    mtime_ns: int = 0
    reader_version: int = FORMAT_VERSION
    skipped_newer: bool = False

    def unchanged(self, size: int, mtime_ns: int) -> bool:
        """True when the file looks exactly as when the cursor last moved."""
        return self.size == size and self.mtime_ns == mtime_ns

    def must_restart(self, size: int, prefix_now: str | None) -> bool:
        """True when the file must be read from the start.

        Args:
            size: The file's size now.
            prefix_now: Fingerprint of its first ``offset`` bytes now (None when it
                could not be computed because the file is shorter).
        """
        if size < self.offset or prefix_now != self.prefix:
            return True
        return self.skipped_newer and self.reader_version < FORMAT_VERSION

    def to_json(self) -> dict[str, JsonValue]:
        """Return a JSON-ready form."""
        return {
            "offset": self.offset,
            "prefix": self.prefix,
            "size": self.size,
            "mtime_ns": self.mtime_ns,
            "reader_version": self.reader_version,
            "skipped_newer": self.skipped_newer,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> FileCursor | None:
        """Return the cursor from :meth:`to_json` output, or None when malformed."""
        ints = [data.get(k) for k in ("offset", "size", "mtime_ns", "reader_version")]
        prefix, skipped = data.get("prefix"), data.get("skipped_newer")
        if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in ints):
            return None
        if not isinstance(prefix, str) or not isinstance(skipped, bool):
            return None
        offset, size, mtime_ns, reader_version = (int(str(v)) for v in ints)
        return cls(offset, prefix, size, mtime_ns, reader_version, skipped)


@dataclass(frozen=True, slots=True)
class ChunkRead:
    """What the lines of a chunk held.

    Attributes:
        records: Records decoded, in file order.
        consumed: Bytes of the chunk taken; the rest (a last line without its newline, or
            a last line that is not valid yet) is read again next time.
        invalid: Lines skipped for good because they are broken and later lines follow.
        newer: Lines from a newer app, skipped.
        newest_version: The highest format version seen on a skipped line (0 if none).
    """

    records: tuple[SyncRecord, ...] = ()
    consumed: int = 0
    invalid: int = 0
    newer: int = 0
    newest_version: int = 0


def read_chunk(chunk: bytes) -> ChunkRead:
    """Decode the complete lines of ``chunk`` (the bytes of a file after its cursor).

    A line is complete when it ends with a newline. The last complete line is held back
    (not consumed) when it is not valid: a sync tool may have delivered the file half
    written, and the line will be whole on a later read. A broken line followed by good
    lines is skipped for good (the writer starts a new line after a torn one).
    """
    records: list[SyncRecord] = []
    invalid = newer = newest = 0
    position = consumed = held_from = 0
    held_invalid = False
    while True:
        end = chunk.find(b"\n", position)
        if end < 0:
            break
        line = chunk[position:end]
        position = end + 1
        if not line.strip():
            consumed = position
            continue
        decoded = decode_line(line)
        if held_invalid:
            invalid += 1
            held_invalid = False
        if decoded.status is LineStatus.OK and decoded.record is not None:
            records.append(decoded.record)
            consumed = position
        elif decoded.status is LineStatus.NEWER:
            newer += 1
            newest = max(newest, decoded.version)
            consumed = position
        else:
            held_invalid = True
            held_from = consumed
            consumed = position
    if held_invalid:
        consumed = held_from
    return ChunkRead(tuple(records), consumed, invalid, newer, newest)


def advance(
    cursor: FileCursor, read: ChunkRead, prefix: str, size: int, mtime_ns: int
) -> FileCursor:
    """Return the cursor after taking ``read`` (``prefix`` fingerprints the new offset)."""
    return replace(
        cursor,
        offset=cursor.offset + read.consumed,
        prefix=prefix,
        size=size,
        mtime_ns=mtime_ns,
        reader_version=FORMAT_VERSION,
        skipped_newer=cursor.skipped_newer or read.newer > 0,
    )


@dataclass(slots=True)
class Merged:
    """Records new to the receiver, and how many were already known."""

    new: list[SyncRecord] = field(default_factory=list)
    duplicates: int = 0


def merge_new(records: Iterable[SyncRecord], seen: set[UUID]) -> Merged:
    """Keep the records whose event id is not in ``seen`` (and add them to it).

    ``seen`` holds the ids already stored, this computer's own events included, so its
    own events found in a conflict copy are dropped while those of an installation cloned
    from it (same computer id, other events) are kept. The first record with an id wins;
    a copy of an event is the same event.
    """
    merged = Merged()
    for record in records:
        if record.event_id in seen:
            merged.duplicates += 1
            continue
        seen.add(record.event_id)
        merged.new.append(record)
    return merged


def newer_notice_due(newer_lines: int, told_for_version: int | None) -> bool:
    """True when lines from a newer app were skipped and this version has not said so.

    Args:
        newer_lines: Lines skipped as newer by the last poll.
        told_for_version: The :data:`FORMAT_VERSION` of the app that last told the user
            (kept in settings), or None if never.
    """
    if newer_lines == 0:
        return False
    return told_for_version is None or told_for_version < FORMAT_VERSION


def history_order(records: Iterable[SyncRecord]) -> list[SyncRecord]:
    """Return records by UTC instant, ties broken by event id (the same on every computer)."""
    return sorted(records, key=lambda r: (r.at.utc, r.event_id.int))
