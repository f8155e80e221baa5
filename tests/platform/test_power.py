"""PowerWatcher: real QtDBus signals on a private bus, and fake Windows messages."""

from __future__ import annotations

import ctypes
import ctypes.wintypes
import itertools
import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from desktop_app.core.policy import AwayKind
from desktop_app.platform.power import (
    PBT_APMRESUMEAUTOMATIC,
    PBT_APMRESUMESUSPEND,
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    WTS_SESSION_UNLOCK,
    PowerEvent,
    PowerWatcher,
    WindowsPowerFilter,
    classify_windows_message,
)

_names = itertools.count()
QUIET_MS = 300  # how long "nothing arrives" is watched for


@pytest.fixture(scope="module")
def bus_address() -> Iterator[str]:
    """Start a private dbus-daemon standing in for both the system and the session bus."""
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    assert address.startswith("unix:"), address
    yield address
    daemon.terminate()
    daemon.wait(timeout=5)


class Bus:
    """One named connection to the private bus, disconnected at teardown."""

    def __init__(self, address: str, owns: tuple[str, ...] = ()) -> None:
        self.name = f"cb-test-{next(_names)}"
        self.connection = QDBusConnection.connectToBus(address, self.name)
        assert self.connection.isConnected()
        for service in owns:
            assert self.connection.registerService(service)

    def signal(self, path: str, interface: str, name: str, value: bool) -> None:
        message = QDBusMessage.createSignal(path, interface, name)
        message.setArguments([value])
        assert self.connection.send(message)

    def close(self) -> None:
        QDBusConnection.disconnectFromBus(self.name)


@pytest.fixture
def buses(bus_address: str) -> Iterator[tuple[Bus, Bus]]:
    """Return (the watcher's connection, an emitter owning logind and screen-saver names)."""
    watcher_bus = Bus(bus_address)
    emitter = Bus(
        bus_address,
        owns=("org.freedesktop.login1", "org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"),
    )
    yield watcher_bus, emitter
    emitter.close()
    watcher_bus.close()


@pytest.fixture
def watcher(buses: tuple[Bus, Bus]) -> Iterator[PowerWatcher]:
    bus = buses[0].connection
    power = PowerWatcher(system="linux", system_bus=bus, session_bus=bus)
    assert power.start() == [
        "logind",
        "freedesktop-screensaver",
        "gnome-screensaver",
        "cinnamon-screensaver",
        "mate-screensaver",
        "xfce-screensaver",
    ]
    yield power
    power.stop()


def logind(emitter: Bus, going_to_sleep: bool) -> None:
    emitter.signal(
        "/org/freedesktop/login1",
        "org.freedesktop.login1.Manager",
        "PrepareForSleep",
        going_to_sleep,
    )


def test_logind_prepare_for_sleep_maps_to_an_away_stretch_of_sleep(
    qtbot: QtBot, watcher: PowerWatcher, buses: tuple[Bus, Bus]
) -> None:
    emitter = buses[1]
    with qtbot.waitSignal(watcher.away_started, timeout=3000):
        logind(emitter, True)
    assert watcher.asleep
    with qtbot.waitSignal(watcher.away_ended, timeout=3000) as ended:
        logind(emitter, False)
    assert ended.args == [AwayKind.SLEEP]
    assert not watcher.asleep


def test_screen_lock_from_two_interfaces_emits_once(
    qtbot: QtBot, watcher: PowerWatcher, buses: tuple[Bus, Bus]
) -> None:
    emitter = buses[1]
    locks: list[str] = []
    watcher.away_started.connect(lambda: locks.append("locked"))
    watcher.away_ended.connect(lambda kind: locks.append(f"unlocked:{kind}"))
    with qtbot.waitSignal(watcher.away_started, timeout=3000):
        emitter.signal("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", True)
        emitter.signal(
            "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", True
        )
    assert watcher.screen_locked
    with qtbot.waitSignal(watcher.away_ended, timeout=3000):
        emitter.signal(
            "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", False
        )
    emitter.signal("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", False)
    qtbot.wait(QUIET_MS)
    assert locks == ["locked", f"unlocked:{AwayKind.LOCK}"]
    assert not watcher.screen_locked


def test_signal_from_a_process_not_owning_logind_is_ignored(
    qtbot: QtBot, watcher: PowerWatcher, bus_address: str
) -> None:
    impostor = Bus(bus_address)
    try:
        with qtbot.assertNotEmitted(watcher.away_started, wait=QUIET_MS):
            logind(impostor, True)
        assert not watcher.asleep
    finally:
        impostor.close()


def test_stop_unsubscribes(qtbot: QtBot, watcher: PowerWatcher, buses: tuple[Bus, Bus]) -> None:
    watcher.stop()
    with qtbot.assertNotEmitted(watcher.away_started, wait=QUIET_MS):
        logind(buses[1], True)
    assert not watcher.asleep


def test_missing_buses_are_logged_not_fatal(caplog: pytest.LogCaptureFixture) -> None:
    name = f"cb-test-{next(_names)}"
    dead = QDBusConnection.connectToBus("unix:path=/nonexistent/counterbalance-bus", name)
    try:
        power = PowerWatcher(system="linux", system_bus=dead, session_bus=dead)
        with caplog.at_level("INFO"):
            assert power.start() == []
        assert "no D-Bus" in caplog.text
        power.stop()
    finally:
        QDBusConnection.disconnectFromBus(name)


def test_macos_has_no_hints_but_starts() -> None:
    power = PowerWatcher(system="darwin")
    assert power.start() == []
    power.stop()


# --- Windows messages (decoded from real MSG structs built with ctypes) ------------------


@pytest.mark.parametrize(
    ("message", "wparam", "event"),
    [
        (WM_POWERBROADCAST, PBT_APMSUSPEND, PowerEvent.SLEEPING),
        (WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC, PowerEvent.RESUMED),
        (WM_POWERBROADCAST, PBT_APMRESUMESUSPEND, PowerEvent.RESUMED),
        (WM_POWERBROADCAST, 0x000A, None),  # PBT_APMPOWERSTATUSCHANGE: battery, not sleep
        (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, PowerEvent.LOCKED),
        (WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK, PowerEvent.UNLOCKED),
        (WM_WTSSESSION_CHANGE, 0x1, None),  # WTS_CONSOLE_CONNECT
        (0x0200, PBT_APMSUSPEND, None),  # WM_MOUSEMOVE with an unlucky wParam
    ],
)
def test_classify_windows_message(message: int, wparam: int, event: PowerEvent | None) -> None:
    assert classify_windows_message(message, wparam) == event


def feed(windows_filter: WindowsPowerFilter, message: int, wparam: int) -> tuple[bool, int]:
    msg = ctypes.wintypes.MSG()
    msg.message = message
    msg.wParam = wparam
    return windows_filter.nativeEventFilter(
        QByteArray(b"windows_generic_MSG"), ctypes.addressof(msg)
    )


def test_windows_filter_drives_watcher_and_never_swallows(qtbot: QtBot) -> None:
    power = PowerWatcher(system="win32")
    seen: list[str] = []
    power.away_started.connect(lambda: seen.append("away"))
    power.away_ended.connect(lambda kind: seen.append(f"back:{kind}"))
    windows_filter = WindowsPowerFilter(power.report)
    states: list[tuple[bool, bool]] = []  # (asleep, screen locked) after each message
    results = []
    for message, wparam in [
        (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK),
        (WM_POWERBROADCAST, PBT_APMSUSPEND),
        (WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC),
        (WM_POWERBROADCAST, PBT_APMRESUMESUSPEND),  # same resume, again
        (WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK),
    ]:
        results.append(feed(windows_filter, message, wparam))
        states.append((power.asleep, power.screen_locked))
    assert states == [(False, True), (True, True), (False, True), (False, True), (False, False)]
    assert seen == ["away", f"back:{AwayKind.SLEEP}"]
    assert results == [(False, 0)] * 5


def test_windows_filter_ignores_other_event_types_and_survives_errors(
    caplog: pytest.LogCaptureFixture,
) -> None:
    events: list[PowerEvent] = []
    reads: list[int] = []

    def read(address: int) -> tuple[int, int]:
        reads.append(address)
        raise OSError("unreadable message")

    windows_filter = WindowsPowerFilter(events.append, read)
    assert windows_filter.nativeEventFilter(b"xcb_generic_event_t", 1234) == (False, 0)
    assert reads == []
    assert windows_filter.nativeEventFilter(b"windows_generic_MSG", 1234) == (False, 0)
    assert reads == [1234]
    assert events == []
    assert "failed to handle a Windows power message" in caplog.text


def test_windows_start_installs_filter_and_survives_missing_wtsapi(
    qapp: object, caplog: pytest.LogCaptureFixture
) -> None:
    # Off Windows there is no wtsapi32: the power filter stays, the lock hints are skipped.
    power = PowerWatcher(system="win32")
    started = power.start()
    assert started[0] == "windows-power"
    if not hasattr(ctypes, "WinDLL"):
        assert started == ["windows-power"]
        assert "cannot register for Windows session notifications" in caplog.text
    power.stop()
    power.stop()  # idempotent


def test_away_spans_overlapping_lock_and_sleep() -> None:
    power = PowerWatcher(system="linux")
    seen: list[str] = []
    power.away_started.connect(lambda: seen.append("away"))
    power.away_ended.connect(lambda kind: seen.append(f"back:{kind}"))
    power.report(PowerEvent.LOCKED)
    power.report(PowerEvent.SLEEPING)
    power.report(PowerEvent.RESUMED)
    assert power.away  # still locked after resume: the user is not back yet
    power.report(PowerEvent.UNLOCKED)
    power.report(PowerEvent.LOCKED)
    power.report(PowerEvent.UNLOCKED)
    assert seen == ["away", "back:sleep", "away", "back:lock"]
    assert not power.away


def test_away_end_carries_an_away_kind() -> None:
    power = PowerWatcher(system="linux")
    kinds: list[object] = []
    power.away_ended.connect(kinds.append)
    power.report(PowerEvent.SLEEPING)
    power.report(PowerEvent.RESUMED)
    power.report(PowerEvent.LOCKED)
    power.report(PowerEvent.UNLOCKED)
    assert kinds == [AwayKind.SLEEP, AwayKind.LOCK]
    assert all(isinstance(k, AwayKind) for k in kinds)
