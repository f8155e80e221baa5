"""One sync pass, run on the sync flow's worker thread (never the GUI thread).

:class:`SyncPass` keeps the engine between passes (rebuilt when the folder changes or
this computer's files were removed), runs a whole pass or only the notes, replays other
computers' safety findings here, and decides on the worker which notices are due.
:mod:`desktop_app.sync_flow` schedules the passes and hands their results on.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from desktop_app.core.settings import Settings
from desktop_app.platform.computer_name import host_name
from desktop_app.platform.paths import DataPaths
from desktop_app.storage.write_queue import WriteQueue

if TYPE_CHECKING:
    from desktop_app.core.sync_safety import SafetyFinding
    from desktop_app.sync.engine import SyncEngine, SyncReport

log = logging.getLogger("desktop_app.sync_flow")

NEWER_TOLD_KEY = "sync.newer_told_version"
CLONE_TOLD_KEY = "sync.clone_told"


@dataclass(frozen=True, slots=True)
class SyncConfig:
    """What a pass needs from the settings."""

    root: Path
    name: str


def config_of(settings: Settings) -> SyncConfig | None:
    """The sync configuration in force, or None when sync is off or has no folder."""
    if not settings.sync_enabled or not settings.sync_folder:
        return None
    return SyncConfig(Path(settings.sync_folder), settings.computer_name or host_name())


@dataclass(frozen=True, slots=True)
class PassOutcome:
    """A pass's report plus the notices due (decided on the worker)."""

    report: SyncReport
    tell_newer: bool
    tell_clone: bool
    #: Folders to watch (those that exist now).
    watch: tuple[str, ...] = ()
    #: False for a notes-only pass (the activity tick): it says nothing about the events.
    full: bool = True


class SyncPass:
    """The worker side of sync: the engine and one pass at a time.

    Args:
        paths: This computer's data dir (the cursors file).
        writes: The write queue (its store is read and written on the worker).
    """

    def __init__(self, paths: DataPaths, writes: WriteQueue) -> None:
        self._paths, self._writes = paths, writes
        self._engine: SyncEngine | None = None
        #: Set when this computer's files were removed: the next pass writes all again.
        self.stale = False
        #: This computer's id, once a pass has run.
        self.own: UUID | None = None

    def work(
        self,
        config: SyncConfig,
        activity: list[datetime],
        now: datetime,
        waiting: int,
        *,
        full: bool,
    ) -> PassOutcome:
        """On the worker: one pass (or only the notes)."""
        from desktop_app.sync.engine import SyncEngine, SyncReport

        engine = self._engine
        if engine is None or engine.folder.root != config.root or self.stale:
            self.stale = False
            engine = SyncEngine(self._paths, config.root, self._writes.store.computer_id(), "")
            self._engine = engine
        self.own = engine.own
        engine.activity.name = config.name
        for at in activity:
            engine.activity.record(at)
        if not full:
            report = SyncReport()
            engine.notes(now, report)
            return PassOutcome(report, False, False, engine.watched_folders(), full=False)
        report = engine.run(self._writes.store, now, waiting)
        if report.safety:
            self.apply_safety(report.safety)
        tell_newer = tell_clone = False
        if report.newer_lines:
            from desktop_app.core.sync_format import FORMAT_VERSION
            from desktop_app.core.sync_merge import newer_notice_due

            told = self._writes.state(NEWER_TOLD_KEY)
            told_version = int(told) if told and told.isdigit() else None
            tell_newer = newer_notice_due(report.newer_lines, told_version)
            if tell_newer:
                self._writes.set_state(NEWER_TOLD_KEY, str(FORMAT_VERSION))
        if report.own_conflict_copies and self._writes.state(CLONE_TOLD_KEY) is None:
            tell_clone = True
            self._writes.set_state(CLONE_TOLD_KEY, "1")
        return PassOutcome(report, tell_newer, tell_clone, engine.watched_folders())

    def apply_safety(self, findings: list[SafetyFinding]) -> None:
        """On the worker: findings of other computers lock, stop or lift here too."""
        from desktop_app.core.sync_safety import change_from

        change = change_from(findings)
        before = self._writes.safety_state()
        state = before
        if change.stopped_regions is not None:
            state = replace(state, stopped_regions=change.stopped_regions)
        if change.add_regions:
            state = replace(state, stopped_regions=state.stopped_regions | change.add_regions)
        if change.locked is not None:
            state = replace(state, locked=change.locked)
        last = change.last_screening
        if last is not None and (state.last_screening is None or last > state.last_screening):
            state = replace(state, last_screening=last)
        if state != before:
            log.debug("sync: safety state changed by another computer")  # health data
            self._writes.set_safety_state(state)
