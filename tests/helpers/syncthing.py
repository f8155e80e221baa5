"""Two Syncthing daemons on loopback only, sharing one folder (issue 15's end-to-end test).

Each daemon has its own home (keys and config), listens on 127.0.0.1 on a free port, and
knows the other by an explicit ``tcp://127.0.0.1:PORT`` address: no global or local
discovery, no relays, no NAT traversal, no usage reporting, no upgrades. The shared folder
is rescanned every 2 s and watched (changes picked up after 1 s).
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

FOLDER_ID = "counterbalance-e2e"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Daemon:
    """One Syncthing instance."""

    name: str
    home: Path
    folder: Path
    device_id: str
    listen_port: int
    gui_port: int
    api_key: str
    proc: subprocess.Popen[bytes] | None = None

    def rest(self, path: str) -> object:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}", headers={"X-API-Key": self.api_key}
        )
        with urllib.request.urlopen(request, timeout=5) as response:
            return json.loads(response.read())

    def connected_to(self, other: Daemon) -> bool:
        try:
            connections = self.rest("/rest/system/connections")
        except OSError:
            return False
        assert isinstance(connections, dict)
        state = connections.get("connections", {}).get(other.device_id, {})
        return bool(state.get("connected"))

    def log_text(self) -> str:
        path = self.home / "syncthing.log"
        return path.read_text(errors="replace") if path.exists() else ""


def _generate(name: str, home: Path, folder: Path) -> Daemon:
    out = subprocess.run(
        ["syncthing", "generate", f"--home={home}", "--no-default-folder", "--skip-port-probing"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    found = re.search(r"Device ID:\s*([A-Z0-9-]+)", out.stdout + out.stderr)
    assert found, out.stdout + out.stderr
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ".stfolder").mkdir(exist_ok=True)
    return Daemon(
        name, home, folder, found.group(1), free_port(), free_port(), secrets.token_hex(16)
    )


def _config(me: Daemon, other: Daemon, dials: bool) -> str:
    """``me``'s config; only a daemon that ``dials`` knows the other's address.

    When both dial at once, each side can drop the other's connection and the Hello
    exchange times out on both (seen under load: no connection within 30 s). With one
    side dialling there is one connection to make.
    """

    def address(d: Daemon) -> str:
        return f"tcp://127.0.0.1:{d.listen_port}" if d is other and dials else "dynamic"

    devices = "".join(
        f'<device id="{d.device_id}" name="{d.name}" compression="metadata">'
        f"<address>{address(d)}</address>"
        "</device>"
        for d in (me, other)
    )
    return f"""<configuration version="36">
  <folder id="{FOLDER_ID}" label="Counterbalance e2e" path="{escape(str(me.folder))}"
      type="sendreceive" rescanIntervalS="2" fsWatcherEnabled="true" fsWatcherDelayS="1"
      ignorePerms="false">
    <device id="{me.device_id}"></device>
    <device id="{other.device_id}"></device>
  </folder>
  {devices}
  <gui enabled="true" tls="false">
    <address>127.0.0.1:{me.gui_port}</address>
    <apikey>{me.api_key}</apikey>
  </gui>
  <options>
    <listenAddress>tcp://127.0.0.1:{me.listen_port}</listenAddress>
    <globalAnnounceEnabled>false</globalAnnounceEnabled>
    <localAnnounceEnabled>false</localAnnounceEnabled>
    <relaysEnabled>false</relaysEnabled>
    <natEnabled>false</natEnabled>
    <urAccepted>-1</urAccepted>
    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
    <startBrowser>false</startBrowser>
    <crashReportingEnabled>false</crashReportingEnabled>
    <reconnectionIntervalS>1</reconnectionIntervalS>
  </options>
</configuration>
"""


def _start(daemon: Daemon) -> None:
    env = dict(os.environ, STNOUPGRADE="1", HOME=str(daemon.home))
    log = open(daemon.home / "syncthing.log", "wb")  # noqa: SIM115 (lives with the process)
    daemon.proc = subprocess.Popen(
        [
            "syncthing",
            "serve",
            f"--home={daemon.home}",
            "--no-browser",
            "--no-restart",
            "--no-upgrade",
            f"--gui-address=127.0.0.1:{daemon.gui_port}",
            "--logflags=0",
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


@contextmanager
def two_daemons(base: Path, timeout_s: float = 30) -> Iterator[tuple[Daemon, Daemon]]:
    """Start two connected daemons sharing ``base/a/Sync`` and ``base/b/Sync``."""
    if shutil.which("syncthing") is None:
        raise RuntimeError("this test needs syncthing (bash .ci/run installs it with apt-get)")
    a = _generate("a", base / "a" / "home", base / "a" / "Sync")
    b = _generate("b", base / "b" / "home", base / "b" / "Sync")
    (a.home / "config.xml").write_text(_config(a, b, dials=True))
    (b.home / "config.xml").write_text(_config(b, a, dials=False))
    try:
        _start(a)
        _start(b)
        deadline = time.monotonic() + timeout_s
        while not (a.connected_to(b) and b.connected_to(a)):
            for daemon in (a, b):
                assert daemon.proc is not None and daemon.proc.poll() is None, daemon.log_text()
            assert time.monotonic() < deadline, a.log_text() + "\n---\n" + b.log_text()
            time.sleep(0.2)
        yield a, b
    finally:
        for daemon in (a, b):
            if daemon.proc is not None and daemon.proc.poll() is None:
                daemon.proc.terminate()
                try:
                    daemon.proc.wait(10)
                except subprocess.TimeoutExpired:
                    daemon.proc.kill()
                    daemon.proc.wait(5)
