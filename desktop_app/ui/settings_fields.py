"""Building blocks of the settings dialog: its style, row grid, and field helpers.

Fields take their range, unit and description from the option declarations in
``core.settings`` (:func:`~desktop_app.core.settings.spec`), so no bound is written twice.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import QAbstractSpinBox, QGridLayout, QLabel, QWidget

from desktop_app.core.option_spec import OptionSpec
from desktop_app.ui.theme import Theme

#: Time format of the time fields.
TIME_FORMAT = "HH:mm"
#: Width of the label column, and the usual width of a field.
LABEL_PX = 170
FIELD_PX = 110
#: Indent of a note under a check box (lines it up with the box's text).
CHECK_NOTE_INDENT_PX = 32
#: Left margin of the text inside spin boxes and time fields.
SPIN_TEXT_MARGIN_PX = 6
#: Translation context of the option declarations' help texts and units.
OPTION_CONTEXT = "Settings"


def option_help(option: OptionSpec) -> str:
    """Return an option's help text, translated."""
    return QCoreApplication.translate(OPTION_CONTEXT, option.help)


def option_suffix(option: OptionSpec) -> str:
    """Return the suffix a field shows after the value (" min"), translated; may be empty."""
    return " " + QCoreApplication.translate(OPTION_CONTEXT, option.unit) if option.unit else ""


def dialog_style(t: Theme) -> str:
    """Return the rules the shared theme lacks (tabs, spin boxes, time and text fields)."""
    return f"""
QTabWidget::pane {{ background: {t.surface}; border: 1px solid {t.border};
    border-radius: 10px; top: -1px; }}
QTabBar::tab {{ background: transparent; color: {t.muted}; font-size: 14px;
    padding: 8px 16px; border: none; border-bottom: 3px solid transparent; }}
QTabBar::tab:selected {{ color: {t.ink}; border-bottom: 3px solid {t.accent}; }}
QTabBar::tab:hover {{ color: {t.ink}; }}
QTabBar:focus {{ outline: none; }}
QWidget#page {{ background: {t.surface}; }}
QSpinBox, QTimeEdit, QLineEdit {{ font-size: 14px; color: {t.ink}; background: {t.window};
    border: 1px solid {t.border_strong}; border-radius: 6px; padding: 4px 8px;
    min-height: 20px; selection-background-color: {t.accent};
    selection-color: {t.on_accent}; }}
QSpinBox:focus, QTimeEdit:focus, QLineEdit:focus {{ border: 2px solid {t.focus};
    padding: 3px 7px; }}
QSpinBox:disabled, QTimeEdit:disabled, QLineEdit:disabled {{ color: {t.disabled};
    border-color: {t.border}; }}
QSpinBox::up-button, QSpinBox::down-button, QTimeEdit::up-button,
QTimeEdit::down-button {{ width: 0; border: none; }}
*[invalid="true"] {{ border: 2px solid {t.danger}; padding: 3px 7px; }}
QLabel#fieldError {{ color: {t.danger}; font-size: 12px; }}
QLabel#dayName {{ font-weight: 600; }}
QLabel#dayOff {{ color: {t.muted}; font-size: 13px; }}
QPushButton#small {{ padding: 3px 10px; font-size: 13px; }}
QPushButton#small:focus {{ padding: 2px 9px; }}
QScrollArea#hours, QWidget#hoursList {{ background: {t.surface}; }}
"""


def to_qtime(value: time) -> QTime:
    """Convert a ``datetime.time`` to ``QTime``."""
    return QTime(value.hour, value.minute)


def from_qtime(value: QTime) -> time:
    """Convert a ``QTime`` to ``datetime.time`` (whole minutes)."""
    return time(value.hour(), value.minute())


class Section:
    """A grid of settings rows: label, field, and a note to the field's right."""

    def __init__(self) -> None:
        """Start an empty grid."""
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(10)
        self.grid.setColumnMinimumWidth(0, LABEL_PX)
        self.grid.setColumnStretch(2, 1)

    def row(
        self, label: str, field: QWidget, note: QWidget | None = None, span: bool = False
    ) -> None:
        """Add ``label`` (the field's buddy), ``field`` and an optional note."""
        r = self.grid.rowCount()
        text = QLabel(label)
        text.setBuddy(field)
        self.grid.addWidget(text, r, 0, Qt.AlignmentFlag.AlignVCenter)
        if span:
            self.grid.addWidget(field, r, 1, 1, 2)
        else:
            self.grid.addWidget(field, r, 1, Qt.AlignmentFlag.AlignLeft)
        if note is not None:
            self.grid.addWidget(note, r, 2, Qt.AlignmentFlag.AlignVCenter)

    def full(self, widget: QWidget, indent: int = 0) -> None:
        """Add ``widget`` across the whole row, indented by ``indent`` pixels."""
        r = self.grid.rowCount()
        if indent:
            widget.setContentsMargins(indent, 0, 0, 0)
        self.grid.addWidget(widget, r, 0, 1, 3)


def pad_text(box: QAbstractSpinBox) -> None:
    """Give a spin box's text the same left padding as a line edit's.

    With a style sheet the spin box's own padding does not reach its text.
    """
    box.lineEdit().setTextMargins(SPIN_TEXT_MARGIN_PX, 0, 0, 0)


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Show or clear the red "invalid" border (a dynamic style property)."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
