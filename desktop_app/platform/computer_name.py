"""This computer's host name: the name it shows under in the sync folder by default."""

from __future__ import annotations

import socket


def host_name() -> str:
    """Return the host name without its domain ("laptop" for laptop.example.org)."""
    return socket.gethostname().split(".")[0] or "Computer"
