"""Is there a sound server to play to? Asked before Qt Multimedia is loaded.

On Linux Qt Multimedia talks to PipeWire or PulseAudio, and connects only once: loaded
while no server runs, it finds no output and stays silent until the app restarts. So
the app looks for a server's socket first and loads Qt Multimedia only when one
answers; a server that starts later is then found at the next cue.

Elsewhere (Windows, macOS) the system's audio service is always there.
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Mapping
from pathlib import Path

#: How long a connection to a server socket may take (it is local: microseconds).
CONNECT_TIMEOUT_S = 0.2
SYSTEM_PULSE_SOCKET = Path("/run/pulse/native")


def sound_server_sockets(env: Mapping[str, str]) -> list[Path]:
    """Return the sockets a PulseAudio or PipeWire client would try, in order."""
    sockets: list[Path] = []
    server = env.get("PULSE_SERVER", "")
    for entry in server.split():
        # "unix:/path", or a bare path; tcp: and host names are not local sockets.
        path = entry.removeprefix("unix:")
        if path.startswith("/"):
            sockets.append(Path(path))
    if server:
        return sockets
    runtime = env.get("XDG_RUNTIME_DIR")
    pulse_runtime = env.get("PULSE_RUNTIME_PATH")
    if pulse_runtime:
        sockets.append(Path(pulse_runtime) / "native")
    elif runtime:
        sockets.append(Path(runtime) / "pulse" / "native")
    if runtime:
        sockets.append(Path(runtime) / env.get("PIPEWIRE_REMOTE", "pipewire-0"))
    # A PulseAudio server in system mode, which clients try last.
    sockets.append(SYSTEM_PULSE_SOCKET)
    return sockets


def sound_server_available(env: Mapping[str, str] | None = None) -> bool:
    """Return whether a sound server accepts connections (always True off Linux).

    A ``PULSE_SERVER`` naming a remote (TCP) server cannot be checked cheaply: it
    counts as available and Qt Multimedia finds out.
    """
    if not sys.platform.startswith("linux"):
        return True
    env = os.environ if env is None else env
    server = env.get("PULSE_SERVER", "")
    sockets = sound_server_sockets(env)
    if server and not sockets:
        return True
    return any(_accepts(path) for path in sockets)


def _accepts(path: Path) -> bool:
    if not path.is_socket():
        return False
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(CONNECT_TIMEOUT_S)
        try:
            probe.connect(str(path))
        except OSError:
            return False
    return True
