"""The i18n module picks the language and installs Qt's and the app's translators (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from desktop_app.core.settings import settings_from_mapping
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
    assert translations.language_name("de") == "Deutsch"
    assert "Brasil" in translations.language_name("pt_BR")
