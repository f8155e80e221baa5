"""The break prompt: the app's own small card offering Start, Snooze and Skip.

A notification may never appear (Qt's ``showMessage`` docs), so the prompt is a window of
its own: a compact, frameless card in the bottom-right corner of the screen the mouse is
on, inside the available area (taskbars excluded). It shows what comes first (a small
figure of the first exercise and its name) and never takes keyboard focus from what the
user is typing: it is a tool window that does not accept focus and is shown without
activation. Its key hint says so; the first click on it makes it focusable, and from
then on Enter starts, S snoozes the first option, P starts at the next pause, Esc skips.
"Start at my next pause" (offered when the idle backend can tell) lets the user finish
the sentence: the app starts the break once typing stops for a few seconds.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QCursor,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QScreen,
    QWindow,
)
from PySide6.QtWidgets import (
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.break_prompt_card import PromptCard
from desktop_app.ui.break_prompt_view import BreakPromptView as BreakPromptView
from desktop_app.ui.break_prompt_view import prompt_style
from desktop_app.ui.screen_fit import corner_position
from desktop_app.ui.theme import apply_theme, theme_for

#: Gap between the prompt and the screen's panels/edges.
SCREEN_MARGIN_PX = 16
#: Width of the prompt (height follows the content), wider only when its buttons need it.
PROMPT_WIDTH_PX = 420
#: Window flags while the prompt must not take focus.
PASSIVE_FLAGS = (
    Qt.WindowType.Tool
    | Qt.WindowType.FramelessWindowHint
    | Qt.WindowType.WindowStaysOnTopHint
    | Qt.WindowType.WindowDoesNotAcceptFocus
)


def bottom_right(area: QRect, size: QSize, margin: int = SCREEN_MARGIN_PX) -> QPoint:
    """Return the top-left point that puts ``size`` in the bottom-right corner of ``area``."""
    return corner_position(area, size, margin)


def cursor_screen() -> QScreen | None:
    """Return the screen under the mouse cursor, else the primary screen."""
    return QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()


class BreakPrompt(QWidget):
    """A small always-on-top card asking to take a break; never steals focus.

    Signals:
        start_requested(): The user chose Start (button, or Enter).
        snooze_requested(int): The user chose to snooze for these minutes (button, or S).
        skip_requested(): The user chose Skip (button, Esc, or closing the card).
        start_at_pause_requested(): The user chose "Start at my next pause" (button, or
            P); the app calls :meth:`start` once typing stops.

    Each answer closes the prompt; :meth:`withdraw` closes it without one.
    """

    start_requested = Signal()
    snooze_requested = Signal(int)
    skip_requested = Signal()
    start_at_pause_requested = Signal()

    def __init__(self, view: BreakPromptView, parent: QWidget | None = None) -> None:
        """Build the prompt for ``view``; call :meth:`present` to show it."""
        super().__init__(parent, PASSIVE_FLAGS)
        self.setObjectName("breakPrompt")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        # macOS hides tool windows while the app is inactive, which it always is here.
        self.setAttribute(Qt.WidgetAttribute.WA_MacAlwaysShowToolWindow, True)
        self.setWindowTitle(self.tr("Counterbalance — Time for a break"))
        self.setAccessibleName(self.tr("Time for a break"))
        self._theme = theme_for()
        apply_theme(self, prompt_style(self._theme), self._theme)
        self._answered = False
        self._focusable = False
        self._waiting_for_pause = False
        self.card = PromptCard(self.start, self.start_at_pause, self.skip, self.snooze)
        self.start_button = self.card.start_button
        self.pause_button = self.card.pause_button
        self.skip_button = self.card.skip_button
        self.close_button = self.card.close_button
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self._outer.addWidget(self.card)
        self.set_view(view)

    # ----- view

    def set_view(self, view: BreakPromptView) -> None:
        """Show ``view`` (kind, summary, preview, snooze options and limit)."""
        self._view = view
        self.card.show_view(view, self._theme, self.devicePixelRatioF())
        self._update_hint()
        for child in self.findChildren(QWidget):
            child.installEventFilter(self)
        self._fit()

    def _update_hint(self) -> None:
        self.card.show_hint(self._view, self._focusable, self._waiting_for_pause)

    def _fit(self) -> None:
        # Word-wrapped labels need the height for the fixed width, not their size hint.
        # The card is PROMPT_WIDTH_PX wide unless its buttons need more (longer languages:
        # "Bei meiner nächsten Tipppause" was cut to "ner nächsten Tip").
        for button in (self.start_button, self.pause_button, self.skip_button):
            button.setMinimumWidth(button.sizeHint().width())  # never squashed
        layout = self._outer
        layout.activate()
        width = max(PROMPT_WIDTH_PX, layout.totalMinimumSize().width())
        height = layout.totalHeightForWidth(width)
        self.setFixedSize(width, max(height, layout.totalMinimumSize().height()))

    def view(self) -> BreakPromptView:
        """Return the view shown."""
        return self._view

    def snooze_buttons(self) -> tuple[QPushButton, ...]:
        """Return the snooze buttons, in the view's order."""
        return tuple(self.card.snooze_buttons)

    # ----- showing

    def present(self) -> None:
        """Show the prompt in the bottom-right corner of the cursor's screen, unfocused."""
        screen = cursor_screen()
        was_visible = self.isVisible()
        if screen is not None:
            area = screen.availableGeometry()
            self.move(bottom_right(area, self.frameSize()))
        self.show()
        if screen is not None:
            # The window frame is known only once shown: place it again with the frame.
            window: QWindow | None = self.windowHandle()
            if window is not None and window.screen() is not screen:
                window.setScreen(screen)
            self.move(bottom_right(screen.availableGeometry(), self.frameSize()))
        if was_visible:
            self.raise_()

    def is_focusable(self) -> bool:
        """Tell whether the user has clicked the prompt (so it accepts keys now)."""
        return self._focusable

    def make_focusable(self) -> None:
        """Let the prompt take keyboard focus and activate it (after the user's click)."""
        if self._focusable:
            return
        self._focusable = True
        flags = self.windowFlags() & ~Qt.WindowType.WindowDoesNotAcceptFocus
        window: QWindow | None = self.windowHandle()  # None until first shown
        if window is not None:
            # Change the native window in place: QWidget.setWindowFlags would hide it.
            window.setFlag(Qt.WindowType.WindowDoesNotAcceptFocus, False)
            self.overrideWindowFlags(flags)
        else:
            self.setWindowFlags(flags)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, False)
        self.activateWindow()
        self.raise_()
        # The hint says "Enter starts": whatever took focus while the card was shown
        # unfocused (a snooze or Skip button), Enter now means Start.
        self.start_button.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        self._update_hint()
        self._refit_in_corner()

    def _refit_in_corner(self) -> None:
        """Re-measure after the text changed and keep the bottom-right corner in place."""
        corner = self.geometry().bottomRight()
        self._fit()
        if self.isVisible():
            self.move(corner.x() - self.width() + 1, corner.y() - self.height() + 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Make the prompt focusable on the first mouse press anywhere on it."""
        if event.type() == QEvent.Type.MouseButtonPress and not self._focusable:
            self.make_focusable()
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Make the prompt focusable when its background is clicked."""
        self.make_focusable()
        super().mousePressEvent(event)

    # ----- answers

    def start(self) -> None:
        """Answer Start: emit ``start_requested`` and close."""
        if self._answer():
            self.start_requested.emit()

    def snooze(self, minutes: int) -> None:
        """Answer Snooze for ``minutes``, if snoozing is still allowed."""
        if self._view.snoozes_left <= 0 or minutes not in self._view.snooze_options_min:
            return
        if self._answer():
            self.snooze_requested.emit(minutes)

    def start_at_pause(self) -> None:
        """Ask to start at the user's next pause; the card stays until the break starts."""
        if self._answered or self._waiting_for_pause or not self._view.can_start_at_pause:
            return
        self._waiting_for_pause = True
        if self._focusable:  # Enter must keep meaning Start, not the next button
            self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.pause_button.setEnabled(False)
        self.card.pause_wait.setVisible(True)
        self._update_hint()
        self._refit_in_corner()
        self.start_at_pause_requested.emit()

    def is_waiting_for_pause(self) -> bool:
        """Tell whether the user asked to start at the next pause."""
        return self._waiting_for_pause

    def skip(self) -> None:
        """Answer Skip: emit ``skip_requested`` and close."""
        if self._answer():
            self.skip_requested.emit()

    def withdraw(self) -> None:
        """Close without an answer (the app logs the prompt as expired)."""
        self._answered = True
        self.close()

    def is_answered(self) -> bool:
        """Tell whether the prompt was answered or withdrawn."""
        return self._answered

    def _answer(self) -> bool:
        if self._answered:
            return False
        self._answered = True
        self.hide()
        self.close()
        return True

    # ----- Qt events

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter starts (or presses the focused button), S snoozes, P waits, Esc skips.

        Only once clicked: on Wayland the compositor decides focus, and sway gives every
        new window the keyboard; typing meant for another app must not answer the break.
        """
        if not self._focusable:
            event.ignore()
            return
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton) and focused is not self.start_button:
                focused.click()
            else:
                self.start()
            return
        if key == Qt.Key.Key_Escape:
            self.skip()
            return
        if key == Qt.Key.Key_S and self._view.snooze_options_min:
            self.snooze(self._view.snooze_options_min[0])
            return
        if key == Qt.Key.Key_P:
            self.start_at_pause()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Treat closing from the title bar as Skip (like Esc)."""
        if not self._answered:
            self._answered = True
            self.skip_requested.emit()
        event.accept()

    def changeEvent(self, event: QEvent) -> None:
        """Re-style when the desktop switches between light and dark."""
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            theme = theme_for()
            if theme != self._theme:
                self._theme = theme
                apply_theme(self, prompt_style(theme), theme)
                self.card.draw_figure(self._view, theme, self.devicePixelRatioF())
        super().changeEvent(event)
