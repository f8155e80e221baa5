"""The question on leaving sync says what the folder holds."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.sync.folder import FolderStatus
from desktop_app.sync.leaving import FolderSummary, LeaveReason
from desktop_app.ui.sync_leave_dialog import ask_remove_own_files, leave_text


def test_the_text_names_the_folder_the_files_and_the_other_computers(qapp) -> None:
    summary = FolderSummary(FolderStatus.OK, own_files=3, own_bytes=2048, other_computers=2)
    text, details = leave_text(LeaveReason.SYNC_OFF, "/home/me/Sync", summary)
    assert "/home/me/Sync" in text and "3 files" in text
    assert "2 other computers" in details and "not touched" in details
    deleted, _ = leave_text(LeaveReason.DATA_DELETED, "/s", summary)
    assert "was deleted" in deleted


def test_keep_is_the_default_answer(qapp) -> None:
    summary = FolderSummary(FolderStatus.OK, own_files=1, own_bytes=10, other_computers=0)

    def press_enter() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
        assert box.isVisible()
        box.defaultButton().click()

    QTimer.singleShot(100, press_enter)
    assert ask_remove_own_files(LeaveReason.SYNC_OFF, "/s", summary) is False
