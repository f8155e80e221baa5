"""Single instance: lock first, then a per-user local server; stale locks do not block."""

import os
import subprocess
import sys
from pathlib import Path

from desktop_app.platform.single_instance import InstanceServer, send_command, server_name


def test_second_instance_is_refused_and_commands_reach_the_first(qtbot, tmp_path: Path) -> None:
    first = InstanceServer(tmp_path, tmp_path / "instance.lock")
    assert first.acquire()
    try:
        second = InstanceServer(tmp_path, tmp_path / "instance.lock")
        assert not second.acquire()
        received: list[str] = []
        first.command_received.connect(received.append)
        # send_command blocks; run it in a child process so our event loop can answer.
        code = (
            "import sys; from pathlib import Path; from PySide6.QtCore import QCoreApplication;"
            "from desktop_app.platform.single_instance import send_command;"
            "a = QCoreApplication([]);"
            f"sys.exit(0 if send_command(Path({str(tmp_path)!r}), 'break-now') else 3)"
        )
        proc = subprocess.Popen([sys.executable, "-c", code])
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=10_000)
        assert proc.returncode == 0
        assert received == ["break-now"]
    finally:
        first.release()


def test_nobody_listening_means_send_fails(qapp, tmp_path: Path) -> None:
    assert send_command(tmp_path, "break-now") is False


def test_stale_lock_after_kill_does_not_block(qapp, tmp_path: Path) -> None:
    code = (
        "import os, signal; from pathlib import Path; from PySide6.QtCore import QCoreApplication;"
        "from desktop_app.platform.single_instance import InstanceServer;"
        "a = QCoreApplication([]);"
        f"s = InstanceServer(Path({str(tmp_path)!r}), Path({str(tmp_path / 'instance.lock')!r}));"
        "assert s.acquire(); os.kill(os.getpid(), signal.SIGKILL)"
    )
    proc = subprocess.run([sys.executable, "-c", code], check=False)
    assert proc.returncode == -9
    assert (tmp_path / "instance.lock").exists()
    server = InstanceServer(tmp_path, tmp_path / "instance.lock")
    assert server.acquire(), "a lock left by a killed process must be taken over"
    server.release()


def test_server_name_is_per_user_and_per_data_dir(tmp_path: Path) -> None:
    a = server_name(tmp_path / "a")
    b = server_name(tmp_path / "b")
    assert a != b
    if hasattr(os, "getuid"):
        assert f"-{os.getuid()}-" in a


def test_unknown_command_is_rejected(tmp_path: Path) -> None:
    try:
        send_command(tmp_path, "rm -rf")
    except ValueError as exc:
        assert "unknown command" in str(exc)
    else:
        raise AssertionError("expected ValueError")
