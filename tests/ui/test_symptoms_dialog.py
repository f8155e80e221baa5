"""The safety check reads without sideways scrolling in every language (issue 14).

In German at 1366×768 the longest signs ("Schmerzen im oberen Rücken zusammen mit
Brustschmerzen, Druck oder Engegefühl") ran past the list's edge behind a horizontal
scroll bar: a red flag must be readable at a glance.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QLabel, QScrollArea

from desktop_app.core.screening import ScreeningReason
from desktop_app.ui.symptoms_dialog import SymptomsDialog
from desktop_app.ui.translations import I18N_DIR, QM_PREFIX


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "it", "pt_BR", "pl"])
def test_the_signs_wrap_instead_of_scrolling_sideways(language: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(str(I18N_DIR / f"{QM_PREFIX}{language}.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        dialog = SymptomsDialog(reason=ScreeningReason.FIRST_RUN)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        [scroll] = dialog.findChildren(QScrollArea)
        bar = scroll.horizontalScrollBar()
        assert bar.maximum() == 0, (language, bar.maximum(), scroll.viewport().width())
        assert dialog._boxes, "the list has signs"
        for box in dialog._boxes.values():  # each sign still ticks from the keyboard
            assert box.focusPolicy() & Qt.FocusPolicy.TabFocus
            assert box.accessibleName()
        signs = {box.accessibleName() for box in dialog._boxes.values()}
        texts = [label for label in dialog.findChildren(QLabel) if label.text() in signs]
        assert len(texts) == len(signs)
        qtbot.waitUntil(lambda: all(t.height() >= t.heightForWidth(t.width()) for t in texts))
    finally:
        QCoreApplication.removeTranslator(translator)


def test_a_click_on_a_sign_text_ticks_its_box(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    dialog = SymptomsDialog(reason=ScreeningReason.USER)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    box = next(iter(dialog._boxes.values()))
    [text] = [
        label
        for label in dialog.findChildren(QLabel)
        if label.text() == box.accessibleName() and label.isVisible()
    ]
    qtbot.mouseClick(text, Qt.MouseButton.LeftButton)
    assert box.isChecked()
    qtbot.mouseClick(text, Qt.MouseButton.LeftButton)
    assert not box.isChecked()
