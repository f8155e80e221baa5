"""A one-page PDF report for a physiotherapist, drawn with Qt's own PDF writer.

It shows adherence per week, the pain trend (before/after sessions), the exercises done,
left/right volume and any safety notes. Works with any QGuiApplication, including the
``offscreen`` platform used by ``counterbalance report``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from desktop_app.core.safety import NOTE_TEXTS, NOTE_TRIGGERS, SAFETY_CONTEXT
from desktop_app.core.stats import ProgressView, SafetyNote, WeekStats
from desktop_app.platform.paths import write_private_file
from desktop_app.ui.locale_format import decimal, percent, short_date, signed_decimal
from desktop_app.ui.report_charts import MUTED, TEXT, axis_weeks, draw_charts, set_font, week_labels

__all__ = ["axis_weeks", "week_labels", "write_report"]

#: One unit is one point, so font sizes and distances share a scale.
RESOLUTION_DPI = 72
MARGIN_MM = 14
TOP_EXERCISES = 10
#: Height of one row of the exercise list.
ROW_PT = 13.5
#: Height of the disclaimer at the foot of the page.
FOOTER_PT = 50.0
MAX_NOTES = 6


def _meaningful_text(weeks: tuple[WeekStats, ...]) -> str:
    marked = [short_date(w.week_start) for w in weeks if w.meaningful_change]
    if not marked:
        return "–"
    count = len(marked)  # a plain name: lupdate skips a call as the count
    text = QCoreApplication.translate("ReportPdf", "%n week(s), latest %1", "", count)
    return text.replace("%1", marked[-1])


def _t(text: str) -> str:
    return QCoreApplication.translate("ReportPdf", text)


def _note_text(note: SafetyNote) -> str:
    """Word a stored safety event in the user's language ("2.3.26: … (symptom checklist)")."""
    text = QCoreApplication.translate(SAFETY_CONTEXT, NOTE_TEXTS.get(note.code, note.code))
    trigger = NOTE_TRIGGERS.get(note.action)
    if trigger:
        text += f" ({QCoreApplication.translate(SAFETY_CONTEXT, trigger)})"
    return f"{short_date(note.day)}: {text}"


def _pct(value: float | None) -> str:
    return "–" if value is None else percent(value, " ")


def _num(value: float | None) -> str:
    return "–" if value is None else decimal(value)


def _change(value: float | None) -> str:
    return "–" if value is None else signed_decimal(value)  # "−0,7", "+0,3"


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def write_report(
    view: ProgressView,
    path: Path,
    exercise_names: Mapping[str, str] | None = None,
) -> Path:
    """Draw the one-page report for ``view`` into the PDF file ``path``."""
    names = exercise_names or {}
    # Drawn into memory, then written as a file that is private from its creation
    # (0600 in the open call, whatever the umask; atomic replace).
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(QCoreApplication.translate("ReportPdf", "Counterbalance — progress report"))
    writer.setCreator("Counterbalance")
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    try:
        _draw(painter, view, names, float(writer.width()), float(writer.height()))
    finally:
        painter.end()
    buffer.close()
    write_private_file(path, bytes(buffer.data().data()))
    return path


def _draw(
    painter: QPainter, view: ProgressView, names: Mapping[str, str], width: float, height: float
) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    weeks = view.weeks
    y = 0.0
    painter.setPen(TEXT)
    set_font(painter, 17, bold=True)
    painter.drawText(
        QRectF(0, y, width, 40),
        QCoreApplication.translate("ReportPdf", "Counterbalance — progress report"),
    )
    y += 40
    set_font(painter, 9.5)
    painter.setPen(MUTED)
    if weeks:
        count = len(weeks)
        span = QCoreApplication.translate(
            "ReportPdf", "Weeks %1 to %2 (%n week(s)), made on %3", "", count
        ).replace("%1", short_date(weeks[0].week_start))
        span = span.replace("%2", short_date(weeks[-1].week_end)).replace(
            "%3", short_date(view.today)
        )
        painter.drawText(QRectF(0, y, width, 20), span)
    y += 30

    # Summary.
    rated = [w for w in weeks if w.pain_before_mean is not None]
    adherence = _mean([w.adherence for w in weeks if w.adherence is not None])
    rows = [
        (
            QCoreApplication.translate("ReportPdf", "Breaks taken (adherence), mean of weeks"),
            _pct(adherence),
        ),
        (
            QCoreApplication.translate("ReportPdf", "Breaks taken / offered, whole period"),
            f"{sum(w.completed for w in weeks)} / {sum(w.prompted for w in weeks)}",
        ),
        (
            QCoreApplication.translate("ReportPdf", "Sessions started by the user"),
            str(sum(w.user_started for w in weeks)),
        ),
        (
            QCoreApplication.translate("ReportPdf", "Exercise time, whole period"),
            QCoreApplication.translate("ReportPdf", "%1 min").replace(
                "%1", str(sum(w.exercise_s for w in weeks) // 60)
            ),
        ),
        (
            QCoreApplication.translate(
                "ReportPdf", "Pain before sessions, first → last rated week"
            ),
            f"{_num(rated[0].pain_before_mean)} → {_num(rated[-1].pain_before_mean)}"
            if rated
            else "–",
        ),
        (
            QCoreApplication.translate("ReportPdf", "Mean change within sessions (after − before)"),
            _change(_mean([w.pain_change_mean for w in weeks if w.pain_change_mean is not None])),
        ),
        (
            QCoreApplication.translate(
                "ReportPdf", "Weeks with a meaningful change (≥ 2 points or ≥ 30 %)"
            ),
            _meaningful_text(weeks),
        ),
        (
            QCoreApplication.translate("ReportPdf", "Current streak / longest (days)"),
            f"{view.current_streak} / {view.longest_streak}",
        ),
    ]
    set_font(painter, 10)
    wrap = Qt.TextFlag.TextWordWrap
    for label, value in rows:
        painter.setPen(TEXT)
        # A longer language wraps a label onto a second line rather than into the value.
        label_rect = QRectF(0, y, width * 0.62 - 12, 40)
        used = painter.boundingRect(label_rect, wrap, label).height()
        painter.drawText(label_rect, wrap, label)
        set_font(painter, 10, bold=True)
        painter.drawText(QRectF(width * 0.62, y, width * 0.38, 17), value)
        set_font(painter, 10)
        y += max(17.0, used + 2)
    y += 14

    y = draw_charts(painter, y, width, height, weeks)

    # Exercises and sides.
    done: Counter[str] = Counter()
    for week in weeks:
        for exercise_id, count in week.exercises:
            done[exercise_id] += count
    set_font(painter, 12, bold=True)
    painter.setPen(TEXT)
    painter.drawText(
        QRectF(0, y, width / 2, 24),
        QCoreApplication.translate("ReportPdf", "Exercises done (sets)"),
    )
    painter.drawText(
        QRectF(width / 2, y, width / 2, 24), QCoreApplication.translate("ReportPdf", "Safety notes")
    )
    y += 28
    top = y
    set_font(painter, 9.5)
    column_w = width / 2 - 16
    most = done.most_common(TOP_EXERCISES)
    for exercise_id, count in most:
        # The full name, on as many lines as it needs (never cut short, never an id).
        name = names.get(exercise_id, exercise_id.replace("_", " ").capitalize())
        name_rect = QRectF(0, y, column_w - 36, ROW_PT * 3)
        used = painter.boundingRect(name_rect, wrap, name).height()
        if y + max(ROW_PT, used) > height - FOOTER_PT - ROW_PT - 8:
            break  # longer names (another language): the list stops above the footer
        painter.drawText(name_rect, wrap, name)
        painter.drawText(QRectF(0, y, column_w, ROW_PT), Qt.AlignmentFlag.AlignRight, str(count))
        y += max(ROW_PT, used)
    if not done:
        painter.drawText(
            QRectF(0, y, width / 2, 15),
            QCoreApplication.translate("ReportPdf", "No exercises logged in this period."),
        )
        y += 15
    left = sum(w.left_sets for w in weeks)
    right = sum(w.right_sets for w in weeks)
    y += 6
    painter.drawText(
        QRectF(0, y, width / 2, 15),
        QCoreApplication.translate("ReportPdf", "Left / right sets: %1 / %2")
        .replace("%1", str(left))
        .replace("%2", str(right)),
    )
    notes = [_note_text(n) for n in view.safety_notes] or [
        QCoreApplication.translate("ReportPdf", "None reported in this period.")
    ]
    note_y = top
    for note in notes[:12]:
        painter.drawText(QRectF(width / 2, note_y, width / 2, 38), Qt.TextFlag.TextWordWrap, note)
        note_y += 19

    set_font(painter, 8)
    painter.setPen(MUTED)
    painter.drawText(
        QRectF(0, height - FOOTER_PT, width, FOOTER_PT),
        Qt.TextFlag.TextWordWrap,
        QCoreApplication.translate(
            "ReportPdf",
            "Self-reported data logged by the Counterbalance app. Adherence = breaks taken ÷ "
            "breaks offered. Pain: 0–10 numeric rating scale. This app gives general exercise "
            "and break reminders; it is not medical advice and does not diagnose or treat any "
            "condition.",
        ),
    )
