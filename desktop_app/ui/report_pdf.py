"""A one-page PDF report for a physiotherapist, drawn with Qt's own PDF writer.

It shows adherence per week, the pain trend (before/after sessions), the exercises done,
left/right volume and any safety notes. Works with any QGuiApplication, including the
``offscreen`` platform used by ``counterbalance report``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QDate,
    QIODevice,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from desktop_app.core.safety import NOTE_TEXTS, NOTE_TRIGGERS, SAFETY_CONTEXT
from desktop_app.core.stats import ProgressView, SafetyNote, WeekStats
from desktop_app.platform.paths import write_private_file
from desktop_app.ui.locale_format import (
    day_month_format,
    decimal,
    percent,
    short_date,
    signed_decimal,
)

#: One unit is one point, so font sizes and distances share a scale.
RESOLUTION_DPI = 72
MARGIN_MM = 14
ACCENT = QColor("#2f7d6d")
BEFORE = QColor("#c2410c")
AFTER = QColor("#1d4ed8")
GRID = QColor("#d0d0d0")
TEXT = QColor("#1a1a1a")
MUTED = QColor("#555555")
TOP_EXERCISES = 10
#: Week labels under a chart, at most.
AXIS_LABELS_MAX = 7
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


def _font(painter: QPainter, size_pt: float, bold: bool = False) -> None:
    font = QFont("Sans Serif")
    font.setPointSizeF(size_pt)
    font.setBold(bold)
    painter.setFont(font)


def _bars(painter: QPainter, area: QRectF, weeks: tuple[WeekStats, ...]) -> None:
    painter.setPen(QPen(GRID, 1))
    for share in (0.0, 0.25, 0.5, 0.75, 1.0):
        y = area.bottom() - share * area.height()
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(area.left() - 48, y - 8, 44, 16),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            percent(share, " "),
        )
        painter.setPen(QPen(GRID, 1))
    if not weeks:
        return
    slot = area.width() / len(weeks)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ACCENT)
    for index, week in enumerate(weeks):
        if week.adherence is None:
            continue
        height = week.adherence * area.height()
        painter.drawRect(
            QRectF(
                area.left() + index * slot + slot * 0.18,
                area.bottom() - height,
                slot * 0.64,
                height,
            )
        )
    painter.setBrush(Qt.BrushStyle.NoBrush)


def week_labels(days: list[date]) -> list[str]:
    """Return axis labels, "5 Oct" the locale's way, with the year first and where it turns."""
    locale = QLocale()
    labels = []
    previous: date | None = None
    for day in days:
        with_year = previous is None or previous.year != day.year
        qdate = QDate(day.year, day.month, day.day)
        labels.append(locale.toString(qdate, day_month_format(locale, with_year)))
        previous = day
    return labels


def axis_weeks(count: int, most: int = AXIS_LABELS_MAX) -> list[int]:
    """Return the indexes of the weeks that get a label: the last one and every n-th before."""
    step = max(1, -(-count // most))
    return [i for i in range(count) if (count - 1 - i) % step == 0]


def _week_axis(painter: QPainter, area: QRectF, weeks: tuple[WeekStats, ...]) -> None:
    """Label the weeks under a chart, centred on their slots (at most AXIS_LABELS_MAX)."""
    if not weeks:
        return
    _font(painter, 8)
    painter.setPen(MUTED)
    slot = area.width() / len(weeks)
    shown = axis_weeks(len(weeks))
    labels = week_labels([weeks[index].week_start for index in shown])
    for index, text in zip(shown, labels, strict=True):
        centre = area.left() + (index + 0.5) * slot
        painter.drawText(
            QRectF(centre - 45, area.top(), 90, area.height()), Qt.AlignmentFlag.AlignHCenter, text
        )


def _lines(painter: QPainter, area: QRectF, weeks: tuple[WeekStats, ...]) -> None:
    painter.setPen(QPen(GRID, 1))
    for level in (0, 2.5, 5, 7.5, 10):
        y = area.bottom() - level / 10 * area.height()
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(area.right() + 4, y - 8, 40, 16),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            decimal(level, 0 if float(level).is_integer() else 1),
        )
        painter.setPen(QPen(GRID, 1))
    if not weeks:
        return
    slot = area.width() / len(weeks)
    for color, values in (
        (BEFORE, [w.pain_before_mean for w in weeks]),
        (AFTER, [w.pain_after_mean for w in weeks]),
    ):
        painter.setPen(QPen(color, 2.5))
        previous: QPointF | None = None
        for index, value in enumerate(values):
            if value is None:
                previous = None
                continue
            point = QPointF(
                area.left() + (index + 0.5) * slot, area.bottom() - value / 10 * area.height()
            )
            if previous is not None:
                painter.drawLine(previous, point)
            painter.setBrush(color)
            painter.drawEllipse(point, 2.5, 2.5)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            previous = point


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
    _font(painter, 17, bold=True)
    painter.drawText(
        QRectF(0, y, width, 40),
        QCoreApplication.translate("ReportPdf", "Counterbalance — progress report"),
    )
    y += 40
    _font(painter, 9.5)
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
    _font(painter, 10)
    wrap = Qt.TextFlag.TextWordWrap
    for label, value in rows:
        painter.setPen(TEXT)
        # A longer language wraps a label onto a second line rather than into the value.
        label_rect = QRectF(0, y, width * 0.62 - 12, 40)
        used = painter.boundingRect(label_rect, wrap, label).height()
        painter.drawText(label_rect, wrap, label)
        _font(painter, 10, bold=True)
        painter.drawText(QRectF(width * 0.62, y, width * 0.38, 17), value)
        _font(painter, 10)
        y += max(17.0, used + 2)
    y += 14

    chart_h = height * 0.12
    for title, legend, draw in (
        (
            QCoreApplication.translate("ReportPdf", "Breaks taken per week"),
            [(ACCENT, QCoreApplication.translate("ReportPdf", "breaks taken (%)"))],
            _bars,
        ),
        (
            QCoreApplication.translate("ReportPdf", "Pain per week (0–10, mean of daily means)"),
            [
                (BEFORE, QCoreApplication.translate("ReportPdf", "before sessions")),
                (AFTER, QCoreApplication.translate("ReportPdf", "after sessions")),
            ],
            _lines,
        ),
    ):
        _font(painter, 9)
        entries = [
            (c, t, painter.boundingRect(QRectF(0, 0, width, 18), 0, t).width()) for c, t in legend
        ]
        legend_w = sum(22 + w + 16 for _c, _t, w in entries)
        _font(painter, 12, bold=True)
        painter.setPen(TEXT)
        title_w = painter.boundingRect(QRectF(0, y, width, 24), 0, title).width()
        painter.drawText(QRectF(0, y, width, 24), title)
        if title_w + 16 + legend_w > width:
            y += 24  # a longer language: the legend goes below the title
            x = 0.0
        else:
            x = width - legend_w
        _font(painter, 9)
        for color, text, text_w in entries:
            painter.fillRect(QRectF(x, y + 7, 16, 8), color)
            painter.setPen(TEXT)
            painter.drawText(QRectF(x + 22, y + 2, text_w + 8, 18), text)
            x += 22 + text_w + 16
        y += 34
        draw(painter, QRectF(52, y, width - 100, chart_h), weeks)
        y += chart_h + 4
        _week_axis(painter, QRectF(52, y, width - 100, 16), weeks)
        y += 24

    # Exercises and sides.
    done: Counter[str] = Counter()
    for week in weeks:
        for exercise_id, count in week.exercises:
            done[exercise_id] += count
    _font(painter, 12, bold=True)
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
    _font(painter, 9.5)
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

    _font(painter, 8)
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
