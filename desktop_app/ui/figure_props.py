"""Paint the stage around the figure: background, floor, contact shadows and the props."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QLinearGradient, QPainter, QPen

from desktop_app.core import figure_geometry as geo
from desktop_app.core.poses import Figure
from desktop_app.ui.figure_theme import FigureColors, Layout

DOOR_TOP_CM = 205.0
WALL_TOP_CM = 230.0
#: Body points this close to the floor (cm) cast a contact shadow.
CONTACT_CM = 9.0


class PropsPainter:
    """Paint the background, the floor and the props placed from the first key pose."""

    def __init__(self, colors: FigureColors) -> None:
        self.colors = colors

    def background(self, painter: QPainter, rect: QRectF, layout: Layout) -> None:
        gradient = QLinearGradient(rect.topLeft(), rect.bottomLeft())
        gradient.setColorAt(0.0, self.colors.sky_top)
        gradient.setColorAt(1.0, self.colors.sky_bottom)
        painter.fillRect(rect, QBrush(gradient))
        y = layout.map((0.0, 0.0)).y()
        painter.fillRect(
            QRectF(rect.left(), y, rect.width(), rect.bottom() - y), self.colors.ground
        )
        painter.setPen(QPen(self.colors.floor, max(1.0, 1.2 * layout.scale)))
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))

    def shadows(self, painter: QPainter, layout: Layout, fig: Figure) -> None:
        """Soft shadows under the body parts that touch the floor."""
        xs = [x for n, (x, y) in fig.points.items() if y < CONTACT_CM and n != "face"]
        if not xs:
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colors.shadow)
        s = layout.scale
        x0, x1 = min(xs) - 6.0, max(xs) + 6.0
        a = layout.map((x0, 1.5))
        painter.drawRoundedRect(QRectF(a.x(), a.y(), (x1 - x0) * s, 3.0 * s), 1.5 * s, 1.5 * s)

    def paint_back(
        self,
        painter: QPainter,
        layout: Layout,
        ref: Figure,
        span: tuple[float, float],
        props: tuple[str, ...],
    ) -> None:
        """Props behind the figure: mat (under ``span``, x cm), wall, door, chair, band post."""
        m = layout.map
        s = layout.scale
        c = self.colors
        f = geo.facing(ref)
        if "mat" in props:
            x0, x1 = span
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(c.mat)
            top = m((x0 - 8.0, 1.6))
            painter.drawRoundedRect(QRectF(top.x(), top.y(), (x1 - x0 + 16.0) * s, 1.6 * s), s, s)
        if "wall" in props:
            self._wall(painter, layout, ref)
        if "door" in props:
            x = geo.door_x(ref)
            pen = QPen(c.prop, 5.0 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawLine(m((x, 0.0)), m((x, DOOR_TOP_CM)))
            painter.setPen(QPen(c.prop_fill, 3.0 * s))
            painter.drawLine(m((x - f * 60.0, DOOR_TOP_CM)), m((x, DOOR_TOP_CM)))
        if "chair" in props:
            self._chair(painter, layout, ref)
        if "band" in props:
            ax, _ = geo.band_anchor(ref)
            pen = QPen(c.prop, 4.0 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawLine(m((ax, 0.0)), m((ax, DOOR_TOP_CM * 0.8)))

    def paint_front(
        self,
        painter: QPainter,
        layout: Layout,
        ref: Figure,
        fig: Figure,
        props: tuple[str, ...],
        band_sides: tuple[str, ...],
    ) -> None:
        """Props in front of the figure: the desk, the band to the hands."""
        m = layout.map
        s = layout.scale
        c = self.colors
        if "desk" in props and ref.view == "side":
            self._desk(painter, layout, ref)
        if "band" in props:
            ax, ay = geo.band_anchor(ref)
            pen = QPen(c.band, max(1.5, 1.6 * s), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            for side in band_sides:
                painter.drawLine(m((ax, ay)), m(fig.points[f"hand_{side}"]))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(c.band.darker(120))
            painter.drawEllipse(m((ax, ay)), 2.6 * s, 2.6 * s)

    def seat_edge(self, painter: QPainter, layout: Layout, ref: Figure) -> None:
        """Front view: the seat's front edge, in front of the hips and behind the knees."""
        m = layout.map
        s = layout.scale
        ch = geo.chair(ref)
        painter.setPen(QPen(self.colors.prop, 1.5 * s))
        painter.setBrush(self.colors.prop_fill)
        rect = QRectF(m((ch.back_x - 2.0, ch.seat_y + 1.0)), m((ch.front_x + 2.0, ch.seat_y - 5.0)))
        painter.drawRoundedRect(rect, s * 2, s * 2)

    def _wall(self, painter: QPainter, layout: Layout, ref: Figure) -> None:
        m = layout.map
        s = layout.scale
        if ref.view == "front":
            x0, _, x1, y1 = ref.bounds()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colors.wall)
            painter.drawRect(QRectF(m((x0 - 40.0, y1 + 40.0)), m((x1 + 40.0, 0.0))))
            return
        f = geo.facing(ref)
        back = geo.wall_x(ref)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colors.prop_fill)
        painter.drawRect(QRectF(m((back - f * 10.0, WALL_TOP_CM)), m((back, 0.0))).normalized())
        painter.setPen(QPen(self.colors.prop, 1.2 * s))
        painter.drawLine(m((back, 0.0)), m((back, WALL_TOP_CM)))

    def _chair(self, painter: QPainter, layout: Layout, ref: Figure) -> None:
        m = layout.map
        s = layout.scale
        ch = geo.chair(ref)
        pen = QPen(self.colors.prop, 3.2 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        if ref.view == "front":
            painter.setBrush(self.colors.prop_fill)
            cx = (ch.back_x + ch.front_x) / 2
            back = QRectF(m((cx - 21.0, ch.top_y + 2.0)), m((cx + 21.0, ch.seat_y + 12.0)))
            painter.drawRoundedRect(back, s * 3, s * 3)
            for x in (cx - 19.0, cx + 19.0):
                painter.drawLine(m((x, ch.seat_y + 12.0)), m((x, 0.0)))
            return
        f = geo.facing(ref)
        painter.setBrush(self.colors.prop_fill)
        seat = QRectF(m((ch.back_x, ch.seat_y)), m((ch.front_x, ch.seat_y - 4.0))).normalized()
        painter.drawRoundedRect(seat, s * 1.5, s * 1.5)
        painter.drawLine(m((ch.back_x, ch.seat_y)), m((ch.back_x - f * 3.0, ch.top_y)))
        for x in (ch.back_x + f * 2.0, ch.front_x - f * 2.0):
            painter.drawLine(m((x, ch.seat_y - 4.0)), m((x, 0.0)))

    def _desk(self, painter: QPainter, layout: Layout, ref: Figure) -> None:
        m = layout.map
        s = layout.scale
        f = geo.facing(ref)
        edge, top = geo.desk(ref)
        far = edge + f * geo.DESK_DEPTH_CM
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colors.wood)
        painter.drawRoundedRect(QRectF(m((edge, top)), m((far, top - 3.5))).normalized(), s, s)
        pen = QPen(self.colors.prop, 3.0 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        for x in (edge + f * 5.0, far - f * 4.0):
            painter.drawLine(m((x, top - 3.5)), m((x, 0.0)))


def prop_boxes(ref: Figure, props: tuple[str, ...]) -> list[tuple[float, float, float, float]]:
    """Boxes (cm) the props occupy, so the framing keeps them in view."""
    boxes: list[tuple[float, float, float, float]] = []
    f = geo.facing(ref)
    if "chair" in props:
        ch = geo.chair(ref)
        lo, hi = sorted((ch.back_x, ch.front_x))
        boxes.append((lo - 4.0, 0.0, hi, ch.top_y))
    if "desk" in props and ref.view == "side":
        edge, top = geo.desk(ref)
        far = edge + f * 40.0
        boxes.append((min(edge, far), 0.0, max(edge, far), top))
    if "band" in props:
        ax, ay = geo.band_anchor(ref)
        boxes.append((ax - 4.0, 0.0, ax + 4.0, ay + 10.0))
    if "door" in props:
        x = geo.door_x(ref)
        boxes.append((x - 4.0, 0.0, x + 4.0, DOOR_TOP_CM))
    return boxes
