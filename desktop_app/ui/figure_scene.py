"""Frame and layer one exercise's figure: stage, start pose, body, highlight and cues.

The body is drawn by ``figure_body``, the stage and props by ``figure_props``, the
highlight and motion cues by ``figure_cues``; this module frames and layers them and
caches what does not change from frame to frame.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QImage, QPainter, QPolygonF

from desktop_app.core import figure_geometry as geo
from desktop_app.core.catalog import Exercise, Sidedness
from desktop_app.core.key_poses import pose_at, resolve
from desktop_app.core.poses import Figure, forward_kinematics
from desktop_app.ui.figure_body import BodyPainter
from desktop_app.ui.figure_cues import CuePainter, arrow_shapes, rotation_arrow
from desktop_app.ui.figure_props import PropsPainter, prop_boxes
from desktop_app.ui.figure_theme import LIGHT_COLORS, FigureColors, Layout

#: Phases sampled to find the area the figure sweeps over a cycle.
BOUNDS_SAMPLES = 24
MARGIN_CM = 12.0
#: Smallest framed width/height (cm), so small poses are not blown up.
MIN_FRAME_CM = 95.0
#: The pose drawn when there is nothing to animate: standing, arms a little out.
NEUTRAL_POSE = {"shoulder_l": 12.0, "shoulder_r": 12.0, "elbow_l": 8.0, "elbow_r": 8.0}
FLOOR_BELOW_CM = 10.0
#: Front view: a trunk rotation larger than this (degrees) gets a rotation arrow.
ROTATION_CUE_DEG = 20.0

#: Highlight segments on the trunk: painted before the near limbs, which cover them.
TRUNK_SEGMENTS = frozenset(("chest", "upper_back", "abdomen", "low_back", "pelvis", "glutes"))
#: Segments drawn for the ``highlight`` of each target region.
REGION_SEGMENTS: dict[str, tuple[str, ...]] = {
    "neck": ("neck",),
    "chest_shoulders": ("chest", "upper_arm_l", "upper_arm_r"),
    "upper_back": ("upper_back",),
    "core": ("abdomen",),
    "low_back": ("low_back",),
    "hips": ("pelvis", "thigh_l", "thigh_r"),
    "legs": ("thigh_l", "thigh_r", "shin_l", "shin_r"),
}


class FigureScene:
    """Paint an exercise's figure at a phase; caches the per-exercise framing and motion."""

    def __init__(self, colors: FigureColors | None = None) -> None:
        self._bounds: dict[tuple[str, bool], tuple[float, float, float, float]] = {}
        self._motion: dict[tuple[str, bool], geo.Motion] = {}
        self._reference: dict[tuple[str, bool], Figure] = {}
        self._arrow: list[QPolygonF] = []
        self._arrow_key: tuple[object, ...] = ()
        self._stage: QImage | None = None
        self._stage_key: tuple[object, ...] = ()
        self.colors = colors or LIGHT_COLORS

    def figure_at(self, exercise: Exercise | None, phase: float, mirrored: bool) -> Figure:
        """Return the posed figure (neutral standing if there is nothing to animate)."""
        if exercise is None or not exercise.keyframes:
            return forward_kinematics(NEUTRAL_POSE, "front", mirrored)
        angles = pose_at(exercise.keyframes, phase)
        return forward_kinematics(angles, exercise.view, mirrored, exercise.anchor)

    def reference(self, exercise: Exercise | None, mirrored: bool) -> Figure:
        """Return the figure at its first key pose; props are placed from it."""
        if exercise is None or not exercise.keyframes:
            return forward_kinematics(NEUTRAL_POSE, "front", mirrored)
        key = (exercise.id, mirrored)
        found = self._reference.get(key)
        if found is None:
            first = resolve(exercise.keyframes)[0]
            found = forward_kinematics(first, exercise.view, mirrored, exercise.anchor)
            self._reference[key] = found
        return found

    def motion(self, exercise: Exercise, mirrored: bool) -> geo.Motion:
        """How far and where the figure moves over a cycle (cached)."""
        key = (exercise.id, mirrored)
        found = self._motion.get(key)
        if found is None:
            prefer = geo.preferred_movers(self.highlight(exercise), mirrored)
            ex = exercise
            found = geo.motion(ex.keyframes, ex.view, mirrored, ex.anchor, prefer)
            self._motion[key] = found
        return found

    @staticmethod
    def highlight(exercise: Exercise) -> tuple[str, ...]:
        """The lit segments as the pose data names them (the left side working)."""
        return exercise.highlight or REGION_SEGMENTS.get(exercise.region, ())

    def paint(
        self,
        painter: QPainter,
        rect: QRectF,
        exercise: Exercise | None,
        phase: float,
        mirrored: bool = False,
        label: str = "",
    ) -> None:
        """Paint the background, props, motion cues, figure and highlight into ``rect``."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setClipRect(rect)
        animated = exercise is not None and bool(exercise.keyframes)
        figure = self.figure_at(exercise, phase, mirrored)
        ref = self.reference(exercise, mirrored)
        props = exercise.props if exercise is not None and animated else ()
        figure_rect = QRectF(rect)
        if label:
            figure_rect.setTop(rect.top() + self._label_height(rect))
        layout = self._layout(figure_rect, exercise, mirrored, ref, props)
        stage = PropsPainter(self.colors)
        body = BodyPainter(self.colors)
        cues = CuePainter(self.colors)
        self._paint_stage(painter, rect, layout, ref, props, exercise, mirrored)
        stage.shadows(painter, layout, figure)
        names: tuple[str, ...] = ()
        move: geo.Motion | None = None
        if exercise is not None and animated:
            names = self.highlight(exercise)
            move = self.motion(exercise, mirrored)
        strength = 1.0
        if move is not None and move.isometric:
            # A hold: the target pulses with the breath of the cycle.
            strength = 0.55 + 0.45 * math.sin(math.pi * ((phase * 2.0) % 1.0))
        # Lit trunk muscles lie under the near limbs, a lit neck under the head.
        on_trunk = tuple(n for n in names if n in TRUNK_SEGMENTS)
        under_head = tuple(n for n in names if n == "neck")
        in_front = tuple(n for n in names if n not in on_trunk and n not in under_head)

        def after_torso() -> None:
            if "chair" in props and figure.view == "front":
                stage.seat_edge(painter, layout, ref)
            cues.highlight(painter, layout, figure, on_trunk, strength)

        def before_head() -> None:
            cues.highlight(painter, layout, figure, under_head, strength)

        body.paint(painter, layout, figure, after_torso, before_head)
        band_sides: tuple[str, ...] = ("l", "r")
        sided = exercise is not None and exercise.sided is Sidedness.LEFT_RIGHT
        if sided and figure.view == "side":
            band_sides = (figure.near,)
        stage.paint_front(painter, layout, ref, figure, props, band_sides)
        if exercise is not None and move is not None:
            if move.isometric:
                cues.pulse(painter, layout, figure, names, phase)
            cues.highlight(painter, layout, figure, in_front, strength)
            cues.gaze(painter, layout, figure)
            if not move.isometric:
                self._paint_arrow(painter, layout, exercise, ref, move, mirrored)
        if label:
            self._paint_label(painter, rect, label)
        painter.restore()

    def _paint_stage(
        self,
        painter: QPainter,
        rect: QRectF,
        layout: Layout,
        ref: Figure,
        props: tuple[str, ...],
        exercise: Exercise | None,
        mirrored: bool,
    ) -> None:
        """Paint the static stage: drawn once per exercise, side and size, then copied.

        The stage is the background, the floor, the props behind the figure and the faint
        start pose of a small movement.
        """
        dpr = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        key = (
            exercise.id if exercise is not None else "",
            mirrored,
            round(rect.width()),
            round(rect.height()),
            round(layout.origin_x - rect.left(), 2),
            round(layout.origin_y - rect.top(), 2),
            dpr,
            id(self.colors),
        )
        if self._stage_key != key or self._stage is None:
            image = QImage(
                max(1, round(rect.width() * dpr)),
                max(1, round(rect.height() * dpr)),
                QImage.Format.Format_ARGB32_Premultiplied,
            )
            image.setDevicePixelRatio(dpr)
            local = Layout(
                layout.scale, layout.origin_x - rect.left(), layout.origin_y - rect.top()
            )
            p = QPainter(image)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            box = QRectF(0.0, 0.0, rect.width(), rect.height())
            stage = PropsPainter(self.colors)
            stage.background(p, box, local)
            x0, _, x1, _ = self._sweep(exercise, mirrored, ref, props)
            stage.paint_back(p, local, ref, (x0 + 6.0, x1 - 6.0), props)
            if exercise is not None and exercise.keyframes:
                self._paint_motion(p, local, exercise, ref, mirrored)
            p.end()
            self._stage, self._stage_key = image, key
        painter.drawImage(rect.topLeft(), self._stage)

    def _paint_motion(
        self, painter: QPainter, layout: Layout, exercise: Exercise, ref: Figure, mirrored: bool
    ) -> None:
        """The faint start pose of a small movement, behind the figure."""
        move = self.motion(exercise, mirrored)
        if move.isometric:
            return
        cues = CuePainter(self.colors)
        if move.small:
            cues.ghost(painter, layout, ref)

    def _paint_arrow(
        self,
        painter: QPainter,
        layout: Layout,
        exercise: Exercise,
        ref: Figure,
        move: geo.Motion,
        mirrored: bool,
    ) -> None:
        """The motion arrow over the figure (static: placed from the first key pose)."""
        turn = self._rotation(exercise, mirrored)
        if turn:
            rotation_arrow(painter, layout, ref, self.colors, turn)
        elif ref.view == "side" or move.mover not in geo.TRUNK_MOVERS:
            # Front view: a bow moves the head straight down; the start pose shows it.
            key = (exercise.id, mirrored, layout)
            if self._arrow_key != key:
                self._arrow = arrow_shapes(layout, move.path, ref, move.mover)
                self._arrow_key = key
            CuePainter(self.colors).arrow(painter, self._arrow)

    @staticmethod
    def _rotation(exercise: Exercise, mirrored: bool) -> float:
        """Front view: the direction of a trunk rotation as drawn (0 if there is none).

        A rotation means the ``twist`` changes; a constant one is a turned stance.
        """
        if exercise.view != "front":
            return 0.0
        twist = [a["twist"] for a in resolve(exercise.keyframes)]
        if max(twist) - min(twist) <= ROTATION_CUE_DEG:
            return 0.0
        turn = (twist[-1] - twist[0]) or max(twist, key=abs)
        return turn * (-1.0 if mirrored else 1.0)

    # -- framing ---------------------------------------------------------------

    def _sweep(
        self, exercise: Exercise | None, mirrored: bool, ref: Figure, props: tuple[str, ...]
    ) -> tuple[float, float, float, float]:
        key = (exercise.id if exercise is not None and exercise.keyframes else "", mirrored)
        cached = self._bounds.get(key)
        if cached is not None:
            return cached
        x0, y0, x1, y1 = ref.bounds()
        steps = BOUNDS_SAMPLES if exercise is not None and exercise.keyframes else 1
        for i in range(steps):
            bx0, by0, bx1, by1 = self.figure_at(exercise, i / steps, mirrored).bounds()
            x0, y0, x1, y1 = min(x0, bx0), min(y0, by0), max(x1, bx1), max(y1, by1)
        for px0, py0, px1, py1 in prop_boxes(ref, props):
            x0, y0, x1, y1 = min(x0, px0), min(y0, py0), max(x1, px1), max(y1, py1)
        box = (x0 - 6.0, min(y0, 0.0), x1 + 6.0, y1 + 2.0)
        self._bounds[key] = box
        return box

    def _layout(
        self,
        rect: QRectF,
        exercise: Exercise | None,
        mirrored: bool,
        ref: Figure,
        props: tuple[str, ...],
    ) -> Layout:
        x0, y0, x1, y1 = self._sweep(exercise, mirrored, ref, props)
        # Frame at least a standing adult's height so floor poses are not blown up.
        width = max(x1 - x0, MIN_FRAME_CM) + 2 * MARGIN_CM
        height = max(y1 - y0 + FLOOR_BELOW_CM, MIN_FRAME_CM) + 2 * MARGIN_CM
        scale = min(rect.width() / width, rect.height() / height)
        cx = (x0 + x1) / 2
        origin_x = rect.center().x() - cx * scale
        used = (y1 - y0 + FLOOR_BELOW_CM) * scale
        # Spare height goes mostly above the figure: the floor sits low, like a stage.
        spare = max(0.0, rect.height() - used - 2 * MARGIN_CM * scale)
        bottom = rect.bottom() - MARGIN_CM * scale - spare * 0.25 - FLOOR_BELOW_CM * scale
        return Layout(scale, origin_x, bottom + y0 * scale)

    @staticmethod
    def _label_height(rect: QRectF) -> float:
        return min(rect.height() * 0.22, 64.0)

    def _paint_label(self, painter: QPainter, rect: QRectF, label: str) -> None:
        font = QFont(painter.font())
        font.setPixelSize(int(max(11.0, min(20.0, rect.height() / 16))))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(self.colors.ink)
        area = QRectF(
            rect.left() + 8, rect.top() + 6, rect.width() - 16, self._label_height(rect) - 6
        )
        painter.drawText(
            area,
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            label,
        )
