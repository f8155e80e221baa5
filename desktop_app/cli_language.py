"""The command line's language: the app's choice in Settings, else the system's (issue 14).

The commands (``stats``, ``export``, ``report``, the messages to a running instance) speak
the same language as the tray app: :func:`install` reads ``language`` from the data dir's
``settings.json`` and installs the same translators as the app
(``ui.translations.install_translations``) into a bare ``QCoreApplication`` (no GUI; a
``QGuiApplication`` on the offscreen platform for ``report``, which draws a PDF).

``counterbalance --help`` stays fast: Qt is loaded for it only when the wanted language is
not English (the settings choice, else ``LANGUAGE``/``LC_ALL``/``LC_MESSAGES``/``LANG`` on
Linux). Help texts are marked with ``QT_TRANSLATE_NOOP("Cli", …)`` and passed through
:func:`translated`, which leaves them as they are when no translator is installed.
JSON output (``stats --json``) never goes through here: its keys and numbers stay the same
in every language.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

#: The translators installed for this process (kept referenced: a collected one stops).
_installed: list[Any] = []
CONTEXT = "Cli"


def data_dir_argument(arguments: Sequence[str]) -> Path | None:
    """Return the ``--data-dir`` given on the command line (either spelling), or None."""
    for index, argument in enumerate(arguments):
        if argument == "--data-dir" and index + 1 < len(arguments):
            return Path(arguments[index + 1])
        if argument.startswith("--data-dir="):
            return Path(argument.split("=", 1)[1])
    return None


def settings_file(arguments: Sequence[str]) -> Path:
    """Return the settings file the command line's data dir holds (nothing is created)."""
    root = data_dir_argument(arguments)
    if root is None:
        from desktop_app.platform.paths import default_data_dir

        root = default_data_dir()
    return root.expanduser() / "settings.json"


def install(arguments: Sequence[str], gui: bool = False) -> None:
    """Install the app's translators for a command (once per process).

    Args:
        arguments: The command line (to find ``--data-dir`` and its settings).
        gui: Create a ``QGuiApplication`` (offscreen when there is no display), for
            commands that draw; else a ``QCoreApplication`` unless one exists.
    """
    if _installed:
        return
    from PySide6.QtCore import QCoreApplication

    from desktop_app.platform.language_choice import language_from_settings
    from desktop_app.ui.translations import install_translations

    app = QCoreApplication.instance()
    if app is None:
        if gui:
            from PySide6.QtGui import QGuiApplication

            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            app = QGuiApplication([sys.argv[0] if sys.argv else "counterbalance"])
        else:
            app = QCoreApplication([sys.argv[0] if sys.argv else "counterbalance"])
    _installed.extend(install_translations(app, language_from_settings(settings_file(arguments))))
    _installed.append(app)


def installed() -> bool:
    """Tell whether :func:`install` has run in this process."""
    return bool(_installed)


def translated(text: str) -> str:
    """Return ``text`` (marked with ``QT_TRANSLATE_NOOP("Cli", …)``) in the installed language."""
    if not _installed:
        return text
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(CONTEXT, text)
