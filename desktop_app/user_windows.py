"""The windows the user opens from the tray: progress, symptoms, today's pain, settings.

Each opens once (asked again, it is raised) and is wired to the part that handles what
it tells: answers go to the :class:`~desktop_app.session_flow.SessionFlow`, settings to
:class:`~desktop_app.live_settings.LiveSettings`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from desktop_app.core.clock import Clock
from desktop_app.live_settings import LiveSettings
from desktop_app.session_flow import SessionFlow
from desktop_app.ui.progress_presenter import ProgressPresenter
from desktop_app.ui.window_registry import WindowRegistry

if TYPE_CHECKING:
    from desktop_app.core.catalog import Catalog
    from desktop_app.core.safety import SafetyOutcome
    from desktop_app.core.screening import ScreeningReason
    from desktop_app.ui.settings_dialog import SettingsDialog
    from desktop_app.ui.sound_cues import SoundCues


class UserWindows(QObject):
    """Open the progress, symptoms, day-pain and settings windows, wired."""

    def __init__(
        self,
        windows: WindowRegistry,
        progress: ProgressPresenter,
        flow: SessionFlow,
        settings: LiveSettings,
        clock: Clock,
        parts: tuple[Callable[[], Catalog], Callable[[], SoundCues]],
        parent: QObject | None = None,
    ) -> None:
        """``parts``: the exercise catalog and the sound cues, each loaded on first use."""
        super().__init__(parent)
        self._windows = windows
        self._progress = progress
        self._flow = flow
        self._settings = settings
        self._clock = clock
        self._catalog, self._cues = parts

    def show_progress(self) -> None:
        """Open the progress window (its heavy modules load the first time)."""
        exercises = self._catalog().exercises
        self._progress.set_exercise_regions({e.id: e.region for e in exercises})
        self._progress.set_exercise_names({e.id: e.name for e in exercises})  # issue 9 §6
        self._progress.show()

    def reload_progress(self) -> None:
        """Read the history again when the progress window is on screen."""
        if self._progress.window is not None and self._progress.window.isVisible():
            self._progress.reload()

    def show_symptoms(self, reason: ScreeningReason | None = None) -> None:
        """Open the "Check symptoms" page (``reason``: why the app asks; None = the user)."""
        from desktop_app.core.screening import ScreeningReason
        from desktop_app.ui.symptoms_dialog import SymptomsDialog

        def build() -> QWidget:
            dialog = SymptomsDialog(None, reason or ScreeningReason.USER)
            dialog.outcome_ready.connect(self._flow.report_safety)
            return dialog

        self._windows.show_once("symptoms", build)

    def show_safety_advice(self, outcome: SafetyOutcome) -> None:
        """Warn with a safety outcome's advice, in the user's language."""
        from desktop_app.core.safety import SAFETY_CONTEXT

        advice = outcome.localized_advice(lambda a: QCoreApplication.translate(SAFETY_CONTEXT, a))
        self._windows.warn(self.tr("Please get checked"), "\n\n".join(advice))

    def day_pain_open(self) -> bool:
        """Whether today's pain question is on screen."""
        return "day_pain" in self._windows

    def show_day_pain(self, activate: bool = True) -> None:
        """Ask for today's average pain (brief §4: end-of-day, last-24-h rating).

        Offered by the app itself (``activate=False``) it does not take the keyboard
        focus from what the user is typing.
        """
        from desktop_app.ui.pain_rating import DayPainDialog

        def build() -> QWidget:
            dialog = DayPainDialog(self._clock)
            dialog.rating_given.connect(self._flow.record_day_rating)
            from PySide6.QtCore import Qt  # not at import: builds 93 enums

            dialog.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, not activate)
            return dialog

        self._windows.show_once("day_pain", build, activate=activate)

    def show_settings(self) -> None:
        """Open the settings dialog; changes take effect without a restart."""
        from desktop_app.ui.settings_dialog import SettingsDialog

        settings = self._settings

        def build() -> QWidget:
            dialog = SettingsDialog(settings.current, settings.autostart_enabled())
            dialog.settings_applied.connect(settings.apply)
            dialog.autostart_changed.connect(lambda on: set_autostart(dialog, on))
            # Issue 13: say next to the switches when sound or voice cannot be heard.
            cues = self._cues()
            cues.availability_changed.connect(dialog.show_cue_availability)
            dialog.show_cue_availability(cues.availability())
            return dialog

        def set_autostart(dialog: SettingsDialog, enabled: bool) -> None:
            settings.set_autostart(enabled)
            settings.save()
            dialog.set_autostart_enabled(settings.autostart_enabled())

        self._windows.show_once("settings", build)
