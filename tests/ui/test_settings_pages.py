"""Settings pages: a page registered in PAGES becomes a tab whose problems block OK."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCheckBox

from desktop_app.core.settings import Settings
from desktop_app.ui import settings_dialog
from desktop_app.ui.settings_dialog import PAGES, SettingsDialog
from desktop_app.ui.settings_form import SettingsForm, SettingsPage


class _ExtraPage(SettingsPage):
    """A page as a later feature would add one."""

    def __init__(self, form: SettingsForm) -> None:
        super().__init__(form)
        self.broken = QCheckBox("broken")
        self.broken.toggled.connect(form.revalidate)
        self.column.addWidget(self.broken)

    def title(self) -> str:
        return "Extra"

    def problems(self) -> list[str]:
        return ["extra is broken"] if self.broken.isChecked() else []


def test_a_registered_page_is_a_tab_and_its_problem_blocks_ok(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings_dialog, "PAGES", [*PAGES, _ExtraPage])
    dialog = SettingsDialog(Settings(), False)
    qtbot.addWidget(dialog)
    last = dialog.tabs.count() - 1
    assert dialog.tabs.count() == len(PAGES) + 1 and dialog.tabs.tabText(last) == "Extra"
    page = dialog.page(_ExtraPage)
    assert dialog.ok_button.isEnabled()
    page.broken.setChecked(True)
    assert not dialog.ok_button.isEnabled()
    assert dialog.problems() == ["extra is broken"]
    assert dialog.tabs.tabText(last).startswith("⚠")
    page.broken.setChecked(False)
    assert dialog.ok_button.isEnabled() and dialog.tabs.tabText(last) == "Extra"
