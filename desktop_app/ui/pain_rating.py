"""The 0–10 pain rating (NRS): eleven buttons, fixed anchors, a band label and a region.

Keyboard: digits choose a value; ``1`` then ``0`` types 10 (like typing the number);
←/→ step the value when asked by the owner. Enter and Esc are handled by the owner
(confirm / skip), which reads :meth:`PainRating.value`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import pain
from desktop_app.core.clock import Clock, Stamp
from desktop_app.core.events import RatingEvent, RatingKind, Region
from desktop_app.ui.screen_fit import fit_to_screen
from desktop_app.ui.theme import Theme, apply_theme, theme_for

#: Band label colours on a light window (each ≥ 4.5:1 against it).
BAND_COLORS = {
    pain.PainBand.NONE: "#1d7a6f",
    pain.PainBand.MILD: "#4a7a1f",
    pain.PainBand.MODERATE: "#9a5a06",
    pain.PainBand.SEVERE: "#b3261e",
}
#: Band label colours on a dark window.
BAND_COLORS_DARK = {
    pain.PainBand.NONE: "#5fd1c0",
    pain.PainBand.MILD: "#a6d96a",
    pain.PainBand.MODERATE: "#f5b342",
    pain.PainBand.SEVERE: "#ff8a80",
}


def pain_style(t: Theme) -> str:
    """Return the rating's style rules (for the window that shows it) in theme ``t``."""
    return f"""
QLabel#painTitle {{ font-size: 24px; font-weight: 700; }}
QLabel#painQuestion {{ font-size: 17px; }}
QLabel#painAnchor {{ color: {t.muted}; font-size: 13px; }}
QLabel#painBand {{ font-size: 14px; font-weight: 600; }}
QPushButton#painValue {{ font-size: 18px; font-weight: 600; padding: 0; }}
QPushButton#painValue:focus {{ padding: 0; }}
QPushButton#painValue:checked {{ background: {t.accent}; color: {t.on_accent};
    border-color: {t.accent_border}; }}
QPushButton#painValue:checked:focus {{ border: 2px solid {t.focus if t.dark else t.ink}; }}
"""


def tr_pain_question(q: pain.PainQuestion) -> str:
    """Translate a pain question, its region phrase included."""
    if not q.template:
        return tr_pain(q.question)
    return tr_pain(q.template).format(region=tr_pain(q.region_phrase))


def tr_pain(text: str) -> str:
    """Translate a source string of ``core.pain``."""
    return QCoreApplication.translate(pain.PAIN_CONTEXT, text)


class PainRating(QWidget):
    """Pick a 0–10 pain value, optionally with a body region.

    Signals:
        value_changed(int): A value was chosen (by key or click).

    Args:
        compact: Smaller buttons and no question or region (used for pain-during).
        parent: Qt parent.
    """

    value_changed = Signal(int)

    def __init__(self, *, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: int | None = None
        self._typed_one = False
        self.setObjectName("painRating")

        self._title = QLabel()
        self._title.setObjectName("painTitle")
        self._question = QLabel()
        self._question.setObjectName("painQuestion")
        self._question.setWordWrap(True)
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._question.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(6 if compact else 8)
        size = 38 if compact else 56
        self._buttons: list[QPushButton] = []
        for v in range(pain.NRS_MAX + 1):
            b = QPushButton(str(v))
            b.setCheckable(True)
            b.setFixedSize(size, size)
            b.setObjectName("painValue")
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            b.setAccessibleName(self.tr("Pain %n out of 10", "", v))
            b.setToolTip(tr_pain(pain.BAND_NAMES[pain.band(v)]))
            self._group.addButton(b, v)
            grid.addWidget(b, 0, v, Qt.AlignmentFlag.AlignCenter)
            self._buttons.append(b)
        self._group.idClicked.connect(self._on_group_clicked)
        low = QLabel(tr_pain(pain.ANCHOR_LOW))
        high = QLabel(tr_pain(pain.ANCHOR_HIGH))
        low.setObjectName("painAnchor")
        high.setObjectName("painAnchor")
        high.setAlignment(Qt.AlignmentFlag.AlignRight)
        grid.addWidget(low, 1, 0, 1, 5, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(high, 1, 6, 1, 5, Qt.AlignmentFlag.AlignRight)

        self._band = QLabel()
        self._band.setObjectName("painBand")
        self._band.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._band.setMinimumHeight(26)

        self._region = QComboBox()
        self._region.setAccessibleName(self.tr("Where is the pain (optional)"))
        self._region.addItem(self.tr("Anywhere / not specific"), None)
        # The item data is the region's plain value: Qt turns a StrEnum into a str, so
        # an enum stored here would come back as a str and never match Region.
        for region, name in pain.REGION_NAMES.items():
            self._region.addItem(tr_pain(name), region.value)
        self._region.currentIndexChanged.connect(self._on_region_changed)
        region_row = QHBoxLayout()
        region_label = QLabel(self.tr("Where (optional):"))
        region_label.setBuddy(self._region)
        region_row.addStretch(1)
        region_row.addWidget(region_label)
        region_row.addWidget(self._region)
        region_row.addStretch(1)

        self._hint = QLabel(
            self.tr("Type 0–9 · 1 then 0 for 10 · Enter confirms · Esc skips")
            if not compact
            else self.tr("Optional: type 0–9, or 1 then 0 for 10")
        )
        self._hint.setObjectName("hint")
        self._hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.setSpacing(10 if not compact else 4)
        if not compact:
            layout.addWidget(self._title)
            layout.addWidget(self._question)
            layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addWidget(self._band)
        if not compact:
            layout.addLayout(region_row)
        layout.addWidget(self._hint)
        self._kind = RatingKind.BEFORE
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.set_kind(RatingKind.BEFORE)

    # ----- API

    def set_kind(self, kind: RatingKind, region: Region | None = None) -> None:
        """Show the question for ``kind`` and clear the value (the region is kept)."""
        self._kind = kind
        if region is not None:
            self._region.setCurrentIndex(self._region.findData(region.value))
        q = pain.question(kind, self.region())
        self._title.setText(tr_pain(q.title))
        self._question.setText(tr_pain_question(q))
        self.clear()

    def clear(self) -> None:
        """Forget the chosen value."""
        self._value = None
        self._typed_one = False
        self._group.setExclusive(False)
        for b in self._buttons:
            b.setChecked(False)
        self._group.setExclusive(True)
        self._band.setText(" ")
        self._band.setStyleSheet("")

    def value(self) -> int | None:
        """Return the chosen value, or None."""
        return self._value

    def region(self) -> Region | None:
        """Return the chosen region, or None."""
        data = self._region.currentData()
        return Region(data) if isinstance(data, str) and data else None

    def select(self, value: int) -> None:
        """Choose ``value`` (0–10)."""
        value = max(pain.NRS_MIN, min(pain.NRS_MAX, value))
        self._value = value
        self._buttons[value].setChecked(True)
        b = pain.band(value)
        self._band.setText(f"{value} / 10 · {tr_pain(pain.BAND_NAMES[b])}")
        colors = BAND_COLORS_DARK if theme_for().dark else BAND_COLORS
        self._band.setStyleSheet(f"color: {colors[b]};")
        self.value_changed.emit(value)

    def type_digit(self, digit: int) -> None:
        """Handle a typed digit: ``1`` then ``0`` gives 10, anything else the digit."""
        if digit == 0 and self._typed_one:
            self._typed_one = False
            self.select(10)
            return
        self._typed_one = digit == 1
        self.select(digit)

    def step(self, delta: int) -> None:
        """Move the value by ``delta`` (starting from 0)."""
        self._typed_one = False
        self.select((self._value if self._value is not None else -1 if delta > 0 else 1) + delta)

    def _on_group_clicked(self, value: int) -> None:
        self._typed_one = False
        self.select(value)

    def _on_region_changed(self, _index: int) -> None:
        q = pain.question(self._kind, self.region())
        self._question.setText(tr_pain_question(q))


class DayPainDialog(QDialog):
    """Ask the optional end-of-day "average pain today" (NRS, same anchors).

    Signals:
        rating_given(object): The :class:`~desktop_app.core.events.RatingEvent` (kind
            DAY_AVERAGE), when the user confirms; nothing when skipped.

    Args:
        clock: Stamps the rating.
        parent: Qt parent.
    """

    rating_given = Signal(object)

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.setWindowTitle(self.tr("Counterbalance — Your day"))
        self.setAccessibleName(self.tr("Average pain today"))
        apply_theme(self, pain_style(theme_for()))
        self.rating = PainRating()
        self.rating.set_kind(RatingKind.DAY_AVERAGE)
        confirm = QPushButton(self.tr("Confirm (Enter)"))
        confirm.setObjectName("primary")
        confirm.setAccessibleName(self.tr("Confirm rating"))
        confirm.setDefault(True)
        confirm.clicked.connect(self.confirm)
        skip = QPushButton(self.tr("Skip (Esc)"))
        skip.setAccessibleName(self.tr("Skip rating"))
        skip.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(skip)
        row.addWidget(confirm)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.addWidget(self.rating)
        layout.addLayout(row)
        fit_to_screen(self, self.sizeHint())

    def confirm(self) -> None:
        """Emit the rating (if one was chosen) and close."""
        value = self.rating.value()
        if value is not None:
            self.rating_given.emit(
                RatingEvent(
                    Stamp.now(self._clock), RatingKind.DAY_AVERAGE, value, self.rating.region()
                )
            )
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digits choose (1 then 0 = 10), Enter confirms, Esc skips."""
        key = event.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self.rating.type_digit(key - Qt.Key.Key_0)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.confirm()
            return
        super().keyPressEvent(event)
