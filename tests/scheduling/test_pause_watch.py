""" "Start at my next pause": the watcher starts the waiting prompt once typing stops."""

from __future__ import annotations

from desktop_app.scheduling.pause_watch import TYPING_PAUSE_S, PauseWatcher, is_typing_pause


class FakeIdle:
    def __init__(self, name: str = "x11") -> None:
        self.name = name
        self.reading: float | None = 0.0

    def idle_seconds(self) -> float | None:
        return self.reading


class Waiting:
    def __init__(self) -> None:
        self.starts = 0

    def start(self) -> None:
        self.starts += 1


def test_pause_rule() -> None:
    assert is_typing_pause(3.0, 3.0)
    assert not is_typing_pause(2.9, 3.0)
    assert not is_typing_pause(None, 3.0)  # unknown is never a pause


def test_starts_once_when_typing_stops(qtbot) -> None:
    idle = FakeIdle()
    watcher = PauseWatcher(idle)
    waiting = Waiting()
    watcher.watch(waiting)
    assert watcher.is_watching()
    idle.reading = TYPING_PAUSE_S - 1  # still typing now and then
    qtbot.wait(700)
    assert waiting.starts == 0
    idle.reading = TYPING_PAUSE_S + 0.2
    qtbot.waitUntil(lambda: waiting.starts == 1, timeout=3000)
    assert not watcher.is_watching()
    qtbot.wait(700)
    assert waiting.starts == 1


def test_cancel_keeps_a_newer_wait(qtbot) -> None:
    idle = FakeIdle()
    watcher = PauseWatcher(idle)
    old, new = Waiting(), Waiting()
    watcher.watch(old)
    watcher.watch(new)
    watcher.cancel(old)  # the old prompt closing must not cancel the new one
    assert watcher.is_watching()
    watcher.cancel(new)
    assert not watcher.is_watching()
    idle.reading = 60.0
    qtbot.wait(700)
    assert old.starts == new.starts == 0


def test_without_an_idle_backend_nothing_waits(qtbot) -> None:
    watcher = PauseWatcher(FakeIdle("none"))
    assert not watcher.available()
    watcher.watch(Waiting())
    assert not watcher.is_watching()
