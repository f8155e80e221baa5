"""Composition root: build every part through its constructor, wire them, start, stop.

Start-up order (:func:`run_app`, then :meth:`CounterbalanceApp.start`):
 1. data dir (0700; one not the user's own is refused on screen, exit 2), umask 0077,
    logging (stderr only when the log file cannot be written)
 2. QApplication (quits only on an explicit Quit), uncaught-exception handler, translations
 3. every part built and wired (:class:`CounterbalanceApp`; nothing runs yet)
 4. single instance: a second process hands its command to the first and exits 0; a lock
    held by a silent Counterbalance is said on screen, exit 1 (:mod:`.instance_commands`)
 5. the stall watch, when asked for (``COUNTERBALANCE_STALL_MS``)
 6. SIGINT/SIGTERM through a wake-up socket; the cycle collector moves to the GUI thread
 7. settings file; storage check (recovery, retries) and the write queue, which saves what
    an earlier run left and closes sessions cut off last time as interrupted
 8. tray icon, or the no-tray window when no tray appears within 30 s
 9. once the event loop runs: the welcome (first run), or the break service, whose modules
    load on the background worker (:mod:`.break_startup`)
10. 3 s later, memory freed by start-up is handed back to the OS

Quit (tray, SIGTERM, ``counterbalance quit``) closes the windows (a running session is
logged as interrupted) and stops the timers; after the event loop :meth:`shutdown` stops
the service, waits for the workers and the notices, saves what waits to be written and
releases the instance.

Windows, the planner, the catalog, SQLModel and Qt Quick load when first needed. The flows
beside this module do the work: :mod:`.prompt_flow` (break prompts),
:mod:`.session_flow` (sessions), :mod:`.welcome_flow` (first run), :mod:`.user_windows`
(what the user opens), :mod:`.housekeeping` (day end, backups, notices).
"""

from __future__ import annotations

import logging
import os
import random
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app import __version__
from desktop_app.break_preparation import BreakPreparation
from desktop_app.break_startup import BreakStartup
from desktop_app.core.events import SessionKind
from desktop_app.gui_thread_gc import GuiThreadCollector
from desktop_app.housekeeping import Housekeeping
from desktop_app.instance_commands import InstanceCommand, InstanceCommands
from desktop_app.lazy_cues import LazyCues
from desktop_app.live_settings import LiveSettings
from desktop_app.platform.autostart import Autostart
from desktop_app.platform.clock import SystemClock
from desktop_app.platform.notifications import Notifier
from desktop_app.platform.paths import DataPaths, resources_dir
from desktop_app.platform.process_setup import configure_logging
from desktop_app.platform.settings_file import SettingsFile
from desktop_app.platform.signal_bridge import SignalBridge
from desktop_app.platform.single_instance import ClaimResult
from desktop_app.prompt_flow import PromptFlow
from desktop_app.qt_application import refuse_start, start_qt_application
from desktop_app.scheduling.background import BackgroundCalls
from desktop_app.session_flow import SessionFlow
from desktop_app.storage.event_store import EventStore
from desktop_app.storage_guard import StorageGuard
from desktop_app.sync_flow import SyncFlow
from desktop_app.ui.locale_format import locale_week_start
from desktop_app.ui.progress_presenter import ProgressPresenter
from desktop_app.ui.tray_shell import TrayShell, load_tray_icons
from desktop_app.ui.window_registry import WindowRegistry
from desktop_app.user_windows import UserWindows
from desktop_app.welcome_flow import WelcomeFlow

log = logging.getLogger("desktop_app")

#: How long quitting waits for notices to be taken off the screen.
NOTICE_CLOSE_WAIT_S = 2.0
#: Marker file in the data dir: the "no idle backend" notice was given (issue 13 §4).
IDLE_TOLD_MARKER = "notice-idle-unavailable"
#: Exit status when the data dir cannot be used, and when another instance blocks.
EXIT_DATA_DIR = 2
EXIT_NOT_STARTED = 1


def run_app(data_dir: Path | None, time_scale: float = 1.0) -> int:
    """Run the tray app until Quit; return the exit status.

    Whenever it decides not to start, it says why on screen and returns non-zero; the
    only quiet exit 0 without a window is handing over to the user's running instance.
    """
    try:  # 1. data dir, umask, logging
        paths = DataPaths.create(data_dir)
    except OSError as exc:
        refuse_start(str(exc))
        return EXIT_DATA_DIR
    os.umask(0o077)  # health data: every file we create is private
    configure_logging(paths)
    qt_app, translators = start_qt_application(paths)  # 2. QApplication, translations
    # 3. build and wire; 4. single instance
    app = CounterbalanceApp(
        qt_app, paths, SystemClock(), time_scale, custom_data_dir=data_dir is not None
    )
    claimed = app.claim_instance()
    if claimed is ClaimResult.RUNNING:
        return 0
    if claimed is not ClaimResult.ACQUIRED:
        refuse_start(app.instance_problem)
        return EXIT_NOT_STARTED
    from desktop_app.stall_watch import start_stall_watch

    stall_watch = start_stall_watch(qt_app)  # 5. (a diagnostic, off unless asked for)
    app.start()  # 6.–10.
    try:
        code = qt_app.exec()
    finally:
        app.shutdown()
        if stall_watch is not None:
            stall_watch.stop()
        del translators
    return int(code)


class CounterbalanceApp(QObject):
    """Owns every long-lived part of the running app and wires them together."""

    def __init__(
        self,
        qt_app: QApplication,
        paths: DataPaths,
        clock: SystemClock,
        time_scale: float,
        custom_data_dir: bool = False,
        autostart: Autostart | None = None,
    ) -> None:
        super().__init__()
        self._qt_app, self._paths, self._clock = qt_app, paths, clock
        rng = random.Random()
        resources = resources_dir()
        policy_state = paths.root / "policy_state.json"
        self._signals: SignalBridge | None = None
        data_dir = paths.root if custom_data_dir else None
        self._settings = LiveSettings(
            SettingsFile(paths.settings), autostart or Autostart(), data_dir, self
        )
        current = lambda: self._settings.current  # noqa: E731  (read at each use)
        self._windows = WindowRegistry(self)
        icons = load_tray_icons(resources / "icons")
        self._shell = TrayShell(icons, lambda: self._breaks.tray_view(), self)
        #: Slow reads and first imports run here, off the GUI thread.
        self._background = BackgroundCalls(self)
        self._notifier = Notifier(
            self._shell.show_message,
            resources / "icons" / "tray.svg",
            withdraw_fallback=self._shell.hide_message,
        )
        self._store = EventStore(paths)
        # Writes go through a journaled queue off the GUI thread; a busy, full,
        # unreadable or deleted file is told calmly and retried.
        self._guard = StorageGuard(self._store, clock, self)
        self._writes = self._guard.writes
        self._preparation = BreakPreparation(self._store, paths, self._background, self)
        self._cues = LazyCues(resources / "sounds", current, self)
        self._flow = SessionFlow(
            self._writes,
            self._preparation.catalog,
            current,
            clock,
            rng,
            self._cues.get,
            time_scale,
            self,
        )
        self._prompts = PromptFlow(
            self._writes, self._flow, self._preparation, self._notifier, clock, current, self
        )
        self._welcome = WelcomeFlow(
            self._settings, self._windows, self._flow, clock, policy_state, self
        )
        # The week starts where the app's locale says, asked when progress first loads.
        self._progress = ProgressPresenter(
            self._store, clock, week_start=locale_week_start, parent=self
        )
        parts = (self._preparation.catalog, self._cues.get)
        self._user_windows = user_windows = UserWindows(
            self._windows, self._progress, self._flow, self._settings, clock, parts, self
        )
        day_pain = (self._user_windows.day_pain_open, lambda: user_windows.show_day_pain(False))
        self._chores = Housekeeping(
            self._store,
            self._writes,
            self._background,
            clock,
            self._notifier,
            self._shell.show_message,
            day_pain,
            self,
            idle_marker=paths.root / IDLE_TOLD_MARKER,
        )
        # One history across computers (docs/sync.md): passes on a worker of its own.
        self._sync = SyncFlow(paths, self._writes, clock, current, self)
        self._progress.set_computer_names(self._sync.computer_names)
        self._progress.data_deleted.connect(self._sync.after_delete_all)
        self._commands = InstanceCommands(paths, self._command_actions(), self)
        self._breaks = BreakStartup(
            self._settings,
            clock,
            rng,
            time_scale,
            policy_state,
            self._background,
            self._prompts,
            self._chores,
            self._flow,
            self._shell,
            self._welcome,
            self._sync,
            self,
        )
        self._collector = GuiThreadCollector(self)
        self._quitting = False
        self._wire()

    def _command_actions(self) -> dict[InstanceCommand, Callable[[], None]]:
        """What each command from a second start does (looked up when it comes)."""
        return {
            InstanceCommand.QUIT: lambda: self.quit(),
            # A microbreak without a prompt, counted as offered and taken (the tray's
            # "Start a session now" is a user-started extra).
            InstanceCommand.BREAK_NOW: lambda: self._prompts.start_session(SessionKind.MICROBREAK),
            InstanceCommand.PROGRESS: lambda: self.show_progress(),
            InstanceCommand.SETTINGS: lambda: self._user_windows.show_settings(),
            InstanceCommand.ACTIVATE: lambda: self._bring_to_front(),
        }

    def _wire(self) -> None:
        """Connect the parts: what one tells, another does."""
        warn = self._windows.warn
        for source in (self._settings, self._guard, self._preparation, self._prompts):
            source.message.connect(warn)
        self._guard.available.connect(self._user_windows.reload_progress)
        self._settings.changed.connect(self._cues.apply_settings)
        self._settings.changed.connect(self._sync.apply_settings)
        self._sync.notice.connect(self._shell.show_message)
        self._sync.imported.connect(lambda _rows: self._user_windows.reload_progress())
        self._flow.session_finished.connect(lambda _outcome: self._sync.session_ended_here())
        flow = self._flow
        flow.session_started.connect(self._shell.refresh)
        flow.session_finished.connect(self._on_flow_session_finished)
        flow.window_closed.connect(self._shell.refresh)
        flow.safety_advice.connect(self._user_windows.show_safety_advice)
        flow.storage_failed.connect(lambda text: warn(self.tr("Could not save"), text))
        # Issue 12: the flow asks for the safety check when no session window can.
        flow.screening_requested.connect(self._user_windows.show_symptoms)
        self._prompts.onboarding_needed.connect(self._welcome.show)
        self._welcome.completed.connect(self._breaks.on_welcome_completed)
        self._welcome.rejected.connect(self._shell.refresh)
        shell = self._shell
        shell.session_requested.connect(self.start_user_session)
        shell.snooze_requested.connect(self._prompts.snooze)
        shell.pause_requested.connect(self._prompts.pause)
        shell.resume_requested.connect(self._prompts.resume)
        shell.progress_requested.connect(self.show_progress)
        shell.symptoms_requested.connect(self._user_windows.show_symptoms)
        shell.day_pain_requested.connect(self._user_windows.show_day_pain)
        shell.settings_requested.connect(self._user_windows.show_settings)
        shell.quit_requested.connect(self.quit)

    # -- start-up -------------------------------------------------------------------

    def claim_instance(self) -> ClaimResult:
        """Become the single instance, or hand over to the running one (step 4)."""
        return self._commands.claim()

    @property
    def instance_problem(self) -> str:
        """Return why the instance could not be claimed (empty when it could)."""
        return self._commands.problem

    def start(self) -> None:
        """Start every part, in order (steps 6–9 of the module docstring)."""
        log.info("Counterbalance %s starting (data dir %s)", __version__, self._paths.root)
        self._signals = SignalBridge(self)
        self._signals.terminate_requested.connect(self._on_terminate_signal)
        self._collector.start()  # a worker never destroys a window
        self._settings.load()
        self._guard.start()  # damage is recovered, anything else retried
        self._sync.apply_settings(self._settings.current)
        self._shell.start()
        # No prompt before the first-run disclaimer has been read.
        if self._settings.current.onboarding_done:
            QTimer.singleShot(0, self._breaks.start)
        else:
            QTimer.singleShot(0, self._welcome.show)

    # -- reactions ------------------------------------------------------------------

    def _on_flow_session_finished(self, outcome: str) -> None:
        log.info("session finished: %s", outcome)
        self._shell.refresh()
        self._user_windows.reload_progress()

    def _bring_to_front(self) -> None:
        """A second start always puts something of Counterbalance in front of the user."""
        if not self._settings.current.onboarding_done:
            self._welcome.show()
        elif not self._shell.bring_to_front():
            self.show_progress()  # what a click on the tray icon opens

    # -- what the user asks for -----------------------------------------------------

    def start_user_session(self) -> None:
        """Start a session the user asked for (tray, ``break-now``)."""
        self._prompts.start_session(SessionKind.USER)

    def show_progress(self) -> None:
        """Open the progress window."""
        self._user_windows.show_progress()

    # -- shutdown -------------------------------------------------------------------

    def _on_terminate_signal(self, signum: int) -> None:
        log.info("signal %d: quitting", signum)
        self.quit()

    def quit(self) -> None:
        """Quit cleanly: close windows (a running session is logged), stop timers."""
        if self._quitting:
            return
        self._quitting = True
        self._breaks.cancel()
        self._preparation.close()
        self._chores.close()
        self._prompts.withdraw()
        self._flow.interrupt()
        self._shell.allow_close()  # Qt's quit asks every window to close
        self._qt_app.quit()

    def shutdown(self) -> None:
        """Release everything the app holds (after the event loop ended)."""
        self._breaks.stop()
        self._progress.wait(5000)
        self._background.shutdown()
        self._sync.shutdown()
        self._notifier.withdraw_all()  # no notice outlives the app
        self._notifier.wait_idle(NOTICE_CLOSE_WAIT_S)
        self._shell.stop()
        if self._signals is not None:
            self._signals.close()
        self._guard.stop()  # saves what waits; the rest stays journaled for next start
        self._store.close()
        self._commands.release()
        self._collector.stop()
        log.info("Counterbalance stopped")
