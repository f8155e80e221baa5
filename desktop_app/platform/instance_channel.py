"""The single instance's channel on Linux and macOS: a Unix socket and Qt's event loop.

A plain ``AF_UNIX`` stream socket watched by ``QSocketNotifier``: what ``QLocalServer``
does on these systems, without loading QtNetwork (about 3 MiB of resident memory for a
tray app that idles for hours; issue 13 §4). Windows keeps ``QLocalServer`` and its
per-user named pipe (:mod:`desktop_app.platform.instance_channel_windows`).

One line per connection: the client sends a command and a newline, the listener answers one line
and closes. Both ends check the peer's user id with the kernel (``peer_credentials``)
before believing anything; the socket file is made 0600 before it listens (its folder
is private already, see ``single_instance.endpoints``).
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import stat
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

from desktop_app.platform.instance_protocol import (
    CONNECT_TIMEOUT_MS,
    MAX_MESSAGE_BYTES,
    REPLY_OK,
    REPLY_TIMEOUT_MS,
    CommandResult,
    reply_for,
    reply_result,
)
from desktop_app.platform.peer_credentials import own_uid, peer_uid

log = logging.getLogger(__name__)

LISTEN_BACKLOG = 8


def trusted(sock: socket.socket) -> bool:
    """Tell whether the process at the other end of ``sock`` runs as this user."""
    uid = own_uid()
    return uid is None or peer_uid(sock.fileno()) == uid


def remove_stale(path: str) -> None:
    """Remove a socket left at ``path`` by a killed process (call only while holding the lock).

    Anything but a socket (or a link) is left alone: binding then fails and says why.
    """
    try:
        info = os.lstat(path)
    except OSError:
        return
    if stat.S_ISSOCK(info.st_mode) or stat.S_ISLNK(info.st_mode):
        with contextlib.suppress(OSError):
            os.unlink(path)


class _Connection(QObject):
    """One accepted peer: read its line without blocking, answer, close."""

    def __init__(
        self,
        sock: socket.socket,
        on_command: Callable[[str], None],
        done: Callable[[_Connection], None],
    ) -> None:
        super().__init__()
        self._sock, self._on_command, self._done = sock, on_command, done
        self._buffer = b""
        sock.setblocking(False)
        self._notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)

    def _on_notifier_activated(self) -> None:
        try:
            chunk = self._sock.recv(MAX_MESSAGE_BYTES + 1)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            chunk = b""
        if not chunk:  # the peer closed without a whole line
            self.close()
            return
        self._buffer += chunk
        if b"\n" not in self._buffer:
            if len(self._buffer) > MAX_MESSAGE_BYTES:
                self.close()
            return
        line = self._buffer.split(b"\n", 1)[0].decode("utf-8", "replace").strip()
        reply = reply_for(line)
        with contextlib.suppress(OSError):
            self._sock.send(reply)  # one short line into an empty socket buffer
        self.close()
        if reply == REPLY_OK:
            self._on_command(line)  # after the peer has its answer
        else:
            log.warning("ignored unknown instance command %r", line[:40])

    def close(self) -> None:
        """Stop watching and close the socket."""
        self._notifier.setEnabled(False)
        self._sock.close()
        self._done(self)


class UnixListener(QObject):
    """Listens on a Unix socket; answers each trusted peer and passes on its command.

    ``on_command(command)`` gets each of :data:`instance_protocol.COMMANDS` a peer of
    this user sent, after the peer has been answered.
    """

    def __init__(self, on_command: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_command = on_command
        self._sock: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._path = ""
        self._connections: set[_Connection] = set()

    def listen(self, path: str) -> str:
        """Listen at ``path`` (a stale socket there removed first); return "" or the error."""
        remove_stale(path)
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.bind(path)
            os.chmod(path, 0o600)  # only the user may connect (the folder is private too)
            sock.listen(LISTEN_BACKLOG)
            sock.setblocking(False)
        except OSError as exc:
            sock.close()
            return exc.strerror or str(exc)
        self._sock, self._path = sock, path
        self._notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)
        return ""

    def is_listening(self) -> bool:
        """Tell whether the socket is open."""
        return self._sock is not None

    def close(self) -> None:
        """Stop listening, drop open connections and remove the socket file."""
        for connection in list(self._connections):
            connection.close()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier = None
        if self._sock is not None:
            self._sock.close()
            self._sock = None
            with contextlib.suppress(OSError):
                os.unlink(self._path)

    def _on_notifier_activated(self) -> None:
        if self._sock is None:
            return
        while True:
            try:
                peer, _address = self._sock.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                log.warning("single instance: accept failed: %s", exc)
                return
            if not trusted(peer):
                log.warning("single instance: refused a connection from another user")
                peer.close()
                continue
            self._connections.add(_Connection(peer, self._on_command, self._connections.discard))


def exchange(name: str, command: str) -> CommandResult:
    """Send one command line to the listener at the socket ``name``; say what became of it.

    :attr:`CommandResult.NO_INSTANCE` when nobody listens there; a listener that is not
    the user's own process is sent nothing (:attr:`CommandResult.IMPERSONATOR`).
    """
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.settimeout(CONNECT_TIMEOUT_MS / 1000)
        try:
            sock.connect(name)
        except OSError:
            return CommandResult.NO_INSTANCE
        if not trusted(sock):
            log.warning("single instance: %s is held by another user's process", name)
            return CommandResult.IMPERSONATOR
        sock.settimeout(REPLY_TIMEOUT_MS / 1000)
        reply = b""
        try:
            sock.sendall(f"{command}\n".encode())
            while b"\n" not in reply and len(reply) <= MAX_MESSAGE_BYTES:
                chunk = sock.recv(64)
                if not chunk:
                    break
                reply += chunk
        except OSError as exc:
            log.debug("single instance: no answer at %s: %s", name, exc)
            return CommandResult.NO_ANSWER
        return reply_result(reply)
    finally:
        sock.close()
