"""Shared pytest set-up: widget tests run offscreen; a private data dir and store per test."""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app.gui_thread_gc import collect_due
from desktop_app.platform.paths import DataPaths
from desktop_app.qt_workarounds import pin_none_refcount
from desktop_app.storage.event_store import EventStore

# PySide6 6.12.0 on Python 3.11 drains None's reference count (see qt_workarounds).
pin_none_refcount()
# As in the app (desktop_app/gui_thread_gc.py): a worker thread never runs the cycle
# collector, or it destroys a window a test left in a cycle (a QQuickWidget destroyed
# on a progress query's worker crashed the suite). Collected after each test instead.
gc.disable()


@pytest.fixture(autouse=True)
def _collect_cycles_on_the_main_thread() -> Iterator[None]:
    yield
    collect_due()


@pytest.fixture(scope="session")
def qapp(qapp: QApplication) -> Iterator[QApplication]:
    """pytest-qt's application with the app's English plural forms, as ``run_app`` does."""
    from desktop_app.ui.translations import install_translations

    translators = install_translations(qapp)
    yield qapp
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    """A fresh private data dir."""
    return DataPaths.create(tmp_path / "data")


@pytest.fixture
def store(paths: DataPaths) -> Iterator[EventStore]:
    """An event store in the test's data dir."""
    s = EventStore(paths)
    yield s
    s.close()


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A folder a second local user can reach (pytest's own tmp folders are 0700)."""
    folder = Path(tempfile.mkdtemp(prefix="cb-shared-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
