"""The single instance's Unix socket: private, one short line, no QtNetwork (issue 13 §4)."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop_app.platform.instance_protocol import MAX_MESSAGE_BYTES
from desktop_app.platform.single_instance import (
    SOCKET_FILE,
    ClaimResult,
    InstanceServer,
    endpoints,
)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="Unix sockets")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def server(qapp, tmp_path: Path, monkeypatch):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    instance = InstanceServer(tmp_path, tmp_path / "instance.lock")
    assert instance.acquire() is ClaimResult.ACQUIRED
    yield instance
    instance.release()


def _talk(path: str, data: bytes) -> bytes:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(10)
        client.connect(path)
        client.sendall(data)
        reply = b""
        while chunk := client.recv(64):
            reply += chunk
        return reply


def test_only_the_user_may_connect_to_the_socket(server, tmp_path: Path) -> None:
    mode = (tmp_path / SOCKET_FILE).stat().st_mode
    assert stat.S_ISSOCK(mode) and stat.S_IMODE(mode) == 0o600


def test_a_command_is_answered_then_passed_on(server, qtbot) -> None:
    received: list[str] = []
    server.command_received.connect(received.append)
    reply: list[bytes] = []
    # The client blocks in another thread while the event loop here answers.

    worker = threading.Thread(target=lambda: reply.append(_talk(server.name, b"settings\n")))
    worker.start()
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=10_000)
    assert reply == [b"ok\n"] and received == ["settings"]


def test_unknown_and_overlong_lines_are_refused(server, qtbot) -> None:
    received: list[str] = []
    server.command_received.connect(received.append)
    replies: list[bytes] = []

    def talk() -> None:
        replies.append(_talk(server.name, b"rm -rf\n"))
        try:  # dropped unread: the peer sees the end of the stream or a reset
            replies.append(_talk(server.name, b"x" * (MAX_MESSAGE_BYTES + 10)))
        except (ConnectionResetError, BrokenPipeError):
            replies.append(b"")

    worker = threading.Thread(target=talk)
    worker.start()
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=10_000)
    assert replies == [b"unknown\n", b""] and received == []


def test_a_file_that_is_not_a_socket_is_left_alone(qapp, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    squatter = tmp_path / SOCKET_FILE
    squatter.write_text("not a socket")
    instance = InstanceServer(tmp_path, tmp_path / "instance.lock")
    assert instance.acquire() is ClaimResult.FAILED
    assert squatter.read_text() == "not a socket"
    assert endpoints(tmp_path)[0] in instance.problem


def test_the_instance_listens_without_qtnetwork(tmp_path: Path) -> None:
    code = (
        "import sys; from pathlib import Path; from PySide6.QtCore import QCoreApplication\n"
        "from desktop_app.platform.single_instance import InstanceServer, ClaimResult\n"
        "a = QCoreApplication([])\n"
        f"d = Path({str(tmp_path)!r}); s = InstanceServer(d, d / 'instance.lock')\n"
        "assert s.acquire() is ClaimResult.ACQUIRED\n"
        "print('PySide6.QtNetwork' in sys.modules); s.release()\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "XDG_RUNTIME_DIR"}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
    assert not (tmp_path / SOCKET_FILE).exists(), "release removes the socket"
