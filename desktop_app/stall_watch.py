"""Find the GUI thread blocked: log how long, and where it was stuck.

Nothing on the GUI thread may take more than about 100 ms; a job, an import or a
query that blocks for seconds freezes every window and, worse, looks like time away
to the break policy's gap check. This watch makes such stalls visible in the log.

A QTimer on the GUI thread stamps a heartbeat; a small daemon thread checks the age of
that stamp and, once it is older than the threshold, logs a WARNING with the GUI
thread's Python stack at that moment, then the stall's total length when the loop
runs again. Time the GUI thread spent only waiting for a CPU (the kernel's run-queue
wait, ``/proc/self/task/<tid>/schedstat`` on Linux) is not counted: a machine
saturated by other programs delays every thread, but that is not the app blocking.

It wakes a thread several times a second, so it is a diagnostic: it runs
only when ``COUNTERBALANCE_STALL_MS`` is set (the end-to-end tests set it), never in
a user's idle tray.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

ENV_VAR = "COUNTERBALANCE_STALL_MS"
#: How often the GUI thread stamps its heartbeat.
HEARTBEAT_MS = 100
MESSAGE = "GUI thread blocked"


def threshold_from_env(environ: dict[str, str] | None = None) -> float | None:
    """Return the stall threshold in seconds from the environment, or None (watch off)."""
    text = (os.environ if environ is None else environ).get(ENV_VAR, "").strip()
    if not text:
        return None
    try:
        value_ms = int(text)
    except ValueError:
        log.warning("%s=%r is not a whole number of milliseconds: watch off", ENV_VAR, text)
        return None
    return value_ms / 1000 if value_ms > 0 else None


class StallWatch(QObject):
    """Watch the GUI thread's event loop from a helper thread."""

    def __init__(self, threshold_s: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._threshold_s = threshold_s
        self._gui_thread_id = threading.get_ident()
        self._schedstat = Path(f"/proc/self/task/{threading.get_native_id()}/schedstat")
        self._last_wait_s = 0.0
        self._beat = time.monotonic()
        self._stop = threading.Event()
        self._timer = QTimer(self)
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._thread = threading.Thread(target=self._watch, name="stall-watch", daemon=True)

    def start(self) -> None:
        """Start the heartbeat and the watching thread."""
        self._beat = time.monotonic()
        self._timer.start()
        self._thread.start()
        log.info("stall watch on: threshold %.0f ms", self._threshold_s * 1000)

    def stop(self) -> None:
        """Stop watching (the thread ends within one check)."""
        self._timer.stop()
        self._stop.set()

    def _on_timer_timeout(self) -> None:
        self._beat = time.monotonic()

    def _runqueue_wait_s(self) -> float:
        """Return the GUI thread's total run-queue wait so far (the last known on a bad read).

        Where the kernel does not say (not Linux), it stays 0 and the wall time counts.
        """
        try:
            fields = self._schedstat.read_text().split()
            self._last_wait_s = int(fields[1]) / 1e9
        except (OSError, IndexError, ValueError):
            pass
        return self._last_wait_s

    def _watch(self) -> None:
        check_s = min(self._threshold_s / 4, 0.25)
        stalled_since: float | None = None
        seen_beat = self._beat
        wait_at_beat = self._runqueue_wait_s()
        while not self._stop.wait(check_s):
            beat = self._beat
            if beat != seen_beat:
                seen_beat, wait_at_beat = beat, self._runqueue_wait_s()
            # Blocked or busy: the time since the beat, less the time only spent
            # waiting for a CPU that other programs held.
            age = time.monotonic() - beat - (self._runqueue_wait_s() - wait_at_beat)
            if stalled_since is None and age > self._threshold_s:
                stalled_since = beat
                frame = sys._current_frames().get(self._gui_thread_id)
                where = "".join(traceback.format_stack(frame)) if frame else "(no frame)"
                log.warning("%s for over %.1f s, at:\n%s", MESSAGE, age, where)
            elif stalled_since is not None and beat != stalled_since:
                log.warning("%s for %.1f s in all", MESSAGE, beat - stalled_since)
                stalled_since = None


def start_stall_watch(parent: QObject) -> StallWatch | None:
    """Watch the GUI thread for stalls when ``COUNTERBALANCE_STALL_MS`` asks for it."""
    threshold_s = threshold_from_env()
    if threshold_s is None:
        return None
    watch = StallWatch(threshold_s, parent)
    watch.start()
    return watch
