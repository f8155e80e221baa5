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
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.catalog import CONTRAINDICATIONS, Equipment
from desktop_app.core.planner import PROFILE_NAMES
from desktop_app.core.settings import (
    CONDITIONS,
    OPTIONS,
    Profile,
    Settings,
    SidePreference,
    SnoozeFault,
    TimeRange,
    snooze_fault,
    spec,
)
from desktop_app.core.settings_format import (
    VALIDATORS,
    settings_to_mapping,
)
from desktop_app.platform.computer_name import host_name
from desktop_app.ui.screen_fit import elide_long_items, fit_to_screen, scrollable
from desktop_app.ui.settings_fields import (
    CHECK_NOTE_INDENT_PX,
    FIELD_PX,
    TIME_FORMAT,
    Section,
    dialog_style,
    from_qtime,
    mark_invalid,
    option_help,
    option_suffix,
    pad_text,
    to_qtime,
)
from desktop_app.ui.sound_cues import CueAvailability, CueStatus
from desktop_app.ui.sync_settings_page import SyncSettingsPage
from desktop_app.ui.theme import apply_theme, theme_for
from desktop_app.ui.translations import language_name, shipped_languages
from desktop_app.ui.working_hours_editor import DayEditor, hours_problems, week_order

__all__ = ["TAB_BREAKS", "TAB_HOURS", "SettingsDialog", "hours_problems", "parse_snooze_options"]

#: The dialog's size: every tab fits on a 1280×800 screen without scrolling but hours.
DIALOG_SIZE = (680, 640)
#: Tab order; the index of each tab.
TAB_BREAKS, TAB_HOURS, TAB_EXERCISES, TAB_GENERAL = range(4)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


@dataclass(frozen=True, slots=True)
class Binding:
    """How one field shows its option's value and reads it back."""

    show: Callable[[Any], None]
    read: Callable[[], Any]


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
        #: Each option the dialog edits, by key: filled in as the fields are built.
        self._bindings: dict[str, Binding] = {}
        #: True while fields are being filled in: edits then trigger no validation.
        self._loading = True

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings sections"))
        self.tabs.addTab(scrollable(self._breaks_tab()), self.tr("Breaks"))
        self.tabs.addTab(scrollable(self._hours_tab()), self.tr("Working hours"))
        self.tabs.addTab(scrollable(self._exercises_tab()), self.tr("Exercises"))
        self.tabs.addTab(scrollable(self._general_tab()), self.tr("General"))
        self.sync_page = SyncSettingsPage(host_name())  # issue 15
        self.tabs.addTab(scrollable(self.sync_page), self.tr("Sync"))
        self.sync_page.edited.connect(self._revalidate)
        self._bindings.update({k: Binding(*b) for k, b in self.sync_page.bindings().items()})
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

    @staticmethod
    def _describe(widget: QWidget, key: str) -> None:
        """Give a field its option's help text as accessible description."""
        widget.setAccessibleDescription(option_help(spec(key)))
        widget.setProperty("option", key)

    def _spin(self, key: str, name: str) -> QSpinBox:
        """Return a spin box for the whole-number option ``key`` (range and unit from it)."""
        option = spec(key)
        spin = QSpinBox()
        spin.setRange(*option.whole_bounds)
        spin.setSuffix(option_suffix(option))
        spin.setAccessibleName(name)
        self._describe(spin, key)
        self._bindings[key] = Binding(spin.setValue, spin.value)
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

    def _help_note(self, key: str) -> QLabel:
        """Return a note showing the help text of the option ``key``."""
        return self._note(option_help(spec(key)))

    def _check(self, text: str, key: str | None = None, bound: bool = True) -> QCheckBox:
        """Return a check box; with ``key`` it shows that option (``bound``: it is its field)."""
        box = QCheckBox(text)
        box.setAccessibleName(text)
        if key is not None:
            self._describe(box, key)
            if bound:
                self._bindings[key] = Binding(box.setChecked, box.isChecked)
        box.toggled.connect(self._revalidate)
        return box

    def _combo(self, name: str, items: list[tuple[StrEnum, str]], key: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        self._describe(combo, key)
        enum = type(OPTIONS[key].default)
        self._bindings[key] = Binding(
            lambda value: self._select(combo, value), lambda: enum(combo.currentData())
        )
        for value, text in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self._revalidate)
        return combo

    def _percent(self, key: str, name: str) -> QSpinBox:
        """Return a spin box showing the share option ``key`` (0–1) as a percentage."""
        lo, hi = spec(key).bounds or (0.0, 1.0)
        spin = QSpinBox()
        spin.setRange(round(lo * 100), round(hi * 100))
        spin.setSuffix(" %")
        spin.setAccessibleName(name)
        self._describe(spin, key)
        self._bindings[key] = Binding(
            lambda share: spin.setValue(round(share * 100)), lambda: spin.value() / 100
        )
        spin.setFixedWidth(FIELD_PX)
        pad_text(spin)
        spin.setToolTip(self.tr("Type a value, or use the ↑ and ↓ keys"))
        spin.valueChanged.connect(self._revalidate)
        return spin

    # ----- tabs

    def _breaks_tab(self) -> QWidget:
        page, layout = self._page()
        section = self._section(layout, self.tr("Microbreaks"), first=True)
        self.interval = self._spin("interval_min", self.tr("Minutes between breaks"))
        self._interval_note = self._note("")
        section.row(self.tr("Break every"), self.interval, self._interval_note)
        self.jitter = self._spin("jitter_min", self.tr("Vary each interval by"))
        section.row(self.tr("Vary by up to ±"), self.jitter, self._help_note("jitter_min"))
        self.idle = self._spin("idle_threshold_min", self.tr("Idle minutes that count"))
        section.row(
            self.tr("Idle time that counts"), self.idle, self._help_note("idle_threshold_min")
        )
        self.notice = self._spin("notice_lead_s", self.tr("Notice before a break"))
        section.row(self.tr("Notice ahead"), self.notice, self._help_note("notice_lead_s"))

        section = self._section(layout, self.tr("Snooze"))
        self.snooze_options = QLineEdit()
        self.snooze_options.setAccessibleName(self.tr("Snooze times in minutes"))
        self._describe(self.snooze_options, "snooze_options_min")
        self._bindings["snooze_options_min"] = Binding(
            lambda minutes: self.snooze_options.setText(", ".join(str(m) for m in minutes)),
            lambda: parse_snooze_options(self.snooze_options.text())[0],
        )
        self.snooze_options.setPlaceholderText("5, 10, 15")
        self.snooze_options.setFixedWidth(FIELD_PX)
        self.snooze_options.textChanged.connect(self._revalidate)
        self._snooze_note = self._note(
            self.tr("Minutes, separated by commas (up to {n}).").format(
                n=spec("snooze_options_min").max_items
            )
        )
        section.row(self.tr("Snooze times"), self.snooze_options, self._snooze_note)
        self._snooze_error = self._note("", "fieldError")
        self._snooze_error.hide()
        section.grid.addWidget(self._snooze_error, section.grid.rowCount(), 1, 1, 2)
        self.snooze_limit = self._spin("snooze_limit", self.tr("Snoozes allowed per break"))
        section.row(
            self.tr("Snoozes per break"), self.snooze_limit, self._help_note("snooze_limit")
        )
        layout.addStretch(1)
        return page

    def _hours_tab(self) -> QWidget:
        page, layout = self._page()
        self.hours_enabled = self._check(
            self.tr("Only offer breaks during my working hours"), "working_hours_enabled"
        )
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
        self._describe(self._hours_scroll, "working_hours")
        self._bindings["working_hours"] = Binding(self._show_hours, self._edited_hours)
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
            [(p, QCoreApplication.translate("Planner", PROFILE_NAMES[p])) for p in Profile],
            "profile",
        )
        elide_long_items(self.profile)
        section.row(self.tr("Focus"), self.profile, span=True)
        equipment_names = {
            Equipment.NONE: self.tr("No band"),
            Equipment.BAND: self.tr("Resistance band"),
        }
        self.equipment = self._combo(
            self.tr("Equipment at your desk"),
            [(e, equipment_names[e]) for e in Equipment],
            "equipment",
        )
        section.row(self.tr("Equipment"), self.equipment)
        side_names = {
            SidePreference.NONE: self.tr("Neither / not sure"),
            SidePreference.LEFT: self.tr("Left side is weaker"),
            SidePreference.RIGHT: self.tr("Right side is weaker"),
        }
        self.weak_side = self._combo(
            self.tr("Weaker side"), [(s, side_names[s]) for s in SidePreference], "weak_side"
        )
        section.row(self.tr("Weaker side"), self.weak_side, self._help_note("weak_side"))
        # Issue 12: the tighter side is asked on its own, never assumed from the weaker one.
        tight_names = {
            SidePreference.NONE: self.tr("Neither / not sure"),
            SidePreference.LEFT: self.tr("Left side is tighter"),
            SidePreference.RIGHT: self.tr("Right side is tighter"),
        }
        self.tight_side = self._combo(
            self.tr("Tighter side"), [(s, tight_names[s]) for s in SidePreference], "tight_side"
        )
        section.row(self.tr("Tighter side"), self.tight_side, self._help_note("tight_side"))
        section.full(self._note(self.tr("Leave out exercises not advised for:")))
        self.conditions: dict[str, QCheckBox] = {}
        for key in CONDITIONS:
            box = self._check(
                QCoreApplication.translate("Catalog", CONTRAINDICATIONS[key]),
                "conditions",
                bound=False,
            )
            self.conditions[key] = box
            section.full(box, indent=12)
        self._bindings["conditions"] = Binding(
            self._show_conditions,
            lambda: tuple(k for k, box in self.conditions.items() if box.isChecked()),
        )

        section = self._section(layout, self.tr("Daily session"))
        self.daily_enabled = self._check(
            self.tr("Remind me of a longer daily session"), "daily_session_enabled"
        )
        section.full(self.daily_enabled)
        self.daily_time = QTimeEdit()
        self.daily_time.setDisplayFormat(TIME_FORMAT)
        self.daily_time.setAccessibleName(self.tr("Daily session time"))
        self._describe(self.daily_time, "daily_session_time")
        self._bindings["daily_session_time"] = Binding(
            lambda at: self.daily_time.setTime(to_qtime(at)),
            lambda: from_qtime(self.daily_time.time()),
        )
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
        self.pain_share = self._percent(
            "pain_prompt_share", self.tr("Share of microbreaks asking pain")
        )
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
        self.feel_each = self._check(
            self.tr("Ask how each exercise felt in microbreaks"), "microbreak_feel_each"
        )
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
            self.tr("Hold breaks while a full-screen window is active"), "respect_fullscreen"
        )
        section.full(self.respect_fullscreen)
        section.full(
            self._note(self.tr("Presentations, calls and videos are not interrupted.")),
            CHECK_NOTE_INDENT_PX,
        )
        self.respect_dnd = self._check(
            self.tr("Hold breaks while Do Not Disturb is on"), "respect_dnd"
        )
        section.full(self.respect_dnd)
        section.full(
            self._note(self.tr("A held break is offered as soon as the quiet time ends.")),
            CHECK_NOTE_INDENT_PX,
        )

        section = self._section(layout, self.tr("Sounds"))
        self.sounds = self._check(
            self.tr("Play ticks and chimes during sessions"), "sounds_enabled"
        )
        section.full(self.sounds)
        # Sound/voice availability notes (issue 13): hidden until the cues report.
        self.sounds_note = self._note("", "warning")
        self.sounds_note.hide()
        section.full(self.sounds_note)
        self.voice = self._check(self.tr("Speak exercise cues aloud"), "voice_enabled")
        section.full(self.voice)
        self.voice_note = self._note("", "warning")
        self.voice_note.hide()
        section.full(self.voice_note)

        section = self._section(layout, self.tr("Language"))
        languages = [(code, language_name(code)) for code in shipped_languages()]
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self._describe(self.language, "language")
        for code, text in [("", self.tr("Same as the system")), *languages]:
            self.language.addItem(text, code)
        self._bindings["language"] = Binding(
            lambda value: self._select(self.language, value),
            lambda: str(self.language.currentData()),
        )
        self.language.currentIndexChanged.connect(self._revalidate)
        section.row(self.tr("Language:"), self.language)
        section.full(
            self._note(self.tr("A new language applies the next time Counterbalance starts."))
        )

        section = self._section(layout, self.tr("Start at login"))
        self.autostart = self._check(
            self.tr("Start Counterbalance when I log in"), "autostart", bound=False
        )
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
            for key, binding in self._bindings.items():
                binding.show(getattr(settings, key))
            self._hours_holder.setEnabled(settings.working_hours_enabled)
            self._order_hours_focus()
            self.daily_time.setEnabled(settings.daily_session_enabled)
            self.autostart.setChecked(autostart_enabled)
        finally:
            self._loading = False
        self._revalidate()

    @staticmethod
    def _select(combo: QComboBox, value: StrEnum) -> None:
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

        _, snooze_error = parse_snooze_options(self.snooze_options.text())
        if snooze_error:
            add(TAB_BREAKS, snooze_error)
        for editor in self._days.values():
            for problem in editor.validate():
                add(TAB_HOURS, problem)
        if by_tab:
            return None, by_tab
        settings = replace(self._base, **{k: b.read() for k, b in self._bindings.items()})
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

    def _show_conditions(self, keys: tuple[str, ...]) -> None:
        for key, box in self.conditions.items():
            box.setChecked(key in keys)

    def _show_hours(self, hours: dict[str, tuple[TimeRange, ...]]) -> None:
        for day, editor in self._days.items():
            editor.set_ranges(hours.get(day, ()))

    def _edited_hours(self) -> dict[str, tuple[TimeRange, ...]]:
        return {
            day: tuple(sorted(editor.ranges(), key=lambda r: r.start))
            for day, editor in self._days.items()
        }

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
        mark_invalid(self.snooze_options, bool(snooze_error))
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
