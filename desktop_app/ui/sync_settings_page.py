"""The settings page "Sync with other computers": on/off, the folder, this computer's name.

The page only edits values; the app saves them and the sync flow acts on them
(:mod:`desktop_app.sync_flow`). It says plainly what anyone who can read the folder sees.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from desktop_app.core.settings import MAX_NAME_CHARS, MAX_PATH_CHARS
from desktop_app.platform.computer_name import host_name
from desktop_app.ui.settings_form import SettingsForm, SettingsPage


class SyncSettingsPage(SettingsPage):
    """Edit ``sync_enabled``, ``sync_folder`` and ``computer_name``.

    Args:
        form: Makes and binds the page's fields.
        host: Shown as the name used when the name field is left empty (default: this
            computer's host name).
    """

    def __init__(self, form: SettingsForm, host: str | None = None) -> None:
        super().__init__(form)
        layout = self.column
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
        form.describe(self.enabled, "sync_enabled")
        form.bind("sync_enabled", self.enabled.setChecked, self.enabled.isChecked)
        self.enabled.toggled.connect(self._on_changed)
        layout.addWidget(self.enabled)

        folder_label = QLabel(self.tr("Synced &folder:"))
        self.folder = QLineEdit()
        self.folder.setMaxLength(MAX_PATH_CHARS)
        self.folder.setAccessibleName(self.tr("Synced folder"))
        form.describe(self.folder, "sync_folder")
        form.bind("sync_folder", self.folder.setText, lambda: self.folder.text().strip())
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
        self.name.setPlaceholderText(host if host is not None else host_name())
        self.name.setAccessibleName(self.tr("This computer's name"))
        form.describe(self.name, "computer_name")
        form.bind("computer_name", self.name.setText, lambda: self.name.text().strip())
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

    def title(self) -> str:
        """Return the tab's title."""
        return QCoreApplication.translate("SettingsDialog", "Sync")

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the synced folder"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def _on_changed(self) -> None:
        self._update()
        self.form.revalidate()

    def _update(self) -> None:
        on = self.enabled.isChecked()
        for widget in (self.folder, self.choose, self.name):
            widget.setEnabled(on)
        self.folder_note.setVisible(on and not self.folder.text().strip())
