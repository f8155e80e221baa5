"""Benchmark how long the GUI thread waits for one write while another process holds the lock.

Usage: python bench/bench_write_latency.py [--writes 20]

A second process holds ``BEGIN EXCLUSIVE`` on the data file (as in the reported 20-second
lock). Measured on the calling (GUI) thread:
  * the app's path: ``WriteQueue.add_rating`` (journal append + fsync, then handed to
    the worker thread), for each of ``--writes`` ratings while the lock is held;
  * the whole GUI-thread path of a day rating (``SessionFlow.record_day_rating``: the
    queued write plus the reads of the pain checks);
  * the old path for comparison: one direct ``EventStore.add_rating`` (waits for the
    busy timeout, 5 s, then fails).
Then the lock is released and the time until the queue has saved everything is shown.
Target (issue 10): the GUI thread never waits more than ~100 ms for a write.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import contextlib

from desktop_app.core.clock import Stamp
from desktop_app.core.events import RatingEvent, RatingKind
from desktop_app.platform.paths import DataPaths
from desktop_app.storage.event_store import EventStore, StoreError
from desktop_app.storage.write_queue import WriteQueue
from tests.helpers.storage_faults import exclusive_lock


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def _flow_path(queue: WriteQueue, paths: DataPaths, writes: int) -> list[float]:
    """Time SessionFlow.record_day_rating: the write plus the pain checks' reads."""
    import random

    from PySide6.QtCore import QCoreApplication

    from desktop_app.commands.exercises import load as load_exercises
    from desktop_app.core.settings import Settings
    from desktop_app.platform.clock import SystemClock
    from desktop_app.session_flow import SessionFlow

    _app = QCoreApplication.instance() or QCoreApplication([])
    catalog = load_exercises(paths)
    clock = SystemClock()
    flow = SessionFlow(
        queue, lambda: catalog, lambda: Settings(), clock, random.Random(1), lambda: None
    )
    times = []
    for _ in range(writes):
        rating = RatingEvent(Stamp.now(clock), RatingKind.DAY_AVERAGE, 3)
        t0 = time.perf_counter()
        flow.record_day_rating(rating)
        times.append(time.perf_counter() - t0)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--writes", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paths = DataPaths.create(Path(tmp) / "data")
        store = EventStore(paths)
        store.set_state("warm", "1")
        queue = WriteQueue(store)
        queue.start()
        times: list[float] = []
        with exclusive_lock(paths.database):
            for _ in range(args.writes):
                rating = RatingEvent(Stamp(datetime.now(UTC), "UTC"), RatingKind.DAY_AVERAGE, 4)
                t0 = time.perf_counter()
                queue.add_rating(rating)
                times.append(time.perf_counter() - t0)
            flow_times = _flow_path(queue, paths, args.writes)
            direct = EventStore(paths)
            t0 = time.perf_counter()
            with contextlib.suppress(StoreError):
                direct.add_rating(
                    RatingEvent(Stamp(datetime.now(UTC), "UTC"), RatingKind.DAY_AVERAGE, 4)
                )
            old_path = time.perf_counter() - t0
            direct.close()
        t0 = time.perf_counter()
        saved = queue.flush(60)
        drained = time.perf_counter() - t0
        queue.close()
        store.close()
    print(
        f"queued write on the GUI thread, lock held: median {ms(statistics.median(times))}, "
        f"max {ms(max(times))} ({args.writes} writes)"
    )
    print(
        "SessionFlow.record_day_rating (write + pain-check reads), lock held: "
        f"median {ms(statistics.median(flow_times))}, max {ms(max(flow_times))}"
    )
    print(f"direct write on the calling thread, lock held: {ms(old_path)} (then fails)")
    print(f"after the lock was released, all saved: {saved} in {ms(drained)}")


if __name__ == "__main__":
    main()
