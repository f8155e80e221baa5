"""Find the GUI thread blocked: log how long, and where it was stuck.

Nothing on the GUI thread may take more than about 100 ms; a job, an import or a
query that blocks for seconds freezes every window and, worse, looks like time away
to the break policy's gap check. This watch makes such stalls visible in the log.

A QTimer on the GUI thread stamps a heartbeat; a small daemon thread checks the age of
that stamp and, once it is older than the threshold, logs a WARNING with the GUI
thread's Python stack at that moment, then the stall's total length when the loop
runs again. Time spent only waiting for a CPU (the kernel's run-queue wait,
``/proc/self/task/<tid>/schedstat`` on Linux) is not counted: the GUI thread's own,
and the longest of the app's other threads' (a worker holding the GIL while the
kernel keeps it off the CPU stops the GUI thread too, which then sleeps on the GIL).
A machine saturated by other programs delays every thread, but that is not the app
blocking; on a machine with CPUs to spare these waits are near zero and every block
counts in full.

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

    def __init__(
        self,
        threshold_s: float,
        parent: QObject | None = None,
        *,
        tasks_dir: Path = Path("/proc/self/task"),
        gui_task: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._threshold_s = threshold_s
        self._gui_thread_id = threading.get_ident()
        self._tasks_dir = tasks_dir
        self._gui_task = gui_task or str(threading.get_native_id())
        self._last_waits: dict[str, float] = {}
        self._beat = time.monotonic()
        self._stop = threading.Event()
        self._timer = QTimer(self)
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._thread = threading.Thread(target=self._watch, name="stall-watch", daemon=True)

    def start(self) -> None:
        """Start the heartbeat; the watching starts with its first beat.

        The app starts the watch before it builds the tray: that start-up work runs
        before the event loop and is measured by ``bench/bench_idle.py`` (start → tray);
        what this watch reports is the running loop blocked.
        """
        self._beat = time.monotonic()
        self._timer.start()
        log.info("stall watch on: threshold %.0f ms", self._threshold_s * 1000)

    def stop(self) -> None:
        """Stop watching (the thread ends within one check)."""
        self._timer.stop()
        self._stop.set()

    def _on_timer_timeout(self) -> None:
        self._beat = time.monotonic()
        if self._thread.ident is None and not self._stop.is_set():  # never started yet
            self._thread.start()  # the event loop runs: watch it from now on

    def _runqueue_waits(self) -> dict[str, float]:
        """Return each thread's total run-queue wait so far, by task id.

        A thread that cannot be read keeps its last known figure; where the kernel does
        not say (not Linux) there are none, and the wall time counts in full.
        """
        try:
            tasks = [entry.name for entry in self._tasks_dir.iterdir()]
        except OSError:
            tasks = []
        for task in tasks:
            try:
                fields = (self._tasks_dir / task / "schedstat").read_text().split()
                self._last_waits[task] = int(fields[1]) / 1e9
            except (OSError, IndexError, ValueError):
                pass
        return dict(self._last_waits)

    def _cpu_wait_since(self, before: dict[str, float]) -> float:
        """Return the run-queue wait to excuse since ``before``.

        That is the GUI thread's own plus the longest of any other thread's (the GIL
        holder, at worst).
        """
        now = self._runqueue_waits()
        grown = {task: wait - before.get(task, wait) for task, wait in now.items()}
        own = grown.pop(self._gui_task, 0.0)
        return own + max(grown.values(), default=0.0)

    def _watch(self) -> None:
        check_s = min(self._threshold_s / 4, 0.25)
        stalled_since: float | None = None
        seen_beat = self._beat
        waits_at_beat = self._runqueue_waits()
        while not self._stop.wait(check_s):
            beat = self._beat
            if beat != seen_beat:
                seen_beat, waits_at_beat = beat, self._runqueue_waits()
            # Blocked or busy: the time since the beat, less the time only spent
            # waiting for a CPU that other programs held.
            age = time.monotonic() - beat - self._cpu_wait_since(waits_at_beat)
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
