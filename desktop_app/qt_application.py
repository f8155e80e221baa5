"""The process's QApplication: set up for a tray app, or used to say why it does not start.

Step 2 of the start-up order (``app.py``): the application quits only on an explicit Quit,
not when its last window closes; uncaught exceptions are logged and said once; the
English plural forms, Qt's and the app's translations in the chosen language are installed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from desktop_app import APP_NAME, __version__
from desktop_app.platform.paths import DataPaths


def start_qt_application(paths: DataPaths) -> tuple[QApplication, list[QTranslator]]:
    """Return the QApplication set up for the tray app, and its installed translators."""
    qt_app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(qt_app, QApplication)
    from desktop_app.crash_handler import UncaughtErrors

    UncaughtErrors(qt_app).install()  # logs what no slot caught, says it once (issue 10 §2)
    qt_app.setApplicationName(APP_NAME)
    qt_app.setApplicationVersion(__version__)
    qt_app.setDesktopFileName("io.github.counterbalance.Counterbalance")
    qt_app.setQuitOnLastWindowClosed(False)
    from desktop_app.ui.translations import install_translations, language_from_settings

    # English plural forms, Qt's and the app's translations in the chosen language.
    translators = install_translations(qt_app, language_from_settings(paths.settings))
    return qt_app, translators


def refuse_start(reason: str) -> None:
    """Say on screen (and on stderr) why Counterbalance does not start."""
    print(f"counterbalance: not starting: {reason}", file=sys.stderr)
    qt_app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(qt_app, QApplication)
    from PySide6.QtWidgets import QMessageBox  # loaded when a message is shown

    QMessageBox.critical(
        None,
        qt_app.translate("CounterbalanceApp", "Counterbalance — Not started"),
        qt_app.translate("CounterbalanceApp", "Counterbalance did not start: {reason}").format(
            reason=reason
        ),
    )
