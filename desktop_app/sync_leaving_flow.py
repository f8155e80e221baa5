"""Offering to remove this computer's files from the sync folder.

When sync is turned off or moved to another folder, and after "Delete all my data", the
folder is looked at on the sync worker; when it holds files of this computer the user is
told what is there (:mod:`desktop_app.ui.sync_leave_dialog`) and may remove them. Other
computers' files are never touched. After a removal the "exported up to" marker is
dropped, so turning sync on again writes the whole history again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QObject, Signal

from desktop_app.platform.paths import DataPaths
from desktop_app.scheduling.background import BackgroundCalls
from desktop_app.storage.write_queue import WriteQueue
from desktop_app.sync.folder import FolderStatus, SyncFolder
from desktop_app.sync.leaving import FolderSummary, LeaveReason, remove_own_files, summarize

log = logging.getLogger(__name__)


def _ask_with_dialog(reason: LeaveReason, folder: str, summary: FolderSummary) -> bool:
    from desktop_app.ui.sync_leave_dialog import ask_remove_own_files

    return ask_remove_own_files(reason, folder, summary)


class LeavingOffer(QObject):
    """Looks at the folder, asks, removes.

    Signals:
        removing(): The user chose to remove this computer's files.
        notice(str, str): A title and a text to tell the user.
    """

    removing = Signal()
    notice = Signal(str, str)

    def __init__(
        self,
        paths: DataPaths,
        writes: WriteQueue,
        calls: BackgroundCalls,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths, self._writes, self._calls = paths, writes, calls
        #: Asks whether to remove this computer's files (the dialog; tests give their own).
        self.ask_remove: Callable[[LeaveReason, str, FolderSummary], bool] = _ask_with_dialog

    def offer(self, root: Path, reason: LeaveReason) -> None:
        """Say what the folder holds (read on the worker); remove this computer's files."""
        store = self._writes.store

        def look() -> tuple[UUID, FolderSummary]:
            own = store.computer_id()
            return own, summarize(SyncFolder(root), own)

        def done(found: tuple[UUID, FolderSummary]) -> None:
            own, summary = found
            if summary.status is not FolderStatus.OK or summary.own_files == 0:
                return
            if self.ask_remove(reason, str(root), summary):
                self.removing.emit()
                self._calls.submit(lambda: self._remove(root, own), self._removed, self._failed)

        self._calls.submit(look, done, self._failed)

    def _remove(self, root: Path, own: UUID) -> FolderStatus:
        """On the worker: remove this computer's files and forget what was exported."""
        from desktop_app.sync.engine import STATE_FILE

        status = remove_own_files(SyncFolder(root), own)
        if status is FolderStatus.OK:
            (self._paths.root / STATE_FILE).unlink(missing_ok=True)
        return status

    def _removed(self, status: FolderStatus) -> None:
        if status is FolderStatus.OK:
            log.info("sync: this computer's files removed from the folder")
            text = self.tr("This computer's files were removed from the sync folder.")
        else:
            text = self.tr("This computer's files could not be removed from the sync folder.")
        self.notice.emit(self.tr("Sync"), text)

    def _failed(self, error: Exception) -> None:
        log.warning("sync folder check failed: %s", type(error).__name__)
