"""Render every exercise's figure at three phases into one contact-sheet PNG.

Usage: QT_QPA_PLATFORM=offscreen python docs/tools/render_figures.py [out.png] [id ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

from desktop_app.core.catalog import load_catalog
from desktop_app.platform.paths import resources_dir
from desktop_app.ui.figure_widget import FigureScene

CELL_PX = 210
LABEL_PX = 34
PHASES = (0.0, 0.3, 0.55)


def keep_none_alive() -> None:
    """Work around PySide6 6.12 on CPython 3.11 dropping a reference to None per void call."""
    if sys.version_info < (3, 12):
        import ctypes

        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


def main(argv: list[str]) -> int:
    """Render the sheet; return a process exit code."""
    keep_none_alive()
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    assert app is not None
    out = Path(argv[0]) if argv else Path("docs/screenshots/figures.png")
    wanted = set(argv[1:])
    catalog = load_catalog(resources_dir() / "exercises")
    for problem in catalog.problems:
        print(problem, file=sys.stderr)
    exercises = [e for e in catalog.exercises if not wanted or e.id in wanted]
    per_row = 2  # exercises per row, each with len(PHASES) cells
    rows = (len(exercises) + per_row - 1) // per_row
    width = per_row * len(PHASES) * CELL_PX + (per_row - 1) * 16
    height = rows * (CELL_PX + LABEL_PX)
    image = QImage(width, max(height, 1), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene = FigureScene()
    font = QFont(painter.font())
    font.setPixelSize(13)
    for index, ex in enumerate(exercises):
        row, col = divmod(index, per_row)
        x0 = col * (len(PHASES) * CELL_PX + 16)
        y0 = row * (CELL_PX + LABEL_PX)
        painter.setFont(font)
        painter.setPen(QColor("#222"))
        title = f"{ex.id} ({ex.view}{', variant' if ex.variant_of else ''})"
        painter.drawText(
            QRectF(x0 + 4, y0, len(PHASES) * CELL_PX - 8, LABEL_PX),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            title,
        )
        for i, phase in enumerate(PHASES):
            rect = QRectF(x0 + i * CELL_PX + 2, y0 + LABEL_PX, CELL_PX - 4, CELL_PX - 4)
            scene.paint(painter, rect, ex, phase, mirrored=False)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(out))
    print(f"wrote {out} ({len(exercises)} exercises)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
