"""EventStore: the app's one door to its data file, joined from one part per concern.

- :class:`~store_file.StoreFile`: the file, its engine and life cycle, errors;
- :class:`~event_log.EventLogStore`: writing events and reading them by time;
- :class:`~app_state.AppStateStore`: typed app state (:class:`SafetyState`);
- :class:`~backups.Backups`: backups, copies, "delete all my data";
- :class:`~progress_queries.ProgressQueries`: day totals and the progress view.

Constructing an EventStore is cheap: SQLModel/SQLAlchemy (~57 MiB, ~0.35 s) are imported
on the first real read or write. The start-up check (:meth:`EventStore.check_and_recover`) and
:meth:`EventStore.close_interrupted_sessions` use the standard-library ``sqlite3`` module only.
"""

from __future__ import annotations

from desktop_app.storage.app_state import AppStateStore, SafetyState
from desktop_app.storage.backups import BACKUP_EVERY_S, Backups
from desktop_app.storage.event_log import EventLogStore
from desktop_app.storage.progress_queries import STREAK_REACH_DAYS, ProgressQueries
from desktop_app.storage.store_file import StoreError

__all__ = ["BACKUP_EVERY_S", "STREAK_REACH_DAYS", "EventStore", "SafetyState", "StoreError"]


class EventStore(EventLogStore, AppStateStore, Backups, ProgressQueries):
    """Store and read domain events, app state and backups in ``paths.database``.

    See :class:`~desktop_app.storage.store_file.StoreFile` for errors and threads.
    """
