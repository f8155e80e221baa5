"""The report's charts: breaks taken and pain per week, with titles, legends and week axes.

Drawn with a ``QPainter`` in points (the report's resolution is 72 dpi); the texts are in
the ``ReportPdf`` translation context, like the rest of the report.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from desktop_app.core.stats import WeekStats
from desktop_app.ui.locale_format import day_month_format, decimal, percent

ACCENT = QColor("#2f7d6d")
BEFORE = QColor("#c2410c")
AFTER = QColor("#1d4ed8")
GRID = QColor("#d0d0d0")
TEXT = QColor("#1a1a1a")
MUTED = QColor("#555555")
#: Week labels under a chart, at most.
AXIS_LABELS_MAX = 7


def set_font(painter: QPainter, size_pt: float, bold: bool = False) -> None:
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
    """Return axis labels: "5 Oct", with the year on the first and where the year turns."""
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
    set_font(painter, 8)
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


def draw_charts(
    painter: QPainter, y: float, width: float, height: float, weeks: tuple[WeekStats, ...]
) -> float:
    """Draw both charts from ``y`` down; return the ``y`` below them."""
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
        set_font(painter, 9)
        entries = [
            (c, t, painter.boundingRect(QRectF(0, 0, width, 18), 0, t).width()) for c, t in legend
        ]
        legend_w = sum(22 + w + 16 for _c, _t, w in entries)
        set_font(painter, 12, bold=True)
        painter.setPen(TEXT)
        title_w = painter.boundingRect(QRectF(0, y, width, 24), 0, title).width()
        painter.drawText(QRectF(0, y, width, 24), title)
        if title_w + 16 + legend_w > width:
            y += 24  # a longer language: the legend goes below the title
            x = 0.0
        else:
            x = width - legend_w
        set_font(painter, 9)
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

    return y
