"""Settings page "Working hours": one editor per weekday, several ranges a day."""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from desktop_app.core.settings import Settings, TimeRange
from desktop_app.ui.settings_form import SettingsForm, SettingsPage, note
from desktop_app.ui.working_hours_editor import DayEditor, week_order


class HoursPage(SettingsPage):
    """Offer breaks only during working hours, edited day by day."""

    def __init__(self, form: SettingsForm) -> None:
        super().__init__(form)
        self.hours_enabled = form.check(
            self.tr("Only offer breaks during my working hours"), "working_hours_enabled"
        )
        self.column.addWidget(self.hours_enabled)
        self.column.addWidget(
            note(
                self.tr(
                    "Outside these hours no breaks are offered, and the count starts "
                    "afresh each day. A day may have several ranges, e.g. before and "
                    "after lunch."
                ),
                "note",
            )
        )
        self.column.addSpacing(6)
        self.days: dict[str, DayEditor] = {}
        holder = QWidget()
        holder.setObjectName("hoursList")
        col = QVBoxLayout(holder)
        col.setContentsMargins(0, 0, 8, 0)
        col.setSpacing(2)
        for day in week_order():
            editor = DayEditor(day, ())
            editor.changed.connect(self._on_day_changed)
            self.days[day] = editor
            col.addWidget(editor)
        col.addStretch(1)
        self._hours_scroll = QScrollArea()
        self._hours_scroll.setObjectName("hours")
        form.describe(self._hours_scroll, "working_hours")
        form.bind("working_hours", self._show_hours, self._edited_hours)
        self._hours_scroll.setWidgetResizable(True)
        self._hours_scroll.setWidget(holder)
        self._hours_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.hours_holder = holder
        self.column.addWidget(self._hours_scroll, 1)
        self.hours_enabled.toggled.connect(holder.setEnabled)

    def title(self) -> str:
        """Return the tab's title."""
        return self.tr("Working hours")

    def problems(self) -> list[str]:
        """Return every day's problems (overlapping or empty ranges)."""
        return [problem for editor in self.days.values() for problem in editor.validate()]

    def loaded(self, settings: Settings) -> None:
        """Grey the days out while working hours are off; put Tab in visual order."""
        self.hours_holder.setEnabled(settings.working_hours_enabled)
        self._order_hours_focus()

    def _show_hours(self, hours: dict[str, tuple[TimeRange, ...]]) -> None:
        for day, editor in self.days.items():
            editor.set_ranges(hours.get(day, ()))

    def _edited_hours(self) -> dict[str, tuple[TimeRange, ...]]:
        return {
            day: tuple(sorted(editor.ranges(), key=lambda r: r.start))
            for day, editor in self.days.items()
        }

    def _on_day_changed(self) -> None:
        self._order_hours_focus()
        self.form.revalidate()

    def _order_hours_focus(self) -> None:
        # Rows added later come last in Qt's focus chain: put Tab back in visual order.
        chain: list[QWidget] = [self.hours_enabled]
        for editor in self.days.values():
            for row in editor.rows():
                chain += [row.start, row.end, row.remove]
            chain.append(editor.add_button)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
