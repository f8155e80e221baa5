"""The settings dialog: breaks, working hours, exercises, quiet times, sounds, start at login.

The dialog edits a copy of :class:`~desktop_app.core.settings.Settings` and never touches
files or the OS: Apply and OK emit ``settings_applied`` with the new settings (and
``autostart_changed`` when that box changed); the app saves them and re-arms the break
service, so changes take effect without a restart. Every edit is validated at once; a
problem is shown next to the field and in a line above the buttons, the tab with the
problem is marked, and OK/Apply stay disabled until it is fixed. Finally the new settings
go through the same per-key validators the settings file uses, so the dialog can never
produce a value the file would reject.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace
from datetime import time

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSize, Qt, QTime, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.catalog import CONTRAINDICATIONS
from desktop_app.core.planner import PROFILE_NAMES
from desktop_app.core.settings import (
    CONDITIONS,
    EQUIPMENT,
    PROFILES,
    SIDES,
    VALIDATORS,
    WEEKDAYS,
    Settings,
    TimeRange,
    settings_to_mapping,
)
from desktop_app.ui.screen_fit import elide_long_items, fit_to_screen, scrollable
from desktop_app.ui.sound_cues import CueAvailability, CueStatus
from desktop_app.ui.theme import Theme, apply_theme, theme_for
from desktop_app.ui.translations import language_name, shipped_languages

#: The dialog's size: every tab fits on a 1280×800 screen without scrolling but hours.
DIALOG_SIZE = (680, 640)
#: Recommended microbreak interval (brief: every 30–60 min).
RECOMMENDED_INTERVAL_MIN = (30, 60)
#: Most snooze choices the break prompt shows as buttons.
MAX_SNOOZE_OPTIONS = 4
#: Snooze minutes allowed per option (``core.settings`` checks the same).
SNOOZE_RANGE_MIN = (1, 60)
#: Time format of the time fields.
TIME_FORMAT = "HH:mm"
#: Width of the weekday names column in the working-hours tab.
DAY_LABEL_PX = 110
#: Width of the label column, and the usual width of a field.
LABEL_PX = 170
FIELD_PX = 110
#: Indent of a note under a check box (lines it up with the box's text).
CHECK_NOTE_INDENT_PX = 32
#: Left margin of the text inside spin boxes and time fields.
SPIN_TEXT_MARGIN_PX = 6
#: Tab order; the index of each tab.
TAB_BREAKS, TAB_HOURS, TAB_EXERCISES, TAB_GENERAL = range(4)


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


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


def week_order() -> list[str]:
    """Return ``core.settings.WEEKDAYS`` from the locale's first day of the week (US: Sunday)."""
    first = QLocale().firstDayOfWeek().value - 1  # Qt: Monday = 1 … Sunday = 7
    return [*WEEKDAYS[first:], *WEEKDAYS[:first]]


def day_names() -> dict[str, str]:
    """Return the names of ``core.settings.WEEKDAYS`` in the user's language (QLocale)."""
    locale = QLocale()
    return {day: locale.standaloneDayName(i) for i, day in enumerate(WEEKDAYS, start=1)}


def to_qtime(value: time) -> QTime:
    """Convert a ``datetime.time`` to ``QTime``."""
    return QTime(value.hour, value.minute)


def from_qtime(value: QTime) -> time:
    """Convert a ``QTime`` to ``datetime.time`` (whole minutes)."""
    return time(value.hour(), value.minute())


def parse_snooze_options(text: str) -> tuple[tuple[int, ...], str | None]:
    """Parse "5, 10, 15" into sorted unique minutes; return them and an error or None."""
    parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
    if not parts:
        return (), QCoreApplication.translate(
            "SettingsDialog", "Enter at least one snooze time, e.g. 5, 10, 15."
        )
    values: list[int] = []
    lo, hi = SNOOZE_RANGE_MIN
    for part in parts:
        if not part.isdigit():
            return (), QCoreApplication.translate(
                "SettingsDialog", "“{part}” is not a whole number of minutes."
            ).format(part=part)
        value = int(part)
        if not lo <= value <= hi:
            return (), QCoreApplication.translate(
                "SettingsDialog", "Each snooze time must be {lo}–{hi} min."
            ).format(lo=lo, hi=hi)
        values.append(value)
    unique = tuple(sorted(set(values)))
    if len(unique) > MAX_SNOOZE_OPTIONS:
        return (), QCoreApplication.translate(
            "SettingsDialog", "Give at most {n} snooze times."
        ).format(n=MAX_SNOOZE_OPTIONS)
    return unique, None


def hours_problems(day: str, ranges: list[TimeRange]) -> list[str]:
    """Return readable problems with one day's ranges: an end before its start, overlaps."""
    name = day_names()[day]
    problems: list[str] = []
    for r in ranges:
        if not r.start < r.end:
            problems.append(
                QCoreApplication.translate(
                    "SettingsDialog", "{day}: {start}–{end} ends before it starts."
                ).format(day=name, start=r.start.strftime("%H:%M"), end=r.end.strftime("%H:%M"))
            )
    valid = sorted((r for r in ranges if r.start < r.end), key=lambda r: r.start)
    for a, b in itertools.pairwise(valid):
        if b.start < a.end:
            problems.append(
                QCoreApplication.translate("SettingsDialog", "{day}: {a} and {b} overlap.").format(
                    day=name,
                    a=f"{a.start:%H:%M}–{a.end:%H:%M}",
                    b=f"{b.start:%H:%M}–{b.end:%H:%M}",
                )
            )
    return problems


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


def _mark(widget: QWidget, invalid: bool) -> None:
    """Show or clear the red "invalid" border (a dynamic style property)."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class RangeRow(QWidget):
    """One working-hours range: start and end time, and a Remove button.

    Signals:
        changed(): A time was edited.
        remove_requested(): The user asked to remove this range.
    """

    changed = Signal()
    remove_requested = Signal()

    def __init__(self, day_name: str, value: TimeRange, parent: QWidget | None = None) -> None:
        """Build the row for ``value`` on the day called ``day_name``."""
        super().__init__(parent)
        self.start = QTimeEdit(to_qtime(value.start))
        self.end = QTimeEdit(to_qtime(value.end))
        for edit, what in (
            (self.start, QCoreApplication.translate("SettingsDialog", "start")),
            (self.end, QCoreApplication.translate("SettingsDialog", "end")),
        ):
            edit.setDisplayFormat(TIME_FORMAT)
            edit.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            pad_text(edit)
            edit.setAccessibleName(
                QCoreApplication.translate("SettingsDialog", "{day} working hours {what}").format(
                    day=day_name, what=what
                )
            )
            edit.timeChanged.connect(self.changed)
        dash = QLabel("–")
        self.remove = QPushButton(QCoreApplication.translate("SettingsDialog", "Remove"))
        self.remove.setObjectName("small")
        self.remove.setAccessibleName(
            QCoreApplication.translate("SettingsDialog", "Remove this {day} range").format(
                day=day_name
            )
        )
        self.remove.clicked.connect(self.remove_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.start)
        row.addWidget(dash)
        row.addWidget(self.end)
        row.addSpacing(4)
        row.addWidget(self.remove)
        row.addStretch(1)

    def value(self) -> TimeRange:
        """Return the range as edited (possibly invalid)."""
        return TimeRange(from_qtime(self.start.time()), from_qtime(self.end.time()))

    def set_invalid(self, invalid: bool) -> None:
        """Mark both time fields as part of a problem, or clear the mark."""
        _mark(self.start, invalid)
        _mark(self.end, invalid)


class DayEditor(QWidget):
    """The ranges of one weekday: add, edit, remove; shows its own problems.

    Signals:
        changed(): A range was added, removed or edited.
    """

    changed = Signal()

    def __init__(
        self, day: str, ranges: tuple[TimeRange, ...], parent: QWidget | None = None
    ) -> None:
        """Build the editor for ``day`` with ``ranges``."""
        super().__init__(parent)
        self.day = day
        self._name = day_names()[day]
        self._rows: list[RangeRow] = []
        label = QLabel(self._name)
        label.setObjectName("dayName")
        label.setFixedWidth(DAY_LABEL_PX)
        # Line the name up with the text of the first time field.
        label.setContentsMargins(0, 5, 0, 0)
        self._off = QLabel(QCoreApplication.translate("SettingsDialog", "Not working"))
        self._off.setObjectName("dayOff")
        self._ranges = QVBoxLayout()
        self._ranges.setSpacing(4)
        self._ranges.addWidget(self._off)
        self.add_button = QPushButton(QCoreApplication.translate("SettingsDialog", "Add hours"))
        self.add_button.setObjectName("small")
        self.add_button.setAccessibleName(
            QCoreApplication.translate("SettingsDialog", "Add working hours on {day}").format(
                day=self._name
            )
        )
        self.add_button.clicked.connect(self._on_add_clicked)
        self._error = QLabel()
        self._error.setObjectName("fieldError")
        self._error.setWordWrap(True)
        self._error.hide()

        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(self._ranges, 1)
        top.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self._error)
        for r in ranges:
            self._add_row(r)
        self._update_off()

    def rows(self) -> tuple[RangeRow, ...]:
        """Return the range rows, in order."""
        return tuple(self._rows)

    def ranges(self) -> list[TimeRange]:
        """Return the ranges as edited (possibly invalid), in the order shown."""
        return [row.value() for row in self._rows]

    def set_ranges(self, ranges: tuple[TimeRange, ...]) -> None:
        """Replace every row with ``ranges`` (no ``changed`` signal)."""
        for row in self._rows:
            self._ranges.removeWidget(row)
            row.hide()
            row.deleteLater()
        self._rows = []
        for r in ranges:
            self._add_row(r)
        self._update_off()

    def add_range(self) -> RangeRow:
        """Add a range after the last one (or 09:00–17:00) and return its row."""
        last = self._rows[-1].value() if self._rows else None
        if last is not None and last.end < time(22, 0):
            start = last.end.replace(minute=0) if last.end.minute == 0 else last.end
            hour = min(start.hour + 2, 23)
            new = TimeRange(start, time(hour, start.minute))
        else:
            new = TimeRange(time(9, 0), time(17, 0))
        row = self._add_row(new)
        self._update_off()
        self.changed.emit()
        return row

    def remove_row(self, row: RangeRow) -> None:
        """Remove ``row`` and move focus to something sensible."""
        index = self._rows.index(row)
        self._rows.remove(row)
        self._ranges.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._update_off()
        if self._rows:
            self._rows[min(index, len(self._rows) - 1)].start.setFocus()
        else:
            self.add_button.setFocus()
        self.changed.emit()

    def validate(self) -> list[str]:
        """Show and return this day's problems (empty when valid)."""
        values = self.ranges()
        problems = hours_problems(self.day, values)
        bad: set[int] = set()
        for i, r in enumerate(values):
            if not r.start < r.end:
                bad.add(i)
        for i, j in itertools.combinations(range(len(values)), 2):
            a, b = values[i], values[j]
            if a.start < a.end and b.start < b.end and a.start < b.end and b.start < a.end:
                bad.update((i, j))
        for i, row in enumerate(self._rows):
            row.set_invalid(i in bad)
        self._error.setText("\n".join(problems))
        self._error.setVisible(bool(problems))
        return problems

    def _add_row(self, value: TimeRange) -> RangeRow:
        row = RangeRow(self._name, value)
        row.changed.connect(self.changed)
        row.remove_requested.connect(lambda r=row: self.remove_row(r))
        self._rows.append(row)
        self._ranges.addWidget(row)
        return row

    def _update_off(self) -> None:
        self._off.setVisible(not self._rows)

    def _on_add_clicked(self) -> None:
        row = self.add_range()
        row.start.setFocus()


class SettingsDialog(QDialog):
    """Edit every user setting; validated live, applied without a restart.

    Signals:
        settings_applied(object): The new :class:`~desktop_app.core.settings.Settings`,
            on Apply or OK when something changed.
        autostart_changed(bool): The "Start at login" box changed (on Apply or OK).

    Args:
        settings: The settings to edit (kept for the fields the dialog does not show).
        autostart_enabled: Whether start at login is on now (as the OS reports it).
        parent: Qt parent.
    """

    settings_applied = Signal(object)
    autostart_changed = Signal(bool)

    def __init__(
        self, settings: Settings, autostart_enabled: bool, parent: QWidget | None = None
    ) -> None:
        """Build the dialog showing ``settings``."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Counterbalance — Settings"))
        self.setAccessibleName(self.tr("Counterbalance settings"))
        self._theme = theme_for()
        apply_theme(self, dialog_style(self._theme), self._theme)
        self._base = settings
        self._autostart = autostart_enabled
        self._problems: list[str] = []
        #: True while fields are being filled in: edits then trigger no validation.
        self._loading = True

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings sections"))
        self.tabs.addTab(scrollable(self._breaks_tab()), self.tr("Breaks"))
        self.tabs.addTab(scrollable(self._hours_tab()), self.tr("Working hours"))
        self.tabs.addTab(scrollable(self._exercises_tab()), self.tr("Exercises"))
        self.tabs.addTab(scrollable(self._general_tab()), self.tr("General"))
        self._tab_names = [self.tabs.tabText(i) for i in range(self.tabs.count())]

        self._summary = QLabel()
        self._summary.setObjectName("warning")
        self._summary.setWordWrap(True)
        self._summary.hide()

        self.ok_button = QPushButton(self.tr("OK"))
        self.ok_button.setObjectName("primary")
        self.ok_button.setAccessibleName(self.tr("Save settings and close"))
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self._on_ok_clicked)
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setAccessibleName(self.tr("Save settings"))
        self.apply_button.clicked.connect(self.apply)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Close without saving"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.ok_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self._summary)
        layout.addLayout(buttons)
        self.load(settings, autostart_enabled)
        fit_to_screen(self, QSize(*DIALOG_SIZE))

    # ----- building blocks

    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        page.setObjectName("page")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(6)
        return page, layout

    def _section(self, layout: QVBoxLayout, title: str, first: bool = False) -> Section:
        if not first:
            layout.addSpacing(14)
        label = QLabel(title)
        label.setObjectName("sectionTitle")
        layout.addWidget(label)
        section = Section()
        layout.addLayout(section.grid)
        return section

    def _spin(self, lo: int, hi: int, suffix: str, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(lo, hi)
        spin.setSuffix(suffix)
        spin.setAccessibleName(name)
        spin.setFixedWidth(FIELD_PX)
        pad_text(spin)
        # Typed, or stepped with ↑/↓, PgUp/PgDn and the wheel: the style sheet would need
        # arrow images the theme lacks, so the arrows get no width. (NoButtons is not
        # used: with a style sheet it hides the text, measured with PySide6 6.11.)
        spin.setToolTip(self.tr("Type a value, or use the ↑ and ↓ keys"))
        spin.valueChanged.connect(self._revalidate)
        return spin

    # -- sound and voice availability (issue 13) ------------------------------------

    def show_cue_availability(self, availability: CueAvailability) -> None:
        """Say next to the sound and voice switches when they cannot be heard now."""
        for label, status in (
            (self.sounds_note, availability.sound),
            (self.voice_note, availability.voice),
        ):
            text = self._cue_note(status)
            label.setText(text)
            label.setAccessibleName(text)
            label.setVisible(bool(text))

    def _cue_note(self, status: CueStatus) -> str:
        if status is CueStatus.NO_SOUND_SERVER or status is CueStatus.NO_OUTPUT:
            return self.tr(
                "No sound output found: sessions run silently. Cues come back by "
                "themselves when sound is available."
            )
        if status is CueStatus.NO_SPEECH_ENGINE:
            return self.tr(
                "No speech engine answers (e.g. speech-dispatcher with espeak-ng): cues "
                "are not spoken. They come back by themselves when one is installed."
            )
        if status is CueStatus.NO_QT_MODULE:
            return self.tr("This installation cannot play sound or speech: cues stay silent.")
        if status is CueStatus.MISSING_FILE:
            return self.tr("A sound file is missing from the installation: reinstall to fix.")
        return ""

    @staticmethod
    def _note(text: str, name: str = "hint") -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def _check(self, text: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setAccessibleName(text)
        box.toggled.connect(self._revalidate)
        return box

    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        for value, text in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self._revalidate)
        return combo

    # ----- tabs

    def _breaks_tab(self) -> QWidget:
        page, layout = self._page()
        section = self._section(layout, self.tr("Microbreaks"), first=True)
        self.interval = self._spin(5, 180, self.tr(" min"), self.tr("Minutes between breaks"))
        self._interval_note = self._note("")
        section.row(self.tr("Break every"), self.interval, self._interval_note)
        self.jitter = self._spin(0, 15, self.tr(" min"), self.tr("Vary each interval by"))
        section.row(
            self.tr("Vary by up to ±"),
            self.jitter,
            self._note(self.tr("Makes breaks less predictable; 0 keeps them exact.")),
        )
        self.idle = self._spin(1, 60, self.tr(" min"), self.tr("Idle minutes that count"))
        section.row(
            self.tr("Idle time that counts"),
            self.idle,
            self._note(self.tr("No keyboard or mouse use this long is a break by itself.")),
        )
        self.notice = self._spin(0, 300, self.tr(" s"), self.tr("Notice before a break"))
        section.row(
            self.tr("Notice ahead"),
            self.notice,
            self._note(self.tr("A notification this many seconds before; 0 = none.")),
        )

        section = self._section(layout, self.tr("Snooze"))
        self.snooze_options = QLineEdit()
        self.snooze_options.setAccessibleName(self.tr("Snooze times in minutes"))
        self.snooze_options.setPlaceholderText("5, 10, 15")
        self.snooze_options.setFixedWidth(FIELD_PX)
        self.snooze_options.textChanged.connect(self._revalidate)
        self._snooze_note = self._note(
            self.tr("Minutes, separated by commas (up to {n}).").format(n=MAX_SNOOZE_OPTIONS)
        )
        section.row(self.tr("Snooze times"), self.snooze_options, self._snooze_note)
        self._snooze_error = self._note("", "fieldError")
        self._snooze_error.hide()
        section.grid.addWidget(self._snooze_error, section.grid.rowCount(), 1, 1, 2)
        self.snooze_limit = self._spin(0, 10, "", self.tr("Snoozes allowed per break"))
        section.row(
            self.tr("Snoozes per break"),
            self.snooze_limit,
            self._note(self.tr("After this many, only Start or Skip remain; 0 = no snooze.")),
        )
        layout.addStretch(1)
        return page

    def _hours_tab(self) -> QWidget:
        page, layout = self._page()
        self.hours_enabled = self._check(self.tr("Only offer breaks during my working hours"))
        layout.addWidget(self.hours_enabled)
        layout.addWidget(
            self._note(
                self.tr(
                    "Outside these hours no breaks are offered, and the count starts "
                    "afresh each day. A day may have several ranges, e.g. before and "
                    "after lunch."
                ),
                "note",
            )
        )
        layout.addSpacing(6)
        self._days: dict[str, DayEditor] = {}
        holder = QWidget()
        holder.setObjectName("hoursList")
        col = QVBoxLayout(holder)
        col.setContentsMargins(0, 0, 8, 0)
        col.setSpacing(2)
        for day in week_order():
            editor = DayEditor(day, ())
            editor.changed.connect(self._on_day_changed)
            self._days[day] = editor
            col.addWidget(editor)
        col.addStretch(1)
        self._hours_scroll = QScrollArea()
        self._hours_scroll.setObjectName("hours")
        self._hours_scroll.setWidgetResizable(True)
        self._hours_scroll.setWidget(holder)
        self._hours_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._hours_holder = holder
        layout.addWidget(self._hours_scroll, 1)
        self.hours_enabled.toggled.connect(holder.setEnabled)
        return page

    def _exercises_tab(self) -> QWidget:
        page, layout = self._page()
        section = self._section(layout, self.tr("Your exercises"), first=True)
        self.profile = self._combo(
            self.tr("Exercise focus"),
            [(p, QCoreApplication.translate("Planner", PROFILE_NAMES[p])) for p in PROFILES],
        )
        elide_long_items(self.profile)
        section.row(self.tr("Focus"), self.profile, span=True)
        equipment_names = {"none": self.tr("No band"), "band": self.tr("Resistance band")}
        self.equipment = self._combo(
            self.tr("Equipment at your desk"), [(e, equipment_names[e]) for e in EQUIPMENT]
        )
        section.row(self.tr("Equipment"), self.equipment)
        side_names = {
            "none": self.tr("Neither / not sure"),
            "left": self.tr("Left side is weaker"),
            "right": self.tr("Right side is weaker"),
        }
        self.weak_side = self._combo(self.tr("Weaker side"), [(s, side_names[s]) for s in SIDES])
        section.row(
            self.tr("Weaker side"),
            self.weak_side,
            self._note(self.tr("Gets an extra set of one-sided strengthening.")),
        )
        # Issue 12: the tighter side is asked on its own, never assumed from the weaker one.
        tight_names = {
            "none": self.tr("Neither / not sure"),
            "left": self.tr("Left side is tighter"),
            "right": self.tr("Right side is tighter"),
        }
        self.tight_side = self._combo(self.tr("Tighter side"), [(s, tight_names[s]) for s in SIDES])
        section.row(
            self.tr("Tighter side"),
            self.tight_side,
            self._note(self.tr("Gets an extra hold of one-sided stretches.")),
        )
        section.full(self._note(self.tr("Leave out exercises not advised for:")))
        self.conditions: dict[str, QCheckBox] = {}
        for key in CONDITIONS:
            box = self._check(QCoreApplication.translate("Catalog", CONTRAINDICATIONS[key]))
            self.conditions[key] = box
            section.full(box, indent=12)

        section = self._section(layout, self.tr("Daily session"))
        self.daily_enabled = self._check(self.tr("Remind me of a longer daily session"))
        section.full(self.daily_enabled)
        self.daily_time = QTimeEdit()
        self.daily_time.setDisplayFormat(TIME_FORMAT)
        self.daily_time.setAccessibleName(self.tr("Daily session time"))
        self.daily_time.setFixedWidth(FIELD_PX)
        pad_text(self.daily_time)
        self.daily_time.timeChanged.connect(self._revalidate)
        section.row(
            self.tr("Reminder at"),
            self.daily_time,
            self._note(self.tr("Your local time, every day.")),
        )
        self.daily_enabled.toggled.connect(self.daily_time.setEnabled)

        section = self._section(layout, self.tr("Pain ratings"))
        self.pain_share = self._spin(0, 100, " %", self.tr("Share of microbreaks asking pain"))
        self.pain_share.setSingleStep(10)
        section.row(
            self.tr("Ask on"),
            self.pain_share,
            self._note(self.tr("of microbreaks, before and after.")),
        )
        section.full(
            self._note(
                self.tr(
                    "The 0–10 ratings show whether the exercises help you. 100 % asks every "
                    "time; 0 % never asks during microbreaks."
                ),
                "note",
            )
        )
        self.feel_each = self._check(self.tr("Ask how each exercise felt in microbreaks"))
        section.full(self.feel_each)
        section.full(
            self._note(
                self.tr(
                    "Off: one optional question at the end of a microbreak. Daily sessions "
                    "always ask after each exercise."
                ),
                "note",
            )
        )
        layout.addStretch(1)
        return page

    def _general_tab(self) -> QWidget:
        page, layout = self._page()
        section = self._section(layout, self.tr("Quiet times"), first=True)
        self.respect_fullscreen = self._check(
            self.tr("Hold breaks while a full-screen window is active")
        )
        section.full(self.respect_fullscreen)
        section.full(
            self._note(self.tr("Presentations, calls and videos are not interrupted.")),
            CHECK_NOTE_INDENT_PX,
        )
        self.respect_dnd = self._check(self.tr("Hold breaks while Do Not Disturb is on"))
        section.full(self.respect_dnd)
        section.full(
            self._note(self.tr("A held break is offered as soon as the quiet time ends.")),
            CHECK_NOTE_INDENT_PX,
        )

        section = self._section(layout, self.tr("Sounds"))
        self.sounds = self._check(self.tr("Play ticks and chimes during sessions"))
        section.full(self.sounds)
        # Sound/voice availability notes (issue 13): hidden until the cues report.
        self.sounds_note = self._note("", "warning")
        self.sounds_note.hide()
        section.full(self.sounds_note)
        self.voice = self._check(self.tr("Speak exercise cues aloud"))
        section.full(self.voice)
        self.voice_note = self._note("", "warning")
        self.voice_note.hide()
        section.full(self.voice_note)

        section = self._section(layout, self.tr("Language"))
        languages = [(code, language_name(code)) for code in shipped_languages()]
        self.language = self._combo(
            self.tr("Language"), [("", self.tr("Same as the system")), *languages]
        )
        section.row(self.tr("Language:"), self.language)
        section.full(
            self._note(self.tr("A new language applies the next time Counterbalance starts."))
        )

        section = self._section(layout, self.tr("Start at login"))
        self.autostart = self._check(self.tr("Start Counterbalance when I log in"))
        section.full(self.autostart)
        section.full(
            self._note(self.tr("Breaks only come while Counterbalance is running.")),
            CHECK_NOTE_INDENT_PX,
        )
        layout.addStretch(1)
        return page

    # ----- values

    def load(self, settings: Settings, autostart_enabled: bool) -> None:
        """Show ``settings`` and the autostart state in every field."""
        self._base = settings
        self._autostart = autostart_enabled
        self._loading = True
        try:
            self.interval.setValue(settings.interval_min)
            self.jitter.setValue(settings.jitter_min)
            self.idle.setValue(settings.idle_threshold_min)
            self.notice.setValue(settings.notice_lead_s)
            self.snooze_options.setText(", ".join(str(m) for m in settings.snooze_options_min))
            self.snooze_limit.setValue(settings.snooze_limit)
            self.hours_enabled.setChecked(settings.working_hours_enabled)
            self._hours_holder.setEnabled(settings.working_hours_enabled)
            for day, editor in self._days.items():
                editor.set_ranges(settings.working_hours.get(day, ()))
            self._order_hours_focus()
            self._select(self.profile, settings.profile)
            self._select(self.equipment, settings.equipment)
            self._select(self.weak_side, settings.weak_side)
            self._select(self.tight_side, settings.tight_side)
            self._select(self.language, settings.language)
            for key, box in self.conditions.items():
                box.setChecked(key in settings.conditions)
            self.daily_enabled.setChecked(settings.daily_session_enabled)
            self.daily_time.setTime(to_qtime(settings.daily_session_time))
            self.daily_time.setEnabled(settings.daily_session_enabled)
            self.pain_share.setValue(round(settings.pain_prompt_share * 100))
            self.feel_each.setChecked(settings.microbreak_feel_each)
            self.respect_fullscreen.setChecked(settings.respect_fullscreen)
            self.respect_dnd.setChecked(settings.respect_dnd)
            self.sounds.setChecked(settings.sounds_enabled)
            self.voice.setChecked(settings.voice_enabled)
            self.autostart.setChecked(autostart_enabled)
        finally:
            self._loading = False
        self._revalidate()

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def set_autostart_enabled(self, enabled: bool) -> None:
        """Show the real autostart state (e.g. after turning it on failed)."""
        self._autostart = enabled
        self.autostart.setChecked(enabled)
        self._revalidate()

    def edited_settings(self) -> Settings | None:
        """Return the settings as edited, or None while any field is invalid."""
        return self._build()[0]

    def problems(self) -> list[str]:
        """Return the problems that keep OK and Apply disabled (empty when valid)."""
        return list(self._problems)

    def _build(self) -> tuple[Settings | None, dict[int, list[str]]]:
        by_tab: dict[int, list[str]] = {}

        def add(tab: int, message: str) -> None:
            by_tab.setdefault(tab, []).append(message)

        snooze, snooze_error = parse_snooze_options(self.snooze_options.text())
        if snooze_error:
            add(TAB_BREAKS, snooze_error)
        hours: dict[str, tuple[TimeRange, ...]] = {}
        for day, editor in self._days.items():
            for problem in editor.validate():
                add(TAB_HOURS, problem)
            hours[day] = tuple(sorted(editor.ranges(), key=lambda r: r.start))
        if by_tab:
            return None, by_tab
        settings = replace(
            self._base,
            interval_min=self.interval.value(),
            jitter_min=self.jitter.value(),
            idle_threshold_min=self.idle.value(),
            notice_lead_s=self.notice.value(),
            snooze_options_min=snooze,
            snooze_limit=self.snooze_limit.value(),
            working_hours_enabled=self.hours_enabled.isChecked(),
            working_hours=hours,
            profile=str(self.profile.currentData()),
            equipment=str(self.equipment.currentData()),
            weak_side=str(self.weak_side.currentData()),
            tight_side=str(self.tight_side.currentData()),
            conditions=tuple(k for k, box in self.conditions.items() if box.isChecked()),
            daily_session_enabled=self.daily_enabled.isChecked(),
            daily_session_time=from_qtime(self.daily_time.time()),
            pain_prompt_share=self.pain_share.value() / 100,
            microbreak_feel_each=self.feel_each.isChecked(),
            respect_fullscreen=self.respect_fullscreen.isChecked(),
            respect_dnd=self.respect_dnd.isChecked(),
            sounds_enabled=self.sounds.isChecked(),
            voice_enabled=self.voice.isChecked(),
            language=str(self.language.currentData()),
        )
        # The same checks the settings file applies: the dialog never saves what it rejects.
        for key, value in settings_to_mapping(settings).items():
            check: Callable[[object], object] | None = VALIDATORS.get(key)
            if check is None:
                continue
            try:
                check(value)
            except (ValueError, TypeError) as exc:
                add(TAB_GENERAL, f"{key}: {exc}")
        return (None if by_tab else settings), by_tab

    def _on_day_changed(self) -> None:
        self._order_hours_focus()
        self._revalidate()

    def _order_hours_focus(self) -> None:
        # Rows added later come last in Qt's focus chain: put Tab back in visual order.
        chain: list[QWidget] = [self.hours_enabled]
        for editor in self._days.values():
            for row in editor.rows():
                chain += [row.start, row.end, row.remove]
            chain.append(editor.add_button)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _revalidate(self) -> None:
        if self._loading:
            return
        settings, by_tab = self._build()
        self._problems = [p for tab in sorted(by_tab) for p in by_tab[tab]]
        _, snooze_error = parse_snooze_options(self.snooze_options.text())
        self._snooze_error.setText(snooze_error or "")
        self._snooze_error.setVisible(bool(snooze_error))
        _mark(self.snooze_options, bool(snooze_error))
        self._update_interval_note()
        bar = self.tabs.tabBar()
        for i, name in enumerate(self._tab_names):
            bad = i in by_tab
            self.tabs.setTabText(i, f"⚠ {name}" if bad else name)
            self.tabs.setTabToolTip(i, self.tr("Has a problem to fix") if bad else "")
            bar.setTabTextColor(i, QColor(self._theme.danger) if bad else QColor())
        if self._problems:
            self._summary.setText(
                self.tr("Fix %n problem(s) to save: {problem}", "", len(self._problems)).format(
                    problem=self._problems[0]
                )
            )
        self._summary.setVisible(bool(self._problems))
        valid = settings is not None
        changed = valid and (
            settings != self._base or self.autostart.isChecked() != self._autostart
        )
        self.ok_button.setEnabled(valid)
        self.apply_button.setEnabled(changed)

    def _update_interval_note(self) -> None:
        minutes = self.interval.value()
        lo, hi = RECOMMENDED_INTERVAL_MIN
        if lo <= minutes <= hi:
            text = self.tr("{lo}–{hi} min is recommended.").format(lo=lo, hi=hi)
        elif minutes < lo:
            text = self.tr(
                "{lo}–{hi} min is recommended; breaks this often may interrupt focused work."
            ).format(lo=lo, hi=hi)
        else:
            text = self.tr(
                "{lo}–{hi} min is recommended; sitting longer than an hour adds up."
            ).format(lo=lo, hi=hi)
        self._interval_note.setText(text)

    # ----- actions

    def apply(self) -> bool:
        """Emit the edited settings (and an autostart change); return False if invalid."""
        settings = self.edited_settings()
        if settings is None:
            self._revalidate()
            return False
        autostart = self.autostart.isChecked()
        if settings != self._base:
            self._base = settings
            self.settings_applied.emit(settings)
        if autostart != self._autostart:
            self._autostart = autostart
            self.autostart_changed.emit(autostart)
        self._revalidate()
        return True

    def _on_ok_clicked(self) -> None:
        if self.apply():
            self.accept()

    def changeEvent(self, event: QEvent) -> None:
        """Re-style when the desktop switches between light and dark."""
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            theme = theme_for()
            if theme != self._theme:
                self._theme = theme
                apply_theme(self, dialog_style(theme), theme)
                self._revalidate()
        super().changeEvent(event)
