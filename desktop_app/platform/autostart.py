"""Start Counterbalance at login: XDG autostart, the Windows Run key or a macOS LaunchAgent.

Each backend is constructed with the place it writes to (a directory or a registry object), so
all three are tested on any OS. :class:`Autostart` picks the backend for the running OS.
Failures raise :class:`AutostartError`, whose fields let the UI build a translated message.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from desktop_app import APP_NAME

#: Reverse-DNS application id: the .desktop file name, AppStream id and LaunchAgent label.
DESKTOP_ID = "io.github.counterbalance.Counterbalance"
#: File name of the XDG autostart entry.
XDG_ENTRY_NAME = "counterbalance.desktop"
#: Value name below HKCU\Software\Microsoft\Windows\CurrentVersion\Run.
RUN_VALUE_NAME = APP_NAME
RUN_KEY_PATH = r"Software\Microsoft\Windows\CurrentVersion\Run"
#: Marker in the XDG entry so that a foreign file with the same name is never taken for ours.
XDG_MARKER_KEY = "X-Counterbalance-Autostart"

_NOT_WINDOWS = "the Windows registry exists only on Windows"
_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


class AutostartError(Exception):
    """Turning autostart on or off failed.

    Attributes:
        action: ``"enable"`` or ``"disable"``.
        location: The file or registry key involved.
        reason: The operating system's explanation (e.g. ``Permission denied``).
    """

    def __init__(self, action: str, location: str, reason: str) -> None:
        """Record what failed, where and why."""
        self.action = action
        self.location = location
        self.reason = reason
        verb = {"enable": "turn on", "disable": "turn off"}.get(action, action)
        super().__init__(f"Could not {verb} start at login ({location}): {reason}")


def _reason(error: OSError) -> str:
    return error.strerror or str(error) or type(error).__name__


def _write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.chmod(0o644)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def launch_command(
    executable: str | None = None,
    *,
    frozen: bool | None = None,
    flatpak: bool | None = None,
) -> list[str]:
    """Return the command that starts this installation of the app.

    Args:
        executable: The interpreter or bundle executable; defaults to ``sys.executable``.
        frozen: Whether this is a PyInstaller bundle; defaults to ``sys.frozen``.
        flatpak: Whether this runs inside Flatpak (whose paths mean nothing outside the
            sandbox); defaults to whether ``/.flatpak-info`` exists.
    """
    in_flatpak = Path("/.flatpak-info").exists() if flatpak is None else flatpak
    if in_flatpak:
        return ["flatpak", "run", DESKTOP_ID]
    exe = executable or sys.executable
    is_frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    return [exe] if is_frozen else [exe, "-m", "desktop_app"]


# --- Linux and other XDG desktops ---------------------------------------------------------


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


class XdgAutostart:
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

    def enable(self, command: Sequence[str]) -> None:
        """Write (or rewrite) the entry so ``command`` runs at login."""
        if not command:
            raise ValueError("command must not be empty")
        try:
            _write_atomically(self.path, self.entry_text(command).encode("utf-8"))
        except OSError as error:
            raise AutostartError("enable", str(self.path), _reason(error)) from error

    def disable(self) -> None:
        """Remove the entry; a missing entry is not an error."""
        try:
            self.path.unlink(missing_ok=True)
        except OSError as error:
            raise AutostartError("disable", str(self.path), _reason(error)) from error


# --- Windows --------------------------------------------------------------------------------


class RunKey(Protocol):
    """The string values of the current user's ``Run`` registry key (injectable for tests)."""

    def get(self, name: str) -> str | None:
        """Return the value called ``name``, or None if there is none."""
        ...

    def set(self, name: str, value: str) -> None:
        """Create or replace the value called ``name``."""
        ...

    def delete(self, name: str) -> None:
        """Delete the value called ``name``; a missing value is not an error."""
        ...


class WinregRunKey:
    """The real HKCU Run key, through ``winreg`` (Windows only; elsewhere every call raises)."""

    def get(self, name: str) -> str | None:
        """Return the value called ``name``, or None if there is none."""
        if sys.platform == "win32":
            import winreg

            try:
                with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY_PATH) as key:
                    value, _kind = winreg.QueryValueEx(key, name)
            except FileNotFoundError:
                return None
            return str(value)
        raise OSError(_NOT_WINDOWS)

    def set(self, name: str, value: str) -> None:
        """Create or replace the value called ``name`` (REG_SZ)."""
        if sys.platform == "win32":
            import winreg

            with winreg.CreateKeyEx(
                winreg.HKEY_CURRENT_USER, RUN_KEY_PATH, 0, winreg.KEY_SET_VALUE
            ) as key:
                winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)
            return
        raise OSError(_NOT_WINDOWS)

    def delete(self, name: str) -> None:
        """Delete the value called ``name``; a missing value is not an error."""
        if sys.platform == "win32":
            import winreg

            try:
                with winreg.OpenKey(
                    winreg.HKEY_CURRENT_USER, RUN_KEY_PATH, 0, winreg.KEY_SET_VALUE
                ) as key:
                    winreg.DeleteValue(key, name)
            except FileNotFoundError:
                pass
            return
        raise OSError(_NOT_WINDOWS)


class WindowsAutostart:
    """A value named ``Counterbalance`` in the current user's Run key."""

    def __init__(self, run_key: RunKey | None = None) -> None:
        """Use ``run_key`` or the real registry."""
        self.run_key: RunKey = run_key if run_key is not None else WinregRunKey()
        self.location = "HKCU\\" + RUN_KEY_PATH + "\\" + RUN_VALUE_NAME

    def is_enabled(self) -> bool:
        """Return True if the Run value exists and is not empty."""
        try:
            return bool(self.run_key.get(RUN_VALUE_NAME))
        except OSError:
            return False

    def enable(self, command: Sequence[str]) -> None:
        """Set the Run value to ``command``, quoted by Windows rules."""
        if not command:
            raise ValueError("command must not be empty")
        try:
            self.run_key.set(RUN_VALUE_NAME, subprocess.list2cmdline(list(command)))
        except OSError as error:
            raise AutostartError("enable", self.location, _reason(error)) from error

    def disable(self) -> None:
        """Delete the Run value; a missing value is not an error."""
        try:
            self.run_key.delete(RUN_VALUE_NAME)
        except OSError as error:
            raise AutostartError("disable", self.location, _reason(error)) from error


# --- macOS ----------------------------------------------------------------------------------


class LaunchAgentAutostart:
    """A per-user LaunchAgent, ``~/Library/LaunchAgents/<DESKTOP_ID>.plist``."""

    def __init__(self, agents_dir: Path | None = None) -> None:
        """Use ``agents_dir`` or ``~/Library/LaunchAgents``."""
        base = agents_dir if agents_dir is not None else Path.home() / "Library" / "LaunchAgents"
        self.path = base / f"{DESKTOP_ID}.plist"

    def agent(self, command: Sequence[str]) -> dict[str, object]:
        """Return the LaunchAgent property list that runs ``command`` at login."""
        return {
            "Label": DESKTOP_ID,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            # Interactive: no App Nap-style throttling of a UI agent (borgbase/vorta #777).
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",
        }

    def is_enabled(self) -> bool:
        """Return True if the agent exists, parses, runs at load and is not disabled."""
        import plistlib  # macOS only: not loaded into the Linux tray process
        from xml.parsers.expat import ExpatError

        try:
            with self.path.open("rb") as handle:
                data = plistlib.load(handle)
        except (OSError, ValueError, ExpatError):  # InvalidFileException is a ValueError
            return False
        return (
            isinstance(data, dict)
            and data.get("RunAtLoad") is True
            and data.get("Disabled") is not True
            and bool(data.get("ProgramArguments"))
        )

    def enable(self, command: Sequence[str]) -> None:
        """Write (or rewrite) the agent so ``command`` runs at login."""
        if not command:
            raise ValueError("command must not be empty")
        import plistlib

        try:
            _write_atomically(self.path, plistlib.dumps(self.agent(command)))
        except OSError as error:
            raise AutostartError("enable", str(self.path), _reason(error)) from error

    def disable(self) -> None:
        """Remove the agent; a missing agent is not an error."""
        try:
            self.path.unlink(missing_ok=True)
        except OSError as error:
            raise AutostartError("disable", str(self.path), _reason(error)) from error


# --- the facade -----------------------------------------------------------------------------


class AutostartBackend(Protocol):
    """What every backend offers."""

    def is_enabled(self) -> bool:
        """Return True if the app starts at login."""
        ...

    def enable(self, command: Sequence[str]) -> None:
        """Make ``command`` run at login."""
        ...

    def disable(self) -> None:
        """Stop starting at login."""
        ...


class Autostart:
    """Start-at-login for the running OS (or an injected backend)."""

    def __init__(
        self, backend: AutostartBackend | None = None, platform: str | None = None
    ) -> None:
        """Use ``backend``, or the one for ``platform`` (default ``sys.platform``)."""
        self.backend: AutostartBackend = (
            backend if backend is not None else self.backend_for(platform or sys.platform)
        )

    @staticmethod
    def backend_for(platform: str) -> AutostartBackend:
        """Return the default backend for a ``sys.platform`` value."""
        if platform == "win32":
            return WindowsAutostart()
        if platform == "darwin":
            return LaunchAgentAutostart()
        return XdgAutostart()

    def is_enabled(self) -> bool:
        """Return True if the app starts at login; an unreadable entry counts as off."""
        return self.backend.is_enabled()

    def enable(self, command: list[str]) -> None:
        """Start ``command`` at login; raise AutostartError with the reason if that fails."""
        self.backend.enable(command)

    def disable(self) -> None:
        """Stop starting at login; raise AutostartError with the reason if that fails."""
        self.backend.disable()
