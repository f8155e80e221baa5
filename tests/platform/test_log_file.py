"""The log file stays small: it rotates into two older files, all private (0600)."""

from __future__ import annotations

import logging
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.platform import process_setup
from desktop_app.platform.paths import DataPaths

LINE = "x" * 90


@pytest.fixture
def app_logging(monkeypatch: pytest.MonkeyPatch, paths: DataPaths) -> Iterator[DataPaths]:
    """The app's logging set up in ``paths`` with a 4 KiB cap, pytest's put back after."""
    monkeypatch.setattr(process_setup, "LOG_BYTES", 4096)
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        assert process_setup.configure_logging(paths)
        yield paths
    finally:
        for handler in root.handlers:
            handler.close()
        root.handlers[:] = handlers
        root.setLevel(level)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_log_rotates_into_two_older_files(app_logging: DataPaths) -> None:
    log = logging.getLogger("desktop_app.test")
    for number in range(300):  # about 40 KiB: ten times the cap
        log.warning("%04d %s", number, LINE)
    current = app_logging.log_file
    older = [current.with_name(current.name + suffix) for suffix in (".1", ".2")]
    assert [p.exists() for p in older] == [True, True]
    assert not current.with_name(current.name + ".3").exists()
    for path in (current, *older):
        assert path.stat().st_size <= 4096
        assert _mode(path) == 0o600, path.name
    text = current.read_text()
    assert "0299" in text  # the newest line is in the current file
    assert "0000" not in text + older[0].read_text() + older[1].read_text()  # the oldest went
    numbers = [
        int(line.split()[-2])
        for p in (older[1], older[0], current)
        for line in p.read_text().splitlines()
    ]
    assert numbers == sorted(numbers) and numbers[-1] == 299  # in order, nothing doubled


def test_a_file_in_the_way_of_rotation_does_not_stop_logging(
    app_logging: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder where an older log should go: the app keeps logging to the current file."""
    current = app_logging.log_file
    blocker = current.with_name(current.name + ".1")
    blocker.mkdir()
    (blocker / "keep").write_text("mine")
    log = logging.getLogger("desktop_app.test")
    for number in range(100):
        log.warning("%04d %s", number, LINE)
    assert "0099" in current.read_text()
    assert (blocker / "keep").read_text() == "mine"
