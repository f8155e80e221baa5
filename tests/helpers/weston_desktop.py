"""A Weston desktop for tests: headless, in a private runtime folder.

Weston offers neither Wayland idle protocol, no virtual keyboard, no window list over IPC
and no tray host; with ``--debug`` its screenshooter works (tests/helpers/wayland_desktop.py
says why the full flow runs under sway instead).
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from tests.helpers.desktop import Desktop, wait_until
from tests.helpers.wayland_desktop import OUTPUT_SIZE, start_bus


@dataclass
class WestonDesktop(Desktop):
    """A running Weston session: no window list, no typing; screenshots only."""

    def screenshot(self, path: Path) -> Path:
        """Take a screenshot with weston-screenshooter (Weston runs with --debug for it)."""
        shots = self.workdir / "shots"
        shots.mkdir(exist_ok=True)
        for old in shots.glob("*.png"):
            old.unlink()
        subprocess.run(["weston-screenshooter"], env=self.env, cwd=shots, timeout=20, check=False)
        taken = sorted(shots.glob("wayland-screenshot-*.png"))
        if not taken:
            raise AssertionError("weston-screenshooter wrote no file")
        shutil.move(taken[-1], path)
        return path

    def window_share(self, path: Path) -> float:
        """Return the share of the screenshot in Qt's window grey (#EFEFEF): 0 when no
        window of ours is drawn (Weston's background and panel are darker)."""
        out = self.run(
            "convert", str(path), "-fuzz", "1%", "-fill", "white", "-opaque", "#EFEFEF",
            "-fill", "black", "+opaque", "white", "-format", "%[fx:mean]", "info:",
        )  # fmt: skip
        return float(out.stdout or 0)

    def screenshot_with_window(self, path: Path, timeout_s: float = 15) -> Path:
        """Take screenshots until one shows a window drawn (Weston has no window list)."""
        assert wait_until(lambda: self.window_share(self.screenshot(path)) > 0.02, timeout_s)
        return path


@contextmanager
def weston_desktop(
    width: int = OUTPUT_SIZE[0], height: int = OUTPUT_SIZE[1]
) -> Iterator[WestonDesktop]:
    """Start a private session bus and Weston headless (pixman, so screenshots have pixels).

    No tray host and no notification service: the app shows its no-tray window.
    """
    workdir = Path(tempfile.mkdtemp(prefix="cb-weston-desktop-"))
    (workdir / "run").mkdir(mode=0o700)
    (workdir / "home").mkdir(mode=0o700)
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("QT_QPA", "WAYLAND", "DISPLAY", "SWAYSOCK", "DBUS_SESSION"))
    }
    me = pwd.getpwuid(os.geteuid()).pw_name
    address, bus_pid = start_bus(env, workdir, [me])
    env.update(
        DBUS_SESSION_BUS_ADDRESS=address,
        XDG_RUNTIME_DIR=str(workdir / "run"),
        XDG_SESSION_TYPE="wayland",
        HOME=str(workdir / "home"),
        XDG_CONFIG_HOME=str(workdir / "home" / ".config"),
        NO_AT_BRIDGE="1",
        QT_QPA_PLATFORM="wayland",
    )
    try:
        with weston_display(width, height, screenshots=True) as socket:
            env["WAYLAND_DISPLAY"] = socket
            yield WestonDesktop(env=env, workdir=workdir, procs=[])
    finally:
        with suppress(OSError):
            os.kill(bus_pid, signal.SIGTERM)
        shutil.rmtree(workdir, ignore_errors=True)


@contextmanager
def weston_display(
    width: int = OUTPUT_SIZE[0], height: int = OUTPUT_SIZE[1], *, screenshots: bool = False
) -> Iterator[str]:
    """Start Weston headless in a private runtime folder; yield its socket's path.

    Weston offers neither idle protocol, no virtual keyboard and no client screencopy;
    ``screenshots`` renders with pixman and enables weston-screenshooter (``--debug``).
    """
    if shutil.which("weston") is None:
        raise RuntimeError("weston is needed (bash .ci/run installs it with apt-get)")
    run_dir = Path(tempfile.mkdtemp(prefix="cb-weston-"))  # mode 0700
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WAYLAND", "DISPLAY"))}
    env["XDG_RUNTIME_DIR"] = str(run_dir)
    log = (run_dir / "weston.log").open("wb")
    weston = subprocess.Popen(
        [
            "weston",
            "--backend=headless-backend.so",
            f"--width={width}",
            f"--height={height}",
            "--socket=wayland-cb",
            "--idle-time=0",
            *(["--use-pixman", "--debug"] if screenshots else []),
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    socket = run_dir / "wayland-cb"
    try:
        if not wait_until(socket.exists, 15):
            raise RuntimeError("weston did not start\n" + (run_dir / "weston.log").read_text())
        yield str(socket)
    finally:
        weston.terminate()
        try:
            weston.wait(10)
        except subprocess.TimeoutExpired:
            weston.kill()
            weston.wait(5)
        log.close()
        shutil.rmtree(run_dir, ignore_errors=True)
