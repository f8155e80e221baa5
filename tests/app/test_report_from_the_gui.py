"""The PDF the progress window saves names exercises as the catalog does, never by id."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtPdf import QPdfDocument
from PySide6.QtQuick import QQuickWindow, QSGRendererInterface
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.app import CounterbalanceApp
from desktop_app.commands import demo_data
from desktop_app.core.clock import Stamp
from desktop_app.platform.paths import DataPaths
from tests.helpers.clock import FakeClock

# Must happen before the QApplication exists (pytest-qt creates it on first use).
QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)

TODAY = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)


def test_the_report_saved_from_the_progress_window_names_exercises(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = DataPaths.create(tmp_path / "data")
    demo_data.generate(paths, 0.5, 11, Stamp(TODAY, "Europe/Berlin").local_date, "Europe/Berlin")
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    shell = CounterbalanceApp(qt_app, paths, FakeClock(TODAY, tz="Europe/Berlin"), 1.0)
    try:
        with qtbot.waitSignal(shell._progress.view_loaded, timeout=20_000) as loaded:
            shell.show_progress()  # what the tray's Progress… does
        window = shell._progress.window
        assert window is not None
        done = [e for week in loaded.args[0].weeks for e, _count in week.exercises]
        assert done, "the demo data holds exercises"
        pdf = tmp_path / "report.pdf"
        window.export_pdf_requested.emit(str(pdf))
        document = QPdfDocument()
        document.load(str(pdf))
        text = document.getAllText(0).text()
        catalog = shell._preparation.catalog()
        named = [catalog.get(e) for e in done]
        listed = [e for e in named if e is not None and e.name in text]
        assert listed, "the report lists exercises by their catalog names"
        assert not [e for e in done if e in text], "no raw exercise id in the report"
    finally:
        window = shell._progress.window
        if window is not None:
            window.close()
        shell.shutdown()
