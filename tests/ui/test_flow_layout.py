"""The wrapping row of the Progress window's body-region chips."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.ui.flow_layout import FlowLayout


def _row(qtbot, count: int = 5) -> tuple[QWidget, FlowLayout, list[QLabel]]:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    layout = FlowLayout(host, spacing=4)
    layout.setContentsMargins(0, 0, 0, 0)
    labels = [QLabel("chip " * 4) for _ in range(count)]
    for label in labels:
        layout.addWidget(label)
    return host, layout, labels


def test_items_wrap_when_the_row_is_too_narrow(qtbot) -> None:  # type: ignore[no-untyped-def]
    host, layout, labels = _row(qtbot)
    one = labels[0].sizeHint()
    wide = layout.sizeHint().width()
    layout.setGeometry(QRect(0, 0, wide, one.height()))
    assert len({label.y() for label in labels}) == 1  # room for all: one row
    narrow = 2 * one.width() + 4
    layout.setGeometry(QRect(0, 0, narrow, 200))
    rows = sorted({label.y() for label in labels})
    assert len(rows) == 3  # two per row
    assert all(label.geometry().right() < narrow for label in labels)
    assert layout.heightForWidth(narrow) == rows[-1] + one.height()
    assert host.minimumHeight() == layout.heightForWidth(narrow)  # asks for its rows


def test_right_to_left_starts_at_the_right(qtbot) -> None:  # type: ignore[no-untyped-def]
    host, layout, labels = _row(qtbot, 2)
    host.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    layout.setGeometry(QRect(0, 0, 1000, 50))
    assert labels[0].geometry().right() == 999
    assert labels[1].x() < labels[0].x()


def test_inserting_keeps_the_order(qtbot) -> None:  # type: ignore[no-untyped-def]
    _host, layout, _labels = _row(qtbot, 2)
    extra = QLabel("first")
    layout.insertWidget(0, extra)
    assert layout.itemAt(0).widget() is extra and layout.count() == 3
    taken = layout.takeAt(0)
    assert taken is not None and taken.widget() is extra and layout.count() == 2
