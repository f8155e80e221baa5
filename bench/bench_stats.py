"""Benchmark progress statistics, the progress window's first paint and the exports.

Usage: python bench/bench_stats.py [--years 5] [--seed 1] [--runs 20]

Builds a throwaway data dir with ``demo-data`` history (about 10 prompts per working day),
then measures:
  * weekly stats for 52 weeks (SQL day aggregation + folding), warm and first call;
  * first paint of the progress window: from ``presenter.show()`` (which imports Qt Quick
    and Qt Graphs and compiles the QML) until a frame with the data has been rendered;
  * exports: CSV of all raw events, the PDF report, PNGs of the charts.
Targets (issue 5): stats <= 50 ms, first paint <= 300 ms, export <= 1 s.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=float, default=5.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()

    from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)
    from PySide6.QtWidgets import QApplication

    app = QApplication([])  # the tray app already has one when the window opens

    from desktop_app.commands.demo_data import generate
    from desktop_app.core.clock import Stamp
    from desktop_app.platform.clock import SystemClock
    from desktop_app.platform.paths import DataPaths
    from desktop_app.storage.csv_export import export_csv
    from desktop_app.storage.event_store import EventStore

    clock = SystemClock()
    today = Stamp.now(clock).local_date
    root = Path(tempfile.mkdtemp(prefix="cb-bench-"))
    paths = DataPaths.create(root / "data")
    t0 = time.perf_counter()
    counts = generate(paths, args.years, args.seed, today, clock.tz_name())
    generate_s = time.perf_counter() - t0
    size_mib = paths.database.stat().st_size / 2**20

    store = EventStore(paths)
    t0 = time.perf_counter()
    store.progress(today, 52)
    first_stats_s = time.perf_counter() - t0  # includes importing SQLAlchemy/SQLModel
    runs = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        view = store.progress(today, 52)
        runs.append(time.perf_counter() - t0)
    assert len(view.weeks) == 52 and view.has_data

    from desktop_app.ui.progress_presenter import ProgressPresenter

    presenter = ProgressPresenter(store, clock)
    painted: list[float] = []
    t0 = time.perf_counter()
    presenter.view_loaded.connect(lambda _view: painted.append(time.perf_counter()))
    presenter.show()
    while not painted:
        app.processEvents()
        time.sleep(0.001)
    window = presenter.window
    assert window is not None
    while window._charts.quick is None or window._charts.quick.width() == 0:
        app.processEvents()
    frame = window._charts.quick.grabFramebuffer()  # renders the frame with the data
    first_paint_s = time.perf_counter() - t0
    assert not frame.isNull() and frame.width() > 0

    t0 = time.perf_counter()
    export_csv(paths.database, root / "csv")
    csv_s = time.perf_counter() - t0
    from desktop_app.ui.report_pdf import write_report

    t0 = time.perf_counter()
    write_report(view, root / "report.pdf")
    pdf_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    window.save_charts_png(root / "png")
    png_s = time.perf_counter() - t0
    presenter.wait()
    store.close()

    print(f"machine: {os.cpu_count()} CPUs, {cpu_model()}, Python {platform.python_version()}")
    print(
        f"history: {args.years:g} years, {counts[0]} prompts, {counts[1]} sessions, "
        f"{counts[2]} sets, {counts[3]} ratings; {size_mib:.1f} MiB; "
        f"generated in {generate_s:.2f} s"
    )
    print(
        f"weekly stats, 52 weeks: median {ms(statistics.median(runs))}, "
        f"max {ms(max(runs))} over {args.runs} runs; first call {ms(first_stats_s)} "
        "(imports SQLAlchemy)   target <= 50 ms"
    )
    print(f"progress window first paint: {ms(first_paint_s)}   target <= 300 ms")
    print(f"export: CSV {ms(csv_s)}, PDF {ms(pdf_s)}, PNG {ms(png_s)}   target <= 1 s each")
    return 0


if __name__ == "__main__":
    sys.exit(main())
