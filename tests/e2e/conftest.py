"""End-to-end fixtures: the real app as a process on a real little desktop."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.desktop import Desktop, TrayKind, virtual_desktop, wait_until

ROOT = Path(__file__).resolve().parents[2]


class AppProcess:
    """A running ``counterbalance`` with its own data dir, driven like a user would."""

    def __init__(self, desktop: Desktop, data_dir: Path, env: dict[str, str]) -> None:
        self.desktop = desktop
        self.data_dir = data_dir
        self.env = env
        self.proc: subprocess.Popen[str] | None = None

    @property
    def log_path(self) -> Path:
        return self.data_dir / "counterbalance.log"

    def log_text(self) -> str:
        return self.log_path.read_text() if self.log_path.exists() else ""

    def write_settings(self, **values: object) -> None:
        """Write a settings file before the first start (as a returning user would have)."""
        from dataclasses import replace

        from desktop_app.core.settings import Settings
        from desktop_app.core.settings_format import settings_to_mapping

        self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        settings = replace(Settings(), **values)  # type: ignore[arg-type]
        path = self.data_dir / "settings.json"
        path.write_text(json.dumps(settings_to_mapping(settings)))
        path.chmod(0o600)

    def start(self, *args: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "desktop_app", "--data-dir", str(self.data_dir), *args],
            env=self.env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )

    def cli(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop_app", *args, "--data-dir", str(self.data_dir)],
            env=self.env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def wait_log(self, pattern: str, timeout: float = 30, count: int = 1) -> bool:
        regex = re.compile(pattern, re.M)
        return wait_until(lambda: len(regex.findall(self.log_text())) >= count, timeout, 0.05)

    def window(self, name: str, timeout: float = 15) -> str:
        ids: list[str] = []

        def found() -> bool:
            ids[:] = self.desktop.window_ids(name)
            return bool(ids)

        assert wait_until(found, timeout), f"no window named {name!r}\n{self.log_text()}"
        return ids[-1]

    def keys(self, window_id: str, *keys: str) -> None:
        self.desktop.keys(window_id, *keys)

    def wait_exit(self, timeout: float = 20) -> int:
        assert self.proc is not None
        return self.proc.wait(timeout)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


@pytest.fixture(scope="session")
def desktop() -> Iterator[Desktop]:
    with virtual_desktop() as running:
        yield running


@pytest.fixture(scope="session")
def sni_desktop() -> Iterator[Desktop]:
    """A desktop whose tray is a StatusNotifierItem host (with its watcher), not XEmbed."""
    with virtual_desktop(tray=TrayKind.SNI) as running:
        yield running


def _app_on(desktop: Desktop, tmp_path: Path) -> Iterator[AppProcess]:
    env = dict(desktop.env)
    env["COUNTERBALANCE_LOG"] = "DEBUG"
    # Any GUI-thread stall over 1 s is logged with its stack, and fails the test.
    env["COUNTERBALANCE_STALL_MS"] = "1000"
    process = AppProcess(desktop, tmp_path / "data", env)
    yield process
    process.stop()
    stalls = [line for line in process.log_text().splitlines() if "GUI thread blocked" in line]
    assert not stalls, "the GUI thread stalled:\n" + process.log_text()


@pytest.fixture
def app(desktop: Desktop, tmp_path: Path) -> Iterator[AppProcess]:
    yield from _app_on(desktop, tmp_path)


@pytest.fixture
def sni_app(sni_desktop: Desktop, tmp_path: Path) -> Iterator[AppProcess]:
    yield from _app_on(sni_desktop, tmp_path)
