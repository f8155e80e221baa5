"""A longer language and a right-to-left layout fit every window (issue 14).

The pseudo-language accents every string and makes it 40 % longer; the screen-fit probe
(tests/helpers/screen_fit.py) opens every window with it at 1366×768, the smallest
supported screen, and once more with a right-to-left layout.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop_app.core.settings import Settings
from desktop_app.ui.pseudo_language import PseudoTranslator, pseudo
from desktop_app.ui.settings_dialog import SettingsDialog
from tests.helpers.screen_fit import SETUPS, probe
from tests.ui.test_screen_fit import EXPECTED_WINDOWS

SMALL = next(s for s in SETUPS if s.name == "1366x768")


def _assert_all_fit(extra_env: dict[str, str]) -> None:
    fits = probe(SMALL, extra_env)
    assert {f.window for f in fits} >= EXPECTED_WINDOWS
    assert [(f.window, f.outer, f.area) for f in fits if not f.fits] == []
    assert [(f.window, f.unreachable) for f in fits if f.unreachable] == []


def test_every_window_fits_a_language_40_percent_longer() -> None:
    _assert_all_fit({"COUNTERBALANCE_PSEUDO": "1"})


def test_every_window_fits_right_to_left() -> None:
    _assert_all_fit({"COUNTERBALANCE_PSEUDO": "1", "COUNTERBALANCE_LAYOUT": "rtl"})


def test_the_pseudo_language_keeps_placeholders_and_grows_by_40_percent() -> None:
    source = "Snooze %n min · {name} at %1 &Skip <b>now</b>"
    text = pseudo(source, 0.4)
    for kept in ("%n", "{name}", "%1", "&S", "<b>", "</b>"):
        assert kept in text
    assert len(text) >= len(source) * 1.4
    assert "ö" in text and "o" not in text.replace("<b>now</b>", "")


def test_the_pseudo_language_reaches_the_widgets(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert app is not None
    translator = PseudoTranslator(app, 0.4)
    app.installTranslator(translator)
    try:
        dialog = SettingsDialog(Settings(), False)
        qtbot.addWidget(dialog)
        texts = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        assert texts
        assert sum(t.startswith("[") for t in texts) >= len(texts) * 0.8
    finally:
        app.removeTranslator(translator)
