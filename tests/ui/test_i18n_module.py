"""The i18n module picks the language and installs Qt's and the app's translators (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from desktop_app.core.settings_format import settings_from_mapping
from desktop_app.ui import translations
from desktop_app.ui.translations import language_from_settings, resolve_language


def test_the_settings_choice_wins_and_the_system_is_followed_otherwise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(translations, "shipped_languages", lambda: ("en", "de", "pt_BR"))
    assert resolve_language("de", QLocale("fr_FR")) == "de"
    assert resolve_language("", QLocale("de_AT")) == "de"
    assert resolve_language("", QLocale("pt_PT")) == "pt_BR"
    assert resolve_language("", QLocale("ja_JP")) == "en"
    assert resolve_language("pl", QLocale("de_DE")) == "en"  # not shipped: English


def test_the_language_setting_is_validated() -> None:
    settings, problems = settings_from_mapping({"language": "pt_BR"})
    assert settings.language == "pt_BR" and problems == []
    settings, problems = settings_from_mapping({"language": "../../etc"})
    assert settings.language == "" and [p.key for p in problems] == ["language"]


def test_the_saved_choice_is_read_before_the_app_starts(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert language_from_settings(path) == ""
    path.write_text('{"version": 1, "language": "de"}', encoding="utf-8")
    assert language_from_settings(path) == "de"
    path.write_text("{not json", encoding="utf-8")
    assert language_from_settings(path) == ""


def test_every_shipped_language_has_a_name_in_itself() -> None:
    names = {code: translations.language_name(code) for code in translations.shipped_languages()}
    assert names["en"] == "English" and names["de"] == "Deutsch"
    assert names["es"] == "Español"  # not "español de España"
    assert all(name[:1].isupper() for name in names.values())


def test_exercise_names_come_from_the_language_table() -> None:
    names = {"chin_tuck": "Chin tuck (nod)", "my_own": "My own exercise"}
    german = translations.localize_names(names, "de")
    assert german == {"chin_tuck": "Kinn zurückziehen (Nicken)", "my_own": "My own exercise"}
    assert translations.localize_names(names, "en") == names


def test_numbers_and_dates_follow_the_locale() -> None:
    from datetime import date, time

    from desktop_app.ui import locale_format

    previous = QLocale()
    try:
        QLocale.setDefault(QLocale("de_DE"))
        assert locale_format.decimal(1.25) in ("1,2", "1,3")
        assert locale_format.percent(0.75) == "75\u00a0%"
        assert locale_format.short_date(date(2026, 3, 2)) == "02.03.26"
        assert locale_format.short_time(time(17, 5)) == "17:05"
        assert locale_format.day_month(date(2026, 10, 5)) == "5. Okt."
        QLocale.setDefault(QLocale("en_US"))
        assert locale_format.decimal(1.5) == "1.5"
        assert locale_format.short_date(date(2026, 3, 2)) == "3/2/26"
        assert locale_format.day_month(date(2026, 10, 5)) == "Oct 5"
        assert locale_format.day_month(date(2026, 10, 5), with_year=True) == "Oct 5, 2026"
        QLocale.setDefault(QLocale("es_ES"))
        assert locale_format.day_month(date(2026, 10, 5)) == "5 de oct"
        # The C/POSIX locale states no preference: ISO 8601, not Qt's "2 3 2026".
        QLocale.setDefault(QLocale(QLocale.Language.C))
        assert locale_format.short_date(date(2026, 3, 2)) == "2026-03-02"
        QLocale.setDefault(QLocale("pl_PL"))
        assert locale_format.day_month(date(2026, 10, 5), with_year=True) == "5 paź 2026"
    finally:
        QLocale.setDefault(previous)


class _FakeVoice:
    """The part of QTextToSpeech the helper uses to pick a voice locale."""

    def __init__(self, names: list[str]) -> None:
        self.locales = [QLocale(n) for n in names]
        self.chosen: QLocale | None = None

    def availableLocales(self) -> list[QLocale]:
        return self.locales

    def setLocale(self, locale: QLocale) -> None:
        self.chosen = locale


def test_spoken_cues_pick_a_voice_in_the_app_language() -> None:
    from desktop_app.ui.speech_helper import _speak_in

    voice = _FakeVoice(["en_US", "de_AT", "de_DE"])
    _speak_in(voice, "de_DE")
    assert voice.chosen is not None and voice.chosen.name() == "de_DE"
    voice = _FakeVoice(["en_US", "pt_PT"])
    _speak_in(voice, "pt_BR")  # same language, other country: better than English
    assert voice.chosen is not None and voice.chosen.name() == "pt_PT"
    voice = _FakeVoice(["en_US"])
    _speak_in(voice, "pl_PL")  # no Polish voice: the engine keeps its own
    assert voice.chosen is None


def test_working_hours_start_on_the_locale_first_day_of_the_week() -> None:
    from desktop_app.ui.settings_dialog import week_order

    previous = QLocale()
    try:
        QLocale.setDefault(QLocale("de_DE"))
        assert week_order()[0] == "mon"
        QLocale.setDefault(QLocale("en_US"))
        assert week_order() == ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]
    finally:
        QLocale.setDefault(previous)


def test_the_report_words_safety_events_in_the_user_language(qapp: QCoreApplication) -> None:
    from datetime import date

    from PySide6.QtCore import QTranslator

    from desktop_app.core.stats import SafetyNote
    from desktop_app.ui.report_pdf import _note_text

    note = SafetyNote(date(2026, 3, 2), "emergency", "checklist")
    translator = QTranslator()
    assert translator.load(str(translations.I18N_DIR / "counterbalance_de.qm"))
    previous = QLocale()
    qapp.installTranslator(translator)
    QLocale.setDefault(QLocale("de_DE"))
    try:
        german = _note_text(note)
    finally:
        qapp.removeTranslator(translator)
        QLocale.setDefault(previous)
    assert german == (
        "02.03.26: Notfallzeichen (Rücken und Beine): Rat, sofort eine Notfallversorgung "
        "aufzusuchen (Symptom-Checkliste)"
    )
    english = _note_text(SafetyNote(date(2026, 3, 2), "assessment_confirmed", "programme resumed"))
    assert english.endswith(": Assessment confirmed: programme resumed")
