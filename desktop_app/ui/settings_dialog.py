"""The settings dialog: breaks, working hours, exercises, quiet times, sounds, start at login.

The dialog edits a copy of :class:`~desktop_app.core.settings.Settings` and never touches
files or the OS: Apply and OK emit ``settings_applied`` with the new settings (and
``autostart_changed`` when that box changed); the app saves them and re-arms the break
service, so changes take effect without a restart. Every edit is validated at once; a
problem is shown next to the field and in a line above the buttons, the tab with the
problem is marked, and OK/Apply stay disabled until it is fixed. Finally the new settings
go through the same per-key validators the settings file uses, so the dialog can never
produce a value the file would reject.

Each tab is a :class:`~desktop_app.ui.settings_form.SettingsPage` in a module of its own,
listed in :data:`PAGES`: a new page is one new module and one entry there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.settings import Settings
from desktop_app.core.settings_format import VALIDATORS, settings_to_mapping
from desktop_app.ui.screen_fit import fit_to_screen, scrollable
from desktop_app.ui.settings_breaks_page import BreaksPage, parse_snooze_options
from desktop_app.ui.settings_exercises_page import ExercisesPage
from desktop_app.ui.settings_fields import dialog_style
from desktop_app.ui.settings_form import SettingsForm, SettingsPage
from desktop_app.ui.settings_general_page import GeneralPage
from desktop_app.ui.settings_hours_page import HoursPage
from desktop_app.ui.sound_cues import CueAvailability
from desktop_app.ui.sync_settings_page import SyncSettingsPage
from desktop_app.ui.theme import apply_theme, theme_for
from desktop_app.ui.working_hours_editor import hours_problems, week_order

__all__ = [
    "PAGES",
    "TAB_BREAKS",
    "TAB_HOURS",
    "SettingsDialog",
    "hours_problems",
    "parse_snooze_options",
    "week_order",
]

#: The dialog's size: every tab fits on a 1280×800 screen without scrolling but hours.
DIALOG_SIZE = (680, 640)
#: The tabs, in order: a new settings page joins here.
PAGES: list[type[SettingsPage]] = [
    BreaksPage,
    HoursPage,
    ExercisesPage,
    GeneralPage,
    SyncSettingsPage,
]
#: The index of each built-in tab.
TAB_BREAKS, TAB_HOURS, TAB_EXERCISES, TAB_GENERAL = range(4)

P = TypeVar("P", bound=SettingsPage)


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
        self._form = SettingsForm(self._revalidate, self)
        #: True while fields are being filled in: edits then trigger no validation.
        self._loading = True

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings sections"))
        self._pages = [page(self._form) for page in PAGES]
        for page in self._pages:
            self.tabs.addTab(scrollable(page), page.title())
        self._general = self.page(GeneralPage)
        self.autostart = self._general.autostart
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

    def page(self, kind: type[P]) -> P:
        """Return the dialog's page of class ``kind``."""
        return next(page for page in self._pages if isinstance(page, kind))

    @property
    def breaks(self) -> BreaksPage:
        """Return the "Breaks" page."""
        return self.page(BreaksPage)

    @property
    def hours(self) -> HoursPage:
        """Return the "Working hours" page."""
        return self.page(HoursPage)

    @property
    def exercises(self) -> ExercisesPage:
        """Return the "Exercises" page."""
        return self.page(ExercisesPage)

    @property
    def general(self) -> GeneralPage:
        """Return the "General" page."""
        return self._general

    @property
    def sync_page(self) -> SyncSettingsPage:
        """Return the "Sync" page."""
        return self.page(SyncSettingsPage)

    def show_cue_availability(self, availability: CueAvailability) -> None:
        """Say next to the sound and voice switches when they cannot be heard now."""
        self._general.show_cue_availability(availability)

    # ----- values

    def load(self, settings: Settings, autostart_enabled: bool) -> None:
        """Show ``settings`` and the autostart state in every field."""
        self._base = settings
        self._autostart = autostart_enabled
        self._loading = True
        try:
            for key, binding in self._form.bindings.items():
                binding.show(getattr(settings, key))
            for page in self._pages:
                page.loaded(settings)
            self.autostart.setChecked(autostart_enabled)
        finally:
            self._loading = False
        self._revalidate()

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

        for tab, page in enumerate(self._pages):
            for problem in page.problems():
                add(tab, problem)
        if by_tab:
            return None, by_tab
        bindings = self._form.bindings
        settings = replace(self._base, **{k: b.read() for k, b in bindings.items()})
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

    def _revalidate(self) -> None:
        if self._loading:
            return
        settings, by_tab = self._build()
        self._problems = [p for tab in sorted(by_tab) for p in by_tab[tab]]
        for page in self._pages:
            page.show_problems()
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
