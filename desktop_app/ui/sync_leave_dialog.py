"""Asking whether to remove this computer's files from the sync folder.

Asked when sync is turned off or moved to another folder, and after "Delete all my
data", only when the folder holds files of this computer. It says what is there: this
computer's files (its history as shared) and how many other computers' files, which are
never touched.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.sync.leaving import FolderSummary, LeaveReason


def leave_text(reason: LeaveReason, folder: str, summary: FolderSummary) -> tuple[str, str]:
    """Return the question's main text and its details."""
    size = QLocale().formattedDataSize(summary.own_bytes)
    files, others = summary.own_files, summary.other_computers  # lupdate reads plain names
    if reason is LeaveReason.DATA_DELETED:
        text = QCoreApplication.translate(
            "SyncLeaveDialog",
            "Your data on this computer was deleted. The sync folder {folder} still holds "
            "this computer's history as it was shared: %n file(s), {size}.",
            "",
            files,
        )
    else:
        text = QCoreApplication.translate(
            "SyncLeaveDialog",
            "Sync is off. The sync folder {folder} still holds this computer's history: "
            "%n file(s), {size}.",
            "",
            files,
        )
    details = QCoreApplication.translate(
        "SyncLeaveDialog",
        "It also holds the files of %n other computer(s); they are not touched.",
        "",
        others,
    )
    details += " " + QCoreApplication.translate(
        "SyncLeaveDialog",
        "Remove this computer's files from the folder? Your other computers keep what "
        "they already imported.",
    )
    return text.format(folder=folder, size=size), details


def ask_remove_own_files(
    reason: LeaveReason, folder: str, summary: FolderSummary, parent: QWidget | None = None
) -> bool:
    """Ask; True when the user chose to remove this computer's files."""
    text, details = leave_text(reason, folder, summary)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(
        QCoreApplication.translate("SyncLeaveDialog", "Counterbalance — Sync folder")
    )
    box.setText(text)
    box.setInformativeText(details)
    remove = box.addButton(
        QCoreApplication.translate("SyncLeaveDialog", "&Remove this computer's files"),
        QMessageBox.ButtonRole.YesRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("SyncLeaveDialog", "&Keep them"), QMessageBox.ButtonRole.NoRole
    )
    remove.setAccessibleName(remove.text().replace("&", ""))
    keep.setAccessibleName(keep.text().replace("&", ""))
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is remove
