"""Finding a sound server before Qt Multimedia is loaded (it connects only once)."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest

from desktop_app.platform import sound_server
from desktop_app.platform.sound_server import (
    SYSTEM_PULSE_SOCKET,
    sound_server_available,
    sound_server_sockets,
)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux sockets")


def _listening(path: Path) -> socket.socket:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(1)
    return server


def test_the_default_sockets_are_pulse_then_pipewire_in_the_runtime_dir(tmp_path: Path) -> None:
    env = {"XDG_RUNTIME_DIR": str(tmp_path)}
    assert sound_server_sockets(env) == [
        tmp_path / "pulse" / "native",
        tmp_path / "pipewire-0",
        SYSTEM_PULSE_SOCKET,
    ]
    env["PULSE_RUNTIME_PATH"] = str(tmp_path / "elsewhere")
    assert sound_server_sockets(env)[0] == tmp_path / "elsewhere" / "native"


def test_no_socket_means_no_server_and_a_listening_one_is_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Whatever runs on this machine: no system-wide server either.
    monkeypatch.setattr(sound_server, "SYSTEM_PULSE_SOCKET", tmp_path / "system" / "native")
    env = {"XDG_RUNTIME_DIR": str(tmp_path)}
    assert not sound_server_available(env)
    (tmp_path / "pulse").mkdir()
    with _listening(tmp_path / "pulse" / "native"):
        assert sound_server_available(env)


def test_a_stale_socket_file_is_no_server(tmp_path: Path) -> None:
    path = tmp_path / "native"
    _listening(path).close()  # the file stays, nobody listens
    assert path.is_socket()
    assert not sound_server_available({"PULSE_SERVER": f"unix:{path}"})


def test_pulse_server_overrides_the_runtime_dir(tmp_path: Path) -> None:
    (tmp_path / "pulse").mkdir()
    with _listening(tmp_path / "pulse" / "native"):
        env = {"XDG_RUNTIME_DIR": str(tmp_path), "PULSE_SERVER": f"unix:{tmp_path}/other"}
        assert not sound_server_available(env)


def test_a_remote_pulse_server_is_left_to_qt(tmp_path: Path) -> None:
    assert sound_server_available({"PULSE_SERVER": "tcp:audio.example:4713"})
