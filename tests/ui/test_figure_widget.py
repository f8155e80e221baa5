"""The animated figure widget: it draws every exercise and only animates while visible."""

from __future__ import annotations

import ctypes
import sys

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from desktop_app.core.catalog import Exercise, Position, Sidedness
from desktop_app.ui.figure_widget import FigureScene, FigureWidget
from tests.helpers.exercises import builtin_catalog, make_exercise

SIZE_PX = 200


@pytest.fixture(scope="module", autouse=True)
def _keep_none_alive():
    # PySide6 6.12 on CPython 3.11 drops one reference to None per call of a method that
    # returns nothing (measured: -100 per 100 QPainter.save()); painting many frames would
    # free None and abort the interpreter. 3.12+ makes None immortal.
    if sys.version_info < (3, 12):
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


@pytest.fixture(scope="module")
def catalog():
    return builtin_catalog()


def render(scene: FigureScene, exercise: Exercise | None, phase: float, mirrored: bool) -> QImage:
    image = QImage(SIZE_PX, SIZE_PX, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.paint(painter, QRectF(0, 0, SIZE_PX, SIZE_PX), exercise, phase, mirrored)
    painter.end()
    return image


def ink_pixels(image: QImage) -> int:
    """Count dark pixels: the figure's limbs and head outline."""
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if c.red() + c.green() + c.blue() < 240:
                count += 1
    return count


def bare_exercise(keyframes: tuple = ()) -> Exercise:
    return make_exercise(
        "bare", name="Bare exercise", position=Position.STANDING, keyframes=keyframes
    )


def test_every_exercise_draws_a_figure_and_the_other_side_differs(qapp, catalog):
    scene = FigureScene()
    assert len(catalog.exercises) >= 28
    for ex in catalog.exercises:
        plain = render(scene, ex, 0.3, False)
        assert ink_pixels(plain) > 150, ex.id
        mirrored = render(scene, ex, 0.3, True)
        if ex.sided == Sidedness.LEFT_RIGHT or ex.view == "side":
            assert plain != mirrored, ex.id
        # Even a hold changes over its cycle: its target pulses.
        assert plain != render(scene, ex, 0.0, False), ex.id


def test_empty_keyframes_draw_a_neutral_figure_with_the_name(qtbot):
    widget = FigureWidget()
    qtbot.addWidget(widget)
    widget.resize(SIZE_PX, SIZE_PX)
    widget.show_exercise(bare_exercise())
    with_name = widget.grab().toImage()
    assert ink_pixels(with_name) > 150
    plain = render(FigureScene(), None, 0.0, False)
    assert with_name != plain.scaled(with_name.size()), "the exercise name is drawn too"
    assert not widget.is_animating()


def test_timer_runs_only_while_visible_and_playing(qtbot, catalog):
    widget = FigureWidget()
    qtbot.addWidget(widget)
    widget.show_exercise(catalog.get("wall_angel"))
    assert not widget.is_animating(), "not shown yet"
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.is_animating()
    widget.hide()
    assert not widget.is_animating()
    widget.show()
    assert widget.is_animating()
    widget.set_playing(False)
    assert not widget.is_animating()
    frozen = widget.phase()
    qtbot.wait(60)
    assert widget.phase() == frozen
    widget.set_playing(True)
    assert widget.is_animating()
    qtbot.waitUntil(lambda: widget.phase() > frozen, timeout=2000)


def test_time_scale_speeds_up_and_rejects_bad_values(qtbot, catalog):
    widget = FigureWidget()
    qtbot.addWidget(widget)
    widget.show_exercise(catalog.get("band_row"))
    widget.set_time_scale(50.0)
    widget.show()
    qtbot.waitUntil(lambda: widget.phase() > 1.0, timeout=3000)
    for bad in (0.0, -1.0, float("nan")):
        with pytest.raises(ValueError):
            widget.set_time_scale(bad)


def test_space_toggles_playing_and_accessibility(qtbot, catalog):
    widget = FigureWidget()
    qtbot.addWidget(widget)
    ex = catalog.get("chin_tuck")
    widget.show_exercise(ex, mirrored=True)
    assert widget.accessibleName()
    assert ex.name in widget.accessibleDescription()
    widget.show()
    assert widget.is_playing()
    qtbot.keyClick(widget, Qt.Key.Key_Space)
    assert not widget.is_playing()
    qtbot.keyClick(widget, Qt.Key.Key_Space)
    assert widget.is_playing()


def test_set_phase_shows_a_still_of_that_pose(qtbot, catalog):
    widget = FigureWidget()
    qtbot.addWidget(widget)
    widget.resize(SIZE_PX, SIZE_PX)
    widget.set_playing(False)
    widget.show_exercise(catalog.get("bird_dog"))
    start = widget.grab().toImage()
    widget.set_phase(0.5)
    assert widget.phase() == 0.5
    assert widget.grab().toImage() != start
    with pytest.raises(ValueError):
        widget.set_phase(float("inf"))


def test_figure_follows_a_dark_palette(qtbot, catalog):
    from PySide6.QtGui import QPalette

    from desktop_app.ui.figure_widget import DARK_COLORS, LIGHT_COLORS, FigureColors

    light, dark = QPalette(QColor("#efefef")), QPalette(QColor("#202326"))
    assert FigureColors.for_palette(light) is LIGHT_COLORS
    assert FigureColors.for_palette(dark) is DARK_COLORS
    exercise = catalog.get("upper_trap_stretch")
    widget = FigureWidget()
    qtbot.addWidget(widget)
    widget.resize(SIZE_PX, SIZE_PX)
    widget.show_exercise(exercise)
    widget.set_playing(False)

    def corner_and_ink() -> tuple[QColor, int]:
        image = widget.grab().toImage()
        corner = image.pixelColor(4, 4)
        ink = sum(
            1
            for y in range(0, image.height(), 2)
            for x in range(0, image.width(), 2)
            if image.pixelColor(x, y).lightness() > 200
        )
        return corner, ink

    widget.setPalette(light)
    light_corner, _ = corner_and_ink()
    widget.setPalette(dark)
    dark_corner, light_strokes = corner_and_ink()
    assert light_corner.lightness() > 200 and dark_corner.lightness() < 60
    assert light_strokes > 50  # the figure is drawn in light ink on the dark scene


def test_cached_stage_matches_a_fresh_paint(qapp, catalog):
    """The static stage (background, props, start pose) is cached per exercise, side and size."""
    shared = FigureScene()
    chair, desk = catalog.get("pelvic_tilt_seated"), catalog.get("incline_desk_plank")
    render(shared, chair, 0.2, False)
    render(shared, desk, 0.2, True)
    again = render(shared, chair, 0.4, False)
    assert again == render(FigureScene(), chair, 0.4, False)
    assert render(shared, desk, 0.4, False) == render(FigureScene(), desk, 0.4, False)


def test_a_hold_pulses_while_the_pose_stays(qapp, catalog):
    """Glute sets: between the key poses of the hold the body is still, the target is not."""
    from desktop_app.core.key_poses import pose_at

    ex = catalog.get("glute_squeeze_seated")
    assert pose_at(ex.keyframes, 0.35) == pose_at(ex.keyframes, 0.6)
    scene = FigureScene()
    assert render(scene, ex, 0.35, False) != render(scene, ex, 0.6, False)
