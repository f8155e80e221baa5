"""Hostile files read as input: FIFOs, devices, huge and deeply nested files (real files)."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from desktop_app.core.file_input import (
    BadFileInputError,
    FileInputProblem,
    parse_json,
    parse_toml,
    read_regular_file,
)

#: Generous bound for "did not hang": a blocked open() never returns at all.
HANG_S = 30


def _read_in_thread(path: Path, max_bytes: int) -> list[object]:
    result: list[object] = []

    def work() -> None:
        try:
            result.append(read_regular_file(path, max_bytes))
        except (BadFileInputError, OSError) as exc:
            result.append(exc)

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    thread.join(HANG_S)
    assert not thread.is_alive(), "reading a FIFO blocked"
    return result


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this OS")
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "settings.json"
    os.mkfifo(fifo)
    [outcome] = _read_in_thread(fifo, 1024)
    assert isinstance(outcome, BadFileInputError)
    assert outcome.problem is FileInputProblem.NOT_REGULAR
    assert "named pipe" in str(outcome)


def test_a_device_and_a_folder_are_refused(tmp_path: Path) -> None:
    if Path("/dev/zero").exists():
        [outcome] = _read_in_thread(Path("/dev/zero"), 1024)
        assert isinstance(outcome, BadFileInputError)
        assert outcome.problem is FileInputProblem.NOT_REGULAR
    with pytest.raises(BadFileInputError) as info:
        read_regular_file(tmp_path, 1024)
    assert info.value.problem in (FileInputProblem.NOT_REGULAR, FileInputProblem.UNREADABLE)


def test_a_file_over_the_bound_is_not_read(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 5000 + b"{}")
    with pytest.raises(BadFileInputError) as info:
        read_regular_file(big, 4096)
    assert info.value.problem is FileInputProblem.TOO_LARGE
    assert "5002 bytes" in str(info.value)
    assert read_regular_file(big, 5002).endswith(b"{}")


def test_missing_file_is_file_not_found(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_regular_file(tmp_path / "nope", 10)


def test_json_nested_100k_levels_is_bad_input_not_a_crash(tmp_path: Path) -> None:
    raw = b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(BadFileInputError) as info:
        parse_json(tmp_path / "x.json", raw)
    assert info.value.problem is FileInputProblem.TOO_DEEP


def test_toml_nested_100k_levels_is_bad_input_not_a_crash(tmp_path: Path) -> None:
    raw = b"a = " + b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(BadFileInputError) as info:
        parse_toml(tmp_path / "x.toml", raw)
    assert info.value.problem is FileInputProblem.TOO_DEEP


def test_bad_text_and_bad_syntax_are_named(tmp_path: Path) -> None:
    with pytest.raises(BadFileInputError) as info:
        parse_json(tmp_path / "x.json", b"\xff\xfe")
    assert info.value.problem is FileInputProblem.NOT_UTF8
    with pytest.raises(BadFileInputError) as info:
        parse_toml(tmp_path / "x.toml", b"a = = 1")
    assert info.value.problem is FileInputProblem.NOT_VALID
    assert parse_toml(tmp_path / "x.toml", b"a = [[1]]") == {"a": [[1]]}
