"""Sync wired into the running app: when passes run, and what their results change.

All file and database work runs on a worker thread of its own
(:class:`~desktop_app.scheduling.background.BackgroundCalls`), one pass at a time, never on
the GUI thread. A pass (:class:`~desktop_app.sync.engine.SyncEngine`) runs:

- shortly after each write reaches the database (the write queue's listener), so every
  stored event is appended to this computer's files;
- when the folder changes (``QFileSystemWatcher`` on the folder, its events and notes),
  every :data:`POLL_MS` as a backstop (watchers miss changes on network shares), after a
  wake from sleep, and when the sync settings change.

Every :data:`ACTIVITY_MS` the idle reading feeds the "active until" note (written at most
once a minute while active) and the other computers' notes are read. What comes back:

- imported rows: ``imported`` (the progress window reloads);
- a break completed on another computer less than one interval ago: ``break_elsewhere``
  (the break count restarts here, :func:`~desktop_app.core.sync_policy.break_restarts_count`);
- the idle reading the break policy sees is shortened by activity elsewhere
  (:meth:`idle_for_policy`, :func:`~desktop_app.core.sync_policy.idle_here`);
- notices, each told once: a missing or read-only folder, lines from a newer app, conflict
  copies in this computer's own folder (another installation with the same id).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from desktop_app.core.clock import Clock
from desktop_app.core.settings import Settings
from desktop_app.platform.computer_name import host_name
from desktop_app.platform.paths import DataPaths
from desktop_app.scheduling.background import BackgroundCalls
from desktop_app.storage.write_queue import WriteQueue
from desktop_app.sync_pass import PassOutcome, SyncConfig, SyncPass, config_of

if TYPE_CHECKING:
    # The sync modules load when sync is first turned on (or left): a tray with sync off
    # idles without them (issue 13 §4).
    from desktop_app.core.sync_activity import SeenNote
    from desktop_app.platform.power import PowerWatcher
    from desktop_app.scheduling.break_service import BreakService
    from desktop_app.sync_leaving_flow import LeavingOffer
    from desktop_app.sync_notices import SyncNotices

log = logging.getLogger(__name__)

#: The slow poll that backs up the file watcher.
POLL_MS = 3 * 60 * 1000
#: How often activity is noted and the other computers' notes read.
ACTIVITY_MS = 30 * 1000
#: Wait after a write or a folder change before a pass (changes come in bursts).
SETTLE_MS = 1500
#: Idle readings below this count as "active now" for the note.
ACTIVE_IDLE_S = 60.0


#: app_state keys of the one-off notices.
class SyncFlow(QObject):
    """Runs sync passes off the GUI thread and hands their results on.

    Signals:
        imported(int): Rows from other computers were added to the database.
        break_elsewhere(): A break on another computer should restart the count here.
        notice(str, str): A title and a text to tell the user (once per cause).
    """

    imported = Signal(int)
    break_elsewhere = Signal()
    notice = Signal(str, str)

    def __init__(
        self,
        paths: DataPaths,
        writes: WriteQueue,
        clock: Clock,
        settings: Callable[[], Settings],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths, self._writes, self._clock = paths, writes, clock
        self._settings = settings
        self._calls = BackgroundCalls(self)
        self._config: SyncConfig | None = None
        self._pass = SyncPass(paths, writes)  # its work runs on the worker only
        self._busy = False
        self._again = False
        self._notes: list[SeenNote] = []
        self._own: UUID | None = None
        self._activity: list[datetime] = []
        self._last_restart: datetime | None = None
        self._notice_texts: SyncNotices | None = None
        self._idle_reader: Callable[[], float | None] | None = None
        #: Offers to remove this computer's files when sync is left or all data deleted.
        self._leaving: LeavingOffer | None = None
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self.run_pass)
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self.run_pass)
        self._tick = QTimer(self, interval=ACTIVITY_MS)
        self._tick.timeout.connect(self.note_activity)
        #: Made with the first folder to watch: a tray with sync off keeps no inotify.
        self._watcher: QFileSystemWatcher | None = None
        writes.set_stored_listener(lambda: self._calls.post(self.nudge))

    @property
    def leaving(self) -> LeavingOffer:
        """Offers to remove this computer's files when sync is left or all data deleted."""
        if self._leaving is None:
            from desktop_app.sync_leaving_flow import LeavingOffer

            self._leaving = LeavingOffer(self._paths, self._writes, self._calls, self)
            self._leaving.notice.connect(self.notice)
            self._leaving.removing.connect(self._forget_engine)
        return self._leaving

    @property
    def _notices(self) -> SyncNotices:
        if self._notice_texts is None:
            from desktop_app.sync_notices import SyncNotices

            self._notice_texts = SyncNotices()
        return self._notice_texts

    # -- configuration ---------------------------------------------------------------

    def apply_settings(self, settings: Settings) -> None:
        """Start, stop or re-point sync after a settings change."""
        config = config_of(settings)
        if config is not None and _overlaps(config.root, self._paths.root):
            # The live database must never be in a synced folder (docs/sync.md).
            log.warning("sync folder overlaps the data dir: sync stays off")
            self.notice.emit(self.tr("Sync"), self._notices.overlap_text(str(config.root)))
            config = None
        if config == self._config:
            return
        old, self._config = self._config, config
        if old is not None and (config is None or config.root != old.root):
            from desktop_app.sync.leaving import LeaveReason

            self.leaving.offer(old.root, LeaveReason.SYNC_OFF)
        if self._notice_texts is not None:
            self._notice_texts.reset()
        if self._watcher is not None and self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())
        if config is None:
            self._poll.stop()
            self._tick.stop()
            self._notes = []
            log.info("sync off")
            return
        log.info("sync on")
        self._poll.start()
        self._tick.start()
        self.run_pass()

    @property
    def enabled(self) -> bool:
        return self._config is not None

    def attach(self, breaks: BreakService, power: PowerWatcher) -> None:
        """Work with the running break service: idle in, breaks elsewhere out, wake-ups."""
        breaks.set_idle_filter(self.idle_for_policy)  # work elsewhere is no rest
        self.attach_idle(breaks.idle.idle_seconds)
        self.break_elsewhere.connect(breaks.break_taken_elsewhere)
        power.away_ended.connect(lambda _kind: self.on_wake())

    def attach_idle(self, read_idle: Callable[[], float | None]) -> None:
        """Give the idle reading that feeds this computer's "active until" note."""
        self._idle_reader = read_idle

    def session_ended_here(self) -> None:
        """A break ended here: an older break elsewhere no longer restarts the count."""
        self._last_restart = self._clock.utc_now()

    def computer_names(self) -> tuple[dict[UUID, str], UUID | None]:
        """The names the computers gave themselves (from their notes), and this one's id."""
        names = {seen.note.computer_id: seen.note.name for seen in self._notes}
        if self._own is not None:
            config = self._config
            names[self._own] = config.name if config is not None else host_name()
        return names, self._own

    def after_delete_all(self) -> None:
        """All data was deleted: offer to remove this computer's files from the folder too."""
        if self._config is not None:
            from desktop_app.sync.leaving import LeaveReason

            self.leaving.offer(self._config.root, LeaveReason.DATA_DELETED)

    def _forget_engine(self) -> None:
        # Turned on again, the whole history is written again.
        self._pass.stale = True

    # -- the policy's input ----------------------------------------------------------

    def idle_for_policy(self, idle_s: float | None) -> float | None:
        """The idle reading the break policy should see (activity elsewhere removed)."""
        if self._config is None or not self._notes or self._own is None:
            return idle_s
        from desktop_app.core.sync_policy import idle_here

        return idle_here(idle_s, self._notes, self._own, self._clock.utc_now())

    # -- passes ----------------------------------------------------------------------

    def nudge(self) -> None:
        """Something was stored or changed: run a pass soon."""
        if self._config is not None:
            self._settle.start()

    def on_wake(self) -> None:
        """Back from sleep or lock: the other computers may have written meanwhile."""
        self.nudge()

    def run_pass(self) -> None:
        """Run a whole pass on the worker (or once more after the one under way)."""
        config = self._config
        if config is None:
            return
        if self._busy:
            self._again = True
            return
        self._busy = True
        activity, self._activity = self._activity, []
        now = self._clock.utc_now()
        waiting = self._writes.pending_count
        self._calls.submit(
            lambda: self._pass.work(config, activity, now, waiting, full=True),
            self._on_pass_done,
            self._on_pass_failed,
        )

    @property
    def busy(self) -> bool:
        """True while a pass runs on the worker."""
        return self._busy

    def note_activity(self) -> None:
        """Note activity from the idle reading; write the note when due, read the others'.

        Runs every :data:`ACTIVITY_MS` while sync is on.
        """
        if self._config is None:
            return
        if self._idle_reader is not None:
            try:
                idle_s = self._idle_reader()
            except Exception:  # an idle backend failing must not stop sync
                idle_s = None
            if idle_s is not None and idle_s < ACTIVE_IDLE_S:
                self._activity.append(self._clock.utc_now() - timedelta(seconds=idle_s))
        if self._busy:
            return
        self._busy = True
        config = self._config
        activity, self._activity = self._activity, []
        now = self._clock.utc_now()
        self._calls.submit(
            lambda: self._pass.work(config, activity, now, 0, full=False),
            self._on_pass_done,
            self._on_pass_failed,
        )

    def _on_pass_failed(self, error: Exception) -> None:
        log.warning("sync pass failed: %s", type(error).__name__)
        self._finish()

    def _on_pass_done(self, outcome: PassOutcome) -> None:
        report = outcome.report
        if self._pass.own is not None:
            self._own = self._pass.own
        self._watch(outcome.watch)
        self._notes = report.notes
        if report.exported or report.imported:
            log.info("sync: %d exported, %d imported", report.exported, report.imported)
        if report.imported:
            self.imported.emit(report.imported)
        if outcome.full and self._config is not None:  # sync may have been turned off since
            self._restart_for_breaks(report.breaks_ended)
            self._tell(outcome)
        self._finish()

    def _finish(self) -> None:
        self._busy = False
        if self._again:
            self._again = False
            self.run_pass()

    def _watch(self, folders: tuple[str, ...]) -> None:
        if self._config is None:
            return
        if self._watcher is None:
            self._watcher = QFileSystemWatcher(self)
            self._watcher.directoryChanged.connect(lambda _path: self._settle.start())
        have = set(self._watcher.directories())
        missing = [f for f in folders if f not in have]
        if missing:
            self._watcher.addPaths(missing)

    def _restart_for_breaks(self, ended: list[datetime]) -> None:
        if not ended:
            return
        latest = max(ended)
        now = self._clock.utc_now()
        interval_s = self._settings().interval_min * 60
        from desktop_app.core.sync_policy import break_restarts_count

        if break_restarts_count(latest, now, interval_s, self._last_restart):
            self._last_restart = latest
            log.info("sync: a break taken on another computer")
            self.break_elsewhere.emit()

    def _tell(self, outcome: PassOutcome) -> None:
        report = outcome.report
        folder = str(self._config.root) if self._config is not None else ""
        for text in self._notices.after_pass(
            report, folder, outcome.tell_newer, outcome.tell_clone
        ):
            self.notice.emit(self.tr("Sync"), text)

    def shutdown(self) -> None:
        """Stop the timers and wait for the pass under way."""
        self._settle.stop()
        self._poll.stop()
        self._tick.stop()
        self._calls.shutdown()


def _overlaps(folder: Path, data_dir: Path) -> bool:
    from desktop_app.sync.folder import overlaps

    return overlaps(folder, data_dir)
