"""Exercise files that could hurt: FIFOs, huge, deeply nested, too many (real files)."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest

from desktop_app.core.catalog import Catalog
from desktop_app.core.catalog_files import (
    MAX_BYTES_PER_DIR,
    MAX_FILE_BYTES,
    MAX_FILES_PER_DIR,
    load_catalog,
)
from desktop_app.platform.paths import resources_dir

BUILTIN = resources_dir() / "exercises"
HANG_S = 60


def _load(*dirs: Path) -> Catalog:
    result: list[Catalog] = []
    thread = threading.Thread(target=lambda: result.append(load_catalog(*dirs)), daemon=True)
    thread.start()
    thread.join(HANG_S)
    assert not thread.is_alive(), "loading the catalog hung"
    return result[0]


def _problem_for(catalog: Catalog, path: Path) -> str:
    messages = [p.message for p in catalog.errors if p.file == str(path)]
    assert messages, catalog.problems
    return messages[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this OS")
def test_a_fifo_named_toml_is_left_out_and_the_rest_loads(tmp_path: Path) -> None:
    user = tmp_path / "exercises"
    user.mkdir()
    os.mkfifo(user / "aaa.toml")
    catalog = _load(BUILTIN, user)
    assert "named pipe" in _problem_for(catalog, user / "aaa.toml")
    assert len(catalog.exercises) == len(load_catalog(BUILTIN).exercises)


def test_a_deeply_nested_exercise_file_is_left_out(tmp_path: Path) -> None:
    user = tmp_path / "exercises"
    user.mkdir()
    deep = user / "deep.toml"
    deep.write_text("cues = " + "[" * 20_000 + "]" * 20_000 + "\n")
    catalog = _load(BUILTIN, user)
    assert "nested too deeply" in _problem_for(catalog, deep)
    assert catalog.get("chin_tuck") is not None


def test_a_valid_50_mb_exercise_file_is_not_parsed(tmp_path: Path) -> None:
    user = tmp_path / "exercises"
    user.mkdir()
    big = user / "chin_tuck.toml"
    # A valid exercise followed by 50 MB of comment lines: well-formed TOML.
    with big.open("w") as out:
        out.write((BUILTIN / "chin_tuck.toml").read_text())
        line = "# " + "x" * 1021 + "\n"
        for _ in range(50 * 1024):
            out.write(line)
    assert big.stat().st_size > 50_000_000
    catalog = _load(BUILTIN, user)
    assert "too large" in _problem_for(catalog, big)
    # The built-in exercise of that id stays.
    chin = catalog.get("chin_tuck")
    assert chin is not None and chin.path == str(BUILTIN / "chin_tuck.toml")


def test_a_file_just_under_the_bound_loads(tmp_path: Path) -> None:
    user = tmp_path / "exercises"
    user.mkdir()
    text = (BUILTIN / "chin_tuck.toml").read_text().replace('id = "chin_tuck"', "")
    padded = text + "#" * (MAX_FILE_BYTES - len(text.encode()) - 1) + "\n"
    (user / "my_tuck.toml").write_text(padded)
    assert (user / "my_tuck.toml").stat().st_size == MAX_FILE_BYTES
    catalog = _load(user)
    assert catalog.ids() == ("my_tuck",), catalog.problems


def test_too_many_files_and_too_many_bytes_are_bounded(tmp_path: Path) -> None:
    user = tmp_path / "exercises"
    user.mkdir()
    source = (BUILTIN / "chin_tuck.toml").read_text().replace('id = "chin_tuck"', "")
    pad = "#" * (MAX_FILE_BYTES - len(source.encode()) - 1) + "\n"
    count = MAX_FILES_PER_DIR + 5
    for i in range(count):
        (user / f"ex_{i:04d}.toml").write_text(source + pad)
    catalog = _load(user)
    read_at_most = MAX_BYTES_PER_DIR // MAX_FILE_BYTES
    assert len(catalog.exercises) == read_at_most
    assert any(f"only the first {MAX_FILES_PER_DIR}" in p.message for p in catalog.errors)
    assert any("in all" in p.message for p in catalog.errors)


def test_a_symlink_to_a_regular_exercise_file_still_loads(tmp_path: Path) -> None:
    user = tmp_path / "exercises"
    user.mkdir()
    target = tmp_path / "elsewhere.toml"
    shutil.copy(BUILTIN / "chin_tuck.toml", target)
    (user / "chin_tuck.toml").symlink_to(target)
    catalog = _load(user)
    assert catalog.ids() == ("chin_tuck",)


def test_a_huge_bad_value_gives_a_short_problem_line(tmp_path: Path) -> None:
    user = tmp_path / "exercises"
    user.mkdir()
    text = (BUILTIN / "chin_tuck.toml").read_text()
    huge = '"' + "x" * 20_000 + '"'
    (user / "chin_tuck.toml").write_text(
        "\n".join(
            f"category = {huge}" if line.startswith("category") else line
            for line in text.splitlines()
        )
    )
    catalog = _load(user)
    [problem] = catalog.errors
    assert problem.field == "category"
    prefix = f"error: {problem.file}: category: "
    assert len(problem.message) > 20_000  # the bad value is quoted in full in the data
    assert str(problem).startswith(prefix) and len(str(problem)) - len(prefix) <= 200
