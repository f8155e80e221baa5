"""First run: the disclaimer, a safety check, a short self-check, set-up, a suggested focus.

The safety check (issue 12) asks the red flags once, before any exercise; a sign that
applies shows its advice on the page before the user can go on, and the app stores the
outcome (which may stop or lock the programme).

The self-check only suggests a starting focus (``core.self_check.suggest_profile``); it never
diagnoses, and the user can pick any focus here and change it later in the settings.
The pages are in :mod:`~desktop_app.ui.onboarding_pages`; this dialog moves between them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.catalog import Equipment
from desktop_app.core.settings import Profile, SidePreference
from desktop_app.ui.onboarding_pages import (
    ConditionsPage,
    DisclaimerPage,
    SafetyPage,
    SetupPage,
    SignsPage,
    SummaryPage,
)
from desktop_app.ui.screen_fit import fit_to_screen, scrollable
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
        self._disclaimer = DisclaimerPage()
        self._disclaimer.accept_box.toggled.connect(self._update_buttons)
        self._safety = SafetyPage()
        self._signs = SignsPage()
        self._setup = SetupPage()
        self._conditions = ConditionsPage()
        self._summary = SummaryPage()
        for page in (
            self._disclaimer,
            self._safety,
            self._signs,
            self._setup,
            self._conditions,
            self._summary,
        ):
            self._stack.addWidget(page)
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

    def red_flags(self) -> tuple[str, ...]:
        """Return the ids of the ticked red flags."""
        return self._safety.red_flags()

    def signs(self) -> tuple[str, ...]:
        """Return the ids of the ticked signs."""
        return self._signs.signs()

    def conditions(self) -> tuple[str, ...]:
        """Return the ticked conditions."""
        return self._conditions.conditions()

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
        if index == 0 and not self._disclaimer.accept_box.isChecked():
            return
        if self._stack.widget(index) is self._safety and not self._safety.checked(self._theme.dark):
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

    def _prepare_summary(self) -> None:
        band = self._setup.equipment_value() is Equipment.BAND
        self._summary.prepare(self.signs(), band, self._setup.weak_side())

    def _finish(self) -> None:
        self._result = OnboardingResult(
            profile=self._summary.profile_value(),
            equipment=self._setup.equipment_value(),
            weak_side=self._setup.weak_side(),
            signs=self.signs(),
            autostart=self._summary.autostart_box.isChecked(),
            tight_side=self._setup.tight_side(),
            conditions=self.conditions(),
            red_flags=self.red_flags(),
        )
        self.completed.emit(self._result)
        self.accept()

    def _update_buttons(self) -> None:
        index = self._stack.currentIndex()
        last = index == self._stack.count() - 1
        self._back.setEnabled(index > 0)
        self._next.setText(self.tr("Finish") if last else self.tr("Next"))
        self._next.setEnabled(index != 0 or self._disclaimer.accept_box.isChecked())
        self._step_label.setText(
            self.tr("Step %1 of %2")
            .replace("%1", str(index + 1))
            .replace("%2", str(self._stack.count()))
        )
