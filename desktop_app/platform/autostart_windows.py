"""Start at login on Windows: a value in the current user's ``Run`` registry key.

The key is reached through an injectable :class:`RunKey`, so the backend is tested on
any OS; :class:`WinregRunKey` is the real registry (every call raises off Windows).
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from typing import Protocol

from desktop_app import APP_NAME
from desktop_app.platform.autostart_backend import AutostartError, os_reason

#: Value name below HKCU\Software\Microsoft\Windows\CurrentVersion\Run.
RUN_VALUE_NAME = APP_NAME
RUN_KEY_PATH = r"Software\Microsoft\Windows\CurrentVersion\Run"

_NOT_WINDOWS = "the Windows registry exists only on Windows"


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
            raise AutostartError("enable", self.location, os_reason(error)) from error

    def disable(self) -> None:
        """Delete the Run value; a missing value is not an error."""
        try:
            self.run_key.delete(RUN_VALUE_NAME)
        except OSError as error:
            raise AutostartError("disable", self.location, os_reason(error)) from error
