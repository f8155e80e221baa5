"""Exercise catalog: the data model and loading it from TOML files, with validation.

Every exercise lives in one ``<id>.toml`` file (format: ``docs/exercises.md``). Loading
never raises for a bad file: each problem becomes a :class:`CatalogProblem` naming the
file and the field, the faulty exercise is left out and the others still load.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop_app.core.exercise_needs import CONTRAINDICATIONS, Equipment
from desktop_app.core.file_input import BadFileInputError, parse_toml, read_regular_file
from desktop_app.core.poses import JOINTS, POINTS, KeyPose

__all__ = [
    "BODY_REGIONS",
    "CONTRAINDICATIONS",
    "PATTERNS",
    "PROPS",
    "VIEWS",
    "Catalog",
    "CatalogProblem",
    "Category",
    "Dose",
    "Equipment",
    "Exercise",
    "KeyPose",
    "Position",
    "Sidedness",
    "load_catalog",
    "parse_exercise",
]


class Category(StrEnum):
    """What an exercise is for; sessions run release before activate before posture."""

    RELEASE = "release"
    ACTIVATE = "activate"
    POSTURE = "posture"


class Position(StrEnum):
    """Where the exercise is done."""

    SEATED = "seated"
    STANDING = "standing"
    FLOOR = "floor"


class Sidedness(StrEnum):
    """Whether an exercise is done once (bilateral) or once per side."""

    BILATERAL = "bilateral"
    LEFT_RIGHT = "left-right"


#: Imbalance patterns (brief §1); a clinical model for choosing exercises, never a diagnosis.
PATTERNS = (
    "lower-crossed",
    "upper-crossed",
    "forward-head",
    "anterior-tilt",
    "posterior-tilt",
    "asymmetry",
)
#: Target regions; the planner covers every region each day.
BODY_REGIONS = ("neck", "chest_shoulders", "upper_back", "core", "low_back", "hips", "legs")
VIEWS = ("side", "front")
#: Props the figure may draw next to the body.
PROPS = ("chair", "desk", "wall", "door", "band", "mat")
#: Body segments the figure can highlight (``highlight`` field).
SEGMENTS = (
    "head",
    "neck",
    "chest",
    "upper_back",
    "abdomen",
    "low_back",
    "pelvis",
    "glutes",
    "upper_arm_l",
    "upper_arm_r",
    "forearm_l",
    "forearm_r",
    "thigh_l",
    "thigh_r",
    "shin_l",
    "shin_r",
)
CUE_COUNT = 3
DEFAULT_TEMPO_S = 3
DEFAULT_CYCLE_S = 4.0
#: Largest exercise file read (the built-in ones are under 2 KiB): a larger one is left
#: out unparsed, so a huge file cannot freeze the first break.
MAX_FILE_BYTES = 64 * 1024
#: Most exercise files read from one folder, and most bytes read from it in all.
MAX_FILES_PER_DIR = 500
MAX_BYTES_PER_DIR = 2 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Dose:
    """How much of an exercise: per side for left-right exercises.

    ``hold_s > 0`` is a hold: ``reps`` holds per set (``reps == 0`` means one hold per
    set). ``hold_s == 0`` and ``reps > 0`` is dynamic: ``reps`` repetitions of
    ``tempo_s`` seconds each per set.
    """

    sets: int
    hold_s: int = 0
    reps: int = 0
    tempo_s: int = 0

    @property
    def is_hold(self) -> bool:
        """Whether this dose is made of timed holds."""
        return self.hold_s > 0

    @property
    def holds_per_set(self) -> int:
        """Return the number of holds (or repetitions) in one set, at least 1."""
        return max(1, self.reps)

    @property
    def work_s(self) -> int:
        """Return the seconds of work for one side, without rests or transitions."""
        per_rep = self.hold_s if self.is_hold else self.tempo_s
        return self.sets * self.holds_per_set * per_rep


@dataclass(frozen=True, slots=True)
class Exercise:
    """One exercise, as loaded from its TOML file."""

    id: str
    name: str
    category: Category
    targets: tuple[str, ...]
    region: str
    patterns: tuple[str, ...]
    position: Position
    desk: bool
    equipment: Equipment
    sided: Sidedness
    dose: Dose
    cues: tuple[str, ...]
    mistakes: tuple[str, ...]
    caution: str
    source: str
    easier: str | None
    harder: str | None
    view: str
    cycle_s: float
    keyframes: tuple[KeyPose, ...]
    #: One-sentence instruction shown under the name.
    summary: str = ""
    #: Set for harder/easier variants: the base exercise; variants are never planned alone.
    variant_of: str | None = None
    #: Props drawn with the figure (see ``PROPS``).
    props: tuple[str, ...] = ()
    #: Body segments highlighted on the figure (see ``SEGMENTS``); empty = from ``region``.
    highlight: tuple[str, ...] = ()
    #: The figure point that stays put while the figure moves (e.g. a planted foot).
    anchor: str = "pelvis"
    #: The file it was loaded from (empty for exercises built in code).
    path: str = ""
    #: Keys of ``CONTRAINDICATIONS`` that rule this exercise out.
    contraindications: tuple[str, ...] = ()
    #: The user stands up (or walks) during it; defaults to ``position == standing``.
    stands_up: bool = False

    @property
    def is_variant(self) -> bool:
        """Whether this is a variant of another exercise (not planned on its own)."""
        return self.variant_of is not None

    @property
    def needs_band(self) -> bool:
        """Whether the exercise needs a resistance band."""
        return self.equipment is Equipment.BAND


@dataclass(frozen=True, slots=True)
class CatalogProblem:
    """A problem found while loading: ``level`` is ``"error"`` (left out) or ``"notice"``."""

    file: str
    field: str
    message: str
    level: str = "error"

    def __str__(self) -> str:
        where = f"{self.file}: {self.field}" if self.field else self.file
        # A quoted bad value may be huge or nested deeply: keep the line readable.
        message = self.message if len(self.message) <= 200 else self.message[:199] + "…"
        return f"{self.level}: {where}: {message}"


@dataclass(frozen=True, slots=True)
class Catalog:
    """Loaded exercises (in id order) and the problems met while loading."""

    exercises: tuple[Exercise, ...] = ()
    problems: tuple[CatalogProblem, ...] = ()
    _by_id: dict[str, Exercise] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_id.update({e.id: e for e in self.exercises})

    def get(self, exercise_id: str) -> Exercise | None:
        """Return the exercise with this id, or None."""
        return self._by_id.get(exercise_id)

    def by_category(
        self, category: Category, *, include_variants: bool = False
    ) -> tuple[Exercise, ...]:
        """Return the exercises of one category (variants only if asked)."""
        return tuple(
            e
            for e in self.exercises
            if e.category == category and (include_variants or not e.is_variant)
        )

    @property
    def base(self) -> tuple[Exercise, ...]:
        """Return the exercises that may be planned on their own (no variants)."""
        return tuple(e for e in self.exercises if not e.is_variant)

    @property
    def errors(self) -> tuple[CatalogProblem, ...]:
        """Return only the problems that left an exercise out."""
        return tuple(p for p in self.problems if p.level == "error")

    def ids(self) -> tuple[str, ...]:
        """Return every loaded id."""
        return tuple(e.id for e in self.exercises)


class _FieldError(Exception):
    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field_name = field_name
        self.message = message


_MISSING = object()


def _get(data: Mapping[str, Any], key: str, default: Any = _MISSING) -> Any:
    if key not in data:
        if default is _MISSING:
            raise _FieldError(key, "required field is missing")
        return default
    return data[key]


def _text(data: Mapping[str, Any], key: str, default: Any = _MISSING) -> str:
    value = _get(data, key, default)
    if not isinstance(value, str):
        raise _FieldError(key, f"expected text, got {_kind(value)}")
    return value.strip()


def _nonempty_text(data: Mapping[str, Any], key: str, default: Any = _MISSING) -> str:
    value = _text(data, key, default)
    if not value:
        raise _FieldError(key, "must not be empty")
    return value


def _opt_id(data: Mapping[str, Any], key: str) -> str | None:
    value = _get(data, key, None)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _FieldError(key, f"expected an exercise id, got {_kind(value)}")
    return value.strip() or None


def _bool(data: Mapping[str, Any], key: str, default: Any = _MISSING) -> bool:
    value = _get(data, key, default)
    if not isinstance(value, bool):
        raise _FieldError(key, f"expected true or false, got {_kind(value)}")
    return value


def _int(data: Mapping[str, Any], key: str, lo: int, hi: int, default: Any = _MISSING) -> int:
    value = _get(data, key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _FieldError(key, f"expected a whole number, got {_kind(value)}")
    if not lo <= value <= hi:
        raise _FieldError(key, f"expected {lo}–{hi}, got {value}")
    return value


def _number(
    data: Mapping[str, Any], key: str, lo: float, hi: float, default: Any = _MISSING
) -> float:
    value = _get(data, key, default)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _FieldError(key, f"expected a number, got {_kind(value)}")
    if not lo <= value <= hi:
        raise _FieldError(key, f"expected {lo:g}–{hi:g}, got {value:g}")
    return float(value)


def _texts(
    data: Mapping[str, Any],
    key: str,
    default: Any = _MISSING,
    *,
    allowed: Iterable[str] | None = None,
    count: int | None = None,
    min_count: int = 0,
) -> tuple[str, ...]:
    value = _get(data, key, default)
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise _FieldError(key, f"expected a list of texts, got {_kind(value)}")
    items = tuple(v.strip() for v in value)
    if any(not v for v in items):
        raise _FieldError(key, "list contains an empty text")
    if count is not None and len(items) != count:
        raise _FieldError(key, f"expected exactly {count} entries, got {len(items)}")
    if len(items) < min_count:
        raise _FieldError(key, f"expected at least {min_count} entries, got {len(items)}")
    if allowed is not None:
        choices = tuple(allowed)
        for item in items:
            if item not in choices:
                raise _FieldError(
                    key, f"unknown value {item!r}; expected one of {', '.join(choices)}"
                )
    return items


def _choice(
    data: Mapping[str, Any], key: str, choices: Iterable[str], default: Any = _MISSING
) -> str:
    value = _text(data, key, default)
    options = tuple(choices)
    if value not in options:
        raise _FieldError(key, f"unknown value {value!r}; expected one of {', '.join(options)}")
    return value


def _kind(value: Any) -> str:
    names = {
        bool: "true/false",
        int: "a number",
        float: "a number",
        str: "text",
        list: "a list",
        dict: "a table",
    }
    return names.get(type(value), type(value).__name__)


def _dose(data: Mapping[str, Any]) -> Dose:
    raw = _get(data, "dose")
    if not isinstance(raw, dict):
        raise _FieldError("dose", f"expected a table, got {_kind(raw)}")

    def sub(check: Callable[..., Any], key: str, *args: Any) -> Any:
        try:
            return check(raw, key, *args)
        except _FieldError as err:
            raise _FieldError(f"dose.{err.field_name}", err.message) from None

    sets = sub(_int, "sets", 1, 10)
    hold_s = sub(_int, "hold_s", 0, 300, 0)
    reps = sub(_int, "reps", 0, 50, 0)
    tempo_s = sub(_int, "tempo_s", 0, 30, 0)
    if hold_s == 0 and reps == 0:
        raise _FieldError("dose", "set hold_s (a hold) or reps (dynamic repetitions)")
    if hold_s == 0 and tempo_s == 0:
        tempo_s = DEFAULT_TEMPO_S
    return Dose(sets=sets, hold_s=hold_s, reps=reps, tempo_s=tempo_s)


def _keyframes(data: Mapping[str, Any]) -> tuple[KeyPose, ...]:
    raw = _get(data, "keyframes", [])
    if not isinstance(raw, list):
        raise _FieldError("keyframes", f"expected a list of [[keyframes]] tables, got {_kind(raw)}")
    poses: list[KeyPose] = []
    last_t = -1.0
    for index, frame in enumerate(raw):
        where = f"keyframes[{index}]"
        if not isinstance(frame, dict):
            raise _FieldError(where, f"expected a table, got {_kind(frame)}")
        try:
            t = _number(frame, "t", 0.0, 1.0)
        except _FieldError as err:
            raise _FieldError(f"{where}.t", err.message) from None
        if t <= last_t:
            raise _FieldError(
                f"{where}.t", f"t must increase from frame to frame ({t:g} after {last_t:g})"
            )
        last_t = t
        angles_raw = frame.get("angles", {})
        if not isinstance(angles_raw, dict):
            raise _FieldError(f"{where}.angles", f"expected a table, got {_kind(angles_raw)}")
        angles: dict[str, float] = {}
        for joint, value in angles_raw.items():
            if joint not in JOINTS:
                raise _FieldError(
                    f"{where}.angles.{joint}", f"unknown joint; known joints: {', '.join(JOINTS)}"
                )
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise _FieldError(
                    f"{where}.angles.{joint}", f"expected a number, got {_kind(value)}"
                )
            if not -360.0 <= value <= 360.0:
                raise _FieldError(f"{where}.angles.{joint}", f"expected -360–360, got {value:g}")
            angles[joint] = float(value)
        poses.append(KeyPose(t=t, angles=angles))
    return tuple(poses)


def _exercise_id(data: Mapping[str, Any], stem: str) -> str:
    value = _text(data, "id", stem)
    if (
        not value
        or not all(c.isascii() and (c.isalnum() or c == "_") for c in value)
        or value != value.lower()
    ):
        raise _FieldError("id", f"{value!r} is not a valid id (lower-case letters, digits and _)")
    if value != stem:
        raise _FieldError("id", f"id {value!r} must match the file name {stem!r}.toml")
    return value


def parse_exercise(data: Mapping[str, Any], stem: str, path: str = "") -> Exercise:
    """Build an Exercise from a parsed TOML mapping.

    Args:
        data: The parsed TOML document.
        stem: The file name without ``.toml``; it is the default id.
        path: The file path, recorded on the exercise.

    Returns:
        The exercise.

    Raises:
        ValueError: With ``field: message`` text if a field is missing or invalid.
    """
    try:
        return _parse(data, stem, path)
    except _FieldError as err:
        raise ValueError(f"{err.field_name}: {err.message}") from None


def _parse(data: Mapping[str, Any], stem: str, path: str) -> Exercise:
    # Checked in the order the fields appear in docs/exercises.md.
    exercise_id = _exercise_id(data, stem)
    name = _nonempty_text(data, "name")
    category = Category(_choice(data, "category", [c.value for c in Category]))
    summary = _text(data, "summary", "")
    targets = _texts(data, "targets", min_count=1)
    region = _choice(data, "region", BODY_REGIONS)
    patterns = _texts(data, "patterns", [], allowed=PATTERNS)
    position = Position(_choice(data, "position", [p.value for p in Position]))
    desk = _bool(data, "desk", False)
    equipment = Equipment(_choice(data, "equipment", [e.value for e in Equipment], "none"))
    sided = Sidedness(_choice(data, "sided", [s.value for s in Sidedness]))
    dose = _dose(data)
    cues = _texts(data, "cues", count=CUE_COUNT)
    return Exercise(
        id=exercise_id,
        name=name,
        category=category,
        targets=targets,
        region=region,
        patterns=patterns,
        position=position,
        desk=desk,
        equipment=equipment,
        sided=sided,
        dose=dose,
        cues=cues,
        mistakes=_texts(data, "mistakes", []),
        caution=_text(data, "caution", ""),
        source=_text(data, "source", ""),
        easier=_opt_id(data, "easier"),
        harder=_opt_id(data, "harder"),
        view=_choice(data, "view", VIEWS, "side"),
        cycle_s=_number(data, "cycle_s", 0.5, 120.0, DEFAULT_CYCLE_S),
        keyframes=_keyframes(data),
        summary=summary,
        variant_of=_opt_id(data, "variant_of"),
        props=_texts(data, "props", _default_props(position), allowed=PROPS),
        highlight=_texts(data, "highlight", [], allowed=SEGMENTS),
        anchor=_choice(data, "anchor", POINTS, "pelvis"),
        path=path,
        contraindications=_texts(data, "contraindications", [], allowed=CONTRAINDICATIONS),
        stands_up=_bool(data, "stands_up", position is Position.STANDING),
    )


def _default_props(position: Position) -> list[str]:
    return {Position.SEATED: ["chair"], Position.STANDING: [], Position.FLOOR: ["mat"]}[position]


#: Every top-level key an exercise file may have.
FIELDS = frozenset(
    {
        "id", "name", "category", "summary", "targets", "region", "patterns", "position",
        "desk", "equipment", "sided", "dose", "cues", "mistakes", "caution", "source",
        "easier", "harder", "variant_of", "view", "props", "highlight", "anchor", "cycle_s",
        "keyframes", "contraindications", "stands_up",
    }
)  # fmt: skip


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
        exercise = _parse(data, path.stem, name)
    except _FieldError as err:
        return None, [CatalogProblem(name, err.field_name, err.message)], len(raw)
    unknown = sorted(set(data) - FIELDS)
    notices = [CatalogProblem(name, key, "unknown field, ignored", "notice") for key in unknown]
    return exercise, notices, len(raw)


def _check_links(
    exercises: dict[str, Exercise], problems: list[CatalogProblem]
) -> dict[str, Exercise]:
    from dataclasses import replace

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
