""" "Counterbalance cannot tell when you step away" is said once per data dir.

Desktops without an idle-time backend (a wlroots Wayland compositor, say) report it at
every start. Whether it was said is remembered next to the data, so that a later start
neither repeats it nor opens the database (which loads the storage layer, ~30 MiB,
into a tray process that otherwise idles without it).
"""

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.app import IDLE_TOLD_MARKER, CounterbalanceApp
from desktop_app.housekeeping import STATE_IDLE_TOLD
from desktop_app.platform.clock import SystemClock
from desktop_app.platform.paths import DataPaths


def _app(paths: DataPaths, said: list[str]) -> CounterbalanceApp:
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    shell = CounterbalanceApp(qt_app, paths, SystemClock(), 1.0)
    shell._chores._show_message = lambda title, text: said.append(text)  # type: ignore[method-assign]
    return shell


def test_told_once_then_later_starts_do_not_read_the_database(
    qtbot: QtBot, paths: DataPaths
) -> None:
    said: list[str] = []
    first = _app(paths, said)
    first._chores._on_idle_unavailable("no backend")
    qtbot.waitUntil(lambda: len(said) == 1)
    assert "cannot tell when you step away" in said[0]
    qtbot.waitUntil((paths.root / IDLE_TOLD_MARKER).exists)
    first.shutdown()

    second = _app(paths, said)
    # One memory: the marker file. The database flag of earlier versions is only read.
    second._writes.start()  # what the first run left queued is saved now
    assert second._writes.flush(10)
    assert second._writes.state(STATE_IDLE_TOLD) is None
    reads: list[str] = []
    second._writes.state = lambda key: reads.append(key)  # type: ignore[method-assign,assignment,return-value]
    second._chores._on_idle_unavailable("no backend")
    qtbot.wait(200)
    assert said == [said[0]]
    assert reads == []
    second.shutdown()


def test_told_by_an_older_version_is_not_repeated(qtbot: QtBot, paths: DataPaths) -> None:
    said: list[str] = []
    older = _app(paths, said)
    older._store.set_state(STATE_IDLE_TOLD, "1")  # how earlier versions remembered it
    older.shutdown()

    shell = _app(paths, said)
    shell._chores._on_idle_unavailable("no backend")
    qtbot.waitUntil((paths.root / IDLE_TOLD_MARKER).exists)
    assert said == []
    shell.shutdown()
