"""The app's languages: the only module that installs translators and picks the language.

What it installs, in Qt's search order (last installed is asked first):

1. ``counterbalance_en.qm``, the English numerus forms: counted words go through
   ``self.tr(text, "", n)`` with "(s)" in the text, and without it Qt would leave the "(s)";
   ``packaging/plural_forms.py`` regenerates it.
2. Qt's own ``qtbase_<lang>.qm`` (standard buttons, dialogs), from
   ``QLibraryInfo.path(TranslationsPath)`` (the bundle keeps only the languages shipped).
3. ``counterbalance_<lang>.qm``, the app's text, built from ``resources/i18n/*.ts`` by
   ``packaging/translations.py``.
4. For tests only: the compiled translation that ``COUNTERBALANCE_PSEUDO`` names (the
   pseudo-language of tests/helpers/pseudo_language.py, accented and 40 % longer).

The language is the Settings choice (``Settings.language``), or the system's when that is
empty; the choice takes effect at the next start (windows are built with their text).
``QLocale.setDefault`` makes numbers, dates, weekdays and the first day of the week follow
the same language. ``COUNTERBALANCE_LANGUAGE`` overrides the choice (tests, screenshots);
``COUNTERBALANCE_LAYOUT=rtl`` forces a right-to-left layout (tests).

The exercise catalog's text comes from per-language tables
(``resources/i18n/catalog/<lang>.toml``, see ``core.catalog_text``); :func:`localize_catalog`
applies the current language's table.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.platform.language_choice import ENV_LANGUAGE
from desktop_app.platform.language_choice import (
    language_from_settings as language_from_settings,  # re-exported for app.run_app
)
from desktop_app.platform.paths import resources_dir

if TYPE_CHECKING:  # the catalog and its texts load when exercises are first shown
    from desktop_app.core.catalog import Catalog

log = logging.getLogger(__name__)

I18N_DIR = resources_dir() / "i18n"
#: The English numerus forms (source of truth, edited by hand for special singulars).
TS_FILE = I18N_DIR / "counterbalance_en.ts"
QM_PREFIX = "counterbalance_"
CATALOG_DIR = I18N_DIR / "catalog"
ENV_PSEUDO = "COUNTERBALANCE_PSEUDO"
ENV_LAYOUT = "COUNTERBALANCE_LAYOUT"

_state = {"language": "en"}


def shipped_languages() -> tuple[str, ...]:
    """Return the languages with a compiled translation, English first ("en", "de", "pt_BR")."""
    found = sorted(p.stem.removeprefix(QM_PREFIX) for p in I18N_DIR.glob(f"{QM_PREFIX}*.qm"))
    return ("en", *(lang for lang in found if lang != "en"))


#: Each language's name in itself; Qt's own would say "American English", "español de España".
NATIVE_NAMES = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "it": "Italiano",
    "pt_BR": "Português (Brasil)",
    "pl": "Polski",
}


def language_name(code: str) -> str:
    """Return a language's own name ("Deutsch", "Português (Brasil)")."""
    if code in NATIVE_NAMES:
        return NATIVE_NAMES[code]
    locale = QLocale(code)
    name = locale.nativeLanguageName()
    if "_" in code:
        name = f"{name} ({locale.nativeTerritoryName()})"
    return name[:1].upper() + name[1:]


def resolve_language(choice: str, system: QLocale | None = None) -> str:
    """Return the shipped language for a choice ("" = the system's), English if none fits.

    The full name wins ("pt_BR"), then the language alone ("de_AT" → "de", "pt_PT" →
    "pt_BR": the same language reads better than English).
    """
    shipped = shipped_languages()
    wanted = [choice] if choice else (system or QLocale.system()).uiLanguages()
    for name in wanted:
        name = name.replace("-", "_")
        if name in shipped:
            return name
        base = name.split("_")[0]
        for lang in shipped:
            if lang.split("_")[0] == base:
                return lang
    return "en"


def current_language() -> str:
    """Return the language installed by :func:`install_translations` ("en" before)."""
    return _state["language"]


def install_translations(
    app: QCoreApplication, choice: str = "", locale: QLocale | None = None
) -> list[QTranslator]:
    """Install English plural forms, Qt's and the app's translations; return the translators.

    Args:
        app: The application.
        choice: The Settings choice ("" follows ``locale``, else the system).
        locale: The system locale to follow (tests pass one).

    The caller keeps the list referenced (a collected translator stops translating).
    """
    choice = os.environ.get(ENV_LANGUAGE, choice)
    installed: list[QTranslator] = []
    english = QTranslator(app)
    if english.load(str(I18N_DIR / f"{QM_PREFIX}en.qm")) and app.installTranslator(english):
        installed.append(english)
    else:
        log.warning("English plural forms not found in %s", I18N_DIR)
    language = resolve_language(choice, locale)
    _state["language"] = language
    if choice:  # else formats follow the system (or the locale a test passes)
        QLocale.setDefault(QLocale(choice))
    elif locale is not None:
        QLocale.setDefault(locale)
    if language != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for path in (
            Path(qt_dir) / f"qtbase_{language}.qm",
            I18N_DIR / f"{QM_PREFIX}{language}.qm",
        ):
            translator = QTranslator(app)
            if translator.load(str(path)) and app.installTranslator(translator):
                installed.append(translator)
            else:
                log.info("no translation at %s", path)
    pseudo = QTranslator(app)
    if os.environ.get(ENV_PSEUDO) and pseudo.load(os.environ[ENV_PSEUDO]):
        app.installTranslator(pseudo)
        installed.append(pseudo)
    if os.environ.get(ENV_LAYOUT) == "rtl":
        from PySide6.QtGui import QGuiApplication

        if isinstance(app, QGuiApplication):
            from PySide6.QtCore import Qt  # not at import: builds 93 enums

            app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    return installed


def localize_catalog(catalog: Catalog, language: str | None = None) -> Catalog:
    """Return the catalog with its text in ``language`` (default: the installed one)."""
    language = language or current_language()
    if language == "en":
        return catalog
    from desktop_app.core.catalog_text import localize, read_table

    return localize(catalog, read_table(CATALOG_DIR / f"{language}.toml"))


def localize_names(names: Mapping[str, str], language: str | None = None) -> dict[str, str]:
    """Return exercise names (id → English name) in ``language`` where its table has one."""
    language = language or current_language()
    from desktop_app.core.catalog_text import read_table

    table = read_table(CATALOG_DIR / f"{language}.toml") if language != "en" else {}
    localized = {}
    for exercise_id, name in names.items():
        own = table.get(exercise_id, {}).get("name")
        localized[exercise_id] = own if isinstance(own, str) and own else name
    return localized
