"""Settings page "General": quiet times, sounds and voice, language, start at login."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from desktop_app.ui.settings_fields import CHECK_NOTE_INDENT_PX
from desktop_app.ui.settings_form import SettingsForm, SettingsPage, note, select_data
from desktop_app.ui.sound_cues import CueAvailability, CueStatus
from desktop_app.ui.translations import language_name, shipped_languages


class GeneralPage(SettingsPage):
    """Quiet times, sounds and voice, language and start at login."""

    def __init__(self, form: SettingsForm) -> None:
        super().__init__(form)
        section = self.section(self.tr("Quiet times"), first=True)
        self.respect_fullscreen = form.check(
            self.tr("Hold breaks while a full-screen window is active"), "respect_fullscreen"
        )
        section.full(self.respect_fullscreen)
        section.full(
            note(self.tr("Presentations, calls and videos are not interrupted.")),
            CHECK_NOTE_INDENT_PX,
        )
        self.respect_dnd = form.check(
            self.tr("Hold breaks while Do Not Disturb is on"), "respect_dnd"
        )
        section.full(self.respect_dnd)
        section.full(
            note(self.tr("A held break is offered as soon as the quiet time ends.")),
            CHECK_NOTE_INDENT_PX,
        )

        section = self.section(self.tr("Sounds"))
        self.sounds = form.check(self.tr("Play ticks and chimes during sessions"), "sounds_enabled")
        section.full(self.sounds)
        # Sound/voice availability notes (issue 13): hidden until the cues report.
        self.sounds_note = note("", "warning")
        self.sounds_note.hide()
        section.full(self.sounds_note)
        self.voice = form.check(self.tr("Speak exercise cues aloud"), "voice_enabled")
        section.full(self.voice)
        self.voice_note = note("", "warning")
        self.voice_note.hide()
        section.full(self.voice_note)

        section = self.section(self.tr("Language"))
        languages = [(code, language_name(code)) for code in shipped_languages()]
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        form.describe(self.language, "language")
        for code, text in [("", self.tr("Same as the system")), *languages]:
            self.language.addItem(text, code)
        form.bind(
            "language",
            lambda value: select_data(self.language, value),
            lambda: str(self.language.currentData()),
        )
        self.language.currentIndexChanged.connect(form.revalidate)
        section.row(self.tr("Language:"), self.language)
        section.full(note(self.tr("A new language applies the next time Counterbalance starts.")))

        section = self.section(self.tr("Start at login"))
        self.autostart = form.check(
            self.tr("Start Counterbalance when I log in"), "autostart", bound=False
        )
        section.full(self.autostart)
        section.full(
            note(self.tr("Breaks only come while Counterbalance is running.")),
            CHECK_NOTE_INDENT_PX,
        )
        self.column.addStretch(1)

    def title(self) -> str:
        """Return the tab's title."""
        return self.tr("General")

    # -- sound and voice availability (issue 13) ------------------------------------

    def show_cue_availability(self, availability: CueAvailability) -> None:
        """Say next to the sound and voice switches when they cannot be heard now."""
        for label, status in (
            (self.sounds_note, availability.sound),
            (self.voice_note, availability.voice),
        ):
            text = self._cue_note(status)
            label.setText(text)
            label.setAccessibleName(text)
            label.setVisible(bool(text))

    def _cue_note(self, status: CueStatus) -> str:
        if status is CueStatus.NO_SOUND_SERVER or status is CueStatus.NO_OUTPUT:
            return self.tr(
                "No sound output found: sessions run silently. Cues come back by "
                "themselves when sound is available."
            )
        if status is CueStatus.NO_SPEECH_ENGINE:
            return self.tr(
                "No speech engine answers (e.g. speech-dispatcher with espeak-ng): cues "
                "are not spoken. They come back by themselves when one is installed."
            )
        if status is CueStatus.NO_QT_MODULE:
            return self.tr("This installation cannot play sound or speech: cues stay silent.")
        if status is CueStatus.MISSING_FILE:
            return self.tr("A sound file is missing from the installation: reinstall to fix.")
        return ""
