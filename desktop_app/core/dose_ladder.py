"""The ladder of one exercise's doses, level 0 being the catalog dose.

Each level up or down changes the hold, the repetitions or the sets by a fixed step:

* single holds (``reps == 0``): hold +5 s per level up to 30 s (brief: 20 → 25 → 30 s),
  then one more hold per side (+1 set);
* repeated holds and dynamic reps: +2 repetitions per level (twice), then +1 set;
* above the top: the harder variant (``Exercise.harder``) replaces the exercise;
* below the base: −5 s per level (not under 10 s) or −2 repetitions (not under 3);
  below the floor: the easier variant, or 48 h rest when there is none.

When to move up or down is :mod:`desktop_app.core.progression`'s concern.
"""

from __future__ import annotations

from dataclasses import replace

from desktop_app.core.catalog import Dose

HOLD_STEP_S = 5
HOLD_TOP_S = 30
HOLD_FLOOR_S = 10
REP_STEP = 2
REP_STEPS_UP = 2
REP_FLOOR = 3
EXTRA_SETS_AT_TOP = 1


def max_level(base: Dose) -> int:
    """Return the highest level of a dose's ladder (its top before the harder variant)."""
    if base.is_hold and base.reps == 0:
        steps = max(0, (HOLD_TOP_S - base.hold_s) // HOLD_STEP_S)
    else:
        steps = REP_STEPS_UP
    return steps + EXTRA_SETS_AT_TOP


def min_level(base: Dose) -> int:
    """Return the lowest level of a dose's ladder (≤ 0)."""
    if base.is_hold and base.reps == 0:
        return -max(0, (base.hold_s - HOLD_FLOOR_S) // HOLD_STEP_S)
    return -max(0, (base.reps - REP_FLOOR) // REP_STEP)


def dose_at(base: Dose, level: int) -> Dose:
    """Return the dose at ``level`` of ``base``'s ladder (clamped to the ladder)."""
    level = max(min_level(base), min(max_level(base), level))
    top = max_level(base) - EXTRA_SETS_AT_TOP
    extra_sets = max(0, level - top)
    steps = min(level, top)
    if base.is_hold and base.reps == 0:
        return replace(base, hold_s=base.hold_s + HOLD_STEP_S * steps, sets=base.sets + extra_sets)
    return replace(base, reps=base.reps + REP_STEP * steps, sets=base.sets + extra_sets)


def describe(dose: Dose) -> str:
    """Describe a dose in a few words, e.g. ``25 s × 2`` or ``12 reps × 2``."""
    if dose.is_hold and dose.reps == 0:
        return f"{dose.hold_s} s × {dose.sets}"
    if dose.is_hold:
        sets = f" × {dose.sets}" if dose.sets > 1 else ""
        return f"{dose.reps} × {dose.hold_s} s holds{sets}"
    sets = f" × {dose.sets}" if dose.sets > 1 else ""
    return f"{dose.reps} reps{sets}"
