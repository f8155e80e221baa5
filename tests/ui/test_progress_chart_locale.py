"""The Progress charts (Qt Graphs, QML) write numbers and dates the user's way (issue 14).

Qt Graphs formats axis numbers itself with C printf rules ("7.5" in every language), and
the QML tooltips used JavaScript's ``toFixed``; these tests read what the charts actually
render in German, French and Polish.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, QObject, QPointF
from PySide6.QtQuick import QQuickItem, QQuickWindow, QSGRendererInterface

from desktop_app.core.stats import ProgressView, RegionPain, WeekStats
from desktop_app.ui.progress_window import ProgressWindow

QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)

FIRST_WEEK = date(2026, 10, 5)

# Written by hand from each language's conventions (CLDR), not taken from the code.
EXPECTED = {
    "de_DE": {"pain": ["0", "2,5", "5", "7,5", "10"], "week": "5. Okt.", "tip": "7,5"},
    "fr_FR": {"pain": ["0", "2,5", "5", "7,5", "10"], "week": "5 oct.", "tip": "7,5"},
    "pl_PL": {"pain": ["0", "2,5", "5", "7,5", "10"], "week": "5 paź", "tip": "7,5"},
    "en_US": {"pain": ["0", "2.5", "5", "7.5", "10"], "week": "Oct 5", "tip": "7.5"},
}


def _view() -> ProgressView:
    weeks = tuple(
        WeekStats(
            week_start=FIRST_WEEK + timedelta(weeks=i),
            prompted=20,
            completed=15,
            adherence=0.75,
            pain_before_mean=7.5 - i,
            pain_after_mean=5.25 - i,
            pain_by_region=(RegionPain("lower_back", 6.5 - i, 4.0),),
        )
        for i in range(3)
    )
    return ProgressView(
        today=FIRST_WEEK + timedelta(days=20), weeks=weeks, regions=("lower_back",), has_data=True
    )


@pytest.fixture(params=list(EXPECTED))
def locale_name(request: pytest.FixtureRequest) -> Iterator[str]:
    previous = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(previous)


def _rendered_numbers(view: QQuickItem) -> list[str]:
    """Return the visible texts holding a digit under a chart view, top to bottom."""
    found: list[tuple[float, str]] = []

    def walk(item: QQuickItem) -> None:
        for child in item.childItems():
            if not child.isVisible():
                continue
            if child.metaObject().className().startswith("QQuickText"):
                text = str(child.property("text"))
                if any(c.isdigit() for c in text):
                    found.append((child.mapToScene(QPointF(0, 0)).y(), text))
            walk(child)

    walk(view)
    return [text for _, text in sorted(found)]


def _chart_window(qtbot) -> ProgressWindow:  # type: ignore[no-untyped-def]
    window = ProgressWindow()
    qtbot.addWidget(window)
    window.resize(1000, 760)
    window.show()
    window.show_view(_view())
    quick = window._charts.quick
    assert quick is not None
    root = quick.rootObject()
    views = [
        v for v in root.findChildren(QQuickItem) if v.metaObject().className() == "QGraphsView"
    ]
    assert len(views) == 2

    def labels_drawn() -> bool:
        quick.grabFramebuffer()
        return all(len(_rendered_numbers(v)) >= 5 for v in views)

    qtbot.waitUntil(labels_drawn, timeout=5000)
    return window


def test_axis_labels_follow_the_locale(locale_name: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _chart_window(qtbot)
    root = window._charts.quick.rootObject()
    combined = root.findChild(QQuickItem, "combinedChart")
    regions = root.findChild(QQuickItem, "regionChart")
    expected = EXPECTED[locale_name]
    combined_texts = _rendered_numbers(combined)
    # The right (pain) axis, top to bottom: 10, 7,5, 5, 2,5, 0.
    pain = [t for t in combined_texts if "%" not in t and t in set(expected["pain"])]
    assert pain == list(reversed(expected["pain"])), combined_texts
    adherence = [t for t in combined_texts if "%" in t]
    assert [t.replace("%", "").strip() for t in adherence] == ["100", "75", "50", "25", "0"]
    week = expected["week"]
    assert week in combined_texts and week in _rendered_numbers(regions), combined_texts
    region_axis = [t for t in _rendered_numbers(regions) if t.isdigit()]
    assert region_axis == ["10", "8", "6", "4", "2", "0"]


def test_tooltips_follow_the_locale(locale_name: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _chart_window(qtbot)
    root = window._charts.quick.rootObject()
    tip = root.findChild(QQuickItem, "tooltip")
    before = root.findChild(QObject, "beforeLine")
    # What Qt Graphs sends when the pointer is on the first week's point (7.5).
    before.hover.emit("before", QPointF(40, 40), QPointF(0.5, 7.5))
    qtbot.waitUntil(lambda: bool(tip.property("visible")), timeout=2000)
    text = str(tip.property("text"))
    expected = EXPECTED[locale_name]
    assert expected["tip"] in text and expected["week"] in text, text
