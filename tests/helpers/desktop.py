"""A real little desktop for end-to-end tests: Xvfb, a private D-Bus, dunst and trayer."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

REQUIRED_TOOLS = ("Xvfb", "dbus-daemon", "dunst", "trayer", "xdotool", "xprop")


def missing_tools() -> list[str]:
    return [tool for tool in REQUIRED_TOOLS if shutil.which(tool) is None]


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


@contextmanager
def virtual_desktop(width: int = 1280, height: int = 800) -> Iterator[Desktop]:
    """Start Xvfb, a private session bus, dunst and trayer; stop them all afterwards."""
    missing = missing_tools()
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
        desktop.procs.append(
            subprocess.Popen(
                [
                    "trayer",
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
                ],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        wait_until(lambda: bool(desktop.window_ids("panel")), 10)
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
