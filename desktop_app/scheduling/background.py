"""Run slow work (a query, a first import) off the GUI thread; finish on the GUI thread.

Nothing on the GUI thread may take more than about 100 ms: a lazy import of the
storage layer alone takes 0.4 s on an idle machine and several seconds on a busy one,
and the break policy's gap check would read such a stall as time away. Work handed to
:class:`BackgroundCalls` runs, one call at a time, on a single worker thread; its result
(or its exception) comes back through a queued Qt signal, so callbacks run on the GUI
thread and may touch widgets. The worker starts on the first call and then waits on a
queue without waking up, so an idle tray pays nothing for it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

T = TypeVar("T")


class BackgroundCalls(QObject):
    """One worker thread for slow calls, with results delivered on the GUI thread.

    Signals:
        _finished(object): (callback, value) from the worker, queued to the GUI thread.
    """

    _finished = Signal(object)

    def __init__(self, parent: QObject | None = None, *, name: str = "background") -> None:
        super().__init__(parent)
        #: The worker thread's name (``name_0``), as logs and tracebacks show it.
        self._name = name
        self._pool: ThreadPoolExecutor | None = None
        self._closed = False
        self._finished.connect(self._on_self_finished)

    def submit(
        self,
        work: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[Exception], None],
    ) -> None:
        """Run ``work()`` on the worker; then ``done(result)`` or ``failed(exc)`` here."""
        if self._closed:
            log.debug("background call after shutdown: ignored")
            return
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=self._name)

        def run() -> None:
            payload: tuple[Callable[[Any], None], Any]
            try:
                payload = (done, work())
            except Exception as exc:  # handed to the caller's failed() on the GUI thread
                payload = (failed, exc)
            self._finished.emit(payload)

        self._pool.submit(run)

    def wait_idle(self, timeout_s: float) -> bool:
        """Wait until the calls submitted so far have run; True if they did in time.

        Their ``done``/``failed`` callbacks still come later, on the GUI thread.
        """
        if self._pool is None:
            return True
        try:
            self._pool.submit(lambda: None).result(timeout=timeout_s)
        except TimeoutError:
            return False
        return True

    def post(self, call: Callable[[], object]) -> None:
        """Run ``call()`` on the GUI thread soon (safe to call from any thread)."""
        self._finished.emit((lambda _none: call(), None))

    def _on_self_finished(self, payload: tuple[Callable[[Any], None], Any]) -> None:
        if self._closed:
            return
        callback, value = payload
        callback(value)

    def shutdown(self) -> None:
        """Wait for the call under way, drop queued ones, and stop the worker."""
        self._closed = True
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
