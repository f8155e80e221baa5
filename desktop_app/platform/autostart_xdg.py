"""Start at login on Linux and other XDG desktops: an XDG autostart desktop entry.

The entry is ``<config_home>/autostart/counterbalance.desktop``; the ``Exec`` value is
quoted by the Desktop Entry Specification's rules, and a marker key tells our entry from
a foreign file with the same name.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from desktop_app import APP_NAME
from desktop_app.platform.autostart_backend import (
    DESKTOP_ID,
    FileAutostart,
)

#: File name of the XDG autostart entry.
XDG_ENTRY_NAME = "counterbalance.desktop"
#: Marker in the XDG entry so that a foreign file with the same name is never taken for ours.
XDG_MARKER_KEY = "X-Counterbalance-Autostart"

_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def quote_exec_argument(arg: str) -> str:
    """Quote one argument for the ``Exec`` key (Desktop Entry spec, "The Exec key").

    Field codes are not used, so a literal ``%`` is written ``%%``.

    Raises:
        ValueError: ``arg`` holds a control character, which an entry cannot carry.
    """
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in arg):
        raise ValueError(f"control character in command argument {arg!r}")
    if not arg:
        quoted = '""'
    elif _EXEC_RESERVED & set(arg):
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
        quoted = f'"{escaped}"'
    else:
        quoted = arg
    return quoted.replace("%", "%%")


def exec_value(command: Sequence[str]) -> str:
    """Return ``command`` as the string value of an ``Exec`` key, escapes included."""
    line = " ".join(quote_exec_argument(arg) for arg in command)
    # The value is a "string" key too, whose own escape rule doubles each backslash.
    return line.replace("\\", "\\\\")


def parse_exec_value(value: str) -> list[str]:
    """Split an ``Exec`` value back into arguments (inverse of :func:`exec_value`)."""
    text = value.replace("\\\\", "\\")
    args: list[str] = []
    current: list[str] = []
    in_arg = False
    quoted = False
    i = 0
    while i < len(text):
        char = text[i]
        if quoted:
            if char == "\\" and i + 1 < len(text):
                i += 1
                current.append(text[i])
            elif char == '"':
                quoted = False
            else:
                current.append(char)
        elif char == '"':
            quoted = in_arg = True
        elif char == " ":
            if in_arg:
                args.append("".join(current))
                current, in_arg = [], False
        else:
            current.append(char)
            in_arg = True
        i += 1
    if quoted:
        raise ValueError("unterminated quote in Exec value")
    if in_arg:
        args.append("".join(current))
    return [arg.replace("%%", "%") for arg in args]


def read_desktop_group(text: str, group: str = "Desktop Entry") -> dict[str, str]:
    """Return the keys of one group of a desktop entry file (no locale handling)."""
    keys: dict[str, str] = {}
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            continue
        if current == group and "=" in line:
            key, _, val = line.partition("=")
            keys[key.strip()] = val.strip()
    return keys


class XdgAutostart(FileAutostart):
    """An XDG autostart entry in ``<config_home>/autostart/counterbalance.desktop``."""

    def __init__(self, config_home: Path | None = None) -> None:
        """Use ``config_home`` or ``$XDG_CONFIG_HOME`` (falling back to ``~/.config``)."""
        if config_home is None:
            env = os.environ.get("XDG_CONFIG_HOME", "")
            # The spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
            config_home = Path(env) if env and os.path.isabs(env) else Path.home() / ".config"
        self.path = config_home / "autostart" / XDG_ENTRY_NAME

    def entry_text(self, command: Sequence[str]) -> str:
        """Return the desktop entry that runs ``command`` at login."""
        return (
            "[Desktop Entry]\n"
            "Type=Application\n"
            "Version=1.4\n"
            f"Name={APP_NAME}\n"
            "Comment=Desk microbreaks and guided stretch and core sessions\n"
            f"Exec={exec_value(command)}\n"
            f"Icon={DESKTOP_ID}\n"
            "Terminal=false\n"
            "Categories=Utility;\n"
            "X-GNOME-Autostart-enabled=true\n"
            f"{XDG_MARKER_KEY}=true\n"
        )

    def is_enabled(self) -> bool:
        """Return True if our entry exists and no desktop has switched it off."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return False
        except (OSError, UnicodeDecodeError):
            return False
        keys = read_desktop_group(text)
        return (
            bool(keys.get("Exec"))
            and keys.get("Hidden", "false").lower() != "true"
            and keys.get("X-GNOME-Autostart-enabled", "true").lower() != "false"
        )

    def file_bytes(self, command: Sequence[str]) -> bytes:
        """Return the entry file's contents that run ``command`` at login."""
        return self.entry_text(command).encode("utf-8")
