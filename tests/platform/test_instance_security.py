"""No other user can block or impersonate the user's instance; a silent lock is explained.

Real sockets, a second real user (created when running as root, as CI does) and real
lock-holding processes.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.platform.single_instance import (
    SOCKET_FILE,
    ClaimResult,
    CommandResult,
    InstanceServer,
    send_command,
    server_name,
)
from tests.helpers.other_user import other_user

ROOT = str(Path(__file__).resolve().parents[2])
posix_only = pytest.mark.skipif(os.name != "posix", reason="Unix sockets and uids")

FAKE_LISTENER = """
import socket
srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
srv.bind({path!r})
srv.listen(5)
open({ready!r}, "w").close()
while True:
    conn, _ = srv.accept()
    conn.settimeout(5)
    try:
        data = conn.recv(256)
    except OSError:
        data = b""
    with open({log!r}, "ab") as out:
        out.write(data)
    try:
        conn.sendall(b"ok\\n")
    except OSError:
        pass
    conn.close()
"""


def _wait_for(path: Path, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while not path.exists():
        assert proc.poll() is None, "the helper process ended early"
        assert time.monotonic() < deadline, f"{path} never appeared"
        time.sleep(0.05)


@posix_only
def test_another_users_listener_at_the_endpoint_gets_nothing(qapp, tmp_path, shared_tmp) -> None:
    other = other_user()
    theirs = shared_tmp / "theirs"
    theirs.mkdir()
    os.chown(theirs, other.uid, other.gid)
    fake_sock, ready, log = theirs / "fake.sock", theirs / "ready", theirs / "received"
    fake = other.python(
        FAKE_LISTENER.format(path=str(fake_sock), ready=str(ready), log=str(log)),
        preload=["socket"],
    )
    try:
        _wait_for(ready, fake)
        data = tmp_path / "data"
        data.mkdir(mode=0o700)
        # However it got there, another user's process now listens at the endpoint.
        os.rename(fake_sock, data / SOCKET_FILE)
        assert send_command(data, "quit") is CommandResult.IMPERSONATOR
        assert send_command(data, "break-now") is CommandResult.IMPERSONATOR
        time.sleep(0.2)
        assert not log.exists() or log.read_bytes() == b"", "a command reached the fake"
        done = subprocess.run(
            [sys.executable, "-m", "desktop_app", "--data-dir", str(data), "quit"],
            capture_output=True,
            text=True,
            check=False,
            cwd=ROOT,
        )
        # The CLI refuses even earlier: the data dir holds another user's file.
        assert done.returncode == 2
        assert "holds files of another user" in done.stderr and "instance.sock" in done.stderr
        assert not log.exists() or log.read_bytes() == b"", "a command reached the fake"
    finally:
        fake.kill()
        fake.wait()


@posix_only
def test_commands_from_another_user_are_ignored(qtbot, tmp_path, shared_tmp) -> None:
    other = other_user()
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    server = InstanceServer(data, data / "instance.lock")
    assert server.acquire() is ClaimResult.ACQUIRED
    received: list[str] = []
    server.command_received.connect(received.append)
    try:
        # Defence in depth: even if the socket were reachable, the peer's uid is checked.
        reachable = shared_tmp / "reachable.sock"
        os.link(data / SOCKET_FILE, reachable)
        reachable.chmod(0o777)
        client = other.python(
            "import socket\n"
            "s = socket.socket(socket.AF_UNIX)\n"
            f"s.connect({str(reachable)!r})\n"
            "s.settimeout(10)\n"
            "try:\n    s.sendall(b'quit\\n'); reply = s.recv(64)\n"
            "except OSError:\n    reply = b'error'\n"
            f"print(repr(reply))\n",
            preload=["socket"],
            stdout=subprocess.PIPE,
        )
        qtbot.waitUntil(lambda: client.poll() is not None, timeout=20_000)
        out = client.stdout.read() if client.stdout else b""
        assert client.returncode == 0
        assert b"ok" not in out
        qtbot.wait(100)
        assert received == []
        # The user's own command still works.
        own = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "import sys; from pathlib import Path; from PySide6.QtCore import QCoreApplication;"
                "from desktop_app.platform.single_instance import send_command, CommandResult;"
                "a = QCoreApplication([]);"
                f"sys.exit(0 if send_command(Path({str(data)!r}), 'progress') "
                "is CommandResult.DELIVERED else 3)",
            ],
            cwd=ROOT,
        )
        qtbot.waitUntil(lambda: own.poll() is not None, timeout=20_000)
        assert own.returncode == 0 and received == ["progress"]
    finally:
        server.release()


@posix_only
def test_a_name_squatted_in_tmp_does_not_block_the_instance(qapp, tmp_path, shared_tmp) -> None:
    other = other_user()
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    # The name the old versions used in shared /tmp, computable by anyone.
    squatted = Path("/tmp") / server_name(data)
    ready, log = shared_tmp / "ready", shared_tmp / "received"
    shared_tmp.chmod(0o777)
    fake = other.python(
        FAKE_LISTENER.format(path=str(squatted), ready=str(ready), log=str(log)),
        preload=["socket"],
    )
    try:
        _wait_for(ready, fake)
        server = InstanceServer(data, data / "instance.lock")
        assert server.acquire() is ClaimResult.ACQUIRED
        assert server.name == str(data / SOCKET_FILE)
        assert squatted.exists(), "another user's socket is left alone"
        server.release()
    finally:
        fake.kill()
        fake.wait()
        squatted.unlink(missing_ok=True)


def _hold_lock(lock: Path, words: str) -> subprocess.Popen[bytes]:
    """A live process that takes the lock and never answers (``words`` in its cmdline)."""
    ready = lock.with_name("holder-ready")
    code = (
        f"# {words}\n"
        "import time\n"
        "from PySide6.QtCore import QLockFile\n"
        f"l = QLockFile({str(lock)!r}); l.setStaleLockTime(0); assert l.tryLock(1000)\n"
        f"open({str(ready)!r}, 'w').close()\n"
        "time.sleep(120)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code])
    _wait_for(ready, proc)
    return proc


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs /proc")
def test_a_lock_naming_a_live_unrelated_process_is_taken_over(qapp, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    holder = _hold_lock(data / "instance.lock", "some other program")
    try:
        server = InstanceServer(data, data / "instance.lock")
        assert server.acquire() is ClaimResult.ACQUIRED
        assert send_command(data, "activate") is not CommandResult.IMPERSONATOR
        server.release()
    finally:
        holder.kill()
        holder.wait()


def test_a_silent_counterbalance_holding_the_lock_is_said_on_screen(qtbot, tmp_path: Path) -> None:
    from desktop_app.app import EXIT_NOT_STARTED, run_app

    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    holder = _hold_lock(data / "instance.lock", "desktop_app frozen")
    shown: list[tuple[str, str]] = []

    give_up = time.monotonic() + 20

    def close_box() -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        boxes = [w for w in app.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        # Boxes left open by earlier tests in this process are not this start's answer;
        # after a while any box is closed (and recorded) so that a wrong one fails, not hangs.
        mine = [b for b in boxes if "Not started" in b.windowTitle()]
        if not mine and time.monotonic() < give_up:
            QTimer.singleShot(50, close_box)
            return
        for box in mine or boxes:
            shown.append((box.windowTitle(), box.text()))
            box.close()

    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    umask = os.umask(0o022)
    os.umask(umask)
    try:
        QTimer.singleShot(50, close_box)
        code = run_app(data)
    finally:
        os.umask(umask)
        root.handlers[:] = handlers
        root.setLevel(level)
        holder.kill()
        holder.wait()
    assert code == EXIT_NOT_STARTED
    assert len(shown) == 1
    title, text = shown[0]
    assert "Not started" in title
    assert f"process {holder.pid}" in text and "does not answer" in text
    assert str(data / "instance.lock") in text


@posix_only
def test_an_unusable_data_dir_is_said_on_screen(qtbot, shared_tmp: Path) -> None:
    from desktop_app.app import EXIT_DATA_DIR, run_app

    other = other_user()
    theirs = shared_tmp / "theirs"
    theirs.mkdir(mode=0o755)
    os.chown(theirs, other.uid, other.gid)
    shown: list[str] = []

    def close_box() -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        boxes = [w for w in app.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            QTimer.singleShot(50, close_box)
            return
        shown.append(boxes[0].text())
        boxes[0].close()

    QTimer.singleShot(50, close_box)
    assert run_app(theirs) == EXIT_DATA_DIR
    assert len(shown) == 1 and "belongs to another user, cb-other" in shown[0]
