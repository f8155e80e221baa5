"""Composition root: build every part through its constructor, start in order, stop cleanly.

Start-up order (each step logs what it does):
 1. data dir (0700) and logging
 2. QApplication (quits only on an explicit Quit, not when a window closes)
 3. single instance: a second process hands its command to the first and exits 0;
    a lock held by a silent Counterbalance or an unusable data dir is said on screen,
    and the process exits non-zero
 4. SIGINT/SIGTERM wired through a wake-up socket (no polling timer)
 5. settings, storage check, catalog
 6. break service (policy + APScheduler), notifier
 7. tray icon, or a small window when no tray appears in time

Heavy modules (SQLModel, Qt Graphs) are imported the first time they are needed.
"""

from __future__ import annotations

import contextlib
import logging
import os
import random
import signal
import socket
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QSocketNotifier, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon, QWidget

from desktop_app import APP_NAME, __version__
from desktop_app.core.clock import Stamp
from desktop_app.core.events import PromptAnswer, PromptEvent, PromptKind, SessionKind
from desktop_app.core.settings import Settings
from desktop_app.platform.autostart import Autostart, AutostartError, launch_command
from desktop_app.platform.clock import SystemClock
from desktop_app.platform.notifications import Notifier
from desktop_app.platform.paths import (
    DataPaths,
    appendable_target,
    make_private,
    resources_dir,
    write_private_file,
)
from desktop_app.platform.settings_file import SettingsFile, SettingsSaveError
from desktop_app.platform.single_instance import ClaimResult, InstanceServer
from desktop_app.scheduling.background import BackgroundCalls
from desktop_app.session_flow import SessionFlow
from desktop_app.storage.event_store import EventStore, StoreError
from desktop_app.storage_guard import StorageGuard
from desktop_app.ui.progress_presenter import ProgressPresenter
from desktop_app.ui.tray import (
    NoTrayWindow,
    TrayIcon,
    TrayState,
    TrayView,
    tray_view_for,
)

if TYPE_CHECKING:
    # Windows and the planner load the first time they are needed: each Qt widget
    # module costs about 2 MiB of resident memory, and a tray app idles for hours.
    from desktop_app.core.catalog import Catalog
    from desktop_app.core.first_run import FirstRunPlan
    from desktop_app.core.planner import SessionPlan
    from desktop_app.core.policy import AwayKind, BreakDue, BreakWithdrawn, PauseRequest
    from desktop_app.core.safety import SafetyOutcome
    from desktop_app.core.screening import ScreeningReason
    from desktop_app.platform.power import PowerWatcher
    from desktop_app.scheduling.break_service import BreakService
    from desktop_app.scheduling.pause_watch import PauseWatcher
    from desktop_app.stall_watch import StallWatch
    from desktop_app.ui.break_prompt import BreakPrompt
    from desktop_app.ui.onboarding import OnboardingResult
    from desktop_app.ui.sound_cues import SoundCues

log = logging.getLogger("desktop_app")

TRAY_RETRY_MS = 1000
#: When start-up garbage is handed back to the OS.
STARTUP_SETTLE_MS = 3000
#: How often the tooltip's "next break in N min" is refreshed while counting.
TOOLTIP_REFRESH_MS = 60_000
STATE_IDLE_TOLD = "notice.idle_unavailable_told"
#: Marker file in the data dir: the idle notice was said (issue 13 §4).
IDLE_TOLD_MARKER = "notice-idle-unavailable"
TRAY_RETRY_LIMIT_S = 30
LOG_BYTES = 512 * 1024
#: The kind of the end-of-day notice (the pre-break one is the notifier's default).
DAY_NOTICE = "day"
#: How long quitting waits for notices to be taken off the screen.
NOTICE_CLOSE_WAIT_S = 2.0


def configure_logging(paths: DataPaths) -> bool:
    """Log to a small rotating file in the data dir (and to stderr when it is a terminal).

    Returns:
        False when the log file cannot be written (a read-only data dir, a link that
        is refused): the app then logs to stderr only and runs on.
    """
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    root = logging.getLogger()
    root.handlers[:] = []
    file_ok = True
    handler: logging.Handler
    try:
        log_file = appendable_target(paths.log_file)
        handler = RotatingFileHandler(log_file, maxBytes=LOG_BYTES, backupCount=2)
        make_private(log_file)
    except OSError:
        file_ok = False
        handler = logging.StreamHandler()
    handler.setFormatter(formatter)
    root.addHandler(handler)
    if file_ok and sys.stderr is not None and sys.stderr.isatty():
        root.addHandler(logging.StreamHandler())
    root.setLevel(os.environ.get("COUNTERBALANCE_LOG", "INFO").upper())
    # APScheduler logs every job run at INFO: weeks of that would bury what matters.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    if not file_ok:
        log.warning("the log file cannot be written: logging to stderr only")
    return file_ok


def load_tray_icons(icons_dir: Path) -> dict[TrayState, QIcon]:
    """Load the product's tray icons from pre-rendered PNGs (no SVG plugin at run time).

    A variant without PNGs falls back to its SVG, and then to the normal icon.
    """
    names = {TrayState.NORMAL: "tray", TrayState.PAUSED: "tray-paused", TrayState.DUE: "tray-due"}
    icons: dict[TrayState, QIcon] = {}
    for state, name in names.items():
        # "tray-16.png", not "tray-paused-16.png": the size must follow the name directly.
        pngs = sorted((icons_dir / "tray").glob(f"{name}-[0-9]*.png"))
        icon = QIcon()
        for png in pngs:
            icon.addFile(str(png))
        if icon.isNull() and (icons_dir / f"{name}.svg").exists():
            icon = QIcon(str(icons_dir / f"{name}.svg"))
        icons[state] = icon
    for state in TrayState:
        if icons[state].isNull():
            icons[state] = icons[TrayState.NORMAL]
    return icons


def release_startup_memory() -> None:
    """Hand memory freed after start-up back to the OS (glibc keeps it otherwise).

    Importing and compiling modules leaves freed blocks that glibc's allocator keeps
    for reuse; a tray app that then idles for hours does not need them. PySide6's
    ``__feature__`` import hook reads the source of every module imported after it
    (``inspect.getsource``, to see whether the module uses PySide6), which leaves the
    text of ~150 modules in ``linecache``: measured 7 MiB of heap. It is only a cache
    (tracebacks refill it on demand), so it is dropped here.
    """
    import gc
    import linecache

    linecache.clearcache()
    gc.collect()
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):  # not glibc: nothing to trim
            ctypes.CDLL("libc.so.6").malloc_trim(0)


class SignalBridge(QObject):
    """Turn SIGINT/SIGTERM into a Qt signal on the GUI thread without a polling timer.

    Signals:
        terminate_requested(int): the signal number received.
    """

    terminate_requested = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._read, self._write = socket.socketpair()
        self._read.setblocking(False)
        self._write.setblocking(False)
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)
        self._old_fd = signal.set_wakeup_fd(self._write.fileno(), warn_on_full_buffer=False)
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, self._on_signal)

    def _on_signal(self, signum: int, _frame: object) -> None:
        # The byte written to the wake-up fd wakes Qt; the work happens in the slot.
        self._pending = signum

    def _on_notifier_activated(self) -> None:
        try:
            data = self._read.recv(64)
        except BlockingIOError:
            return
        for signum in data:
            self.terminate_requested.emit(int(signum))

    def close(self) -> None:
        signal.set_wakeup_fd(self._old_fd)
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, signal.SIG_DFL)
        self._notifier.setEnabled(False)
        self._read.close()
        self._write.close()


class CounterbalanceApp(QObject):
    """Owns every long-lived part of the running app and the flows between them."""

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
        self._custom_data_dir = custom_data_dir
        self._autostart = autostart or Autostart()
        self._qt_app = qt_app
        self._paths = paths
        self._clock = clock
        self._time_scale = time_scale
        self._rng = random.Random()
        self._resources = resources_dir()
        self._instance = InstanceServer(paths.root, _instance_lock_path(paths), self)
        self._signals: SignalBridge | None = None
        self._tray: TrayIcon | None = None
        self._no_tray: NoTrayWindow | None = None
        self._tray_waited_ms = 0
        self._tray_timer = QTimer(self)
        self._tray_timer.setInterval(TRAY_RETRY_MS)
        self._tray_timer.timeout.connect(self._on_tray_timer_timeout)
        self._icons = load_tray_icons(self._resources / "icons")
        self._notifier = Notifier(
            self._show_tray_message,
            self._resources / "icons" / "tray.svg",
            withdraw_fallback=self._hide_tray_message,
        )
        self._settings_file = SettingsFile(paths.settings)
        self._settings = Settings()
        self._store = EventStore(paths)
        #: Slow reads and first imports run here, off the GUI thread.
        self._background = BackgroundCalls(self)
        # -- storage guard (issue 10): writes go through a journaled queue off the GUI
        # thread; a busy, full, unreadable or deleted file is told calmly and retried.
        self._guard = StorageGuard(self._store, clock, self)
        self._guard.message.connect(self._warn)
        self._writes = self._guard.writes
        # -- end storage guard
        self._catalog: Catalog | None = None
        self._cues: SoundCues | None = None
        self._flow = SessionFlow(
            self._writes,
            self._get_catalog,
            lambda: self._settings,
            clock,
            self._rng,
            self._get_cues,
            time_scale,
            self,
        )
        self._flow.session_started.connect(self._on_flow_session_started)
        self._flow.session_finished.connect(self._on_flow_session_finished)
        self._flow.window_closed.connect(self._on_flow_window_closed)
        self._flow.safety_reported.connect(self._on_flow_safety_reported)
        self._flow.safety_advice.connect(self._on_flow_safety_advice)
        self._flow.storage_failed.connect(self._on_flow_storage_failed)
        # Issue 12: the flow asks for the safety check when no session window can.
        self._flow.screening_requested.connect(self.show_symptoms)
        # The week starts where the user's locale says (Qt: Monday = 1 … Sunday = 7).
        week_start = QLocale.system().firstDayOfWeek().value - 1
        self._progress = ProgressPresenter(self._store, clock, week_start=week_start, parent=self)
        self._breaks: BreakService | None = None
        self._power: PowerWatcher | None = None
        self._prompt: BreakPrompt | None = None
        self._pause_watch: PauseWatcher | None = None  # issue 9 §5: start at next pause
        self._prompt_id: int | None = None
        self._prompt_kind: PromptKind | None = None
        #: A due break whose prompt waits for the break to be prepared.
        self._due_pending: BreakDue | None = None
        #: A break that came due while a session window was open: shown when it closes.
        self._due_waiting: BreakDue | None = None
        self._tooltip_timer = QTimer(self)
        self._tooltip_timer.setInterval(TOOLTIP_REFRESH_MS)
        self._tooltip_timer.timeout.connect(self._refresh_shell)
        #: Open single-instance windows (symptoms, onboarding, …) by key.
        self._windows: dict[str, QWidget] = {}
        #: Open warning boxes (kept referenced until closed).
        self._messages: list[QMessageBox] = []
        self._quitting = False

    # -- start-up -------------------------------------------------------------------

    def claim_instance(self) -> ClaimResult:
        """Become the single instance, or hand over to the running one.

        :attr:`ClaimResult.RUNNING` means the running instance got "activate"; any other
        result but ``ACQUIRED`` leaves the reason in :attr:`instance_problem`.
        """
        result = self._instance.acquire()
        if result is ClaimResult.ACQUIRED:
            self._instance.command_received.connect(self._on_instance_command_received)
        elif result is ClaimResult.RUNNING:
            log.info("another instance runs for %s: handed over", self._paths.root)
        else:
            log.error("not starting: %s", self._instance.problem)
        return result

    @property
    def instance_problem(self) -> str:
        """Return why the instance could not be claimed (empty when it could)."""
        return self._instance.problem

    def start(self) -> None:
        """Start every part, in order."""
        log.info("Counterbalance %s starting (data dir %s)", __version__, self._paths.root)
        self._signals = SignalBridge(self)
        self._signals.terminate_requested.connect(self._on_signals_terminate_requested)
        self._settings, settings_problem = self._settings_file.load()
        if settings_problem:
            log.warning("settings: %s", settings_problem)
            QTimer.singleShot(0, lambda: self._warn(self.tr("Your settings"), settings_problem))
        # Damage is recovered, anything else retried; messages arrive through _warn.
        self._guard.available.connect(self._on_guard_available)
        self._guard.start()
        self._start_tray()
        # No prompt before the first-run disclaimer has been read.
        if self._settings.onboarding_done:
            QTimer.singleShot(0, self._start_breaks)
        if not self._settings.onboarding_done:
            QTimer.singleShot(0, self._show_onboarding)

    def _on_guard_available(self) -> None:
        if self._progress.window is not None and self._progress.window.isVisible():
            self._progress.reload()

    def _start_breaks(self, first_run: bool = False) -> None:
        """Load the break modules off the GUI thread, then build and start the service.

        Runs after the tray icon is up: APScheduler and the OS adapters are the
        slowest imports of the app (seconds on a busy machine), so they load on the
        background worker and the service is built here once they are in.
        """

        def load() -> None:
            import desktop_app.core.policy
            import desktop_app.platform.idle
            import desktop_app.platform.power
            import desktop_app.platform.quiet
            import desktop_app.scheduling.break_service  # noqa: F401  (imports only)

        def failed(exc: Exception) -> None:
            log.warning("loading the break modules failed: %s", type(exc).__name__)
            self._build_breaks(first_run)  # imports again here, and reports what is wrong

        self._background.submit(load, lambda _none: self._build_breaks(first_run), failed)

    def _build_breaks(self, first_run: bool = False) -> None:
        """Build the break policy from the saved state and start the scheduler.

        On the first run (just after the welcome) the daily session may be moved to
        tomorrow, and the note saying when the first break comes is shown once the
        service runs.
        """
        if self._breaks is not None or self._quitting:
            return
        if first_run:
            self._skip_daily_on_onboarding_day()
        from desktop_app.core.policy import BreakPolicy
        from desktop_app.platform.idle import detect_idle_source
        from desktop_app.platform.power import PowerWatcher
        from desktop_app.platform.quiet import QuietDetector
        from desktop_app.scheduling.break_service import BreakService, PolicyStateFile

        state_file = PolicyStateFile(self._paths.root / "policy_state.json")
        policy = BreakPolicy(
            self._settings, self._clock, self._rng, self._time_scale, state_file.load()
        )
        idle = detect_idle_source()
        log.info("idle backend: %s", idle.name)
        from desktop_app.scheduling.pause_watch import PauseWatcher

        self._pause_watch = PauseWatcher(idle, self)
        breaks = BreakService(
            policy, self._clock, idle, QuietDetector.for_platform(), state_file, parent=self
        )
        breaks.notice_due.connect(self._on_breaks_notice_due)
        breaks.break_due.connect(self._on_breaks_break_due)
        breaks.break_withdrawn.connect(self._on_breaks_break_withdrawn)
        breaks.away_returned.connect(self._on_breaks_away_returned)
        breaks.status_changed.connect(self._refresh_shell)
        breaks.backup_due.connect(self._on_breaks_backup_due)
        breaks.day_end_due.connect(self._on_breaks_day_end_due)
        breaks.idle_unavailable.connect(self._on_breaks_idle_unavailable)
        self._flow.session_started.connect(breaks.session_started)
        self._flow.session_finished.connect(lambda _outcome: breaks.session_ended())
        power = PowerWatcher(self)
        power.away_started.connect(breaks.away_started)
        power.away_ended.connect(breaks.away_ended)
        log.info("power hints: %s", ", ".join(power.start()) or "none")
        self._breaks, self._power = breaks, power
        breaks.start()
        self._refresh_shell()  # starts the tooltip's minute timer while a countdown runs
        self._on_breaks_backup_due()  # a backup at start-up when the last is a day old
        if first_run:
            self._show_ready_note()
        QTimer.singleShot(STARTUP_SETTLE_MS, release_startup_memory)

    def _get_catalog(self) -> Catalog:
        if self._catalog is None:
            self._adopt_catalog(self._load_catalog())
        assert self._catalog is not None
        return self._catalog

    def _load_catalog(self) -> Catalog:
        """Read the exercise files (safe off the GUI thread: touches no widget)."""
        from desktop_app.commands.exercises import load as load_exercises

        return load_exercises(self._paths)

    def _adopt_catalog(self, catalog: Catalog) -> None:
        if self._catalog is not None:
            return
        self._catalog = catalog
        for problem in catalog.problems:
            log.warning("exercise catalog: %s", problem)
        errors = catalog.errors
        if errors:
            self._warn(
                self.tr("Some exercises were left out"),
                "\n".join(str(p) for p in errors),
            )

    def _prepare_break(self, then: Callable[[], None] | None = None) -> None:
        """Load what a break needs off the GUI thread, then call ``then`` on it.

        The storage layer, the exercise files and the break windows' modules take
        seconds to load on a busy machine; loaded here (at the pre-break notice, or
        just before a session starts) the GUI thread never waits for them. When
        everything is loaded already this is a quick hop through the worker.
        """
        catalog_loaded = self._catalog is not None

        def work() -> Catalog | None:
            import desktop_app.core.planner
            import desktop_app.ui.break_prompt
            import desktop_app.ui.session_window  # noqa: F401  (imports only: no widgets)

            self._store.warm_up()
            return None if catalog_loaded else self._load_catalog()

        def done(catalog: Catalog | None) -> None:
            if catalog is not None:
                self._adopt_catalog(catalog)
            if then is not None and not self._quitting:
                then()

        def failed(exc: Exception) -> None:
            # The step that needs the failed part reports it clearly when it runs.
            log.warning("preparing the break failed: %s", type(exc).__name__)
            done(None)

        self._background.submit(work, done, failed)

    def _get_cues(self) -> SoundCues:
        if self._cues is None:
            from desktop_app.ui.sound_cues import SoundCues

            self._cues = SoundCues(
                self._resources / "sounds",
                sounds_enabled=self._settings.sounds_enabled,
                voice_enabled=self._settings.voice_enabled,
                parent=self,
            )
        return self._cues

    def _start_tray(self) -> None:
        # Qt picks the tray protocol when the icon is created, so wait for a tray host
        # before creating it (opensnitch #1659: an app started before the panel loses it).
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._create_tray()
            return
        log.info("no system tray yet: retrying for up to %d s", TRAY_RETRY_LIMIT_S)
        self._tray_timer.start()

    def _on_tray_timer_timeout(self) -> None:
        self._tray_waited_ms += TRAY_RETRY_MS
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._tray_timer.stop()
            self._create_tray()
        elif self._tray_waited_ms >= TRAY_RETRY_LIMIT_S * 1000:
            self._tray_timer.stop()
            self._create_no_tray_window()

    def _create_tray(self) -> None:
        tray = TrayIcon(self._icons, self)
        self._connect_shell(tray)
        tray.set_view(self._tray_view())
        tray.show()
        self._tray = tray
        log.info("tray icon shown")

    def _create_no_tray_window(self) -> None:
        log.warning("no system tray after %d s: showing a small window instead", TRAY_RETRY_LIMIT_S)
        window = NoTrayWindow(self._icons[TrayState.NORMAL])
        self._connect_shell(window)
        window.set_view(self._tray_view())
        # Shown by the app, not the user: it must not take the focus (e.g. from the welcome).
        window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        window.show()
        window.place_on_screen()
        self._no_tray = window

    def _connect_shell(self, shell: TrayIcon | NoTrayWindow) -> None:
        shell.session_requested.connect(self.start_user_session)
        shell.snooze_requested.connect(self._on_shell_snooze_requested)
        shell.pause_requested.connect(self._on_shell_pause_requested)
        shell.resume_requested.connect(self._on_shell_resume_requested)
        shell.progress_requested.connect(self.show_progress)
        shell.symptoms_requested.connect(self.show_symptoms)
        shell.day_pain_requested.connect(self.show_day_pain)
        shell.settings_requested.connect(self.show_settings)
        shell.quit_requested.connect(self.quit)

    def _tray_view(self) -> TrayView:
        if self._breaks is None:
            if not self._settings.onboarding_done:
                # The welcome was closed (or is still open): say why nothing is scheduled.
                return TrayView(
                    status_line=self.tr("not set up yet: breaks start after the welcome"),
                    can_snooze=False,
                )
            return TrayView(status_line=self.tr("starting…"))
        status = self._breaks.status()
        view = tray_view_for(status)
        if self._flow.is_running():
            view = replace(view, status_line=self.tr("session in progress"), session_running=True)
        # Only a countdown changes by itself; every other state changes with a policy
        # tick, which refreshes the shell anyway. No minute timer while nothing counts.
        counting = status.next_break_in_s is not None and not self._flow.is_running()
        if counting and not self._tooltip_timer.isActive():
            self._tooltip_timer.start()
        elif not counting:
            self._tooltip_timer.stop()
        return view

    def _refresh_shell(self) -> None:
        view = self._tray_view()
        if self._tray is not None:
            self._tray.set_view(view)
        if self._no_tray is not None:
            self._no_tray.set_view(view)

    def _show_tray_message(self, title: str, message: str) -> None:
        if self._tray is not None:
            self._tray.show_message(title, message)

    def _hide_tray_message(self) -> None:
        if self._tray is not None:
            self._tray.hide_message()

    def _warn(self, title: str, text: str) -> None:
        """Show a non-blocking warning; the app keeps it alive until the user closes it."""
        box = QMessageBox(QMessageBox.Icon.Warning, f"Counterbalance — {title}", text)
        box.setModal(False)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        # A parentless box with no Python reference would be collected and vanish at once.
        self._messages.append(box)
        box.finished.connect(lambda _result, b=box: self._messages.remove(b))
        box.show()

    # -- first run ------------------------------------------------------------------

    def _show_once(self, key: str, build: Callable[[], QWidget], activate: bool = True) -> None:
        """Show the window ``key``: raise the open one, or build, remember and show it."""
        window = self._windows.get(key)
        if window is None:
            window = build()
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            window.destroyed.connect(lambda: self._windows.pop(key, None))
            self._windows[key] = window
        window.show()
        if activate:
            window.raise_()
            window.activateWindow()

    def _show_onboarding(self) -> None:
        from desktop_app.ui.onboarding import OnboardingDialog

        def build() -> QWidget:
            dialog = OnboardingDialog()
            dialog.completed.connect(self._on_onboarding_completed)
            dialog.rejected.connect(self._on_onboarding_rejected)
            return dialog

        self._show_once("onboarding", build)

    def _on_onboarding_rejected(self) -> None:
        # Nothing is saved: the welcome comes back at the next start (or from the menu).
        log.info("welcome closed before the end: no breaks or sessions until it is finished")
        self._refresh_shell()

    def _on_onboarding_completed(self, result: OnboardingResult) -> None:
        self._settings = replace(
            self._settings,
            profile=result.profile,
            equipment=result.equipment,
            weak_side=result.weak_side,
            tight_side=result.tight_side,
            conditions=result.conditions,
            disclaimer_accepted=result.disclaimer_accepted,
            onboarding_done=True,
            autostart_asked=True,
        )
        log.info("onboarding done")
        log.debug("onboarding profile: %s", result.profile)  # health data: DEBUG only
        if result.red_flags is not None:
            # The first-run safety check, answered before any exercise (issue 12).
            from desktop_app.core.safety import evaluate

            self._flow.report_safety(evaluate(result.red_flags))
        if result.autostart:
            self._set_autostart(True)
        self._save_settings()
        if self._breaks is None:
            # The note says when the first break comes: shown once the service runs.
            self._start_breaks(first_run=True)
        else:
            self._apply_settings_to_breaks()
            self._show_ready_note()

    # -- issue 9 §6: after onboarding, say where the app lives and when it speaks up ------

    def _first_run_plan(self) -> FirstRunPlan:
        from desktop_app.core.first_run import first_run_plan

        status = self._breaks.status() if self._breaks is not None else None
        next_in = status.next_break_in_s if status is not None else None
        return first_run_plan(Stamp.now(self._clock).local, self._settings, next_in)

    def _skip_daily_on_onboarding_day(self) -> None:
        """No 11-minute daily session minutes after the welcome (first start only)."""
        from desktop_app.core.policy import PersistedPolicyState
        from desktop_app.scheduling.break_service import PolicyStateFile

        state_file = PolicyStateFile(self._paths.root / "policy_state.json")
        if not self._first_run_plan().skip_daily_today or state_file.load() is not None:
            return
        today = Stamp.now(self._clock).local_date
        state_file.save(PersistedPolicyState(self._clock.utc_now(), daily_offered_on=today))
        log.info("daily session: first offered tomorrow (onboarding after its time)")

    def _show_ready_note(self) -> None:
        from desktop_app.ui.ready_note import AppPlace, ReadyNote, ReadyNoteView

        if self._tray is None and self._no_tray is not None:
            place = AppPlace.WINDOW
        else:
            place = AppPlace.MENU_BAR if sys.platform == "darwin" else AppPlace.TRAY
        view = ReadyNoteView(self._first_run_plan(), self._settings.daily_session_time, place)
        self._show_once("ready", lambda: ReadyNote(view))

    # -- end issue 9 §6 ------------------------------------------------------------------

    def _save_settings(self) -> None:
        try:
            self._settings_file.save(self._settings)
        except SettingsSaveError as exc:
            log.error("settings: %s", exc)
            self._warn(self.tr("Could not save settings"), str(exc))

    def _set_autostart(self, enabled: bool) -> None:
        """Turn start-at-login on or off; tell the user when the OS refused."""
        try:
            if enabled:
                command = launch_command()
                if self._custom_data_dir:
                    command += ["--data-dir", str(self._paths.root)]
                self._autostart.enable(command)
            else:
                self._autostart.disable()
        except AutostartError as exc:
            log.error("autostart: %s", exc)
            self._warn(
                self.tr("Start at login"),
                self.tr("Could not change the start-at-login setting at {place}: {why}").format(
                    place=exc.location, why=exc.reason
                ),
            )
            return
        self._settings = replace(self._settings, autostart=enabled)
        log.info("autostart %s", "on" if enabled else "off")

    # -- settings -------------------------------------------------------------------

    def show_settings(self) -> None:
        """Open the settings dialog; changes take effect without a restart."""
        from desktop_app.ui.settings_dialog import SettingsDialog

        def build() -> QWidget:
            dialog = SettingsDialog(self._settings, self._autostart.is_enabled())
            dialog.settings_applied.connect(self._on_settings_applied)
            dialog.autostart_changed.connect(self._on_settings_autostart_changed)
            # Issue 13: say next to the switches when sound or voice cannot be heard.
            cues = self._get_cues()
            cues.availability_changed.connect(dialog.show_cue_availability)
            dialog.show_cue_availability(cues.availability())
            return dialog

        self._show_once("settings", build)

    def _on_settings_applied(self, settings: Settings) -> None:
        # The autostart field follows the OS call, not the dialog.
        self._settings = replace(settings, autostart=self._settings.autostart)
        self._save_settings()
        if self._cues is not None:
            self._cues.set_sounds_enabled(settings.sounds_enabled)
            self._cues.set_voice_enabled(settings.voice_enabled)
        self._apply_settings_to_breaks()
        log.info("settings applied")

    def _on_settings_autostart_changed(self, enabled: bool) -> None:
        self._set_autostart(enabled)
        self._save_settings()
        dialog = self._windows.get("settings")
        if dialog is not None:
            from desktop_app.ui.settings_dialog import SettingsDialog

            if isinstance(dialog, SettingsDialog):
                dialog.set_autostart_enabled(self._autostart.is_enabled())

    def _apply_settings_to_breaks(self) -> None:
        """Hand new settings to the break scheduling (re-armed at once)."""
        if self._breaks is not None:
            self._breaks.apply_settings(self._settings)

    # -- sessions -------------------------------------------------------------------

    def start_user_session(self) -> None:
        """Start a session the user asked for (tray, ``break-now``)."""
        self._start_session(SessionKind.USER, None)

    def _start_session(
        self, kind: SessionKind, prompt_id: int | None, plan: SessionPlan | None = None
    ) -> None:
        self._withdraw_prompt()
        if not self._settings.onboarding_done:
            # No session before the disclaimer has been read and accepted.
            log.info("session asked for before the welcome was finished: showing it")
            self._show_onboarding()
            return
        self._prepare_break(lambda: self._start_prepared_session(kind, prompt_id, plan))

    def _start_prepared_session(
        self, kind: SessionKind, prompt_id: int | None, plan: SessionPlan | None
    ) -> None:
        if self._flow.is_running():
            return
        try:
            locked = self._flow.programme_locked()
        except StoreError as exc:  # the safety lock cannot be read: do not guess
            self._warn(self.tr("Your data file"), str(exc))
            return
        if locked and not self._confirm_assessed():
            return
        self._flow.start(kind, prompt_id, plan)

    def _confirm_assessed(self) -> bool:
        answer = QMessageBox.question(
            None,
            self.tr("Counterbalance — Programme paused"),
            self.tr(
                "You reported signs that need a medical assessment, so the exercise "
                "programme is paused.\n\nHas a doctor or physiotherapist assessed you "
                "and said it is fine to exercise?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self._flow.confirm_assessed()
        return True

    def _on_flow_session_started(self) -> None:
        self._refresh_shell()

    def _on_flow_session_finished(self, outcome: str) -> None:
        log.info("session finished: %s", outcome)
        self._refresh_shell()
        if self._progress.window is not None and self._progress.window.isVisible():
            self._progress.reload()

    def _on_flow_safety_reported(self, outcome: SafetyOutcome) -> None:
        log.debug("safety outcome: %s", outcome.level)  # health data: DEBUG only

    def _on_flow_storage_failed(self, message: str) -> None:
        self._warn(self.tr("Could not save"), message)

    def _on_flow_safety_advice(self, outcome: SafetyOutcome) -> None:
        self._warn(self.tr("Please get checked"), "\n\n".join(outcome.advice))

    # -- breaks ---------------------------------------------------------------------

    def _on_breaks_notice_due(self, seconds: int) -> None:
        if self._flow.is_running():
            return
        # The break is seconds away: load what it needs now, off the GUI thread.
        self._prepare_break()
        self._notifier.notify(
            self.tr("Break in {n} s").format(n=seconds),
            self.tr("Counterbalance: a short break is coming. Finish your sentence."),
        )

    def _on_breaks_break_due(self, due: BreakDue) -> None:
        if self._flow.is_running():
            # Not over the session window (its summary may still be open): wait for it.
            log.info("break due (%s) while a session window is open: waiting", due.kind)
            self._due_waiting = due
            return
        self._withdraw_prompt()
        self._due_pending = due
        self._prepare_break(lambda: self._show_prompt(due))

    def _show_prompt(self, due: BreakDue) -> None:
        """Show the prompt for ``due`` unless it was withdrawn while the break was prepared."""
        if self._due_pending is not due:
            return
        self._due_pending = None
        if self._flow.is_running():  # a session opened meanwhile: show it when it closes
            self._due_waiting = due
            return
        from desktop_app.ui.break_prompt import BreakPrompt, BreakPromptView

        kind = SessionKind.DAILY if due.kind is PromptKind.DAILY else SessionKind.MICROBREAK
        try:
            self._prompt_id = self._writes.add_prompt(PromptEvent(Stamp.now(self._clock), due.kind))
            plan = self._flow.plan(kind)
        except StoreError as exc:
            self._on_flow_storage_failed(str(exc))
            return
        self._prompt_kind = due.kind
        watch = self._pause_watch
        view = BreakPromptView.from_due(
            due,
            self._plan_summary(plan),
            self._first_names(plan),
            self._settings.snooze_limit,
            first_exercise=plan.exercises[0].exercise if plan.exercises else None,
            can_start_at_pause=watch is not None and watch.available(),
        )
        prompt = BreakPrompt(view)
        if watch is not None:  # issue 9 §5: "start at my next pause"
            prompt.start_at_pause_requested.connect(lambda: watch.watch(prompt))
            prompt.destroyed.connect(lambda: watch.cancel(prompt))
        prompt.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        answer = self._on_prompt_answered
        prompt.start_requested.connect(lambda: answer(PromptAnswer.STARTED, 0, plan))
        prompt.snooze_requested.connect(lambda m: answer(PromptAnswer.SNOOZED, m, plan))
        prompt.skip_requested.connect(lambda: answer(PromptAnswer.SKIPPED, 0, plan))
        self._prompt = prompt
        prompt.present()  # never steals focus (a Tool window shown without activation)
        log.info("break prompt %s shown (%s)", self._prompt_id, due.kind)

    def _plan_summary(self, plan: SessionPlan) -> str:
        n = len(plan.exercises)
        minutes = max(1, round(plan.estimated_s / 60))
        return self.tr("%n exercise(s) · about {m} min", "", n).format(m=minutes)

    @staticmethod
    def _first_names(plan: SessionPlan) -> tuple[str, ...]:
        return tuple(item.exercise.name for item in plan.exercises[:3])

    def _on_prompt_answered(self, answer: PromptAnswer, minutes: int, plan: SessionPlan) -> None:
        self._notifier.withdraw()  # "a break is coming" no longer applies
        prompt_id, kind = self._prompt_id, self._prompt_kind
        self._prompt = None
        self._prompt_id = None
        if self._breaks is None or prompt_id is None or kind is None:
            return
        try:
            self._writes.answer_prompt(prompt_id, answer, Stamp.now(self._clock))
        except StoreError as exc:
            self._on_flow_storage_failed(str(exc))
        log.info("break prompt %s answered: %s", prompt_id, answer)
        if answer is PromptAnswer.SNOOZED:
            self._breaks.snooze(minutes)
        elif answer is PromptAnswer.SKIPPED:
            self._breaks.skip()
        else:
            session = SessionKind.DAILY if kind is PromptKind.DAILY else SessionKind.MICROBREAK
            self._start_session(session, prompt_id, plan)

    def _on_breaks_break_withdrawn(self, withdrawn: BreakWithdrawn) -> None:
        log.info("break prompt withdrawn: %s", withdrawn.reason)
        self._due_pending = None
        self._withdraw_prompt()

    def _on_flow_window_closed(self) -> None:
        self._refresh_shell()
        due, self._due_waiting = self._due_waiting, None
        if due is not None:
            log.info("session window closed: showing the break that came due meanwhile")
            self._on_breaks_break_due(due)

    def _withdraw_prompt(self) -> None:
        """Close an unanswered prompt (log it as expired) and forget a waiting one."""
        self._due_waiting = None
        self._notifier.withdraw()
        prompt, prompt_id = self._prompt, self._prompt_id
        self._prompt = None
        self._prompt_id = None
        if prompt is not None:
            prompt.withdraw()
        if prompt_id is not None:
            try:
                self._writes.answer_prompt(prompt_id, PromptAnswer.EXPIRED, Stamp.now(self._clock))
            except StoreError as exc:
                log.error("could not log the expired prompt: %s", exc)

    def _on_breaks_away_returned(self, kind: AwayKind) -> None:
        from desktop_app.core.policy import AwayKind

        # A session window left open across a sleep closes and is logged as interrupted.
        if kind is not AwayKind.LOCK and self._flow.is_running():
            log.info("back from %s: closing the open session as interrupted", kind)
            self._flow.interrupt()
        self._withdraw_prompt()

    def _on_breaks_backup_due(self) -> None:
        """Take the daily backup on the background worker (it copies the whole file)."""

        def done(made: Path | None) -> None:
            if made is not None:
                log.info("backup written: %s", made.name)

        self._background.submit(
            lambda: self._store.backup_if_due(self._clock.utc_now()),
            done,
            lambda exc: log.error("backup failed: %s", exc),
        )

    def _on_breaks_day_end_due(self) -> None:
        """Offer "average pain today" once, at the end of the working day (brief §4).

        Whether today is rated already is read off the GUI thread: the first query
        of a run imports the storage layer, which takes seconds on a busy machine.
        """
        from desktop_app.core.events import RatingKind

        midnight = Stamp.now(self._clock).local.replace(hour=0, minute=0, second=0, microsecond=0)

        def rated_today() -> bool:
            since = midnight.astimezone(UTC)
            return any(r.kind is RatingKind.DAY_AVERAGE for r in self._writes.ratings_since(since))

        self._background.submit(
            rated_today,
            self._on_day_end_checked,
            lambda exc: log.error("day-end check failed: %s", type(exc).__name__),
        )

    def _on_day_end_checked(self, rated: bool) -> None:
        if rated or "day_pain" in self._windows or self._quitting:
            return
        log.info("day end: offering the average-pain-today question")
        self._notifier.notify(
            self.tr("How was your day?"),
            self.tr("Counterbalance: rate today's average pain (optional)."),
            key=DAY_NOTICE,
        )
        self.show_day_pain(activate=False)

    def _on_breaks_idle_unavailable(self, reasons: str) -> None:
        log.warning("no idle backend (%s): all time counts as active", reasons)
        # -- floor (issue 13 §4): said once per data dir, remembered in a marker file
        # next to the data. Reading the flag from the database loads the storage layer
        # (~30 MiB) at every start on such a desktop; only a start without the marker
        # reads it (off the GUI thread), for a flag set by an earlier version.
        marker = self._paths.root / IDLE_TOLD_MARKER
        if marker.exists():
            return

        def told_before() -> bool:
            try:
                if self._writes.state(STATE_IDLE_TOLD) == "1":
                    return True
                self._writes.set_state(STATE_IDLE_TOLD, "1")
            except StoreError:
                pass
            return False

        def checked(told: bool) -> None:
            try:
                write_private_file(marker, b"1\n")
            except OSError as exc:
                log.warning("could not remember the idle notice: %s", type(exc).__name__)
            if not told and not self._quitting:
                self._show_tray_message(
                    self.tr("Counterbalance"),
                    self.tr(
                        "Counterbalance cannot tell when you step away on this desktop, so "
                        "all time counts as active. Breaks still come on time."
                    ),
                )

        self._background.submit(
            told_before, checked, lambda exc: log.error("idle notice: %s", type(exc).__name__)
        )
        # -- end floor

    def _on_shell_snooze_requested(self, minutes: int) -> None:
        if self._prompt is not None:
            self._prompt.snooze_requested.emit(minutes)
        elif self._breaks is not None:
            self._breaks.snooze(minutes)

    def _on_shell_pause_requested(self, request: PauseRequest) -> None:
        self._withdraw_prompt()
        if self._breaks is not None:
            self._breaks.request_pause(request)

    def _on_shell_resume_requested(self) -> None:
        if self._breaks is not None:
            self._breaks.resume()

    # -- windows --------------------------------------------------------------------

    def show_progress(self) -> None:
        """Open the progress window (its heavy modules load the first time)."""
        exercises = self._get_catalog().exercises
        self._progress.set_exercise_regions({e.id: e.region for e in exercises})
        self._progress.set_exercise_names({e.id: e.name for e in exercises})  # issue 9 §6
        self._progress.show()

    def show_symptoms(self, reason: ScreeningReason | None = None) -> None:
        """Open the "Check symptoms" page (``reason``: why the app asks; None = the user)."""
        from desktop_app.core.screening import ScreeningReason
        from desktop_app.ui.symptoms_dialog import SymptomsDialog

        def build() -> QWidget:
            dialog = SymptomsDialog(None, reason or ScreeningReason.USER)
            dialog.outcome_ready.connect(self._flow.report_safety)
            return dialog

        self._show_once("symptoms", build)

    def show_day_pain(self, activate: bool = True) -> None:
        """Ask for today's average pain (brief §4: end-of-day, last-24-h rating).

        Offered by the app itself (``activate=False``) it does not take the keyboard
        focus from what the user is typing.
        """
        from desktop_app.ui.pain_rating import DayPainDialog

        def build() -> QWidget:
            dialog = DayPainDialog(self._clock)
            dialog.rating_given.connect(self._flow.record_day_rating)
            dialog.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, not activate)
            return dialog

        self._show_once("day_pain", build, activate=activate)

    # -- commands from a second process ---------------------------------------------

    def _on_instance_command_received(self, command: str) -> None:
        log.info("instance command: %s", command)
        if command == "quit":
            self.quit()
        elif command == "break-now":
            # "Take the break now": a microbreak without a prompt, counted as offered
            # and taken (the tray's "Start a session now" is a user-started extra).
            self._start_session(SessionKind.MICROBREAK, None)
        elif command == "progress":
            self.show_progress()
        elif command == "settings":
            self.show_settings()
        elif command == "activate":
            self._bring_to_front()

    def _bring_to_front(self) -> None:
        """A second start always puts something of Counterbalance in front of the user."""
        if not self._settings.onboarding_done:
            self._show_onboarding()
        elif self._no_tray is not None:
            self._no_tray.bring_to_front()
        else:
            self.show_progress()  # what a click on the tray icon opens

    # -- shutdown -------------------------------------------------------------------

    def _on_signals_terminate_requested(self, signum: int) -> None:
        log.info("signal %d: quitting", signum)
        self.quit()

    def quit(self) -> None:
        """Quit cleanly: close windows (a running session is logged), stop timers."""
        if self._quitting:
            return
        self._quitting = True
        self._withdraw_prompt()
        self._flow.interrupt()
        if self._no_tray is not None:
            # Qt's quit asks every window to close; this one refuses unless told.
            self._no_tray.allow_close()
        self._qt_app.quit()

    def shutdown(self) -> None:
        """Release everything the app holds (after the event loop ended)."""
        self._tray_timer.stop()
        self._tooltip_timer.stop()
        if self._breaks is not None:
            self._breaks.stop()
        if self._power is not None:
            self._power.stop()
        self._progress.wait(5000)
        self._background.shutdown()
        self._notifier.withdraw_all()  # no notice outlives the app
        self._notifier.wait_idle(NOTICE_CLOSE_WAIT_S)
        if self._tray is not None:
            self._tray.hide()
        if self._no_tray is not None:
            self._no_tray.allow_close()
            self._no_tray.close()
        if self._signals is not None:
            self._signals.close()
        self._guard.stop()  # saves what waits; the rest stays journaled for next start
        self._store.close()
        self._instance.release()
        log.info("Counterbalance stopped")


def refuse_start(reason: str) -> None:
    """Say on screen (and on stderr) why Counterbalance does not start."""
    print(f"counterbalance: not starting: {reason}", file=sys.stderr)
    qt_app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(qt_app, QApplication)
    QMessageBox.critical(
        None,
        qt_app.translate("CounterbalanceApp", "Counterbalance — Not started"),
        qt_app.translate("CounterbalanceApp", "Counterbalance did not start: {reason}").format(
            reason=reason
        ),
    )


#: Exit status when the data dir cannot be used, and when another instance blocks.
EXIT_DATA_DIR = 2
EXIT_NOT_STARTED = 1


def _instance_lock_path(paths: DataPaths) -> Path:
    """The single-instance lock: in the data dir, or (read-only data dir) the runtime dir."""
    if os.access(paths.root, os.W_OK):
        return paths.lock_file
    from PySide6.QtCore import QStandardPaths

    from desktop_app.platform.single_instance import server_name

    runtime = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    return Path(runtime) / f"{server_name(paths.root)}.lock"


def install_excepthook(qt_app: QApplication) -> None:
    """Log any exception no slot caught and show one clear message (issue 10 §2)."""
    from desktop_app.crash_handler import UncaughtErrors

    handler = UncaughtErrors(qt_app)
    handler.install()


def run_app(data_dir: Path | None, time_scale: float = 1.0) -> int:
    """Run the tray app until Quit; return the exit status.

    Whenever it decides not to start, it says why on screen and returns non-zero; the
    only quiet exit 0 without a window is handing over to the user's running instance.
    """
    try:
        paths = DataPaths.create(data_dir)
    except OSError as exc:
        refuse_start(str(exc))
        return EXIT_DATA_DIR
    os.umask(0o077)  # health data: every file we create is private
    configure_logging(paths)
    qt_app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(qt_app, QApplication)
    install_excepthook(qt_app)
    qt_app.setApplicationName(APP_NAME)
    qt_app.setApplicationVersion(__version__)
    qt_app.setDesktopFileName("io.github.counterbalance.Counterbalance")
    qt_app.setQuitOnLastWindowClosed(False)
    from desktop_app.ui.translations import install_translations

    translators = install_translations(qt_app)  # English plural forms ("1 second")
    app = CounterbalanceApp(
        qt_app, paths, SystemClock(), time_scale, custom_data_dir=data_dir is not None
    )
    claimed = app.claim_instance()
    if claimed is ClaimResult.RUNNING:
        return 0
    if claimed is not ClaimResult.ACQUIRED:
        refuse_start(app.instance_problem)
        return EXIT_NOT_STARTED
    stall_watch = _start_stall_watch(qt_app)
    app.start()
    try:
        code = qt_app.exec()
    finally:
        app.shutdown()
        if stall_watch is not None:
            stall_watch.stop()
        del translators
    return int(code)


def _start_stall_watch(parent: QObject) -> StallWatch | None:
    """Watch the GUI thread for stalls when asked to (a diagnostic; see stall_watch)."""
    from desktop_app.stall_watch import StallWatch, threshold_from_env

    threshold_s = threshold_from_env()
    if threshold_s is None:
        return None
    watch = StallWatch(threshold_s, parent)
    watch.start()
    return watch
