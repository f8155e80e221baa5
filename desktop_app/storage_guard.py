"""Keep the user's data safe while the database is busy, full, unreadable or gone.

:class:`StorageGuard` runs the start-up check, tries again while the file cannot be used
(it is never moved aside for that), owns the :class:`WriteQueue` that takes every write
off the GUI thread, and turns what happens into few, calm messages: told once when
saving has to wait, told again when everything is saved.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.core.clock import Clock, Stamp
from desktop_app.storage.database import DatabaseState
from desktop_app.storage.event_store import EventStore
from desktop_app.storage.faults import StorageFault
from desktop_app.storage.write_queue import SaveState, SaveStatus, WriteQueue

log = logging.getLogger(__name__)

#: How often an unusable data file is checked again.
RECHECK_MS = 30_000
#: How long a re-check waits for a lock (it runs on the GUI thread).
RECHECK_BUSY_MS = 100


class StorageGuard(QObject):
    """Start-up check with retries, the write queue, and the messages about both.

    Signals:
        message(str, str): A title and a text to show the user (GUI thread).
        available(): The data file can be used (again): reload what shows history.
    """

    message = Signal(str, str)
    available = Signal()
    _status_arrived = Signal(object)

    def __init__(
        self,
        store: EventStore,
        clock: Clock,
        parent: QObject | None = None,
        recheck_ms: int = RECHECK_MS,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        # The queue reports on its worker thread; the signal hops to the GUI thread.
        self._status_arrived.connect(self._on_status_arrived)
        self.writes = WriteQueue(store, self._status_arrived.emit)
        self._usable = False
        self._recheck = QTimer(self)
        self._recheck.setInterval(recheck_ms)
        self._recheck.timeout.connect(self._on_recheck_timeout)

    @property
    def usable(self) -> bool:
        """Whether the last check found the data file usable."""
        return self._usable

    def start(self) -> None:
        """Check the file, start the write queue (saving what an earlier run left)."""
        if not os.access(self._store.paths.root, os.W_OK):
            log.warning("the data folder is read-only")
            self.message.emit(
                self.tr("Read-only data folder"),
                self.tr(
                    "Your Counterbalance data folder is read-only, so nothing new can be "
                    "saved there. Your history can still be viewed. What you log now is "
                    "kept while Counterbalance runs and saved when the folder can be "
                    "written again."
                ),
            )
        self._check(first=True)
        left = self.writes.start()
        if left:
            log.info("saving %d write(s) kept from last time", left)

    def stop(self, timeout_s: float = 2.0) -> None:
        """Stop retrying and try to save what waits (the rest stays journaled)."""
        self._recheck.stop()
        self.writes.close(timeout_s)

    def _check(self, first: bool) -> None:
        result = self._store.check_and_recover(None if first else RECHECK_BUSY_MS)
        if result.state is DatabaseState.UNAVAILABLE:
            self._usable = False
            log.warning("data file unusable now: %s", result.fault)
            if first:
                self.message.emit(self.tr("Your data file"), result.message or "")
            if not self._recheck.isActive():
                self._recheck.start()
            return
        self._recheck.stop()
        if result.message:
            log.error("data file: %s", result.state)
            self.message.emit(self.tr("Your data file"), result.message)
        elif not first:
            self.message.emit(
                self.tr("Your data file"),
                self.tr("Your data file can be used again. Your history is back."),
            )
        self._usable = True
        self._close_interrupted()
        if not first:
            self.available.emit()

    def _on_recheck_timeout(self) -> None:
        self._check(first=False)

    def _close_interrupted(self) -> None:
        # A write like any other: off the GUI thread, retried while the file is busy.
        self.writes.close_interrupted_sessions(Stamp.now(self._clock))

    def _on_status_arrived(self, status: SaveStatus) -> None:
        if status.state is SaveState.DELAYED:
            text = self.tr(
                "Counterbalance cannot save right now: {why}. What you log is kept and "
                "saved automatically as soon as possible; you do not need to do anything."
            ).format(why=_why(self, status.fault))
            if not status.journaled:
                text += " " + self.tr(
                    "Until then it is kept in memory only, so please leave Counterbalance running."
                )
            self.message.emit(self.tr("Saving later"), text)
        elif status.state is SaveState.SAVED:
            self.message.emit(
                self.tr("Saved"), self.tr("Everything you logged has now been saved.")
            )
            if not self._usable:
                self._check(first=False)
        elif status.state is SaveState.DROPPED:
            self.message.emit(
                self.tr("Could not save"),
                self.tr("One entry could not be saved: {why}.").format(
                    why=_why(self, status.fault)
                ),
            )
        elif status.state is SaveState.NOTICE:
            self.message.emit(self.tr("Your data file"), status.message)


def _why(guard: QObject, fault: StorageFault | None) -> str:
    texts = {
        StorageFault.BUSY: guard.tr("another program is using the data file"),
        StorageFault.FULL: guard.tr("the disk is full"),
        StorageFault.DENIED: guard.tr("Counterbalance is not allowed to open the data file"),
        StorageFault.READ_ONLY: guard.tr("the data folder is read-only"),
        StorageFault.IO: guard.tr("the disk reported an error (it may be full)"),
        StorageFault.DAMAGED: guard.tr("the data file is damaged"),
    }
    generic = guard.tr("the data file cannot be used")
    return texts.get(fault, generic) if fault is not None else generic
