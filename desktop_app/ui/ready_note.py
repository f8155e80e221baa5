"""The note shown once after onboarding: where Counterbalance lives and when it speaks up.

Without it the screen goes blank after "Finish" and a new user cannot tell whether the
app is running. The note names the place (system tray, menu bar or the app's own small
window), the first break in minutes of computer use and the first daily session.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from enum import StrEnum

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, QTime
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.core.first_run import DailyStart, FirstRunPlan
from desktop_app.platform.paths import resources_dir
from desktop_app.ui.screen_fit import fit_to_screen
from desktop_app.ui.theme import apply_theme, theme_for

#: Preferred width; the height follows the text.
NOTE_WIDTH_PX = 460
ICON_PX = 40


class AppPlace(StrEnum):
    """Where the app's icon is."""

    TRAY = "tray"
    MENU_BAR = "menu_bar"
    WINDOW = "window"


@dataclass(frozen=True, slots=True)
class ReadyNoteView:
    """What the note says: the first-run plan, the daily time and where the app lives."""

    plan: FirstRunPlan
    daily_time: time
    place: AppPlace


class ReadyNote(QWidget):
    """A small window: "Counterbalance is running", where, and when the first break comes."""

    def __init__(self, view: ReadyNoteView, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Dialog)
        self.setWindowTitle(self.tr("Counterbalance is running"))
        self.setAccessibleName(self.tr("Counterbalance is running"))
        self._theme = theme_for()
        apply_theme(self, theme=self._theme)

        icon = QLabel()
        icon.setPixmap(
            QIcon(str(resources_dir() / "icons" / "counterbalance.svg")).pixmap(ICON_PX, ICON_PX)
        )
        title = QLabel(self.tr("You're all set"))
        title.setObjectName("title")
        head = QHBoxLayout()
        head.setSpacing(12)
        head.addWidget(icon)
        head.addWidget(title, 1)

        self.where = QLabel(self._where_text(view.place))
        self.when = QLabel(self._break_text(view.plan))
        self.daily = QLabel(self._daily_text(view))
        self.daily.setVisible(bool(self.daily.text()))
        for label in (self.where, self.when, self.daily):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
        self.when.setObjectName("suggestion")

        self.ok_button = QPushButton(self.tr("Got it"))
        self.ok_button.setObjectName("primary")
        self.ok_button.setAccessibleName(self.tr("Close this note"))
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.ok_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addLayout(head)
        layout.addWidget(self.where)
        layout.addWidget(self.when)
        layout.addWidget(self.daily)
        layout.addLayout(row)
        layout.activate()
        height = layout.totalHeightForWidth(NOTE_WIDTH_PX)
        fit_to_screen(self, QSize(NOTE_WIDTH_PX, height))
        self.ok_button.setFocus()

    def _where_text(self, place: AppPlace) -> str:
        if place is AppPlace.MENU_BAR:
            return self.tr(
                "Counterbalance now lives in the <b>menu bar</b> at the top of the screen. "
                "Click its icon for a session now, your progress or settings."
            )
        if place is AppPlace.WINDOW:
            return self.tr(
                "Your desktop has no system tray, so Counterbalance keeps a <b>small window</b> "
                "open. Use it for a session now, your progress or settings."
            )
        return self.tr(
            "Counterbalance now lives in the <b>system tray</b>, among the small icons near "
            "the clock. Click its icon for a session now, your progress or settings."
        )

    def _break_text(self, plan: FirstRunPlan) -> str:
        if plan.first_break_in_min is None:
            return self.tr("Breaks come while you work at the computer, within your working hours.")
        return self.tr(
            "Your first short break comes in about <b>%n min</b> of computer use. "
            "Time away from the keyboard doesn't count.",
            "",
            plan.first_break_in_min,
        )

    def _daily_text(self, view: ReadyNoteView) -> str:
        at = QLocale().toString(
            QTime(view.daily_time.hour, view.daily_time.minute), QLocale.FormatType.ShortFormat
        )
        if view.plan.daily is DailyStart.TODAY:
            return self.tr("Your longer daily session is offered today at {time}.").format(time=at)
        if view.plan.daily is DailyStart.TOMORROW:
            return self.tr("Your longer daily session starts tomorrow at {time}.").format(time=at)
        return ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter and Esc close the note."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            self.close()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """Re-style when the desktop switches between light and dark."""
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            theme = theme_for()
            if theme != self._theme:
                self._theme = theme
                apply_theme(self, theme=theme)
        super().changeEvent(event)
