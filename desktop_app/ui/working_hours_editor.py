"""The working-hours editor of the settings dialog: one row per range, one editor per day.

Which ranges are wrong is decided by the core (``core.settings_rules.hours_problems`` and
``ranges_in_conflict``, the rules the settings file applies); this module only says so.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.settings import WEEKDAYS, TimeRange
from desktop_app.core.settings_rules import HoursFault, ranges_in_conflict
from desktop_app.core.settings_rules import hours_problems as core_hours_problems
from desktop_app.ui.settings_fields import TIME_FORMAT, from_qtime, mark_invalid, pad_text, to_qtime

#: Width of the weekday names column in the working-hours tab.
DAY_LABEL_PX = 110


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


def _span(r: TimeRange) -> str:
    return f"{r.start:%H:%M}–{r.end:%H:%M}"


def hours_problems(day: str, ranges: list[TimeRange]) -> list[str]:
    """Return readable problems with one day's ranges: an end before its start, overlaps."""
    name = day_names()[day]
    problems: list[str] = []
    for p in core_hours_problems(ranges):
        first = ranges[p.first]
        if p.fault is HoursFault.ENDS_BEFORE_START:
            problems.append(
                QCoreApplication.translate(
                    "SettingsDialog", "{day}: {start}–{end} ends before it starts."
                ).format(
                    day=name, start=first.start.strftime("%H:%M"), end=first.end.strftime("%H:%M")
                )
            )
        elif p.second is not None:
            problems.append(
                QCoreApplication.translate("SettingsDialog", "{day}: {a} and {b} overlap.").format(
                    day=name, a=_span(first), b=_span(ranges[p.second])
                )
            )
    return problems


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
        mark_invalid(self.start, invalid)
        mark_invalid(self.end, invalid)


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
        bad = ranges_in_conflict(values)
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
