"""Render the product icon SVGs to hicolor PNGs, a Windows .ico and a macOS .icns.

Usage: ``python packaging/render_icons.py`` (from anywhere; needs PySide6 only, no Pillow).

Sizes up to ``SMALL_MAX_PX`` come from ``tray.svg``: the same artwork, full-bleed and snapped
to a 4-unit grid, so 16/22/24 px menu icons stay crisp. Larger sizes come from
``counterbalance.svg`` (with margin and gradient). The outputs are committed so that a build
does not need to run this script; re-run it after editing an SVG.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
import tempfile
from pathlib import Path

ICONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "icons"
HICOLOR_SIZES_PX = (16, 22, 24, 32, 48, 64, 128, 256, 512)
SMALL_MAX_PX = 24
ICO_SIZES_PX = (16, 24, 32, 48, 64, 256)
#: Tray icon variants, rendered to PNG so the running app never loads the SVG plugin
#: (QtSvg: about 1 MiB of resident memory in a tray app).
TRAY_VARIANTS = ("tray", "tray-paused", "tray-due")
TRAY_SIZES_PX = (16, 22, 24, 32, 48, 64)
#: icns chunk type for each PNG size (PNG payloads are accepted since macOS 10.7).
ICNS_TYPES = (
    ("icp4", 16),
    ("icp5", 32),
    ("icp6", 64),
    ("ic07", 128),
    ("ic08", 256),
    ("ic09", 512),
    ("ic10", 1024),
)


def render_png(svg: Path, size_px: int) -> bytes:
    """Render ``svg`` to a transparent square PNG of ``size_px`` and return its bytes."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG")
    image = QImage(size_px, size_px, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size_px, size_px))
    painter.end()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "icon.png"  # the suffix picks the format
        if not image.save(str(path)):
            raise SystemExit(f"render_icons: could not write a {size_px} px PNG")
        return path.read_bytes()


def source_for(size_px: int) -> Path:
    """Return the SVG that is drawn at ``size_px``."""
    return ICONS_DIR / ("tray.svg" if size_px <= SMALL_MAX_PX else "counterbalance.svg")


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """Pack PNG images into a Windows .ico (PNG-compressed entries, Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries = b""
    payload = b""
    for size in sizes:
        png = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(payload))
        payload += png
    return header + entries + payload


def icns_bytes(pngs: dict[str, bytes]) -> bytes:
    """Pack PNG images keyed by icns chunk type into an Apple .icns file."""
    body = b"".join(
        kind.encode("ascii") + struct.pack(">I", 8 + len(png)) + png for kind, png in pngs.items()
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    """Write every rendered icon below ``resources/icons`` and print what was written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    cache: dict[int, bytes] = {}

    def png(size_px: int) -> bytes:
        if size_px not in cache:
            cache[size_px] = render_png(source_for(size_px), size_px)
        return cache[size_px]

    for size in HICOLOR_SIZES_PX:
        target = ICONS_DIR / "hicolor" / f"{size}x{size}" / "apps" / "counterbalance.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(png(size))
        print(f"wrote {target.relative_to(ICONS_DIR.parent.parent)}")
    scalable = ICONS_DIR / "hicolor" / "scalable" / "apps" / "counterbalance.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ICONS_DIR / "counterbalance.svg", scalable)
    (ICONS_DIR / "counterbalance.ico").write_bytes(ico_bytes({s: png(s) for s in ICO_SIZES_PX}))
    (ICONS_DIR / "counterbalance.icns").write_bytes(
        icns_bytes({kind: png(size) for kind, size in ICNS_TYPES})
    )
    print("wrote resources/icons/counterbalance.ico and counterbalance.icns")
    tray_dir = ICONS_DIR / "tray"
    tray_dir.mkdir(exist_ok=True)
    for variant in TRAY_VARIANTS:
        for size in TRAY_SIZES_PX:
            target = tray_dir / f"{variant}-{size}.png"
            target.write_bytes(render_png(ICONS_DIR / f"{variant}.svg", size))
    print(f"wrote {len(TRAY_VARIANTS) * len(TRAY_SIZES_PX)} tray PNGs in resources/icons/tray")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
