"""The progress window: weekly adherence and pain over 4–52 weeks, with exports.

Qt Quick and Qt Graphs are imported when the first window is built (this module is
itself only imported then), so the tray app does not pay for them at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSize, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.stats import ProgressView, WeekStats
from desktop_app.core.text_marks import QT_TRANSLATE_NOOP
from desktop_app.core.trends import adherence_trend, pain_trend
from desktop_app.platform.paths import resources_dir
from desktop_app.ui.flow_layout import FlowLayout
from desktop_app.ui.locale_format import day_month, decimal, percent, signed_decimal
from desktop_app.ui.theme import LIGHT, Theme, apply_theme, theme_for
from desktop_app.ui.trend_text import adherence_trend_text, pain_trend_text

#: Ranges offered in the selector, in weeks.
RANGES_WEEKS = (4, 8, 12, 26, 52)
DEFAULT_WEEKS = 8
QML_FILE = "qml/ProgressCharts.qml"
CHART_NAMES = ("combinedChart", "regionChart")
MIN_SIZE = QSize(600, 380)
#: The first size: fits a 1280×800 screen with a panel.
START_SIZE = QSize(1040, 720)
#: The charts never get shorter than this; a smaller window scrolls them instead.
CHARTS_MIN_H = 400
EMPTY_TEXT_MAX_W = 620
#: Week labels are thinned out above this many weeks so they stay readable.
MAX_LABELS = 13

#: Line colours per body region, chosen for contrast on light and on dark windows.
REGION_COLORS_LIGHT = ("#b45309", "#7c3aed", "#0f766e", "#be185d", "#4d7c0f", "#1d4ed8")
REGION_COLORS_DARK = ("#fbbf24", "#c4b5fd", "#5eead4", "#f9a8d4", "#bef264", "#93c5fd")

#: Names of the catalog's target regions (``core.catalog.BODY_REGIONS``).
BODY_REGION_NAMES = {
    "neck": QT_TRANSLATE_NOOP("ProgressWindow", "Neck"),
    "chest_shoulders": QT_TRANSLATE_NOOP("ProgressWindow", "Chest & shoulders"),
    "upper_back": QT_TRANSLATE_NOOP("ProgressWindow", "Upper back"),
    "core": QT_TRANSLATE_NOOP("ProgressWindow", "Core"),
    "low_back": QT_TRANSLATE_NOOP("ProgressWindow", "Low back"),
    "hips": QT_TRANSLATE_NOOP("ProgressWindow", "Hips"),
    "legs": QT_TRANSLATE_NOOP("ProgressWindow", "Legs"),
}

#: Names of the pain regions (``core.events.Region``).
REGION_NAMES = {
    "neck": QT_TRANSLATE_NOOP("ProgressWindow", "Neck"),
    "upper_back": QT_TRANSLATE_NOOP("ProgressWindow", "Upper back / shoulders"),
    "low_back": QT_TRANSLATE_NOOP("ProgressWindow", "Low back"),
    "hips": QT_TRANSLATE_NOOP("ProgressWindow", "Hips / buttocks"),
    "leg": QT_TRANSLATE_NOOP("ProgressWindow", "Leg below knee"),
    "arm": QT_TRANSLATE_NOOP("ProgressWindow", "Arm / hand"),
}


class DeleteChoice:
    """Answers of the delete-all confirmation."""

    CANCEL = "cancel"
    BACKUP_FIRST = "backup_first"
    DELETE = "delete"


@dataclass(frozen=True, slots=True)
class _Card:
    frame: QFrame
    title: QLabel
    value: QLabel
    trend: QLabel
    detail: QLabel


def documents_dir() -> str:
    """Return the user's documents folder (home when the desktop names none)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.HomeLocation
    )


def _percent(value: float | None) -> str:
    return "–" if value is None else percent(value)


def _pain(value: float | None) -> str:
    return "–" if value is None else decimal(value)


def progress_style(t: Theme) -> str:
    """Return the progress window's own rules on top of the shared style sheet."""
    return f"""
QFrame#card QLabel#chipOn {{ background: {t.accent_soft}; color: {t.ink};
    border: 1px solid {t.accent}; border-radius: 10px; padding: 1px 8px; font-size: 12px; }}
QFrame#card QLabel#chipOff {{ background: transparent; color: {t.muted};
    border: 1px dashed {t.border_strong}; border-radius: 10px; padding: 1px 8px;
    font-size: 12px; }}
QLabel#emptyState {{ color: {t.ink_soft}; }}
QFrame#card QLabel#cardTrend {{ color: {t.ink}; font-size: 13px; font-weight: 600; }}
"""


class ProgressWindow(QWidget):
    """Show a :class:`ProgressView` and turn the user's choices into intents.

    Signals:
        range_changed(int): The user chose how many weeks to show.
        export_csv_requested(str): Export raw events as CSV into this directory.
        export_pdf_requested(str): Write the physiotherapist report to this PDF file.
        export_png_requested(str): Save a PNG of each chart into this directory.
        backup_requested(str): Save a copy of all data to this file (offered before delete).
        delete_all_requested(): The user confirmed deleting all their data.
    """

    range_changed = Signal(int)
    export_csv_requested = Signal(str)
    export_pdf_requested = Signal(str)
    export_png_requested = Signal(str)
    backup_requested = Signal(str)
    delete_all_requested = Signal()

    def __init__(self, parent: QWidget | None = None, weeks: int = DEFAULT_WEEKS) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Counterbalance — Progress"))
        self.setAccessibleName(self.tr("Progress"))
        self.setObjectName("progressWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setMinimumSize(MIN_SIZE)
        self._theme = LIGHT
        self._view: ProgressView | None = None
        self._quick: Any = None
        self._quick_error = ""

        self._range = QComboBox(self)
        self._range.setAccessibleName(self.tr("Weeks shown"))
        self._range.setToolTip(self.tr("How many weeks the charts show"))
        for weeks_option in RANGES_WEEKS:
            self._range.addItem(self.tr("Last %n week(s)", "", weeks_option), weeks_option)
        self._range.setCurrentIndex(
            RANGES_WEEKS.index(weeks) if weeks in RANGES_WEEKS else RANGES_WEEKS.index(8)
        )
        self._range.currentIndexChanged.connect(self._on_range_current_index_changed)

        heading = QLabel(self.tr("Your progress"), self)
        heading.setObjectName("title")
        heading.setAccessibleName(self.tr("Your progress"))
        range_label = QLabel(self.tr("&Show:"), self)
        range_label.setBuddy(self._range)

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(range_label)
        top.addWidget(self._range)

        self._cards = [self._make_card() for _ in range(4)]
        self._cards_row = QWidget(self)
        cards = QHBoxLayout(self._cards_row)
        cards.setContentsMargins(0, 0, 0, 0)
        cards.setSpacing(10)
        for card in self._cards:
            cards.addWidget(card.frame, 1)

        self._coverage_row = QFrame(self)
        self._coverage_row.setObjectName("card")
        self._coverage_row.setAccessibleName(self.tr("Body regions worked this week"))
        # The chips wrap onto a second row when a language makes them long.
        self._coverage_layout = FlowLayout(self._coverage_row, spacing=6)
        self._coverage_layout.setContentsMargins(12, 8, 12, 8)
        coverage_title = QLabel(self.tr("Worked this week:"), self._coverage_row)
        coverage_title.setObjectName("cardTitle")
        self._coverage_layout.addWidget(coverage_title)
        self._coverage_chips: list[QLabel] = []
        self._coverage_row.setVisible(False)
        self._coverage: tuple[tuple[str, int], ...] = ()

        self._status = QLabel("", self)
        self._status.setAccessibleName(self.tr("Status"))
        self._status.setWordWrap(True)

        self._empty = QLabel(self)
        self._empty.setObjectName("emptyState")
        self._empty.setAccessibleName(self.tr("No progress yet"))
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setTextFormat(Qt.TextFormat.RichText)
        self._empty.setText(
            "<h2>"
            + self.tr("Nothing to show yet")
            + "</h2><p>"
            + self.tr(
                "Your charts appear here after your first break. Each week shows how many "
                "breaks you took out of those offered (adherence), and, when you rate your "
                "pain before and after a session, how your pain changes over the weeks."
            )
            + "</p><p>"
            + self.tr(
                "Tip: start a session now from the tray menu, or wait for the next break "
                "reminder. Rating your pain is optional and takes one key press."
            )
            + "</p>"
        )
        self._empty.setMargin(24)
        self._empty.setFixedWidth(EMPTY_TEXT_MAX_W)
        empty_page = QWidget(self)
        empty_row = QHBoxLayout(empty_page)
        empty_row.addStretch(1)
        empty_row.addWidget(self._empty)
        empty_row.addStretch(1)

        self._loading = QLabel(self.tr("Loading your progress…"), self)
        self._loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._loading.setAccessibleName(self.tr("Loading"))

        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._loading)  # 0
        self._stack.addWidget(empty_page)  # 1
        self._charts_host = QWidget(self)
        self._charts_layout = QVBoxLayout(self._charts_host)
        self._charts_layout.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(self._charts_host)  # 2
        self._stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self._csv = self._button(self.tr("Export &CSV…"), self.tr("Export raw events as CSV"))
        self._png = self._button(self.tr("Save charts as P&NG…"), self.tr("Save chart images"))
        self._pdf = self._button(self.tr("&Report for physio (PDF)…"), self.tr("PDF report"))
        self._delete = self._button(self.tr("&Delete all my data…"), self.tr("Delete all data"))
        self._delete.setObjectName("danger")
        self._csv.clicked.connect(self._on_csv_clicked)
        self._png.clicked.connect(self._on_png_clicked)
        self._pdf.clicked.connect(self._on_pdf_clicked)
        self._delete.clicked.connect(self._on_delete_clicked)
        # One row; in a longer language on a narrow screen, Delete moves to a second row.
        actions = QGridLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        for column, button in enumerate((self._csv, self._png, self._pdf)):
            actions.addWidget(button, 0, column)
        actions.setColumnStretch(3, 1)
        actions.addWidget(self._delete, 0, 4)
        self._actions = actions
        self._delete_on_first_row = True

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(12)
        # On a small screen the cards and charts scroll; the range and the actions stay.
        self._stack.setMinimumHeight(CHARTS_MIN_H)
        body = QWidget(self)
        body.setObjectName("list")
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(12)
        body_layout.addWidget(self._cards_row)
        body_layout.addWidget(self._coverage_row)
        body_layout.addWidget(self._stack, 1)
        self._scroll = QScrollArea(self)
        self._scroll.setWidget(body)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout.addLayout(top)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self._status)
        layout.addLayout(actions)
        self._update_cards(None)
        self._apply_theme()
        # A longer language widens the action buttons: never squash them below their text.
        margins = layout.contentsMargins()
        side = margins.left() + margins.right()
        self._one_row_w = actions.minimumSize().width() + side
        two_rows_w = (
            sum(b.minimumSizeHint().width() for b in (self._csv, self._png, self._pdf))
            + 2 * actions.horizontalSpacing()
            + side
        )
        self.setMinimumSize(MIN_SIZE.expandedTo(QSize(two_rows_w, 0)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Put Delete on its own row when the buttons do not fit on one."""
        super().resizeEvent(event)
        if not hasattr(self, "_one_row_w"):
            return  # still being built
        one_row = self.width() >= self._one_row_w
        if self._delete_on_first_row != one_row:
            self._delete_on_first_row = one_row
            self._actions.removeWidget(self._delete)
            if one_row:
                self._actions.addWidget(self._delete, 0, 4)
            else:  # across the whole row below, at the right
                self._actions.addWidget(self._delete, 1, 0, 1, 5, Qt.AlignmentFlag.AlignRight)

    def _apply_theme(self) -> None:
        self._theme = theme_for()
        apply_theme(self, progress_style(self._theme), self._theme)
        self._push_colors()

    # -- building ---------------------------------------------------------------------------

    def _button(self, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        return button

    def _make_card(self) -> _Card:
        frame = QFrame(self)
        frame.setObjectName("card")
        title = QLabel(frame)
        title.setObjectName("cardTitle")
        title.setWordWrap(True)  # "Ćwiczenia w tym tygodniu" must not widen the page
        value = QLabel(frame)
        value.setObjectName("cardValue")
        trend = QLabel(frame)
        trend.setObjectName("cardTrend")
        trend.setWordWrap(True)
        detail = QLabel(frame)
        detail.setObjectName("cardDetail")
        detail.setWordWrap(True)
        detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout(frame)
        box.setContentsMargins(14, 10, 14, 10)
        box.setSpacing(2)
        box.addWidget(title)
        box.addWidget(value)
        box.addWidget(trend)
        box.addWidget(detail, 1)
        return _Card(frame, title, value, trend, detail)

    def _ensure_quick(self) -> Any:
        """Create the Qt Quick chart view on first use (imports Qt Quick and Qt Graphs)."""
        if self._quick is not None or self._quick_error:
            return self._quick
        from PySide6.QtQuick import QQuickWindow, QSGRendererInterface
        from PySide6.QtQuickWidgets import QQuickWidget

        # Qt Quick's software renderer draws these 2D charts well on every machine,
        # needs no GPU driver (none under Xvfb or in a VM) and keeps the GL stack out
        # of a tray app's memory. It must be chosen before the first Quick window.
        QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)
        quick = QQuickWidget(self._charts_host)
        quick.setResizeMode(QQuickWidget.ResizeMode.SizeRootObjectToView)
        quick.setAccessibleName(self.tr("Charts of adherence and pain"))
        quick.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        quick.setClearColor(QColor(self._theme.window))
        quick.setSource(QUrl.fromLocalFile(str(resources_dir() / QML_FILE)))
        if quick.status() != QQuickWidget.Status.Ready or quick.rootObject() is None:
            errors = "; ".join(e.toString() for e in quick.errors())
            self._quick_error = self.tr("The charts could not be drawn: %1").replace(
                "%1", errors or self.tr("Qt Quick is not available")
            )
            quick.deleteLater()
            fallback = QLabel(self._quick_error, self._charts_host)
            fallback.setWordWrap(True)
            self._charts_layout.addWidget(fallback)
            return None
        self._charts_layout.addWidget(quick)
        self._quick = quick
        self._push_labels()
        self._push_colors()
        return quick

    # -- public API -------------------------------------------------------------------------

    @property
    def weeks(self) -> int:
        """The range currently selected, in weeks."""
        return int(self._range.currentData())

    @property
    def view(self) -> ProgressView | None:
        """The view-model on display."""
        return self._view

    def show_loading(self) -> None:
        """Show the loading placeholder until :meth:`show_view` is called."""
        if self._view is None:
            self._stack.setCurrentIndex(0)

    @property
    def coverage(self) -> tuple[tuple[str, int], ...]:
        """The body regions shown as worked or not this week, with their set counts."""
        return self._coverage

    def show_view(
        self, view: ProgressView, coverage: Sequence[tuple[str, int]] | None = None
    ) -> None:
        """Display a view-model (weeks oldest first).

        Args:
            view: The weeks and streaks.
            coverage: Sets per body region this week (``core.stats.week_coverage``), every
                region listed; None hides the row.
        """
        self._view = view
        self._update_cards(view)
        self._cards_row.setVisible(view.has_data)
        self._update_coverage(tuple(coverage) if coverage is not None else ())
        self._coverage_row.setVisible(view.has_data and coverage is not None)
        if not view.has_data:
            self._stack.setCurrentIndex(1)
            for button in (self._csv, self._png, self._pdf):
                button.setEnabled(False)
            return
        for button in (self._csv, self._png, self._pdf):
            button.setEnabled(True)
        self._stack.setCurrentIndex(2)
        quick = self._ensure_quick()
        self._png.setEnabled(quick is not None)
        if quick is not None:
            quick.rootObject().setProperty("chart", self._chart_data(view))

    def show_message(self, text: str) -> None:
        """Show a short status line (e.g. where an export went)."""
        self._status.setText(text)

    def save_charts_png(self, directory: Path) -> list[Path]:
        """Save one PNG per chart into ``directory``; return the files written."""
        quick = self._ensure_quick()
        if quick is None:
            return []
        from PySide6.QtQuick import QQuickItem

        directory.mkdir(parents=True, exist_ok=True)
        frame = quick.grabFramebuffer()
        ratio = frame.devicePixelRatio()
        written: list[Path] = []
        root = quick.rootObject()
        for name in CHART_NAMES:
            item = root.findChild(QQuickItem, name)
            if item is None:
                continue
            top_left = item.mapToScene(item.position() * 0)
            rect = (
                int(top_left.x() * ratio),
                int(top_left.y() * ratio),
                int(item.width() * ratio),
                int(item.height() * ratio),
            )
            target = directory / f"{name.removesuffix('Chart')}.png"
            if frame.copy(*rect).save(str(target)):
                written.append(target)
        return written

    # -- view-model to widgets ----------------------------------------------------------------

    def _week_label(self, week: WeekStats) -> str:
        return day_month(week.week_start)

    def _chart_data(self, view: ProgressView) -> dict[str, Any]:
        weeks = view.weeks
        step = max(1, -(-len(weeks) // MAX_LABELS))
        categories = []
        for index, week in enumerate(weeks):
            shown = (len(weeks) - 1 - index) % step == 0
            # Categories must be unique: hidden labels become distinct runs of spaces.
            categories.append(self._week_label(week) if shown else " " * (index + 1))
        tips = []
        for week in weeks:
            tip = self.tr("Week of %1: %2 of %n break(s) taken (%3)", "", week.prompted)
            tip = (
                tip.replace("%1", self._week_label(week))
                .replace("%2", str(week.completed))
                .replace("%3", _percent(week.adherence))
            )
            if week.user_started:
                tip += "\n" + self.tr("Sessions you started: %1").replace(
                    "%1", str(week.user_started)
                )
            label = self.tr("Week of %1").replace("%1", self._week_label(week))
            tips.append({"tip": tip, "label": label})
        regions = []
        for region in view.regions:
            values: list[float | None] = []
            for week in weeks:
                match = next((r for r in week.pain_by_region if r.region == region), None)
                values.append(match.before_mean if match is not None else None)
            regions.append({"name": self._region_name(region), "values": values})
        return {
            "categories": categories,
            "adherence": [
                round(w.adherence * 100, 1) if w.adherence is not None else 0 for w in weeks
            ],
            "before": [w.pain_before_mean for w in weeks],
            "after": [w.pain_after_mean for w in weeks],
            "regions": regions,
            "weeks": tips,
        }

    def _days(self, days: int) -> str:
        return self.tr("%n day(s)", "", days)

    def _region_name(self, region: str) -> str:
        return QLocaleText.translate(REGION_NAMES.get(region, region.replace("_", " ")))

    def _update_coverage(self, coverage: tuple[tuple[str, int], ...]) -> None:
        self._coverage = coverage
        for chip in self._coverage_chips:
            self._coverage_layout.removeWidget(chip)
            chip.deleteLater()
        self._coverage_chips = []
        names = []
        for index, (region, sets) in enumerate(coverage):
            name = QLocaleText.translate(
                BODY_REGION_NAMES.get(region, region.replace("_", " ").capitalize())
            )
            chip = QLabel(self._coverage_row)
            chip.setObjectName("chipOn" if sets else "chipOff")
            if sets:
                chip.setText(f"{name} <b>{sets}</b>")
                detail = self.tr("%n set(s)", "", sets)
                names.append(f"{name}: {detail}")
            else:
                chip.setText(name)
                names.append(self.tr("%1: not yet").replace("%1", name))
            chip.setToolTip(names[-1])
            chip.setAccessibleName(names[-1])
            chip.ensurePolished()
            self._coverage_layout.insertWidget(1 + index, chip)
            self._coverage_chips.append(chip)
        worked = sum(1 for _, sets in coverage if sets)
        self._coverage_row.setToolTip(
            self.tr("%1 of %n body region(s) worked this week", "", len(coverage)).replace(
                "%1", str(worked)
            )
        )
        self._coverage_row.setAccessibleDescription("; ".join(names))

    def _update_cards(self, view: ProgressView | None) -> None:
        this_week = view.this_week if view is not None else None
        last_week = view.last_week if view is not None else None
        adherence, pain, streak, minutes = self._cards

        adherence.title.setText(self.tr("Breaks taken this week"))
        adherence.value.setText(_percent(this_week.adherence if this_week else None))
        if this_week is not None and this_week.prompted:
            detail = self.tr("%1 of %n break(s)", "", this_week.prompted)
            detail = detail.replace("%1", str(this_week.completed))
        else:
            detail = self.tr("No breaks offered yet")
        if last_week is not None:
            detail += " · " + self.tr("last week %1").replace("%1", _percent(last_week.adherence))
        adherence.detail.setText(detail)
        weeks = view.weeks if view is not None else ()
        adherence.trend.setText(adherence_trend_text(adherence_trend(weeks)))
        pain.trend.setText(pain_trend_text(pain_trend(weeks)))
        for card in self._cards:
            card.trend.setVisible(bool(card.trend.text()))

        pain.title.setText(self.tr("Pain before sessions"))
        pain.value.setText(
            _pain(this_week.pain_before_mean if this_week else None) + self.tr(" / 10")
        )
        pain_detail = ""
        if last_week is not None:
            pain_detail = self.tr("last week %1").replace("%1", _pain(last_week.pain_before_mean))
        if this_week is not None and this_week.meaningful_change:
            delta = this_week.pain_delta_vs_previous or 0.0
            pain_detail += " · " + (
                self.tr("a meaningful drop") if delta < 0 else self.tr("a meaningful rise")
            )
        if this_week is not None and this_week.pain_change_mean is not None:
            pain_detail += ("\n" if pain_detail else "") + self.tr(
                "%1 points within sessions"
            ).replace("%1", signed_decimal(this_week.pain_change_mean))
        pain.detail.setText(pain_detail or self.tr("Rate your pain before a session"))

        streak.title.setText(self.tr("Current streak"))
        days = view.current_streak if view is not None else 0
        streak.value.setText(self._days(days))
        longest = view.longest_streak if view is not None else 0
        streak.detail.setText(self.tr("longest: %1").replace("%1", self._days(longest)))

        minutes.title.setText(self.tr("Exercise this week"))
        minutes.value.setText(
            self.tr("%n min", "", round(this_week.exercise_min if this_week else 0))
        )
        if last_week is not None:
            minutes.detail.setText(self.tr("last week %n min", "", round(last_week.exercise_min)))
        else:
            minutes.detail.setText("")
        for card in self._cards:
            trend_text = f". {card.trend.text()}" if card.trend.text() else ""
            card.frame.setAccessibleName(f"{card.title.text()}: {card.value.text()}{trend_text}")

    # -- palette ------------------------------------------------------------------------------

    def _push_labels(self) -> None:
        if self._quick is None:
            return
        self._quick.rootObject().setProperty(
            "labels",
            {
                "adherence": self.tr("Breaks taken (%)"),
                "before": self.tr("Pain before session"),
                "after": self.tr("Pain after session"),
                "combinedTitle": self.tr("Breaks taken and pain, week by week"),
                "regionTitle": self.tr("Pain before sessions, by body region"),
                "painAxis": self.tr("Pain 0–10"),
                "adherenceAxis": self.tr("Breaks taken"),
                "noRegions": self.tr("Pick a body region when you rate your pain to see it here."),
            },
        )

    def _push_colors(self) -> None:
        if self._quick is None:
            return
        t = self._theme
        grid = QColor(t.ink)
        grid.setAlphaF(0.28 if t.dark else 0.2)
        self._quick.setClearColor(QColor(t.window))
        self._quick.rootObject().setProperty(
            "colors",
            {
                "window": t.window,
                "text": t.ink,
                "mid": t.border_strong,
                "base": t.surface,
                "grid": grid.name(QColor.NameFormat.HexArgb),
                "accent": "#5eb8a5" if t.dark else "#2f7d6d",
                "before": "#fb923c" if t.dark else "#c2410c",
                "after": "#60a5fa" if t.dark else "#1d4ed8",
                "regions": list(REGION_COLORS_DARK if t.dark else REGION_COLORS_LIGHT),
                "dark": t.dark,
            },
        )

    def event(self, event: QEvent) -> bool:
        """Follow the system palette (light/dark) when it changes."""
        if event.type() == QEvent.Type.ApplicationPaletteChange and theme_for() is not self._theme:
            self._apply_theme()
        return super().event(event)

    # -- intents ------------------------------------------------------------------------------

    def _on_range_current_index_changed(self, _index: int) -> None:
        self.range_changed.emit(self.weeks)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc closes the window."""
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def _on_csv_clicked(self) -> None:
        directory = QFileDialog.getExistingDirectory(
            self, self.tr("Counterbalance — Export CSV to folder"), documents_dir()
        )
        if directory:
            self.export_csv_requested.emit(directory)

    def _on_png_clicked(self) -> None:
        directory = QFileDialog.getExistingDirectory(
            self, self.tr("Counterbalance — Save chart images to folder"), documents_dir()
        )
        if directory:
            self.export_png_requested.emit(directory)

    def _on_pdf_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Counterbalance — Save report"),
            str(Path(documents_dir()) / "counterbalance-report.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.export_pdf_requested.emit(path)

    def ask_delete(self) -> str:
        """Ask to confirm deleting everything; return a :class:`DeleteChoice` value."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Counterbalance — Delete all my data"))
        box.setText(self.tr("Delete every break, session, set and pain rating?"))
        box.setInformativeText(
            self.tr(
                "This cannot be undone. Automatic backups are deleted too. "
                "You can save a copy of your data first."
            )
        )
        backup = box.addButton(self.tr("&Save a copy first…"), QMessageBox.ButtonRole.ActionRole)
        delete = box.addButton(
            self.tr("&Delete everything"), QMessageBox.ButtonRole.DestructiveRole
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is backup:
            return DeleteChoice.BACKUP_FIRST
        if clicked is delete:
            return DeleteChoice.DELETE
        return DeleteChoice.CANCEL

    def ask_backup_path(self) -> str:
        """Ask where to save a copy of the data; return "" when cancelled."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Counterbalance — Save a copy of your data"),
            str(Path(documents_dir()) / "counterbalance-backup.sqlite3"),
            self.tr("Counterbalance data (*.sqlite3)"),
        )
        return path

    def _on_delete_clicked(self) -> None:
        choice = self.ask_delete()
        if choice == DeleteChoice.BACKUP_FIRST:
            path = self.ask_backup_path()
            if not path:
                return
            self.backup_requested.emit(path)
            choice = self.ask_delete()
        if choice == DeleteChoice.DELETE:
            self.delete_all_requested.emit()


class QLocaleText:
    """Translate fixed names in the ``ProgressWindow`` context."""

    @staticmethod
    def translate(text: str) -> str:
        """Return ``text`` translated through Qt."""
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("ProgressWindow", text)
