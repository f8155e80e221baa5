"""Benchmark importing years of history from the sync folder.

Usage: python bench/bench_sync_import.py [--years 5] [--computers 3] [--seed 1] [--runs 5]

A seeded generator writes a history of ``demo-data``'s size (5 to 11 answered prompts per
worked day, half of them started as a session of 3 to 5 sets and most with a pain rating)
into a throwaway sync folder, each day worked on one of the computers, with the real writer.
Then a new computer joins and measures (median of ``--runs``, at least 20 for the polls):
  * first import, each run with a fresh importer: every file read, decoded, merged by id;
  * a poll with nothing new (the steady state, every few minutes);
  * a poll after one computer appended one event;
  * the same after a restart: cursors saved, loaded, then a poll with nothing new;
  * the first import stored in a new database (``storage/sync_rows.py``: ids already
    stored looked up, rows inserted in one transaction), then the week's statistics;
  * the export side (``sync/engine.py``): ``--years`` of ``demo-data`` history written to
    the folder when sync is turned on, then an export pass with nothing new (after
    each stored write).
Target (issue 15): first import in a few seconds, later polls in milliseconds.
"""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from uuid import UUID

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.commands import demo_data
from desktop_app.core.clock import Stamp
from desktop_app.core.events import (
    Feel,
    PromptAnswer,
    PromptEvent,
    PromptKind,
    RatingEvent,
    RatingKind,
    SessionEvent,
    SessionKind,
    SessionOutcome,
    SetEvent,
    Side,
)
from desktop_app.core.sync_format import SyncRecord
from desktop_app.core.sync_merge import merge_new
from desktop_app.core.sync_records import (
    new_event_id,
    pain_rating,
    prompt_answered,
    session_ended,
    session_started,
    set_done,
)
from desktop_app.platform.paths import DataPaths
from desktop_app.storage import sync_rows
from desktop_app.storage.event_store import EventStore
from desktop_app.sync.engine import SyncEngine
from desktop_app.sync.folder import FolderStatus, SyncFolder
from desktop_app.sync.reader import EventImporter, load_cursors, save_cursors
from desktop_app.sync.writer import EventWriter

EXERCISES = ("chin_tuck", "thoracic_extension", "hip_flexor_stretch", "dead_bug", "bird_dog")
ZONES = ("Europe/Berlin", "Europe/Berlin", "America/New_York")


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def day_records(rng: random.Random, day: date, computer: UUID, tz: str) -> list[SyncRecord]:
    """One working day's events on one computer."""
    records: list[SyncRecord] = []
    start = datetime(day.year, day.month, day.day, 8, tzinfo=UTC)

    def at(minutes: float) -> Stamp:
        return Stamp(start + timedelta(minutes=minutes), tz)

    for _ in range(rng.randint(5, 11)):
        shown = rng.uniform(0, 540)
        prompt = PromptEvent(
            at(shown),
            rng.choice((PromptKind.MICROBREAK, PromptKind.DAILY)),
            PromptAnswer.STARTED if rng.random() < 0.5 else rng.choice(tuple(PromptAnswer)),
            at(shown + rng.uniform(0.1, 2)),
        )
        prompt_id = new_event_id(rng)
        records.append(prompt_answered(prompt, event_id=prompt_id, computer_id=computer))
        if prompt.answer is not PromptAnswer.STARTED:
            continue
        begin = shown + 2
        session = SessionEvent(
            at(begin),
            SessionKind.MICROBREAK,
            SessionOutcome.COMPLETED,
            at(begin + 6),
            planned_exercises=3,
        )
        session_id = new_event_id(rng)
        records.append(
            session_started(session, session=session_id, computer_id=computer, prompt=prompt_id)
        )
        for index in range(rng.randint(3, 5)):
            done = SetEvent(
                0,
                rng.choice(EXERCISES),
                Side.BOTH,
                at(begin + 1 + index),
                30,
                rng.randint(20, 30),
                feel=rng.choice(tuple(Feel)),
            )
            records.append(
                set_done(done, event_id=new_event_id(rng), session=session_id, computer_id=computer)
            )
        if rng.random() < 0.7:
            rating = RatingEvent(at(begin + 5.5), RatingKind.AFTER, rng.randint(0, 6))
            records.append(
                pain_rating(
                    rating, event_id=new_event_id(rng), computer_id=computer, session=session_id
                )
            )
        records.append(
            session_ended(
                session, event_id=new_event_id(rng), session=session_id, computer_id=computer
            )
        )
    return records


def generate(folder: SyncFolder, years: float, computers: list[UUID], seed: int) -> int:
    rng = random.Random(seed)
    writers = {c: EventWriter(folder, c) for c in computers}
    first = date(2026, 11, 28) - timedelta(days=int(365 * years))
    pending: dict[UUID, list[SyncRecord]] = {c: [] for c in computers}
    total = 0
    for offset in range(int(365 * years)):
        day = first + timedelta(days=offset)
        if day.weekday() >= 5 and rng.random() < 0.8:
            continue
        index = rng.randrange(len(computers))
        computer = computers[index]
        pending[computer].extend(day_records(rng, day, computer, ZONES[index % len(ZONES)]))
        if day.day == 1 or offset == int(365 * years) - 1:
            for c, records in pending.items():
                result = writers[c].append(records)
                assert result.status is FolderStatus.OK, result
                total += result.written
                records.clear()
    for c, records in pending.items():
        total += writers[c].append(records).written
    return total


def median_time(action: Callable[[], object], runs: int) -> tuple[float, object]:
    times: list[float] = []
    result: object = None
    for _ in range(runs):
        begin = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - begin)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=float, default=5.0)
    parser.add_argument("--computers", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    rng = random.Random(f"computers and new events, seed {args.seed}")  # not generate()'s
    computers = [new_event_id(rng) for _ in range(args.computers)]
    newcomer = new_event_id(rng)
    with tempfile.TemporaryDirectory(prefix="cb-sync-bench-") as tmp:
        folder = SyncFolder(Path(tmp) / "Sync")
        folder.root.mkdir()
        begin = time.perf_counter()
        written = generate(folder, args.years, computers, args.seed)
        generated_s = time.perf_counter() - begin
        files = sorted(folder.events.rglob("*.jsonl"))
        size = sum(f.stat().st_size for f in files)

        def first_import() -> int:
            importer = EventImporter(folder, newcomer)
            report = importer.poll()
            return len(merge_new(report.records, set()).new)

        first_s, imported = median_time(first_import, args.runs)
        assert imported == written, (imported, written)

        steady = EventImporter(folder, newcomer)
        seen: set[UUID] = set()
        merge_new(steady.poll().records, seen)
        idle_s, idle_records = median_time(lambda: len(steady.poll().records), max(args.runs, 20))
        assert idle_records == 0

        writer = EventWriter(folder, computers[0])
        one_times: list[float] = []
        for second in range(max(args.runs, 20)):
            at = Stamp(datetime(2026, 11, 28, 12, second, tzinfo=UTC), "UTC")
            rating = RatingEvent(at, RatingKind.DURING, 3)
            writer.append(
                [pain_rating(rating, event_id=new_event_id(rng), computer_id=computers[0])]
            )
            begin = time.perf_counter()
            report = steady.poll()
            new = merge_new(report.records, seen).new
            one_times.append(time.perf_counter() - begin)
            assert len(new) == 1
        one_s = statistics.median(one_times)

        cursors_file = Path(tmp) / "data" / "sync-cursors.json"

        def restart() -> int:
            save_cursors(cursors_file, folder, steady.cursors)
            restored = EventImporter(folder, newcomer, load_cursors(cursors_file, folder))
            return len(restored.poll().records)

        restart_s, restart_records = median_time(restart, max(args.runs, 20))
        assert restart_records == 0

        store_runs: list[float] = []
        rows = 0
        for run in range(min(args.runs, 3)):
            paths = DataPaths.create(Path(tmp) / f"db{run}")
            records = EventImporter(folder, newcomer).poll().records
            begin = time.perf_counter()
            conn = sync_rows.open_for_import(paths)
            known = sync_rows.known_event_ids(conn, {r.event_id for r in records})
            stored = sync_rows.store_records(conn, merge_new(records, known).new)
            conn.close()
            store_runs.append(time.perf_counter() - begin)
            rows = stored.added
        store_s = statistics.median(store_runs)
        store = EventStore(DataPaths(Path(tmp) / "db0"))
        begin = time.perf_counter()
        view = store.progress(date(2026, 11, 28), 52)
        stats_s = time.perf_counter() - begin
        store.close()
        assert view.has_data

        own = DataPaths.create(Path(tmp) / "own")
        demo_data.generate(own, args.years, args.seed, date(2026, 11, 28), "Europe/Berlin")
        own_store = EventStore(own)
        (Path(tmp) / "Own sync").mkdir()
        engine = SyncEngine(own, Path(tmp) / "Own sync", own_store.computer_id(), "Desk")
        begin = time.perf_counter()
        whole = engine.export(own_store, datetime(2026, 11, 28, 18, tzinfo=UTC), 0)
        whole_s = time.perf_counter() - begin
        assert whole.export_status is FolderStatus.OK
        later = datetime(2026, 11, 28, 19, tzinfo=UTC)
        pass_s, nothing = median_time(
            lambda: engine.export(own_store, later, 0).exported, max(args.runs, 20)
        )
        assert nothing == 0
        own_store.close()

    print(f"machine: {cpu_model()}, Python {platform.python_version()}, {platform.system()}")
    print(
        f"history: {args.years:g} years, {args.computers} computers, seed {args.seed}: "
        f"{written} events in {len(files)} files, {size / 2**20:.1f} MiB "
        f"(written in {generated_s:.1f} s)"
    )
    print(f"first import (read, decode, merge by id): {first_s * 1000:.0f} ms")
    print(f"poll, nothing new:                        {idle_s * 1000:.2f} ms")
    print(f"poll, one event appended:                 {one_s * 1000:.2f} ms")
    print(f"restart (save + load cursors, poll):      {restart_s * 1000:.2f} ms")
    print(f"first import stored in a new database:    {store_s * 1000:.0f} ms ({rows} rows)")
    print(f"then 52 weeks of stats from it:           {stats_s * 1000:.0f} ms")
    print(f"sync turned on: whole history exported:   {whole_s * 1000:.0f} ms ({whole.exported})")
    print(f"export pass with nothing new:             {pass_s * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
