"""The PDF report names exercises in full and labels its date axes readably."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtPdf import QPdfDocument

from desktop_app.core.stats import ProgressView, WeekStats
from desktop_app.ui.report_pdf import axis_weeks, week_labels, write_report


def test_axis_labels_are_thinned_from_the_newest_week() -> None:
    assert axis_weeks(7) == list(range(7))  # 7 weeks: every week has room
    assert axis_weeks(8) == [1, 3, 5, 7]  # every ceil(8 / 7) = 2nd week, newest kept
    # 52 weeks, at most 7 labels: every ceil(52 / 7) = 8th week counted back from week 51
    assert axis_weeks(52) == [3, 11, 19, 27, 35, 43, 51]


def test_week_labels_carry_the_year_first_and_where_it_turns() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        days = [date(2025, 12, 1), date(2025, 12, 29), date(2026, 1, 26), date(2026, 2, 23)]
        assert week_labels(days) == ["1 Dec 2025", "29 Dec", "26 Jan 2026", "23 Feb"]
    finally:
        QLocale.setDefault(QLocale.c())


def test_report_names_exercises_in_full(qapp, tmp_path: Path) -> None:
    monday = date(2026, 1, 5)
    weeks = tuple(
        WeekStats(
            monday + timedelta(weeks=i),
            prompted=10,
            completed=7,
            adherence=0.7,
            exercises=(("hip_flexor_stretch_kneeling", 4), ("chin_tuck", 2)),
        )
        for i in range(8)
    )
    view = ProgressView(date(2026, 3, 1), weeks, has_data=True)
    names = {"hip_flexor_stretch_kneeling": "Half-kneeling hip flexor stretch"}
    pdf = write_report(view, tmp_path / "report.pdf", names)
    document = QPdfDocument()
    document.load(str(pdf))
    text = document.getAllText(0).text()
    assert "Half-kneeling hip flexor stretch" in text
    assert "hip_flexor_stretch_kneeling" not in text
    assert "Chin tuck" in text  # no name given: the id made readable, never raw
    # Weeks 1, 3, 5, 7 of 5 Jan … 23 Feb are labelled; the first label carries the year.
    for label in ("12 Jan 2026", "26 Jan", "9 Feb", "23 Feb"):
        assert label in text


def test_report_numbers_follow_the_locale(qapp, tmp_path: Path) -> None:
    """The pain chart's scale in German reads 2,5 and 7,5 (it said 2.5 and 7.5)."""
    previous = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        weeks = tuple(
            WeekStats(
                date(2026, 1, 5) + timedelta(weeks=i),
                prompted=10,
                completed=7,
                adherence=0.7,
                pain_before_mean=4.5,
                pain_after_mean=3.5,
                pain_change_mean=-0.7,
            )
            for i in range(4)
        )
        pdf = write_report(ProgressView(date(2026, 2, 1), weeks, has_data=True), tmp_path / "r.pdf")
        document = QPdfDocument()
        document.load(str(pdf))
        text = document.getAllText(0).text()
        assert "7,5" in text and "2,5" in text, text
        assert "7.5" not in text and "2.5" not in text
        assert "5. Jan. 2026" in text  # the day and month the German way
        assert "\u22120,7" in text  # a change with a real minus sign, as in Progress
    finally:
        QLocale.setDefault(previous)
