"""Exercise catalog: the data model (exercises, doses, the vocabulary they use).

Every exercise lives in one ``<id>.toml`` file (format: ``docs/exercises.md``):
:mod:`desktop_app.core.exercise_file` checks one file's fields and
:mod:`desktop_app.core.catalog_files` loads the folders into a :class:`Catalog`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from desktop_app.core.exercise_needs import CONTRAINDICATIONS, Equipment
from desktop_app.core.key_poses import KeyPose

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
