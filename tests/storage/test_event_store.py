"""EventStore: pragmas, privacy, durability, recovery, backups, migrations, reads."""

from __future__ import annotations

import os
import random
import sqlite3
import stat
import subprocess
import sys
from dataclasses import asdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_app.core.clock import Stamp
from desktop_app.core.day_totals import day_totals_from_events
from desktop_app.core.events import (
    PromptAnswer,
    PromptEvent,
    PromptKind,
    RatingEvent,
    RatingKind,
    Region,
    SafetyEvent,
    SessionEvent,
    SessionKind,
    SessionOutcome,
    SetEvent,
    Side,
)
from desktop_app.core.stats import fold_weeks
from desktop_app.platform.paths import DataPaths
from desktop_app.storage import database
from desktop_app.storage.aggregates import week_exercises
from desktop_app.storage.event_store import EventStore, StoreError
from desktop_app.storage.schema import SCHEMA_VERSION, SchemaTooNewError, migrate, user_version
from tests.helpers.clock import stamp

REPO = Path(__file__).resolve().parents[2]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _one_session(store: EventStore, at: Stamp) -> int:
    prompt_id = store.add_prompt(PromptEvent(at, PromptKind.MICROBREAK))
    store.answer_prompt(prompt_id, PromptAnswer.STARTED, at)
    session_id = store.start_session(SessionEvent(at, SessionKind.MICROBREAK, prompt_id=prompt_id))
    store.add_set(SetEvent(session_id, "chin_tuck", Side.BOTH, at, planned_s=25, done_s=25))
    return session_id


def test_engine_pragmas(store: EventStore) -> None:
    _one_session(store, stamp(2026, 3, 2))
    with store._engine().connect() as conn:  # the connections the app really uses
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == database.BUSY_TIMEOUT_MS
    raw = sqlite3.connect(store.paths.database)
    assert user_version(raw) == SCHEMA_VERSION
    raw.close()


def test_foreign_keys_are_enforced(store: EventStore) -> None:
    store._engine()
    with pytest.raises(StoreError, match=r"could not save") as caught:
        store.add_set(SetEvent(999, "chin_tuck", Side.BOTH, stamp(2026, 3, 2)))
    assert not caught.value.fault.is_temporary  # a broken constraint is never retried


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_files_are_private(store: EventStore, paths: DataPaths) -> None:
    os.umask(0o022)  # a typical permissive umask must not leak into our files
    _one_session(store, stamp(2026, 3, 2))
    store.backup()
    assert _mode(paths.root) == 0o700
    assert _mode(paths.backups) == 0o700
    assert _mode(paths.database) == 0o600
    for side in ("-wal", "-shm"):
        assert _mode(Path(f"{paths.database}{side}")) == 0o600
    for backup in database.list_backups(paths):
        assert _mode(backup) == 0o600


def test_each_write_is_committed_at_once(store: EventStore, paths: DataPaths) -> None:
    session_id = _one_session(store, stamp(2026, 3, 2))
    store.add_rating(RatingEvent(stamp(2026, 3, 2), RatingKind.BEFORE, 4, session_id=session_id))
    # Another process-level connection sees every row without the store closing.
    other = sqlite3.connect(paths.database)
    counts = [
        other.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
        for t in ("prompt", "session", "exercise_set", "rating")
    ]
    other.close()
    assert counts == [1, 1, 1, 1]


def test_commits_survive_a_killed_process(paths: DataPaths) -> None:
    script = (
        "import os, sys\n"
        "from datetime import UTC, datetime\n"
        "from pathlib import Path\n"
        "from desktop_app.core.clock import Stamp\n"
        "from desktop_app.core.events import PromptEvent, PromptKind\n"
        "from desktop_app.platform.paths import DataPaths\n"
        "from desktop_app.storage.event_store import EventStore\n"
        "s = EventStore(DataPaths.create(Path(sys.argv[1])))\n"
        "for i in range(5):\n"
        "    s.add_prompt(PromptEvent(Stamp(datetime(2026, 3, 2, 8, i, tzinfo=UTC), 'UTC'),"
        " PromptKind.MICROBREAK))\n"
        "os.kill(os.getpid(), 9)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(paths.root)], cwd=REPO, check=False, timeout=60
    )
    assert result.returncode == -9
    assert database.integrity_problem(paths.database) is None
    reopened = EventStore(paths)
    assert len(reopened.prompts_since(datetime(2026, 1, 1, tzinfo=UTC))) == 5
    reopened.close()


def test_round_trip_of_every_event(store: EventStore) -> None:
    at = stamp(2026, 3, 2, 21, 30, tz="America/New_York")
    session_id = _one_session(store, at)
    store.add_rating(
        RatingEvent(at, RatingKind.AFTER, 3, region=Region.NECK, session_id=session_id)
    )
    store.end_session(session_id, SessionOutcome.COMPLETED, stamp(2026, 3, 2, 21, 34))
    since = datetime(2026, 3, 1, tzinfo=UTC)
    (session,) = store.sessions_since(since)
    assert session.outcome == SessionOutcome.COMPLETED
    assert session.started_at == at
    assert session.ended_at == stamp(2026, 3, 2, 21, 34)
    (prompt,) = store.prompts_since(since)
    assert prompt.answer == PromptAnswer.STARTED and prompt.answered_at == at
    (one_set,) = store.sets_since(since)
    assert (one_set.exercise_id, one_set.done_s, one_set.at) == ("chin_tuck", 25, at)
    (rating,) = store.ratings_since(since)
    assert (rating.value, rating.region, rating.session_id) == (3, Region.NECK, session_id)
    # local_date is the user's day at the instant: 21:30 UTC is 16:30 in New York.
    raw = sqlite3.connect(store.paths.database)
    assert raw.execute("SELECT local_date FROM session").fetchone()[0] == "2026-03-02"
    raw.close()
    assert store.sessions_since(datetime(2026, 3, 3, tzinfo=UTC)) == []


def test_local_date_is_written_from_the_stamp_timezone(store: EventStore) -> None:
    # 23:30 UTC on 1 March is already 2 March in Berlin.
    store.add_prompt(PromptEvent(stamp(2026, 3, 1, 23, 30), PromptKind.MICROBREAK))
    raw = sqlite3.connect(store.paths.database)
    row = raw.execute("SELECT at_utc, tz, local_date FROM prompt").fetchone()
    raw.close()
    assert row == ("2026-03-01T23:30:00.000000Z", "Europe/Berlin", "2026-03-02")


def test_close_interrupted_sessions(store: EventStore) -> None:
    start = stamp(2026, 3, 2, 9, 0)
    with_sets = store.start_session(SessionEvent(start, SessionKind.MICROBREAK))
    store.add_set(SetEvent(with_sets, "chin_tuck", Side.BOTH, stamp(2026, 3, 2, 9, 1)))
    store.add_set(SetEvent(with_sets, "wall_angel", Side.BOTH, stamp(2026, 3, 2, 9, 2)))
    without = store.start_session(SessionEvent(stamp(2026, 3, 2, 10), SessionKind.DAILY))
    done = store.start_session(SessionEvent(stamp(2026, 3, 2, 11), SessionKind.MICROBREAK))
    store.end_session(done, SessionOutcome.COMPLETED, stamp(2026, 3, 2, 11, 3))

    assert store.close_interrupted_sessions(stamp(2026, 3, 2, 12)) == 2
    by_id = {s.id: s for s in store.sessions_since(datetime(2026, 3, 1, tzinfo=UTC))}
    assert by_id[with_sets].outcome == SessionOutcome.INTERRUPTED
    assert by_id[with_sets].ended_at == stamp(2026, 3, 2, 9, 2)
    assert by_id[without].outcome == SessionOutcome.INTERRUPTED
    assert by_id[without].ended_at == stamp(2026, 3, 2, 10)
    assert by_id[done].outcome == SessionOutcome.COMPLETED
    assert len(store.sets_since(datetime(2026, 3, 1, tzinfo=UTC))) == 2  # sets kept
    assert store.close_interrupted_sessions(stamp(2026, 3, 2, 12)) == 0


def test_start_up_path_does_not_import_sqlalchemy(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from desktop_app.platform.paths import DataPaths\n"
        "from desktop_app.storage.event_store import EventStore\n"
        "s = EventStore(DataPaths.create(Path(sys.argv[1])))\n"
        "assert s.check_and_recover().message is None\n"
        "from datetime import UTC, datetime\n"
        "from desktop_app.core.clock import Stamp\n"
        "import sqlite3\n"
        "from desktop_app.storage.database import open_database\n"
        "open_database(s.paths).close()\n"
        "assert s.check_and_recover().message is None\n"
        "assert s.close_interrupted_sessions(Stamp(datetime.now(UTC), 'UTC')) == 0\n"
        "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'PySide6') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "d")],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert out.stdout.strip() == "[]"


def _damage(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(4096)  # the first page after the header page
        handle.write(b"\xa5" * min(8192, size - 4096))


def _checkpoint(store: EventStore) -> None:
    store.close()  # the last connection closing checkpoints the WAL into the file


def test_damaged_file_is_moved_aside_and_restored(store: EventStore, paths: DataPaths) -> None:
    for day in range(1, 21):
        _one_session(store, stamp(2026, 3, day))
    store.backup()
    _one_session(store, stamp(2026, 3, 25))  # after the backup: will be lost
    _checkpoint(store)
    _damage(paths.database)

    message = EventStore(paths).check_and_recover().message
    assert message is not None
    assert "restored from the backup" in message
    kept = list(paths.root.glob("counterbalance.sqlite3.damaged-*"))
    assert len(kept) == 1 and kept[0].name in message  # kept, never deleted
    assert database.integrity_problem(paths.database) is None
    restored = EventStore(paths)
    assert len(restored.sessions_since(datetime(2026, 1, 1, tzinfo=UTC))) == 20
    assert EventStore(paths).check_and_recover().message is None
    restored.close()


def test_non_database_file_without_backup(paths: DataPaths) -> None:
    paths.database.write_bytes(b"this is not a database, it is a shopping list\n" * 200)
    message = EventStore(paths).check_and_recover().message
    assert message is not None
    assert "file is not a database" in message and "No usable backup" in message
    assert not paths.database.exists()
    kept = next(paths.root.glob("counterbalance.sqlite3.damaged-*"))
    assert kept.read_bytes().startswith(b"this is not a database")
    fresh = EventStore(paths)  # starts with an empty history
    assert fresh.sessions_since(datetime(2000, 1, 1, tzinfo=UTC)) == []
    fresh.close()


def test_restore_skips_a_damaged_backup(store: EventStore, paths: DataPaths) -> None:
    _one_session(store, stamp(2026, 3, 2))
    good = store.backup()
    _one_session(store, stamp(2026, 3, 3))
    newest = store.backup()
    _checkpoint(store)
    newest.write_bytes(b"garbage" * 1000)
    paths.database.write_bytes(b"garbage" * 1000)
    message = EventStore(paths).check_and_recover().message
    assert message is not None and good.name in message


def test_backups_keep_the_newest_seven(store: EventStore, paths: DataPaths) -> None:
    _one_session(store, stamp(2026, 3, 2))
    made = [store.backup() for _ in range(10)]
    left = database.list_backups(paths)
    assert len(left) == 7
    assert set(left) == set(made[-7:])
    check = sqlite3.connect(left[0])
    assert check.execute("SELECT COUNT(*) FROM session").fetchone()[0] == 1
    check.close()


def test_backup_if_due(store: EventStore, paths: DataPaths) -> None:
    now = datetime.now(UTC)
    assert store.backup_if_due(now) is None  # no database yet: nothing to keep
    _one_session(store, stamp(2026, 3, 2))
    first = store.backup_if_due(now)
    assert first is not None and first.exists()
    assert store.backup_if_due(now + timedelta(hours=23)) is None
    assert store.backup_if_due(now + timedelta(hours=25)) is not None
    assert len(database.list_backups(paths)) == 2


def test_migration_from_version_1_backs_up_and_keeps_data(paths: DataPaths) -> None:
    conn = sqlite3.connect(paths.database)
    migrate(conn, target=1)
    conn.execute(
        "INSERT INTO prompt (at_utc, tz, local_date, kind) "
        "VALUES ('2026-03-02T08:00:00.000000Z', 'UTC', '2026-03-02', 'microbreak')"
    )
    conn.commit()
    assert user_version(conn) == 1
    conn.close()

    store = EventStore(paths)
    assert len(store.prompts_since(datetime(2026, 1, 1, tzinfo=UTC))) == 1
    store.add_safety_event(
        SafetyEvent(stamp(2026, 3, 2), "numbness", "stop the exercise")
    )  # new in v2
    store.close()
    conn = sqlite3.connect(paths.database)
    assert user_version(conn) == SCHEMA_VERSION
    conn.close()
    (backup,) = database.list_backups(paths)
    assert "pre-migration" in backup.name
    old = sqlite3.connect(backup)
    assert user_version(old) == 1
    assert old.execute("SELECT COUNT(*) FROM prompt").fetchone()[0] == 1
    old.close()


def test_newer_schema_is_refused_untouched(paths: DataPaths) -> None:
    conn = sqlite3.connect(paths.database)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(SchemaTooNewError, match="update Counterbalance"):
        EventStore(paths).add_prompt(PromptEvent(stamp(2026, 3, 2), PromptKind.MICROBREAK))
    conn = sqlite3.connect(paths.database)
    assert user_version(conn) == SCHEMA_VERSION + 1
    conn.close()


def test_delete_all_erases_events_and_backups(store: EventStore, paths: DataPaths) -> None:
    _one_session(store, stamp(2026, 3, 2))
    store.backup()
    copy = store.backup_to(paths.root.parent / "copy.sqlite3")
    store.delete_all()
    since = datetime(2000, 1, 1, tzinfo=UTC)
    assert store.sessions_since(since) == [] and store.prompts_since(since) == []
    assert database.list_backups(paths) == []
    assert b"chin_tuck" not in paths.database.read_bytes()
    check = sqlite3.connect(copy)  # the copy the user asked for is theirs to keep
    assert check.execute("SELECT COUNT(*) FROM exercise_set").fetchone()[0] == 1
    check.close()


def _random_history(rng: random.Random) -> tuple[list, list, list, list]:
    zones = ("Europe/Berlin", "America/New_York", "Asia/Tokyo", "UTC")
    prompts, sessions, sets, ratings = [], [], [], []
    start = datetime(2026, 3, 20, tzinfo=UTC)  # across the European DST change
    for n in range(300):
        at = Stamp(start + timedelta(minutes=rng.randrange(0, 20 * 24 * 60)), rng.choice(zones))
        roll = rng.random()
        if roll < 0.4:
            answer = rng.choice([None, *PromptAnswer])
            prompts.append(PromptEvent(at, PromptKind.MICROBREAK, answer, at if answer else None))
        elif roll < 0.6:
            kind = rng.choice(list(SessionKind))
            sessions.append(
                SessionEvent(
                    at,
                    kind,
                    rng.choice(list(SessionOutcome)),
                    prompt_id=None if rng.random() < 0.5 else -1,
                    id=n + 1,
                )
            )
        elif roll < 0.8 and sessions:
            sets.append(
                SetEvent(
                    -1,
                    rng.choice(["chin_tuck", "wall_angel"]),
                    rng.choice(list(Side)),
                    at,
                    done_s=rng.randrange(0, 40),
                )
            )
        elif sessions:
            ratings.append(
                RatingEvent(
                    at,
                    rng.choice(list(RatingKind)),
                    rng.randrange(0, 11),
                    region=rng.choice([None, Region.NECK, Region.LOW_BACK]),
                    session_id=-1,
                )
            )
    return prompts, sessions, sets, ratings


def test_sql_day_totals_match_the_python_reference(store: EventStore) -> None:
    rng = random.Random(7)
    prompts, sessions, sets, ratings = _random_history(rng)
    prompt_ids = [store.add_prompt(p) for p in prompts]
    stored_sessions = []
    for s in sessions:
        prompt_id = rng.choice(prompt_ids) if s.prompt_id == -1 else None
        new_id = store.start_session(
            SessionEvent(s.started_at, s.kind, s.outcome, prompt_id=prompt_id)
        )
        stored_sessions.append(
            SessionEvent(s.started_at, s.kind, s.outcome, prompt_id=prompt_id, id=new_id)
        )
    session_ids = [s.id for s in stored_sessions if s.id is not None]
    stored_sets = []
    for st in sets:
        moved = SetEvent(rng.choice(session_ids), st.exercise_id, st.side, st.at, done_s=st.done_s)
        store.add_set(moved)
        stored_sets.append(moved)
    stored_ratings = []
    for r in ratings:
        moved_r = RatingEvent(
            r.at, r.kind, r.value, region=r.region, session_id=rng.choice(session_ids[:12])
        )
        store.add_rating(moved_r)
        stored_ratings.append(moved_r)

    expected = day_totals_from_events(prompts, stored_sessions, stored_sets, stored_ratings)
    actual = store.day_totals(date(2026, 3, 1), date(2026, 4, 30))
    assert len(actual) == len(expected) > 10
    assert sum(d.change_count for d in expected) > 0  # the pairing path is exercised
    for got, want in zip(actual, expected, strict=True):
        a, b = asdict(got), asdict(want)
        assert a.pop("change_total") == pytest.approx(b.pop("change_total"))
        assert a.pop("exercises") == ()  # counted per week in SQL instead
        b.pop("exercises")
        assert a == b
    # Per-exercise counts per week (SQL derives the week from local_date) match too.
    for week_start in (0, 6):
        with store._engine().connect() as conn:
            per_week = week_exercises(conn, date(2026, 3, 1), date(2026, 4, 30), week_start)
        reference = fold_weeks(expected, date(2026, 4, 30), 10, week_start)
        from_sql = fold_weeks(actual, date(2026, 4, 30), 10, week_start, per_week)
        assert [w.exercises for w in from_sql] == [w.exercises for w in reference]
        assert any(w.exercises for w in reference)
