"""The walking skeleton on Wayland: Qt's wayland platform under a real compositor.

sway runs headless (tests/helpers/wayland_desktop.py says why sway and not Weston):
first run, the tray in swaybar (a StatusNotifierItem host), the break prompt shown
without taking the focus, a session from the keyboard, Progress, quit.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import AppProcess, _app_on
from tests.e2e.test_walking_skeleton import (
    SESSION_WINDOW,
    TIME_SCALE,
    WELCOME,
    _finish_onboarding,
    run_session_from_the_keyboard,
)
from tests.helpers.desktop import Desktop, wait_until
from tests.helpers.wayland_desktop import (
    OUTPUT_SIZE,
    WaylandDesktop,
    pointer_active,
    sway_desktop,
)
from tests.helpers.weston_desktop import WestonDesktop, weston_desktop

pytestmark = pytest.mark.e2e

PROMPT = "Counterbalance — Time for a break"
PROGRESS = "Counterbalance — Progress"
READY = "Counterbalance is running"
EDITOR = "Editor — report.txt"
ITEM = "org.kde.StatusNotifierItem"
#: Set to a folder to keep the screenshots (docs/screenshots/wayland_*.png come from here).
SHOTS_ENV = "COUNTERBALANCE_WAYLAND_SHOTS"


@pytest.fixture(scope="module")
def wayland_desktop() -> Iterator[WaylandDesktop]:
    with sway_desktop() as running:
        yield running


@pytest.fixture
def wayland_app(wayland_desktop: WaylandDesktop, tmp_path: Path) -> Iterator[AppProcess]:
    yield from _app_on(wayland_desktop, tmp_path)


def _start_editor(desktop: WaylandDesktop) -> subprocess.Popen[bytes]:
    """Start a stand-in for the app the user types in: a Qt text editor on Wayland."""
    code = (
        "from PySide6.QtWidgets import QApplication, QPlainTextEdit\n"
        "app = QApplication([])\n"
        "editor = QPlainTextEdit('Typing a report…')\n"
        f"editor.setWindowTitle({EDITOR!r})\n"
        "editor.show()\n"
        "app.exec()\n"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code],
        env=desktop.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _shot(desktop: Desktop, tmp_path: Path, name: str) -> Path:
    path = desktop.screenshot(tmp_path / f"wayland_{name}.png")
    assert path.stat().st_size > 0
    keep = os.environ.get(SHOTS_ENV)
    if keep:
        shutil.copy(path, Path(keep) / path.name)
    return path


def test_walking_skeleton_under_a_wayland_compositor(
    wayland_app: AppProcess, tmp_path: Path
) -> None:
    app = wayland_app
    desktop = app.desktop
    assert isinstance(desktop, WaylandDesktop)
    app.write_settings(
        daily_session_enabled=False, pain_prompt_share=1.0, interval_min=5, jitter_min=0
    )
    app.start("--time-scale", TIME_SCALE)
    assert app.wait_log("tray icon shown"), app.log_text()
    # In swaybar's tray: registered with its StatusNotifierWatcher.
    assert wait_until(lambda: bool(desktop.sni_items()), 15), app.log_text()
    welcome_id = app.window(WELCOME)
    welcome = desktop.view(welcome_id)
    assert welcome is not None and welcome["shell"] == "xdg_shell", welcome  # a Wayland client
    assert wait_until(lambda: desktop.drawn(welcome_id), 10)
    _shot(desktop, tmp_path, "welcome")
    _finish_onboarding(app)
    app.keys(app.window(READY), "Return")  # "Got it"
    assert wait_until(lambda: not desktop.window_ids(READY), 10), app.log_text()

    # The user types in another app while a break comes due after 15 s of activity
    # (5 min at a time scale of 0.05).
    editor = _start_editor(desktop)
    try:
        editor_id = app.window(EDITOR)
        with pointer_active(desktop):
            assert app.wait_log(r"break prompt \d+ shown", timeout=60), app.log_text()
            prompt = app.window(PROMPT)
        # The compositor places it (a window cannot place itself on Wayland): sway floats
        # a fixed-size window, centred on the output, above the tiled editor.
        assert wait_until(lambda: desktop.drawn(prompt), 10)
        view = desktop.view(prompt)
        assert view is not None
        assert view["type"] == "floating_con", view["type"]
        rect = view["rect"]
        assert rect["x"] >= 0 and rect["x"] + rect["width"] <= OUTPUT_SIZE[0], rect
        assert rect["y"] >= 0 and rect["y"] + rect["height"] <= OUTPUT_SIZE[1], rect
        _shot(desktop, tmp_path, "prompt")
        # The pre-break notice went to dunst (on Wayland through layer-shell).
        assert "no notification service" not in app.log_text(), app.log_text()
        # sway 1.7 offers org_kde_kwin_idle: the app reads idle time from it.
        assert "idle backend: wayland-kde-idle" in app.log_text(), app.log_text()
        # sway gives every new window the keyboard (no protocol lets a client decline
        # it): typing meant for the editor must not answer the break.
        assert desktop.focused_window() == prompt != editor_id
        app.keys(prompt, "Return", "s", "Escape", "p")
        assert not app.wait_log(r"break prompt \d+ answered", timeout=1), app.log_text()

        # Closed from the compositor (as a title bar's close button does): a skip.
        desktop.swaymsg(f"[con_id={prompt}]", "kill")
        assert app.wait_log(r"break prompt \d+ answered: skipped", timeout=10), app.log_text()
    finally:
        editor.terminate()
        editor.wait(10)

    # The break taken now, from the tray's command line, done from the keyboard.
    assert app.cli("break-now").returncode == 0
    session = app.window(SESSION_WINDOW)
    assert wait_until(lambda: desktop.drawn(session), 10)
    _shot(desktop, tmp_path, "session")
    run_session_from_the_keyboard(app)

    # Progress from the tray: the host's Activate, as swaybar's left click sends it.
    service, path = desktop.sni_items()[0]
    assert desktop.bus_call(service, path, ITEM, "Activate", "ii", "0", "0") == []
    progress = app.window(PROGRESS)
    assert wait_until(lambda: desktop.drawn(progress), 10)
    _shot(desktop, tmp_path, "progress")
    app.keys(progress, "Escape")
    assert wait_until(lambda: not desktop.window_ids(PROGRESS), 10), app.log_text()

    assert app.cli("quit").returncode == 0
    assert app.wait_exit() == 0
    assert app.wait_log("Counterbalance stopped")
    assert wait_until(lambda: not desktop.sni_items(), 10)


@pytest.fixture
def weston_app(tmp_path: Path) -> Iterator[AppProcess]:
    with weston_desktop() as running:
        yield from _app_on(running, tmp_path)


def test_on_weston_the_no_tray_window_says_idle_time_is_unknown(
    weston_app: AppProcess, tmp_path: Path
) -> None:
    """Weston: no tray host, no notification service, no idle protocol.

    The app waits 30 s for a tray, then shows its small window; the one-time notice that
    all time counts as active is shown there (a balloon would need a tray).
    """
    app = weston_app
    app.write_settings(
        onboarding_done=True,
        disclaimer_accepted=True,
        autostart_asked=True,
        daily_session_enabled=False,
    )
    app.start()
    assert app.wait_log(
        r"no idle backend \(.*wayland: the compositor offers neither", timeout=30
    ), app.log_text()
    assert app.wait_log("showing a small window instead", timeout=45), app.log_text()
    assert "pywayland" not in app.log_text()
    desktop = app.desktop
    assert isinstance(desktop, WestonDesktop)
    shot = desktop.screenshot_with_window(tmp_path / "wayland_weston_no_tray.png")
    keep = os.environ.get(SHOTS_ENV)
    if keep:
        shutil.copy(shot, Path(keep) / shot.name)
    assert app.cli("quit").returncode == 0
    assert app.wait_exit() == 0
