"""The break prompt: the app's own small window offering Start, Snooze and Skip.

A notification may never appear (Qt's ``showMessage`` docs), so the prompt is a window of
its own. It opens in the bottom-right corner of the screen the mouse is on and never takes
keyboard focus from what the user is typing: it is a tool window that does not accept
focus and is shown without activation. The first click on it makes it focusable and
activates it, so its keys work from then on: Enter starts, S snoozes the first option,
Esc skips. Closing it from the title bar counts as Skip, like Esc.
"""

from __future__ import annotations

from dataclasses import dataclass

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
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.events import PromptKind
from desktop_app.core.policy import BreakDue
from desktop_app.ui.theme import Theme, apply_theme, theme_for

#: Gap between the prompt and the screen's panels/edges.
SCREEN_MARGIN_PX = 16
#: Width of the prompt (height follows the content).
PROMPT_WIDTH_PX = 440
#: Window flags while the prompt must not take focus.
PASSIVE_FLAGS = (
    Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint | Qt.WindowType.WindowDoesNotAcceptFocus
)


@dataclass(frozen=True, slots=True)
class BreakPromptView:
    """What the prompt shows.

    Attributes:
        kind: Microbreak, daily session or make-up for a skipped break.
        summary: One line about the session, e.g. "3 exercises · about 3 min".
        first_exercises: Names of the first exercises (shown as a preview).
        snooze_options_min: Snooze choices in minutes; empty offers no snooze.
        snoozes_left: Snoozes still allowed; 0 disables snoozing and says why.
        snoozed_times: How often this break was snoozed already (for the explanation).
    """

    kind: PromptKind
    summary: str
    first_exercises: tuple[str, ...] = ()
    snooze_options_min: tuple[int, ...] = (5, 10, 15)
    snoozes_left: int = 3
    snoozed_times: int = 0

    @classmethod
    def from_due(
        cls,
        due: BreakDue,
        summary: str,
        first_exercises: tuple[str, ...] = (),
        snooze_limit: int = 0,
    ) -> BreakPromptView:
        """Build the view for the policy's ``BreakDue`` (``snooze_limit`` from Settings)."""
        return cls(
            kind=due.kind,
            summary=summary,
            first_exercises=first_exercises,
            snooze_options_min=due.snooze_options_min,
            snoozes_left=due.snoozes_left,
            snoozed_times=max(0, snooze_limit - due.snoozes_left) if due.snooze_options_min else 0,
        )


def prompt_style(t: Theme) -> str:
    """Return the prompt's own style rules in theme ``t``."""
    return f"""
QWidget#breakPrompt {{ background: {t.window}; }}
QLabel#promptTitle {{ font-size: 19px; font-weight: 700; }}
QLabel#promptSummary {{ font-size: 14px; color: {t.ink_soft}; }}
QLabel#promptExercises {{ font-size: 13px; color: {t.muted}; }}
QLabel#suggestion {{ font-size: 13px; padding: 6px 10px; border-radius: 8px; }}
QLabel#snoozeLabel {{ font-size: 13px; color: {t.muted}; }}
QPushButton#primary {{ min-width: 96px; }}
QPushButton#snooze {{ padding: 5px 12px; }}
QPushButton#snooze:focus {{ padding: 4px 11px; }}
"""


def bottom_right(area: QRect, size: QSize, margin: int = SCREEN_MARGIN_PX) -> QPoint:
    """Return the top-left point that puts ``size`` in the bottom-right corner of ``area``."""
    x = area.right() + 1 - size.width() - margin
    y = area.bottom() + 1 - size.height() - margin
    return QPoint(max(area.left(), x), max(area.top(), y))


def cursor_screen() -> QScreen | None:
    """Return the screen under the mouse cursor, else the primary screen."""
    return QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()


class BreakPrompt(QWidget):
    """A small always-on-top window asking to take a break; never steals focus.

    Signals:
        start_requested(): The user chose Start (button, or Enter).
        snooze_requested(int): The user chose to snooze for these minutes (button, or S).
        skip_requested(): The user chose Skip (button, Esc, or closing the window).

    Each answer closes the prompt; :meth:`withdraw` closes it without one.
    """

    start_requested = Signal()
    snooze_requested = Signal(int)
    skip_requested = Signal()

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
        self._snooze_buttons: list[QPushButton] = []

        self._title = QLabel()
        self._title.setObjectName("promptTitle")
        self._title.setWordWrap(True)
        self._summary = QLabel()
        self._summary.setObjectName("promptSummary")
        self._summary.setWordWrap(True)
        self._exercises = QLabel()
        self._exercises.setObjectName("promptExercises")
        self._exercises.setWordWrap(True)
        self._makeup = QLabel()
        self._makeup.setObjectName("suggestion")
        self._makeup.setWordWrap(True)
        self._limit = QLabel()
        self._limit.setObjectName("warning")
        self._limit.setWordWrap(True)

        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setObjectName("primary")
        self.start_button.setAccessibleName(self.tr("Start the break now"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setAccessibleName(self.tr("Skip this break"))
        self.skip_button.clicked.connect(self.skip)

        self._snooze_label = QLabel(self.tr("Snooze for"))
        self._snooze_label.setObjectName("snoozeLabel")
        self._snooze_row = QHBoxLayout()
        self._snooze_row.setSpacing(6)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.start_button)
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

        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(8)
        layout.addWidget(self._title)
        layout.addWidget(self._summary)
        layout.addWidget(self._exercises)
        layout.addWidget(self._makeup)
        layout.addWidget(self._limit)
        layout.addSpacing(4)
        layout.addLayout(buttons)
        layout.addLayout(snooze)
        layout.addWidget(self._hint)
        self.set_view(view)

    # ----- view

    def set_view(self, view: BreakPromptView) -> None:
        """Show ``view`` (kind, summary, preview, snooze options and limit)."""
        self._view = view
        titles = {
            PromptKind.MICROBREAK: self.tr("Time for a break"),
            PromptKind.DAILY: self.tr("Time for your daily session"),
            PromptKind.MAKEUP: self.tr("Time for the break you skipped"),
        }
        self._title.setText(titles[view.kind])
        self._summary.setText(view.summary)
        self._exercises.setText(
            self.tr("Starts with: {names}").format(names=", ".join(view.first_exercises))
        )
        self._exercises.setVisible(bool(view.first_exercises))
        self._makeup.setText(
            self.tr(
                "This is the make-up for a break you skipped earlier. It is offered once; "
                "skipping it is fine."
            )
        )
        self._makeup.setVisible(view.kind is PromptKind.MAKEUP)

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

        if has_options and can_snooze:
            self._hint.setText(
                self.tr(
                    "Enter starts · S snoozes %n min · Esc skips", "", view.snooze_options_min[0]
                )
            )
        else:
            self._hint.setText(self.tr("Enter starts · Esc skips"))
        for child in self.findChildren(QWidget):
            child.installEventFilter(self)
        self._fit()

    def _fit(self) -> None:
        # Word-wrapped labels need the height for the fixed width, not their size hint.
        layout = self._layout
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
        if self.focusWidget() is None:
            self.start_button.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

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
        """Enter starts (or presses the focused button), S snoozes, Esc skips."""
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
        super().changeEvent(event)
