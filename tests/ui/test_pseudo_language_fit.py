"""A longer language and a right-to-left layout fit every window (issue 14).

The pseudo-language (tests/helpers/pseudo_language.py) accents every string and makes it
40 % longer; the screen-fit probe (tests/helpers/screen_fit.py) opens every window with it
at 1366×768, the smallest supported screen, and once more with a right-to-left layout.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop_app.core.settings import Settings
from desktop_app.ui.settings_dialog import SettingsDialog
from tests.helpers import pseudo_language
from tests.helpers.screen_fit import SETUPS, probe
from tests.ui.test_screen_fit import EXPECTED_WINDOWS

SMALL = next(s for s in SETUPS if s.name == "1366x768")


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pseudo_language.build(tmp_path_factory.mktemp("pseudo"))


def _assert_all_fit(extra_env: dict[str, str]) -> None:
    fits = probe(SMALL, extra_env)
    assert {f.window for f in fits} >= EXPECTED_WINDOWS
    assert [(f.window, f.outer, f.area) for f in fits if not f.fits] == []
    assert [(f.window, f.unreachable) for f in fits if f.unreachable] == []


def test_every_window_fits_a_language_40_percent_longer(pseudo_qm: Path) -> None:
    _assert_all_fit({"COUNTERBALANCE_PSEUDO": str(pseudo_qm)})


def test_every_window_fits_right_to_left(pseudo_qm: Path) -> None:
    _assert_all_fit({"COUNTERBALANCE_PSEUDO": str(pseudo_qm), "COUNTERBALANCE_LAYOUT": "rtl"})


def test_the_pseudo_language_keeps_placeholders_and_grows_by_40_percent() -> None:
    source = "Snooze %n min · {name} at %1 &Skip <b>now</b>"
    text = pseudo_language.pseudo(source)
    for kept in ("%n", "{name}", "%1", "&S", "<b>", "</b>"):
        assert kept in text
    assert len(text) >= len(source) * 1.4
    assert "ö" in text


def test_the_pseudo_language_reaches_the_widgets(qtbot: QtBot, pseudo_qm: Path) -> None:
    app = QApplication.instance()
    assert app is not None
    translator = QTranslator(app)
    assert translator.load(str(pseudo_qm))
    app.installTranslator(translator)
    try:
        counted = QCoreApplication.translate("BreakPrompt", "Snooze for %n minute(s)", "", 3)
        assert counted.startswith("[Šñööžé för 3 mîñûtéš")  # English plural, then pseudo
        dialog = SettingsDialog(Settings(), False)
        qtbot.addWidget(dialog)
        texts = [label.text() for label in dialog.findChildren(QLabel) if label.text().strip()]
        assert texts
        weekdays = {QLocale().standaloneDayName(d) for d in range(1, 8)}  # QLocale's own
        plain = [
            t
            for t in texts
            if not t.startswith("[") and t not in weekdays and any(c.isalpha() for c in t)
        ]
        assert plain == []
    finally:
        app.removeTranslator(translator)
