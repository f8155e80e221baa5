"""Single instance: lock first, then a per-user endpoint; stale locks do not block."""

import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from desktop_app.platform.single_instance import (
    SOCKET_FILE,
    ClaimResult,
    CommandResult,
    InstanceServer,
    endpoints,
    private_runtime_dir,
    private_temp_dir,
    send_command,
)

CHILD_PRELUDE = (
    "import sys; from pathlib import Path; from PySide6.QtCore import QCoreApplication;"
    "from desktop_app.platform.single_instance import *;"
    "a = QCoreApplication([]);"
)


def _child(code: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", CHILD_PRELUDE + code])


def test_second_instance_hands_over_and_commands_reach_the_first(qtbot, tmp_path: Path) -> None:
    first = InstanceServer(tmp_path, tmp_path / "instance.lock")
    assert first.acquire() is ClaimResult.ACQUIRED
    try:
        received: list[str] = []
        first.command_received.connect(received.append)
        # The second process blocks on the socket; our event loop answers meanwhile.
        second = _child(
            f"d = Path({str(tmp_path)!r}); s = InstanceServer(d, d / 'instance.lock');"
            "sys.exit(0 if s.acquire() is ClaimResult.RUNNING else 3)"
        )
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=20_000)
        assert second.returncode == 0
        command = _child(
            f"sys.exit(0 if send_command(Path({str(tmp_path)!r}), 'break-now') "
            "is CommandResult.DELIVERED else 3)"
        )
        qtbot.waitUntil(lambda: command.poll() is not None, timeout=10_000)
        assert command.returncode == 0
        assert received == ["activate", "break-now"]
    finally:
        first.release()


def test_nobody_listening_means_no_instance(qapp, tmp_path: Path) -> None:
    assert send_command(tmp_path, "break-now") is CommandResult.NO_INSTANCE


def test_stale_lock_after_kill_does_not_block(qapp, tmp_path: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            CHILD_PRELUDE + "import os, signal;"
            f"d = Path({str(tmp_path)!r}); s = InstanceServer(d, d / 'instance.lock');"
            "assert s.acquire() is ClaimResult.ACQUIRED; os.kill(os.getpid(), signal.SIGKILL)",
        ],
        check=False,
    )
    assert proc.returncode == -9
    assert (tmp_path / "instance.lock").exists()
    server = InstanceServer(tmp_path, tmp_path / "instance.lock")
    assert server.acquire() is ClaimResult.ACQUIRED, "a lock left by a kill -9 is taken over"
    server.release()


def test_the_endpoint_is_in_the_data_dir_or_the_private_runtime_dir(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    assert endpoints(tmp_path / "a") == [str((tmp_path / "a").resolve() / SOCKET_FILE)]
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    found = endpoints(tmp_path / "a")
    assert found[0].startswith(str(runtime) + "/") and found[1].endswith(SOCKET_FILE)
    assert endpoints(tmp_path / "b")[0] != found[0]
    # A runtime dir others can write is not used.
    runtime.chmod(0o1777)
    assert endpoints(tmp_path / "a") == [str((tmp_path / "a").resolve() / SOCKET_FILE)]
    assert not any(p.startswith("/tmp/counterbalance") for p in found)
    if hasattr(os, "getuid"):
        assert all(len(os.fsencode(p)) <= 100 for p in found)


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX owners and modes")
def test_a_private_folder_is_a_real_folder_of_ours_open_to_no_one_else(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = tmp_path / "run"
    real.mkdir(mode=0o700)
    link = tmp_path / "link"
    link.symlink_to(real)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(real))
    assert private_runtime_dir() == real
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(link))
    assert private_runtime_dir() is None  # a link is not the folder itself
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(real))
    real.chmod(0o750)
    assert private_runtime_dir() is None  # the group may look in
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    made = private_temp_dir()
    assert made == tmp_path / f"counterbalance-{os.geteuid()}"
    assert stat.S_IMODE(made.lstat().st_mode) == 0o700
    made.chmod(0o755)  # as if pre-created open to others: not used
    assert private_temp_dir() is None


def test_unknown_command_is_rejected(tmp_path: Path) -> None:
    try:
        send_command(tmp_path, "rm -rf")
    except ValueError as exc:
        assert "unknown command" in str(exc)
    else:
        raise AssertionError("expected ValueError")
