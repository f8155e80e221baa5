"""The break prompt's card: what the break holds, its buttons, and which keys work.

The card shows a :class:`~desktop_app.ui.break_prompt_view.BreakPromptView` and calls
back the prompt's answers; placing the window, focus and keys are the prompt's
(:mod:`~desktop_app.ui.break_prompt`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from desktop_app.core.events import PromptKind
from desktop_app.platform.paths import resources_dir
from desktop_app.ui.break_prompt_view import BreakPromptView, figure_pixmap
from desktop_app.ui.theme import Theme

#: Side of the first exercise's figure.
FIGURE_PX = 88
#: The app icon in the card's header.
BRAND_ICON_PX = 18


class PromptCard(QFrame):
    """The prompt's content: header, first exercises, notes, Start/Skip and snooze buttons.

    Args:
        on_start, on_start_at_pause, on_skip: The prompt's answers.
        on_snooze: The prompt's snooze answer, given the minutes.
    """

    def __init__(
        self,
        on_start: Callable[[], None],
        on_start_at_pause: Callable[[], None],
        on_skip: Callable[[], None],
        on_snooze: Callable[[int], None],
    ) -> None:
        super().__init__()
        self._on_snooze = on_snooze
        self.snooze_buttons: list[QPushButton] = []
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
        self.close_button.clicked.connect(on_skip)
        header = QHBoxLayout()
        header.setSpacing(6)
        header.addWidget(icon)
        header.addWidget(brand)
        header.addStretch(1)
        header.addWidget(self.close_button)

        self.figure = QLabel()
        self.figure.setObjectName("promptFigure")
        self.figure.setFixedSize(FIGURE_PX, FIGURE_PX)
        self.figure.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel()
        self.title.setObjectName("promptTitle")
        self.title.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("promptSummary")
        self.summary.setWordWrap(True)
        self.exercises = QLabel()
        self.exercises.setObjectName("promptExercises")
        self.exercises.setWordWrap(True)
        self.exercises.setTextFormat(Qt.TextFormat.RichText)
        text = QVBoxLayout()
        text.setSpacing(3)
        text.addWidget(self.title)
        text.addWidget(self.summary)
        text.addWidget(self.exercises)
        text.addStretch(1)
        intro = QHBoxLayout()
        intro.setSpacing(12)
        intro.addWidget(self.figure, 0, Qt.AlignmentFlag.AlignTop)
        intro.addLayout(text, 1)

        self.makeup = QLabel()
        self.makeup.setObjectName("suggestion")
        self.makeup.setWordWrap(True)
        self.limit = QLabel()
        self.limit.setObjectName("warning")
        self.limit.setWordWrap(True)
        self.pause_wait = QLabel(
            self.tr("Finish what you're typing: the break starts when you pause for a moment.")
        )
        self.pause_wait.setObjectName("pauseWait")
        self.pause_wait.setWordWrap(True)
        self.pause_wait.setVisible(False)

        self.start_button = QPushButton(self.tr("Start now"))
        self.start_button.setObjectName("primary")
        self.start_button.setAccessibleName(self.tr("Start the break now"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(on_start)
        self.pause_button = QPushButton(self.tr("At my next pause"))
        self.pause_button.setAccessibleName(self.tr("Start the break when I stop typing"))
        self.pause_button.setToolTip(
            self.tr("Keep typing; the break starts by itself when you pause for a few seconds.")
        )
        self.pause_button.clicked.connect(on_start_at_pause)
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setAccessibleName(self.tr("Skip this break"))
        self.skip_button.clicked.connect(on_skip)

        self.snooze_label = QLabel(self.tr("Snooze"))
        self.snooze_label.setObjectName("snoozeLabel")
        self.snooze_row = QHBoxLayout()
        self.snooze_row.setSpacing(6)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.pause_button)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        snooze = QHBoxLayout()
        snooze.setSpacing(6)
        snooze.addWidget(self.snooze_label)
        snooze.addLayout(self.snooze_row)
        snooze.addStretch(1)

        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)

        self.setObjectName("promptCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addLayout(intro)
        layout.addWidget(self.makeup)
        layout.addWidget(self.limit)
        layout.addWidget(self.pause_wait)
        layout.addSpacing(2)
        layout.addLayout(buttons)
        layout.addLayout(snooze)
        layout.addWidget(self.hint)

    def show_view(self, view: BreakPromptView, theme: Theme, pixel_ratio: float) -> None:
        """Show ``view`` (kind, summary, preview, snooze options and limit)."""
        titles = {
            PromptKind.MICROBREAK: self.tr("Time for a short break"),
            PromptKind.DAILY: self.tr("Time for your daily session"),
            PromptKind.MAKEUP: self.tr("Time for the break you skipped"),
        }
        self.title.setText(titles[view.kind])
        self.summary.setText(view.summary)
        names = [n.replace("&", "&amp;").replace("<", "&lt;") for n in view.first_exercises]
        if names:
            first = self.tr("First: {name}").format(name=f"<b>{names[0]}</b>")
            rest = self.tr("then {names}").format(names=", ".join(names[1:])) if names[1:] else ""
            self.exercises.setText(first + (f"<br>{rest}" if rest else ""))
        self.exercises.setVisible(bool(names))
        self.draw_figure(view, theme, pixel_ratio)
        self.makeup.setText(
            self.tr(
                "This is the make-up for a break you skipped earlier. It is offered once; "
                "skipping it is fine."
            )
        )
        self.makeup.setVisible(view.kind is PromptKind.MAKEUP)
        self.pause_button.setVisible(view.can_start_at_pause)

        for button in self.snooze_buttons:
            self.snooze_row.removeWidget(button)
            button.deleteLater()
        self.snooze_buttons = []
        can_snooze = view.snoozes_left > 0
        for minutes in view.snooze_options_min:
            button = QPushButton(self.tr("%n min", "", minutes))
            button.setObjectName("snooze")
            # In the prompt's context, where the pseudo-language test reads it.
            name = QCoreApplication.translate("BreakPrompt", "Snooze for %n minute(s)", "", minutes)
            button.setAccessibleName(name)
            button.setEnabled(can_snooze)
            button.clicked.connect(lambda _=False, m=minutes: self._on_snooze(m))
            self.snooze_row.addWidget(button)
            self.snooze_buttons.append(button)
        has_options = bool(view.snooze_options_min)
        self.snooze_label.setVisible(has_options)
        self.snooze_label.setEnabled(can_snooze)

        limited = has_options and not can_snooze
        if view.snoozed_times >= 1:
            limit = self.tr(
                "You've snoozed this break %n time(s); start it now or skip it.",
                "",
                view.snoozed_times,
            )
        else:
            limit = self.tr("This break can't be snoozed again; start it now or skip it.")
        self.limit.setText(limit)
        self.limit.setVisible(limited)

    def draw_figure(self, view: BreakPromptView, theme: Theme, pixel_ratio: float) -> None:
        """Draw the first exercise's figure for ``theme`` (hidden without one)."""
        exercise = view.first_exercise
        self.figure.setVisible(exercise is not None)
        if exercise is not None:
            inner = FIGURE_PX - 6
            self.figure.setPixmap(figure_pixmap(exercise, theme.dark, inner, pixel_ratio))

    def _keys(self, view: BreakPromptView, waiting_for_pause: bool) -> str:
        parts = [self.tr("Enter starts")]
        if view.snooze_options_min and view.snoozes_left > 0:
            parts.append(self.tr("S snoozes %n min", "", view.snooze_options_min[0]))
        if view.can_start_at_pause and not waiting_for_pause:
            parts.append(self.tr("P waits for your pause"))
        parts.append(self.tr("Esc skips"))
        return " · ".join(parts)

    def show_hint(self, view: BreakPromptView, focusable: bool, waiting_for_pause: bool) -> None:
        """Say which keys work (after a click) or that typing stays in the user's app."""
        # The card never takes focus by itself, so its keys only work after a click.
        keys = self._keys(view, waiting_for_pause)
        if focusable:
            self.hint.setText(keys)
        else:
            self.hint.setText(
                self.tr(
                    "Your typing stays in your app. Click this card to use keys: {keys}"
                ).format(keys=keys)
            )
