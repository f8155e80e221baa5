"""A real little desktop for end-to-end tests: Xvfb, a private D-Bus, dunst and a tray host.

The tray host is ``trayer`` (an XEmbed system tray, the default) or
``gtk-sni-tray-standalone --watcher`` (a StatusNotifierItem host with its own
``org.kde.StatusNotifierWatcher``; Qt then registers its tray icon over D-Bus).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any


class TrayKind(StrEnum):
    """Which tray host the virtual desktop runs."""

    XEMBED = "xembed"
    SNI = "sni"


SNI_HOST = "gtk-sni-tray-standalone"
#: The watcher runs as its own process, started (and on the bus) before the host: the
#: host's own ``--watcher`` races its registration against the watcher's export and
#: sometimes dies with "Pattern match failure … UnknownObject" (seen 1 start in 5).
SNI_WATCHER_BIN = "status-notifier-watcher"
SNI_WATCHER = "org.kde.StatusNotifierWatcher"
REQUIRED_TOOLS = ("Xvfb", "dbus-daemon", "dunst", "xdotool", "xprop", "xdpyinfo", "busctl")
TRAY_TOOLS = {TrayKind.XEMBED: ("trayer",), TrayKind.SNI: (SNI_HOST, SNI_WATCHER_BIN)}


def missing_tools(tray: TrayKind = TrayKind.XEMBED) -> list[str]:
    tools = (*REQUIRED_TOOLS, *TRAY_TOOLS[tray])
    return [tool for tool in tools if shutil.which(tool) is None]


def start_xvfb(width: int, height: int) -> tuple[subprocess.Popen[bytes], int]:
    """Start Xvfb on a display number it picks itself (-displayfd: no races)."""
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_fd),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
            # Serve on when the last client leaves: a reset refuses whoever connects
            # meanwhile (tests/e2e/test_virtual_desktop.py).
            "-noreset",
        ],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        line = pipe.readline().strip()
    if not line.isdigit():
        proc.kill()
        raise RuntimeError("Xvfb did not start")
    return proc, int(line)


def wait_until(predicate, timeout_s: float, interval_s: float = 0.1) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval_s)
    return bool(predicate())


@dataclass
class Desktop:
    """Environment and helpers of a running virtual desktop."""

    env: dict[str, str]
    workdir: Path
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def run(self, *args: str, timeout: float = 10) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            list(args), env=self.env, capture_output=True, text=True, timeout=timeout, check=False
        )

    def window_ids(self, name: str) -> list[str]:
        out = self.run("xdotool", "search", "--onlyvisible", "--name", name).stdout
        return [line for line in out.split() if line.strip()]

    def screenshot(self, path: Path) -> Path:
        self.run("import", "-window", "root", str(path), timeout=20)
        return path

    def keys(self, window_id: str, *keys: str) -> None:
        """Type ``keys`` (keysym names) into the window."""
        # There is no window manager: give the window the input focus directly.
        self.run("xdotool", "windowfocus", "--sync", window_id)
        for key in keys:
            self.run("xdotool", "key", "--clearmodifiers", key)
            time.sleep(0.05)

    def bus_names(self) -> list[str]:
        """Return the names owned on the private session bus."""
        reply = self.bus_call(
            "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "ListNames"
        )
        return list(reply[0]) if reply else []

    def bus_call(
        self, service: str, path: str, interface: str, method: str, signature: str = "", *args: str
    ) -> list[Any] | None:
        """Call a method on the session bus; return its reply's values, or None on error."""
        out = self.run(
            "busctl",
            f"--address={self.env['DBUS_SESSION_BUS_ADDRESS']}",
            "--json=short",
            "call",
            "--",
            service,
            path,
            interface,
            method,
            *((signature, *args) if signature else ()),
        )
        if out.returncode != 0:
            return None
        return list(json.loads(out.stdout)["data"]) if out.stdout.strip() else []

    def bus_property(self, service: str, path: str, interface: str, name: str) -> Any:
        """Read one D-Bus property (None when it cannot be read)."""
        out = self.run(
            "busctl",
            f"--address={self.env['DBUS_SESSION_BUS_ADDRESS']}",
            "--json=short",
            "get-property",
            service,
            path,
            interface,
            name,
        )
        if out.returncode != 0:
            return None
        return json.loads(out.stdout)["data"]

    def sni_items(self) -> list[tuple[str, str]]:
        """Return the items registered with the StatusNotifierWatcher: (service, path).

        ``RegisteredStatusNotifierItems`` holds a bus name, or a name followed by an
        object path; a bare name means the spec's default path.
        """
        items = self.bus_property(
            SNI_WATCHER, "/StatusNotifierWatcher", SNI_WATCHER, "RegisteredStatusNotifierItems"
        )
        found = []
        for item in items or []:
            service, slash, path = str(item).partition("/")
            found.append((service, slash + path if slash else "/StatusNotifierItem"))
        return found

    def sni_host_geometry(self) -> tuple[int, int, int, int] | None:
        """Return x, y, width, height of the SNI host's bar, or None when it has none."""
        ids = self.run("xdotool", "search", "--onlyvisible", "--class", SNI_HOST).stdout.split()
        for wid in ids:
            geometry = self.run("xdotool", "getwindowgeometry", "--shell", wid).stdout
            values = dict(line.split("=", 1) for line in geometry.split() if "=" in line)
            if {"X", "Y", "WIDTH", "HEIGHT"} <= values.keys():
                return (
                    int(values["X"]),
                    int(values["Y"]),
                    int(values["WIDTH"]),
                    int(values["HEIGHT"]),
                )
        return None

    def tray_clients(self) -> int:
        """Count windows embedded in trayer's tray (XEmbed icons)."""
        ids = self.window_ids("panel")
        total = 0
        for wid in ids:
            tree = self.run("xwininfo", "-children", "-id", wid).stdout
            for line in tree.splitlines():
                if "child" in line and line.strip()[0].isdigit():
                    total += int(line.strip().split()[0])
        return total


TRAYER_ARGS = (
    "--edge",
    "top",
    "--align",
    "right",
    "--widthtype",
    "request",
    "--height",
    "28",
    "--tint",
    "0x30343b",
    "--transparent",
    "true",
    "--alpha",
    "0",
    "--SetDockType",
    "true",
    "--SetPartialStrut",
    "true",
)
#: A bar along the top right, like a panel's notification area; --watcher also
#: provides org.kde.StatusNotifierWatcher (no desktop shell here owns one).
SNI_HOST_ARGS = ("--top", "--end", "--size", "28", "--color", "#30343b")


def _start_tray_host(
    tray: TrayKind, env: dict[str, str], workdir: Path, desktop: Desktop
) -> subprocess.Popen[bytes]:
    if tray is TrayKind.SNI:
        log = (workdir / "sni-host.log").open("wb")
        desktop.procs.append(
            subprocess.Popen([SNI_WATCHER_BIN], env=env, stdout=log, stderr=subprocess.STDOUT)
        )
        if not wait_until(lambda: SNI_WATCHER in desktop.bus_names(), 15):
            raise RuntimeError("the StatusNotifierItem watcher did not start")
        return subprocess.Popen(
            [SNI_HOST, *SNI_HOST_ARGS], env=env, stdout=log, stderr=subprocess.STDOUT
        )
    log = (workdir / "tray-host.log").open("wb")  # said in the error if trayer fails
    return subprocess.Popen(["trayer", *TRAYER_ARGS], env=env, stdout=log, stderr=subprocess.STDOUT)


@contextmanager
def virtual_desktop(
    width: int = 1280, height: int = 800, tray: TrayKind = TrayKind.XEMBED
) -> Iterator[Desktop]:
    """Start Xvfb, a private session bus, dunst and a tray host; stop them all afterwards."""
    missing = missing_tools(tray)
    if missing:
        raise RuntimeError(
            "end-to-end tests need these programs: "
            + ", ".join(missing)
            + " (bash .ci/run installs them with apt-get)"
        )
    workdir = Path(tempfile.mkdtemp(prefix="cb-desktop-"))
    xvfb, display = start_xvfb(width, height)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_QPA", "WAYLAND"))}
    env.update(
        DISPLAY=f":{display}",
        XDG_RUNTIME_DIR=str(workdir / "run"),
        XDG_SESSION_TYPE="x11",
        HOME=str(workdir / "home"),
        XDG_CONFIG_HOME=str(workdir / "home" / ".config"),
        NO_AT_BRIDGE="1",
    )
    (workdir / "run").mkdir(mode=0o700)
    (workdir / "home").mkdir()
    desktop = Desktop(env=env, workdir=workdir, procs=[xvfb])
    try:
        # Clients start only once the X server answers one: a tray host started at once
        # was seen to fail with "cannot open display" (1 run in 5, machine saturated).
        if not wait_until(lambda: desktop.run("xdpyinfo").returncode == 0, 15):
            raise RuntimeError(f"Xvfb on :{display} does not answer")
        bus = subprocess.run(
            ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        )
        address, pid = bus.stdout.split()[:2]
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        desktop.env["CB_DBUS_PID"] = pid
        dunstrc = workdir / "dunstrc"
        dunstrc.write_text('[global]\n    font = DejaVu Sans 10\n    geometry = "360x5-10+40"\n')
        desktop.procs.append(
            subprocess.Popen(
                ["dunst", "-config", str(dunstrc)],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        desktop.procs.append(_start_tray_host(tray, env, workdir, desktop))
        if tray is TrayKind.SNI:
            ready = wait_until(lambda: SNI_WATCHER in desktop.bus_names(), 15)
            ready = ready and wait_until(lambda: desktop.sni_host_geometry() is not None, 10)
        else:
            ready = wait_until(lambda: bool(desktop.window_ids("panel")), 10)
        if not ready:
            host = desktop.procs[-1]
            log_name = "sni-host.log" if tray is TrayKind.SNI else "tray-host.log"
            host_log = workdir / log_name
            why = host_log.read_text(errors="replace")[-2000:] if host_log.exists() else ""
            state = "running" if host.poll() is None else f"exited with status {host.returncode}"
            windows = desktop.run("xdotool", "search", "--name", ".").stdout.split()
            raise RuntimeError(
                f"the {tray} tray host did not start ({state}; {len(windows)} named windows)\n{why}"
            )
        wait_until(
            lambda: (
                "org.freedesktop.Notifications"
                in desktop.run(
                    "dbus-send",
                    "--session",
                    "--print-reply",
                    "--dest=org.freedesktop.DBus",
                    "/org/freedesktop/DBus",
                    "org.freedesktop.DBus.ListNames",
                ).stdout
            ),
            10,
        )
        yield desktop
    finally:
        for proc in reversed(desktop.procs):
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
        pid = desktop.env.get("CB_DBUS_PID")
        if pid:
            with suppress(OSError, ValueError):
                os.kill(int(pid), signal.SIGTERM)
        shutil.rmtree(workdir, ignore_errors=True)


@contextmanager
def user_active(desktop: Desktop, interval_s: float = 0.5) -> Iterator[None]:
    """Keep the user active while the block runs: move the pointer every half second."""
    stop = threading.Event()

    def wiggle() -> None:
        x = 0
        while not stop.is_set():
            x = (x + 53) % 600
            desktop.run("xdotool", "mousemove", str(100 + x), "400")
            stop.wait(interval_s)

    thread = threading.Thread(target=wiggle, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(5)


class _ClientMessage(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
    ]


class _XEvent(ctypes.Union):
    _fields_ = [("xclient", _ClientMessage), ("pad", ctypes.c_long * 24)]


def close_window(desktop: Desktop, window_id: str) -> None:
    """Ask a window to close as a window manager's close button does (WM_DELETE_WINDOW).

    There is no window manager on this desktop, and this xdotool has no ``windowclose``;
    destroying the X window instead would leave Qt believing it is still shown.
    """
    xlib = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    xlib.XInternAtom.restype = ctypes.c_ulong
    xlib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    xlib.XSendEvent.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.c_int,
        ctypes.c_long,
        ctypes.POINTER(_XEvent),
    ]
    xlib.XFlush.argtypes = [ctypes.c_void_p]
    xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    display = xlib.XOpenDisplay(desktop.env["DISPLAY"].encode())
    if not display:
        raise RuntimeError(f"cannot open display {desktop.env['DISPLAY']}")
    try:
        event = _XEvent()
        message = event.xclient
        message.type = 33  # ClientMessage
        message.window = int(window_id)
        message.message_type = xlib.XInternAtom(display, b"WM_PROTOCOLS", 0)
        message.format = 32
        message.data[0] = xlib.XInternAtom(display, b"WM_DELETE_WINDOW", 0)
        message.data[1] = 0  # CurrentTime
        xlib.XSendEvent(display, int(window_id), 0, 0, ctypes.byref(event))
        xlib.XFlush(display)
    finally:
        xlib.XCloseDisplay(display)
