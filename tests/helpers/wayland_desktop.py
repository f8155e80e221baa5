"""A real little Wayland desktop for end-to-end tests: sway headless, D-Bus, swaybar's tray.

Why sway and not Weston: a test must type, click and take screenshots. Weston 10 offers
no virtual-keyboard protocol (``wtype`` cannot type there) and no screencopy for clients;
sway (wlroots) offers both (``wtype``, ``grim``), moves and clicks its own pointer from
``swaymsg seat - cursor …`` and lists its windows over IPC. swaybar is a real
StatusNotifierItem host with its own watcher, so the app gets a tray on Wayland too.

sway refuses to run as root (it drops privileges it could restore): under root (CI) it
runs as ``nobody`` in a runtime folder of its own, and the clients reach it by the
socket's absolute path in ``WAYLAND_DISPLAY``. The session bus admits both users.
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.helpers.desktop import Desktop, wait_until

WAYLAND_TOOLS = (
    "sway", "swaymsg", "swaybar", "wtype", "grim", "dbus-daemon", "busctl", "dunst",
)  # fmt: skip
#: Headless output size: a common laptop screen.
OUTPUT_SIZE = (1366, 768)
#: sway's empty workspace colour (no window drawn there).
BACKGROUND = (0x3F, 0x3F, 0x3F)
#: The user sway runs as when the tests run as root.
COMPOSITOR_USER = "nobody"

SWAY_CONFIG = """\
output HEADLESS-1 resolution {width}x{height}
default_border normal
focus_follows_mouse no
bar {{
    position top
    tray_padding 2
}}
"""

DUNST_CONFIG = """\
[global]
    font = DejaVu Sans 10
    width = 360
    origin = top-right
    offset = 10x40
"""

BUS_CONFIG = """\
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={socket_dir}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    {users}
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def missing_wayland_tools() -> list[str]:
    return [tool for tool in WAYLAND_TOOLS if shutil.which(tool) is None]


@dataclass
class WaylandDesktop(Desktop):
    """A running sway session; windows are sway containers, found by title."""

    def swaymsg(self, *args: str) -> subprocess.CompletedProcess[str]:
        return self.run("swaymsg", "-s", self.env["SWAYSOCK"], *args)

    def views(self) -> list[dict[str, Any]]:
        """Return every application window (sway "view") in the tree."""
        out = self.swaymsg("-t", "get_tree", "-r").stdout
        if not out.strip():
            return []
        found: list[dict[str, Any]] = []

        def walk(node: dict[str, Any]) -> None:
            if node.get("pid") and node.get("type") in {"con", "floating_con"}:
                found.append(node)
            for child in (*node.get("nodes", ()), *node.get("floating_nodes", ())):
                walk(child)

        walk(json.loads(out))
        return found

    def view(self, window_id: str) -> dict[str, Any] | None:
        return next((v for v in self.views() if str(v["id"]) == window_id), None)

    def window_ids(self, name: str) -> list[str]:
        """Return the ids of the windows on screen whose title contains ``name``."""
        return [
            str(v["id"]) for v in self.views() if name in (v.get("name") or "") and v.get("visible")
        ]

    def focused_window(self) -> str | None:
        return next((str(v["id"]) for v in self.views() if v.get("focused")), None)

    def screenshot(self, path: Path) -> Path:
        self.run("grim", str(path), timeout=20)
        return path

    def pixel(self, x: int, y: int) -> tuple[int, int, int]:
        """Return the colour on screen at (x, y), read with grim."""
        out = subprocess.run(
            ["grim", "-g", f"{x},{y} 1x1", "-t", "ppm", "-"],
            env=self.env,
            capture_output=True,
            timeout=10,
            check=False,
        ).stdout
        return (out[-3], out[-2], out[-1]) if len(out) >= 3 else (-1, -1, -1)

    def drawn(self, window_id: str) -> bool:
        """Tell whether the window's content is on screen (sway shows a new layout only
        once every client has drawn at its new size, so a listed window may not be yet)."""
        view = self.view(window_id)
        if view is None or not view.get("visible"):
            return False
        rect = view["rect"]
        centre = self.pixel(rect["x"] + rect["width"] // 2, rect["y"] + rect["height"] // 2)
        return centre != BACKGROUND

    def keys(self, window_id: str, *keys: str) -> None:
        """Focus the window through sway, then type ``keys`` (keysym names) with wtype.

        wtype uploads a keymap of its own; Qt was seen to drop the first key after that
        change, so a lone Shift goes first.
        """
        self.swaymsg(f"[con_id={window_id}]", "focus")
        args = ["-k", "Shift_L", "-s", "100"]
        for key in keys:
            args += ["-k", key, "-s", "50"]
        self.run("wtype", *args)

    def click(self, window_id: str, x: int = 20, y: int = 20) -> None:
        """Click the window at (x, y) inside its content, with sway's own pointer."""
        view = self.view(window_id)
        if view is None:
            raise AssertionError(f"no window {window_id}")
        rect = view["rect"]
        self.swaymsg("seat", "-", "cursor", "set", str(rect["x"] + x), str(rect["y"] + y))
        self.swaymsg("seat", "-", "cursor", "press", "button1")
        self.swaymsg("seat", "-", "cursor", "release", "button1")

    def move_pointer(self, dx: int, dy: int) -> None:
        """Move sway's pointer: user input, as far as idle timers are concerned."""
        # One argument: swaymsg would read a separate "-5" as an option of its own.
        self.swaymsg(f"seat - cursor move {dx} {dy}")


def _compositor_user() -> pwd.struct_passwd | None:
    """Return the user sway must run as (None: this one, when not root)."""
    if os.geteuid() != 0:
        return None
    return pwd.getpwnam(COMPOSITOR_USER)


def start_bus(env: dict[str, str], workdir: Path, users: list[str]) -> tuple[str, int]:
    socket_dir = workdir / "bus"
    socket_dir.mkdir(mode=0o755)
    config = workdir / "bus.conf"
    allow = "\n    ".join(f'<allow user="{user}"/>' for user in users)
    config.write_text(BUS_CONFIG.format(socket_dir=socket_dir, users=allow))
    bus = subprocess.run(
        ["dbus-daemon", f"--config-file={config}", "--fork", "--print-address=1", "--print-pid=1"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=10,
    )
    address, pid = bus.stdout.split()[:2]
    return address, int(pid)


@contextmanager
def sway_desktop(
    width: int = OUTPUT_SIZE[0],
    height: int = OUTPUT_SIZE[1],
    *,
    bar: bool = True,
    notifications: bool = True,
) -> Iterator[WaylandDesktop]:
    """Start a private session bus, sway headless, swaybar's tray and dunst; stop all after.

    ``bar=False, notifications=False`` gives a bare compositor (the idle tests).
    """
    missing = missing_wayland_tools()
    if missing:
        raise RuntimeError(
            "Wayland end-to-end tests need these programs: "
            + ", ".join(missing)
            + " (bash .ci/run installs them with apt-get)"
        )
    workdir = Path(tempfile.mkdtemp(prefix="cb-wayland-"))
    workdir.chmod(0o755)  # the compositor's user reads its config and runtime dir below
    user = _compositor_user()
    me = pwd.getpwuid(os.geteuid()).pw_name
    sway_run = workdir / "sway-run"
    sway_run.mkdir(mode=0o700)
    client_run = workdir / "run"
    client_run.mkdir(mode=0o700)
    (workdir / "home").mkdir(mode=0o700)
    config = sway_run / "config"
    config.write_text(SWAY_CONFIG.format(width=width, height=height))
    if not bar:
        config.write_text(f"output HEADLESS-1 resolution {width}x{height}\n")
    if user is not None:
        for path in (sway_run, config):
            os.chown(path, user.pw_uid, user.pw_gid)

    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("QT_QPA", "WAYLAND", "DISPLAY", "SWAYSOCK", "DBUS_SESSION"))
    }
    address, bus_pid = start_bus(env, workdir, sorted({me, *([user.pw_name] if user else [])}))
    env.update(
        DBUS_SESSION_BUS_ADDRESS=address,
        XDG_RUNTIME_DIR=str(client_run),
        XDG_SESSION_TYPE="wayland",
        XDG_CURRENT_DESKTOP="sway",
        HOME=str(workdir / "home"),
        XDG_CONFIG_HOME=str(workdir / "home" / ".config"),
        NO_AT_BRIDGE="1",
        QT_QPA_PLATFORM="wayland",
    )
    sway_env = dict(env)
    sway_env.update(
        XDG_RUNTIME_DIR=str(sway_run),
        WLR_BACKENDS="headless",
        WLR_LIBINPUT_NO_DEVICES="1",
        WLR_RENDERER="pixman",
        HOME=str(sway_run),
    )
    argv = ["sway", "-c", str(config)]
    if user is not None:
        argv = ["runuser", "-u", user.pw_name, "--", *argv]
        sway_env.update(USER=user.pw_name, LOGNAME=user.pw_name)
    log = (workdir / "sway.log").open("wb")
    sway = subprocess.Popen(
        argv, env=sway_env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    desktop = WaylandDesktop(env=env, workdir=workdir, procs=[])
    try:
        # Clients start only once the compositor's socket exists (and its IPC answers).
        socket = sway_run / "wayland-1"
        if not wait_until(lambda: socket.exists() and any(sway_run.glob("sway-ipc.*.sock")), 15):
            why = (workdir / "sway.log").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"sway did not start\n{why}")
        env["WAYLAND_DISPLAY"] = str(socket)
        env["SWAYSOCK"] = str(next(sway_run.glob("sway-ipc.*.sock")))
        if not wait_until(lambda: desktop.swaymsg("-t", "get_outputs").returncode == 0, 10):
            raise RuntimeError("sway's IPC does not answer")
        if bar and not wait_until(
            lambda: "org.kde.StatusNotifierWatcher" in desktop.bus_names(), 15
        ):
            why = (workdir / "sway.log").read_text(errors="replace")[-3000:]
            raise RuntimeError(f"swaybar's StatusNotifierWatcher did not appear\n{why}")
        if notifications:
            # dunst draws on Wayland through layer-shell, which sway offers.
            dunstrc = workdir / "dunstrc"
            dunstrc.write_text(DUNST_CONFIG)
            desktop.procs.append(
                subprocess.Popen(
                    ["dunst", "-config", str(dunstrc)],
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
            if not wait_until(lambda: "org.freedesktop.Notifications" in desktop.bus_names(), 15):
                raise RuntimeError("dunst did not start on sway")
        yield desktop
    finally:
        for proc in reversed(desktop.procs):
            if proc.poll() is None:
                proc.terminate()
                with suppress(subprocess.TimeoutExpired):
                    proc.wait(5)
        # sway runs under runuser in its own process group: end the group (sway, swaybar).
        with suppress(ProcessLookupError):
            os.killpg(sway.pid, signal.SIGTERM)
        try:
            sway.wait(10)
        except subprocess.TimeoutExpired:
            with suppress(ProcessLookupError):
                os.killpg(sway.pid, signal.SIGKILL)
            sway.wait(5)
        with suppress(OSError):
            os.kill(bus_pid, signal.SIGTERM)
        log.close()
        shutil.rmtree(workdir, ignore_errors=True)


@contextmanager
def pointer_active(desktop: WaylandDesktop, interval_s: float = 0.5) -> Iterator[None]:
    """Keep the user active while the block runs: sway moves its pointer twice a second."""
    stop = threading.Event()

    def wiggle() -> None:
        step = 7
        while not stop.is_set():
            desktop.move_pointer(step, 0)
            step = -step
            stop.wait(interval_s)

    thread = threading.Thread(target=wiggle, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(5)
