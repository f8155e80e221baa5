"""The "Sync with other computers" settings page: its options saved like the others."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from desktop_app.core.settings import Settings
from desktop_app.ui.settings_dialog import SettingsDialog


def _dialog(qtbot) -> SettingsDialog:
    dialog = SettingsDialog(Settings(), False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.tabs.widget(dialog.tabs.count() - 1))
    return dialog


def test_turning_sync_on_with_a_folder_and_a_name_is_applied(qtbot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot)
    page = dialog.sync_page
    assert not page.folder.isEnabled()  # off by default: nothing to fill in
    page.enabled.setChecked(True)
    assert page.folder_note.isVisible()  # on without a folder: say what is missing
    page.folder.setText(str(tmp_path))
    page.name.setText("  Desk  ")
    assert not page.folder_note.isVisible()
    with qtbot.waitSignal(dialog.settings_applied) as applied:
        assert dialog.apply()
    settings = applied.args[0]
    assert (settings.sync_enabled, settings.sync_folder, settings.computer_name) == (
        True,
        str(tmp_path),
        "Desk",
    )


def test_a_relative_folder_is_refused_like_the_settings_file_would(qtbot) -> None:
    dialog = _dialog(qtbot)
    dialog.sync_page.enabled.setChecked(True)
    dialog.sync_page.folder.setText("Sync/here")
    assert dialog.edited_settings() is None
    assert any("sync_folder" in p for p in dialog.problems())


def test_saved_values_are_shown(qtbot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot)
    dialog.load(replace(Settings(), sync_enabled=True, sync_folder=str(tmp_path)), False)
    assert dialog.sync_page.enabled.isChecked()
    assert dialog.sync_page.folder.text() == str(tmp_path)
    assert dialog.sync_page.name.placeholderText()  # the host name, used when left empty
