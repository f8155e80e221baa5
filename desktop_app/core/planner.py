"""Plan a guided session: which exercises, in which order, at which dose, on which side.

Deterministic: the same catalog, history, settings, ``now`` and seed give the same plan.

Rules (brief §3, issue 3 §3):

* microbreak: 2–4 desk exercises (office clothes, no floor), 2–5 min; daily: 10–15 min,
  3–4 stretches, 3–4 activations (floor first), then a hinge / sit-to-stand;
* order: release → activate → posture (optional reset, last);
* profile: exercises whose patterns fit the focus (brief §3 table); "both" alternates
  lower and upper focus from one session to the next; "asymmetry" favours one-sided work.
  The focus is a filter, not a preference: another exercise is taken only when nothing
  that fits is left (issue 12: lower-crossed work never drifts to hamstring or figure-4
  stretches, which belong to the posterior-tilt focus);
* upper focus: every session has an upper-back activation (mid/lower trapezius,
  rhomboids), the muscles the upper-crossed pattern weakens (S0, S1);
* lower focus: the daily session releases the hip flexors and activates the glutes and
  the abdominals (S0, S1: tight hip flexors and low-back extensors, weak glutes and abs);
* standing: every microbreak gets the user out of the chair at least once (S0, S3:
  breaks to stand, stretch or move); when the picks are all seated, a standing posture
  reset is added, or a pick is swapped for a standing one of the same category;
* contraindications: exercises ruled out by a condition the user declared are left out;
* equipment: band exercises only when the user has a band;
* rotation: nothing from the previous session, target regions not yet covered today
  first, then least recently used; the starting side alternates (across sessions and
  from one one-sided exercise to the next);
* weak and tight side: asked separately (``weak_side``, ``tight_side``), never assumed
  from each other. One-sided activation gets one more set on the weak side, one-sided
  stretches one more hold on the tight side (S3);
* duration estimate and trimming to the session length: ``core.session_plan``.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from datetime import datetime

from desktop_app.core.catalog import Catalog, Category, Equipment, Exercise, Position, Sidedness
from desktop_app.core.events import SessionKind
from desktop_app.core.plan_history import recent_use
from desktop_app.core.progression import History, Progression, replay
from desktop_app.core.session_plan import (
    PlannedExercise,
    SessionPlan,
    estimate_s,
    fit_plan,
    plan_item,
)
from desktop_app.core.settings import Profile, SidePreference

MICRO_MIN_S = 120
MICRO_MAX_S = 300
MICRO_MAX_EXERCISES = 4
DAILY_MIN_S = 600
DAILY_MAX_S = 900

#: Patterns of each focus (catalog ``PATTERNS``).
LOWER_PATTERNS = frozenset({"lower-crossed", "anterior-tilt"})
POSTERIOR_PATTERNS = frozenset({"posterior-tilt"})
UPPER_PATTERNS = frozenset({"upper-crossed", "forward-head"})
ASYM_PATTERNS = frozenset({"asymmetry"})
#: Region of the activations an upper focus always includes (mid/lower trapezius, rhomboids).
UPPER_BACK = "upper_back"
#: Lower focus, daily session: (category, region) slots filled first, in this order: a
#: hip-flexor release, a glute activation, an abdominal activation.
LOWER_DAILY_SLOTS: tuple[tuple[Category, str], ...] = (
    (Category.RELEASE, "hips"),
    (Category.ACTIVATE, "hips"),
    (Category.ACTIVATE, "core"),
)

CATEGORY_ORDER = (Category.RELEASE, Category.ACTIVATE, Category.POSTURE)


def profile_patterns(profile: Profile, focus_upper: bool) -> frozenset[str]:
    """Return the patterns a profile works on this session."""
    if profile == Profile.LOWER_CROSSED:
        return LOWER_PATTERNS
    if profile == Profile.UPPER_CROSSED:
        return UPPER_PATTERNS
    if profile == Profile.ASYMMETRY:
        return ASYM_PATTERNS
    if profile == Profile.POSTERIOR_TILT:
        return POSTERIOR_PATTERNS
    return UPPER_PATTERNS if focus_upper else LOWER_PATTERNS


def plan_session(
    catalog: Catalog,
    kind: SessionKind,
    profile: Profile,
    history: History,
    rng: random.Random,
    now: datetime,
    *,
    equipment: Equipment = Equipment.NONE,
    weak_side: SidePreference = SidePreference.NONE,
    tight_side: SidePreference = SidePreference.NONE,
    tz: str = "UTC",
    progression: Progression | None = None,
    stopped_regions: frozenset[str] = frozenset(),
    conditions: frozenset[str] = frozenset(),
) -> SessionPlan:
    """Plan one session.

    Args:
        catalog: The loaded exercises.
        kind: MICROBREAK (and USER) plan a desk microbreak; DAILY the 10–15 min session.
        profile: The focus the user chose.
        history: Recent events (a few weeks are enough).
        rng: Breaks ties between equally good exercises.
        now: The current instant (aware).
        equipment: What the user has; BAND allows band exercises.
        weak_side: The weaker side, if the user marked one.
        tight_side: The tighter side, if the user marked one.
        tz: The user's timezone name, for "today".
        progression: Dose states; replayed from ``history`` when not given.
        stopped_regions: Exercise regions stopped by a safety check
            (``SafetyOutcome.stop_regions``); nothing there is planned.
        conditions: Contraindications the user declared (``catalog.CONTRAINDICATIONS``
            keys); exercises they rule out are not planned.

    Returns:
        The plan; it may hold fewer exercises than wanted when the catalog is very small.
    """
    prog = progression if progression is not None else replay(catalog, history)
    ctx = recent_use(catalog, kind, history, now, tz)
    daily = kind is SessionKind.DAILY
    weak = SidePreference(weak_side).side
    tight = SidePreference(tight_side).side
    patterns = profile_patterns(profile, ctx.focus_upper)
    upper_focus = patterns == UPPER_PATTERNS
    lower_focus = patterns == LOWER_PATTERNS

    def allowed(ex: Exercise) -> bool:
        return (
            eligible(ex, kind, equipment)
            and ex.region not in stopped_regions
            and not prog.resting(ex.id, now)
            and not conditions & set(ex.contraindications)
        )

    candidates: list[tuple[Exercise, Exercise]] = []  # (base, what to do)
    for base in catalog.base:
        todo = prog.resolve(catalog, base)
        if not allowed(todo):
            todo = base
        if not allowed(todo) or base.id in ctx.last_ids or todo.id in ctx.last_ids:
            continue
        candidates.append((base, todo))
    tiebreak = {b.id: rng.random() for b, _ in candidates}

    targets = target_regions(catalog, profile, kind, equipment)

    def fits_focus(ex: Exercise) -> bool:
        return _fits(ex, profile, patterns)

    def score(pair: tuple[Exercise, Exercise]) -> tuple[int, int, int, float, float]:
        base, todo = pair
        used = ctx.last_used.get(base.id)
        return (
            0 if todo.region in targets and todo.region not in ctx.covered_today else 1,
            0 if fits_focus(todo) else 1,
            0 if _preferred_position(todo, daily) else 1,
            used.timestamp() if used else -math.inf,
            tiebreak[base.id],
        )

    by_cat: dict[Category, list[tuple[Exercise, Exercise]]] = {c: [] for c in CATEGORY_ORDER}
    for pair in candidates:
        by_cat[pair[1].category].append(pair)

    chosen: list[tuple[Exercise, Exercise]] = []
    covered = set(ctx.covered_today)

    def take(
        category: Category,
        *,
        floor_only: bool = False,
        region: str | None = None,
        standing: bool = False,
        strict: bool = False,
    ) -> bool:
        pool = [p for p in by_cat[category] if p not in chosen]
        if region is not None:
            pool = [p for p in pool if p[1].region == region and fits_focus(p[1])]
        if standing:
            pool = [p for p in pool if p[1].stands_up]
        # The focus filters; other exercises only when nothing that fits is left.
        fitting = [p for p in pool if fits_focus(p[1])]
        pool = fitting if fitting or strict else pool
        if floor_only:
            pool = [p for p in pool if p[1].position is Position.FLOOR] or pool
        if not pool:
            return False
        pick = min(pool, key=lambda p: _rescore(score(p), p[1], covered, targets))
        chosen.append(pick)
        covered.add(pick[1].region)
        return True

    side_state = [ctx.next_side]
    items: list[PlannedExercise] = []

    def build() -> list[PlannedExercise]:
        side_state[0] = ctx.next_side
        ordered = sorted(chosen, key=lambda p: CATEGORY_ORDER.index(p[1].category))
        return [plan_item(todo, prog, weak, tight, side_state, daily) for _, todo in ordered]

    if daily:
        if lower_focus:
            for category, region in LOWER_DAILY_SLOTS:
                take(category, region=region)
        if upper_focus:
            take(Category.ACTIVATE, region=UPPER_BACK)
        while sum(p[1].category is Category.RELEASE for p in chosen) < 3:
            if not take(Category.RELEASE, strict=True):
                break
        while sum(p[1].category is Category.ACTIVATE for p in chosen) < 3:
            n = sum(p[1].category is Category.ACTIVATE for p in chosen)
            # The daily session includes floor work: the last pick is a floor one if
            # the focus has not brought any yet.
            on_floor = any(p[1].position is Position.FLOOR for p in chosen)
            if not take(Category.ACTIVATE, floor_only=n == 2 and not on_floor):
                break
        hinge = [p for p in by_cat[Category.POSTURE] if "sit_to_stand" in p[1].id]
        if hinge:
            chosen.append(hinge[0])
        elif by_cat[Category.POSTURE]:
            take(Category.POSTURE)
        items = build()
        for category in (Category.ACTIVATE, Category.RELEASE):
            if estimate_s(items) >= DAILY_MIN_S:
                break
            if take(category):
                items = build()
                if estimate_s(items) > DAILY_MAX_S:
                    chosen.pop()
                    items = build()
        items = fit_plan(items, DAILY_MIN_S, DAILY_MAX_S)
    else:
        take(Category.RELEASE)
        if not (upper_focus and take(Category.ACTIVATE, region=UPPER_BACK)):
            take(Category.ACTIVATE)
        items = build()
        # Too short: add a posture reset, then a second release or activation.
        for category in (Category.POSTURE, Category.RELEASE, Category.ACTIVATE):
            if estimate_s(items) >= MICRO_MIN_S or len(chosen) >= MICRO_MAX_EXERCISES:
                break
            if take(category):
                items = build()
        # Long enough: an optional posture reset at the end, half of the time.
        has_posture = any(p[1].category is Category.POSTURE for p in chosen)
        if not has_posture and len(chosen) < 3 and rng.random() < 0.5 and take(Category.POSTURE):
            with_reset = build()
            if estimate_s(with_reset) <= MICRO_MAX_S:
                items = with_reset
            else:
                chosen.pop()
        if not any(p[1].stands_up for p in chosen):
            _stand_up(chosen, take, build)
        items = fit_plan(build(), MICRO_MIN_S, MICRO_MAX_S)
    return SessionPlan(kind, tuple(items), estimate_s(items))


def _stand_up(
    chosen: list[tuple[Exercise, Exercise]],
    take: Callable[..., bool],
    build: Callable[[], list[PlannedExercise]],
) -> None:
    """Get the user out of the chair: add a standing reset, else swap a pick for a standing one.

    Swaps keep the category (and so the release → activate order) and the upper-back
    activation of an upper focus (those are all standing).
    """
    if len(chosen) < MICRO_MAX_EXERCISES and take(Category.POSTURE, standing=True):
        # Fine if it fits once sets are trimmed (the reset itself is never trimmed away).
        fitted = fit_plan(build(), MICRO_MIN_S, MICRO_MAX_S)
        if estimate_s(fitted) <= MICRO_MAX_S and any(p.exercise.stands_up for p in fitted):
            return
        chosen.pop()
    # Least intrusive first: the optional reset, then the activation, then the release;
    # a standing exercise of the focus first, any standing one only when none is left.
    for strict in (True, False):
        for category in (Category.POSTURE, Category.ACTIVATE, Category.RELEASE):
            seated = [p for p in chosen if p[1].category is category]
            if not seated:
                continue
            index = chosen.index(seated[-1])
            removed = chosen.pop(index)
            if take(category, standing=True, strict=strict):
                chosen.insert(index, chosen.pop())
                return
            chosen.insert(index, removed)


def _preferred_position(exercise: Exercise, daily: bool) -> bool:
    """Daily activations prefer the floor (brief §3: floor activations)."""
    if not daily or exercise.category is not Category.ACTIVATE:
        return True
    return exercise.position is Position.FLOOR


def _rescore(
    s: tuple[int, int, int, float, float],
    todo: Exercise,
    covered: set[str],
    targets: frozenset[str],
) -> tuple[int, int, int, float, float]:
    return (0 if todo.region in targets and todo.region not in covered else 1, *s[1:])


def _fits(ex: Exercise, profile: Profile, patterns: frozenset[str]) -> bool:
    if profile == Profile.ASYMMETRY:
        return bool(ASYM_PATTERNS & set(ex.patterns)) or ex.sided is Sidedness.LEFT_RIGHT
    return bool(patterns & set(ex.patterns))


def eligible(exercise: Exercise, kind: SessionKind, equipment: Equipment) -> bool:
    """Tell whether an exercise may be planned in this kind of session with this equipment."""
    if exercise.needs_band and equipment != Equipment.BAND:
        return False
    if kind is SessionKind.DAILY:
        return True
    return exercise.desk and exercise.position is not Position.FLOOR


def target_regions(
    catalog: Catalog, profile: Profile, kind: SessionKind, equipment: Equipment = Equipment.NONE
) -> frozenset[str]:
    """Return the regions a day of this profile's sessions should cover.

    The regions of the profile's releases and activations; posture resets are optional
    extras and add no target region of their own.
    """
    patterns = (
        LOWER_PATTERNS | UPPER_PATTERNS
        if profile == Profile.BOTH
        else profile_patterns(profile, True)
    )
    return frozenset(
        e.region
        for e in catalog.base
        if eligible(e, kind, equipment)
        and _fits(e, profile, patterns)
        and e.category is not Category.POSTURE
    )
