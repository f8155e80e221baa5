"""Writing this computer's stored events to its own files in the sync folder.

One export pass reads the events stored since the "exported up to" marker (minus a day,
so a session that started before it and ended after it is caught), turns them into sync
records (:mod:`desktop_app.core.sync_records`), leaves out those already in this
computer's files (writing twice would be harmless, but files would grow), and appends the
rest with :class:`~desktop_app.sync.writer.EventWriter`. The marker moves on only when
everything was written and no write waits for the database, so a missing or read-only
folder is simply retried by the next pass. Without a marker (sync just turned on, or a
new folder) the whole history is written once.

Runs off the GUI thread (the sync worker).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol
from uuid import NAMESPACE_URL, UUID, uuid5

from desktop_app.core import sync_records as sr
from desktop_app.core.events import PromptEvent, RatingEvent, SafetyEvent, SessionEvent, SetEvent
from desktop_app.core.sync_format import (
    LineStatus,
    SyncRecord,
    decode_line,
    month_of,
)
from desktop_app.sync.folder import FolderStatus, SyncFolder
from desktop_app.sync.writer import EventWriter

#: Events stored this long before the marker are looked at again (sessions end later).
LOOKBACK = timedelta(days=1)
#: The beginning of time, for a first export.
EPOCH = datetime(1970, 1, 2, tzinfo=UTC)


class EventSource(Protocol):
    """The store's readers an export needs."""

    def prompts_since(self, since: datetime) -> list[PromptEvent]: ...
    def sessions_since(self, since: datetime) -> list[SessionEvent]: ...
    def sessions_ended_since(self, since: datetime) -> list[SessionEvent]: ...
    def sets_since(self, since: datetime) -> list[SetEvent]: ...
    def ratings_since(self, since: datetime) -> list[RatingEvent]: ...
    def safety_events_since(self, since: datetime) -> list[SafetyEvent]: ...


def ended_id(session: UUID) -> UUID:
    """The event id of a session's ``session_ended`` record (the same on every pass)."""
    return uuid5(NAMESPACE_URL, f"counterbalance:session_ended:{session}")


def records_of(source: EventSource, own: UUID, since: datetime) -> list[SyncRecord]:
    """Return this computer's records for the events stored at or after ``since``.

    Prompts are shared once answered (their event id is the prompt's), sessions as a
    ``session_started`` and, once ended, a ``session_ended`` record. References to rows
    outside the window (a set of a session started earlier) are looked up a day further
    back; a set whose session cannot be found is left out.
    """
    prompts = [p for p in source.prompts_since(since - LOOKBACK) if p.computer_id == own]
    sessions = [s for s in source.sessions_since(since - LOOKBACK) if s.computer_id == own]
    # A session cut off by a crash is closed at the next start, maybe days after it began.
    seen = {s.id for s in sessions}
    sessions += [
        s for s in source.sessions_ended_since(since) if s.computer_id == own and s.id not in seen
    ]
    prompt_ids = {p.id: p.event_id for p in prompts if p.id is not None}
    session_ids = {s.id: s.event_id for s in sessions if s.id is not None}
    records: list[SyncRecord] = []
    for prompt in prompts:
        if prompt.event_id is None or prompt.answer is None or prompt.answered_at is None:
            continue
        if prompt.answered_at.utc >= since or prompt.at.utc >= since:
            records.append(sr.prompt_answered(prompt, event_id=prompt.event_id, computer_id=own))
    for session in sessions:
        if session.event_id is None:
            continue
        ref = prompt_ids.get(session.prompt_id) if session.prompt_id is not None else None
        if session.started_at.utc >= since:
            records.append(
                sr.session_started(session, session=session.event_id, computer_id=own, prompt=ref)
            )
        if session.ended_at is not None and session.ended_at.utc >= since:
            records.append(
                sr.session_ended(
                    session,
                    event_id=ended_id(session.event_id),
                    session=session.event_id,
                    computer_id=own,
                )
            )
    for done in source.sets_since(since):
        session_ref = session_ids.get(done.session_id)
        if done.computer_id == own and done.event_id is not None and session_ref is not None:
            records.append(
                sr.set_done(done, event_id=done.event_id, session=session_ref, computer_id=own)
            )
    for rating in source.ratings_since(since):
        if rating.computer_id == own and rating.event_id is not None:
            ref = session_ids.get(rating.session_id) if rating.session_id is not None else None
            records.append(
                sr.pain_rating(rating, event_id=rating.event_id, computer_id=own, session=ref)
            )
    for safety in source.safety_events_since(since):
        if safety.computer_id == own and safety.event_id is not None:
            ref = session_ids.get(safety.session_id) if safety.session_id is not None else None
            records.append(
                sr.safety_event(
                    safety.at,
                    safety.code,
                    event_id=safety.event_id,
                    computer_id=own,
                    action=safety.action,
                    detail=safety.detail,
                    session=ref,
                )
            )
    return records


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What one export pass did.

    Attributes:
        status: OK when every new record reached the folder.
        written: Records appended.
        already: Records found already in this computer's files.
        message: The OS message when status is not OK.
    """

    status: FolderStatus
    written: int = 0
    already: int = 0
    message: str = ""


class Exporter:
    """Appends this computer's new records; remembers the ids its files already hold."""

    def __init__(self, folder: SyncFolder, own: UUID) -> None:
        self._folder = folder
        self._own = own
        self._writer = EventWriter(folder, own)
        #: Per month file: (size, mtime_ns) when read, and the ids in it.
        self._known: dict[str, tuple[tuple[int, int], set[UUID]]] = {}

    def export(self, records: Iterable[SyncRecord]) -> ExportResult:
        """Append the records not yet in the files; never raises for folder problems."""
        by_month: dict[str, list[SyncRecord]] = {}
        for record in records:
            by_month.setdefault(month_of(record), []).append(record)
        new: list[SyncRecord] = []
        already = 0
        for month, month_records in sorted(by_month.items()):
            known = self._ids_in(month)
            for record in month_records:
                if record.event_id in known:
                    already += 1
                else:
                    known.add(record.event_id)
                    new.append(record)
        if not new:
            return ExportResult(FolderStatus.OK, 0, already)
        result = self._writer.append(new)
        if result.status is not FolderStatus.OK:
            self._known.clear()  # what reached the files is read again next time
            return ExportResult(result.status, result.written, already, result.message)
        for month in by_month:
            self._remember_size(month)
        return ExportResult(FolderStatus.OK, result.written, already)

    def _ids_in(self, month: str) -> set[UUID]:
        path = self._folder.event_file(self._own, month)
        try:
            info = os.lstat(path)
        except OSError:
            self._known[month] = ((0, 0), set())
            return self._known[month][1]
        key = (info.st_size, info.st_mtime_ns)
        cached = self._known.get(month)
        if cached is not None and cached[0] == key:
            return cached[1]
        ids: set[UUID] = set()
        if stat.S_ISREG(info.st_mode):
            try:
                with open(path, "rb") as stream:
                    for line in stream:
                        decoded = decode_line(line)
                        if decoded.status is LineStatus.OK and decoded.record is not None:
                            ids.add(decoded.record.event_id)
            except OSError:
                pass
        self._known[month] = (key, ids)
        return ids

    def _remember_size(self, month: str) -> None:
        cached = self._known.get(month)
        if cached is None:
            return
        try:
            info = os.lstat(self._folder.event_file(self._own, month))
        except OSError:
            del self._known[month]
            return
        self._known[month] = ((info.st_size, info.st_mtime_ns), cached[1])
