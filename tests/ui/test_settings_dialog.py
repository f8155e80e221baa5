"""Settings dialog: edits come back as Settings, bad input blocks OK with a message."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QWidget,
)

from desktop_app.core.settings import OPTIONS, Profile, Settings, TimeRange
from desktop_app.core.settings_format import settings_from_mapping
from desktop_app.core.settings_format import settings_to_mapping as to_mapping
from desktop_app.ui.settings_dialog import (
    TAB_BREAKS,
    TAB_HOURS,
    SettingsDialog,
    hours_problems,
    parse_snooze_options,
)


def _dialog(qtbot, settings: Settings | None = None, autostart: bool = False) -> SettingsDialog:
    dialog = SettingsDialog(settings or Settings(), autostart)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_title_and_fields_show_the_settings(qtbot) -> None:
    start = replace(
        Settings(),
        interval_min=50,
        snooze_options_min=(2, 8),
        profile="asymmetry",
        weak_side="right",
        daily_session_time=time(16, 30),
        pain_prompt_share=0.5,
        microbreak_feel_each=True,
        voice_enabled=True,
    )
    dialog = _dialog(qtbot, start, autostart=True)
    assert dialog.windowTitle() == "Counterbalance — Settings"
    assert dialog.breaks.interval.value() == 50
    assert dialog.breaks.snooze_options.text() == "2, 8"
    assert dialog.exercises.profile.currentData() == "asymmetry"
    assert dialog.exercises.weak_side.currentData() == "right"
    assert dialog.exercises.daily_time.time() == QTime(16, 30)
    assert dialog.exercises.pain_share.value() == 50
    assert dialog.exercises.feel_each.isChecked()
    assert dialog.general.voice.isChecked() and dialog.autostart.isChecked()
    assert [r.value() for r in dialog.hours.days["mon"].rows()] == list(start.working_hours["mon"])
    # Nothing changed yet: Apply has nothing to do, OK just closes.
    assert dialog.edited_settings() == start
    assert not dialog.apply_button.isEnabled() and dialog.ok_button.isEnabled()


def test_changed_values_are_applied(qtbot) -> None:
    dialog = _dialog(qtbot)
    dialog.breaks.interval.setValue(35)
    dialog.breaks.jitter.setValue(3)
    dialog.breaks.idle.setValue(7)
    dialog.breaks.notice.setValue(60)
    dialog.breaks.snooze_options.setText("10, 3")
    dialog.breaks.snooze_limit.setValue(1)
    dialog.hours.hours_enabled.setChecked(True)
    dialog.exercises.profile.setCurrentIndex(dialog.exercises.profile.findData("upper_crossed"))
    dialog.exercises.equipment.setCurrentIndex(dialog.exercises.equipment.findData("band"))
    dialog.exercises.daily_enabled.setChecked(False)
    dialog.exercises.pain_share.setValue(40)
    dialog.exercises.feel_each.setChecked(True)
    dialog.general.respect_dnd.setChecked(False)
    dialog.general.sounds.setChecked(False)
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignal(dialog.settings_applied) as applied:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    new = applied.args[0]
    assert isinstance(new, Settings)
    assert new == replace(
        Settings(),
        interval_min=35,
        jitter_min=3,
        idle_threshold_min=7,
        notice_lead_s=60,
        snooze_options_min=(3, 10),
        snooze_limit=1,
        working_hours_enabled=True,
        profile="upper_crossed",
        equipment="band",
        daily_session_enabled=False,
        pain_prompt_share=0.4,
        microbreak_feel_each=True,
        respect_dnd=False,
        sounds_enabled=False,
    )
    # What the dialog emits is what the settings file accepts, key by key.
    assert settings_from_mapping(to_mapping(new)) == (new, [])
    assert dialog.isVisible() and not dialog.apply_button.isEnabled()


def test_tight_side_and_conditions_are_shown_and_applied(qtbot) -> None:
    start = replace(Settings(), weak_side="left", tight_side="right", conditions=("osteoporosis",))
    dialog = _dialog(qtbot, start)
    assert dialog.exercises.tight_side.currentData() == "right"
    assert [k for k, box in dialog.exercises.conditions.items() if box.isChecked()] == [
        "osteoporosis"
    ]
    dialog.exercises.tight_side.setCurrentIndex(dialog.exercises.tight_side.findData("left"))
    dialog.exercises.conditions["pregnancy"].setChecked(True)
    with qtbot.waitSignal(dialog.settings_applied) as applied:
        dialog.ok_button.click()
    new = applied.args[0]
    assert (new.weak_side, new.tight_side) == ("left", "left")
    assert new.conditions == ("osteoporosis", "pregnancy")
    assert settings_from_mapping(to_mapping(new)) == (new, [])


def test_fields_the_dialog_does_not_show_are_kept(qtbot) -> None:
    start = replace(Settings(), onboarding_done=True, disclaimer_accepted=True)
    dialog = _dialog(qtbot, start)
    dialog.breaks.interval.setValue(40)
    with qtbot.waitSignal(dialog.settings_applied) as applied:
        dialog.ok_button.click()
    assert applied.args[0].onboarding_done and applied.args[0].disclaimer_accepted
    assert not dialog.isVisible()


def test_working_hours_ranges_are_added_and_removed(qtbot) -> None:
    dialog = _dialog(qtbot)
    dialog.tabs.setCurrentIndex(TAB_HOURS)
    assert not dialog.hours.days["mon"].isEnabled()  # greyed out while working hours are off
    dialog.hours.hours_enabled.setChecked(True)
    monday = dialog.hours.days["mon"]
    monday.rows()[0].end.setTime(QTime(12, 0))
    qtbot.mouseClick(monday.add_button, Qt.MouseButton.LeftButton)
    second = monday.rows()[1]
    second.start.setTime(QTime(13, 0))
    second.end.setTime(QTime(17, 30))
    qtbot.mouseClick(dialog.hours.days["fri"].rows()[0].remove, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.settings_applied) as applied:
        dialog.apply()
    hours = applied.args[0].working_hours
    assert hours["mon"] == (
        TimeRange(time(8, 0), time(12, 0)),
        TimeRange(time(13, 0), time(17, 30)),
    )
    assert hours["fri"] == ()


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [((11, 0), (13, 0), "overlap"), ((15, 0), (9, 0), "ends before it starts")],
)
def test_invalid_working_hours_disable_ok_with_a_message(qtbot, start, end, expected) -> None:
    dialog = _dialog(qtbot)
    dialog.tabs.setCurrentIndex(TAB_HOURS)
    tuesday = dialog.hours.days["tue"]
    row = tuesday.add_range()
    row.start.setTime(QTime(*start))
    row.end.setTime(QTime(*end))
    assert not dialog.ok_button.isEnabled()
    assert not dialog.apply_button.isEnabled()
    assert dialog.edited_settings() is None
    assert any("Tuesday" in p and expected in p for p in dialog.problems())
    assert dialog._summary.isVisible() and "Tuesday" in dialog._summary.text()
    assert tuesday._error.isVisible() and expected in tuesday._error.text()
    assert row.start.property("invalid") is True
    assert dialog.tabs.tabText(TAB_HOURS).startswith("⚠")
    with qtbot.assertNotEmitted(dialog.settings_applied):
        assert dialog.apply() is False
    # Fixing it enables OK again and clears the messages.
    row.start.setTime(QTime(18, 0))
    row.end.setTime(QTime(20, 0))
    assert dialog.ok_button.isEnabled()
    assert not dialog._summary.isVisible() and not tuesday._error.isVisible()
    assert not dialog.tabs.tabText(TAB_HOURS).startswith("⚠")


def test_bad_snooze_times_disable_ok(qtbot) -> None:
    dialog = _dialog(qtbot)
    for text in ("", "5, ten", "0", "5, 61", "1, 2, 3, 4, 5"):
        dialog.breaks.snooze_options.setText(text)
        assert not dialog.ok_button.isEnabled(), text
        assert dialog.breaks.snooze_error.isVisible() and dialog.breaks.snooze_error.text()
        assert dialog.tabs.tabText(TAB_BREAKS).startswith("⚠")
    dialog.breaks.snooze_options.setText("15; 5")
    assert dialog.ok_button.isEnabled()
    assert dialog.edited_settings().snooze_options_min == (5, 15)


def test_interval_hint_recommends_30_to_60(qtbot) -> None:
    dialog = _dialog(qtbot)
    dialog.breaks.interval.setValue(45)
    assert dialog.breaks.interval_note.text() == "30–60 min is recommended."
    dialog.breaks.interval.setValue(120)
    assert (
        "30–60" in dialog.breaks.interval_note.text()
        and "longer" in dialog.breaks.interval_note.text()
    )
    assert dialog.ok_button.isEnabled()  # outside the advice is allowed, just explained
    assert dialog.breaks.interval.minimum() == 5 and dialog.breaks.interval.maximum() == 180


def test_autostart_box_emits_only_its_change(qtbot) -> None:
    dialog = _dialog(qtbot, autostart=False)
    dialog.autostart.setChecked(True)
    assert dialog.apply_button.isEnabled()
    with (
        qtbot.waitSignal(dialog.autostart_changed) as changed,
        qtbot.assertNotEmitted(dialog.settings_applied),
    ):
        dialog.apply()
    assert changed.args == [True]
    # Applying again without a change emits nothing.
    with qtbot.assertNotEmitted(dialog.autostart_changed):
        dialog.apply()
    # The app can show the real state when turning it on failed.
    dialog.set_autostart_enabled(False)
    assert not dialog.autostart.isChecked() and not dialog.apply_button.isEnabled()


def test_cancel_emits_nothing(qtbot) -> None:
    dialog = _dialog(qtbot)
    dialog.breaks.interval.setValue(31)
    with (
        qtbot.assertNotEmitted(dialog.settings_applied),
        qtbot.assertNotEmitted(dialog.autostart_changed),
    ):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_every_control_has_an_accessible_name_and_takes_focus(qtbot) -> None:
    dialog = _dialog(qtbot)
    kinds = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit)
    for i in range(dialog.tabs.count()):
        page = dialog.tabs.widget(i)
        controls = [
            w
            for w in page.findChildren(QWidget)
            if isinstance(w, kinds) and not isinstance(w.parent(), QAbstractSpinBox)
        ]
        assert controls
        for w in controls:
            assert w.accessibleName(), w.metaObject().className()
            assert w.focusPolicy() & Qt.FocusPolicy.TabFocus, w.accessibleName()
    for button in (dialog.ok_button, dialog.apply_button, dialog.cancel_button):
        assert button.accessibleName() and button.focusPolicy() != Qt.FocusPolicy.NoFocus


def test_helpers_explain_problems() -> None:
    assert parse_snooze_options("5,10 , 15") == ((5, 10, 15), None)
    assert parse_snooze_options("10, 10, 5") == ((5, 10), None)
    assert parse_snooze_options("abc")[1] is not None
    problems = hours_problems(
        "wed",
        [TimeRange(time(9, 0), time(12, 0)), TimeRange(time(11, 30), time(14, 0))],
    )
    assert problems == ["Wednesday: 09:00–12:00 and 11:30–14:00 overlap."]
    assert hours_problems("wed", [TimeRange(time(9, 0), time(12, 0))]) == []


def _next_tab_stop(widget: QWidget) -> QWidget:
    w = widget.nextInFocusChain()
    while not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or w.focusProxy() is not None:
        w = w.nextInFocusChain()
    return w


def test_tab_follows_the_visual_order_of_working_hours(qtbot) -> None:
    dialog = _dialog(qtbot)
    tuesday, wednesday = dialog.hours.days["tue"], dialog.hours.days["wed"]
    added = tuesday.add_range()
    first = tuesday.rows()[0]

    def stop(w: QWidget) -> QWidget:
        nxt = _next_tab_stop(w)
        # A spin box's focus goes to its inner line edit: report the spin box.
        return nxt.parentWidget() if isinstance(nxt.parentWidget(), QAbstractSpinBox) else nxt

    assert stop(first.remove) is added.start
    assert stop(added.start) is added.end
    assert stop(added.remove) is tuesday.add_button
    assert stop(tuesday.add_button) is wednesday.rows()[0].start


def test_fields_take_range_unit_and_help_from_the_declarations(qtbot) -> None:
    dialog = _dialog(qtbot)
    spins = {
        "interval_min": dialog.breaks.interval,
        "jitter_min": dialog.breaks.jitter,
        "idle_threshold_min": dialog.breaks.idle,
        "notice_lead_s": dialog.breaks.notice,
        "snooze_limit": dialog.breaks.snooze_limit,
    }
    for key, spin in spins.items():
        assert (spin.minimum(), spin.maximum()) == OPTIONS[key].spec.whole_bounds, key
    assert dialog.breaks.interval.suffix() == " min" and dialog.breaks.notice.suffix() == " s"
    assert (dialog.exercises.pain_share.minimum(), dialog.exercises.pain_share.maximum()) == (
        0,
        100,
    )
    described = {
        w.property("option"): w.accessibleDescription()
        for w in dialog.findChildren(QWidget)
        if w.property("option")
    }
    shown = {key for key, option in OPTIONS.items() if option.spec.shown}
    assert set(described) == shown
    for key in shown:
        assert described[key] == OPTIONS[key].spec.help, key


def test_a_changed_declaration_reaches_the_dialog(qtbot, monkeypatch) -> None:
    def declare(key: str, **changes: object) -> None:
        option = OPTIONS[key]
        monkeypatch.setitem(OPTIONS, key, replace(option, spec=replace(option.spec, **changes)))

    declare("interval_min", bounds=(10, 90), recommended=(20, 40))
    declare("snooze_options_min", max_items=2)
    dialog = _dialog(qtbot)
    assert (dialog.breaks.interval.minimum(), dialog.breaks.interval.maximum()) == (10, 90)
    assert (
        dialog.breaks.interval_note.text()
        == "20–40 min is recommended; sitting longer than an hour adds up."
    )
    dialog.breaks.snooze_options.setText("5, 10, 15")
    assert not dialog.ok_button.isEnabled()
    assert "at most 2" in dialog.breaks.snooze_error.text()


def test_every_option_the_dialog_shows_comes_back_unchanged(qtbot) -> None:
    monday = (TimeRange(time(7, 0), time(11, 0)), TimeRange(time(12, 0), time(15, 0)))
    start = replace(
        Settings(),
        interval_min=50,
        idle_threshold_min=7,
        notice_lead_s=60,
        jitter_min=3,
        snooze_options_min=(2, 8),
        snooze_limit=1,
        working_hours_enabled=True,
        working_hours={**Settings().working_hours, "mon": monday, "sat": monday[:1]},
        respect_fullscreen=False,
        respect_dnd=False,
        daily_session_time=time(16, 30),
        daily_session_enabled=False,
        profile="asymmetry",
        equipment="band",
        weak_side="left",
        tight_side="right",
        conditions=("osteoporosis", "pregnancy"),
        sounds_enabled=False,
        voice_enabled=True,
        pain_prompt_share=0.5,
        microbreak_feel_each=True,
        language="de",
        sync_enabled=True,
        sync_folder="/home/me/Sync",
        computer_name="Desk",
    )
    # Every option the dialog edits differs from its default here (start at login is
    # the operating system's state, shown from its own argument).
    edited = {key for key, option in OPTIONS.items() if option.spec.shown} - {"autostart"}
    assert {key for key in edited if getattr(start, key) == OPTIONS[key].default} == set()
    dialog = _dialog(qtbot, start)
    # Each of them has a field that shows it and reads it back (unbound ones would only
    # be carried over from the loaded settings).
    assert set(dialog._form.bindings) == edited
    assert dialog.edited_settings() == start
    assert dialog.edited_settings().profile is Profile.ASYMMETRY
