"""The animated stick figure that demonstrates an exercise, with its props."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QElapsedTimer, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QHideEvent,
    QKeyEvent,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.core.catalog import Exercise
from desktop_app.core.poses import (
    FOREARM_CM,
    HEAD_R_CM,
    THIGH_CM,
    Figure,
    Point,
    forward_kinematics,
    pose_at,
    resolve,
)

TICK_MS = 33
#: Phases sampled to find the area the figure sweeps over a cycle.
BOUNDS_SAMPLES = 24
MARGIN_CM = 12.0
#: Smallest framed width/height (cm), so small poses are not blown up.
MIN_FRAME_CM = 95.0
#: The pose drawn when there is nothing to animate: standing, arms a little out.
NEUTRAL_POSE = {"shoulder_l": 12.0, "shoulder_r": 12.0, "elbow_l": 8.0, "elbow_r": 8.0}
FLOOR_BELOW_CM = 10.0
DESK_TOP_CM = 74.0
HAND_R_CM = 3.0
KNEE_CAP_CM = 5.5
#: A foot higher than this (cm) is lifted off the floor, e.g. crossed over a knee.
RAISED_FOOT_CM = 20.0
DOOR_TOP_CM = 205.0
BAND_REACH_CM = 80.0


@dataclass(frozen=True, slots=True)
class FigureColors:
    """The colours of one figure theme (a light and a dark one follow the window palette)."""

    ink: QColor
    ink_far: QColor
    head_fill: QColor
    sky_top: QColor
    sky_bottom: QColor
    ground: QColor
    floor: QColor
    wall: QColor
    prop: QColor
    prop_fill: QColor
    wood: QColor
    mat: QColor
    band: QColor
    glow: QColor
    tint: QColor

    @staticmethod
    def for_palette(palette: QPalette) -> FigureColors:
        """Return the dark theme on a dark window palette, else the light one."""
        window = palette.color(QPalette.ColorRole.Window)
        return DARK_COLORS if window.lightness() < DARK_LIGHTNESS else LIGHT_COLORS


#: Below this window lightness (0–255) the palette counts as dark.
DARK_LIGHTNESS = 128
LIGHT_COLORS = FigureColors(
    ink=QColor("#2b3a4a"),
    ink_far=QColor("#8d9db0"),
    head_fill=QColor("#f4f1ec"),
    sky_top=QColor("#f7f9fc"),
    sky_bottom=QColor("#e9eef5"),
    ground=QColor("#dfe5ec"),
    floor=QColor("#c9d2dd"),
    wall=QColor("#e6ebf1"),
    prop=QColor("#a9b6c4"),
    prop_fill=QColor("#dde4ec"),
    wood=QColor("#c9a77c"),
    mat=QColor("#9fc5b8"),
    band=QColor("#e0565b"),
    glow=QColor(255, 138, 80, 80),
    tint=QColor(255, 120, 60, 170),
)
DARK_COLORS = FigureColors(
    ink=QColor("#e4ebf2"),
    ink_far=QColor("#7d8da0"),
    head_fill=QColor("#2a3441"),
    sky_top=QColor("#1d2530"),
    sky_bottom=QColor("#232d3a"),
    ground=QColor("#19202a"),
    floor=QColor("#46556a"),
    wall=QColor("#2b3645"),
    prop=QColor("#6b7d92"),
    prop_fill=QColor("#344152"),
    wood=QColor("#8a6d4a"),
    mat=QColor("#3f7466"),
    band=QColor("#f07378"),
    glow=QColor(255, 150, 90, 90),
    tint=QColor(255, 140, 80, 190),
)

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


@dataclass(frozen=True, slots=True)
class _Layout:
    """World-to-pixel mapping for one exercise in one rectangle."""

    scale: float
    origin_x: float
    origin_y: float

    def map(self, p: Point) -> QPointF:
        return QPointF(self.origin_x + p[0] * self.scale, self.origin_y - p[1] * self.scale)


class FigureScene:
    """Paint an exercise's figure at a phase; caches the per-exercise framing."""

    def __init__(self, colors: FigureColors | None = None) -> None:
        self._bounds: dict[tuple[str, bool], tuple[float, float, float, float]] = {}
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
        first = resolve(exercise.keyframes)[0]
        return forward_kinematics(first, exercise.view, mirrored, exercise.anchor)

    def paint(
        self,
        painter: QPainter,
        rect: QRectF,
        exercise: Exercise | None,
        phase: float,
        mirrored: bool = False,
        label: str = "",
    ) -> None:
        """Paint the background, props, highlight and figure into ``rect``."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setClipRect(rect)
        self._paint_background(painter, rect)
        figure = self.figure_at(exercise, phase, mirrored)
        ref = self.reference(exercise, mirrored)
        props = exercise.props if exercise is not None and exercise.keyframes else ()
        figure_rect = QRectF(rect)
        if label:
            figure_rect.setTop(rect.top() + self._label_height(rect))
        layout = self._layout(figure_rect, exercise, mirrored, ref, props)
        self._paint_floor(painter, rect, layout)
        self._paint_props(painter, layout, ref, figure, exercise, props, back=True)
        highlight = exercise is not None and bool(exercise.keyframes)
        if highlight and exercise is not None:
            self._paint_highlight(painter, layout, figure, exercise, self.colors.glow, 20.0)
        self._paint_figure(painter, layout, figure)
        self._paint_props(painter, layout, ref, figure, exercise, props, back=False)
        if figure.view == "front":
            # Raised legs, knees and arms stay in front of the seat edge.
            for side in "lr":
                if "chair" in props and figure.points[f"ankle_{side}"][1] > RAISED_FOOT_CM:
                    self._leg(painter, layout, figure, side, self.colors.ink)
            self._paint_knee_caps(painter, layout, figure)
            for side in "lr":
                self._arm(painter, layout, figure, side, self.colors.ink)
        if highlight and exercise is not None:
            # The target muscles glow through the body, so they stay visible over limbs.
            self._paint_highlight(painter, layout, figure, exercise, self.colors.tint, 6.0)
        if label:
            self._paint_label(painter, rect, label)
        painter.restore()

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
        for px0, py0, px1, py1 in self._prop_boxes(ref, exercise, props):
            x0, y0, x1, y1 = min(x0, px0), min(y0, py0), max(x1, px1), max(y1, py1)
        box = (x0, min(y0, 0.0), x1, y1)
        self._bounds[key] = box
        return box

    def _layout(
        self,
        rect: QRectF,
        exercise: Exercise | None,
        mirrored: bool,
        ref: Figure,
        props: tuple[str, ...],
    ) -> _Layout:
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
        return _Layout(scale, origin_x, bottom + y0 * scale)

    # -- background and props --------------------------------------------------

    def _paint_background(self, painter: QPainter, rect: QRectF) -> None:
        gradient = QLinearGradient(rect.topLeft(), rect.bottomLeft())
        gradient.setColorAt(0.0, self.colors.sky_top)
        gradient.setColorAt(1.0, self.colors.sky_bottom)
        painter.fillRect(rect, QBrush(gradient))

    def _paint_floor(self, painter: QPainter, rect: QRectF, layout: _Layout) -> None:
        y = layout.map((0.0, 0.0)).y()
        painter.fillRect(
            QRectF(rect.left(), y, rect.width(), rect.bottom() - y), self.colors.ground
        )
        painter.setPen(QPen(self.colors.floor, max(1.0, 1.2 * layout.scale)))
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))

    @staticmethod
    def _facing(fig: Figure) -> float:
        return -1.0 if fig.mirrored else 1.0

    def _chair_box(self, ref: Figure) -> tuple[float, float, float, float]:
        px, py = ref.points["pelvis"]
        seat = max(38.0, py - 9.0)
        if ref.view == "front":
            return (px - 24.0, 0.0, px + 24.0, seat + 40.0)
        f = self._facing(ref)
        back_x = px - f * 20.0
        front_x = px + f * 22.0
        return (min(back_x, front_x), 0.0, max(back_x, front_x), seat + 42.0)

    def _desk(self, ref: Figure) -> tuple[float, float]:
        """Return (front edge x, top y) of the desk: under the hands if they lean on it."""
        f = self._facing(ref)
        px = ref.points["pelvis"][0]
        hands = [ref.points[f"hand_{s}"] for s in "lr"]
        on_desk = [h for h in hands if 55.0 < h[1] < 115.0 and (h[0] - px) * f > 10.0]
        if on_desk:
            top = min(h[1] for h in on_desk) - HAND_R_CM
            edge = min(h[0] * f for h in on_desk) * f - f * 6.0
            return edge, top
        return px + f * 40.0, DESK_TOP_CM

    def _band_anchor(self, ref: Figure) -> Point:
        cx, cy = ref.points["chest"]
        if ref.view == "front":
            side = 1.0 if ref.mirrored else -1.0
            return cx + side * BAND_REACH_CM, cy
        return cx + self._facing(ref) * (BAND_REACH_CM + FOREARM_CM), cy

    def _prop_boxes(
        self, ref: Figure, exercise: Exercise | None, props: tuple[str, ...]
    ) -> list[tuple[float, float, float, float]]:
        boxes: list[tuple[float, float, float, float]] = []
        f = self._facing(ref)
        if "chair" in props:
            boxes.append(self._chair_box(ref))
        if "desk" in props and ref.view == "side":
            edge, top = self._desk(ref)
            boxes.append((min(edge, edge + f * 40.0), 0.0, max(edge, edge + f * 40.0), top))
        if "band" in props:
            ax, ay = self._band_anchor(ref)
            boxes.append((ax - 4.0, 0.0, ax + 4.0, ay + 10.0))
        if "door" in props:
            x = self._door_x(ref)
            boxes.append((x - 4.0, 0.0, x + 4.0, DOOR_TOP_CM))
        return boxes

    def _door_x(self, ref: Figure) -> float:
        s = ref.near or "l"
        return (ref.points[f"elbow_{s}"][0] + ref.points[f"hand_{s}"][0]) / 2

    def _paint_props(
        self,
        painter: QPainter,
        layout: _Layout,
        ref: Figure,
        fig: Figure,
        exercise: Exercise | None,
        props: tuple[str, ...],
        *,
        back: bool,
    ) -> None:
        m = layout.map
        s = layout.scale
        f = self._facing(ref)
        if back:
            if "mat" in props:
                x0, _, x1, _ = fig.bounds()
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(self.colors.mat)
                top = m((x0 - 8.0, 1.6))
                painter.drawRoundedRect(
                    QRectF(top.x(), top.y(), (x1 - x0 + 16.0) * s, 1.6 * s), s, s
                )
            if "wall" in props:
                self._paint_wall(painter, layout, ref)
            if "door" in props:
                x = self._door_x(ref)
                painter.setPen(
                    QPen(self.colors.prop, 5.0 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
                )
                painter.drawLine(m((x, 0.0)), m((x, DOOR_TOP_CM)))
                painter.setPen(QPen(self.colors.prop_fill, 3.0 * s))
                painter.drawLine(m((x - f * 60.0, DOOR_TOP_CM)), m((x, DOOR_TOP_CM)))
            if "chair" in props:
                self._paint_chair(painter, layout, ref)
            if "band" in props:
                ax, ay = self._band_anchor(ref)
                painter.setPen(
                    QPen(self.colors.prop, 4.0 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
                )
                painter.drawLine(m((ax, 0.0)), m((ax, DOOR_TOP_CM * 0.8)))
        else:
            if "desk" in props and ref.view == "side":
                self._paint_desk(painter, layout, ref)
            if "chair" in props and ref.view == "front":
                self._paint_seat_edge(painter, layout, ref)
            if "band" in props and exercise is not None:
                ax, ay = self._band_anchor(ref)
                painter.setPen(
                    QPen(
                        self.colors.band,
                        max(1.5, 1.6 * s),
                        Qt.PenStyle.SolidLine,
                        Qt.PenCapStyle.RoundCap,
                    )
                )
                sides = (
                    (fig.near,)
                    if fig.view == "side" and exercise.sided.value == "left-right"
                    else ("l", "r")
                )
                for side in sides:
                    painter.drawLine(m((ax, ay)), m(fig.points[f"hand_{side}"]))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(self.colors.band.darker(120))
                painter.drawEllipse(m((ax, ay)), 2.6 * s, 2.6 * s)

    def _paint_wall(self, painter: QPainter, layout: _Layout, ref: Figure) -> None:
        m = layout.map
        s = layout.scale
        if ref.view == "front":
            x0, _, x1, y1 = ref.bounds()
            top_left = m((x0 - 40.0, y1 + 40.0))
            bottom_right = m((x1 + 40.0, 0.0))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colors.wall)
            painter.drawRect(QRectF(top_left, bottom_right))
            return
        f = self._facing(ref)
        back = min(p[0] * f for p in ref.points.values()) * f - f * 9.0
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colors.prop_fill)
        a = m((back - f * 10.0, 230.0))
        b = m((back, 0.0))
        painter.drawRect(QRectF(a, b).normalized())
        painter.setPen(QPen(self.colors.prop, 1.2 * s))
        painter.drawLine(m((back, 0.0)), m((back, 230.0)))

    def _paint_chair(self, painter: QPainter, layout: _Layout, ref: Figure) -> None:
        m = layout.map
        s = layout.scale
        px, py = ref.points["pelvis"]
        seat = max(38.0, py - 9.0)
        pen = QPen(self.colors.prop, 3.2 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        if ref.view == "front":
            painter.setBrush(self.colors.prop_fill)
            back = QRectF(m((px - 21.0, seat + 44.0)), m((px + 21.0, seat + 12.0)))
            painter.drawRoundedRect(back, s * 3, s * 3)
            for x in (px - 19.0, px + 19.0):
                painter.drawLine(m((x, seat + 12.0)), m((x, 0.0)))
            return
        f = self._facing(ref)
        back_x = px - f * 20.0
        front_x = px + f * 22.0
        painter.drawLine(m((back_x, seat)), m((front_x, seat)))
        painter.drawLine(m((back_x, seat)), m((back_x - f * 4.0, seat + 42.0)))
        for x in (back_x + f * 2.0, front_x - f * 2.0):
            painter.drawLine(m((x, seat)), m((x, 0.0)))

    def _paint_seat_edge(self, painter: QPainter, layout: _Layout, ref: Figure) -> None:
        m = layout.map
        s = layout.scale
        px, py = ref.points["pelvis"]
        seat = max(38.0, py - 9.0)
        painter.setPen(QPen(self.colors.prop, 1.5 * s))
        painter.setBrush(self.colors.prop_fill)
        painter.drawRoundedRect(
            QRectF(m((px - 26.0, seat + 1.0)), m((px + 26.0, seat - 5.0))), s * 2, s * 2
        )

    def _paint_desk(self, painter: QPainter, layout: _Layout, ref: Figure) -> None:
        m = layout.map
        s = layout.scale
        f = self._facing(ref)
        edge, top = self._desk(ref)
        far = edge + f * 70.0
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colors.wood)
        painter.drawRoundedRect(QRectF(m((edge, top)), m((far, top - 3.5))).normalized(), s, s)
        painter.setPen(
            QPen(self.colors.prop, 3.0 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
        )
        for x in (edge + f * 5.0, far - f * 4.0):
            painter.drawLine(m((x, top - 3.5)), m((x, 0.0)))

    # -- figure ---------------------------------------------------------------

    @staticmethod
    def _segments(fig: Figure, name: str) -> list[tuple[Point, Point]]:
        p = fig.points
        front = -1.0 if fig.mirrored else 1.0

        # Trunk regions sit on the front or back edge of the trunk in the side view.
        def trunk_part(a: float, b: float, side: float) -> list[tuple[Point, Point]]:
            (x0, y0), (x1, y1) = p["pelvis"], p["neck_base"]
            dx, dy = x1 - x0, y1 - y0
            length = math.hypot(dx, dy) or 1.0
            nx, ny = dy / length, -dx / length  # right-hand normal: the front when facing +x
            off = 3.5 * side * front if fig.view == "side" else 0.0
            return [
                (
                    (x0 + dx * a + nx * off, y0 + dy * a + ny * off),
                    (x0 + dx * b + nx * off, y0 + dy * b + ny * off),
                )
            ]

        table: dict[str, list[tuple[Point, Point]]] = {
            "head": [(p["neck_top"], p["head"])],
            "neck": [(p["neck_base"], p["neck_top"])],
            "chest": trunk_part(0.55, 0.92, 1.0),
            "upper_back": trunk_part(0.5, 0.95, -1.0),
            "abdomen": trunk_part(0.12, 0.55, 1.0),
            "low_back": trunk_part(0.05, 0.45, -1.0),
            "pelvis": [(p["hip_l"], p["hip_r"])]
            if fig.view == "front"
            else trunk_part(0.0, 0.12, 0.0),
            "glutes": [(p["hip_l"], p["hip_r"])]
            if fig.view == "front"
            else trunk_part(-0.08, 0.1, -1.0),
        }
        for s in "lr":
            table[f"upper_arm_{s}"] = [(p[f"shoulder_{s}"], p[f"elbow_{s}"])]
            table[f"forearm_{s}"] = [(p[f"elbow_{s}"], p[f"hand_{s}"])]
            table[f"thigh_{s}"] = [(p[f"hip_{s}"], p[f"knee_{s}"])]
            table[f"shin_{s}"] = [(p[f"knee_{s}"], p[f"ankle_{s}"])]
        return table.get(name, [])

    def _paint_highlight(
        self,
        painter: QPainter,
        layout: _Layout,
        fig: Figure,
        exercise: Exercise,
        color: QColor,
        width_cm: float,
    ) -> None:
        names = exercise.highlight or REGION_SEGMENTS.get(exercise.region, ())
        pen = QPen(color, width_cm * layout.scale, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        for name in names:
            for a, b in self._segments(fig, name):
                painter.drawLine(layout.map(a), layout.map(b))

    @staticmethod
    def _limb(
        painter: QPainter, layout: _Layout, pts: list[Point], color: QColor, width_cm: float
    ) -> None:
        path = QPainterPath(layout.map(pts[0]))
        for p in pts[1:]:
            path.lineTo(layout.map(p))
        pen = QPen(
            color,
            width_cm * layout.scale,
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
            Qt.PenJoinStyle.RoundJoin,
        )
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

    def _paint_figure(self, painter: QPainter, layout: _Layout, fig: Figure) -> None:
        p = fig.points
        far = ("r" if fig.near == "l" else "l") if fig.view == "side" else ""
        near_sides = (fig.near,) if fig.view == "side" else ("l", "r")

        def leg(s: str, color: QColor) -> None:
            self._leg(painter, layout, fig, s, color)

        def arm(s: str, color: QColor) -> None:
            self._arm(painter, layout, fig, s, color)

        if far:
            arm(far, self.colors.ink_far)
            leg(far, self.colors.ink_far)
        if fig.view == "front":
            hips = [p["hip_l"], p["pelvis"], p["hip_r"]]
            self._limb(painter, layout, hips, self.colors.ink, 11.0)
            self._limb(
                painter,
                layout,
                [p["shoulder_l"], p["neck_base"], p["shoulder_r"]],
                self.colors.ink,
                7.0,
            )
            for s in near_sides:
                leg(s, self.colors.ink)
        self._limb(
            painter, layout, [p["pelvis"], p["chest"], p["neck_base"]], self.colors.ink, 15.0
        )
        self._limb(painter, layout, [p["neck_base"], p["neck_top"]], self.colors.ink, 6.0)
        if fig.view == "side":
            for s in near_sides:
                leg(s, self.colors.ink)
        self._paint_head(painter, layout, fig)
        for s in near_sides:
            arm(s, self.colors.ink)

    def _leg(self, painter: QPainter, layout: _Layout, fig: Figure, s: str, color: QColor) -> None:
        p = fig.points
        self._limb(painter, layout, [p[f"hip_{s}"], p[f"knee_{s}"], p[f"ankle_{s}"]], color, 8.5)
        self._limb(painter, layout, [p[f"heel_{s}"], p[f"toe_{s}"]], color, 4.5)

    def _arm(self, painter: QPainter, layout: _Layout, fig: Figure, s: str, color: QColor) -> None:
        p = fig.points
        chain = [p[f"shoulder_{s}"], p[f"elbow_{s}"], p[f"hand_{s}"]]
        self._limb(painter, layout, chain, color, 6.5)

    def _paint_knee_caps(self, painter: QPainter, layout: _Layout, fig: Figure) -> None:
        """Draw thighs that point at the viewer as round knees."""
        for s in "lr":
            hx, hy = fig.points[f"hip_{s}"]
            kx, ky = fig.points[f"knee_{s}"]
            if math.hypot(kx - hx, ky - hy) < THIGH_CM * 0.5:
                painter.setPen(QPen(self.colors.ink.lighter(160), 1.2 * layout.scale))
                painter.setBrush(self.colors.ink)
                r = KNEE_CAP_CM * layout.scale
                painter.drawEllipse(layout.map((kx, ky)), r, r)

    def _paint_head(self, painter: QPainter, layout: _Layout, fig: Figure) -> None:
        center = layout.map(fig.points["head"])
        r = HEAD_R_CM * layout.scale
        painter.setPen(QPen(self.colors.ink, 2.2 * layout.scale))
        painter.setBrush(self.colors.head_fill)
        painter.drawEllipse(center, r, r)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colors.ink)
        if fig.view == "side":
            hx, hy = fig.points["head"]
            fx, fy = fig.points["face"]
            # Eye a little in front of the centre, nose on the rim: the face points forward.
            eye = layout.map((hx + (fx - hx) * 0.55, hy + (fy - hy) * 0.55 + 2.0))
            painter.drawEllipse(eye, 1.3 * layout.scale, 1.3 * layout.scale)
            painter.drawEllipse(layout.map((fx, fy)), 1.7 * layout.scale, 1.7 * layout.scale)
            return
        hx, hy = fig.points["head"]
        ox = fig.face_turn * 6.0
        oy = 2.0 - fig.face_nod * 6.0
        for ex in (-4.0, 4.0):
            eye = layout.map((hx + ox + ex * (1.0 - abs(fig.face_turn) * 0.4), hy + oy))
            painter.drawEllipse(eye, 1.3 * layout.scale, 1.3 * layout.scale)
        painter.setPen(
            QPen(
                self.colors.ink, 1.2 * layout.scale, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap
            )
        )
        painter.drawLine(
            layout.map((hx + ox - 3.0, hy + oy - 5.0)), layout.map((hx + ox + 3.0, hy + oy - 5.0))
        )

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


class FigureWidget(QWidget):
    """An animated figure demonstrating the current exercise.

    Animates at about 30 fps only while shown and playing; the phase comes from a
    monotonic QElapsedTimer, so a slow frame never slows the movement down.
    Space toggles playing.

    Signals:
        playing_changed(bool): Playing was switched, by the keyboard or ``set_playing``.
    """

    playing_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scene = FigureScene()
        self._exercise: Exercise | None = None
        self._mirrored = False
        self._playing = True
        self._time_scale = 1.0
        self._phase_base = 0.0
        self._elapsed = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.update)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Exercise demonstration"))
        self.setAccessibleDescription(self.tr("An animated figure shows how to do the exercise."))
        self.setToolTip(self.tr("Press Space to pause or play the demonstration"))

    # -- API --------------------------------------------------------------------

    def show_exercise(self, exercise: Exercise, mirrored: bool = False) -> None:
        """Show ``exercise`` from the start of its cycle; ``mirrored`` shows the other side."""
        self._exercise = exercise
        self._mirrored = mirrored
        self._phase_base = 0.0
        self._elapsed.restart()
        side = self.tr(" (other side)") if mirrored else ""
        description = exercise.summary or exercise.name
        self.setAccessibleDescription(
            self.tr("Animated figure: {name}{side}. {description}").format(
                name=exercise.name, side=side, description=description
            )
        )
        self._sync_timer()
        self.update()

    def set_playing(self, playing: bool) -> None:
        """Play or pause the animation (a paused figure keeps its pose)."""
        if playing == self._playing:
            return
        self._phase_base = self.phase()
        self._elapsed.restart()
        self._playing = playing
        self._sync_timer()
        self.playing_changed.emit(playing)

    def set_time_scale(self, scale: float) -> None:
        """Multiply the animation speed (the app's ``--time-scale`` shortens cycles)."""
        if not math.isfinite(scale) or scale <= 0:
            raise ValueError(f"time scale must be positive, got {scale!r}")
        self._phase_base = self.phase()
        self._elapsed.restart()
        self._time_scale = scale

    def set_phase(self, phase: float) -> None:
        """Jump to ``phase`` (cycles; 0 = first key pose), e.g. for a still of the start pose."""
        if not math.isfinite(phase):
            raise ValueError(f"phase must be a finite number, got {phase!r}")
        self._phase_base = phase
        self._elapsed.restart()
        self.update()

    def is_playing(self) -> bool:
        """Return whether the animation is playing."""
        return self._playing

    def is_animating(self) -> bool:
        """Return whether the frame timer is running."""
        return self._timer.isActive()

    def exercise(self) -> Exercise | None:
        """Return the exercise shown, if any."""
        return self._exercise

    def phase(self) -> float:
        """Return the current phase in cycles (its fraction is the point in the cycle)."""
        if not self._playing or self._exercise is None or not self._elapsed.isValid():
            return self._phase_base
        # Monotonic seconds since the last change, sped up by the time scale.
        elapsed_s = self._elapsed.elapsed() / 1000.0 * self._time_scale
        return self._phase_base + elapsed_s / max(0.1, self._exercise.cycle_s)

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def minimumSizeHint(self) -> QSize:
        return QSize(140, 140)

    # -- Qt events ----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._sync_timer()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._sync_timer()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space:
            self.set_playing(not self._playing)
            event.accept()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        # The scene follows the window palette (light or dark) at every frame.
        self._scene.colors = FigureColors.for_palette(self.palette())
        painter = QPainter(self)
        ex = self._exercise
        label = ""
        if ex is None:
            label = self.tr("No exercise")
        elif not ex.keyframes:
            label = ex.name
        self._scene.paint(painter, QRectF(self.rect()), ex, self.phase(), self._mirrored, label)
        if self.hasFocus():
            pen = QPen(self.palette().highlight().color(), 2.0)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def _sync_timer(self) -> None:
        animate = (
            self.isVisible()
            and self._playing
            and self._exercise is not None
            and len(self._exercise.keyframes) > 1
        )
        if animate and not self._timer.isActive():
            if not self._elapsed.isValid():
                self._elapsed.start()
            self._timer.start()
        elif not animate and self._timer.isActive():
            self._timer.stop()
