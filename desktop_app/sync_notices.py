"""What sync tells the user, each cause once: folder problems, newer lines, a cloned id.

A missing, read-only or unusable folder is told when it starts (and again only if the
cause changes), and once more when the folder can be used again. Lines from a newer app
and conflict copies in this computer's own folder are told once (the sync flow keeps
that in the database, see :mod:`desktop_app.sync_flow`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.sync.folder import FolderStatus

if TYPE_CHECKING:
    from desktop_app.sync.engine import SyncReport


class SyncNotices:
    """Turns pass reports into the texts to tell, remembering what was told."""

    def __init__(self) -> None:
        self._told_folder: FolderStatus | None = None

    def reset(self) -> None:
        """A new folder: nothing told about it yet."""
        self._told_folder = None

    def after_pass(self, report: SyncReport, folder: str, newer: bool, clone: bool) -> list[str]:
        """Return the texts this pass calls for (often none)."""
        texts: list[str] = []
        status = report.export_status
        if status is FolderStatus.OK and report.import_status is not FolderStatus.OK:
            status = report.import_status
        if status is FolderStatus.OK:
            if self._told_folder is not None:
                self._told_folder = None
                texts.append(
                    QCoreApplication.translate("SyncNotices", "The sync folder can be used again.")
                )
        elif status is not self._told_folder:
            self._told_folder = status
            texts.append(folder_text(status, folder))
        if newer:
            texts.append(
                QCoreApplication.translate(
                    "SyncNotices",
                    "Another computer runs a newer Counterbalance; update this one to see "
                    "everything it shared.",
                )
            )
        if clone:
            texts.append(
                QCoreApplication.translate(
                    "SyncNotices",
                    "Another Counterbalance writes to this computer's files in the sync "
                    "folder (a copied installation?). Its events are kept; give each "
                    "computer its own data folder.",
                )
            )
        return texts

    @staticmethod
    def overlap_text(folder: str) -> str:
        """Say why a folder that holds (or is inside) the data folder is not used."""
        return QCoreApplication.translate(
            "SyncNotices",
            "Sync stays off: the folder {folder} holds Counterbalance's own data folder (or "
            "lies inside it), and a database must not be synced. Choose another folder.",
        ).format(folder=folder)


def folder_text(status: FolderStatus, folder: str) -> str:
    """Say why the folder cannot be used, and that nothing is lost."""
    if status is FolderStatus.MISSING:
        text = QCoreApplication.translate(
            "SyncNotices",
            "The sync folder {folder} is missing (a drive not mounted?). Your history "
            "is kept here and shared once it is back.",
        )
    elif status is FolderStatus.READ_ONLY:
        text = QCoreApplication.translate(
            "SyncNotices",
            "Counterbalance may not write to the sync folder {folder}. Your history is "
            "kept here and shared once it can.",
        )
    else:
        text = QCoreApplication.translate(
            "SyncNotices",
            "The sync folder {folder} cannot be used now. Your history is kept here and "
            "shared once it can.",
        )
    return text.format(folder=folder)
