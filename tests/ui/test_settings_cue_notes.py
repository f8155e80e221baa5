"""Settings say next to the sound and voice switches when cues cannot be heard."""

from __future__ import annotations

from desktop_app.core.settings import Settings
from desktop_app.ui.settings_dialog import SettingsDialog
from desktop_app.ui.sound_cues import CueAvailability, CueStatus


def _dialog(qtbot) -> SettingsDialog:
    dialog = SettingsDialog(Settings(), False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(3)  # General: the Sounds section
    return dialog


def test_no_sound_server_and_no_speech_engine_are_said_next_to_the_switches(qtbot) -> None:
    dialog = _dialog(qtbot)
    assert not dialog.general.sounds_note.isVisible() and not dialog.general.voice_note.isVisible()
    dialog.show_cue_availability(
        CueAvailability(CueStatus.NO_SOUND_SERVER, CueStatus.NO_SPEECH_ENGINE)
    )
    assert (
        dialog.general.sounds_note.isVisible()
        and "No sound output" in dialog.general.sounds_note.text()
    )
    assert (
        dialog.general.voice_note.isVisible()
        and "No speech engine" in dialog.general.voice_note.text()
    )
    assert dialog.general.sounds_note.accessibleName() == dialog.general.sounds_note.text()
    # The switches themselves keep the user's choice.
    assert dialog.general.sounds.isChecked()


def test_notes_go_away_when_cues_come_back(qtbot) -> None:
    dialog = _dialog(qtbot)
    dialog.show_cue_availability(CueAvailability(CueStatus.NO_OUTPUT, CueStatus.NO_QT_MODULE))
    assert dialog.general.voice_note.isVisible()
    dialog.show_cue_availability(CueAvailability(CueStatus.READY, CueStatus.UNKNOWN))
    assert not dialog.general.sounds_note.isVisible() and not dialog.general.voice_note.isVisible()
