"""Starting the break service once the tray is up, and stopping it at quit.

APScheduler and the OS adapters (idle, quiet times, power) are the slowest imports of the
app (seconds on a busy machine), so they load on the background worker; the service is
then built from the saved policy state, wired to the prompt flow, the housekeeping, the
tray and the session flow, and started. On the first run (just after the welcome) the
daily session may move to tomorrow, and a note says when the first break comes.
"""

from __future__ import annotations

import logging
import random
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from desktop_app.housekeeping import Housekeeping
from desktop_app.live_settings import LiveSettings
from desktop_app.platform.clock import SystemClock
from desktop_app.platform.process_setup import release_startup_memory
from desktop_app.prompt_flow import PromptFlow
from desktop_app.scheduling.background import BackgroundCalls
from desktop_app.session_flow import SessionFlow
from desktop_app.sync_flow import SyncFlow
from desktop_app.ui.tray import TrayView
from desktop_app.ui.tray_shell import TrayShell, app_tray_view
from desktop_app.welcome_flow import WelcomeFlow

if TYPE_CHECKING:
    from desktop_app.platform.power import PowerWatcher
    from desktop_app.scheduling.break_service import BreakService

log = logging.getLogger("desktop_app")

#: When start-up garbage is handed back to the OS.
STARTUP_SETTLE_MS = 3000


class BreakStartup(QObject):
    """Build and start the break service off the GUI thread's critical path.

    Args:
        settings: The live settings (the service follows their changes).
        clock, rng, time_scale: What the policy runs on.
        policy_state: The file the policy's state is kept in.
        background: The worker the break modules load on.
        prompts, chores, flow, shell, welcome, sync: The parts the service is wired to.
        parent: Qt parent.
    """

    def __init__(
        self,
        settings: LiveSettings,
        clock: SystemClock,
        rng: random.Random,
        time_scale: float,
        policy_state: Path,
        background: BackgroundCalls,
        prompts: PromptFlow,
        chores: Housekeeping,
        flow: SessionFlow,
        shell: TrayShell,
        welcome: WelcomeFlow,
        sync: SyncFlow,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings, self._clock, self._rng = settings, clock, rng
        self._time_scale, self._policy_state = time_scale, policy_state
        self._background, self._prompts, self._chores = background, prompts, chores
        self._flow, self._shell, self._welcome = flow, shell, welcome
        self._sync = sync
        self._breaks: BreakService | None = None
        self._power: PowerWatcher | None = None
        self._cancelled = False

    def tray_view(self) -> TrayView:
        """What the tray shows: the service's status, or why there is none yet."""
        status = self._breaks.status() if self._breaks is not None else None
        onboarded = self._settings.current.onboarding_done
        return app_tray_view(status, onboarded, self._flow.is_running())

    def start(self, first_run: bool = False) -> None:
        """Load the break modules off the GUI thread, then build and start the service."""

        def load() -> None:
            import desktop_app.scheduling.break_setup  # noqa: F401  (imports only)

        def failed(exc: Exception) -> None:
            log.warning("loading the break modules failed: %s", type(exc).__name__)
            self._build(first_run)  # imports again here, and reports what is wrong

        self._background.submit(load, lambda _none: self._build(first_run), failed)

    def on_welcome_completed(self) -> None:
        """Start the service after the first-run welcome, or say when the next break is."""
        if self._breaks is None:
            # The note says when the first break comes: shown once the service runs.
            self.start(first_run=True)
        else:
            self._show_ready_note()

    def cancel(self) -> None:
        """Build nothing any more (the app is quitting)."""
        self._cancelled = True

    def stop(self) -> None:
        """Stop the service and the power watcher (after the event loop ended)."""
        if self._breaks is not None:
            self._breaks.stop()
        if self._power is not None:
            self._power.stop()

    def _build(self, first_run: bool) -> None:
        """Build the break policy from the saved state, wire it and start the scheduler."""
        if self._breaks is not None or self._cancelled:
            return
        if first_run:
            self._welcome.skip_daily_if_late()
        from desktop_app.scheduling.break_setup import build_break_parts

        parts = build_break_parts(
            self._settings.current,
            self._clock,
            self._rng,
            self._time_scale,
            self._policy_state,
            self,
        )
        breaks = parts.service
        self._prompts.attach(breaks, parts.pause_watch)
        self._chores.attach(breaks)
        breaks.status_changed.connect(self._shell.refresh)
        self._settings.changed.connect(breaks.apply_settings)  # re-armed at once
        self._flow.session_started.connect(breaks.session_started)
        self._flow.session_finished.connect(lambda _outcome: breaks.session_ended())
        self._sync.attach(breaks, parts.power)  # breaks and work on other computers
        self._breaks, self._power = breaks, parts.power
        breaks.start()
        self._shell.refresh()  # starts the tooltip's minute timer while a countdown runs
        self._chores.back_up()  # a backup at start-up when the last is a day old
        if first_run:
            self._show_ready_note()
        QTimer.singleShot(STARTUP_SETTLE_MS, release_startup_memory)

    def _show_ready_note(self) -> None:
        status = self._breaks.status() if self._breaks is not None else None
        next_in = status.next_break_in_s if status is not None else None
        self._welcome.show_ready_note(next_in, self._shell.in_window)
