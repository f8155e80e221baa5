"""How a setting is declared: its kind, bounds, unit and help, next to its default.

Each option is one field of :class:`~desktop_app.core.settings.Settings` whose metadata
(:func:`declare`) holds its :class:`OptionSpec`; :func:`declared_options` reads them back
as :class:`Option` values for the settings file, the dialog and ``docs/settings.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from _typeshed import DataclassInstance


class OptionKind(StrEnum):
    """The type of an option's value, as written in the settings file."""

    WHOLE = "whole number"
    SHARE = "number 0–1"
    SWITCH = "true/false"
    CHOICE = "one of"
    TIME = "time HH:MM"
    MINUTES = "list of minutes"
    WEEK_HOURS = "weekday table"
    CONDITIONS = "list of conditions"
    LANGUAGE = "language code"
    TEXT = "text"
    FOLDER = "folder path"


@dataclass(frozen=True, slots=True)
class OptionSpec:
    """Everything about an option but its key and default.

    Attributes:
        kind: The value's type.
        help: One sentence for the docs and the settings dialog (translated in context
            ``"Settings"``).
        bounds: Smallest and largest value (for a list of minutes: of each entry).
        unit: Unit of the value ("min", "s"); empty when it has none.
        choices: The values a CHOICE or CONDITIONS option allows.
        max_items: Longest list a MINUTES option allows.
        recommended: Range advised for a WHOLE option (the dialog says so).
        shown: False for the app's own bookkeeping, which the dialog does not show.
    """

    kind: OptionKind
    help: str
    bounds: tuple[float, float] | None = None
    unit: str = ""
    choices: tuple[str, ...] = ()
    max_items: int | None = None
    recommended: tuple[int, int] | None = None
    shown: bool = True

    @property
    def whole_bounds(self) -> tuple[int, int]:
        """Return the bounds as whole numbers (for WHOLE and MINUTES options)."""
        assert self.bounds is not None
        return int(self.bounds[0]), int(self.bounds[1])


_SPEC = "option"


def declare(**spec: Any) -> dict[str, OptionSpec]:
    """Return dataclass field metadata holding one option's :class:`OptionSpec`."""
    return {_SPEC: OptionSpec(**spec)}


def choices_of(enum: type[StrEnum]) -> tuple[str, ...]:
    """Return the values of ``enum``, as a CHOICE option's choices."""
    return tuple(e.value for e in enum)


@dataclass(frozen=True, slots=True)
class Option:
    """One declared option: its key, default and spec."""

    key: str
    default: Any
    spec: OptionSpec


def declared_options(declarations: type[DataclassInstance]) -> dict[str, Option]:
    """Return every option declared as a field of ``declarations``, in declaration order."""
    out: dict[str, Option] = {}
    for f in fields(declarations):
        factory = f.default_factory
        default = factory() if callable(factory) else f.default
        out[f.name] = Option(f.name, default, f.metadata[_SPEC])
    return out
