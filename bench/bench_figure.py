"""Benchmark one frame of the exercise figure (background, props, cues, body, highlight).

Usage: python bench/bench_figure.py [--size 560x480] [--frames 60] [--dark]

Paints every exercise at ``--frames`` phases spread over its cycle, both sides, into an
offscreen image of the figure's size in the session window (the widget paints the same way
into its backing store), and reports the median, 95th percentile and worst frame time.
Wall time and the process's CPU time are both reported: on a shared machine the wall time
includes waiting for a core. The first frame of each exercise and side (framing, motion
and the static stage image are made and cached then) is reported separately.
Target (issue 12): a frame well under 5 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="560x480", help="figure size in pixels, WxH")
    parser.add_argument("--frames", type=int, default=60)
    parser.add_argument("--dark", action="store_true")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))

    if sys.version_info < (3, 12):  # PySide6 6.12 on 3.11 drops a None reference per call
        import ctypes

        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40

    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QGuiApplication, QImage, QPainter

    from desktop_app.core.catalog_files import load_catalog
    from desktop_app.platform.paths import resources_dir
    from desktop_app.ui.figure_widget import DARK_COLORS, LIGHT_COLORS, FigureScene

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    assert app is not None
    catalog = load_catalog(resources_dir() / "exercises")
    scene = FigureScene(DARK_COLORS if args.dark else LIGHT_COLORS)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    rect = QRectF(0, 0, width, height)
    first: list[float] = []
    frames: list[float] = []
    cpu_frames: list[float] = []
    per_exercise: dict[str, float] = {}
    for ex in catalog.exercises:
        for mirrored in (False, True):
            for i in range(args.frames + 1):
                painter = QPainter(image)
                start, cpu_start = time.perf_counter(), time.process_time()
                scene.paint(painter, rect, ex, i / args.frames, mirrored)
                painter.end()
                elapsed = time.perf_counter() - start
                cpu = time.process_time() - cpu_start
                if i == 0:
                    first.append(elapsed)
                else:
                    frames.append(elapsed)
                    cpu_frames.append(cpu)
                    per_exercise[ex.id] = max(per_exercise.get(ex.id, 0.0), elapsed)
    frames.sort()
    cpu_frames.sort()
    p95 = frames[int(len(frames) * 0.95)]
    cpu_p95 = cpu_frames[int(len(cpu_frames) * 0.95)]
    slowest = sorted(per_exercise.items(), key=lambda kv: kv[1], reverse=True)[:3]
    print(f"figure {width}x{height}, {len(catalog.exercises)} exercises x 2 sides x {args.frames}")
    print(
        f"frame: median {statistics.median(frames) * 1e3:.2f} ms, p95 {p95 * 1e3:.2f} ms, "
        f"max {frames[-1] * 1e3:.2f} ms"
    )
    print(
        f"frame CPU time (this process only): median {statistics.median(cpu_frames) * 1e3:.2f} ms,"
        f" p95 {cpu_p95 * 1e3:.2f} ms"
    )
    print(
        "first frame of an exercise and side (framing, motion, stage image): "
        f"median {statistics.median(first) * 1e3:.2f} ms, max {max(first) * 1e3:.2f} ms"
    )
    worst = ", ".join(f"{k} {v * 1e3:.2f} ms" for k, v in slowest)
    print(f"slowest exercises (worst frame): {worst}")
    print(f"load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
