"""Render every exercise's figure at its key poses, both sides, into a contact-sheet PNG.

Usage:
  QT_QPA_PLATFORM=offscreen python docs/tools/render_figures.py [--dark] [--cell PX]
      [--per-row N] [--out FILE] [id ...]

Default output: docs/screenshots/figures.png (light) or figures_dark.png (``--dark``).
Each exercise shows its distinct key poses for the left side, then for the right side
(mirrored); a key pose shown before (a hold, a return) is skipped.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

from desktop_app.core.catalog import Exercise
from desktop_app.core.catalog_files import load_catalog
from desktop_app.core.key_poses import resolve
from desktop_app.platform.paths import resources_dir
from desktop_app.ui.figure_widget import DARK_COLORS, LIGHT_COLORS, FigureScene

LABEL_PX = 22
GAP_PX = 10


def keep_none_alive() -> None:
    """Work around PySide6 6.12 on CPython 3.11 dropping a reference to None per void call."""
    if sys.version_info < (3, 12):
        import ctypes

        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


def key_phases(ex: Exercise) -> list[float]:
    """The phases of the distinct key poses (a pose shown before, e.g. a hold, is skipped)."""
    phases: list[float] = []
    seen: list[dict[str, float]] = []
    for key, full in zip(ex.keyframes, resolve(ex.keyframes), strict=True):
        if full not in seen:
            phases.append(key.t)
            seen.append(full)
    return phases or [0.0]


def main(argv: list[str]) -> int:
    """Render the sheet; return a process exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ids", nargs="*")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--cell", type=int, default=132)
    parser.add_argument("--per-row", type=int, default=2)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    keep_none_alive()
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    assert app is not None
    name = "figures_dark.png" if args.dark else "figures.png"
    out = args.out or Path("docs/screenshots") / name
    catalog = load_catalog(resources_dir() / "exercises")
    for problem in catalog.problems:
        print(problem, file=sys.stderr)
    exercises = [e for e in catalog.exercises if not args.ids or e.id in args.ids]
    cell = args.cell
    # Pack the exercises into rows: each takes 2 × its key poses cells (a wide one wraps).
    row_width = max(1, args.per_row) * (4 * cell + GAP_PX) + GAP_PX
    places: list[tuple[int, int]] = []
    x, row = GAP_PX, 0
    for ex in exercises:
        width = 2 * len(key_phases(ex)) * cell + GAP_PX
        if x > GAP_PX and x + width > row_width:
            x, row = GAP_PX, row + 1
        places.append((x, row))
        x += width
    rows = row + 1
    width_px = max(
        row_width,
        max(
            px + 2 * len(key_phases(e)) * cell for (px, _), e in zip(places, exercises, strict=True)
        )
        + GAP_PX,
    )
    image = QImage(width_px, rows * (cell + LABEL_PX), QImage.Format.Format_RGB32)
    colors = DARK_COLORS if args.dark else LIGHT_COLORS
    image.fill(colors.ground)
    painter = QPainter(image)
    scene = FigureScene(colors)
    font = QFont(painter.font())
    font.setPixelSize(12)
    painter.setFont(font)
    for ex, (x0, row) in zip(exercises, places, strict=True):
        y0 = row * (cell + LABEL_PX)
        phases = key_phases(ex)
        block = 2 * len(phases) * cell
        painter.setPen(colors.ink)
        side_note = "left | right" if ex.sided.value == "left-right" else "both sides"
        painter.drawText(
            QRectF(x0 + 2, y0, block - 4, LABEL_PX),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            f"{ex.name}  ({ex.view}; {side_note})",
        )
        for k, mirrored in enumerate((False, True)):
            for i, phase in enumerate(phases):
                x = x0 + (k * len(phases) + i) * cell
                rect = QRectF(x + 1, y0 + LABEL_PX, cell - 2, cell - 2)
                scene.paint(painter, rect, ex, phase, mirrored=mirrored)
            if k == 0:
                painter.setPen(QColor(colors.band))
                sx = x0 + len(phases) * cell
                painter.drawLine(sx, y0 + LABEL_PX + 4, sx, y0 + LABEL_PX + cell - 6)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(out))
    print(f"wrote {out} ({len(exercises)} exercises)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
