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
    QIcon,
    QKeyEvent,
    QMouseEvent,
    QScreen,
    QWindow,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.events import PromptKind
from desktop_app.platform.paths import resources_dir
from desktop_app.ui.break_prompt_view import BreakPromptView as BreakPromptView
from desktop_app.ui.break_prompt_view import figure_pixmap, prompt_style
from desktop_app.ui.screen_fit import corner_position
from desktop_app.ui.theme import apply_theme, theme_for

#: Gap between the prompt and the screen's panels/edges.
SCREEN_MARGIN_PX = 16
#: Width of the prompt (height follows the content).
PROMPT_WIDTH_PX = 420
#: Side of the first exercise's figure.
FIGURE_PX = 88
#: The app icon in the card's header.
BRAND_ICON_PX = 18
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
        self._snooze_buttons: list[QPushButton] = []

        icon = QLabel()
        icon.setPixmap(
            QIcon(str(resources_dir() / "icons" / "counterbalance.svg")).pixmap(
                BRAND_ICON_PX, BRAND_ICON_PX
            )
        )
        brand = QLabel(self.tr("Counterbalance"))
        brand.setObjectName("brand")
        self.close_button = QPushButton("✕")
        self.close_button.setObjectName("closePrompt")
        self.close_button.setAccessibleName(self.tr("Close and skip this break"))
        self.close_button.setToolTip(self.tr("Close (skips this break)"))
        self.close_button.clicked.connect(self.skip)
        header = QHBoxLayout()
        header.setSpacing(6)
        header.addWidget(icon)
        header.addWidget(brand)
        header.addStretch(1)
        header.addWidget(self.close_button)

        self._figure = QLabel()
        self._figure.setObjectName("promptFigure")
        self._figure.setFixedSize(FIGURE_PX, FIGURE_PX)
        self._figure.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._title = QLabel()
        self._title.setObjectName("promptTitle")
        self._title.setWordWrap(True)
        self._summary = QLabel()
        self._summary.setObjectName("promptSummary")
        self._summary.setWordWrap(True)
        self._exercises = QLabel()
        self._exercises.setObjectName("promptExercises")
        self._exercises.setWordWrap(True)
        self._exercises.setTextFormat(Qt.TextFormat.RichText)
        text = QVBoxLayout()
        text.setSpacing(3)
        text.addWidget(self._title)
        text.addWidget(self._summary)
        text.addWidget(self._exercises)
        text.addStretch(1)
        intro = QHBoxLayout()
        intro.setSpacing(12)
        intro.addWidget(self._figure, 0, Qt.AlignmentFlag.AlignTop)
        intro.addLayout(text, 1)

        self._makeup = QLabel()
        self._makeup.setObjectName("suggestion")
        self._makeup.setWordWrap(True)
        self._limit = QLabel()
        self._limit.setObjectName("warning")
        self._limit.setWordWrap(True)
        self._pause_wait = QLabel(
            self.tr("Finish what you're typing: the break starts when you pause for a moment.")
        )
        self._pause_wait.setObjectName("pauseWait")
        self._pause_wait.setWordWrap(True)
        self._pause_wait.setVisible(False)

        self.start_button = QPushButton(self.tr("Start now"))
        self.start_button.setObjectName("primary")
        self.start_button.setAccessibleName(self.tr("Start the break now"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.pause_button = QPushButton(self.tr("At my next pause"))
        self.pause_button.setAccessibleName(self.tr("Start the break when I stop typing"))
        self.pause_button.setToolTip(
            self.tr("Keep typing; the break starts by itself when you pause for a few seconds.")
        )
        self.pause_button.clicked.connect(self.start_at_pause)
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setAccessibleName(self.tr("Skip this break"))
        self.skip_button.clicked.connect(self.skip)

        self._snooze_label = QLabel(self.tr("Snooze"))
        self._snooze_label.setObjectName("snoozeLabel")
        self._snooze_row = QHBoxLayout()
        self._snooze_row.setSpacing(6)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.pause_button)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        snooze = QHBoxLayout()
        snooze.setSpacing(6)
        snooze.addWidget(self._snooze_label)
        snooze.addLayout(self._snooze_row)
        snooze.addStretch(1)

        self._hint = QLabel()
        self._hint.setObjectName("hint")
        self._hint.setWordWrap(True)

        card = QFrame()
        card.setObjectName("promptCard")
        self._layout = layout = QVBoxLayout(card)
        layout.setContentsMargins(16, 8, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addLayout(intro)
        layout.addWidget(self._makeup)
        layout.addWidget(self._limit)
        layout.addWidget(self._pause_wait)
        layout.addSpacing(2)
        layout.addLayout(buttons)
        layout.addLayout(snooze)
        layout.addWidget(self._hint)
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self._outer.addWidget(card)
        self.set_view(view)

    # ----- view

    def set_view(self, view: BreakPromptView) -> None:
        """Show ``view`` (kind, summary, preview, snooze options and limit)."""
        self._view = view
        titles = {
            PromptKind.MICROBREAK: self.tr("Time for a short break"),
            PromptKind.DAILY: self.tr("Time for your daily session"),
            PromptKind.MAKEUP: self.tr("Time for the break you skipped"),
        }
        self._title.setText(titles[view.kind])
        self._summary.setText(view.summary)
        names = [n.replace("&", "&amp;").replace("<", "&lt;") for n in view.first_exercises]
        if names:
            first = self.tr("First: {name}").format(name=f"<b>{names[0]}</b>")
            rest = self.tr("then {names}").format(names=", ".join(names[1:])) if names[1:] else ""
            self._exercises.setText(first + (f"<br>{rest}" if rest else ""))
        self._exercises.setVisible(bool(names))
        self._draw_figure()
        self._makeup.setText(
            self.tr(
                "This is the make-up for a break you skipped earlier. It is offered once; "
                "skipping it is fine."
            )
        )
        self._makeup.setVisible(view.kind is PromptKind.MAKEUP)
        self.pause_button.setVisible(view.can_start_at_pause)

        for button in self._snooze_buttons:
            self._snooze_row.removeWidget(button)
            button.deleteLater()
        self._snooze_buttons = []
        can_snooze = view.snoozes_left > 0
        for minutes in view.snooze_options_min:
            button = QPushButton(self.tr("%n min", "", minutes))
            button.setObjectName("snooze")
            button.setAccessibleName(self.tr("Snooze for %n minute(s)", "", minutes))
            button.setEnabled(can_snooze)
            button.clicked.connect(lambda _=False, m=minutes: self.snooze(m))
            self._snooze_row.addWidget(button)
            self._snooze_buttons.append(button)
        has_options = bool(view.snooze_options_min)
        self._snooze_label.setVisible(has_options)
        self._snooze_label.setEnabled(can_snooze)

        limited = has_options and not can_snooze
        if view.snoozed_times >= 1:
            limit = self.tr(
                "You've snoozed this break %n time(s); start it now or skip it.",
                "",
                view.snoozed_times,
            )
        else:
            limit = self.tr("This break can't be snoozed again; start it now or skip it.")
        self._limit.setText(limit)
        self._limit.setVisible(limited)
        self._update_hint()
        for child in self.findChildren(QWidget):
            child.installEventFilter(self)
        self._fit()

    def _draw_figure(self) -> None:
        exercise = self._view.first_exercise
        self._figure.setVisible(exercise is not None)
        if exercise is not None:
            inner = FIGURE_PX - 6
            self._figure.setPixmap(
                figure_pixmap(exercise, self._theme.dark, inner, self.devicePixelRatioF())
            )

    def _keys(self) -> str:
        view = self._view
        parts = [self.tr("Enter starts")]
        if view.snooze_options_min and view.snoozes_left > 0:
            parts.append(self.tr("S snoozes %n min", "", view.snooze_options_min[0]))
        if view.can_start_at_pause and not self._waiting_for_pause:
            parts.append(self.tr("P waits for your pause"))
        parts.append(self.tr("Esc skips"))
        return " · ".join(parts)

    def _update_hint(self) -> None:
        # The card never takes focus by itself, so its keys only work after a click.
        if self._focusable:
            self._hint.setText(self._keys())
        else:
            self._hint.setText(
                self.tr(
                    "Your typing stays in your app. Click this card to use keys: {keys}"
                ).format(keys=self._keys())
            )

    def _fit(self) -> None:
        # Word-wrapped labels need the height for the fixed width, not their size hint.
        layout = self._outer
        layout.activate()
        height = layout.totalHeightForWidth(PROMPT_WIDTH_PX)
        self.setFixedSize(PROMPT_WIDTH_PX, max(height, layout.totalMinimumSize().height()))

    def view(self) -> BreakPromptView:
        """Return the view shown."""
        return self._view

    def snooze_buttons(self) -> tuple[QPushButton, ...]:
        """Return the snooze buttons, in the view's order."""
        return tuple(self._snooze_buttons)

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
        self._pause_wait.setVisible(True)
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
                self._draw_figure()
        super().changeEvent(event)
