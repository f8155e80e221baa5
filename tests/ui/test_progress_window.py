"""Progress window and presenter with real data dirs (offscreen, software Qt Quick)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

from desktop_app.commands import demo_data
from desktop_app.core.clock import Stamp
from desktop_app.core.stats import ProgressView
from desktop_app.platform.paths import DataPaths
from desktop_app.storage.event_store import EventStore
from desktop_app.ui import progress_coverage, progress_window
from desktop_app.ui.progress_presenter import ProgressPresenter
from desktop_app.ui.progress_window import DeleteChoice, ProgressWindow
from tests.helpers.clock import FakeClock

# Must happen before the QApplication exists (pytest-qt creates it on first use).
QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)

TODAY = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def seeded_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("seeded")
    paths = DataPaths.create(root)
    demo_data.generate(paths, 0.5, 11, Stamp(TODAY, "Europe/Berlin").local_date, "Europe/Berlin")
    return root


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(TODAY, tz="Europe/Berlin")


@pytest.fixture
def presenter(seeded_root: Path, clock: FakeClock, qtbot: object) -> Iterator[ProgressPresenter]:
    store = EventStore(DataPaths(seeded_root))
    p = ProgressPresenter(store, clock)
    yield p
    p.wait()
    if p.window is not None:
        p.window.close()
        p.window.deleteLater()
    store.close()


def test_window_shows_seeded_weeks(presenter: ProgressPresenter, qtbot) -> None:
    with qtbot.waitSignal(presenter.view_loaded, timeout=10_000) as blocker:
        presenter.show()
    view = blocker.args[0]
    window = presenter.window
    assert window is not None and window.isVisible()
    assert window.windowTitle().startswith("Counterbalance")
    assert len(view.weeks) == 8 and view.has_data
    assert window._stack.currentIndex() == 2  # charts, not the empty state
    chart = window._charts.quick.rootObject().property("chart")
    assert len(chart["categories"]) == 8
    expected = [round(w.adherence * 100, 1) if w.adherence is not None else 0 for w in view.weeks]
    assert [float(v) for v in chart["adherence"]] == expected
    this_week = view.this_week
    assert this_week is not None
    card_text = window._cards.cards[0].value.text()
    assert card_text == (
        "–" if this_week.adherence is None else f"{this_week.adherence * 100:.0f}\u00a0%"
    )


def test_range_change_reloads_with_more_weeks(presenter: ProgressPresenter, qtbot) -> None:
    with qtbot.waitSignal(presenter.view_loaded, timeout=10_000):
        presenter.show()
    window = presenter.window
    assert window is not None
    with (
        qtbot.waitSignal(window.range_changed) as changed,
        qtbot.waitSignal(presenter.view_loaded, timeout=10_000) as loaded,
    ):
        window._range.setCurrentIndex(progress_window.RANGES_WEEKS.index(26))
    assert changed.args == [26]
    assert len(loaded.args[0].weeks) == 26
    assert len(window._charts.quick.rootObject().property("chart")["categories"]) == 26


def test_empty_state_for_a_new_user(tmp_path: Path, clock: FakeClock, qtbot) -> None:
    store = EventStore(DataPaths.create(tmp_path / "new"))
    presenter = ProgressPresenter(store, clock)
    with qtbot.waitSignal(presenter.view_loaded, timeout=10_000) as blocker:
        presenter.show()
    window = presenter.window
    assert window is not None
    qtbot.addWidget(window)
    assert not blocker.args[0].has_data
    assert window._stack.currentIndex() == 1
    assert "first break" in window._empty.text()
    assert not window._csv.isEnabled() and window._delete.isEnabled()
    assert window._charts.quick is None  # Qt Quick is not even loaded for the empty state
    assert not (tmp_path / "new" / "counterbalance.sqlite3").exists()
    presenter.wait()


def test_png_export_writes_each_chart(presenter: ProgressPresenter, qtbot, tmp_path: Path) -> None:
    with qtbot.waitSignal(presenter.view_loaded, timeout=10_000):
        presenter.show()
    window = presenter.window
    assert window is not None
    window.resize(1000, 760)
    qtbot.wait(50)
    window.export_png_requested.emit(str(tmp_path / "png"))
    files = sorted((tmp_path / "png").glob("*.png"))
    assert [f.name for f in files] == ["combined.png", "region.png"]
    from PySide6.QtGui import QImage

    image = QImage(str(files[0]))
    assert image.width() > 400 and image.height() > 150
    colors = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colors) > 3  # something was drawn, not a blank rectangle


def test_delete_all_with_backup_first(
    tmp_path: Path, clock: FakeClock, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = DataPaths.create(tmp_path / "d")
    demo_data.generate(paths, 0.05, 1, Stamp(TODAY, "Europe/Berlin").local_date, "Europe/Berlin")
    store = EventStore(paths)
    presenter = ProgressPresenter(store, clock)
    with qtbot.waitSignal(presenter.view_loaded, timeout=10_000):
        presenter.show()
    window = presenter.window
    assert window is not None
    qtbot.addWidget(window)
    answers = iter([DeleteChoice.BACKUP_FIRST, DeleteChoice.DELETE])
    monkeypatch.setattr(window, "ask_delete", lambda: next(answers))
    copy = tmp_path / "copy.sqlite3"
    monkeypatch.setattr(window, "ask_backup_path", lambda: str(copy))
    loaded: list[ProgressView] = []
    presenter.view_loaded.connect(loaded.append)
    window._delete.click()
    qtbot.waitUntil(lambda: bool(loaded), timeout=10_000)  # read again after deleting
    assert "All your data was deleted." in window._status.text()
    assert copy.exists() and copy.stat().st_size > 0
    assert not loaded[-1].has_data
    assert store.sessions_since(datetime(2000, 1, 1, tzinfo=UTC)) == []
    presenter.wait()
    store.close()


def test_cancel_deletes_nothing(monkeypatch: pytest.MonkeyPatch, qtbot) -> None:
    window = ProgressWindow()
    qtbot.addWidget(window)
    monkeypatch.setattr(window, "ask_delete", lambda: DeleteChoice.CANCEL)
    with qtbot.assertNotEmitted(window.delete_all_requested):
        window._delete.click()


def test_controls_have_accessible_names(qtbot) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox

    window = ProgressWindow()
    qtbot.addWidget(window)
    controls = window.findChildren(QAbstractButton) + window.findChildren(QComboBox)
    assert len(controls) >= 5
    assert all(c.accessibleName() for c in controls)


def test_pdf_report_is_written(presenter: ProgressPresenter, qtbot, tmp_path: Path) -> None:
    with qtbot.waitSignal(presenter.view_loaded, timeout=10_000):
        presenter.show()
    window = presenter.window
    assert window is not None
    target = tmp_path / "r" / "report.pdf"
    window.export_pdf_requested.emit(str(target))
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) == 1  # one page
    assert "report.pdf" in window._status.text()


def test_hovering_a_bar_shows_its_week(presenter: ProgressPresenter, qtbot) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtQuick import QQuickItem
    from PySide6.QtTest import QTest

    with qtbot.waitSignal(presenter.view_loaded, timeout=10_000) as loaded:
        presenter.show()
    window = presenter.window
    assert window is not None
    window.resize(1000, 760)
    qtbot.wait(50)
    quick = window._charts.quick
    tip = quick.rootObject().findChild(QQuickItem, "tooltip")
    assert not tip.property("visible")
    chart = quick.rootObject().findChild(QQuickItem, "combinedChart")
    top = chart.mapToScene(chart.position() * 0)
    texts: set[str] = set()
    for share in (0.85, 0.75, 0.65, 0.55):  # low in the plot: on the bars
        y = int(top.y() + chart.height() * share)
        for x in range(int(top.x()) + 40, int(top.x() + chart.width()) - 40, 14):
            QTest.mouseMove(quick, QPoint(x, y))
            qtbot.wait(1)
            if tip.property("visible"):
                texts.add(tip.property("text"))
        if texts:
            break
    weeks = loaded.args[0].weeks
    assert any(t.startswith("Week of") for t in texts), (
        texts,
        quick.size(),
        [w.adherence for w in weeks],
    )
    expected = {f"{w.completed} of {w.prompted} breaks" for w in weeks if w.prompted}
    assert any(any(e in t for e in expected) for t in texts)


def test_regions_worked_this_week_match_the_logged_sets(
    seeded_root: Path, clock: FakeClock, qtbot
) -> None:
    import sqlite3

    from desktop_app.core.catalog import BODY_REGIONS
    from tests.helpers.exercises import builtin_catalog

    catalog = builtin_catalog()
    regions_of = {ex.id: ex.region for ex in catalog.exercises}
    store = EventStore(DataPaths(seeded_root))
    presenter = ProgressPresenter(store, clock)
    presenter.set_exercise_regions(regions_of)  # as the app does once its catalog loaded
    try:
        with qtbot.waitSignal(presenter.view_loaded, timeout=10_000) as loaded:
            presenter.show()
        window = presenter.window
        assert window is not None
        week = loaded.args[0].this_week
        # Count this week's sets per region straight from the database file.
        with sqlite3.connect(DataPaths(seeded_root).database) as db:
            rows = db.execute(
                "SELECT exercise_id, COUNT(*) FROM exercise_set "
                "WHERE local_date >= ? AND local_date <= ? GROUP BY exercise_id",
                (week.week_start.isoformat(), week.week_end.isoformat()),
            ).fetchall()
        expected = dict.fromkeys(BODY_REGIONS, 0)
        for exercise_id, count in rows:
            if exercise_id in regions_of:
                expected[regions_of[exercise_id]] += count
        assert sum(expected.values()) > 0, "the demo week has sets"
        assert dict(window.coverage) == expected
        assert [region for region, _ in window.coverage] == list(BODY_REGIONS)
        assert window._coverage_row.isVisible()
        chips = window._coverage_row.chips
        assert len(chips) == len(BODY_REGIONS)
        for chip, (region, sets) in zip(chips, window.coverage, strict=True):
            assert chip.objectName() == ("chipOn" if sets else "chipOff")
            assert progress_coverage.BODY_REGION_NAMES[region] in chip.accessibleName()
            assert (f"<b>{sets}</b>" in chip.text()) == bool(sets)
    finally:
        presenter.wait()
        if presenter.window is not None:
            presenter.window.close()
        store.close()


def test_without_a_region_map_the_coverage_row_stays_hidden(
    presenter: ProgressPresenter, qtbot
) -> None:
    with qtbot.waitSignal(presenter.view_loaded, timeout=10_000):
        presenter.show()
    window = presenter.window
    assert window is not None
    assert not window._coverage_row.isVisible() and window.coverage == ()


def test_pain_lines_sit_on_the_bar_centres(presenter: ProgressPresenter, qtbot) -> None:
    from PySide6.QtCore import QObject

    with qtbot.waitSignal(presenter.view_loaded, timeout=10_000) as loaded:
        presenter.show()
    window = presenter.window
    assert window is not None
    root = window._charts.quick.rootObject()
    weeks = loaded.args[0].weeks
    for name, values in (
        ("beforeLine", [w.pain_before_mean for w in weeks]),
        ("afterLine", [w.pain_after_mean for w in weeks]),
    ):
        series = root.findChild(QObject, name)
        assert series is not None, name
        points = [series.at(i) for i in range(series.property("count"))]
        expected = [(i + 0.5, v) for i, v in enumerate(values) if v is not None]
        assert [(p.x(), round(p.y(), 6)) for p in points] == [(x, round(y, 6)) for x, y in expected]


def test_export_messages_use_proper_plurals() -> None:
    said = ProgressPresenter._saved_text
    assert said(1, "csv", "/d") == "Saved 1 CSV file in /d"
    assert said(5, "csv", "/d") == "Saved 5 CSV files in /d"
    assert said(1, "png", "/d") == "Saved 1 chart image in /d"
    assert said(2, "png", "/d") == "Saved 2 chart images in /d"


def test_esc_closes_the_window(qtbot) -> None:
    window = ProgressWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_cards_say_the_trend_in_words(qtbot) -> None:
    from datetime import date, timedelta

    from desktop_app.core.stats import ProgressView, WeekStats

    monday = date(2026, 1, 5)
    pains = [6.0, 5.5, 5.0, 4.6, 4.4, 4.0, 3.8, 3.4]  # recent 3.6 vs 4.8 four weeks ago
    taken = [5, 5, 6, 9, 7, 7, 8, 10]  # of 10: 15/20 = 75 % then, 18/20 = 90 % lately
    weeks = tuple(
        WeekStats(
            monday + timedelta(weeks=i),
            prompted=10,
            completed=c,
            adherence=c / 10,
            pain_before_mean=p,
        )
        for i, (p, c) in enumerate(zip(pains, taken, strict=True))
    )
    window = ProgressWindow()
    qtbot.addWidget(window)
    window.show_view(ProgressView(date(2026, 3, 1), weeks, has_data=True))
    adherence, pain = window._cards.cards[0], window._cards.cards[1]
    assert pain.trend.text() == "Pain 1.2 points lower than 4 weeks ago"
    assert adherence.trend.text() == "More breaks than 4 weeks ago: 90\u00a0% (was 75\u00a0%)"
    assert "Pain 1.2 points lower" in pain.frame.accessibleName()


def test_save_dialogs_start_in_the_documents_folder(qtbot, monkeypatch) -> None:
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda _parent, _title, start, _filter: asked.append(start) or ("", ""),
    )
    monkeypatch.setattr(
        QFileDialog,
        "getExistingDirectory",
        lambda _parent, _title, start: asked.append(start) or "",
    )
    window = ProgressWindow()
    qtbot.addWidget(window)
    window._on_pdf_clicked()
    window._on_csv_clicked()
    window._on_png_clicked()
    assert window.ask_backup_path() == ""
    assert documents
    assert asked == [
        str(Path(documents) / "counterbalance-report.pdf"),
        documents,
        documents,
        str(Path(documents) / "counterbalance-backup.sqlite3"),
    ]


def test_trend_sentences_for_each_direction() -> None:
    from desktop_app.core.trends import Direction, Trend
    from desktop_app.ui.trend_text import adherence_trend_text, pain_trend_text

    assert pain_trend_text(None) == adherence_trend_text(None) == ""
    assert (
        pain_trend_text(Trend(Direction.HIGHER, 0.8, 2, 4.0, 3.2))
        == "Pain 0.8 points higher than 2 weeks ago"
    )
    assert (
        pain_trend_text(Trend(Direction.STEADY, 0.3, 4, 3.0, 2.7))
        == "Pain about the same as 4 weeks ago"
    )
    assert (
        adherence_trend_text(Trend(Direction.LOWER, 12, 4, 0.5, 0.62))
        == "Fewer breaks than 4 weeks ago: 50\u00a0% (was 62\u00a0%)"
    )
    assert (
        adherence_trend_text(Trend(Direction.STEADY, 2, 4, 0.5, 0.52))
        == "As many breaks as 4 weeks ago: 50\u00a0% (was 52\u00a0%)"
    )
