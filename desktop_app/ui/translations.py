"""Load the app's translations: at least the English singular and plural forms.

Counted words go through Qt's numerus form, ``self.tr(text, "", n)`` with "(s)" in the
text. Without a
translation Qt only fills in ``%n`` and leaves "(s)", so the app always loads
``counterbalance_en.qm`` (English forms: "1 second", "2 seconds"), then the user's
language when one ships. ``packaging/plural_forms.py`` regenerates the English file.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop_app.platform.paths import resources_dir

log = logging.getLogger(__name__)

I18N_DIR = resources_dir() / "i18n"
#: The English numerus forms (source of truth, edited by hand for special singulars).
TS_FILE = I18N_DIR / "counterbalance_en.ts"
QM_PREFIX = "counterbalance_"


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install English plural forms and the user's language; return the translators.

    The caller keeps the list referenced (a collected translator stops translating).
    """
    installed: list[QTranslator] = []
    english = QTranslator(app)
    if english.load(str(I18N_DIR / f"{QM_PREFIX}en.qm")) and app.installTranslator(english):
        installed.append(english)
    else:
        log.warning("English plural forms not found in %s", I18N_DIR)
    own = QTranslator(app)
    language = (locale or QLocale.system()).name().split("_")[0]
    if language != "en" and own.load(str(I18N_DIR / f"{QM_PREFIX}{language}.qm")):
        app.installTranslator(own)
        installed.append(own)
    return installed
