"""What the other computers' activity and breaks mean for the break count here.

Two rules feed the break policy (:mod:`desktop_app.core.policy`) from the sync folder:

- **Working elsewhere is not a natural break here.** The idle reading here says how long
  this computer saw no input; when the user was active on another computer in that
  stretch (its "active until" note, :mod:`desktop_app.core.sync_activity`), the stretch
  is counted from the end of that activity instead (:func:`idle_here`).
- **A break taken elsewhere restarts the count here** when it is still relevant: it ended
  after the count here last restarted and less than one break interval ago
  (:func:`break_restarts_count`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from uuid import UUID

from desktop_app.core.sync_activity import SKEW_TOLERANCE_S, SeenNote, spans_here


def idle_here(
    idle_s: float | None,
    notes: Iterable[SeenNote],
    own: UUID,
    now: datetime,
    tolerance_s: int = SKEW_TOLERANCE_S,
) -> float | None:
    """Return the idle seconds the policy should see, given activity on other computers.

    Args:
        idle_s: Seconds since the last input here (None: unknown, passed through).
        notes: The other computers' notes as last read.
        own: This computer's id (its own note is ignored).
        now: This computer's clock (aware UTC).
        tolerance_s: Clock differences taken for sync delay (see ``clock_correction``).

    Returns:
        ``idle_s``, shortened to the time since the latest activity noted elsewhere inside
        the idle stretch (never below 0).
    """
    if idle_s is None or idle_s <= 0:
        return idle_s
    start = now - timedelta(seconds=idle_s)
    latest: datetime | None = None
    for seen in notes:
        if seen.note.computer_id == own:
            continue
        for span in spans_here(seen, tolerance_s):
            if span.end >= start and span.start <= now:
                end = min(span.end, now)
                latest = end if latest is None or end > latest else latest
    if latest is None:
        return idle_s
    return max(0.0, min(idle_s, (now - latest).total_seconds()))


def break_restarts_count(
    ended_at: datetime,
    now: datetime,
    interval_s: float,
    last_restart_here: datetime | None,
) -> bool:
    """True when a break that ended elsewhere at ``ended_at`` should restart the count here.

    Args:
        ended_at: When the break (a completed or partial session) ended, UTC.
        now: This computer's clock (aware UTC).
        interval_s: The break interval here (active time between microbreaks).
        last_restart_here: When the count here last restarted for a break, if known.
    """
    if ended_at > now + timedelta(seconds=SKEW_TOLERANCE_S):
        return False  # a clock far ahead: not trusted to move the count
    if (now - ended_at).total_seconds() >= interval_s:
        return False  # the count here has moved on since
    return last_restart_here is None or ended_at > last_restart_here
