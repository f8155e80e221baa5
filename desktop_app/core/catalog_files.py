"""Load the exercise catalog from folders of TOML files; never raise for a bad file.

Each problem becomes a :class:`~desktop_app.core.catalog.CatalogProblem` naming the file
and the field; the faulty exercise is left out and the others still load. Reading is
bounded (file size, files and bytes per folder), so a huge folder cannot freeze a break.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from desktop_app.core.catalog import Catalog, CatalogProblem, Exercise
from desktop_app.core.exercise_file import FIELDS, FieldError, parse_fields
from desktop_app.core.file_input import BadFileInputError, parse_toml, read_regular_file

#: Largest exercise file read (the built-in ones are under 2 KiB): a larger one is left
#: out unparsed, so a huge file cannot freeze the first break.
MAX_FILE_BYTES = 64 * 1024
#: Most exercise files read from one folder, and most bytes read from it in all.
MAX_FILES_PER_DIR = 500
MAX_BYTES_PER_DIR = 2 * 1024 * 1024


def _load_file(path: Path, max_bytes: int) -> tuple[Exercise | None, list[CatalogProblem], int]:
    """Load one file; also return how many bytes were read (for the folder's budget)."""
    name = str(path)
    try:
        raw = read_regular_file(path, max_bytes)
        data = parse_toml(path, raw)
    except FileNotFoundError:  # removed between listing and reading
        return None, [CatalogProblem(name, "", "the file disappeared while it was read")], 0
    except BadFileInputError as err:
        return None, [CatalogProblem(name, "", f"the file {err.detail}")], 0
    try:
        exercise = parse_fields(data, path.stem, name)
    except FieldError as err:
        return None, [CatalogProblem(name, err.field_name, err.message)], len(raw)
    unknown = sorted(set(data) - FIELDS)
    notices = [CatalogProblem(name, key, "unknown field, ignored", "notice") for key in unknown]
    return exercise, notices, len(raw)


def _check_links(
    exercises: dict[str, Exercise], problems: list[CatalogProblem]
) -> dict[str, Exercise]:
    checked: dict[str, Exercise] = {}
    for ex in exercises.values():
        changes: dict[str, str | None] = {}
        for key in ("easier", "harder"):
            target = getattr(ex, key)
            if target is not None and target not in exercises:
                problems.append(
                    CatalogProblem(
                        ex.path, key, f"no exercise with id {target!r}; link ignored", "notice"
                    )
                )
                changes[key] = None
        if ex.variant_of is not None and ex.variant_of not in exercises:
            problems.append(
                CatalogProblem(ex.path, "variant_of", f"no exercise with id {ex.variant_of!r}")
            )
            continue
        checked[ex.id] = replace(ex, **changes) if changes else ex  # type: ignore[arg-type]
    return checked


def load_catalog(*dirs: Path) -> Catalog:
    """Load every ``*.toml`` exercise in ``dirs``; never raises for bad files.

    Later directories (e.g. the user's ``<data dir>/exercises``) add exercises and may
    override earlier ones by id; each override is reported as a notice.

    Args:
        *dirs: Directories to read, in order. Missing directories are skipped quietly.

    Returns:
        The catalog with its exercises sorted by id and every problem found.
    """
    problems: list[CatalogProblem] = []
    loaded: dict[str, Exercise] = {}
    for directory in dirs:
        if not directory.is_dir():
            if directory.exists():
                problems.append(CatalogProblem(str(directory), "", "not a directory; skipped"))
            continue
        try:
            files = sorted(directory.glob("*.toml"))
        except OSError as err:
            problems.append(CatalogProblem(str(directory), "", f"cannot list the folder ({err})"))
            continue
        if len(files) > MAX_FILES_PER_DIR:
            problems.append(
                CatalogProblem(
                    str(directory),
                    "",
                    f"holds {len(files)} exercise files; only the first "
                    f"{MAX_FILES_PER_DIR} were read",
                )
            )
            files = files[:MAX_FILES_PER_DIR]
        budget = MAX_BYTES_PER_DIR
        for path in files:
            if budget <= 0:
                problems.append(
                    CatalogProblem(
                        str(path),
                        "",
                        f"left out: the exercise files in {directory} pass "
                        f"{MAX_BYTES_PER_DIR} bytes in all",
                    )
                )
                continue
            result, found, size = _load_file(path, min(MAX_FILE_BYTES, budget))
            budget -= size
            problems.extend(found)
            if result is None:
                continue
            previous = loaded.get(result.id)
            if previous is not None:
                problems.append(
                    CatalogProblem(
                        str(path),
                        "id",
                        f"overrides exercise {result.id!r} from {previous.path}",
                        "notice",
                    )
                )
            loaded[result.id] = result
    checked = _check_links(loaded, problems)
    return Catalog(tuple(checked[k] for k in sorted(checked)), tuple(problems))
