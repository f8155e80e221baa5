"""Command-line subcommands on real data dirs: stats, export, demo-data."""

from __future__ import annotations

import argparse
import csv
import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
import time_machine

from desktop_app.commands import demo_data, export, stats
from desktop_app.core.events import (
    PromptAnswer,
    PromptEvent,
    PromptKind,
    RatingEvent,
    RatingKind,
    SafetyEvent,
    SessionEvent,
    SessionKind,
    SessionOutcome,
    SetEvent,
    Side,
)
from desktop_app.platform.paths import DataPaths
from desktop_app.storage.event_store import EventStore
from tests.helpers.clock import stamp

NOW = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)  # a Wednesday


@pytest.fixture
def berlin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Berlin")


def _seed(store: EventStore) -> None:
    # Previous week: 2 prompts, 1 completed with pain 6 -> 4.
    p1 = store.add_prompt(PromptEvent(stamp(2026, 2, 24, 9), PromptKind.MICROBREAK))
    store.answer_prompt(p1, PromptAnswer.STARTED, stamp(2026, 2, 24, 9, 1))
    s1 = store.start_session(
        SessionEvent(stamp(2026, 2, 24, 9, 1), SessionKind.MICROBREAK, prompt_id=p1)
    )
    store.add_rating(RatingEvent(stamp(2026, 2, 24, 9, 1), RatingKind.BEFORE, 6, session_id=s1))
    store.add_set(SetEvent(s1, "chin_tuck", Side.BOTH, stamp(2026, 2, 24, 9, 2), done_s=60))
    store.add_rating(RatingEvent(stamp(2026, 2, 24, 9, 3), RatingKind.AFTER, 4, session_id=s1))
    store.end_session(s1, SessionOutcome.COMPLETED, stamp(2026, 2, 24, 9, 3))
    p2 = store.add_prompt(PromptEvent(stamp(2026, 2, 25, 9), PromptKind.MICROBREAK))
    store.answer_prompt(p2, PromptAnswer.SKIPPED, stamp(2026, 2, 25, 9, 1))
    # This week: 1 prompt, skipped.
    p3 = store.add_prompt(PromptEvent(stamp(2026, 3, 2, 9), PromptKind.MICROBREAK))
    store.answer_prompt(p3, PromptAnswer.SKIPPED, stamp(2026, 3, 2, 9, 1))


def test_stats_json_shape_and_values(
    paths: DataPaths, store: EventStore, berlin: None, capsys: pytest.CaptureFixture[str]
) -> None:
    _seed(store)
    with time_machine.travel(NOW, tick=False):
        code = stats.run(argparse.Namespace(weeks=3, json=True), paths)
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    weeks = data["weeks"]
    assert [w["week_start"] for w in weeks] == ["2026-02-16", "2026-02-23", "2026-03-02"]
    for w in weeks:
        assert {"prompted", "completed", "adherence", "pain_before_mean", "pain_after_mean"} <= set(
            w
        )
    empty, last, current = weeks
    assert (empty["prompted"], empty["adherence"], empty["pain_before_mean"]) == (0, None, None)
    assert (last["prompted"], last["completed"], last["adherence"]) == (2, 1, 0.5)
    assert (last["pain_before_mean"], last["pain_after_mean"]) == (6.0, 4.0)
    assert last["pain_change_mean"] == -2.0 and last["exercise_min"] == 1.0
    assert (current["prompted"], current["completed"], current["adherence"]) == (1, 0, 0.0)


def test_stats_on_a_data_dir_without_database(
    paths: DataPaths, berlin: None, capsys: pytest.CaptureFixture[str]
) -> None:
    with time_machine.travel(NOW, tick=False):
        assert stats.run(argparse.Namespace(weeks=2, json=True), paths) == 0
    weeks = json.loads(capsys.readouterr().out)["weeks"]
    assert [w["week_start"] for w in weeks] == ["2026-02-23", "2026-03-02"]
    assert all(w["prompted"] == 0 and w["adherence"] is None for w in weeks)
    assert not paths.database.exists()  # reading did not create a database


def test_stats_reads_while_another_connection_writes(
    paths: DataPaths, store: EventStore, berlin: None, capsys: pytest.CaptureFixture[str]
) -> None:
    _seed(store)
    writer = sqlite3.connect(paths.database, timeout=5)
    writer.execute("BEGIN IMMEDIATE")  # the running app in the middle of a write (WAL)
    writer.execute(
        "INSERT INTO prompt (at_utc, tz, local_date, kind) "
        "VALUES ('2026-03-03T09:00:00.000000Z', 'Europe/Berlin', '2026-03-03', 'microbreak')"
    )
    try:
        with time_machine.travel(NOW, tick=False):
            assert stats.run(argparse.Namespace(weeks=1, json=True), paths) == 0
    finally:
        writer.execute("COMMIT")
        writer.close()
    (week,) = json.loads(capsys.readouterr().out)["weeks"]
    assert week["prompted"] == 1  # the uncommitted row is not seen


def test_stats_table_and_bad_weeks(
    paths: DataPaths, store: EventStore, berlin: None, capsys: pytest.CaptureFixture[str]
) -> None:
    _seed(store)
    with time_machine.travel(NOW, tick=False):
        assert stats.run(argparse.Namespace(weeks=2, json=False), paths) == 0
        assert stats.run(argparse.Namespace(weeks=0, json=False), paths) == 2
    out = capsys.readouterr()
    assert "2026-02-23" in out.out and "50%" in out.out and "6.0" in out.out
    assert "--weeks must be" in out.err


def test_export_csv_contents(
    paths: DataPaths, store: EventStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _seed(store)
    store.add_safety_event(SafetyEvent(stamp(2026, 3, 2, 10), "numbness", "stop the exercise"))
    target = tmp_path / "out"
    assert export.run(argparse.Namespace(csv=str(target)), paths) == 0
    names = sorted(p.name for p in target.iterdir())
    assert names == ["prompts.csv", "ratings.csv", "safety_events.csv", "sessions.csv", "sets.csv"]
    with (target / "prompts.csv").open(encoding="utf-8") as handle:
        prompts = list(csv.DictReader(handle))
    assert [p["answer"] for p in prompts] == ["started", "skipped", "skipped"]
    assert prompts[0]["at_utc"] == "2026-02-24T09:00:00.000000Z"
    assert prompts[0]["tz"] == "Europe/Berlin" and prompts[0]["local_date"] == "2026-02-24"
    with (target / "ratings.csv").open(encoding="utf-8") as handle:
        ratings = list(csv.DictReader(handle))
    assert [(r["kind"], r["value"]) for r in ratings] == [("before", "6"), ("after", "4")]
    with (target / "sets.csv").open(encoding="utf-8") as handle:
        (one_set,) = list(csv.DictReader(handle))
    assert (one_set["exercise_id"], one_set["done_s"]) == ("chin_tuck", "60")
    assert "numbness" in (target / "safety_events.csv").read_text(encoding="utf-8")
    assert "Wrote 5 CSV files" in capsys.readouterr().out


def test_export_without_database_writes_headers(paths: DataPaths, tmp_path: Path) -> None:
    assert export.run(argparse.Namespace(csv=str(tmp_path / "x")), paths) == 0
    assert (tmp_path / "x" / "sessions.csv").read_text(encoding="utf-8").startswith("id,")


def test_demo_data_is_realistic_and_refuses_a_used_dir(
    paths: DataPaths, berlin: None, capsys: pytest.CaptureFixture[str]
) -> None:
    with time_machine.travel(NOW, tick=False):
        assert demo_data.run(argparse.Namespace(years=0.25, seed=5), paths) == 0
        assert demo_data.run(argparse.Namespace(years=0.25, seed=5), paths) == 1
    assert "already holds a history" in capsys.readouterr().err
    conn = sqlite3.connect(paths.database)
    working_days = conn.execute(
        "SELECT COUNT(DISTINCT local_date) FROM prompt WHERE answer != 'snoozed'"
    ).fetchone()[0]
    prompts = conn.execute("SELECT COUNT(*) FROM prompt WHERE answer != 'snoozed'").fetchone()[0]
    weekend = conn.execute(
        "SELECT COUNT(*) FROM prompt WHERE strftime('%w', local_date) IN ('0', '6')"
    ).fetchone()[0]
    exercise_ids = {r[0] for r in conn.execute("SELECT DISTINCT exercise_id FROM exercise_set")}
    conn.close()
    assert 8.5 <= prompts / working_days <= 11.5
    assert weekend == 0
    assert exercise_ids <= set(demo_data.load_exercise_ids(Path("resources/exercises")))
    store = EventStore(paths)
    with time_machine.travel(NOW, tick=False):
        view = store.progress(datetime(2026, 3, 4).date(), 13)
    store.close()
    rates = [w.adherence for w in view.weeks if w.adherence is not None]
    assert len(rates) >= 10 and all(0 < r < 1 for r in rates)
    assert sum(rates[:4]) / 4 > sum(rates[-4:]) / 4  # adherence declines from the start


def test_demo_data_is_deterministic(tmp_path: Path, berlin: None) -> None:
    dumps = []
    for name in ("a", "b"):
        p = DataPaths.create(tmp_path / name)
        with time_machine.travel(NOW, tick=False):
            demo_data.run(argparse.Namespace(years=0.1, seed=9), p)
        conn = sqlite3.connect(p.database)
        rows = conn.execute("SELECT * FROM exercise_set ORDER BY id")
        names = [d[0] for d in rows.description]
        # Each data dir is its own computer: only the computer id differs.
        dumps.append([{**dict(zip(names, r, strict=True)), "computer_id": ""} for r in rows])
        conn.close()
    assert dumps[0] == dumps[1] and dumps[0]
