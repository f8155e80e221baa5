"""Backups of the data file, copies the user asks for, and "delete all my data"."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from desktop_app.storage import database
from desktop_app.storage.schema import COMPUTER_ID_KEY
from desktop_app.storage.store_file import StoreFile

#: How often :meth:`Backups.backup_if_due` takes a backup.
BACKUP_EVERY_S = 24 * 60 * 60


class Backups(StoreFile):
    """Copies of the data file, and wiping it."""

    def backup(self, keep: int = database.BACKUP_KEEP) -> Path:
        """Take a backup into ``paths.backups`` with SQLite's backup API, keeping ``keep``."""
        with self._saving():
            if not self._has_data():
                self._engine()  # create the (empty) database so there is something to back up
            conn = sqlite3.connect(self._paths.database)
            try:
                conn.execute(f"PRAGMA busy_timeout = {database.BUSY_TIMEOUT_MS}")
                return database.backup_database(conn, self._paths, keep=keep)
            finally:
                conn.close()

    def backup_if_due(self, now: datetime, every_s: int = BACKUP_EVERY_S) -> Path | None:
        """Take a backup when the newest one is older than ``every_s`` (stdlib only).

        Meant for start-up and a daily timer; returns the new backup or None.
        """
        if not self._has_data():
            return None
        newest = database.list_backups(self._paths)
        if newest and now.timestamp() - newest[0].stat().st_mtime < every_s:
            return None
        return self.backup()

    def backup_to(self, target: Path) -> Path:
        """Copy the database to a file the user chose (0600), e.g. before deleting all."""
        self._engine()
        source = sqlite3.connect(self._paths.database)
        try:
            database.copy_into(source, target)
        finally:
            source.close()
        return target

    def delete_all(self) -> None:
        """Erase every stored event, the backups and kept damaged copies; keep the schema.

        The computer id stays (it names this computer, not anything the user logged).
        The freed pages are wiped (VACUUM) so the data does not linger in the file.
        """
        from sqlalchemy import text

        from desktop_app.storage.tables import EVENT_ROWS

        engine = self._engine()
        with engine.begin() as conn:
            for row in reversed(EVENT_ROWS):  # references point to earlier tables
                conn.execute(text(f"DELETE FROM {row.__tablename__}"))
            conn.execute(text("DELETE FROM app_state WHERE key != :k"), {"k": COMPUTER_ID_KEY})
        with engine.connect() as conn:
            conn.exec_driver_sql("VACUUM")
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        for old in database.list_backups(self._paths):
            old.unlink(missing_ok=True)
        name = self._paths.database.name
        for kept in (
            *self._paths.root.glob(f"{name}.damaged-*"),
            *self._paths.root.glob(f"{name}-*.orphan-*"),
            self._paths.root / f"{name}.pending",  # writes that waited (write_queue)
        ):
            kept.unlink(missing_ok=True)
