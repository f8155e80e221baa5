"""First run: the disclaimer, a safety check, a short self-check, set-up, a suggested focus.

The safety check (issue 12) asks the red flags once, before any exercise; a sign that
applies shows its advice on the page before the user can go on, and the app stores the
outcome (which may stop or lock the programme).

The self-check only suggests a starting focus (``core.planner.suggest_profile``); it never
diagnoses, and the user can pick any focus here and change it later in the settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import safety
from desktop_app.core.catalog import CONTRAINDICATIONS, Equipment
from desktop_app.core.planner import PROFILE_NAMES, SELF_CHECK_SIGNS, suggest_profile
from desktop_app.core.safety import SafetyOutcome
from desktop_app.core.screening import INTROS, ScreeningReason, questions_for
from desktop_app.core.settings import CONDITIONS, PROFILES, Profile, SidePreference
from desktop_app.ui.screen_fit import elide_long_items, fit_to_screen, scrollable
from desktop_app.ui.symptoms_dialog import build_checklist, show_advice, wrapping_check
from desktop_app.ui.theme import apply_theme, theme_for

#: The dialog's size: room for the longest sign of the safety check on a 1280×800 screen.
DIALOG_SIZE = (680, 560)


@dataclass(frozen=True, slots=True)
class OnboardingResult:
    """What the user chose; the app writes it into the settings."""

    profile: Profile
    equipment: Equipment
    weak_side: SidePreference
    signs: tuple[str, ...]
    disclaimer_accepted: bool = True
    #: The user consented to starting Counterbalance at login.
    autostart: bool = False
    tight_side: SidePreference = SidePreference.NONE
    #: Declared contraindications (``settings.CONDITIONS``).
    conditions: tuple[str, ...] = ()
    #: Red flags ticked in the first-run safety check; None when it was not asked.
    red_flags: tuple[str, ...] | None = None


def tr_core(context: str, text: str) -> str:
    """Translate a core source string."""
    return QCoreApplication.translate(context, text)


class OnboardingDialog(QDialog):
    """A four-page first-run dialog; Enter goes on, Esc cancels.

    Signals:
        completed(object): The :class:`OnboardingResult` when the user finishes.
    """

    completed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Counterbalance — Welcome"))
        self.setAccessibleName(self.tr("Welcome to Counterbalance"))
        self._theme = theme_for()
        apply_theme(self, theme=self._theme)
        self._result: OnboardingResult | None = None

        self._stack = QStackedWidget()
        self._stack.addWidget(self._disclaimer_page())
        self._safety_widget = self._safety_page()
        self._stack.addWidget(self._safety_widget)
        self._stack.addWidget(self._signs_page())
        self._stack.addWidget(self._setup_page())
        self._stack.addWidget(self._conditions_page())
        self._stack.addWidget(self._summary_page())
        self._step_label = QLabel()
        self._step_label.setObjectName("step")

        self._back = QPushButton(self.tr("Back"))
        self._back.setAccessibleName(self.tr("Back"))
        self._back.clicked.connect(self.go_back)
        self._next = QPushButton(self.tr("Next"))
        self._next.setObjectName("primary")
        self._next.setAccessibleName(self.tr("Next"))
        self._next.setDefault(True)
        self._next.clicked.connect(self.go_next)
        buttons = QHBoxLayout()
        buttons.addWidget(self._step_label)
        buttons.addStretch(1)
        buttons.addWidget(self._back)
        buttons.addWidget(self._next)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(26, 22, 26, 20)
        layout.addWidget(scrollable(self._stack), 1)
        layout.addLayout(buttons)
        self._update_buttons()
        fit_to_screen(self, QSize(*DIALOG_SIZE))

    # ----- pages

    def _page(self, title: str) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(title)
        heading.setObjectName("title")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        layout.addSpacing(6)
        return page, layout

    def _disclaimer_page(self) -> QWidget:
        page, layout = self._page(self.tr("Welcome to Counterbalance"))
        # The disclaimer itself says what the app does: the lead-in only asks to read it.
        intro = QLabel(self.tr("Before you start, please read this:"))
        intro.setWordWrap(True)
        text = QLabel(tr_core(safety.SAFETY_CONTEXT, safety.DISCLAIMER))
        text.setObjectName("disclaimer")
        text.setWordWrap(True)
        self._accept_box = QCheckBox(self.tr("I have read and understood this"))
        self._accept_box.setAccessibleName(self.tr("I have read and understood the disclaimer"))
        self._accept_box.toggled.connect(self._update_buttons)
        note = QLabel(
            self.tr(
                "Exercise should feel like mild tension, never sharp pain. You can check "
                "warning signs at any time with “Check symptoms”."
            )
        )
        note.setObjectName("note")
        note.setWordWrap(True)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(text)
        layout.addSpacing(10)
        layout.addWidget(self._accept_box)
        layout.addWidget(note)
        layout.addStretch(1)
        return page

    def _safety_page(self) -> QWidget:
        page, layout = self._page(self.tr("A quick safety check"))
        intro = QLabel(tr_core(safety.SAFETY_CONTEXT, INTROS[ScreeningReason.FIRST_RUN]))
        intro.setObjectName("note")
        intro.setWordWrap(True)
        scroll, self._flag_boxes = build_checklist(questions_for(ScreeningReason.FIRST_RUN))
        self._safety_advice = QLabel()
        self._safety_advice.setWordWrap(True)
        self._safety_advice.setTextFormat(Qt.TextFormat.RichText)
        self._safety_advice.setAccessibleName(self.tr("Advice"))
        self._safety_advice.setVisible(False)
        self._safety_outcome: SafetyOutcome | None = None
        for box in self._flag_boxes.values():
            box.toggled.connect(self._on_flag_toggled)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self._safety_advice)
        return page

    def _on_flag_toggled(self) -> None:
        # A changed answer needs a fresh look at the advice before going on.
        self._safety_outcome = None
        self._safety_advice.setVisible(False)

    def red_flags(self) -> tuple[str, ...]:
        """Return the ids of the ticked red flags."""
        return tuple(i for i, box in self._flag_boxes.items() if box.isChecked())

    def _safety_checked(self) -> bool:
        """Show the advice for ticked signs once; True when the user may go on."""
        ticked = self.red_flags()
        if not ticked or self._safety_outcome is not None:
            return True
        self._safety_outcome = safety.evaluate(ticked)
        show_advice(self._safety_advice, self._safety_outcome, self._theme.dark)
        return False

    def _signs_page(self) -> QWidget:
        page, layout = self._page(self.tr("What do you notice?"))
        intro = QLabel(
            self.tr(
                "Tick what sounds familiar. This only picks a starting focus for your "
                "exercises; it is not a diagnosis, and you can change it any time."
            )
        )
        intro.setObjectName("note")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addSpacing(6)
        self._sign_boxes: dict[str, QCheckBox] = {}
        for sign in SELF_CHECK_SIGNS:
            box = wrapping_check(tr_core("Planner", sign.text), layout)
            self._sign_boxes[sign.id] = box
        layout.addStretch(1)
        return page

    def _radios(
        self, layout: QVBoxLayout, title: str, options: list[tuple[StrEnum, str]]
    ) -> QButtonGroup:
        label = QLabel(title)
        label.setObjectName("sectionTitle")
        label.setWordWrap(True)
        layout.addSpacing(8)
        layout.addWidget(label)
        group = QButtonGroup(self)
        row = QHBoxLayout()
        for i, (value, text) in enumerate(options):
            radio = QRadioButton(text)
            radio.setAccessibleName(text)
            radio.setProperty("value", value.value)
            radio.setChecked(i == 0)
            group.addButton(radio, i)
            row.addWidget(radio)
        row.addStretch(1)
        layout.addLayout(row)
        return group

    def _setup_page(self) -> QWidget:
        page, layout = self._page(self.tr("Your set-up"))
        self._equipment = self._radios(
            layout,
            self.tr("Do you have a resistance band at your desk?"),
            [
                (Equipment.NONE, self.tr("No band")),
                (Equipment.BAND, self.tr("Yes, I have a band")),
            ],
        )
        self._weak = self._radios(
            layout,
            self.tr("Does one side feel weaker (for example, harder to balance or lift on)?"),
            [
                (SidePreference.NONE, self.tr("No / not sure")),
                (SidePreference.LEFT, self.tr("Left is weaker")),
                (SidePreference.RIGHT, self.tr("Right is weaker")),
            ],
        )
        self._tight = self._radios(
            layout,
            self.tr("Does one side feel tighter (for example, in stretches)?"),
            [
                (SidePreference.NONE, self.tr("No / not sure")),
                (SidePreference.LEFT, self.tr("Left is tighter")),
                (SidePreference.RIGHT, self.tr("Right is tighter")),
            ],
        )
        note = QLabel(
            self.tr(
                "One-sided strengthening gets an extra set on the weaker side, and one-sided "
                "stretches an extra hold on the tighter side. Re-check every couple of weeks."
            )
        )
        note.setObjectName("note")
        note.setWordWrap(True)
        layout.addSpacing(8)
        layout.addWidget(note)
        layout.addStretch(1)
        return page

    def _conditions_page(self) -> QWidget:
        page, layout = self._page(self.tr("Anything to leave out?"))
        intro = QLabel(
            self.tr(
                "Tick what applies to you. Counterbalance then leaves out the exercises "
                "that are not advised for it. You can change this later in Settings."
            )
        )
        intro.setObjectName("note")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addSpacing(6)
        self._condition_boxes: dict[str, QCheckBox] = {}
        for key in CONDITIONS:
            text = tr_core("Catalog", CONTRAINDICATIONS[key])
            self._condition_boxes[key] = wrapping_check(text, layout)
        layout.addStretch(1)
        return page

    def conditions(self) -> tuple[str, ...]:
        """Return the ticked conditions."""
        return tuple(k for k, box in self._condition_boxes.items() if box.isChecked())

    def _summary_page(self) -> QWidget:
        page, layout = self._page(self.tr("Your starting focus"))
        self._suggestion = QLabel()
        self._suggestion.setObjectName("suggestion")
        self._suggestion.setWordWrap(True)
        self._profile = QComboBox()
        self._profile.setAccessibleName(self.tr("Exercise focus"))
        for profile in PROFILES:
            self._profile.addItem(tr_core("Planner", PROFILE_NAMES[profile]), profile)
        elide_long_items(self._profile)
        label = QLabel(self.tr("Focus:"))
        label.setBuddy(self._profile)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self._profile, 1)
        note = QLabel(
            self.tr(
                "Sessions always start with stretches and then strengthen, in short desk "
                "breaks plus one longer daily session. Change the focus, band or weak side "
                "later in Settings."
            )
        )
        note.setObjectName("note")
        note.setWordWrap(True)
        self._choices = QLabel()
        self._choices.setObjectName("note")
        # Issue 6: ask for consent after the first-run questions; off unless ticked.
        # Short, since a check box cannot wrap; the reason goes in the note below it.
        self._autostart_box = QCheckBox(self.tr("Start Counterbalance when I log in"))
        self._autostart_box.setAccessibleName(self.tr("Start Counterbalance at login"))
        autostart_note = QLabel(
            self.tr(
                "Breaks only come while Counterbalance is running. You can change this any "
                "time in Settings."
            )
        )
        autostart_note.setObjectName("note")
        autostart_note.setWordWrap(True)
        layout.addWidget(self._suggestion)
        layout.addSpacing(10)
        layout.addLayout(row)
        layout.addWidget(self._choices)
        layout.addSpacing(10)
        layout.addWidget(note)
        layout.addSpacing(14)
        layout.addWidget(self._autostart_box)
        layout.addWidget(autostart_note)
        layout.addStretch(1)
        return page

    def event(self, event: QEvent) -> bool:
        """Follow the desktop's light or dark palette when it changes."""
        if event.type() == QEvent.Type.ApplicationPaletteChange and theme_for() is not self._theme:
            self._theme = theme_for()
            apply_theme(self, theme=self._theme)
        return super().event(event)

    # ----- navigation

    def go_next(self) -> None:
        """Go to the next page, or finish on the last one."""
        index = self._stack.currentIndex()
        if index == 0 and not self._accept_box.isChecked():
            return
        if self._stack.widget(index) is self._safety_widget and not self._safety_checked():
            return
        if index == self._stack.count() - 1:
            self._finish()
            return
        if index + 1 == self._stack.count() - 1:
            self._prepare_summary()
        self._stack.setCurrentIndex(index + 1)
        self._update_buttons()
        self._focus_first()

    def go_back(self) -> None:
        """Go to the previous page."""
        self._stack.setCurrentIndex(max(0, self._stack.currentIndex() - 1))
        self._update_buttons()
        self._focus_first()

    def _focus_first(self) -> None:
        page = self._stack.currentWidget()
        if page is None:
            return
        for child in page.findChildren(QWidget):
            if child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.isEnabled():
                child.setFocus()
                return

    def signs(self) -> tuple[str, ...]:
        """Return the ids of the ticked signs."""
        return tuple(i for i, box in self._sign_boxes.items() if box.isChecked())

    def _prepare_summary(self) -> None:
        suggested = suggest_profile(self.signs())
        self._profile.setCurrentIndex(self._profile.findData(suggested))
        name = tr_core("Planner", PROFILE_NAMES[suggested])
        text = (
            self.tr("Suggested from your answers: <b>%1</b>.").replace("%1", name)
            if self.signs()
            else self.tr("No signs ticked: a balanced start, <b>%1</b>.").replace("%1", name)
        )
        self._suggestion.setText(text + " " + self.tr("This is a starting point, not a diagnosis."))
        band = self._equipment_value() is Equipment.BAND
        weak_text = {
            SidePreference.NONE: self.tr("no weaker side marked"),
            SidePreference.LEFT: self.tr("left side weaker"),
            SidePreference.RIGHT: self.tr("right side weaker"),
        }[self._side_value(self._weak)]
        self._choices.setText(
            (self.tr("With a resistance band") if band else self.tr("Without equipment"))
            + " · "
            + weak_text
        )

    def _finish(self) -> None:
        self._result = OnboardingResult(
            profile=Profile(self._profile.currentData()),
            equipment=self._equipment_value(),
            weak_side=self._side_value(self._weak),
            signs=self.signs(),
            autostart=self._autostart_box.isChecked(),
            tight_side=self._side_value(self._tight),
            conditions=self.conditions(),
            red_flags=self.red_flags(),
        )
        self.completed.emit(self._result)
        self.accept()

    @staticmethod
    def _checked_value(group: QButtonGroup, default: StrEnum) -> str:
        button = group.checkedButton()
        return str(button.property("value")) if button is not None else default.value

    def _equipment_value(self) -> Equipment:
        return Equipment(self._checked_value(self._equipment, Equipment.NONE))

    @classmethod
    def _side_value(cls, group: QButtonGroup) -> SidePreference:
        return SidePreference(cls._checked_value(group, SidePreference.NONE))

    def _update_buttons(self) -> None:
        index = self._stack.currentIndex()
        last = index == self._stack.count() - 1
        self._back.setEnabled(index > 0)
        self._next.setText(self.tr("Finish") if last else self.tr("Next"))
        self._next.setEnabled(index != 0 or self._accept_box.isChecked())
        self._step_label.setText(
            self.tr("Step %1 of %2")
            .replace("%1", str(index + 1))
            .replace("%2", str(self._stack.count()))
        )
