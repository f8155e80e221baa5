"""What the history says for the next plan: what was done last, and when.

The planner (:mod:`desktop_app.core.planner`) rotates with it: nothing from the previous
session, target regions not yet covered today first, then least recently used; the
starting side alternates across sessions; "both" alternates the lower and upper focus
from one session to the next.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop_app.core.catalog import Catalog, Exercise
from desktop_app.core.clock import zone
from desktop_app.core.events import SessionKind, Side
from desktop_app.core.progression import History
from desktop_app.core.session_plan import other


@dataclass(frozen=True, slots=True)
class RecentUse:
    """What the history says for the next plan (times in UTC)."""

    kind: SessionKind
    today: date
    last_ids: frozenset[str]
    last_used: dict[str, datetime]
    covered_today: frozenset[str]
    next_side: Side
    focus_upper: bool


def family(exercise: Exercise) -> str:
    """Return the id of the exercise a variant belongs to (its own id for a base one)."""
    return exercise.variant_of or exercise.id


def recent_use(
    catalog: Catalog, kind: SessionKind, history: History, now: datetime, tz: str
) -> RecentUse:
    """Read the history up to ``now`` for the next plan.

    That is the last session's exercises, when each family was last used, the regions
    covered today, the side to open with and today's focus.
    """
    tzinfo = zone(tz)
    today = now.astimezone(tzinfo).date()
    sessions = sorted(
        (s for s in history.sessions if s.started_at.utc <= now), key=lambda s: s.started_at.utc
    )
    start_of: dict[int, datetime] = {s.id: s.started_at.utc for s in sessions if s.id is not None}
    sets = sorted((s for s in history.sets if s.at.utc <= now), key=lambda s: s.at.utc)
    last_session_id: int | None = None
    if sets:
        last_session_id = max(
            {s.session_id for s in sets}, key=lambda i: (start_of.get(i, sets[0].at.utc), i)
        )
    last_ids: set[str] = set()
    last_used: dict[str, datetime] = {}
    covered: set[str] = set()
    last_lr_start: Side | None = None
    lr_first_seen: set[int] = set()
    for s in sets:
        ex = catalog.get(s.exercise_id)
        fam = family(ex) if ex else s.exercise_id
        last_used[fam] = s.at.utc
        if s.session_id == last_session_id:
            last_ids.update({s.exercise_id, fam})
        if ex is not None and s.at.utc.astimezone(tzinfo).date() == today:
            covered.add(ex.region)
        if s.side is not Side.BOTH and s.session_id not in lr_first_seen:
            lr_first_seen.add(s.session_id)
            last_lr_start = s.side
    # Alternate the starting side: open with the side the last session did *not* open with.
    next_side = other(last_lr_start) if last_lr_start else Side.LEFT
    sessions_today = sum(1 for s in sessions if s.started_at.utc.astimezone(tzinfo).date() == today)
    return RecentUse(
        kind=kind,
        today=today,
        last_ids=frozenset(last_ids),
        last_used=last_used,
        covered_today=frozenset(covered),
        next_side=next_side,
        focus_upper=sessions_today % 2 == 0,
    )
