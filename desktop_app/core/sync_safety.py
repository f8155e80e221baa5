"""What a safety finding on another computer means here (the safety lock sees all computers).

Each computer keeps its safety state (lock, stopped regions, last screening) itself; the
safety events it stores are shared. When events of another computer are imported, they
are replayed here in time order with the same rules a finding here follows
(:func:`desktop_app.core.safety.evaluate` on the flags it names): a red flag that locks
the programme locks it here too, stopped regions are stopped here too, a confirmed
assessment lifts both, and a checklist answered there counts as the last screening here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from desktop_app.core.red_flags import FLAGS_BY_ID
from desktop_app.core.safety import Trigger, evaluate

#: The code the app stores when the user confirms an assessment (the lock is lifted).
ASSESSMENT_CONFIRMED = "assessment_confirmed"


@dataclass(frozen=True, slots=True)
class SafetyFinding:
    """One safety event as shared: when, its code, action (trigger) and flag ids."""

    at: datetime
    code: str
    action: str
    detail: str


@dataclass(slots=True)
class SafetyChange:
    """What the findings change here (None: unchanged)."""

    locked: bool | None = None
    stopped_regions: frozenset[str] | None = None
    add_regions: frozenset[str] = field(default_factory=frozenset)
    last_screening: datetime | None = None


def change_from(findings: Iterable[SafetyFinding]) -> SafetyChange:
    """Replay findings of other computers in time order; return the change to apply here."""
    change = SafetyChange()
    for finding in sorted(findings, key=lambda f: f.at):
        if finding.code == ASSESSMENT_CONFIRMED:
            change.locked, change.stopped_regions = False, frozenset()
            change.add_regions = frozenset()
            continue
        flags = [i for i in finding.detail.split(",") if i in FLAGS_BY_ID]
        if finding.action == Trigger.CHECKLIST.value and (
            change.last_screening is None or finding.at > change.last_screening
        ):
            change.last_screening = finding.at
        if not flags:
            continue
        outcome = evaluate(flags)
        if outcome.lock_programme:
            change.locked = True
        change.add_regions = change.add_regions | outcome.stop_regions
    return change
