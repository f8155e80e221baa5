"""One sync pass: export this computer's new events, import the others', read the notes.

:class:`SyncEngine` holds everything a pass needs and no Qt: the folder, this computer's
id and name, the exporter and its "exported up to" marker, the importer and its cursors
(both kept in the data dir, never in the sync folder), the note watcher and the activity
tracker. A pass never raises for a folder problem; it reports it
(:class:`SyncReport`). The Qt side (:mod:`desktop_app.sync_flow`) runs passes on the
sync worker thread, one at a time.
"""

from __future__ import annotations

import contextlib
import json
import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from uuid import UUID

from desktop_app.core.sync_activity import ActivityTracker, SeenNote
from desktop_app.core.sync_format import RecordKind, parse_instant
from desktop_app.core.sync_merge import merge_new
from desktop_app.core.sync_safety import SafetyFinding
from desktop_app.platform.paths import DataPaths, write_private_file
from desktop_app.storage import sync_rows
from desktop_app.sync.export import EPOCH, EventSource, Exporter, records_of
from desktop_app.sync.folder import FolderStatus, SyncFolder
from desktop_app.sync.notes import NoteWatcher, write_note
from desktop_app.sync.reader import EventImporter, load_cursors, save_cursors

log = logging.getLogger(__name__)

#: Files in the data dir (private, atomic).
STATE_FILE = "sync_state.json"
CURSORS_FILE = "sync_cursors.json"
STATE_VERSION = 1
MAX_STATE_BYTES = 64 * 1024


@dataclass(slots=True)
class SyncReport:
    """What one pass did and found.

    Attributes:
        export_status: Whether this computer's events reached the folder.
        import_status: Whether the folder could be read.
        exported: Records appended this pass.
        imported: Rows added to the database this pass.
        breaks_ended: When imported breaks (completed or partial sessions) ended.
        newer_lines: Lines from a newer Counterbalance skipped.
        own_conflict_copies: Conflict copies in this computer's own folder.
        notes: The other computers' notes, as read now.
        safety: Safety findings imported from other computers this pass.
        message: The OS message of a failed write, for the log.
    """

    export_status: FolderStatus = FolderStatus.OK
    import_status: FolderStatus = FolderStatus.OK
    exported: int = 0
    imported: int = 0
    breaks_ended: list[datetime] = field(default_factory=list)
    newer_lines: int = 0
    own_conflict_copies: int = 0
    notes: list[SeenNote] = field(default_factory=list)
    safety: list[SafetyFinding] = field(default_factory=list)
    message: str = ""


class SyncEngine:
    """Export, import and notes for one folder and one computer."""

    def __init__(self, paths: DataPaths, root: Path, own: UUID, name: str) -> None:
        self._paths = paths
        self.folder = SyncFolder(root)
        self.own = own
        self._state_path = paths.root / STATE_FILE
        self._cursors_path = paths.root / CURSORS_FILE
        self._exporter = Exporter(self.folder, own)
        cursors = load_cursors(self._cursors_path, self.folder)
        self._importer = EventImporter(self.folder, own, cursors)
        self._saved_cursors = dict(cursors)
        self._watcher = NoteWatcher(self.folder, own)
        self.activity = ActivityTracker(own, name)
        self.exported_up_to = self._load_marker()

    # -- the "exported up to" marker -------------------------------------------------

    def _load_marker(self) -> datetime | None:
        document: object = None
        with contextlib.suppress(OSError, ValueError, UnicodeDecodeError):
            if self._state_path.stat().st_size <= MAX_STATE_BYTES:
                document = json.loads(self._state_path.read_bytes().decode("utf-8"))
        if not isinstance(document, dict) or document.get("v") != STATE_VERSION:
            return None
        if document.get("folder") != str(self.folder.root):
            return None  # another folder: the whole history is written there once
        marker = document.get("exported_up_to")
        return parse_instant(marker) if isinstance(marker, str) else None

    def _save_marker(self, marker: datetime) -> None:
        document = {
            "v": STATE_VERSION,
            "folder": str(self.folder.root),
            "exported_up_to": marker.isoformat(),
        }
        try:
            write_private_file(self._state_path, json.dumps(document).encode())
        except OSError as error:
            log.warning("sync state not saved: %s", error.strerror)
            return
        self.exported_up_to = marker

    # -- passes ----------------------------------------------------------------------

    def export(self, source: EventSource, now: datetime, writes_waiting: int) -> SyncReport:
        """Append this computer's events stored since the marker; move it on when all are in."""
        report = SyncReport()
        since = self.exported_up_to or EPOCH
        records = records_of(source, self.own, since)
        result = self._exporter.export(records)
        report.export_status, report.exported = result.status, result.written
        report.message = result.message
        if result.status is FolderStatus.OK and writes_waiting == 0:
            self._save_marker(now)
        return report

    def import_new(self, report: SyncReport) -> None:
        """Read what is new from the other computers and store it (merged by event id)."""
        polled = self._importer.poll()
        report.import_status = polled.status
        report.newer_lines = polled.newer_lines
        report.own_conflict_copies = polled.own_conflict_copies
        if polled.status is not FolderStatus.OK:
            return
        if polled.records:
            conn = sync_rows.open_for_import(self._paths)
            try:
                seen = sync_rows.known_event_ids(conn, {r.event_id for r in polled.records})
                merged = merge_new(polled.records, seen)
                stored = sync_rows.store_records(conn, merged.new)
            finally:
                conn.close()
            report.imported = stored.added
            report.safety = [
                SafetyFinding(r.at.utc, r.text("code"), r.text("action"), r.text("detail"))
                for r in merged.new
                if r.kind is RecordKind.SAFETY_EVENT
            ]
            for text in stored.breaks_ended or []:
                at = parse_instant(text.replace("Z", "+00:00"))
                if at is not None:
                    report.breaks_ended.append(at)
        # Cursors only after the rows are in: a crash before this reads them again. A poll
        # that moved nothing writes nothing (passes run after every stored write).
        if self._importer.cursors != self._saved_cursors and save_cursors(
            self._cursors_path, self.folder, self._importer.cursors
        ):
            self._saved_cursors = dict(self._importer.cursors)

    def notes(self, now: datetime, report: SyncReport) -> None:
        """Write this computer's note when due; read the others'."""
        if self.activity.due(now) and (
            write_note(self.folder, self.activity.note(now)) is FolderStatus.OK
        ):
            self.activity.written(now)
        report.notes = self._watcher.scan(now).notes

    def watched_folders(self) -> tuple[str, ...]:
        """The sync folders that exist now, each computer's events folder too (to watch)."""
        folder = self.folder
        wanted = [folder.root, folder.base, folder.events, folder.notes]
        with contextlib.suppress(OSError):
            wanted += [p for p in folder.events.iterdir() if p.is_dir()]
        return tuple(str(p) for p in wanted if p.is_dir())

    def run(self, source: EventSource, now: datetime, writes_waiting: int) -> SyncReport:
        """One whole pass: export, import, notes."""
        report = self.export(source, now, writes_waiting)
        self.import_new(report)
        self.notes(now, report)
        return report
