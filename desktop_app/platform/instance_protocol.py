"""What the single instance's two ends say to each other, whatever carries it.

One line per connection: the client sends a command and a newline, the running
instance answers ``ok`` or ``unknown`` and closes. Carried by a Unix socket on Linux
and macOS (:mod:`desktop_app.platform.instance_channel`) and by a named pipe on Windows
(:mod:`desktop_app.platform.instance_channel_windows`).
"""

from __future__ import annotations

from enum import StrEnum

CONNECT_TIMEOUT_MS = 2000
REPLY_TIMEOUT_MS = 5000
#: Longest line a peer may send; more without a newline ends the connection.
MAX_MESSAGE_BYTES = 256
COMMANDS = frozenset({"activate", "break-now", "quit", "progress", "settings"})
REPLY_OK = b"ok\n"
REPLY_UNKNOWN = b"unknown\n"


class CommandResult(StrEnum):
    """What became of a command sent to the running instance."""

    DELIVERED = "delivered"
    NO_INSTANCE = "no-instance"
    #: The listener is another user's process: nothing was sent.
    IMPERSONATOR = "impersonator"
    NO_ANSWER = "no-answer"


def reply_for(line: str) -> bytes:
    """Return the running instance's answer to a trusted peer's line."""
    return REPLY_OK if line in COMMANDS else REPLY_UNKNOWN


def reply_result(reply: bytes) -> CommandResult:
    """Return what the running instance's answer means."""
    return CommandResult.DELIVERED if reply.strip() == REPLY_OK.strip() else CommandResult.NO_ANSWER
