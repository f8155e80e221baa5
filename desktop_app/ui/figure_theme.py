"""Colours and the cm-to-pixel mapping shared by the figure painters."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPalette

from desktop_app.core.poses import Point


@dataclass(frozen=True, slots=True)
class FigureColors:
    """The colours of one figure theme (a light and a dark one follow the window palette)."""

    ink: QColor
    ink_far: QColor
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
    tint: QColor
    # The illustrated body: near limbs, far limbs (paler, behind) and their outline.
    shirt: QColor
    shirt_far: QColor
    pants: QColor
    pants_far: QColor
    skin: QColor
    skin_far: QColor
    hair: QColor
    shoe: QColor
    outline: QColor
    outline_far: QColor
    cue: QColor
    shadow: QColor

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
    tint=QColor(240, 110, 45, 235),
    shirt=QColor("#3f72a6"),
    shirt_far=QColor("#9fb8d3"),
    pants=QColor("#35475b"),
    pants_far=QColor("#97a6b8"),
    skin=QColor("#eec39c"),
    skin_far=QColor("#ead3bf"),
    hair=QColor("#4a3a30"),
    shoe=QColor("#2a2f37"),
    outline=QColor("#1d2a37"),
    outline_far=QColor("#7d8da1"),
    cue=QColor(35, 140, 200, 200),
    shadow=QColor(40, 60, 80, 45),
)
DARK_COLORS = FigureColors(
    ink=QColor("#e4ebf2"),
    ink_far=QColor("#7d8da0"),
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
    tint=QColor(255, 140, 70, 235),
    shirt=QColor("#5b93cc"),
    shirt_far=QColor("#3c526a"),
    pants=QColor("#8aa2bd"),
    pants_far=QColor("#485a6e"),
    skin=QColor("#e9c39f"),
    skin_far=QColor("#7d6d60"),
    hair=QColor("#2b211b"),
    shoe=QColor("#c9d3de"),
    outline=QColor("#e6edf4"),
    outline_far=QColor("#5d6e82"),
    cue=QColor(110, 200, 255, 210),
    shadow=QColor(0, 0, 0, 90),
)


@dataclass(frozen=True, slots=True)
class Layout:
    """World (cm, y up) to pixel mapping for one exercise in one rectangle."""

    scale: float
    origin_x: float
    origin_y: float

    def map(self, p: Point) -> QPointF:
        return QPointF(self.origin_x + p[0] * self.scale, self.origin_y - p[1] * self.scale)
