"""The first run: the welcome, what it saves, and the note that follows it (issue 9 §6).

No break and no session come before the welcome is finished (its disclaimer read and
accepted). Right after it, the user learns where the app lives and when it will speak
up, and the daily session is not offered minutes later just because its time of day
has passed (``core/first_run.py`` decides).
"""

from __future__ import annotations

import logging
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop_app.core.clock import Clock, Stamp
from desktop_app.live_settings import LiveSettings
from desktop_app.session_flow import SessionFlow
from desktop_app.ui.window_registry import WindowRegistry

if TYPE_CHECKING:
    from desktop_app.core.first_run import FirstRunPlan
    from desktop_app.ui.onboarding import OnboardingResult

log = logging.getLogger("desktop_app")


class WelcomeFlow(QObject):
    """Show the welcome, save what it asked, and tell when the first break comes.

    Signals:
        completed(): the welcome was finished and saved: breaks may start.
        rejected(): the welcome was closed before the end (nothing saved).
    """

    completed = Signal()
    rejected = Signal()

    def __init__(
        self,
        settings: LiveSettings,
        windows: WindowRegistry,
        flow: SessionFlow,
        clock: Clock,
        policy_state: Path,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._windows = windows
        self._flow = flow
        self._clock = clock
        self._policy_state = policy_state

    def show(self) -> None:
        """Show the welcome (or raise it when it is open)."""
        from desktop_app.ui.onboarding import OnboardingDialog

        def build() -> QWidget:
            dialog = OnboardingDialog()
            dialog.completed.connect(self._on_completed)
            dialog.rejected.connect(self._on_rejected)
            return dialog

        self._windows.show_once("onboarding", build)

    def _on_rejected(self) -> None:
        # Nothing is saved: the welcome comes back at the next start (or from the menu).
        log.info("welcome closed before the end: no breaks or sessions until it is finished")
        self.rejected.emit()

    def _on_completed(self, result: OnboardingResult) -> None:
        log.info("onboarding done")
        log.debug("onboarding profile: %s", result.profile)  # health data: DEBUG only
        if result.red_flags is not None:
            # The first-run safety check, answered before any exercise (issue 12).
            from desktop_app.core.safety import evaluate

            self._flow.report_safety(evaluate(result.red_flags))
        if result.autostart:
            self._settings.set_autostart(True)
        self._settings.apply(
            replace(
                self._settings.current,
                profile=result.profile,
                equipment=result.equipment,
                weak_side=result.weak_side,
                tight_side=result.tight_side,
                conditions=result.conditions,
                disclaimer_accepted=result.disclaimer_accepted,
                onboarding_done=True,
                autostart_asked=True,
            )
        )
        self.completed.emit()

    def _plan(self, next_break_in_s: float | None) -> FirstRunPlan:
        from desktop_app.core.first_run import first_run_plan

        local = Stamp.now(self._clock).local
        return first_run_plan(local, self._settings.current, next_break_in_s)

    def skip_daily_if_late(self) -> None:
        """No 11-minute daily session minutes after the welcome (first start only)."""
        from desktop_app.core.policy import PersistedPolicyState
        from desktop_app.scheduling.policy_state_file import PolicyStateFile

        state_file = PolicyStateFile(self._policy_state)
        if not self._plan(None).skip_daily_today or state_file.load() is not None:
            return
        today = Stamp.now(self._clock).local_date
        state_file.save(PersistedPolicyState(self._clock.utc_now(), daily_offered_on=today))
        log.info("daily session: first offered tomorrow (onboarding after its time)")

    def show_ready_note(self, next_break_in_s: float | None, in_window: bool) -> None:
        """Say where the app lives (``in_window``: the no-tray window) and when it speaks up."""
        from desktop_app.ui.ready_note import AppPlace, ReadyNote, ReadyNoteView

        if in_window:
            place = AppPlace.WINDOW
        else:
            place = AppPlace.MENU_BAR if sys.platform == "darwin" else AppPlace.TRAY
        plan = self._plan(next_break_in_s)
        view = ReadyNoteView(plan, self._settings.current.daily_session_time, place)
        self._windows.show_once("ready", lambda: ReadyNote(view))
