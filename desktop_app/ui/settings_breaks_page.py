"""Settings page "Breaks": how often microbreaks come, how long idle counts, snoozing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit

from desktop_app.core.settings import spec
from desktop_app.core.settings_rules import SnoozeFault, snooze_fault
from desktop_app.ui.settings_fields import FIELD_PX, mark_invalid
from desktop_app.ui.settings_form import SettingsForm, SettingsPage, help_note, note


def parse_snooze_options(text: str) -> tuple[tuple[int, ...], str | None]:
    """Parse "5, 10, 15" into sorted unique minutes; return them and an error or None.

    Reading the text is the dialog's; which minutes are allowed is the core's
    (``core.settings.snooze_fault``).
    """
    parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
    for part in parts:
        if not part.isdigit():
            return (), QCoreApplication.translate(
                "SettingsDialog", "“{part}” is not a whole number of minutes."
            ).format(part=part)
    values = tuple(sorted({int(part) for part in parts}))
    option = spec("snooze_options_min")
    lo, hi = option.whole_bounds
    fault = snooze_fault(values)
    if fault is SnoozeFault.EMPTY:
        return (), QCoreApplication.translate(
            "SettingsDialog", "Enter at least one snooze time, e.g. 5, 10, 15."
        )
    if fault is SnoozeFault.OUT_OF_RANGE:
        return (), QCoreApplication.translate(
            "SettingsDialog", "Each snooze time must be {lo}–{hi} min."
        ).format(lo=lo, hi=hi)
    if fault is SnoozeFault.TOO_MANY:
        return (), QCoreApplication.translate(
            "SettingsDialog", "Give at most {n} snooze times."
        ).format(n=option.max_items)
    return values, None


class BreaksPage(SettingsPage):
    """Microbreak interval, jitter, idle threshold, notice; snooze times and limit."""

    def __init__(self, form: SettingsForm) -> None:
        super().__init__(form)
        section = self.section(self.tr("Microbreaks"), first=True)
        self.interval = form.spin("interval_min", self.tr("Minutes between breaks"))
        self.interval_note = note("")
        section.row(self.tr("Break every"), self.interval, self.interval_note)
        self.jitter = form.spin("jitter_min", self.tr("Vary each interval by"))
        section.row(self.tr("Vary by up to ±"), self.jitter, help_note("jitter_min"))
        self.idle = form.spin("idle_threshold_min", self.tr("Idle minutes that count"))
        section.row(self.tr("Idle time that counts"), self.idle, help_note("idle_threshold_min"))
        self.notice = form.spin("notice_lead_s", self.tr("Notice before a break"))
        section.row(self.tr("Notice ahead"), self.notice, help_note("notice_lead_s"))

        section = self.section(self.tr("Snooze"))
        self.snooze_options = QLineEdit()
        self.snooze_options.setAccessibleName(self.tr("Snooze times in minutes"))
        form.describe(self.snooze_options, "snooze_options_min")
        form.bind(
            "snooze_options_min",
            lambda minutes: self.snooze_options.setText(", ".join(str(m) for m in minutes)),
            lambda: parse_snooze_options(self.snooze_options.text())[0],
        )
        self.snooze_options.setPlaceholderText("5, 10, 15")
        self.snooze_options.setFixedWidth(FIELD_PX)
        self.snooze_options.textChanged.connect(form.revalidate)
        self._snooze_note = note(
            self.tr("Minutes, separated by commas (up to {n}).").format(
                n=spec("snooze_options_min").max_items
            )
        )
        section.row(self.tr("Snooze times"), self.snooze_options, self._snooze_note)
        self.snooze_error = note("", "fieldError")
        self.snooze_error.hide()
        section.grid.addWidget(self.snooze_error, section.grid.rowCount(), 1, 1, 2)
        self.snooze_limit = form.spin("snooze_limit", self.tr("Snoozes allowed per break"))
        section.row(self.tr("Snoozes per break"), self.snooze_limit, help_note("snooze_limit"))
        self.column.addStretch(1)

    def title(self) -> str:
        """Return the tab's title."""
        return self.tr("Breaks")

    def problems(self) -> list[str]:
        """Return the snooze times' problem, if any."""
        _, snooze_error = parse_snooze_options(self.snooze_options.text())
        return [snooze_error] if snooze_error else []

    def show_problems(self) -> None:
        """Show the snooze times' problem and the interval's recommendation."""
        _, snooze_error = parse_snooze_options(self.snooze_options.text())
        self.snooze_error.setText(snooze_error or "")
        self.snooze_error.setVisible(bool(snooze_error))
        mark_invalid(self.snooze_options, bool(snooze_error))
        self._update_interval_note()

    def _update_interval_note(self) -> None:
        minutes = self.interval.value()
        lo, hi = spec("interval_min").recommended or spec("interval_min").whole_bounds
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
        self.interval_note.setText(text)
