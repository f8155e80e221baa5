"""The first-run dialog's pages, from the disclaimer to the suggested starting focus.

Each page builds its own widgets and answers what it was asked; the dialog
(:mod:`~desktop_app.ui.onboarding`) moves between them and gathers the result.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import safety
from desktop_app.core.catalog import CONTRAINDICATIONS, Equipment
from desktop_app.core.safety import SafetyOutcome
from desktop_app.core.screening import INTROS, ScreeningReason, questions_for
from desktop_app.core.self_check import PROFILE_NAMES, SELF_CHECK_SIGNS, suggest_profile
from desktop_app.core.settings import CONDITIONS, PROFILES, Profile, SidePreference
from desktop_app.ui.screen_fit import elide_long_items
from desktop_app.ui.symptoms_dialog import build_checklist, show_advice, wrapping_check


def tr_core(context: str, text: str) -> str:
    """Translate a core source string."""
    return QCoreApplication.translate(context, text)


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("note")
    label.setWordWrap(True)
    return label


class OnboardingPage(QWidget):
    """A page with a heading; subclasses add their widgets to :attr:`column`."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(title)
        heading.setObjectName("title")
        heading.setWordWrap(True)
        self.column.addWidget(heading)
        self.column.addSpacing(6)


class DisclaimerPage(OnboardingPage):
    """The disclaimer, to be read and ticked before anything else."""

    def __init__(self) -> None:
        title = QCoreApplication.translate("OnboardingDialog", "Welcome to Counterbalance")
        super().__init__(title)
        # The disclaimer itself says what the app does: the lead-in only asks to read it.
        intro = QLabel(self.tr("Before you start, please read this:"))
        intro.setWordWrap(True)
        text = QLabel(tr_core(safety.SAFETY_CONTEXT, safety.DISCLAIMER))
        text.setObjectName("disclaimer")
        text.setWordWrap(True)
        self.accept_box = QCheckBox(self.tr("I have read and understood this"))
        self.accept_box.setAccessibleName(self.tr("I have read and understood the disclaimer"))
        note = _note(
            self.tr(
                "Exercise should feel like mild tension, never sharp pain. You can check "
                "warning signs at any time with “Check symptoms”."
            )
        )
        self.column.addWidget(intro)
        self.column.addSpacing(6)
        self.column.addWidget(text)
        self.column.addSpacing(10)
        self.column.addWidget(self.accept_box)
        self.column.addWidget(note)
        self.column.addStretch(1)


class SafetyPage(OnboardingPage):
    """The red flags, asked once; a ticked sign shows its advice before going on."""

    def __init__(self) -> None:
        title = QCoreApplication.translate("OnboardingDialog", "A quick safety check")
        super().__init__(title)
        intro = _note(tr_core(safety.SAFETY_CONTEXT, INTROS[ScreeningReason.FIRST_RUN]))
        scroll, self.flag_boxes = build_checklist(questions_for(ScreeningReason.FIRST_RUN))
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.RichText)
        self.advice.setAccessibleName(self.tr("Advice"))
        self.advice.setVisible(False)
        self._outcome: SafetyOutcome | None = None
        for box in self.flag_boxes.values():
            box.toggled.connect(self._on_flag_toggled)
        self.column.addWidget(intro)
        self.column.addWidget(scroll, 1)
        self.column.addWidget(self.advice)

    def _on_flag_toggled(self) -> None:
        # A changed answer needs a fresh look at the advice before going on.
        self._outcome = None
        self.advice.setVisible(False)

    def red_flags(self) -> tuple[str, ...]:
        """Return the ids of the ticked red flags."""
        return tuple(i for i, box in self.flag_boxes.items() if box.isChecked())

    def checked(self, dark: bool) -> bool:
        """Show the advice for ticked signs once; True when the user may go on."""
        ticked = self.red_flags()
        if not ticked or self._outcome is not None:
            return True
        self._outcome = safety.evaluate(ticked)
        show_advice(self.advice, self._outcome, dark)
        return False


class SignsPage(OnboardingPage):
    """The self-check: signs that suggest a starting focus (never a diagnosis)."""

    def __init__(self) -> None:
        title = QCoreApplication.translate("OnboardingDialog", "What do you notice?")
        super().__init__(title)
        intro = _note(
            self.tr(
                "Tick what sounds familiar. This only picks a starting focus for your "
                "exercises; it is not a diagnosis, and you can change it any time."
            )
        )
        self.column.addWidget(intro)
        self.column.addSpacing(6)
        self.sign_boxes: dict[str, QCheckBox] = {}
        for sign in SELF_CHECK_SIGNS:
            self.sign_boxes[sign.id] = wrapping_check(tr_core("Planner", sign.text), self.column)
        self.column.addStretch(1)

    def signs(self) -> tuple[str, ...]:
        """Return the ids of the ticked signs."""
        return tuple(i for i, box in self.sign_boxes.items() if box.isChecked())


class SetupPage(OnboardingPage):
    """Equipment, and which side feels weaker and tighter."""

    def __init__(self) -> None:
        title = QCoreApplication.translate("OnboardingDialog", "Your set-up")
        super().__init__(title)
        self.equipment = self._radios(
            self.tr("Do you have a resistance band at your desk?"),
            [
                (Equipment.NONE, self.tr("No band")),
                (Equipment.BAND, self.tr("Yes, I have a band")),
            ],
        )
        self.weak = self._radios(
            self.tr("Does one side feel weaker (for example, harder to balance or lift on)?"),
            [
                (SidePreference.NONE, self.tr("No / not sure")),
                (SidePreference.LEFT, self.tr("Left is weaker")),
                (SidePreference.RIGHT, self.tr("Right is weaker")),
            ],
        )
        self.tight = self._radios(
            self.tr("Does one side feel tighter (for example, in stretches)?"),
            [
                (SidePreference.NONE, self.tr("No / not sure")),
                (SidePreference.LEFT, self.tr("Left is tighter")),
                (SidePreference.RIGHT, self.tr("Right is tighter")),
            ],
        )
        note = _note(
            self.tr(
                "One-sided strengthening gets an extra set on the weaker side, and one-sided "
                "stretches an extra hold on the tighter side. Re-check every couple of weeks."
            )
        )
        self.column.addSpacing(8)
        self.column.addWidget(note)
        self.column.addStretch(1)

    def _radios(self, title: str, options: list[tuple[StrEnum, str]]) -> QButtonGroup:
        label = QLabel(title)
        label.setObjectName("sectionTitle")
        label.setWordWrap(True)
        self.column.addSpacing(8)
        self.column.addWidget(label)
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
        self.column.addLayout(row)
        return group

    @staticmethod
    def _checked_value(group: QButtonGroup, default: StrEnum) -> str:
        button = group.checkedButton()
        return str(button.property("value")) if button is not None else default.value

    def equipment_value(self) -> Equipment:
        """Return the equipment chosen."""
        return Equipment(self._checked_value(self.equipment, Equipment.NONE))

    def weak_side(self) -> SidePreference:
        """Return the side marked weaker."""
        return SidePreference(self._checked_value(self.weak, SidePreference.NONE))

    def tight_side(self) -> SidePreference:
        """Return the side marked tighter."""
        return SidePreference(self._checked_value(self.tight, SidePreference.NONE))


class ConditionsPage(OnboardingPage):
    """Conditions that rule exercises out."""

    def __init__(self) -> None:
        title = QCoreApplication.translate("OnboardingDialog", "Anything to leave out?")
        super().__init__(title)
        intro = _note(
            self.tr(
                "Tick what applies to you. Counterbalance then leaves out the exercises "
                "that are not advised for it. You can change this later in Settings."
            )
        )
        self.column.addWidget(intro)
        self.column.addSpacing(6)
        self.condition_boxes: dict[str, QCheckBox] = {}
        for key in CONDITIONS:
            text = tr_core("Catalog", CONTRAINDICATIONS[key])
            self.condition_boxes[key] = wrapping_check(text, self.column)
        self.column.addStretch(1)

    def conditions(self) -> tuple[str, ...]:
        """Return the ticked conditions."""
        return tuple(k for k, box in self.condition_boxes.items() if box.isChecked())


class SummaryPage(OnboardingPage):
    """The suggested focus (the user may pick another) and consent to start at login."""

    def __init__(self) -> None:
        title = QCoreApplication.translate("OnboardingDialog", "Your starting focus")
        super().__init__(title)
        self.suggestion = QLabel()
        self.suggestion.setObjectName("suggestion")
        self.suggestion.setWordWrap(True)
        self.profile = QComboBox()
        self.profile.setAccessibleName(self.tr("Exercise focus"))
        for profile in PROFILES:
            self.profile.addItem(tr_core("Planner", PROFILE_NAMES[profile]), profile)
        elide_long_items(self.profile)
        label = QLabel(self.tr("Focus:"))
        label.setBuddy(self.profile)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.profile, 1)
        note = _note(
            self.tr(
                "Sessions always start with stretches and then strengthen, in short desk "
                "breaks plus one longer daily session. Change the focus, band or weak side "
                "later in Settings."
            )
        )
        self.choices = QLabel()
        self.choices.setObjectName("note")
        # Issue 6: ask for consent after the first-run questions; off unless ticked.
        # Short, since a check box cannot wrap; the reason goes in the note below it.
        self.autostart_box = QCheckBox(self.tr("Start Counterbalance when I log in"))
        self.autostart_box.setAccessibleName(self.tr("Start Counterbalance at login"))
        autostart_note = _note(
            self.tr(
                "Breaks only come while Counterbalance is running. You can change this any "
                "time in Settings."
            )
        )
        self.column.addWidget(self.suggestion)
        self.column.addSpacing(10)
        self.column.addLayout(row)
        self.column.addWidget(self.choices)
        self.column.addSpacing(10)
        self.column.addWidget(note)
        self.column.addSpacing(14)
        self.column.addWidget(self.autostart_box)
        self.column.addWidget(autostart_note)
        self.column.addStretch(1)

    def prepare(self, signs: tuple[str, ...], band: bool, weak: SidePreference) -> None:
        """Suggest a focus from ``signs`` and repeat the set-up chosen."""
        suggested = suggest_profile(signs)
        self.profile.setCurrentIndex(self.profile.findData(suggested))
        name = tr_core("Planner", PROFILE_NAMES[suggested])
        text = (
            self.tr("Suggested from your answers: <b>%1</b>.").replace("%1", name)
            if signs
            else self.tr("No signs ticked: a balanced start, <b>%1</b>.").replace("%1", name)
        )
        self.suggestion.setText(text + " " + self.tr("This is a starting point, not a diagnosis."))
        weak_text = {
            SidePreference.NONE: self.tr("no weaker side marked"),
            SidePreference.LEFT: self.tr("left side weaker"),
            SidePreference.RIGHT: self.tr("right side weaker"),
        }[weak]
        self.choices.setText(
            (self.tr("With a resistance band") if band else self.tr("Without equipment"))
            + " · "
            + weak_text
        )

    def profile_value(self) -> Profile:
        """Return the focus chosen."""
        return Profile(self.profile.currentData())
