"""The single instance's channel on Windows: a per-user named pipe through QtNetwork.

``QLocalServer`` with ``UserAccessOption`` gives the pipe a security descriptor that
admits only the user. Imported on Windows only; Linux and macOS use a Unix socket
without QtNetwork (:mod:`desktop_app.platform.instance_channel`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop_app.platform.instance_protocol import (
    CONNECT_TIMEOUT_MS,
    MAX_MESSAGE_BYTES,
    REPLY_OK,
    REPLY_TIMEOUT_MS,
    CommandResult,
    reply_for,
    reply_result,
)

log = logging.getLogger(__name__)


class PipeListener(QObject):
    """Listens on a named pipe; answers each peer and passes on its command."""

    def __init__(self, on_command: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_command = on_command
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_server_new_connection)

    def listen(self, name: str) -> str:
        """Listen on ``name`` (a leftover of that name removed first); return "" or the error."""
        QLocalServer.removeServer(name)
        return "" if self._server.listen(name) else self._server.errorString()

    def is_listening(self) -> bool:
        """Tell whether the pipe is open."""
        return bool(self._server.isListening())

    def close(self) -> None:
        """Stop listening."""
        if self._server.isListening():
            self._server.close()

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
        reply = reply_for(line)
        socket.write(reply)
        socket.flush()
        socket.disconnectFromServer()
        if reply == REPLY_OK:
            self._on_command(line)
        else:
            log.warning("ignored unknown instance command %r", line[:40])


def exchange(name: str, command: str) -> CommandResult:
    """Send one command line to the pipe ``name``; say what became of it."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return CommandResult.NO_INSTANCE
    socket.write(f"{command}\n".encode())
    socket.flush()
    if socket.bytesToWrite() and not socket.waitForBytesWritten(REPLY_TIMEOUT_MS):
        log.debug("write failed: %s", socket.errorString())
        socket.abort()
        return CommandResult.NO_ANSWER
    reply = b""
    while b"\n" not in reply:
        # The answer may already be buffered (it can arrive while we wait for the write).
        if socket.bytesAvailable() == 0 and not socket.waitForReadyRead(REPLY_TIMEOUT_MS):
            break
        reply += bytes(socket.readAll().data())
    socket.abort()
    return reply_result(reply)
