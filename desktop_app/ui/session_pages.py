"""The session window's question pages: the pain rating, "how did it feel", the summary.

Each page builds its own widgets, shows what the window hands it and calls back the
window's intents; none talks to the runner itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.core.events import Feel, RatingKind, Region, SessionOutcome
from desktop_app.core.safety import SAFETY_CONTEXT
from desktop_app.ui.pain_rating import PainRating, pain_style
from desktop_app.ui.session_runner import SessionView
from desktop_app.ui.session_texts import SessionTexts
from desktop_app.ui.theme import Theme

#: The feel page's notes wrap at this width (px) instead of spanning the window.
NOTE_MAX_W = 620


def session_style(t: Theme) -> str:
    """Return the session window's own rules on top of the shared style sheet."""
    return f"""
QLabel#exerciseName {{ font-size: 24px; font-weight: 700; }}
QLabel#meta {{ font-size: 14px; }}
QLabel#status {{ font-size: 18px; font-weight: 600; }}
QLabel#cues {{ font-size: 15px; color: {t.ink_soft}; }}
QLabel#doneText {{ font-size: 16px; color: {t.ink_soft}; }}
QLabel#duringTitle {{ font-size: 15px; color: {t.ink_soft}; }}
QLabel#feelTitle, QLabel#doneTitle {{ font-size: 24px; font-weight: 700; }}
QPushButton#feel {{ font-size: 17px; font-weight: 600; min-width: 150px; min-height: 64px; }}
""" + pain_style(t)


def session_button(text: str, accessible: str, slot: Callable[..., object]) -> QPushButton:
    """Make a session button: reached by Tab, the window keeps the keys otherwise."""
    b = QPushButton(text)
    b.setAccessibleName(accessible)
    b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    b.clicked.connect(slot)
    return b


def centred(widget: QWidget) -> QHBoxLayout:
    """Centre a width-limited widget; unlike an alignment, this keeps wrapped text whole."""
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget, 100)
    row.addStretch(1)
    return row


class RatingPage(QWidget):
    """Ask for a 0–10 pain rating before or after the session."""

    def __init__(
        self,
        on_confirm: Callable[[], None],
        on_skip: Callable[[], None],
        on_zero: Callable[[], None],
    ) -> None:
        super().__init__()
        self.rating = PainRating()
        confirm = session_button(self.tr("Confirm (Enter)"), self.tr("Confirm rating"), on_confirm)
        confirm.setObjectName("primary")
        skip = session_button(self.tr("Skip (Esc)"), self.tr("Skip rating"), on_skip)
        self.zero_button = session_button(
            self.tr("No pain — 0"), self.tr("No pain, rate zero"), on_zero
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.zero_button)
        buttons.addWidget(skip)
        buttons.addWidget(confirm)
        buttons.addStretch(1)
        self.next_label = QLabel()
        self.next_label.setObjectName("next")
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.rating, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(10)
        layout.addLayout(buttons)
        layout.addSpacing(6)
        layout.addWidget(self.next_label)
        layout.addStretch(2)

    def ask(self, kind: RatingKind, region: Region | None, first_up: str | None) -> None:
        """Start a new rating question, naming the first exercise when there is one."""
        self.rating.set_kind(kind, region)
        text = self.tr("First up: %1").replace("%1", first_up) if first_up else " "
        self.next_label.setText(text)


class FeelPage(QWidget):
    """Ask how an exercise (or the whole break) felt, with an optional pain-during rating."""

    def __init__(
        self,
        on_feel: Callable[[Feel], None],
        on_skip: Callable[[], None],
        on_nerve_symptoms: Callable[[], None],
        on_answering: Callable[[], None],
    ) -> None:
        super().__init__()
        self._on_answering = on_answering
        self.title = QLabel()
        self.title.setObjectName("feelTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setVisible(False)  # shown for the break-wide question only
        row = QHBoxLayout()
        row.addStretch(1)
        labels = (
            (Feel.EASY, self.tr("Easy  (E)"), self.tr("Felt easy")),
            (Feel.OK, self.tr("OK  (O)"), self.tr("Felt OK")),
            (Feel.HARD, self.tr("Hard  (H)"), self.tr("Felt hard")),
        )
        for feel, text, name in labels:
            b = session_button(text, name, lambda _=False, f=feel: on_feel(f))
            b.setObjectName("feel")
            row.addWidget(b)
        row.addStretch(1)
        during_title = QLabel(self.tr("Any pain during it? (optional, 0–10)"))
        during_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        during_title.setObjectName("duringTitle")
        self.during = PainRating(compact=True)
        self.during_note = QLabel()
        self.during_note.setObjectName("hint")
        self.during_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.during_note.setWordWrap(True)
        self.during_note.setMaximumWidth(NOTE_MAX_W)
        self.during.value_changed.connect(self._on_during_value_changed)
        skip = session_button(self.tr("Skip question (Esc)"), self.tr("Skip question"), on_skip)
        # Issue 12: reporting new nerve symptoms opens the full safety check at once.
        self.nerve_button = session_button(
            self.tr("New numbness, tingling or weakness…"),
            self.tr("Report new numbness, tingling or weakness"),
            on_nerve_symptoms,
        )
        skip_row = QHBoxLayout()
        skip_row.addStretch(1)
        skip_row.addWidget(self.nerve_button)
        skip_row.addWidget(skip)
        skip_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addSpacing(6)
        layout.addLayout(row)
        layout.addSpacing(8)
        layout.addWidget(during_title)
        layout.addWidget(self.during, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(centred(self.during_note))
        layout.addSpacing(6)
        layout.addLayout(skip_row)
        layout.addStretch(2)

    def ask_about_exercise(self, name: str) -> None:
        """Start the question about one exercise."""
        self.title.setText(self.tr("How did “%1” feel?").replace("%1", name))
        self.hint.setVisible(False)
        self._clear_during()

    def ask_about_break(self) -> None:
        """Start the question about the whole break."""
        self.title.setText(self.tr("Done! How did this break feel?"))
        self.hint.setVisible(True)
        self._clear_during()

    def show_break_hint(self, closes_itself: bool, seconds: int) -> None:
        """Say how to finish the break-wide question, or when it closes by itself."""
        self.hint.setText(
            self.tr("Optional: press E, O or H to finish.")
            if not closes_itself
            else self.tr("Optional: this window closes by itself in %n s.", "", seconds)
        )

    def _clear_during(self) -> None:
        self.during.clear()
        self.during_note.setText(" ")

    def _on_during_value_changed(self, value: int) -> None:
        # The user is answering: the session-wide question no longer closes by itself.
        self._on_answering()
        if value > 5:
            self.during_note.setText(
                self.tr(
                    "Pain above 5 during an exercise is more than it should be: this one "
                    "will be eased next time. Sharp pain, numbness or tingling? Stop and "
                    "check your symptoms."
                )
            )
        else:
            self.during_note.setText(" ")


class DonePage(QWidget):
    """Sum the session up: outcome, exercises done, pain before and after, safety advice."""

    def __init__(self, texts: SessionTexts, on_close: Callable[[], object]) -> None:
        super().__init__()
        self._texts = texts
        self.title = QLabel()
        self.title.setObjectName("doneTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel()
        self.text.setObjectName("doneText")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        self.safety = QLabel()
        self.safety.setObjectName("reason")
        self.safety.setWordWrap(True)
        self.safety.setVisible(False)
        close = session_button(self.tr("Close (Enter)"), self.tr("Close window"), on_close)
        close.setObjectName("primary")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        row.addStretch(1)
        card = QFrame()
        card.setObjectName("card")
        card.setMaximumWidth(NOTE_MAX_W)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 26, 32, 24)
        inner.addWidget(self.title)
        inner.addSpacing(6)
        inner.addWidget(self.text)
        inner.addSpacing(12)
        inner.addWidget(self.safety)
        inner.addSpacing(8)
        inner.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(centred(card))
        layout.addStretch(2)

    def show_summary(self, session: SessionView) -> None:
        """Show the session's summary and any safety advice."""
        summary = session.summary
        if summary is None:
            return
        titles = {
            SessionOutcome.COMPLETED: self.tr("Well done!"),
            SessionOutcome.PARTIAL: self.tr("Session ended"),
            SessionOutcome.SKIPPED: self.tr("Session skipped"),
        }
        self.title.setText(titles.get(summary.outcome, self.tr("Session ended")))
        planned = summary.planned_exercises
        done = self.tr("%1 of %n exercise(s) done", "", planned).replace(
            "%1", str(summary.exercises_done)
        )
        lines = [done + " · " + self._texts.duration_text(summary.active_s)]
        before, after = session.pain_before, session.pain_after
        if before is not None and after is not None:
            lines.append(
                self.tr("Pain %1/10 before, %2/10 after")
                .replace("%1", str(before))
                .replace("%2", str(after))
            )
        self.text.setText("\n".join(lines))
        if session.safety is not None:
            advice = " ".join(
                session.safety.localized_advice(
                    lambda a: QCoreApplication.translate(SAFETY_CONTEXT, a)
                )
            )
            self.safety.setText(advice)
            self.safety.setVisible(True)
