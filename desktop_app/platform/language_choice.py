"""The language the user wants, read without Qt (issue 14).

The tray app and the command line read the Settings choice before anything else starts
(``ui.translations.install_translations`` then installs it). The command line also asks
whether the wanted language may be other than English before it loads Qt for ``--help``
(``cli_language``), so English help needs no Qt at all.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

#: Overrides the Settings choice (tests, screenshots); read by ``ui.translations`` too.
ENV_LANGUAGE = "COUNTERBALANCE_LANGUAGE"
#: The variables POSIX and glibc read for the messages' language, first match wins.
MESSAGE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
MAX_SETTINGS_BYTES = 1 << 20


def language_from_settings(path: Path) -> str:
    """Return the saved language choice from a settings file ("" when absent or unreadable)."""
    try:
        if path.stat().st_size > MAX_SETTINGS_BYTES:
            return ""
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return ""
    value = data.get("language", "") if isinstance(data, dict) else ""
    return value if isinstance(value, str) else ""


def wants_translation(choice: str, environ: Mapping[str, str], platform: str) -> bool:
    """Tell whether the wanted language may be other than English (Qt is then needed).

    The override and then the Settings choice decide when given; else, on Linux and the
    BSDs, the environment's message language; elsewhere only Qt can ask the system, so yes.
    """
    choice = environ.get(ENV_LANGUAGE, choice)
    if choice:
        return not choice.startswith("en")
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return True
    for name in MESSAGE_VARIABLES:
        value = environ.get(name, "").split(":")[0]
        if value:
            return not value.startswith(("en", "C", "POSIX"))
    return False
