"""Real checks on a private Xvfb and a private D-Bus: idle time, fullscreen, do-not-disturb,
notices withdrawn from dunst, and the tray menu as a dbusmenu host (KDE, AppIndicator) sees it.

Xvfb has no window manager, so the test plays the window manager's part for
``_NET_ACTIVE_WINDOW``; the XScreenSaver counter, XTEST input from xdotool, Qt's real
windows and their EWMH properties, dunst and QtDBus are real. GNOME's IdleMonitor and the
freedesktop ScreenSaver are stand-ins served over the private bus by a small Qt process.
"""

from __future__ import annotations

import ctypes
import os
import re
import select
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection

from desktop_app.platform.idle import (
    FreedesktopIdleSource,
    IdleUnavailableError,
    MutterIdleSource,
    QtDBusCaller,
    X11IdleSource,
)
from desktop_app.platform.idle.xlib import load_library
from desktop_app.platform.notifications import Notifier
from desktop_app.platform.quiet import (
    DND,
    FULLSCREEN,
    QuietDetector,
    X11FullscreenProbe,
    dunst_paused_probe,
)

SCREEN_W, SCREEN_H = 1280, 800
START_TIMEOUT_S = 15.0

FAKE_GNOME_SCRIPT = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection

app = QCoreApplication(sys.argv)


class Mutter(QObject):
    @Slot(result="qulonglong")
    def GetIdletime(self):
        return 61500


class ScreenSaver(QObject):
    @Slot(result="uint")
    def GetSessionIdleTime(self):
        return 42


bus = QDBusConnection.connectToBus(sys.argv[1], "fake-gnome")
mutter, saver = Mutter(), ScreenSaver()
slots = QDBusConnection.RegisterOption.ExportAllSlots
ok = bus.registerObject(
    "/org/gnome/Mutter/IdleMonitor/Core", "org.gnome.Mutter.IdleMonitor", mutter, slots
) and bus.registerObject(
    "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", saver, slots
) and bus.registerService("org.gnome.Mutter.IdleMonitor") and bus.registerService(
    "org.freedesktop.ScreenSaver"
)
print(ok, flush=True)
app.exec()
"""

WINDOW_SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv)
window = QWidget()
window.setWindowTitle("Counterbalance test window")
mode = sys.argv[1]
if mode == "fullscreen":
    window.showFullScreen()
elif mode == "screen-sized":
    window.setGeometry(0, 0, int(sys.argv[2]), int(sys.argv[3]))
    window.show()
else:
    window.setGeometry(50, 50, 400, 300)
    window.show()
QTimer.singleShot(200, lambda: print(int(window.winId()), flush=True))
app.exec()
"""


def _read_line(stream: object, timeout_s: float) -> str:
    fd = stream.fileno()  # type: ignore[attr-defined]
    ready, _, _ = select.select([fd], [], [], timeout_s)
    assert ready, "process gave no output in time"
    return stream.readline()  # type: ignore[attr-defined, no-any-return]


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    """Start Xvfb on a free display number (``-displayfd``) and return ``:N``."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{SCREEN_W}x{SCREEN_H}x24",
         "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_end,),
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write_end)
    with os.fdopen(read_end) as numbers:
        number = _read_line(numbers, START_TIMEOUT_S).strip()
    assert number.isdigit(), f"Xvfb did not report a display number: {number!r}"
    yield f":{number}"
    server.terminate()
    server.wait(timeout=5)


@pytest.fixture(scope="module")
def bus_address() -> Iterator[str]:
    """Start a private dbus-daemon and return its address."""
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    yield _read_line(daemon.stdout, START_TIMEOUT_S).strip()
    daemon.terminate()
    daemon.wait(timeout=5)


@pytest.fixture
def caller(bus_address: str) -> Iterator[QtDBusCaller]:
    """Return the real QtDBus caller on the private bus."""
    yield QtDBusCaller(QDBusConnection.connectToBus(bus_address, "cb-test-real"))
    QDBusConnection.disconnectFromBus("cb-test-real")


def wait_for_name(caller: QtDBusCaller, name: str) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        owned = caller.call(
            "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
            "NameHasOwner", name,
        )  # fmt: skip
        if owned == [True]:
            return
        time.sleep(0.05)
    raise AssertionError(f"nobody took {name} on the bus")


def xdotool(display: str, *args: str) -> None:
    subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": display}, check=True)


class Window:
    """A real Qt window in another process on the Xvfb display."""

    def __init__(self, display: str, mode: str) -> None:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        self.process = subprocess.Popen(
            [sys.executable, "-c", WINDOW_SCRIPT, mode, str(SCREEN_W), str(SCREEN_H)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        self.id = int(_read_line(self.process.stdout, START_TIMEOUT_S))

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=5)


def set_active_window(display: str, window: int) -> None:
    """Do what a window manager does on focus: set ``_NET_ACTIVE_WINDOW`` on the root."""
    x11 = load_library("X11")
    vp, ul, ci = ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int
    x11.XOpenDisplay.argtypes, x11.XOpenDisplay.restype = [ctypes.c_char_p], vp
    x11.XDefaultRootWindow.argtypes, x11.XDefaultRootWindow.restype = [vp], ul
    x11.XInternAtom.argtypes, x11.XInternAtom.restype = [vp, ctypes.c_char_p, ci], ul
    x11.XChangeProperty.argtypes = [vp, ul, ul, ul, ci, ci, vp, ci]
    x11.XSync.argtypes = [vp, ci]
    x11.XCloseDisplay.argtypes = [vp]
    handle = x11.XOpenDisplay(display.encode())
    assert handle
    data = (ctypes.c_ulong * 1)(window)
    x11.XChangeProperty(
        handle, x11.XDefaultRootWindow(handle), x11.XInternAtom(handle, b"_NET_ACTIVE_WINDOW", 0),
        x11.XInternAtom(handle, b"WINDOW", 0), 32, 0, ctypes.cast(data, vp), 1,
    )  # fmt: skip
    x11.XSync(handle, 0)
    x11.XCloseDisplay(handle)


def test_x11_idle_time_follows_real_input(display: str) -> None:
    source = X11IdleSource.open(display)
    xdotool(display, "mousemove", "10", "10")
    just_moved = source.idle_seconds()
    assert just_moved is not None and just_moved < 0.5
    time.sleep(1.2)
    later = source.idle_seconds()
    assert later is not None and later >= 1.0
    assert later > just_moved
    xdotool(display, "mousemove", "200", "150")
    again = source.idle_seconds()
    assert again is not None and again < 0.5


def test_fullscreen_window_of_another_app_is_detected(display: str) -> None:
    probe = X11FullscreenProbe(display_name=display, own_pid=os.getpid())
    detector = QuietDetector([probe])
    normal = Window(display, "normal")
    fullscreen = Window(display, "fullscreen")
    screen_sized = Window(display, "screen-sized")
    try:
        set_active_window(display, fullscreen.id)
        assert detector.quiet_reason() == FULLSCREEN  # _NET_WM_STATE_FULLSCREEN
        set_active_window(display, normal.id)
        assert detector.quiet_reason() is None
        set_active_window(display, screen_sized.id)
        assert detector.quiet_reason() == FULLSCREEN  # geometry equals the screen
        own = X11FullscreenProbe(display_name=display, own_pid=screen_sized.process.pid)
        assert own.reason() is None  # that app's own window never silences it
    finally:
        for window in (normal, fullscreen, screen_sized):
            window.close()
        probe.close()


def test_vanished_active_window_is_not_quiet_and_not_fatal(
    display: str, caplog: pytest.LogCaptureFixture
) -> None:
    probe = X11FullscreenProbe(display_name=display, own_pid=os.getpid())
    window = Window(display, "fullscreen")
    set_active_window(display, window.id)
    assert probe.reason() == FULLSCREEN
    window.close()  # the window is destroyed; _NET_ACTIVE_WINDOW still names it
    # Xlib's default handler would exit() on BadWindow; the trap turns it into "not quiet".
    with caplog.at_level("DEBUG", logger="desktop_app.platform.quiet"):
        assert QuietDetector([probe]).quiet_reason() is None
    assert "X request failed with error code 3" in caplog.text  # 3 = BadWindow
    assert QuietDetector([probe]).quiet_reason() is None  # and the reopened display works
    probe.close()


def test_dbus_idle_sources_against_real_services(bus_address: str, caller: QtDBusCaller) -> None:
    with pytest.raises(IdleUnavailableError, match=r"ServiceUnknown|NameHasNoOwner"):
        MutterIdleSource.open(caller)  # nothing owns the name yet, and nothing is auto-started
    service = subprocess.Popen(
        [sys.executable, "-c", FAKE_GNOME_SCRIPT, bus_address],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert _read_line(service.stdout, START_TIMEOUT_S).strip() == "True"
        wait_for_name(caller, "org.freedesktop.ScreenSaver")
        assert MutterIdleSource.open(caller).idle_seconds() == 61.5  # uint64 milliseconds
        saver = FreedesktopIdleSource.open(caller, {"XDG_CURRENT_DESKTOP": "XFCE"})
        assert saver.idle_seconds() == 42.0  # uint seconds
    finally:
        service.terminate()
        service.wait(timeout=5)


def test_dunst_pause_reads_as_do_not_disturb(
    display: str, bus_address: str, caller: QtDBusCaller, tmp_path: Path
) -> None:
    env = {**os.environ, "DISPLAY": display, "DBUS_SESSION_BUS_ADDRESS": bus_address}
    config = tmp_path / "dunstrc"
    config.write_text("")
    dunst = subprocess.Popen(
        ["dunst", "-config", str(config)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_name(caller, "org.freedesktop.Notifications")
        detector = QuietDetector([dunst_paused_probe(lambda: caller)])
        assert detector.quiet_reason() is None
        subprocess.run(["dunstctl", "set-paused", "true"], env=env, check=True)
        assert detector.quiet_reason() == DND
        subprocess.run(["dunstctl", "set-paused", "false"], env=env, check=True)
        assert detector.quiet_reason() is None
    finally:
        dunst.terminate()
        dunst.wait(timeout=5)


def test_notice_is_withdrawn_from_a_real_notification_daemon(
    display: str, bus_address: str, caller: QtDBusCaller, tmp_path: Path, monkeypatch
) -> None:
    env = {**os.environ, "DISPLAY": display, "DBUS_SESSION_BUS_ADDRESS": bus_address}
    config = tmp_path / "dunstrc"
    config.write_text("")
    dunst = subprocess.Popen(
        ["dunst", "-config", str(config)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )

    def displayed() -> int:
        out = subprocess.run(
            ["dunstctl", "count", "displayed"], env=env, capture_output=True, text=True
        )
        return int(out.stdout.strip() or -1)

    try:
        wait_for_name(caller, "org.freedesktop.Notifications")
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus_address)
        notifier = Notifier(lambda t, m: None, service_available=lambda: True, run_async=False)
        assert notifier.notify("Break in 30 s", "Counterbalance: a short break is coming.") == (
            "dbus"
        )
        deadline = time.monotonic() + START_TIMEOUT_S
        while displayed() != 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert displayed() == 1
        notifier.withdraw()
        deadline = time.monotonic() + START_TIMEOUT_S
        while displayed() != 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert displayed() == 0
    finally:
        dunst.terminate()
        dunst.wait(timeout=5)


SNI_WATCHER_SCRIPT = """
import sys
from PySide6.QtCore import Property, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection

app = QCoreApplication(sys.argv)


class Watcher(QObject):
    @Slot(str)
    def RegisterStatusNotifierItem(self, service):
        print("item", service, flush=True)

    @Slot(str)
    def RegisterStatusNotifierHost(self, service):
        pass

    def _host(self):
        return True

    IsStatusNotifierHostRegistered = Property(bool, _host, constant=True)


bus = QDBusConnection.sessionBus()
watcher = Watcher()
options = (
    QDBusConnection.RegisterOption.ExportAllSlots
    | QDBusConnection.RegisterOption.ExportAllProperties
)
ok = bus.registerObject(
    "/StatusNotifierWatcher", "org.kde.StatusNotifierWatcher", watcher, options
) and bus.registerService("org.kde.StatusNotifierWatcher")
print(ok, flush=True)
app.exec()
"""

SNI_TRAY_SCRIPT = """
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication

app = QApplication([])
app.setQuitOnLastWindowClosed(False)
from desktop_app.ui.tray import TrayIcon, TrayState, TrayView

pixmap = QPixmap(16, 16)
pixmap.fill(QColor("#1f8a70"))
tray = TrayIcon({state: QIcon(pixmap) for state in TrayState})
tray.set_view(TrayView("next break in 5 min"))
tray.progress_requested.connect(lambda: print("progress", flush=True))
tray.show()
app.exec()
"""


def test_tray_menu_item_ids_survive_a_host_reopening_the_menu(
    display: str, bus_address: str, caller: QtDBusCaller
) -> None:
    """A dbusmenu host (KDE, GNOME's AppIndicator) sends AboutToShow(0) when it opens the
    menu and clicks by the ids of the layout it holds: a click must reach its action."""
    env = {**os.environ, "DISPLAY": display, "DBUS_SESSION_BUS_ADDRESS": bus_address}
    watcher = subprocess.Popen(
        [sys.executable, "-c", SNI_WATCHER_SCRIPT],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    tray = None
    try:
        assert _read_line(watcher.stdout, START_TIMEOUT_S).strip() == "True"
        tray = subprocess.Popen(
            [sys.executable, "-c", SNI_TRAY_SCRIPT],
            env={**env, "QT_QPA_PLATFORM": "xcb"},
            cwd=Path(__file__).resolve().parents[2],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        service = _read_line(watcher.stdout, START_TIMEOUT_S).split()[1]

        def menu(method: str, *args: str) -> str:
            done = subprocess.run(
                ["gdbus", "call", "--session", "--dest", service, "--object-path", "/MenuBar",
                 "--method", f"com.canonical.dbusmenu.{method}", "--", *args],
                env=env, capture_output=True, text=True, timeout=10, check=True,
            )  # fmt: skip
            return done.stdout

        menu("AboutToShow", "0")
        layout = menu("GetLayout", "0", "-1", "[]")
        ids = {
            label: int(item)
            for item, label in re.findall(r"\((\d+), \{[^}]*'label': <'([^']*)'>", layout)
        }
        menu("AboutToShow", str(ids["Pause _for…"]))  # the submenu is shown
        menu("AboutToShow", "0")  # the host shows the menu again
        menu("Event", str(ids["Pro_gress…"]), "'clicked'", "<0>", "uint32 0")
        assert _read_line(tray.stdout, START_TIMEOUT_S).strip() == "progress"
    finally:
        for process in (tray, watcher):
            if process is not None:
                process.terminate()
                process.wait(timeout=5)
