"""Open every window under each supported screen set-up and report how it fits.

Reusable: a pseudo-translation run can call :func:`probe` with extra environment (for
example a translator that lengthens every string) and assert the same fit.

Each set-up runs in its own subprocess (the scale factor is fixed when the
QApplication starts) on Qt's offscreen platform, whose screen size comes from a JSON
config file. The offscreen screen has no taskbar, so the set-up's screen is made shorter
by the taskbar: what the app sees as ``QScreen.availableGeometry`` is then exactly what
a real desktop with that taskbar leaves (Windows 11: 48 logical px at the bottom).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True, slots=True)
class ScreenSetup:
    """A physical screen, its scale factor and the taskbar it leaves room for."""

    name: str
    width_px: int
    height_px: int
    scale: float
    taskbar_logical_px: int = 48

    @property
    def available_physical(self) -> tuple[int, int]:
        """Return the physical size of the available area (taskbar at the bottom)."""
        return self.width_px, self.height_px - round(self.taskbar_logical_px * self.scale)


#: The set-ups every window must fit (issue 9 §3).
SETUPS: tuple[ScreenSetup, ...] = (
    ScreenSetup("1366x768", 1366, 768, 1.0),
    ScreenSetup("1920x1080@1.5", 1920, 1080, 1.5),
    ScreenSetup("1920x1080@2", 1920, 1080, 2.0),
    ScreenSetup("2560x1440", 2560, 1440, 1.0),
    ScreenSetup("3840x2160@2", 3840, 2160, 2.0),
)


@dataclass(frozen=True, slots=True)
class WindowFit:
    """How one window (or one page of it) fits its screen.

    Attributes:
        window: Window name and page, e.g. ``"settings/Breaks"``.
        outer: Frame rectangle (x, y, w, h) with the window manager's frame allowance.
        area: The screen's available area (x, y, w, h).
        unreachable: Controls outside the window or squashed below their minimum size.
    """

    window: str
    outer: tuple[int, int, int, int]
    area: tuple[int, int, int, int]
    unreachable: tuple[str, ...]

    @property
    def fits(self) -> bool:
        """Tell whether the frame lies inside the available area."""
        x, y, w, h = self.outer
        ax, ay, aw, ah = self.area
        return x >= ax and y >= ay and x + w <= ax + aw and y + h <= ay + ah


def probe(setup: ScreenSetup, extra_env: dict[str, str] | None = None) -> list[WindowFit]:
    """Open every window under ``setup`` in a subprocess; return one fit per window page."""
    width, height = setup.available_physical
    with tempfile.TemporaryDirectory(prefix="cb-fit-") as tmp:
        config = Path(tmp) / "screen.json"
        screen = {
            "name": setup.name,
            "x": 0,
            "y": 0,
            "width": width,
            "height": height,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        }
        config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WAYLAND"))}
        env.update(
            QT_QPA_PLATFORM=f"offscreen:configfile={config}",
            QT_SCALE_FACTOR=f"{setup.scale:g}",
            QT_SCALE_FACTOR_ROUNDING_POLICY="PassThrough",
            HOME=tmp,
            XDG_CONFIG_HOME=str(Path(tmp) / "config"),
            XDG_DATA_HOME=str(Path(tmp) / "data"),
            CB_FIT_DATA=str(Path(tmp) / "cb"),
        )
        env.update(extra_env or {})
        done = subprocess.run(
            [sys.executable, "-m", "tests.helpers.screen_fit_probe"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
    if done.returncode != 0:
        raise RuntimeError(f"probe failed under {setup.name}:\n{done.stderr[-4000:]}")
    rows = json.loads(done.stdout.strip().splitlines()[-1])
    return [
        WindowFit(r["window"], tuple(r["outer"]), tuple(r["area"]), tuple(r["unreachable"]))
        for r in rows
    ]
