"""Break prompt: intents from buttons and keys, snooze limit, no focus theft, placement."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QCursor, QGuiApplication

from desktop_app.core.events import PromptKind
from desktop_app.core.policy import BreakDue
from desktop_app.ui.break_prompt import (
    SCREEN_MARGIN_PX,
    BreakPrompt,
    BreakPromptView,
    bottom_right,
)


def _view(**changes: object) -> BreakPromptView:
    base: dict[str, object] = {
        "kind": PromptKind.MICROBREAK,
        "summary": "3 exercises · about 3 min",
        "first_exercises": ("Chin tuck", "Doorway chest stretch"),
        "snooze_options_min": (5, 10, 15),
        "snoozes_left": 2,
    }
    base.update(changes)
    return BreakPromptView(**base)  # type: ignore[arg-type]


def _prompt(qtbot, **changes: object) -> BreakPrompt:
    prompt = BreakPrompt(_view(**changes))
    qtbot.addWidget(prompt)
    prompt.present()
    return prompt


def test_window_title_and_view_are_shown(qtbot) -> None:
    prompt = _prompt(qtbot)
    assert prompt.windowTitle() == "Counterbalance — Time for a break"
    texts = [w.text() for w in prompt.findChildren(type(prompt.card.title)) if w.isVisible()]
    assert "3 exercises · about 3 min" in texts
    assert "First: <b>Chin tuck</b><br>then Doorway chest stretch" in texts
    assert [b.text() for b in prompt.snooze_buttons()] == ["5 min", "10 min", "15 min"]
    assert all(b.accessibleName() for b in (prompt.start_button, prompt.skip_button))


def test_buttons_emit_intents_and_close(qtbot) -> None:
    prompt = _prompt(qtbot)
    with qtbot.waitSignal(prompt.start_requested):
        qtbot.mouseClick(prompt.start_button, Qt.MouseButton.LeftButton)
    assert not prompt.isVisible()

    prompt = _prompt(qtbot)
    with qtbot.waitSignal(prompt.snooze_requested) as snooze:
        qtbot.mouseClick(prompt.snooze_buttons()[1], Qt.MouseButton.LeftButton)
    assert snooze.args == [10]
    assert not prompt.isVisible()

    prompt = _prompt(qtbot)
    with qtbot.waitSignal(prompt.skip_requested):
        qtbot.mouseClick(prompt.skip_button, Qt.MouseButton.LeftButton)
    assert not prompt.isVisible()


def test_keys_work_once_clicked(qtbot) -> None:
    for key, signal_name, args in (
        (Qt.Key.Key_Return, "start_requested", []),
        (Qt.Key.Key_S, "snooze_requested", [5]),
        (Qt.Key.Key_Escape, "skip_requested", []),
    ):
        prompt = _prompt(qtbot)
        qtbot.mousePress(prompt, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
        with qtbot.waitSignal(getattr(prompt, signal_name)) as blocker:
            qtbot.keyClick(prompt, key)
        assert blocker.args == args


def test_keys_do_nothing_before_a_click(qtbot) -> None:
    """A compositor may give the new card the keyboard (sway focuses every new window):
    what the user was typing elsewhere must not start, snooze or skip the break."""
    prompt = _prompt(qtbot, can_start_at_pause=True)
    with (
        qtbot.assertNotEmitted(prompt.start_requested),
        qtbot.assertNotEmitted(prompt.skip_requested),
        qtbot.assertNotEmitted(prompt.snooze_requested),
        qtbot.assertNotEmitted(prompt.start_at_pause_requested),
    ):
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_S, Qt.Key.Key_P):
            qtbot.keyClick(prompt, key)
        qtbot.keyClick(prompt, Qt.Key.Key_Escape)
    assert prompt.isVisible() and not prompt.is_answered()


def test_only_one_answer_per_prompt(qtbot) -> None:
    prompt = _prompt(qtbot)
    starts: list[bool] = []
    skips: list[bool] = []
    prompt.start_requested.connect(lambda: starts.append(True))
    prompt.skip_requested.connect(lambda: skips.append(True))
    prompt.start()
    prompt.skip()
    prompt.start()
    assert starts == [True] and skips == []


def test_withdraw_closes_without_an_answer(qtbot) -> None:
    prompt = _prompt(qtbot)
    with (
        qtbot.assertNotEmitted(prompt.start_requested),
        qtbot.assertNotEmitted(prompt.skip_requested),
        qtbot.assertNotEmitted(prompt.snooze_requested),
    ):
        prompt.withdraw()
    assert not prompt.isVisible()
    assert prompt.is_answered()


def test_closing_from_title_bar_counts_as_skip(qtbot) -> None:
    prompt = _prompt(qtbot)
    with qtbot.waitSignal(prompt.skip_requested):
        prompt.close()


def test_snooze_limit_disables_snooze_and_explains(qtbot) -> None:
    prompt = _prompt(qtbot, snoozes_left=0, snoozed_times=3)
    assert all(not b.isEnabled() for b in prompt.snooze_buttons())
    assert prompt.card.limit.isVisible()
    assert prompt.card.limit.text() == (
        "You've snoozed this break 3 times; start it now or skip it."
    )
    prompt.make_focusable()
    with qtbot.assertNotEmitted(prompt.snooze_requested):
        qtbot.keyClick(prompt, Qt.Key.Key_S)
        prompt.snooze(5)
    assert prompt.isVisible()
    assert prompt.start_button.isEnabled() and prompt.skip_button.isEnabled()


def test_snooze_allowed_shows_no_limit_line(qtbot) -> None:
    prompt = _prompt(qtbot, snoozes_left=1)
    assert all(b.isEnabled() for b in prompt.snooze_buttons())
    assert not prompt.card.limit.isVisible()


def test_makeup_prompt_says_what_it_is(qtbot) -> None:
    prompt = _prompt(qtbot, kind=PromptKind.MAKEUP, snooze_options_min=(), snoozes_left=0)
    assert prompt.card.makeup.isVisible()
    assert "make-up for a break you skipped" in prompt.card.makeup.text()
    assert prompt.snooze_buttons() == ()
    assert not prompt.card.limit.isVisible()


def test_does_not_take_focus_until_clicked(qtbot) -> None:
    prompt = _prompt(qtbot)
    flags = prompt.windowFlags()
    assert flags & Qt.WindowType.WindowDoesNotAcceptFocus
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert flags & Qt.WindowType.Tool == Qt.WindowType.Tool
    assert prompt.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert prompt.windowHandle().flags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert not prompt.is_focusable()

    # A click on a child (the summary text) is enough.
    qtbot.mousePress(prompt.card.summary, Qt.MouseButton.LeftButton)
    assert prompt.is_focusable()
    assert prompt.isVisible()
    assert not prompt.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert not prompt.windowHandle().flags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert not prompt.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert prompt.windowFlags() & Qt.WindowType.WindowStaysOnTopHint


def test_bottom_right_of_available_area() -> None:
    area = QRect(1920, 0, 1280, 1000)  # a second screen, to the right, panel at the bottom
    point = bottom_right(area, QSize(440, 200), margin=16)
    assert point == QPoint(1920 + 1280 - 440 - 16, 1000 - 200 - 16)
    # A window larger than the area stays inside it.
    assert bottom_right(area, QSize(2000, 2000), margin=16) == QPoint(1920, 0)


def test_placed_on_the_cursor_screen(qtbot) -> None:
    screen = QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    QCursor.setPos(area.center())
    assert QGuiApplication.screenAt(QCursor.pos()) is screen
    prompt = _prompt(qtbot)
    frame = prompt.frameGeometry()
    assert area.contains(frame)
    assert frame.right() == area.right() - SCREEN_MARGIN_PX
    assert frame.bottom() == area.bottom() - SCREEN_MARGIN_PX


def test_view_from_policy_break_due() -> None:
    due = BreakDue(PromptKind.MICROBREAK, snoozes_left=1, snooze_options_min=(5, 10))
    view = BreakPromptView.from_due(due, "2 exercises · about 2 min", ("Chin tuck",), 3)
    assert view.snoozes_left == 1 and view.snoozed_times == 2
    assert view.snooze_options_min == (5, 10) and view.first_exercises == ("Chin tuck",)
    makeup = BreakPromptView.from_due(BreakDue(PromptKind.MAKEUP, 0, ()), "1 exercise", (), 3)
    assert makeup.kind is PromptKind.MAKEUP and makeup.snoozed_times == 0


def test_key_hint_is_true_before_and_after_the_click(qtbot) -> None:
    prompt = _prompt(qtbot)
    # Unfocused, the keys go to the user's app: the hint says a click comes first.
    before = prompt.card.hint.text()
    assert before.startswith("Your typing stays in your app. Click this card to use keys:")
    assert "Enter starts · S snoozes 5 min · Esc skips" in before
    qtbot.mousePress(prompt.card.summary, Qt.MouseButton.LeftButton)
    assert prompt.card.hint.text() == "Enter starts · S snoozes 5 min · Esc skips"


def test_hint_leaves_out_snooze_when_none_is_left(qtbot) -> None:
    prompt = _prompt(qtbot, snoozes_left=0, snoozed_times=3)
    prompt.make_focusable()
    assert prompt.card.hint.text() == "Enter starts · Esc skips"


def test_start_at_next_pause_is_offered_only_when_idle_is_known(qtbot) -> None:
    prompt = _prompt(qtbot)
    assert not prompt.pause_button.isVisible()
    prompt.start_at_pause()
    assert not prompt.is_waiting_for_pause()

    prompt = _prompt(qtbot, can_start_at_pause=True)
    assert prompt.pause_button.isVisible()
    assert "P waits for your pause" in prompt.card.hint.text()
    corner = prompt.frameGeometry().bottomRight()
    with qtbot.waitSignal(prompt.start_at_pause_requested):
        qtbot.mouseClick(prompt.pause_button, Qt.MouseButton.LeftButton)
    # The card stays, says what happens, and keeps its corner while it grows.
    assert prompt.isVisible() and prompt.is_waiting_for_pause()
    assert prompt.card.pause_wait.isVisible() and not prompt.pause_button.isEnabled()
    assert "P waits" not in prompt.card.hint.text()
    assert prompt.frameGeometry().bottomRight() == corner
    with qtbot.assertNotEmitted(prompt.start_at_pause_requested):
        prompt.start_at_pause()
    with qtbot.waitSignal(prompt.start_requested):
        prompt.start()
    assert not prompt.isVisible()


def test_p_key_waits_for_the_pause(qtbot) -> None:
    prompt = _prompt(qtbot, can_start_at_pause=True)
    prompt.make_focusable()
    with qtbot.waitSignal(prompt.start_at_pause_requested):
        qtbot.keyClick(prompt, Qt.Key.Key_P)


def test_first_exercise_is_drawn(qtbot) -> None:
    from tests.helpers.exercises import builtin_catalog

    exercise = builtin_catalog().get("chin_tuck")
    assert exercise is not None
    prompt = _prompt(qtbot, first_exercise=exercise)
    assert prompt.card.figure.isVisible()
    image = prompt.card.figure.pixmap().toImage()
    assert not image.isNull()
    # The figure is drawn: not one flat colour.
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 3
    assert not _prompt(qtbot).card.figure.isVisible()


@pytest.mark.parametrize("language", ["de", "fr", "es", "it", "pt_BR", "pl"])
def test_every_button_gets_its_full_width_in_each_language(language: str, qtbot) -> None:
    """German "Bei meiner nächsten Tipppause" was cut to "ner nächsten Tip" in a 420 px card."""
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtWidgets import QPushButton

    from desktop_app.ui.translations import I18N_DIR, QM_PREFIX

    translator = QTranslator()
    assert translator.load(str(I18N_DIR / f"{QM_PREFIX}{language}.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        prompt = _prompt(qtbot, can_start_at_pause=True)  # every button shown
        qtbot.waitExposed(prompt)
        assert prompt.pause_button.isVisible()
        assert prompt.start_button.text() != "Start now"  # the language is on
        for button in prompt.findChildren(QPushButton):
            if not button.isVisible():
                continue
            place = QRect(button.mapTo(prompt, QPoint(0, 0)), button.size())
            assert prompt.rect().contains(place), (button.text(), place, prompt.size())
            assert button.width() >= button.sizeHint().width(), (button.text(), button.width())
        assert prompt.width() <= 560  # still a corner card on a 1366×768 screen
    finally:
        QCoreApplication.removeTranslator(translator)
