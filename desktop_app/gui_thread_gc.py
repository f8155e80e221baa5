"""Python's cycle collector, run on the GUI thread only.

CPython runs its cycle collector in whichever thread happens to allocate past the
threshold. In this app that is often a worker (the break modules loading, a progress
query, the write queue, a sync pass), and a collection there destroys whatever Qt window
sat in a reference cycle (a closed window whose slots point back at it) on that worker:
Qt widgets must die on the GUI thread, and a QQuickWidget destroyed elsewhere crashes the
process (seen as a segfault in ``QQmlData::destroyed`` on a "Thread (pooled)").

So automatic collection is switched off, and a coarse timer on the GUI thread collects
with CPython's own generation thresholds. Reference counting still frees everything that
is not in a cycle at once; only cyclic garbage waits, at most one interval.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the GUI thread looks at the collector's counts. Coarse: a tray app that
#: idles for hours should not wake often, and cyclic garbage can wait this long.
CHECK_INTERVAL_MS = 10_000


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

    :meth:`start` switches automatic collection off and starts the timer; :meth:`stop`
    puts automatic collection back as it was.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(collect_due)
        self._was_enabled = gc.isenabled()

    def start(self) -> None:
        """Collect only from here on (call it on the GUI thread)."""
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Stop the timer; automatic collection is on again if it was before :meth:`start`."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
