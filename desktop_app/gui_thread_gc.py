"""Python's cycle collector, run on the GUI thread only.

CPython runs its cycle collector in whichever thread happens to allocate past the
threshold. In this app that is often a worker (the break modules loading, a progress
query, the write queue, a sync pass), and a collection there destroys whatever Qt window
sat in a reference cycle (a closed window whose slots point back at it) on that worker:
Qt widgets must die on the GUI thread, and a QQuickWidget destroyed elsewhere crashes the
process (seen as a segfault in ``QQmlData::destroyed`` on a "Thread (pooled)").

So automatic collection is switched off, and the GUI thread collects, with CPython's own
generation thresholds, each time its event loop is about to wait: no timer of its own, so
an idle tray wakes no more often than before. Reference counting still frees everything
that is not in a cycle at once; only cyclic garbage waits, until the GUI thread next
handles an event (a worker's result comes back as one).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QAbstractEventDispatcher, QObject, QThread


def collect_due() -> int:
    """Collect the generations whose thresholds are passed, as CPython would.

    Call it on the GUI thread. Returns the number of unreachable objects found.
    """
    threshold0, threshold1, threshold2 = gc.get_threshold()
    count0, count1, count2 = gc.get_count()
    if threshold0 == 0 or count0 <= threshold0:
        return 0
    # The oldest generation past its threshold, with the younger ones (CPython's rule).
    if count2 > threshold2:
        return gc.collect(2)
    if count1 > threshold1:
        return gc.collect(1)
    return gc.collect(0)


class GuiThreadCollector(QObject):
    """Run the cycle collector on the GUI thread, never on a worker.

    :meth:`start` switches automatic collection off, freezes what exists (the start-up's
    long-lived objects) and collects whenever the GUI thread's event loop is about to
    wait; :meth:`stop` puts things back as they were.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dispatcher: QAbstractEventDispatcher | None = None
        self._was_enabled = gc.isenabled()

    def start(self) -> None:
        """Collect only on this thread from here on (call it on the GUI thread)."""
        self._was_enabled = gc.isenabled()
        gc.disable()
        # What start-up made (modules, classes, functions: ~40,000 objects, next to no
        # garbage) is never walked again, by this start's collections or by any later
        # full one.
        gc.freeze()
        self._dispatcher = QAbstractEventDispatcher.instance(QThread.currentThread())
        if self._dispatcher is not None:
            self._dispatcher.aboutToBlock.connect(self._on_dispatcher_about_to_block)

    def stop(self) -> None:
        """Stop collecting here; automatic collection is back on if it was before."""
        if self._dispatcher is not None:
            self._dispatcher.aboutToBlock.disconnect(self._on_dispatcher_about_to_block)
            self._dispatcher = None
        gc.unfreeze()
        if self._was_enabled:
            gc.enable()

    def _on_dispatcher_about_to_block(self) -> None:
        collect_due()
