"""The settings page "Sync with other computers": on/off, the folder, this computer's name.

The page only edits values; the app saves them and the sync flow acts on them
(:mod:`desktop_app.sync_flow`). It says plainly what anyone who can read the folder sees.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.settings import MAX_NAME_CHARS, MAX_PATH_CHARS, spec
from desktop_app.ui.settings_fields import option_help

#: A field's (show value, read value) pair, as the dialog binds it to its option.
FieldBinding = tuple[Callable[[Any], None], Callable[[], Any]]


def _describe(widget: QWidget, key: str) -> None:
    """Give a field its option's help text as accessible description (as the dialog does)."""
    widget.setAccessibleDescription(option_help(spec(key)))
    widget.setProperty("option", key)


class SyncSettingsPage(QWidget):
    """Edit ``sync_enabled``, ``sync_folder`` and ``computer_name``.

    Signals:
        edited(): A field changed (the dialog validates again).

    Args:
        host_name: Shown as the name used when the name field is left empty.
    """

    edited = Signal()

    def __init__(self, host_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        title = QLabel(self.tr("Sync with other computers"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "Keep one history on all your computers through a folder you already "
                "sync (Syncthing, Dropbox, Nextcloud, a network share). Each computer "
                "writes its own files there; the database stays on each computer."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        layout.addWidget(intro)

        self.enabled = QCheckBox(self.tr("Share my history with my other computers"))
        self.enabled.setAccessibleName(self.tr("Sync with other computers"))
        _describe(self.enabled, "sync_enabled")
        self.enabled.toggled.connect(self._on_changed)
        layout.addWidget(self.enabled)

        folder_label = QLabel(self.tr("Synced &folder:"))
        self.folder = QLineEdit()
        self.folder.setMaxLength(MAX_PATH_CHARS)
        self.folder.setAccessibleName(self.tr("Synced folder"))
        _describe(self.folder, "sync_folder")
        self.folder.setPlaceholderText(self.tr("Choose a folder your sync tool shares"))
        self.folder.textChanged.connect(self._on_changed)
        folder_label.setBuddy(self.folder)
        self.choose = QPushButton(self.tr("&Choose…"))
        self.choose.setAccessibleName(self.tr("Choose the synced folder"))
        self.choose.clicked.connect(self._choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        layout.addWidget(folder_label)
        layout.addLayout(row)

        name_label = QLabel(self.tr("This computer's &name:"))
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME_CHARS)
        self.name.setPlaceholderText(host_name)
        self.name.setAccessibleName(self.tr("This computer's name"))
        _describe(self.name, "computer_name")
        self.name.textChanged.connect(self._on_changed)
        name_label.setBuddy(self.name)
        layout.addWidget(name_label)
        layout.addWidget(self.name)

        self.folder_note = QLabel(self.tr("Choose a folder to turn sync on."))
        self.folder_note.setObjectName("warning")
        self.folder_note.setWordWrap(True)
        self.folder_note.hide()
        layout.addWidget(self.folder_note)

        privacy = QLabel(
            self.tr(
                "What the sync tool can see: the files are plain text. Anyone who can "
                "read the folder (the sync tool, a cloud provider's servers, every device "
                "it is shared with) can read every break, session, exercise set, pain "
                "rating with its body region, safety answers, each computer's name and "
                "time zone, and when you were active at it. Use a folder only your own "
                "devices share, ideally without a third-party server or with end-to-end "
                "encryption."
            )
        )
        privacy.setWordWrap(True)
        privacy.setObjectName("hint")
        layout.addSpacing(6)
        layout.addWidget(privacy)
        layout.addStretch(1)
        self._update()

    def bindings(self) -> dict[str, FieldBinding]:
        """Each option this page edits: how its field shows and reads the value."""
        return {
            "sync_enabled": (self.enabled.setChecked, self.enabled.isChecked),
            "sync_folder": (self.folder.setText, lambda: self.folder.text().strip()),
            "computer_name": (self.name.setText, lambda: self.name.text().strip()),
        }

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the synced folder"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def _on_changed(self) -> None:
        self._update()
        self.edited.emit()

    def _update(self) -> None:
        on = self.enabled.isChecked()
        for widget in (self.folder, self.choose, self.name):
            widget.setEnabled(on)
        self.folder_note.setVisible(on and not self.folder.text().strip())
