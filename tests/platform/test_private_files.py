"""The link rule for our own files, and refusing a data dir that is not the user's own.

Real symlinks, real FIFOs, real shared folders, and a second real user (created when the
tests run as root, as CI does).
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.core.settings import Settings
from desktop_app.platform.paths import (
    DataDirRefusedError,
    DataPaths,
    UnsafeLinkError,
    checked_target,
    write_private_file,
)
from desktop_app.platform.settings_file import SettingsFile, SettingsSaveError
from desktop_app.scheduling.policy_state_file import PolicyStateFile
from tests.helpers.other_user import other_user

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX owners and modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


# ---------------------------------------------------------------- the link rule


def test_a_link_to_a_file_outside_home_is_neither_read_nor_written(tmp_path: Path) -> None:
    # The victim stands for /etc/passwd: a file outside the user's home and data dir.
    outside = tmp_path / "outside"
    outside.mkdir()
    victim = outside / "passwd"
    victim.write_text("root:x:0:0:root:/root:/bin/bash\n")
    data = tmp_path / "data"
    data.mkdir()
    link = data / "settings.json"
    link.symlink_to(victim)
    if Path.home().resolve() in victim.parents:
        pytest.skip("the test folder lies inside the home folder")
    settings_file = SettingsFile(link)
    settings, message = settings_file.load()
    assert settings == Settings()
    assert message is not None and "symbolic link" in message and "outside your home" in message
    assert victim.read_text() == "root:x:0:0:root:/root:/bin/bash\n"
    settings_file.save(Settings(interval_min=40))
    # The target is untouched; the link itself was renamed aside, and a regular file
    # holds the settings now.
    assert victim.read_text() == "root:x:0:0:root:/root:/bin/bash\n"
    assert settings_file.backup_path.is_symlink()
    assert not link.is_symlink()
    assert json.loads(link.read_text())["interval_min"] == 40
    assert _mode(link) == 0o600


def test_a_link_inside_the_data_dir_to_an_own_file_is_followed_and_replaced(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    (data / "real").mkdir(parents=True)
    target = data / "real" / "settings.json"
    SettingsFile(target).save(Settings(interval_min=35))
    link = data / "settings.json"
    link.symlink_to(target)
    settings_file = SettingsFile(link)
    assert settings_file.load() == (Settings(interval_min=35), None)
    settings_file.save(Settings(interval_min=50))
    assert link.is_symlink(), "a link the rule allows stays a link"
    assert json.loads(target.read_text())["interval_min"] == 50
    assert _mode(target) == 0o600


def test_dangling_link_and_link_to_a_folder_are_refused(tmp_path: Path) -> None:
    (tmp_path / "dangling").symlink_to(tmp_path / "nothing-here")
    (tmp_path / "folder").mkdir()
    (tmp_path / "to-folder").symlink_to(tmp_path / "folder")
    for name in ("dangling", "to-folder"):
        with pytest.raises(UnsafeLinkError):
            checked_target(tmp_path / name)
    with pytest.raises(UnsafeLinkError):
        write_private_file(tmp_path / "dangling", b"x")
    assert not (tmp_path / "nothing-here").exists()


@posix_only
def test_as_root_a_link_to_another_users_file_is_never_overwritten(tmp_path: Path) -> None:
    other = other_user()
    data = tmp_path / "data"
    data.mkdir()
    victim = data / "their-file"
    victim.write_text("theirs\n")
    os.chown(victim, other.uid, other.gid)
    link = data / "policy_state.json"
    link.symlink_to(victim)
    with pytest.raises(UnsafeLinkError, match="belongs to cb-other"):
        checked_target(link)
    state_file = PolicyStateFile(link)
    assert state_file.load() is None
    from datetime import UTC, datetime

    from desktop_app.core.policy import PersistedPolicyState

    state_file.save(PersistedPolicyState(saved_at=datetime(2026, 3, 2, tzinfo=UTC), active_s=7))
    assert victim.read_text() == "theirs\n"
    assert victim.stat().st_uid == other.uid
    assert not link.is_symlink() and json.loads(link.read_text())["active_s"] == 7


@posix_only
def test_as_root_a_link_planted_by_another_user_is_refused(tmp_path: Path) -> None:
    other = other_user()
    data = tmp_path / "data"
    data.mkdir()
    mine = data / "mine.json"
    mine.write_text("{}")
    link = data / "settings.json"
    link.symlink_to(mine)
    os.lchown(link, other.uid, other.gid)
    with pytest.raises(UnsafeLinkError, match="the link belongs to cb-other"):
        checked_target(link)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_a_fifo_settings_file_does_not_hang_and_is_moved_aside(tmp_path: Path) -> None:
    fifo = tmp_path / "settings.json"
    os.mkfifo(fifo)
    settings_file = SettingsFile(fifo)
    settings, message = settings_file.load()
    assert settings == Settings() and message is not None and "named pipe" in message
    settings_file.save(Settings())
    assert stat.S_ISFIFO(settings_file.backup_path.lstat().st_mode)
    assert fifo.is_file()


def test_settings_nested_100k_levels_are_damaged_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    raw = b'{"a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    path.write_bytes(raw)
    settings_file = SettingsFile(path)
    settings, message = settings_file.load()
    assert settings == Settings() and message is not None and "damaged" in message
    assert settings_file.backup_path.read_bytes() == raw


def test_policy_state_nested_100k_levels_starts_a_fresh_count(tmp_path: Path) -> None:
    path = tmp_path / "policy_state.json"
    path.write_bytes(b'{"saved_at": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")
    assert PolicyStateFile(path).load() is None


def test_a_huge_settings_file_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b'{"interval_min": 30' + b" " * (2 * 1024 * 1024) + b"}")
    settings, message = SettingsFile(path).load()
    assert settings == Settings() and message is not None and "too large" in message


def test_an_unsafe_backup_link_stops_the_save_and_changes_nothing(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    victim = outside / "victim"
    victim.write_text("keep\n")
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text("{not json")
    (data / "settings.json.bak").symlink_to(victim)
    if Path.home().resolve() in victim.parents:
        pytest.skip("the test folder lies inside the home folder")
    settings_file = SettingsFile(data / "settings.json")
    _settings, message = settings_file.load()
    assert message is not None and "left as it is" in message
    assert victim.read_text() == "keep\n"
    assert (data / "settings.json").read_text() == "{not json"
    with pytest.raises(SettingsSaveError):
        settings_file.save(Settings())
    assert (data / "settings.json").read_text() == "{not json"
    assert victim.read_text() == "keep\n"


# ---------------------------------------------------------------- the data dir


@posix_only
def test_a_shared_1777_folder_with_other_users_files_is_refused_unchanged(
    shared_tmp: Path,
) -> None:
    other = other_user()
    shared = shared_tmp / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    # The other user puts a file there, as they would in /tmp.
    done = other.run(["touch", str(shared / "theirs.txt")])
    assert done.returncode == 0
    with pytest.raises(DataDirRefusedError, match="holds files of another user"):
        DataPaths.create(shared)
    assert _mode(shared) == 0o1777


@posix_only
def test_a_folder_of_another_user_is_refused_unchanged(tmp_path: Path) -> None:
    other = other_user()
    theirs = tmp_path / "theirs"
    theirs.mkdir(mode=0o755)
    theirs.chmod(0o755)
    os.chown(theirs, other.uid, other.gid)
    with pytest.raises(DataDirRefusedError, match="belongs to another user, cb-other"):
        DataPaths.create(theirs)
    assert _mode(theirs) == 0o755 and theirs.stat().st_uid == other.uid


@posix_only
def test_the_cli_says_why_and_exits_non_zero_for_a_shared_folder(shared_tmp: Path) -> None:
    other = other_user()
    shared = shared_tmp / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    assert other.run(["touch", str(shared / "theirs.txt")]).returncode == 0
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(shared), "stats"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "holds files of another user" in done.stderr
    assert _mode(shared) == 0o1777


@posix_only
def test_an_own_folder_is_made_private(tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    mine.chmod(0o755)
    (mine / "notes.txt").write_text("x")
    paths = DataPaths.create(mine)
    assert _mode(paths.root) == 0o700


@posix_only
def test_as_another_user_the_root_owned_1777_folder_is_refused(shared_tmp: Path) -> None:
    other = other_user()
    shared = shared_tmp / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    code = (
        "from pathlib import Path\n"
        "from desktop_app.platform.paths import DataPaths, DataDirRefusedError\n"
        "try:\n"
        f"    DataPaths.create(Path({str(shared)!r}))\n"
        "except DataDirRefusedError as exc:\n"
        "    print(exc); sys.exit(2)\n"
    )
    proc = other.python(
        code,
        preload=["desktop_app.platform.paths", "pwd", "pathlib"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=str(Path(__file__).resolve().parents[2]),
    )
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 2, err
    assert b"belongs to another user, root" in out
    assert _mode(shared) == 0o1777


# ---------------------------------------------------------------- the log file


def _configure_logging_keeping_pytests_handlers(paths: DataPaths) -> None:
    import logging

    from desktop_app.app import configure_logging

    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        configure_logging(paths)
        logging.getLogger("desktop_app").warning("a line for the log")
        for handler in root.handlers:
            handler.flush()
            handler.close()
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)


def test_a_log_link_to_a_file_outside_home_is_moved_aside(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    victim = outside / "shadow"
    victim.write_text("secret\n")
    if Path.home().resolve() in victim.parents:
        pytest.skip("the test folder lies inside the home folder")
    paths = DataPaths.create(tmp_path / "data")
    paths.log_file.symlink_to(victim)
    _configure_logging_keeping_pytests_handlers(paths)
    assert victim.read_text() == "secret\n"
    assert paths.log_file.with_name("counterbalance.log.refused").is_symlink()
    assert "a line for the log" in paths.log_file.read_text()
    assert _mode(paths.log_file) == 0o600


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_a_fifo_named_like_the_log_does_not_hang_start_up(tmp_path: Path) -> None:
    paths = DataPaths.create(tmp_path / "data")
    os.mkfifo(paths.log_file)
    import threading

    thread = threading.Thread(
        target=_configure_logging_keeping_pytests_handlers, args=(paths,), daemon=True
    )
    thread.start()
    thread.join(30)
    assert not thread.is_alive(), "opening the log blocked on a FIFO"
    assert paths.log_file.is_file()
    assert stat.S_ISFIFO(paths.log_file.with_name("counterbalance.log.refused").lstat().st_mode)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_a_fifo_policy_state_does_not_stop_the_breaks(tmp_path: Path) -> None:
    fifo = tmp_path / "policy_state.json"
    os.mkfifo(fifo)
    state_file = PolicyStateFile(fifo)
    assert state_file.load() is None
    from datetime import UTC, datetime

    from desktop_app.core.policy import PersistedPolicyState

    state_file.save(PersistedPolicyState(saved_at=datetime(2026, 3, 2, tzinfo=UTC), active_s=3))
    assert fifo.is_file() and json.loads(fifo.read_text())["active_s"] == 3


def test_a_deep_but_parseable_value_gives_a_short_message(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"interval_min": ' + "[" * 900 + "]" * 900 + "}")
    settings, message = SettingsFile(path).load()
    assert settings == Settings()
    assert message is not None and "interval_min" in message
    assert max(len(line) for line in message.splitlines()) <= 200
