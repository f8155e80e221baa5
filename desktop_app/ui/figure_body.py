"""Paint the illustrated body of the exercise figure.

A torso with volume along the spine curve, tapered limbs, hands, feet and a head with a
face; the far limbs are paler and behind the near ones.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from desktop_app.core.poses import HEAD_R_CM, THIGH_CM, Figure, Point
from desktop_app.ui.figure_shapes import capsules, smooth_closed
from desktop_app.ui.figure_theme import FigureColors, Layout

# Half-thickness (cm) of the limbs at their joints, from the body outwards.
ARM_RADII = (4.8, 3.7, 2.7)
LEG_RADII = (7.2, 5.0, 5.6, 3.6)
#: Share of the forearm (elbow to fingertips) before the wrist.
WRIST_U = 0.74
#: Side view trunk depth (cm) in front of and behind the spine, at spine parameters.
SIDE_PROFILE = (
    # u along the trunk (negative: below the hip joints, along the pelvis), front, back
    (-0.18, 4.0, 7.0),
    (0.0, 8.0, 11.0),
    (0.2, 8.5, 8.0),
    (0.38, 8.0, 6.5),
    (0.62, 10.5, 8.5),
    (0.86, 9.0, 7.5),
    (1.0, 5.0, 4.5),
)
#: Front view trunk half-width (cm) at spine parameters.
FRONT_PROFILE = ((-0.16, 11.0), (0.05, 16.0), (0.38, 12.5), (0.7, 15.0), (0.9, 17.5), (1.0, 6.5))
VERTEBRAE = 9
#: Front view: from this trunk rotation (degrees) the shoulder turned away is drawn behind.
TWIST_BACK_DEG = 20.0


def _lerp(a: Point, b: Point, u: float) -> Point:
    return a[0] + (b[0] - a[0]) * u, a[1] + (b[1] - a[1]) * u


def _unit(dx: float, dy: float) -> Point:
    length = math.hypot(dx, dy) or 1.0
    return dx / length, dy / length


def spine_samples(fig: Figure) -> list[tuple[float, Point, Point]]:
    """Points along the spine with the unit direction of the spine there: (u, point, dir).

    Below the hip joints (u < 0) the samples follow the pelvis axis, so a pelvic tilt turns
    the buttocks and the lower back with it.
    """
    p = fig.points
    chain = [(0.0, p["pelvis"]), (0.35, p["waist"]), (0.6, p["chest"]), (1.0, p["neck_base"])]
    axis = _unit(p["pelvis_top"][0] - p["pelvis"][0], p["pelvis_top"][1] - p["pelvis"][1])
    out: list[tuple[float, Point, Point]] = []
    for u in (-0.18, 0.0, 0.1, 0.2, 0.28, 0.38, 0.5, 0.62, 0.74, 0.86, 0.94, 1.0):
        if u <= 0.0:
            length = -u * 50.0
            pt = (p["pelvis"][0] - axis[0] * length, p["pelvis"][1] - axis[1] * length)
            out.append((u, pt, axis))
            continue
        i = 0 if u <= 0.35 else (1 if u <= 0.6 else 2)
        (u0, a), (u1, b) = chain[i], chain[i + 1]
        w = (u - u0) / (u1 - u0)
        direction = _unit(b[0] - a[0], b[1] - a[1])
        if u < 0.2:  # the lowest part of the spine turns with the pelvis
            k = u / 0.2
            direction = _unit(
                axis[0] * (1 - k) + direction[0] * k, axis[1] * (1 - k) + direction[1] * k
            )
        out.append((u, _lerp(a, b, w), direction))
    return out


def _profile(table: Sequence[tuple[float, ...]], u: float, column: int) -> float:
    for (u0, *a), (u1, *b) in itertools.pairwise(table):
        if u <= u1:
            w = max(0.0, min(1.0, (u - u0) / (u1 - u0)))
            return a[column] + (b[column] - a[column]) * w
    return table[-1][column + 1]


class BodyPainter:
    """Paint one posed figure (near side dark and sharp, far side pale and behind)."""

    def __init__(self, colors: FigureColors) -> None:
        self.colors = colors

    # -- whole figure ------------------------------------------------------------

    def paint(
        self,
        painter: QPainter,
        layout: Layout,
        fig: Figure,
        after_torso: Callable[[], None] | None = None,
        before_head: Callable[[], None] | None = None,
    ) -> None:
        """Paint the figure, far parts first.

        ``after_torso`` paints what lies on the trunk under the near limbs (a seat edge, lit
        trunk muscles), ``before_head`` what the head covers (a lit neck).
        """
        w = max(0.8, 0.9 * layout.scale)
        if fig.view == "side":
            far = "r" if fig.near == "l" else "l"
            self.arm(painter, layout, fig, far, near=False)
            self.leg(painter, layout, fig, far, near=False)
            self.torso_side(painter, layout, fig, w)
            if after_torso is not None:
                after_torso()
            self.leg(painter, layout, fig, fig.near, near=True)
            if before_head is not None:
                before_head()
            self.head(painter, layout, fig, w)
            self.arm(painter, layout, fig, fig.near, near=True)
            return
        # A rotated trunk turns one shoulder away: that arm is drawn pale, behind.
        back = "" if abs(fig.twist) < TWIST_BACK_DEG else ("l" if fig.twist > 0 else "r")
        if back:
            self.arm(painter, layout, fig, back, near=False)
        self.torso_front(painter, layout, fig, w)
        if after_torso is not None:
            after_torso()
        for s in self._legs_back_to_front(fig):
            self.leg(painter, layout, fig, s, near=True)
        if before_head is not None:
            before_head()
        self.head(painter, layout, fig, w)
        for s in "rl":
            if s != back:
                self.arm(painter, layout, fig, s, near=True)

    @staticmethod
    def _legs_back_to_front(fig: Figure) -> tuple[str, str]:
        # A leg crossed over the other (its foot higher) is drawn last, in front.
        p = fig.points
        return ("r", "l") if p["ankle_l"][1] > p["ankle_r"][1] + 1.0 else ("l", "r")

    # -- parts ---------------------------------------------------------------------

    def torso_side(self, painter: QPainter, layout: Layout, fig: Figure, w: float) -> None:
        c = self.colors
        f = -1.0 if fig.mirrored else 1.0
        samples = spine_samples(fig)
        rim = w / layout.scale

        def outline(extra: float) -> tuple[list[QPointF], list[QPointF]]:
            front: list[QPointF] = []
            back: list[QPointF] = []
            for u, (x, y), (dx, dy) in samples:
                nx, ny = dy * f, -dx * f  # towards the face
                fd = _profile(SIDE_PROFILE, u, 0) + extra
                bd = _profile(SIDE_PROFILE, u, 1) + extra
                front.append(layout.map((x + nx * fd, y + ny * fd)))
                back.append(layout.map((x - nx * bd, y - ny * bd)))
            return front, back

        rim_front, rim_back = outline(rim)
        painter.fillPath(smooth_closed(rim_front + rim_back[::-1]), c.outline)
        front, back = outline(0.0)
        painter.fillPath(smooth_closed(front + back[::-1]), c.shirt)
        # Trousers from the buttocks to the waist band.
        pelvis_pts = [front[i] for i in range(4)] + [back[i] for i in range(3, -1, -1)]
        painter.fillPath(smooth_closed(pelvis_pts), c.pants)
        # The waistband lies across the top of the pelvis: it tips with a pelvic tilt.
        p = fig.points
        tx, ty = p["pelvis_top"]
        ax, ay = _unit(tx - p["pelvis"][0], ty - p["pelvis"][1])
        nx, ny = ay * f, -ax * f
        belt = QPen(c.outline, 1.6 * layout.scale, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
        painter.setPen(belt)
        painter.drawLine(
            layout.map((tx + nx * 8.5 - ax * 2.0, ty + ny * 8.5 - ay * 2.0)),
            layout.map((tx - nx * 7.5 - ax * 2.0, ty - ny * 7.5 - ay * 2.0)),
        )
        painter.setPen(Qt.PenStyle.NoPen)
        # The spine: a row of vertebrae just inside the back, so its curve shows.
        painter.setBrush(c.outline)
        r = 0.9 * layout.scale
        for u, (x, y), (dx, dy) in samples[1:-1]:
            if u < 0.05:
                continue
            nx, ny = dy * f, -dx * f
            bd = _profile(SIDE_PROFILE, u, 1) - 2.4
            painter.drawEllipse(layout.map((x - nx * bd, y - ny * bd)), r, r)
        # The neck.
        capsules(layout, [p["neck_base"], p["neck_top"]], (4.6, 4.2), w).paint(
            painter, c.skin, c.outline, w
        )

    def torso_front(self, painter: QPainter, layout: Layout, fig: Figure, w: float) -> None:
        c = self.colors
        p = fig.points
        shoulder_half = (
            math.hypot(
                p["shoulder_l"][0] - p["shoulder_r"][0], p["shoulder_l"][1] - p["shoulder_r"][1]
            )
            / 2
        )
        samples = spine_samples(fig)
        rim = w / layout.scale

        def outline(extra: float) -> tuple[list[QPointF], list[QPointF]]:
            left: list[QPointF] = []
            right: list[QPointF] = []
            for u, (x, y), (dx, dy) in samples:
                nx, ny = dy, -dx  # towards the figure's left (+x when upright)
                half = _profile(FRONT_PROFILE, u, 0)
                if 0.8 < u < 0.99:
                    half = min(half, shoulder_half + 2.0)
                half += extra
                left.append(layout.map((x + nx * half, y + ny * half)))
                right.append(layout.map((x - nx * half, y - ny * half)))
            return left, right

        capsules(layout, [p["neck_base"], p["neck_top"]], (5.0, 4.4), w).paint(
            painter, c.skin, c.outline, w
        )
        rim_left, rim_right = outline(rim)
        painter.fillPath(smooth_closed(rim_left + rim_right[::-1]), c.outline)
        left, right = outline(0.0)
        painter.fillPath(smooth_closed(left + right[::-1]), c.shirt)
        painter.fillPath(smooth_closed(left[:4] + right[3::-1]), c.pants)
        # The spine down the middle of the back shows through: a side bend curves it.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(c.outline)
        r = 0.7 * layout.scale
        a, b, d = p["pelvis_top"], p["chest"], p["neck_base"]
        for i in range(1, VERTEBRAE):
            t = i / VERTEBRAE
            x = (1 - t) ** 2 * a[0] + 2 * (1 - t) * t * b[0] + t * t * d[0]
            y = (1 - t) ** 2 * a[1] + 2 * (1 - t) * t * b[1] + t * t * d[1]
            painter.drawEllipse(layout.map((x, y)), r, r)

    def arm(self, painter: QPainter, layout: Layout, fig: Figure, s: str, *, near: bool) -> None:
        c = self.colors
        p = fig.points
        sh, el, hand = p[f"shoulder_{s}"], p[f"elbow_{s}"], p[f"hand_{s}"]
        wrist = _lerp(el, hand, WRIST_U)
        w = max(0.8, 0.9 * layout.scale) if near else 0.6 * layout.scale
        shirt = c.shirt if near else c.shirt_far
        skin = c.skin if near else c.skin_far
        line = c.outline if near else c.outline_far
        capsules(layout, [el, wrist, hand], (ARM_RADII[1], ARM_RADII[2], 2.5), w).paint(
            painter, skin, line, w
        )
        sleeve = (*ARM_RADII[:2], 3.5)
        capsules(layout, [sh, el, _lerp(el, wrist, 0.45)], sleeve, w).paint(painter, shirt, line, w)

    def leg(self, painter: QPainter, layout: Layout, fig: Figure, s: str, *, near: bool) -> None:
        c = self.colors
        p = fig.points
        hip, knee, ankle = p[f"hip_{s}"], p[f"knee_{s}"], p[f"ankle_{s}"]
        heel, toe = p[f"heel_{s}"], p[f"toe_{s}"]
        w = max(0.8, 0.9 * layout.scale) if near else 0.6 * layout.scale
        pants = c.pants if near else c.pants_far
        line = c.outline if near else c.outline_far
        shoe = c.shoe if near else c.outline_far
        # The shoe: sole from heel to toe, raised so that the sole (not the centre) is low.
        up = _unit(ankle[0] - (heel[0] + toe[0]) / 2, ankle[1] - (heel[1] + toe[1]) / 2)
        lift = 1.8 if fig.view == "side" else 1.0
        h = (heel[0] + up[0] * lift, heel[1] + up[1] * lift)
        t = (toe[0] + up[0] * 1.2, toe[1] + up[1] * 1.2)
        capsules(layout, [ankle, h, t], (3.4, 2.6, 1.9), w).paint(painter, shoe, line, w)
        thigh_len = math.hypot(knee[0] - hip[0], knee[1] - hip[1])
        if fig.view == "front" and thigh_len < THIGH_CM * 0.5:
            # A thigh pointing at the viewer: the shin, then the knee as a round cap on top.
            capsules(layout, [knee, ankle], (5.0, 3.6), w).paint(painter, pants, line, w)
            capsules(layout, [hip, knee], (7.0, 6.6), w).paint(painter, pants, line, w)
            return
        calf = _lerp(knee, ankle, 0.3)
        capsules(layout, [hip, knee, calf, ankle], LEG_RADII, w).paint(painter, pants, line, w)

    def head(self, painter: QPainter, layout: Layout, fig: Figure, w: float) -> None:
        c = self.colors
        s = layout.scale
        center = layout.map(fig.points["head"])
        r = HEAD_R_CM * s
        hx, hy = fig.points["head"]
        nx, ny = fig.points["neck_top"]
        up = _unit(hx - nx, hy - ny)
        up_deg = math.degrees(math.atan2(up[1], up[0]))
        rect = QRectF(center.x() - r, center.y() - r, 2 * r, 2 * r)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(c.outline)
        painter.drawEllipse(center, r + w, r + w)
        painter.setBrush(c.skin)
        painter.drawEllipse(center, r, r)
        painter.setBrush(c.outline)
        if fig.view == "side":
            fx, fy = fig.points["face"]
            fwd = _unit(fx - hx, fy - hy)
            f = -1.0 if up[0] * fwd[1] - up[1] * fwd[0] > 0 else 1.0
            face_deg = math.degrees(math.atan2(fwd[1], fwd[0]))
            painter.setBrush(c.hair)
            painter.drawChord(rect, int((face_deg + f * 45.0) * 16), int(f * 175.0 * 16))
            # Ear a little behind the centre, eye ahead of it, nose on the rim.
            painter.setBrush(c.skin)
            painter.setPen(QPen(c.outline, w))
            ear = layout.map((hx - fwd[0] * 1.5 - up[0] * 0.5, hy - fwd[1] * 1.5 - up[1] * 0.5))
            painter.drawEllipse(ear, 2.0 * s, 2.6 * s)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(c.outline)
            ex, ey = hx + fwd[0] * 6.0 + up[0] * 2.0, hy + fwd[1] * 6.0 + up[1] * 2.0
            painter.drawEllipse(layout.map((ex, ey)), 1.2 * s, 1.2 * s)
            painter.setBrush(c.skin)
            painter.setPen(QPen(c.outline, w))
            nose = (hx + fwd[0] * 10.6 - up[0] * 0.5, hy + fwd[1] * 10.6 - up[1] * 0.5)
            painter.drawEllipse(layout.map(nose), 1.8 * s, 1.8 * s)
            return
        # Front view: hair on top, eyes, nose and mouth move with the turn and the nod.
        painter.setBrush(c.hair)
        turn, nod = fig.face_turn, fig.face_nod
        painter.drawChord(rect, int((up_deg - 75.0 + turn * 20.0) * 16), int(150.0 * 16))
        side_x, side_y = up[1], -up[0]  # towards +x on screen when upright
        painter.setBrush(c.skin)
        painter.setPen(QPen(c.outline, w))
        for sign in (-1.0, 1.0):
            # The ear on the side the face turns away from shows more.
            k = 10.5 - sign * turn * 4.0
            if abs(sign * turn) < 0.9 or sign * turn < 0:
                ear = layout.map((hx + side_x * sign * k, hy + side_y * sign * k))
                painter.drawEllipse(ear, 2.0 * s, 2.8 * s)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(c.outline)

        def at(x: float, y: float) -> QPointF:
            # x across the face, y up the face (cm from the head centre).
            return layout.map((hx + side_x * x + up[0] * y, hy + side_y * x + up[1] * y))

        ox = turn * 6.0
        oy = 1.5 - nod * 6.5
        squeeze = 1.0 - abs(turn) * 0.45
        for ex in (-4.0, 4.0):
            painter.drawEllipse(at(ox + ex * squeeze, oy), 1.2 * s, 1.2 * s)
        pen = QPen(c.outline, 1.0 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        nose_x = ox + turn * 2.5
        painter.drawLine(at(nose_x, oy - 1.0), at(nose_x + turn * 1.5, oy - 4.0))
        painter.drawLine(at(ox - 2.5 * squeeze, oy - 6.5), at(ox + 2.5 * squeeze, oy - 6.5))
