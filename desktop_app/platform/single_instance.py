"""One running Counterbalance per user and data dir, and a channel to talk to it.

Order matters (reliability-facts.md, "Single instance"): take the QLockFile in the
data dir first, then listen. Removing a leftover socket would also cut off a *live*
instance, so it is only done once we hold the lock, i.e. when any socket left behind
is known to be stale (kill -9). The channel is a Unix socket watched by Qt's event loop
on Linux and macOS (:mod:`instance_channel`, no QtNetwork in the tray process) and a
``QLocalServer`` named pipe on Windows (:mod:`instance_channel_windows`).

No other user can block or impersonate the instance:

* The endpoint is a socket in a folder only the user can write: ``$XDG_RUNTIME_DIR``
  when it is the user's own private folder, else the data dir (0700, checked to be the
  user's own by ``paths``). Never shared ``/tmp``, where anyone can pre-create a name.
  On Windows it is a named pipe whose security descriptor admits only the user
  (``UserAccessOption``).
* Both ends check the peer's user id with the kernel (``peer_credentials``) before
  believing anything: the instance ignores commands from other users, and a command
  counts as delivered only when the listener is the user's own process.
* A lock whose process does not answer is looked at: a live process that is not a
  Counterbalance (its PID was reused) does not hold the lock; one that is but does not
  answer is reported as :attr:`ClaimResult.HOLDER_SILENT`, and the app says so.
"""

from __future__ import annotations

import contextlib
import getpass
import logging
import os
import time
import zlib
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QLockFile, QObject, Signal

from desktop_app.platform.instance_protocol import COMMANDS, CommandResult
from desktop_app.platform.peer_credentials import own_uid

__all__ = [
    "COMMANDS",
    "SOCKET_FILE",
    "ClaimResult",
    "CommandResult",
    "InstanceServer",
    "endpoints",
    "send_command",
    "server_name",
]

log = logging.getLogger(__name__)
#: Longest socket path that binds everywhere (sun_path is 104 bytes on macOS, 108 on Linux).
MAX_SOCKET_PATH = 100
#: File name of the socket when it lives in the data dir.
SOCKET_FILE = "instance.sock"
#: How often a silent lock holder is asked again before it is judged (it may be starting).
HOLDER_ATTEMPTS = 3
HOLDER_RETRY_S = 0.5


class ClaimResult(StrEnum):
    """Outcome of :meth:`InstanceServer.acquire`."""

    ACQUIRED = "acquired"
    #: Another instance of this user runs and answered.
    RUNNING = "running"
    #: The lock is held by a live Counterbalance process that does not answer.
    HOLDER_SILENT = "holder-silent"
    #: The endpoint could not be set up (reason in :attr:`InstanceServer.problem`).
    FAILED = "failed"


def user_token() -> str:
    """Return a stable token for the current OS user."""
    uid = own_uid()
    if uid is not None:
        return str(uid)
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name known: fall back to the profile path
        return f"{zlib.crc32(str(Path.home()).encode()):08x}"


def _digest(data_dir: Path) -> str:
    # crc32, not hashlib: it only has to tell data dirs apart, and hashlib loads OpenSSL
    # (about 3 MiB of resident memory for a tray app that should idle small).
    path = str(data_dir.resolve()).encode()
    return f"{zlib.crc32(path):08x}{len(path) % 256:02x}"


def server_name(data_dir: Path) -> str:
    """Return the Windows pipe name for this user and data dir."""
    return f"counterbalance-{user_token()}-{_digest(data_dir)}"


def private_runtime_dir() -> Path | None:
    """Return ``$XDG_RUNTIME_DIR`` if it is a folder of this user's that only they can use."""
    value = os.environ.get("XDG_RUNTIME_DIR")
    return _private_dir(Path(value)) if value else None


def _private_dir(path: Path) -> Path | None:
    """Return ``path`` if it is, itself (not a link), a folder of this user's and no one else's.

    None when it is missing, a link, another user's, or open to the group or others.
    """
    import stat

    uid = own_uid()
    if uid is None:
        return None
    try:
        info = path.lstat()
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != uid or info.st_mode & 0o077:
        return None
    return path


def endpoints(data_dir: Path) -> list[str]:
    """Return where the instance may listen, most preferred first.

    POSIX: a socket in the private runtime dir, then in the data dir; a path too long
    for a socket is left out. Windows: the per-user named pipe.
    """
    if os.name != "posix":
        return [server_name(data_dir)]
    found: list[str] = []
    runtime = private_runtime_dir()
    if runtime is not None:
        found.append(str(runtime / f"counterbalance-{_digest(data_dir)}.sock"))
    found.append(str(data_dir.resolve() / SOCKET_FILE))
    if data_dir.exists() and not os.access(data_dir, os.W_OK):  # read-only: a private temp dir
        fallback = private_temp_dir()
        if fallback is not None:
            found.append(str(fallback / f"counterbalance-{_digest(data_dir)}.sock"))
    return [p for p in found if len(os.fsencode(p)) <= MAX_SOCKET_PATH]


def private_temp_dir() -> Path | None:
    """Return (creating it 0700) a temp folder of this user's, or None if it is not theirs.

    The last resort when there is no private ``$XDG_RUNTIME_DIR`` and the data dir is
    read-only. Another user may pre-create the name; then it is not used (lstat: a
    link, another owner or any group/other bit refuses it).
    """
    import tempfile

    uid = own_uid()
    if uid is None:
        return None
    path = Path(tempfile.gettempdir()) / f"counterbalance-{uid}"
    with contextlib.suppress(FileExistsError, OSError):
        path.mkdir(mode=0o700)
    return _private_dir(path)


class Listener(Protocol):
    """The running instance's end of the channel (a Unix socket, or a named pipe)."""

    def listen(self, name: str) -> str:
        """Listen at ``name`` (a leftover there removed first); return "" or the error."""

    def is_listening(self) -> bool:
        """Tell whether it listens."""

    def close(self) -> None:
        """Stop listening."""


def _listener(on_command: Callable[[str], None], parent: QObject) -> Listener:
    if os.name == "nt":
        from desktop_app.platform.instance_channel_windows import PipeListener

        return PipeListener(on_command, parent)
    from desktop_app.platform.instance_channel import UnixListener

    return UnixListener(on_command, parent)


def _process_looks_like_counterbalance(pid: int) -> bool | None:
    """Tell from ``/proc`` whether ``pid`` runs Counterbalance; None where unknown."""
    cmdline = Path(f"/proc/{pid}/cmdline")
    try:
        raw = cmdline.read_bytes()
    except FileNotFoundError:
        return False if Path("/proc/self").exists() else None
    except OSError:
        return None
    text = raw.replace(b"\0", b" ").decode("utf-8", "replace").lower()
    return "counterbalance" in text or "desktop_app" in text


class InstanceServer(QObject):
    """The running instance's end of the channel.

    Signals:
        command_received(str): a second process of the same user sent one of
            :data:`COMMANDS`.
    """

    command_received = Signal(str)

    def __init__(self, data_dir: Path, lock_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._lock_path = lock_path
        self._lock = QLockFile(str(lock_path))
        # Stale time 0: a lock left by a killed process is taken over at once, because
        # QLockFile checks whether the PID in it is still alive.
        self._lock.setStaleLockTime(0)
        self._listener = _listener(self.command_received.emit, self)
        self._name = ""
        #: Why :meth:`acquire` did not succeed, for the user.
        self.problem = ""

    @property
    def name(self) -> str:
        """Return the endpoint listened on (empty before :meth:`acquire`)."""
        return self._name

    def acquire(self) -> ClaimResult:
        """Become the single instance, or tell why not."""
        if not self._lock.tryLock(100):
            outcome = self._judge_holder()
            if outcome is not ClaimResult.ACQUIRED:
                return outcome
        candidates = endpoints(self._data_dir)
        if not candidates:
            self._lock.unlock()
            self.problem = (
                f"the data folder's path {self._data_dir} is too long for a local socket; "
                "set XDG_RUNTIME_DIR or choose a shorter --data-dir"
            )
            return ClaimResult.FAILED
        # We hold the lock, so a socket of that name is a leftover of a killed process.
        # The first endpoint that can be listened on wins (a read-only data dir cannot).
        errors: list[str] = []
        for name in candidates:
            error = self._listener.listen(name)
            if not error:
                self._name = name
                log.info("single instance: listening on %s", name)
                return ClaimResult.ACQUIRED
            errors.append(f"{name}: {error}")
        self.problem = "cannot listen on " + "; ".join(errors)
        log.error("single instance: %s", self.problem)
        self._lock.unlock()
        return ClaimResult.FAILED

    def _judge_holder(self) -> ClaimResult:
        """The lock is taken: hand over, take over a reused PID's lock, or report."""
        for attempt in range(HOLDER_ATTEMPTS):
            result = send_command(self._data_dir, "activate")
            if result is CommandResult.DELIVERED:
                return ClaimResult.RUNNING
            if attempt + 1 < HOLDER_ATTEMPTS:
                time.sleep(HOLDER_RETRY_S)
                if self._lock.tryLock(0):  # the holder went away meanwhile
                    return ClaimResult.ACQUIRED
        info = self._lock.getLockInfo()
        pid = int(info[0]) if isinstance(info, tuple) and info and info[0] else None
        looks = None if pid in (None, os.getpid()) else _process_looks_like_counterbalance(pid)
        if looks is False:
            log.warning(
                "single instance: %s names PID %s, a live process that is not "
                "Counterbalance (PID reused): taking the lock over",
                self._lock_path,
                pid,
            )
            # Qt still counts it as live (same program name, e.g. another Python), so
            # removeStaleLockFile() would refuse: the file is removed here instead.
            try:
                self._lock_path.unlink()
            except FileNotFoundError:
                pass
            except OSError as exc:
                log.error("single instance: cannot remove %s: %s", self._lock_path, exc)
            if self._lock.tryLock(100):
                return ClaimResult.ACQUIRED
        self.problem = (
            f"another Counterbalance (process {pid}) holds {self._lock_path} but does not "
            "answer. If it is frozen, end that process; if no Counterbalance is running, "
            f"delete {self._lock_path}. Then start Counterbalance again."
        )
        return ClaimResult.HOLDER_SILENT

    def release(self) -> None:
        """Stop listening and drop the lock (at shutdown)."""
        if self._listener.is_listening():
            self._listener.close()
        if self._lock.isLocked():
            self._lock.unlock()


def send_command(data_dir: Path, command: str) -> CommandResult:
    """Send ``command`` to the user's running instance and say what became of it.

    Works without an event loop (blocking socket calls), so the CLI can use it. A
    listener that is not the user's own process is never sent anything.
    """
    if command not in COMMANDS:
        raise ValueError(f"unknown command {command!r}")
    if os.name == "nt":
        from desktop_app.platform.instance_channel_windows import exchange
    else:
        from desktop_app.platform.instance_channel import exchange
    result = CommandResult.NO_INSTANCE
    for name in endpoints(data_dir):
        outcome = exchange(name, command)
        if outcome is CommandResult.NO_INSTANCE:
            continue
        if outcome is CommandResult.IMPERSONATOR:
            result = outcome
            continue
        return outcome
    return result
