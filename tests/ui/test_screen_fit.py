"""Every window fits the available area of every supported screen set-up (issue 9 §3).

Each set-up runs the real windows in a subprocess on Qt's offscreen platform with the
screen's logical size and scale factor (tests/helpers/screen_fit.py); no screenshots.
"""

from __future__ import annotations

from functools import cache

import pytest

from tests.helpers.screen_fit import SETUPS, ScreenSetup, WindowFit, probe


@cache
def fits_under(setup: ScreenSetup) -> tuple[WindowFit, ...]:
    """Probe each set-up once per test run (a subprocess each)."""
    return tuple(probe(setup))


EXPECTED_WINDOWS = {
    "session",
    "prompt/micro",
    "prompt/daily",
    "prompt/makeup_limit",
    "progress",
    "onboarding",
    "settings",
    "symptoms",
    "day_pain",
    "no_tray",
    "ready",
}


@pytest.mark.parametrize("setup", SETUPS, ids=[s.name for s in SETUPS])
def test_every_window_fits_and_every_control_is_reachable(setup: ScreenSetup) -> None:
    fits = fits_under(setup)
    assert {f.window.split("/")[0] for f in fits} >= {w.split("/")[0] for w in EXPECTED_WINDOWS}
    assert {f.window for f in fits} >= EXPECTED_WINDOWS
    misfits = [f for f in fits if not f.fits]
    assert not misfits, [(f.window, f.outer, f.area) for f in misfits]
    unreachable = [(f.window, f.unreachable) for f in fits if f.unreachable]
    assert not unreachable


def test_the_break_prompt_sits_in_the_bottom_right_corner_of_a_small_screen() -> None:
    small = next(s for s in SETUPS if s.scale == 2.0 and s.width_px == 1920)
    prompts = [f for f in fits_under(small) if f.window.startswith("prompt/")]
    assert prompts
    for prompt in prompts:
        x, y, w, h = prompt.outer
        ax, ay, aw, ah = prompt.area
        assert prompt.fits
        # In the corner: the frame ends within the margin of the area's right and bottom.
        assert ax + aw - (x + w) <= 24 and ay + ah - (y + h) <= 24, prompt


def test_a_window_larger_than_the_screen_is_reported() -> None:
    fit = WindowFit("big", (0, 0, 1000, 600), (0, 0, 960, 492), ())
    assert not fit.fits
    assert WindowFit("ok", (10, 10, 900, 400), (0, 0, 960, 492), ()).fits


def test_drop_down_lists_open_whole_while_there_is_room(qtbot) -> None:
    from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

    from desktop_app.ui.screen_fit import COMBO_VISIBLE_ITEMS_MAX, fit_to_screen
    from desktop_app.ui.theme import apply_theme

    window = QWidget()
    qtbot.addWidget(window)
    long_list, short_list, huge_list = QComboBox(), QComboBox(), QComboBox()
    long_list.addItems([f"item {i}" for i in range(14)])
    short_list.addItems(["a", "b"])
    huge_list.addItems([f"item {i}" for i in range(60)])
    layout = QVBoxLayout(window)
    for combo in (long_list, short_list, huge_list):
        layout.addWidget(combo)
    apply_theme(window)
    fit_to_screen(window)
    # Qt's default of 10 would cut the 14 items short with a scroll arrow.
    assert long_list.maxVisibleItems() == 14
    assert short_list.maxVisibleItems() == 10
    assert huge_list.maxVisibleItems() == COMBO_VISIBLE_ITEMS_MAX
    # A plain drop-down below the field (not Fusion's popup over it, which scrolls early).
    assert "combobox-popup: 0" in window.styleSheet()
