"""The "Check symptoms" page: the red flags of brief §4 as a checklist, and the advice.

Reachable from the session window and (through the app) from the tray, and opened
proactively (``core.screening``): at the first run, after high pain ratings, when the user
reports numbness, tingling or weakness, and as a short re-check every few weeks. The
reason picks the list (full or short) and the intro. The dialog only shows and reports:
the app stores the outcome and stops or locks the programme.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import safety
from desktop_app.core.red_flags import FlagGroup, RedFlag
from desktop_app.core.safety import SafetyOutcome
from desktop_app.core.screening import INTROS, ScreeningReason, questions_for
from desktop_app.ui.screen_fit import fit_to_screen
from desktop_app.ui.theme import apply_theme, theme_for

GROUP_COLORS = {
    FlagGroup.EMERGENCY: ("#fdecea", "#b3261e"),
    FlagGroup.URGENT_NECK: ("#fdecea", "#b3261e"),
    FlagGroup.CHEST: ("#fdecea", "#b3261e"),
    FlagGroup.STOP_EXERCISE: ("#fff6dc", "#7a5a00"),
    FlagGroup.MEDICAL_REVIEW: ("#fff6dc", "#7a5a00"),
    FlagGroup.RECOMMEND_PHYSIO: ("#eaf3fb", "#1f4f7a"),
}
OK_COLORS = ("#e8f5ef", "#1d6b4f")
#: The same advice colours (background, ink) on a dark window.
GROUP_COLORS_DARK = {
    FlagGroup.EMERGENCY: ("#3d1614", "#ffb4ab"),
    FlagGroup.URGENT_NECK: ("#3d1614", "#ffb4ab"),
    FlagGroup.CHEST: ("#3d1614", "#ffb4ab"),
    FlagGroup.STOP_EXERCISE: ("#3a3015", "#f3d98b"),
    FlagGroup.MEDICAL_REVIEW: ("#3a3015", "#f3d98b"),
    FlagGroup.RECOMMEND_PHYSIO: ("#14293d", "#a9d1f5"),
}
OK_COLORS_DARK = ("#12301f", "#8fdcb4")

SYMPTOMS_STYLE = """
QLabel#title { font-size: 21px; }
QLabel#group { font-size: 14px; font-weight: 700; margin-top: 8px; }
QCheckBox { padding: 2px 6px; }
"""
#: Room for every sign without scrolling on a 1280×800 screen (it scrolls when smaller).
DIALOG_SIZE = (680, 700)


def tr_safety(text: str) -> str:
    """Translate a source string of ``core.safety``."""
    return QCoreApplication.translate(safety.SAFETY_CONTEXT, text)


class _CheckText(QLabel):
    """A check box's word-wrapped text: a click on it ticks the box, as on a box's own text."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self._box = box
        self.setWordWrap(True)
        self.setBuddy(box)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Ask for the height the wrapped text needs at this width (layouts give one line)."""
        super().resizeEvent(event)
        needed = self.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Tick or untick the box, and give it the focus."""
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self._box.setFocus(Qt.FocusReason.MouseFocusReason)
            self._box.click()
        super().mouseReleaseEvent(event)


def wrapping_check(text: str, column: QVBoxLayout) -> QCheckBox:
    """Add a check box whose text wraps (a QCheckBox's own text never does) to ``column``.

    Long signs in longer languages ran past the list's edge behind a sideways scroll bar.
    The box keeps the text as its accessible name and takes the keys (Tab, Space).
    """
    box = QCheckBox()
    box.setAccessibleName(text)
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(0)
    row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(_CheckText(text, box), 1)
    column.addLayout(row)
    return box


def build_checklist(flags: Sequence[RedFlag]) -> tuple[QScrollArea, dict[str, QCheckBox]]:
    """Build the grouped, scrollable list of signs; return it and its boxes by flag id."""
    boxes: dict[str, QCheckBox] = {}
    inner = QWidget()
    inner.setObjectName("list")
    inner.setStyleSheet("QLabel#group { font-weight: 700; margin-top: 6px; }")
    col = QVBoxLayout(inner)
    col.setContentsMargins(2, 0, 8, 0)
    col.setSpacing(2)
    for group in FlagGroup:
        in_group = [f for f in flags if f.group is group]
        if not in_group:
            continue
        label = QLabel(tr_safety(safety.GROUP_TITLES[group]))
        label.setObjectName("group")
        label.setWordWrap(True)
        col.addWidget(label)
        for flag in in_group:
            box = wrapping_check(tr_safety(flag.question), col)
            boxes[flag.id] = box
    col.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidget(inner)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    # The signs wrap to the list's width: no sideways scrolling, and a steady width (a
    # scroll bar coming and going would re-wrap them and squash the lines).
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    return scroll, boxes


def show_advice(label: QLabel, outcome: SafetyOutcome, dark: bool) -> None:
    """Show an outcome's advice in ``label``, coloured by how serious it is."""
    groups, ok = (GROUP_COLORS_DARK, OK_COLORS_DARK) if dark else (GROUP_COLORS, OK_COLORS)
    background, ink = groups[outcome.level] if outcome.level else ok
    paragraphs = list(outcome.localized_advice(tr_safety))
    if outcome.emergency:
        head = QCoreApplication.translate("SymptomsDialog", "Seek emergency care now")
        paragraphs[0] = f"<span style='font-size:18px;font-weight:700'>{head}</span><br>" + (
            paragraphs[0]
            .removeprefix(QCoreApplication.translate("Safety", "Seek emergency care now."))
            .strip()
        )
    html = "".join(f"<p style='margin:4px 0'>{p}</p>" for p in paragraphs)
    label.setText(html)
    label.setStyleSheet(
        f"background:{background}; color:{ink}; border:1px solid {ink};"
        "border-radius:8px; padding:8px 12px; font-size:14px;"
    )
    label.setVisible(True)
    label.setAccessibleDescription(" ".join(outcome.advice))


class SymptomsDialog(QDialog):
    """List the warning signs, evaluate the ticked ones and show what to do.

    Signals:
        outcome_ready(object): The :class:`~desktop_app.core.safety.SafetyOutcome` of a check.
    """

    outcome_ready = Signal(object)

    def __init__(
        self, parent: QWidget | None = None, reason: ScreeningReason = ScreeningReason.USER
    ) -> None:
        super().__init__(parent)
        self._reason = reason
        self.setWindowTitle(self.tr("Counterbalance — Check symptoms"))
        self.setAccessibleName(self.tr("Check symptoms"))
        self._theme = theme_for()
        self._dark = self._theme.dark
        apply_theme(self, SYMPTOMS_STYLE, self._theme)
        self._outcome: SafetyOutcome | None = None

        title = QLabel(
            self.tr("Check your symptoms")
            if reason is ScreeningReason.USER
            else self.tr("A quick safety check")
        )
        title.setObjectName("title")
        intro = QLabel(tr_safety(INTROS[reason]))
        intro.setObjectName("note")
        intro.setWordWrap(True)

        scroll, self._boxes = build_checklist(questions_for(reason))

        self._advice = QLabel()
        self._advice.setWordWrap(True)
        self._advice.setTextFormat(Qt.TextFormat.RichText)
        self._advice.setAccessibleName(self.tr("Advice"))
        self._advice.setVisible(False)

        self._check = QPushButton(self.tr("Check (Enter)"))
        self._check.setObjectName("primary")
        self._check.setAccessibleName(self.tr("Check the ticked signs"))
        self._check.setDefault(True)
        self._check.clicked.connect(self.evaluate)
        close = QPushButton(self.tr("Close (Esc)"))
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self._check)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self._advice)
        layout.addLayout(buttons)
        fit_to_screen(self, QSize(*DIALOG_SIZE))

    def event(self, event: QEvent) -> bool:
        """Follow the desktop's light or dark palette when it changes."""
        if event.type() == QEvent.Type.ApplicationPaletteChange and theme_for() is not self._theme:
            self._theme = theme_for()
            self._dark = self._theme.dark
            apply_theme(self, SYMPTOMS_STYLE, self._theme)
            if self._outcome is not None:
                self.evaluate()
        return super().event(event)

    @property
    def reason(self) -> ScreeningReason:
        """Return why the check was asked."""
        return self._reason

    def asked_flags(self) -> tuple[str, ...]:
        """Return the ids of the signs shown, in order."""
        return tuple(self._boxes)

    @property
    def outcome(self) -> SafetyOutcome | None:
        """Return the outcome of the last check, if any."""
        return self._outcome

    def set_checked(self, flag_id: str, checked: bool = True) -> None:
        """Tick or untick one sign (used by tests and by the tray's quick check)."""
        self._boxes[flag_id].setChecked(checked)

    def evaluate(self) -> SafetyOutcome:
        """Evaluate the ticked signs, show the advice and emit ``outcome_ready``."""
        ticked = [fid for fid, box in self._boxes.items() if box.isChecked()]
        outcome = safety.evaluate(ticked)
        self._outcome = outcome
        show_advice(self._advice, outcome, self._dark)
        self.outcome_ready.emit(outcome)
        return outcome

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter checks, Esc closes (QDialog default), Space toggles the focused box."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self._check.hasFocus():
            self.evaluate()
            return
        super().keyPressEvent(event)
