"""A healthy database is never declared damaged; a failing read is a StoreError.

Every fault here is real: a second process holding the lock, a full tmpfs, a file the
user ``nobody`` may not open, a path that is a directory.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.core.events import RatingEvent, RatingKind
from desktop_app.platform.paths import DataPaths
from desktop_app.storage import database
from desktop_app.storage.database import DatabaseState
from desktop_app.storage.event_store import EventStore, StoreError
from desktop_app.storage.faults import StorageFault
from tests.helpers.clock import stamp
from tests.helpers.storage_faults import (
    exclusive_lock,
    full_disk,
    run_as_nobody,
    shared_dir,
)

EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


@pytest.fixture(autouse=True)
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """A lock is reported after 0.2 s instead of 5 s (the behaviour is the same)."""
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)


def _history(paths: DataPaths) -> EventStore:
    store = EventStore(paths)
    for day in range(1, 4):
        store.add_rating(RatingEvent(stamp(2026, 3, day), RatingKind.DAY_AVERAGE, day))
    store.close()
    return store


def _untouched(paths: DataPaths, before: bytes) -> None:
    assert paths.database.read_bytes() == before
    assert not list(paths.root.glob("*.damaged-*"))


def test_a_locked_file_is_not_damage(paths: DataPaths) -> None:
    _history(paths)
    before = paths.database.read_bytes()
    with exclusive_lock(paths.database, shut_out_readers=True):
        result = EventStore(paths).check_and_recover()
        assert result.state is DatabaseState.UNAVAILABLE
        assert result.fault is StorageFault.BUSY
        assert result.message is not None and "another program" in result.message
        with pytest.raises(StoreError) as caught:  # issue 11: reads fail as StoreError
            EventStore(paths).ratings_since(EPOCH)
        assert caught.value.fault is StorageFault.BUSY
    _untouched(paths, before)
    after = EventStore(paths)
    assert after.check_and_recover().state is DatabaseState.OK
    assert [r.value for r in after.ratings_since(EPOCH)] == [1, 2, 3]
    after.close()


def test_a_full_disk_is_not_damage() -> None:
    with full_disk() as disk:
        paths = DataPaths.create(disk.root / "data")
        _history(paths)
        before = paths.database.read_bytes()
        disk.fill()
        result = EventStore(paths).check_and_recover()
        assert result.state is DatabaseState.UNAVAILABLE
        assert result.fault is not None and result.fault.is_temporary
        _untouched(paths, before)
        disk.free()
        store = EventStore(paths)
        assert store.check_and_recover().state is DatabaseState.OK
        assert [r.value for r in store.ratings_since(EPOCH)] == [1, 2, 3]
        store.close()


@pytest.mark.parametrize("dir_mode", [0o700, 0o755], ids=["folder-closed", "file-closed"])
def test_a_file_the_user_cannot_open_is_not_damage(dir_mode: int) -> None:
    root = shared_dir()
    paths = DataPaths(root / "data")
    _history(paths)
    paths.root.chmod(dir_mode)
    paths.database.chmod(0o600)  # owned by root: the user nobody may not open it
    before = paths.database.read_bytes()
    script = (
        "import json, sys\n"
        "from datetime import UTC, datetime\n"
        "from pathlib import Path\n"
        "from desktop_app.platform.paths import DataPaths\n"
        "from desktop_app.storage.event_store import EventStore, StoreError\n"
        "store = EventStore(DataPaths(Path(sys.argv[1])))\n"
        "result = store.check_and_recover()\n"
        "try:\n"
        "    store.progress(datetime.now(UTC).date(), 4)\n"
        "    read = 'read'\n"
        "except StoreError as exc:\n"
        "    read = str(exc.fault)\n"
        "print(json.dumps([str(result.state), str(result.fault), read]))\n"
    )
    out = run_as_nobody(script, str(paths.root))
    assert out.returncode == 0, out.stderr  # no crash
    state, fault, read = json.loads(out.stdout)
    assert (state, fault, read) == ("unavailable", "denied", "denied")
    _untouched(paths, before)


def test_a_path_that_is_a_directory_is_not_damage(paths: DataPaths) -> None:
    paths.database.mkdir()
    result = EventStore(paths).check_and_recover()
    assert result.state is DatabaseState.UNAVAILABLE
    assert result.fault is StorageFault.DENIED
    assert paths.database.is_dir() and not list(paths.root.glob("*.damaged-*"))
    with pytest.raises(StoreError):  # a failing read never shows an empty history
        EventStore(paths).progress(datetime(2026, 3, 4).date(), 4)


def test_real_damage_is_still_recovered(paths: DataPaths) -> None:
    paths.database.write_bytes(b"not a database at all " * 300)
    result = EventStore(paths).check_and_recover()
    assert result.state is DatabaseState.DAMAGED_NO_BACKUP
    assert result.fault is StorageFault.DAMAGED
    assert len(list(paths.root.glob("*.damaged-*"))) == 1


def test_reads_do_not_create_the_file(paths: DataPaths) -> None:
    store = EventStore(paths)
    assert store.state("anything") is None
    assert store.ratings_since(EPOCH) == []
    assert not paths.database.exists() and not os.listdir(paths.root)


def test_store_error_messages_carry_no_sql_or_values(paths: Path, store: EventStore) -> None:
    store.add_rating(RatingEvent(stamp(2026, 3, 2), RatingKind.DAY_AVERAGE, 9, id=77))
    store.close()
    with exclusive_lock(store.paths.database), pytest.raises(StoreError) as caught:
        store.add_rating(RatingEvent(stamp(2026, 3, 3), RatingKind.DAY_AVERAGE, 9, id=78))
    text = str(caught.value)
    assert caught.value.fault is StorageFault.BUSY
    assert "INSERT" not in text and "9" not in text and "rating" not in text
