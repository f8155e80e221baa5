"""The progress window's questions: where to export, and whether to delete everything."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class DeleteChoice(StrEnum):
    """Answers of the delete-all confirmation."""

    CANCEL = "cancel"
    BACKUP_FIRST = "backup_first"
    DELETE = "delete"


def documents_dir() -> str:
    """Return the user's documents folder (home when the desktop names none)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.HomeLocation
    )


class ProgressDialogs(QObject):
    """Ask the progress window's questions, modal to ``window``; "" means cancelled."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window

    def csv_folder(self) -> str:
        """Ask for the folder the CSV files go to."""
        return QFileDialog.getExistingDirectory(
            self._window, self.tr("Counterbalance — Export CSV to folder"), documents_dir()
        )

    def png_folder(self) -> str:
        """Ask for the folder the chart images go to."""
        return QFileDialog.getExistingDirectory(
            self._window, self.tr("Counterbalance — Save chart images to folder"), documents_dir()
        )

    def pdf_path(self) -> str:
        """Ask where to save the physiotherapist report."""
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Counterbalance — Save report"),
            str(Path(documents_dir()) / "counterbalance-report.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        return path

    def backup_path(self) -> str:
        """Ask where to save a copy of the data."""
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Counterbalance — Save a copy of your data"),
            str(Path(documents_dir()) / "counterbalance-backup.sqlite3"),
            self.tr("Counterbalance data (*.sqlite3)"),
        )
        return path

    def confirm_delete(self) -> DeleteChoice:
        """Ask to confirm deleting everything, offering a copy first."""
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Counterbalance — Delete all my data"))
        box.setText(self.tr("Delete every break, session, set and pain rating?"))
        box.setInformativeText(
            self.tr(
                "This cannot be undone. Automatic backups are deleted too. "
                "You can save a copy of your data first."
            )
        )
        backup = box.addButton(self.tr("&Save a copy first…"), QMessageBox.ButtonRole.ActionRole)
        delete = box.addButton(
            self.tr("&Delete everything"), QMessageBox.ButtonRole.DestructiveRole
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is backup:
            return DeleteChoice.BACKUP_FIRST
        if clicked is delete:
            return DeleteChoice.DELETE
        return DeleteChoice.CANCEL
