"""Paint the cues that make a movement readable.

The lit target muscles, a faint start pose, an arrow along the path of the part that moves
most, a pulsing ring on the target of a hold, a nose-to-armpit line, a rotation arrow.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

from desktop_app.core import figure_geometry as geo
from desktop_app.core.poses import HEAD_R_CM, Figure, Point
from desktop_app.ui.figure_body import BodyPainter
from desktop_app.ui.figure_shapes import capsules, limb_outline
from desktop_app.ui.figure_theme import FigureColors, Layout

#: Width (cm) of the lit band on each kind of segment.
HIGHLIGHT_CM: dict[str, float] = {
    "head": 12.0,
    "neck": 7.5,
    "upper_arm": 7.0,
    "forearm": 5.5,
    "thigh": 10.0,
    "shin": 7.0,
    "pelvis": 5.0,
    "glutes": 9.0,
}
TRUNK_HIGHLIGHT_CM = 6.5
GHOST_OPACITY = 0.28
#: Face turn and nod (sin) from which a bowed, turned head gets a nose-to-armpit line.
GAZE_MIN = 0.45
ARROW_OFFSET_CM = 9.0
#: A path shorter than this (cm, start to end) gets no arrow: the faint start pose shows it.
MIN_ARROW_CM = 2.5


def _kind(name: str) -> str:
    return name[:-2] if name.endswith(("_l", "_r")) else name


class CuePainter:
    """Paint the highlight and the motion cues of one exercise."""

    def __init__(self, colors: FigureColors) -> None:
        self.colors = colors

    def highlight(
        self,
        painter: QPainter,
        layout: Layout,
        fig: Figure,
        names: Sequence[str],
        strength: float = 1.0,
    ) -> None:
        """Tint the target segments; ``names`` as in the pose data (the left side working)."""
        # Opaque (blending is several times slower to fill): the tint mixed into the shirt.
        k = max(0.0, min(1.0, strength)) * self.colors.tint.alphaF()
        t, b = self.colors.tint, self.colors.shirt
        color = QColor.fromRgbF(
            t.redF() * k + b.redF() * (1 - k),
            t.greenF() * k + b.greenF() * (1 - k),
            t.blueF() * k + b.blueF() * (1 - k),
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        for name in geo.highlight_names(names, fig.mirrored):
            segments = geo.highlight_segments(fig, name)
            if not segments:
                continue
            r = HIGHLIGHT_CM.get(_kind(name), TRUNK_HIGHLIGHT_CM) / 2
            chain = [segments[0][0], *(b for _, b in segments)]
            body = capsules(layout, chain, [r] * len(chain), 0.0).body
            painter.drawPolygon(body, Qt.FillRule.WindingFill)

    def ghost(self, painter: QPainter, layout: Layout, fig: Figure) -> None:
        """The start pose, faint, behind the moving figure."""
        pale = self.colors.ink_far
        colors = dataclasses.replace(
            self.colors,
            shirt=pale,
            shirt_far=pale,
            pants=pale,
            pants_far=pale,
            skin=pale,
            skin_far=pale,
            hair=pale,
            shoe=pale,
            outline=pale,
            outline_far=pale,
        )
        painter.save()
        painter.setOpacity(GHOST_OPACITY)
        BodyPainter(colors).paint(painter, layout, fig)
        painter.restore()

    def arrow(self, painter: QPainter, shapes: Sequence[QPolygonF]) -> None:
        """Paint an arrow made by :func:`arrow_shapes`."""
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colors.cue)
        for poly in shapes:
            painter.drawPolygon(poly, Qt.FillRule.WindingFill)

    def gaze(self, painter: QPainter, layout: Layout, fig: Figure) -> None:
        """Front view, head turned and bowed: a dotted line from the nose to the armpit."""
        if fig.view != "front" or fig.face_nod < GAZE_MIN or abs(fig.face_turn) < GAZE_MIN:
            return
        hx, hy = fig.points["head"]
        side = "l" if fig.face_turn > 0 else "r"
        sx, sy = fig.points[f"shoulder_{side}"]
        cx, _cy = fig.points["chest"]
        armpit = (sx + (cx - sx) * 0.25, sy - 6.0)
        nose = (hx + fig.face_turn * 6.0, hy + 1.5 - fig.face_nod * 6.5 - 3.0)
        pen = QPen(self.colors.cue, 1.3 * layout.scale, Qt.PenStyle.DashLine)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(layout.map(nose), layout.map(armpit))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colors.cue)
        r = 1.6 * layout.scale
        painter.drawEllipse(layout.map(armpit), r, r)

    def pulse(
        self, painter: QPainter, layout: Layout, fig: Figure, names: Sequence[str], phase: float
    ) -> None:
        """A ring that grows and fades on the target: "tighten here"."""
        mids: list[Point] = []
        for name in geo.highlight_names(names, fig.mirrored):
            for a, b in geo.highlight_segments(fig, name):
                mids.append(((a[0] + b[0]) / 2, (a[1] + b[1]) / 2))
        if not mids:
            return
        x = sum(p[0] for p in mids) / len(mids)
        y = sum(p[1] for p in mids) / len(mids)
        u = (phase * 2.0) % 1.0
        color = QColor(self.colors.tint)
        color.setAlphaF(0.85 * (1.0 - u))
        painter.setPen(QPen(color, 1.6 * layout.scale))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        r = (7.0 + 12.0 * u) * layout.scale
        painter.drawEllipse(layout.map((x, y)), r, r)


def rotation_arrow(
    painter: QPainter, layout: Layout, fig: Figure, colors: FigureColors, direction: float
) -> None:
    """Front view: an elliptical arrow round the front of the upper chest shows a trunk rotation."""
    cx, cy = fig.points["neck_base"]
    s = layout.scale
    centre = layout.map((cx, cy + 4.0))
    rx, ry = 30.0 * s, 12.0 * s
    pen = QPen(colors.cue, 2.2 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    # The front half of the ellipse (below the centre on screen), sweeping towards the turn.
    start, span = (200.0, 140.0) if direction > 0 else (340.0, -140.0)
    path = QPainterPath()
    for i in range(13):
        a = math.radians(start + span * i / 12)
        q = QPointF(centre.x() + rx * math.cos(a), centre.y() - ry * math.sin(a))
        if i == 0:
            path.moveTo(q)
        else:
            path.lineTo(q)
    painter.drawPath(path)
    end = math.radians(start + span)
    tip = QPointF(centre.x() + rx * math.cos(end), centre.y() - ry * math.sin(end))
    back = math.radians(start + span * 0.92)
    before = QPointF(centre.x() + rx * math.cos(back), centre.y() - ry * math.sin(back))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colors.cue)
    painter.drawPolygon(_arrow_head(tip, before, 5.0 * s))


def arrow_shapes(
    layout: Layout, path: Sequence[Point], fig: Figure, mover: str = ""
) -> list[QPolygonF]:
    """The shaft and head (pixels) of an arrow along ``path`` (cm), set off from the body.

    The path is that of the point ``mover``; it is pushed away from the chest of ``fig``
    (further for the head, which is wide). Empty if the path is too short to show.
    """
    if len(path) < 2 or math.dist(path[0], path[-1]) < MIN_ARROW_CM:
        return []
    cx, cy = fig.points["chest"]
    off = ARROW_OFFSET_CM + (HEAD_R_CM if mover in ("head", "neck_top") else 0.0)
    pts: list[QPointF] = []
    for x, y in path:
        dx, dy = x - cx, y - cy
        d = math.hypot(dx, dy) or 1.0
        pts.append(layout.map((x + dx / d * off, y + dy / d * off)))
    # Leave the ends free; keep the arrow if the path is short.
    n = len(pts)
    pts = pts[max(0, n // 6) : max(2, n - n // 8)]
    s = layout.scale
    # The shaft as a filled outline: cheaper than stroking a polyline with round joins.
    shaft = limb_outline(pts, [0.9 * s] * len(pts))
    tip, before = pts[-1], pts[-2]
    for q in reversed(pts[:-1]):
        if math.hypot(q.x() - tip.x(), q.y() - tip.y()) > 3.0 * s:
            before = q
            break
    return [shaft, _arrow_head(tip, before, 5.0 * s)]


def _arrow_head(tip: QPointF, before: QPointF, size: float) -> QPolygonF:
    dx, dy = tip.x() - before.x(), tip.y() - before.y()
    d = math.hypot(dx, dy) or 1.0
    ux, uy = dx / d, dy / d
    w = size * 0.6
    return QPolygonF(
        [
            QPointF(tip.x() + ux * w, tip.y() + uy * w),
            QPointF(tip.x() - ux * size - uy * w, tip.y() - uy * size + ux * w),
            QPointF(tip.x() - ux * size + uy * w, tip.y() - uy * size - ux * w),
        ]
    )
