"""The progress window: weekly adherence and pain over 4–52 weeks, with exports.

The window shows what :class:`~desktop_app.ui.progress_presenter.ProgressPresenter` loads
and turns the user's choices into signals. Its parts: the summary cards
(:mod:`~desktop_app.ui.progress_cards`), this week's body-region coverage
(:mod:`~desktop_app.ui.progress_coverage`), the Qt Quick charts
(:mod:`~desktop_app.ui.progress_charts`) and the export and delete questions
(:mod:`~desktop_app.ui.progress_dialogs`). Qt Quick and Qt Graphs are imported when the
charts are first shown (this module is itself only imported with the first window), so
the tray app does not pay for them at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.stats import ProgressView
from desktop_app.ui.computer_filter import ComputerFilter
from desktop_app.ui.progress_cards import ProgressCards, progress_style
from desktop_app.ui.progress_charts import ProgressCharts
from desktop_app.ui.progress_coverage import CoverageRow
from desktop_app.ui.progress_dialogs import DeleteChoice, ProgressDialogs
from desktop_app.ui.theme import LIGHT, apply_theme, theme_for

__all__ = ["DEFAULT_WEEKS", "RANGES_WEEKS", "START_SIZE", "DeleteChoice", "ProgressWindow"]

#: Ranges offered in the selector, in weeks.
RANGES_WEEKS = (4, 8, 12, 26, 52)
DEFAULT_WEEKS = 8
MIN_SIZE = QSize(600, 380)
#: The first size: fits a 1280×800 screen with a panel.
START_SIZE = QSize(1040, 720)
#: The charts never get shorter than this; a smaller window scrolls them instead.
CHARTS_MIN_H = 400
EMPTY_TEXT_MAX_W = 620


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
        self._dialogs = ProgressDialogs(self)

        top = self._filters(weeks)
        self._cards = ProgressCards(self)
        self._coverage_row = CoverageRow(self)
        self._coverage_row.setVisible(False)

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
        self._charts = ProgressCharts(self)
        self._stack.addWidget(self._charts)  # 2
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
        body_layout.addWidget(self._cards)
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
        self._cards.show_view(None)
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
        self._charts.set_theme(self._theme)

    # -- building ---------------------------------------------------------------------------

    def _filters(self, weeks: int) -> QHBoxLayout:
        """Build the title row with what the charts show (a new filter joins here)."""
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
        self.computer_filter = ComputerFilter(self)  # one computer or all (sync)
        top.addWidget(self.computer_filter)
        top.addWidget(range_label)
        top.addWidget(self._range)
        return top

    def _button(self, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        return button

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
        return self._coverage_row.coverage

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
        self._cards.show_view(view)
        self._cards.setVisible(view.has_data)
        self._coverage_row.show_coverage(tuple(coverage) if coverage is not None else ())
        self._coverage_row.setVisible(view.has_data and coverage is not None)
        if not view.has_data:
            self._stack.setCurrentIndex(1)
            for button in (self._csv, self._png, self._pdf):
                button.setEnabled(False)
            return
        for button in (self._csv, self._png, self._pdf):
            button.setEnabled(True)
        self._stack.setCurrentIndex(2)
        self._png.setEnabled(self._charts.show_view(view))

    def show_message(self, text: str) -> None:
        """Show a short status line (e.g. where an export went)."""
        self._status.setText(text)

    def save_charts_png(self, directory: Path) -> list[Path]:
        """Save one PNG per chart into ``directory``; return the files written."""
        return self._charts.save_png(directory)

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
        directory = self._dialogs.csv_folder()
        if directory:
            self.export_csv_requested.emit(directory)

    def _on_png_clicked(self) -> None:
        directory = self._dialogs.png_folder()
        if directory:
            self.export_png_requested.emit(directory)

    def _on_pdf_clicked(self) -> None:
        path = self._dialogs.pdf_path()
        if path:
            self.export_pdf_requested.emit(path)

    def ask_delete(self) -> DeleteChoice:
        """Ask to confirm deleting everything."""
        return self._dialogs.confirm_delete()

    def ask_backup_path(self) -> str:
        """Ask where to save a copy of the data; return "" when cancelled."""
        return self._dialogs.backup_path()

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
