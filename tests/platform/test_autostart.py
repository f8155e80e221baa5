"""Start at login on all three OSes, tested on any OS through injected paths and registry."""

from __future__ import annotations

import plistlib
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.platform.autostart import Autostart, launch_command
from desktop_app.platform.autostart_backend import DESKTOP_ID, AutostartError
from desktop_app.platform.autostart_macos import LaunchAgentAutostart
from desktop_app.platform.autostart_windows import RUN_VALUE_NAME, WindowsAutostart, WinregRunKey
from desktop_app.platform.autostart_xdg import (
    XdgAutostart,
    exec_value,
    parse_exec_value,
    read_desktop_group,
)

TRICKY = ["/opt/My Apps/counterbalance", "--data-dir", '/home/a "b"/$HOME/100%\\x', ""]


class FakeRunKey:
    """An in-memory Run key that can be told to fail."""

    def __init__(self, error: OSError | None = None) -> None:
        self.values: dict[str, str] = {}
        self.error = error

    def get(self, name: str) -> str | None:
        if self.error:
            raise self.error
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        if self.error:
            raise self.error
        self.values[name] = value

    def delete(self, name: str) -> None:
        if self.error:
            raise self.error
        self.values.pop(name, None)


# --- XDG -------------------------------------------------------------------------------------


def test_xdg_enable_writes_entry_that_runs_the_command(tmp_path: Path) -> None:
    backend = XdgAutostart(tmp_path)
    assert not backend.is_enabled()

    backend.enable(TRICKY)

    entry = tmp_path / "autostart" / "counterbalance.desktop"
    assert backend.path == entry
    keys = read_desktop_group(entry.read_text(encoding="utf-8"))
    assert keys["Type"] == "Application"
    assert keys["Name"] == "Counterbalance"
    assert keys["Icon"] == DESKTOP_ID
    assert parse_exec_value(keys["Exec"]) == TRICKY
    assert backend.is_enabled()
    assert [p.name for p in entry.parent.iterdir()] == ["counterbalance.desktop"]  # no temp left


def test_xdg_enable_twice_replaces_the_command(tmp_path: Path) -> None:
    backend = XdgAutostart(tmp_path)
    backend.enable(["/old/counterbalance"])
    backend.enable(["/new/counterbalance", "--time-scale", "1"])
    keys = read_desktop_group(backend.path.read_text(encoding="utf-8"))
    assert parse_exec_value(keys["Exec"]) == ["/new/counterbalance", "--time-scale", "1"]


def test_xdg_disable_removes_entry_and_tolerates_missing(tmp_path: Path) -> None:
    backend = XdgAutostart(tmp_path)
    backend.enable(["counterbalance"])
    backend.disable()
    assert not backend.path.exists()
    assert not backend.is_enabled()
    backend.disable()  # already off: still fine


@pytest.mark.parametrize(
    ("extra", "enabled"),
    [
        ("Hidden=true\n", False),
        ("X-GNOME-Autostart-enabled=false\n", False),
        ("Hidden=false\n", True),
    ],
)
def test_xdg_entry_switched_off_by_desktop_counts_as_off(
    tmp_path: Path, extra: str, enabled: bool
) -> None:
    backend = XdgAutostart(tmp_path)
    backend.enable(["counterbalance"])
    text = backend.path.read_text(encoding="utf-8").replace("X-GNOME-Autostart-enabled=true\n", "")
    backend.path.write_text(text + extra, encoding="utf-8")
    assert backend.is_enabled() is enabled


def test_xdg_garbage_entry_counts_as_off_and_enable_repairs_it(tmp_path: Path) -> None:
    backend = XdgAutostart(tmp_path)
    backend.path.parent.mkdir(parents=True)
    backend.path.write_bytes(b"\xff\xfe\x00garbage")
    assert not backend.is_enabled()
    backend.enable(["counterbalance"])
    assert backend.is_enabled()


def test_xdg_uses_xdg_config_home_and_ignores_a_relative_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    assert XdgAutostart().path == tmp_path / "cfg" / "autostart" / "counterbalance.desktop"
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/cfg")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert XdgAutostart().path == tmp_path / "home" / ".config" / "autostart" / (
        "counterbalance.desktop"
    )


def test_xdg_enable_failure_raises_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "cfg"
    blocker.write_text("a file where a directory should be", encoding="utf-8")
    backend = XdgAutostart(blocker)
    with pytest.raises(AutostartError) as caught:
        backend.enable(["counterbalance"])
    assert caught.value.action == "enable"
    assert caught.value.location == str(backend.path)
    assert caught.value.reason  # the OS's explanation, e.g. "Not a directory"
    assert "Could not turn on start at login" in str(caught.value)
    assert not backend.is_enabled()


def test_xdg_disable_failure_raises_clear_error(tmp_path: Path) -> None:
    backend = XdgAutostart(tmp_path)
    backend.path.mkdir(parents=True)  # a directory cannot be unlinked
    with pytest.raises(AutostartError) as caught:
        backend.disable()
    assert caught.value.action == "disable"
    assert "Could not turn off start at login" in str(caught.value)


def test_empty_command_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="empty"):
        XdgAutostart(tmp_path).enable([])
    assert not (tmp_path / "autostart").exists()


def test_control_characters_cannot_reach_an_entry(tmp_path: Path) -> None:
    backend = XdgAutostart(tmp_path)
    with pytest.raises(ValueError, match="control character"):
        backend.enable(["counterbalance", "--data-dir", "a\nExec=evil"])
    assert not backend.path.exists()


def test_exec_value_escapes_as_the_spec_requires() -> None:
    assert exec_value(["counterbalance"]) == "counterbalance"
    assert exec_value(["/a b/c"]) == '"/a b/c"'
    assert exec_value(["50%"]) == "50%%"
    # Inside quotes: \" \` \$ \\ ; then the string-key rule doubles every backslash.
    assert exec_value(['x"y']) == '"x\\\\"y"'
    assert exec_value(["a\\b"]) == '"a\\\\\\\\b"'


printable = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs")), min_size=0, max_size=20
)


@given(st.lists(printable, min_size=1, max_size=5))
def test_exec_value_round_trips(args: list[str]) -> None:
    assert parse_exec_value(exec_value(args)) == args


# --- Windows ---------------------------------------------------------------------------------


def test_windows_enable_sets_run_value_quoted_for_windows() -> None:
    key = FakeRunKey()
    backend = WindowsAutostart(key)
    assert not backend.is_enabled()

    backend.enable([r"C:\Users\A B\AppData\Local\Programs\Counterbalance\Counterbalance.exe"])

    assert key.values == {
        RUN_VALUE_NAME: r'"C:\Users\A B\AppData\Local\Programs\Counterbalance\Counterbalance.exe"'
    }
    assert backend.is_enabled()
    backend.disable()
    assert key.values == {}
    assert not backend.is_enabled()
    backend.disable()


def test_windows_registry_failure_raises_clear_error() -> None:
    backend = WindowsAutostart(FakeRunKey(PermissionError(13, "Access is denied")))
    assert not backend.is_enabled()
    with pytest.raises(AutostartError) as caught:
        backend.enable(["Counterbalance.exe"])
    assert caught.value.reason == "Access is denied"
    assert caught.value.location.endswith(r"CurrentVersion\Run\Counterbalance")
    with pytest.raises(AutostartError):
        backend.disable()


@pytest.mark.skipif(sys.platform == "win32", reason="would write the real registry")
def test_real_registry_off_windows_gives_an_error_not_a_crash() -> None:
    backend = WindowsAutostart(WinregRunKey())
    assert not backend.is_enabled()
    with pytest.raises(AutostartError, match="only on Windows"):
        backend.enable(["Counterbalance.exe"])


# --- macOS -----------------------------------------------------------------------------------


def test_launch_agent_enable_writes_valid_plist(tmp_path: Path) -> None:
    backend = LaunchAgentAutostart(tmp_path)
    assert not backend.is_enabled()
    command = ["/Applications/Counterbalance.app/Contents/MacOS/Counterbalance"]

    backend.enable(command)

    assert backend.path == tmp_path / f"{DESKTOP_ID}.plist"
    data = plistlib.loads(backend.path.read_bytes())
    assert data["Label"] == DESKTOP_ID
    assert data["ProgramArguments"] == command
    assert data["RunAtLoad"] is True
    assert backend.is_enabled()
    backend.disable()
    assert not backend.path.exists()
    backend.disable()


def test_launch_agent_disabled_or_corrupt_counts_as_off(tmp_path: Path) -> None:
    backend = LaunchAgentAutostart(tmp_path)
    backend.enable(["counterbalance"])
    data = plistlib.loads(backend.path.read_bytes())
    backend.path.write_bytes(plistlib.dumps({**data, "Disabled": True}))
    assert not backend.is_enabled()
    backend.path.write_bytes(b"<?xml version='1.0'?><plist><dict><key>")
    assert not backend.is_enabled()
    backend.enable(["counterbalance"])
    assert backend.is_enabled()


def test_launch_agent_failure_raises_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "LaunchAgents"
    blocker.write_text("not a directory", encoding="utf-8")
    with pytest.raises(AutostartError) as caught:
        LaunchAgentAutostart(blocker).enable(["counterbalance"])
    assert caught.value.action == "enable"


# --- facade and command ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("platform", "kind"),
    [
        ("linux", XdgAutostart),
        ("freebsd14", XdgAutostart),
        ("win32", WindowsAutostart),
        ("darwin", LaunchAgentAutostart),
    ],
)
def test_autostart_picks_backend_for_platform(platform: str, kind: type) -> None:
    assert isinstance(Autostart(platform=platform).backend, kind)


def test_autostart_delegates_to_injected_backend(tmp_path: Path) -> None:
    autostart = Autostart(XdgAutostart(tmp_path))
    autostart.enable(["counterbalance"])
    assert autostart.is_enabled()
    autostart.disable()
    assert not autostart.is_enabled()


def test_launch_command_for_source_bundle_and_flatpak() -> None:
    assert launch_command("/usr/bin/python3", frozen=False, flatpak=False) == [
        "/usr/bin/python3",
        "-m",
        "desktop_app",
    ]
    assert launch_command("/opt/counterbalance/counterbalance", frozen=True, flatpak=False) == [
        "/opt/counterbalance/counterbalance"
    ]
    assert launch_command("/usr/bin/python3", frozen=False, flatpak=True) == [
        "flatpak",
        "run",
        DESKTOP_ID,
    ]
