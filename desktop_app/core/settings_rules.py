"""The rules a whole settings value must follow, as functions that return typed problems.

Working-hours ranges that end before they start or overlap, and snooze choices: the
settings file (``core.settings_format``) and the dialog both apply them, so the dialog
marks the same problems the file would reject without restating them.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.core.settings import TimeRange, spec


class HoursFault(StrEnum):
    """What is wrong with a day's working hours."""

    ENDS_BEFORE_START = "ends before it starts"
    OVERLAP = "overlap"


@dataclass(frozen=True, slots=True)
class HoursProblem:
    """One problem in a day's ranges: the range at ``first`` (and the one at ``second``)."""

    fault: HoursFault
    first: int
    second: int | None = None


def hours_problems(ranges: Sequence[TimeRange]) -> list[HoursProblem]:
    """Return each range that ends before it starts, then each overlap of neighbours.

    Indices refer to ``ranges`` as given; overlaps are found among the valid ranges
    sorted by start, so each is reported once, earlier range first.
    """
    problems = [
        HoursProblem(HoursFault.ENDS_BEFORE_START, i)
        for i, r in enumerate(ranges)
        if not r.start < r.end
    ]
    valid = sorted(
        (i for i, r in enumerate(ranges) if r.start < r.end), key=lambda i: ranges[i].start
    )
    for a, b in itertools.pairwise(valid):
        if ranges[b].start < ranges[a].end:
            problems.append(HoursProblem(HoursFault.OVERLAP, a, b))
    return problems


def ranges_in_conflict(ranges: Sequence[TimeRange]) -> frozenset[int]:
    """Return the indices of every range that is invalid or overlaps any other."""
    bad = {i for i, r in enumerate(ranges) if not r.start < r.end}
    for i, j in itertools.combinations(range(len(ranges)), 2):
        a, b = ranges[i], ranges[j]
        if a.start < a.end and b.start < b.end and a.start < b.end and b.start < a.end:
            bad.update((i, j))
    return frozenset(bad)


class SnoozeFault(StrEnum):
    """What is wrong with a list of snooze choices."""

    EMPTY = "empty"
    OUT_OF_RANGE = "out of range"
    TOO_MANY = "too many"


def snooze_fault(minutes: Sequence[int]) -> SnoozeFault | None:
    """Tell what is wrong with these snooze choices, or None when they are usable."""
    s = spec("snooze_options_min")
    lo, hi = s.whole_bounds
    if not minutes:
        return SnoozeFault.EMPTY
    if any(not lo <= m <= hi for m in minutes):
        return SnoozeFault.OUT_OF_RANGE
    if s.max_items is not None and len(set(minutes)) > s.max_items:
        return SnoozeFault.TOO_MANY
    return None
