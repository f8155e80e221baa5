"""One exercise file's fields: check each one and build the exercise.

The rules are ``docs/exercises.md``'s; the result is a
:class:`~desktop_app.core.catalog.Exercise`. A bad field raises :class:`FieldError`
naming the field, so the loader (:mod:`desktop_app.core.catalog_files`) can report the
file and field and leave the exercise out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from desktop_app.core.catalog import (
    BODY_REGIONS,
    CONTRAINDICATIONS,
    CUE_COUNT,
    DEFAULT_CYCLE_S,
    DEFAULT_TEMPO_S,
    PATTERNS,
    PROPS,
    SEGMENTS,
    VIEWS,
    Category,
    Dose,
    Equipment,
    Exercise,
    Position,
    Sidedness,
)
from desktop_app.core.key_poses import JOINTS, KeyPose
from desktop_app.core.poses import POINTS


class FieldError(Exception):
    """A missing or invalid field: ``field_name`` and a ``message`` for the user."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field_name = field_name
        self.message = message


_MISSING = object()


def _get(data: Mapping[str, Any], key: str, default: Any = _MISSING) -> Any:
    if key not in data:
        if default is _MISSING:
            raise FieldError(key, "required field is missing")
        return default
    return data[key]


def _text(data: Mapping[str, Any], key: str, default: Any = _MISSING) -> str:
    value = _get(data, key, default)
    if not isinstance(value, str):
        raise FieldError(key, f"expected text, got {_kind(value)}")
    return value.strip()


def _nonempty_text(data: Mapping[str, Any], key: str, default: Any = _MISSING) -> str:
    value = _text(data, key, default)
    if not value:
        raise FieldError(key, "must not be empty")
    return value


def _opt_id(data: Mapping[str, Any], key: str) -> str | None:
    value = _get(data, key, None)
    if value is None:
        return None
    if not isinstance(value, str):
        raise FieldError(key, f"expected an exercise id, got {_kind(value)}")
    return value.strip() or None


def _bool(data: Mapping[str, Any], key: str, default: Any = _MISSING) -> bool:
    value = _get(data, key, default)
    if not isinstance(value, bool):
        raise FieldError(key, f"expected true or false, got {_kind(value)}")
    return value


def _int(data: Mapping[str, Any], key: str, lo: int, hi: int, default: Any = _MISSING) -> int:
    value = _get(data, key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise FieldError(key, f"expected a whole number, got {_kind(value)}")
    if not lo <= value <= hi:
        raise FieldError(key, f"expected {lo}–{hi}, got {value}")
    return value


def _number(
    data: Mapping[str, Any], key: str, lo: float, hi: float, default: Any = _MISSING
) -> float:
    value = _get(data, key, default)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise FieldError(key, f"expected a number, got {_kind(value)}")
    if not lo <= value <= hi:
        raise FieldError(key, f"expected {lo:g}–{hi:g}, got {value:g}")
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
        raise FieldError(key, f"expected a list of texts, got {_kind(value)}")
    items = tuple(v.strip() for v in value)
    if any(not v for v in items):
        raise FieldError(key, "list contains an empty text")
    if count is not None and len(items) != count:
        raise FieldError(key, f"expected exactly {count} entries, got {len(items)}")
    if len(items) < min_count:
        raise FieldError(key, f"expected at least {min_count} entries, got {len(items)}")
    if allowed is not None:
        choices = tuple(allowed)
        for item in items:
            if item not in choices:
                raise FieldError(
                    key, f"unknown value {item!r}; expected one of {', '.join(choices)}"
                )
    return items


def _choice(
    data: Mapping[str, Any], key: str, choices: Iterable[str], default: Any = _MISSING
) -> str:
    value = _text(data, key, default)
    options = tuple(choices)
    if value not in options:
        raise FieldError(key, f"unknown value {value!r}; expected one of {', '.join(options)}")
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
        raise FieldError("dose", f"expected a table, got {_kind(raw)}")

    def sub(check: Callable[..., Any], key: str, *args: Any) -> Any:
        try:
            return check(raw, key, *args)
        except FieldError as err:
            raise FieldError(f"dose.{err.field_name}", err.message) from None

    sets = sub(_int, "sets", 1, 10)
    hold_s = sub(_int, "hold_s", 0, 300, 0)
    reps = sub(_int, "reps", 0, 50, 0)
    tempo_s = sub(_int, "tempo_s", 0, 30, 0)
    if hold_s == 0 and reps == 0:
        raise FieldError("dose", "set hold_s (a hold) or reps (dynamic repetitions)")
    if hold_s == 0 and tempo_s == 0:
        tempo_s = DEFAULT_TEMPO_S
    return Dose(sets=sets, hold_s=hold_s, reps=reps, tempo_s=tempo_s)


def _keyframes(data: Mapping[str, Any]) -> tuple[KeyPose, ...]:
    raw = _get(data, "keyframes", [])
    if not isinstance(raw, list):
        raise FieldError("keyframes", f"expected a list of [[keyframes]] tables, got {_kind(raw)}")
    poses: list[KeyPose] = []
    last_t = -1.0
    for index, frame in enumerate(raw):
        where = f"keyframes[{index}]"
        if not isinstance(frame, dict):
            raise FieldError(where, f"expected a table, got {_kind(frame)}")
        try:
            t = _number(frame, "t", 0.0, 1.0)
        except FieldError as err:
            raise FieldError(f"{where}.t", err.message) from None
        if t <= last_t:
            raise FieldError(
                f"{where}.t", f"t must increase from frame to frame ({t:g} after {last_t:g})"
            )
        last_t = t
        angles_raw = frame.get("angles", {})
        if not isinstance(angles_raw, dict):
            raise FieldError(f"{where}.angles", f"expected a table, got {_kind(angles_raw)}")
        angles: dict[str, float] = {}
        for joint, value in angles_raw.items():
            if joint not in JOINTS:
                raise FieldError(
                    f"{where}.angles.{joint}", f"unknown joint; known joints: {', '.join(JOINTS)}"
                )
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise FieldError(
                    f"{where}.angles.{joint}", f"expected a number, got {_kind(value)}"
                )
            if not -360.0 <= value <= 360.0:
                raise FieldError(f"{where}.angles.{joint}", f"expected -360–360, got {value:g}")
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
        raise FieldError("id", f"{value!r} is not a valid id (lower-case letters, digits and _)")
    if value != stem:
        raise FieldError("id", f"id {value!r} must match the file name {stem!r}.toml")
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
        return parse_fields(data, stem, path)
    except FieldError as err:
        raise ValueError(f"{err.field_name}: {err.message}") from None


def parse_fields(data: Mapping[str, Any], stem: str, path: str) -> Exercise:
    """Build an Exercise from a parsed TOML mapping; raise FieldError for a bad field."""
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
