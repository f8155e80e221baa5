"""Who is at the other end of a connected local (Unix domain) socket.

Linux: ``SO_PEERCRED``; macOS and the BSDs: ``getpeereid(2)``. Both report the
credentials the peer had when it connected or listened, checked by the kernel, so a
process cannot claim to be someone else. Windows named pipes are restricted by their
security descriptor instead (Qt's ``UserAccessOption``) and have no such call here.
"""

from __future__ import annotations

import os
import socket
import struct


def own_uid() -> int | None:
    """Return the effective user id, or None where the OS has none (Windows)."""
    geteuid = getattr(os, "geteuid", None)
    return int(geteuid()) if geteuid is not None else None


def peer_uid(fd: int) -> int | None:
    """Return the user id of the process at the other end of socket ``fd``.

    Returns None when it cannot be told (the caller must then refuse to trust the peer).
    ``fd`` stays open and owned by the caller.
    """
    if fd < 0:
        return None
    peercred: int | None = getattr(socket, "SO_PEERCRED", None)  # Linux
    if peercred is not None:
        try:
            with socket.socket(fileno=os.dup(fd)) as sock:
                raw = sock.getsockopt(socket.SOL_SOCKET, peercred, struct.calcsize("3i"))
        except OSError:
            return None
        _pid, uid, _gid = struct.unpack("3i", raw)
        return int(uid)
    return _getpeereid(fd) if os.name == "posix" else None


def _getpeereid(fd: int) -> int | None:
    import ctypes  # macOS and the BSDs only: not loaded into the Linux tray process
    import ctypes.util

    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        libc = ctypes.CDLL(name, use_errno=True)
        getpeereid = libc.getpeereid
    except (OSError, AttributeError):
        return None
    uid = ctypes.c_uint32()
    gid = ctypes.c_uint32()
    if getpeereid(fd, ctypes.byref(uid), ctypes.byref(gid)) != 0:
        return None
    return int(uid.value)
