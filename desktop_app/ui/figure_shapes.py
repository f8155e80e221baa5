"""Filled outlines the figure is built from: tapered limbs with round joints, smooth shapes."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPolygonF

from desktop_app.core.poses import Point
from desktop_app.ui.figure_theme import Layout


class Shapes:
    """A limb as one outline polygon, plus the same outline widened by the rim width.

    Painting fills the rim in the outline colour, then the limb: two polygon fills, no
    stroking and no overlapping pieces, which keeps a frame cheap.
    """

    def __init__(self, body: QPolygonF, rim: QPolygonF) -> None:
        self.body = body
        self.rim = rim

    def paint(self, painter: QPainter, fill: QColor, outline: QColor, width_px: float) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        if width_px > 0:
            painter.setBrush(outline)
            painter.drawPolygon(self.rim, Qt.FillRule.WindingFill)
            # The fill's edge lies on the rim, which already smooths the silhouette: filling
            # it without antialiasing takes about half the time.
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, width_px < 1.0)
        painter.setBrush(fill)
        painter.drawPolygon(self.body, Qt.FillRule.WindingFill)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)


#: Points on each round end cap of a limb outline: (cos, sin) of the angles inside the cap.
CAP_STEPS = 5
_CAP = tuple(
    (math.cos(math.pi * k / CAP_STEPS), math.sin(math.pi * k / CAP_STEPS))
    for k in range(1, CAP_STEPS)
)


def limb_outline(points: Sequence[QPointF], radii: Sequence[float]) -> QPolygonF:
    """The outline (pixels) of a chain of tapered segments with round ends and joints.

    On the inner side of a bent joint the outline crosses itself; the winding fill rule
    fills that loop too.
    """
    return limb_outlines(points, radii, (0.0,))[0]


def limb_outlines(
    points: Sequence[QPointF], radii: Sequence[float], grow: Sequence[float]
) -> list[QPolygonF]:
    """:func:`limb_outline` for each radius increase in ``grow`` (pixels), sharing the work."""
    xs: list[float] = []
    ys: list[float] = []
    rs: list[float] = []
    for q, r in zip(points, radii, strict=True):
        x, y = q.x(), q.y()
        if not xs or abs(x - xs[-1]) + abs(y - ys[-1]) > 1e-3:
            xs.append(x)
            ys.append(y)
            rs.append(r)
    if len(xs) == 1:
        xs.append(xs[0])
        ys.append(ys[0] - 1e-3)
        rs.append(rs[0])
    n = len(xs)
    dx = [xs[i + 1] - xs[i] for i in range(n - 1)]
    dy = [ys[i + 1] - ys[i] for i in range(n - 1)]
    for i in range(n - 1):
        length = math.hypot(dx[i], dy[i])
        dx[i] /= length
        dy[i] /= length
    # Per point the unit normals (-dy, dx): at a joint the one before, the mean, the one after.
    normals: list[tuple[tuple[float, float], ...]] = []
    for i in range(n):
        if 0 < i < n - 1:
            ax, ay, bx, by = -dy[i - 1], dx[i - 1], -dy[i], dx[i]
            mx, my = ax + bx, ay + by
            m = math.hypot(mx, my) or 1.0
            normals.append(((ax, ay), (mx / m, my / m), (bx, by)))
        else:
            j = i - 1 if i else 0
            normals.append(((-dy[j], dx[j]),))
    # The round ends: from +n through the outward direction u to -n.
    ends = ((n - 1, dx[-1], dy[-1], -dy[-1], dx[-1]), (0, -dx[0], -dy[0], dy[0], -dx[0]))
    out: list[QPolygonF] = []
    for extra in grow:
        left: list[QPointF] = []
        right: list[QPointF] = []
        for i in range(n):
            x, y, r = xs[i], ys[i], rs[i] + extra
            for nx, ny in normals[i]:
                left.append(QPointF(x + nx * r, y + ny * r))
                right.append(QPointF(x - nx * r, y - ny * r))
        caps: list[list[QPointF]] = []
        for i, ux, uy, nx, ny in ends:
            x, y, r = xs[i], ys[i], rs[i] + extra
            caps.append(
                [QPointF(x + r * (c * nx + s * ux), y + r * (c * ny + s * uy)) for c, s in _CAP]
            )
        right.reverse()
        out.append(QPolygonF(left + caps[0] + right + caps[1]))
    return out


def capsules(
    layout: Layout, pts: Sequence[Point], radii: Sequence[float], rim_px: float = 1.0
) -> Shapes:
    """A chain of tapered segments with round joints; ``rim_px`` is the outline width."""
    s = layout.scale
    mapped = [layout.map(p) for p in pts]
    scaled = [r * s for r in radii]
    if rim_px <= 0:
        body = limb_outline(mapped, scaled)
        return Shapes(body, body)
    body, rim = limb_outlines(mapped, scaled, (0.0, rim_px))
    return Shapes(body, rim)


def smooth_closed(points: Sequence[QPointF]) -> QPainterPath:
    """A closed smooth outline through the midpoints of ``points`` (corners rounded)."""
    n = len(points)
    path = QPainterPath()

    def mid(a: QPointF, b: QPointF) -> QPointF:
        return QPointF((a.x() + b.x()) / 2, (a.y() + b.y()) / 2)

    path.moveTo(mid(points[-1], points[0]))
    for i in range(n):
        path.quadTo(points[i], mid(points[i], points[(i + 1) % n]))
    path.closeSubpath()
    return path
