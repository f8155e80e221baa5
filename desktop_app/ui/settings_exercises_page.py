"""Settings page "Exercises": focus, equipment, sides, conditions, daily session, ratings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QTimeEdit

from desktop_app.core.catalog import CONTRAINDICATIONS, Equipment
from desktop_app.core.self_check import PROFILE_NAMES
from desktop_app.core.settings import CONDITIONS, Profile, Settings, SidePreference
from desktop_app.ui.screen_fit import elide_long_items
from desktop_app.ui.settings_fields import FIELD_PX, TIME_FORMAT, from_qtime, pad_text, to_qtime
from desktop_app.ui.settings_form import SettingsForm, SettingsPage, help_note, note


class ExercisesPage(SettingsPage):
    """What the planner chooses from, when the daily session comes, how often to ask."""

    def __init__(self, form: SettingsForm) -> None:
        super().__init__(form)
        section = self.section(self.tr("Your exercises"), first=True)
        self.profile = form.combo(
            self.tr("Exercise focus"),
            [(p, QCoreApplication.translate("Planner", PROFILE_NAMES[p])) for p in Profile],
            "profile",
        )
        elide_long_items(self.profile)
        section.row(self.tr("Focus"), self.profile, span=True)
        equipment_names = {
            Equipment.NONE: self.tr("No band"),
            Equipment.BAND: self.tr("Resistance band"),
        }
        self.equipment = form.combo(
            self.tr("Equipment at your desk"),
            [(e, equipment_names[e]) for e in Equipment],
            "equipment",
        )
        section.row(self.tr("Equipment"), self.equipment)
        side_names = {
            SidePreference.NONE: self.tr("Neither / not sure"),
            SidePreference.LEFT: self.tr("Left side is weaker"),
            SidePreference.RIGHT: self.tr("Right side is weaker"),
        }
        self.weak_side = form.combo(
            self.tr("Weaker side"), [(s, side_names[s]) for s in SidePreference], "weak_side"
        )
        section.row(self.tr("Weaker side"), self.weak_side, help_note("weak_side"))
        # Issue 12: the tighter side is asked on its own, never assumed from the weaker one.
        tight_names = {
            SidePreference.NONE: self.tr("Neither / not sure"),
            SidePreference.LEFT: self.tr("Left side is tighter"),
            SidePreference.RIGHT: self.tr("Right side is tighter"),
        }
        self.tight_side = form.combo(
            self.tr("Tighter side"), [(s, tight_names[s]) for s in SidePreference], "tight_side"
        )
        section.row(self.tr("Tighter side"), self.tight_side, help_note("tight_side"))
        section.full(note(self.tr("Leave out exercises not advised for:")))
        self.conditions: dict[str, QCheckBox] = {}
        for key in CONDITIONS:
            box = form.check(
                QCoreApplication.translate("Catalog", CONTRAINDICATIONS[key]),
                "conditions",
                bound=False,
            )
            self.conditions[key] = box
            section.full(box, indent=12)
        form.bind(
            "conditions",
            self._show_conditions,
            lambda: tuple(k for k, box in self.conditions.items() if box.isChecked()),
        )

        section = self.section(self.tr("Daily session"))
        self.daily_enabled = form.check(
            self.tr("Remind me of a longer daily session"), "daily_session_enabled"
        )
        section.full(self.daily_enabled)
        self.daily_time = QTimeEdit()
        self.daily_time.setDisplayFormat(TIME_FORMAT)
        self.daily_time.setAccessibleName(self.tr("Daily session time"))
        form.describe(self.daily_time, "daily_session_time")
        form.bind(
            "daily_session_time",
            lambda at: self.daily_time.setTime(to_qtime(at)),
            lambda: from_qtime(self.daily_time.time()),
        )
        self.daily_time.setFixedWidth(FIELD_PX)
        pad_text(self.daily_time)
        self.daily_time.timeChanged.connect(form.revalidate)
        section.row(
            self.tr("Reminder at"),
            self.daily_time,
            note(self.tr("Your local time, every day.")),
        )
        self.daily_enabled.toggled.connect(self.daily_time.setEnabled)

        section = self.section(self.tr("Pain ratings"))
        self.pain_share = form.percent(
            "pain_prompt_share", self.tr("Share of microbreaks asking pain")
        )
        self.pain_share.setSingleStep(10)
        section.row(
            self.tr("Ask on"),
            self.pain_share,
            note(self.tr("of microbreaks, before and after.")),
        )
        section.full(
            note(
                self.tr(
                    "The 0–10 ratings show whether the exercises help you. 100 % asks every "
                    "time; 0 % never asks during microbreaks."
                ),
                "note",
            )
        )
        self.feel_each = form.check(
            self.tr("Ask how each exercise felt in microbreaks"), "microbreak_feel_each"
        )
        section.full(self.feel_each)
        section.full(
            note(
                self.tr(
                    "Off: one optional question at the end of a microbreak. Daily sessions "
                    "always ask after each exercise."
                ),
                "note",
            )
        )
        self.column.addStretch(1)

    def title(self) -> str:
        """Return the tab's title."""
        return self.tr("Exercises")

    def loaded(self, settings: Settings) -> None:
        """Grey the reminder time out while the daily session is off."""
        self.daily_time.setEnabled(settings.daily_session_enabled)

    def _show_conditions(self, keys: tuple[str, ...]) -> None:
        for key, box in self.conditions.items():
            box.setChecked(key in keys)
