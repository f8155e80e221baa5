"""Cyclic garbage is collected on the GUI thread, never on a worker that allocates.

A Qt window in a reference cycle collected on a worker is destroyed there; a
QQuickWidget destroyed off the GUI thread crashed a progress query's worker thread.
"""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_app.gui_thread_gc import GuiThreadCollector, collect_due


@pytest.fixture
def automatic_gc() -> Iterator[None]:
    """Automatic collection on, as in a process that never started the collector."""
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def _cycle_that_records_where_it_dies(died_in: list[str]) -> None:
    class Node:
        pass

    node = Node()
    node.me = node  # type: ignore[attr-defined]
    weakref.finalize(node, lambda: died_in.append(threading.current_thread().name))


def _allocate_on_a_worker() -> list[list[object]]:
    """Allocate well past a collection's threshold on a worker; return what it made."""
    kept: list[list[object]] = []

    def churn() -> None:
        kept.extend([] for _ in range(5_000))  # containers: they count toward a collection

    worker = threading.Thread(target=churn, name="worker")
    worker.start()
    worker.join()
    return kept


def test_without_the_collector_a_worker_collects_the_cycle(automatic_gc: None) -> None:
    """The hazard is real: CPython collects in whichever thread allocates."""
    died_in: list[str] = []
    _cycle_that_records_where_it_dies(died_in)
    kept = _allocate_on_a_worker()
    assert died_in == ["worker"]
    del kept


def test_with_the_collector_the_cycle_dies_on_the_gui_thread(
    automatic_gc: None, qtbot: QtBot
) -> None:
    collector = GuiThreadCollector()
    collector.start()
    try:
        died_in: list[str] = []
        _cycle_that_records_where_it_dies(died_in)
        kept = _allocate_on_a_worker()
        assert died_in == []  # the worker's allocations collected nothing
        qtbot.waitUntil(lambda: bool(died_in), timeout=2000)  # the loop waits: it collects
        del kept
        assert died_in == [threading.current_thread().name]
        assert threading.current_thread() is threading.main_thread()
    finally:
        collector.stop()
    assert gc.isenabled()  # stop() gives automatic collection back


def test_nothing_is_collected_below_the_threshold() -> None:
    gc.collect()
    died_in: list[str] = []
    _cycle_that_records_where_it_dies(died_in)
    assert gc.get_count()[0] < gc.get_threshold()[0]
    assert collect_due() == 0
    assert died_in == []
    gc.collect()
    assert died_in != []


def test_a_closed_window_in_a_cycle_is_destroyed_on_the_gui_thread(
    automatic_gc: None, qtbot: QtBot
) -> None:
    """What the collector is for: Qt's destructor runs on the GUI thread, not the worker's."""
    collector = GuiThreadCollector()
    collector.start()
    try:
        destroyed_in: list[str] = []
        window = QWidget()
        window.me = window  # type: ignore[attr-defined]  # a cycle, as slots make one
        window.destroyed.connect(
            lambda: destroyed_in.append(threading.current_thread().name),
            Qt.ConnectionType.DirectConnection,
        )
        window.show()
        window.close()
        del window
        kept = _allocate_on_a_worker()
        assert destroyed_in == []
        collect_due()
        assert destroyed_in == [threading.main_thread().name]
        del kept
    finally:
        collector.stop()


def test_what_start_up_made_is_never_walked_again(qtbot: QtBot) -> None:
    """Import makes ~40,000 long-lived objects (modules, classes, functions) and almost
    no cyclic garbage (427 objects, ~85 KB, measured); walking them cost ~10 ms of the
    tray's start-up and would be repeated by every full collection for weeks."""
    made_at_start_up = [object()]  # a container: tracked by the collector
    collector = GuiThreadCollector()
    collector.start()
    try:
        assert not any(o is made_at_start_up for o in gc.get_objects())
        made_later = [object()]
        assert any(o is made_later for o in gc.get_objects())
    finally:
        collector.stop()
    assert any(o is made_at_start_up for o in gc.get_objects())  # handed back on stop
