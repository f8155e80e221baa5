"""One running Counterbalance per user and data dir, and a channel to talk to it.

Order matters (reliability-facts.md, "Single instance"): take the QLockFile in the
data dir first, then listen on a QLocalServer. ``QLocalServer.removeServer`` also
deletes a *live* server's socket, so it is only called once we hold the lock, i.e.
when any socket left behind is known to be stale (kill -9). The server name carries
the user id, because the default socket directory (/tmp) is shared by all users
(Safe Eyes #81 #404), and a hash of the data dir, so a test instance with
``--data-dir`` never answers for the user's real one.
"""

from __future__ import annotations

import getpass
import logging
import os
import zlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 2000
REPLY_TIMEOUT_MS = 5000
MAX_MESSAGE_BYTES = 256
COMMANDS = frozenset({"activate", "break-now", "quit", "progress", "settings"})


def user_token() -> str:
    """Return a stable token for the current OS user."""
    getuid = getattr(os, "getuid", None)
    if getuid is not None:
        return str(getuid())
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name known: fall back to the profile path
        return f"{zlib.crc32(str(Path.home()).encode()):08x}"


def server_name(data_dir: Path) -> str:
    """Return the local-server name for this user and data dir."""
    # crc32, not hashlib: it only has to tell data dirs apart, and hashlib loads OpenSSL
    # (about 3 MiB of resident memory for a tray app that should idle small).
    path = str(data_dir.resolve()).encode()
    digest = f"{zlib.crc32(path):08x}{len(path) % 256:02x}"
    return f"counterbalance-{user_token()}-{digest}"


class InstanceServer(QObject):
    """The running instance's end of the channel.

    Signals:
        command_received(str): a second process sent one of :data:`COMMANDS`.
    """

    command_received = Signal(str)

    def __init__(self, data_dir: Path, lock_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = server_name(data_dir)
        self._lock = QLockFile(str(lock_path))
        # Stale time 0: a lock left by a killed process is taken over at once, because
        # QLockFile checks whether the PID in it is still alive.
        self._lock.setStaleLockTime(0)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_server_new_connection)

    @property
    def name(self) -> str:
        return self._name

    def acquire(self) -> bool:
        """Become the single instance; False when another live instance holds the lock."""
        if not self._lock.tryLock(100):
            return False
        # We hold the lock, so any socket of that name is a leftover of a killed process.
        QLocalServer.removeServer(self._name)
        if not self._server.listen(self._name):
            log.error("cannot listen on %s: %s", self._name, self._server.errorString())
            self._lock.unlock()
            return False
        log.info("single instance: listening on %s", self._name)
        return True

    def release(self) -> None:
        """Stop listening and drop the lock (at shutdown)."""
        if self._server.isListening():
            self._server.close()
        if self._lock.isLocked():
            self._lock.unlock()

    def _on_server_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_socket_ready_read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_socket_ready_read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > MAX_MESSAGE_BYTES:
                socket.abort()
            return
        line = bytes(socket.readLine().data()).decode("utf-8", "replace").strip()
        if line in COMMANDS:
            socket.write(b"ok\n")
            socket.flush()
            self.command_received.emit(line)
        else:
            log.warning("ignored unknown instance command %r", line[:40])
            socket.write(b"unknown\n")
            socket.flush()
        socket.disconnectFromServer()


def send_command(data_dir: Path, command: str) -> bool:
    """Send ``command`` to the running instance; True when it acknowledged it.

    Works without an event loop (blocking socket calls), so the CLI can use it.
    """
    if command not in COMMANDS:
        raise ValueError(f"unknown command {command!r}")
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(f"{command}\n".encode())
    socket.flush()
    if socket.bytesToWrite() and not socket.waitForBytesWritten(REPLY_TIMEOUT_MS):
        log.debug("write failed: %s", socket.errorString())
        return False
    reply = b""
    while b"\n" not in reply:
        # The answer may already be buffered (it can arrive while we wait for the write).
        if socket.bytesAvailable() == 0 and not socket.waitForReadyRead(REPLY_TIMEOUT_MS):
            break
        reply += bytes(socket.readAll().data())
    socket.abort()
    return reply.strip() == b"ok"
