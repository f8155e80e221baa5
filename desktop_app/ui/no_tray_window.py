"""The small window that stands in for the tray when the desktop has none.

A module of its own, loaded only when no tray appears: its widgets, layouts and
``screen_fit`` cost about 3 MiB of resident memory that a tray app would carry for
nothing (issue 13 §4).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.core.policy import PauseRequest
from desktop_app.ui.screen_fit import fit_to_screen
from desktop_app.ui.tray import PAUSE_FROM_TRAY_S, SNOOZE_FROM_TRAY_MIN, TrayView

#: Gap between the no-tray window and the screen's edges, in pixels.
SCREEN_MARGIN = 16


class NoTrayWindow(QWidget):
    """A small window that stands in for the tray when the desktop has none.

    Signals:
        session_requested(), snooze_requested(int), pause_requested(PauseRequest),
        resume_requested(), progress_requested(), settings_requested(),
        symptoms_requested(), day_pain_requested(), quit_requested(): as
        :class:`TrayIntents`.
    """

    session_requested = Signal()
    snooze_requested = Signal(int)
    pause_requested = Signal(object)
    resume_requested = Signal()
    progress_requested = Signal()
    settings_requested = Signal()
    symptoms_requested = Signal()
    day_pain_requested = Signal()
    quit_requested = Signal()
    message_requested = Signal(str, str)

    def __init__(self, icon: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quitting = False
        self.setWindowTitle(self.tr("Counterbalance"))
        self.setWindowIcon(icon)
        self.setAccessibleName(self.tr("Counterbalance status window"))
        layout = QVBoxLayout(self)
        why = QLabel(
            self.tr(
                "Your desktop has no system tray, so Counterbalance shows this small "
                "window instead. Breaks still arrive on time. On GNOME, the "
                "AppIndicator extension adds a tray."
            )
        )
        why.setWordWrap(True)
        why.setAccessibleName(self.tr("Why this window is shown"))
        layout.addWidget(why)
        self._status = QLabel()
        self._status.setAccessibleName(self.tr("Break status"))
        font = self._status.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self._status.setFont(font)
        layout.addWidget(self._status)
        # What a tray balloon would say (there is no tray to show it).
        self._message = QLabel()
        self._message.setWordWrap(True)
        self._message.setAccessibleName(self.tr("Message"))
        self._message.setVisible(False)
        layout.addWidget(self._message)
        # A thread (the notifier) may send a message: the queued signal brings it here.
        self.message_requested.connect(self._on_message_requested)
        row = QHBoxLayout()
        self._start = self._button(self.tr("&Start now"), self.session_requested.emit, row)
        self._snooze = self._button(
            self.tr("S&nooze {n} min").format(n=SNOOZE_FROM_TRAY_MIN),
            lambda: self.snooze_requested.emit(SNOOZE_FROM_TRAY_MIN),
            row,
        )
        self._pause = self._button(self.tr("&Pause 1 h"), self._on_pause_clicked, row)
        layout.addLayout(row)
        row2 = QHBoxLayout()
        self._button(self.tr("Pro&gress…"), self.progress_requested.emit, row2)
        self._button(self.tr("Rate &today's pain…"), self.day_pain_requested.emit, row2)
        self._button(self.tr("&Check symptoms…"), self.symptoms_requested.emit, row2)
        self._button(self.tr("S&ettings…"), self.settings_requested.emit, row2)
        self._button(self.tr("&Quit"), self.quit_requested.emit, row2)
        layout.addLayout(row2)
        self._paused = False
        self.setMinimumWidth(460)
        fit_to_screen(self, self.sizeHint())

    def _button(self, text: str, slot: object, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def set_view(self, view: TrayView) -> None:
        """Show the same status the tray tooltip would."""
        self._status.setText(view.status_line)
        self._paused = view.paused
        self._pause.setText(self.tr("&Resume") if view.paused else self.tr("&Pause 1 h"))
        self._pause.setAccessibleName(self._pause.text().replace("&", ""))
        self._snooze.setEnabled(view.can_snooze and not view.paused)
        self._start.setEnabled(not view.session_running)

    def status_text(self) -> str:
        return self._status.text()

    def show_message(self, title: str, message: str) -> None:
        """Show what a tray balloon would (empty: take it away); safe from any thread."""
        self.message_requested.emit(title, message)

    def message_text(self) -> str:
        return self._message.text() if self._message.isVisibleTo(self) else ""

    def _on_message_requested(self, title: str, message: str) -> None:
        del title  # the window's own title already names the app
        self._message.setText(message)
        self._message.setVisible(bool(message))
        if not message:
            return
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():  # grow to show the whole text, and stay on screen
            self.resize(self.width(), needed)
            if self.isVisible():
                self.place_on_screen()

    def allow_close(self) -> None:
        self._quitting = True

    def place_on_screen(self) -> None:
        """Put the window in the bottom-right corner of its screen, wholly on it."""
        area = self.screen().availableGeometry()
        frame = self.frameGeometry()
        # The window manager's frame (title bar, borders) around the client area.
        extra_w, extra_h = frame.width() - self.width(), frame.height() - self.height()
        width = min(self.width(), area.width() - extra_w - 2 * SCREEN_MARGIN)
        height = min(self.height(), area.height() - extra_h - 2 * SCREEN_MARGIN)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        x = area.right() + 1 - SCREEN_MARGIN - width - extra_w
        y = area.bottom() + 1 - SCREEN_MARGIN - height - extra_h
        self.move(max(area.left(), x), max(area.top(), y))

    def bring_to_front(self) -> None:
        """Show the window again, even after it was closed (minimised) or hidden."""
        # Always a fresh map: a window the window manager minimised or unmapped behind
        # Qt's back (no taskbar to restore it from) does not come back from a state
        # change or a show() of a window Qt still thinks is visible.
        self.hide()
        from PySide6.QtCore import Qt  # not at import: builds 93 enums

        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.place_on_screen()
        self.raise_()
        self.activateWindow()

    def _on_pause_clicked(self) -> None:
        if self._paused:
            self.resume_requested.emit()
        else:
            self.pause_requested.emit(PauseRequest.lasting(PAUSE_FROM_TRAY_S))

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing this window would leave no way back to the app: minimise instead.
        if self._quitting:
            event.accept()
            return
        event.ignore()
        from PySide6.QtCore import Qt  # not at import: builds 93 enums

        self.setWindowState(self.windowState() | Qt.WindowState.WindowMinimized)
