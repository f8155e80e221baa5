"""``counterbalance demo-data --years N --seed S``: fill a data dir with synthetic history.

The history is plausible rather than random: about ten prompts per working day,
adherence that starts high, declines over the first weeks (brief §5) and recovers in
waves, pain that falls slowly, before/after ratings on part of the sessions, a daily
session on many evenings, and a few user-started weekend sessions. Rows are written
with one bulk transaction per table.
"""

from __future__ import annotations

import argparse
import math
import random
import sqlite3
import sys
import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlmodel import SQLModel

from desktop_app.core.clock import Stamp, zone
from desktop_app.core.sync_records import new_event_id
from desktop_app.platform.clock import SystemClock
from desktop_app.platform.paths import DataPaths, resources_dir
from desktop_app.storage.codec import stamp_columns
from desktop_app.storage.database import open_database
from desktop_app.storage.schema import COMPUTER_ID_KEY
from desktop_app.storage.tables import PromptRow, RatingRow, SessionRow, SetRow

#: The brief's desk-friendly exercises and whether they are done per side.
FALLBACK_EXERCISES: dict[str, bool] = {
    "hip_flexor_stretch_standing": True,
    "hamstring_stretch_seated": True,
    "figure_four_seated": True,
    "doorway_pec_stretch": True,
    "upper_trap_stretch": True,
    "levator_scap_stretch": True,
    "lat_stretch_desk": True,
    "side_bend_reach": True,
    "lumbar_flexion_seated": False,
    "thoracic_extension_chair": False,
    "thoracic_rotation_seated": True,
    "pelvic_tilt_seated": False,
    "wall_angel": False,
    "sit_to_stand_hinge": False,
    "chin_tuck": False,
    "glute_squeeze_seated": False,
    "hip_abduction_standing": True,
    "abdominal_brace_seated": False,
    "incline_desk_plank": False,
}
PROMPTS_PER_DAY = 10
WORK_START = time(9, 0)
PROMPT_GAP_MIN = 48
HOLD_S = 25
DAILY_SESSION_AT = time(17, 30)
REGIONS = ("low_back", "neck", "upper_back")


def load_exercise_ids(folder: Path) -> dict[str, bool]:
    """Read desk exercise ids (and sidedness) from ``resources/exercises/*.toml``.

    Falls back to the brief's desk exercises when the folder has none.
    """
    found: dict[str, bool] = {}
    for path in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError):
            continue
        entries = [data] + [e for v in data.values() if isinstance(v, list) for e in v]
        for entry in entries:
            if isinstance(entry, dict) and isinstance(entry.get("id"), str):
                if entry.get("desk") is False or entry.get("equipment", "none") != "none":
                    continue  # demo history: desk exercises without equipment only
                sided = str(entry.get("sided", "")).lower().replace("_", "-")
                found[entry["id"]] = sided in ("left-right", "lr", "true")
    return found or dict(FALLBACK_EXERCISES)


@dataclass
class _Rows:
    prompts: list[tuple[object, ...]] = field(default_factory=list)
    sessions: list[tuple[object, ...]] = field(default_factory=list)
    sets: list[tuple[object, ...]] = field(default_factory=list)
    ratings: list[tuple[object, ...]] = field(default_factory=list)


class DemoHistory:
    """Generate synthetic rows for a span of days, deterministically from a seed."""

    def __init__(self, rng: random.Random, tz: str, exercises: dict[str, bool]) -> None:
        self._rng = rng
        self._tz = tz
        self._exercises = sorted(exercises.items())
        self.rows = _Rows()

    def _stamp(self, day: date, at: time, plus_s: int = 0) -> Stamp:
        local = datetime.combine(day, at, tzinfo=zone(self._tz)) + timedelta(seconds=plus_s)
        return Stamp(local, self._tz)

    def _adherence(self, index: int, total: int) -> float:
        weeks = index / 7
        decline = 0.88 - 0.28 * (1 - math.exp(-weeks / 6))  # 90 % -> ~60 % over 12 weeks
        wave = 0.12 * math.sin(2 * math.pi * weeks / 26)  # slumps and recoveries
        return max(0.15, min(0.97, decline + wave + 0.05 * (index / max(total, 1))))

    def _pain(self, index: int, total: int) -> float:
        return max(0.5, 5.5 - 3.0 * index / max(total, 1) + self._rng.gauss(0, 0.8))

    def _session(
        self, start: Stamp, kind: str, prompt_id: int | None, count: int, outcome: str
    ) -> int:
        session_id = len(self.rows.sessions) + 1
        offset = 0
        chosen = self._rng.sample(self._exercises, count)
        done = count if outcome == "completed" else max(1, count // 2)
        last = start
        for exercise_id, sided in chosen[:done]:
            for side in ("left", "right") if sided else ("both",):
                offset += HOLD_S + 5
                last = Stamp(start.utc + timedelta(seconds=offset), start.tz)
                hold = HOLD_S if self._rng.random() > 0.1 else HOLD_S - 10
                self.rows.sets.append(
                    (
                        len(self.rows.sets) + 1,
                        session_id,
                        exercise_id,
                        side,
                        *stamp_columns(last),
                        HOLD_S,
                        hold,
                        0,
                        0,
                        self._rng.choice(("easy", "ok", "ok", "hard")),
                    )
                )
        end_utc, end_tz, _ = stamp_columns(Stamp(last.utc + timedelta(seconds=5), last.tz))
        self.rows.sessions.append(
            (session_id, *stamp_columns(start), kind, outcome, end_utc, end_tz, prompt_id, count)
        )
        return session_id

    def _ratings(self, session_id: int, start: Stamp, level: float) -> None:
        region = self._rng.choice(REGIONS)
        before = round(min(10.0, max(0.0, level)))
        after = max(0, before - self._rng.choice((0, 0, 1, 1, 2)))
        for kind, value, plus in (("before", before, 0), ("after", after, 240)):
            stamp = Stamp(start.utc + timedelta(seconds=plus), start.tz)
            self.rows.ratings.append(
                (len(self.rows.ratings) + 1, *stamp_columns(stamp), kind, value, region, session_id)
            )

    def day(self, day: date, index: int, total: int) -> None:
        """Generate one day of prompts, sessions, sets and ratings."""
        rng = self._rng
        adherence = self._adherence(index, total)
        level = self._pain(index, total)
        if day.weekday() >= 5:
            if rng.random() < 0.15:
                start = self._stamp(day, time(10, 30), rng.randrange(0, 3600))
                self._session(start, "user", None, 4, "completed")
            return
        if rng.random() < 0.04:  # holiday or sick day
            return
        hectic = rng.random() < 0.06  # a hectic day: every break skipped
        adherence = 0.0 if hectic else min(0.98, adherence * rng.uniform(0.6, 1.3))
        for n in range(PROMPTS_PER_DAY + rng.choice((-1, 0, 0, 1))):
            at = self._stamp(day, WORK_START, n * PROMPT_GAP_MIN * 60 + rng.randrange(0, 300))
            prompt_id = len(self.rows.prompts) + 1
            roll = rng.random()
            if roll < 0.12:  # snoozed, then asked again ten minutes later
                answered = Stamp(at.utc + timedelta(seconds=20), at.tz)
                self._prompt(prompt_id, at, "snoozed", answered)
                at = Stamp(at.utc + timedelta(minutes=10), at.tz)
                prompt_id += 1
                roll = rng.random()
            answered = Stamp(at.utc + timedelta(seconds=15), at.tz)
            if roll < adherence:
                self._prompt(prompt_id, at, "started", answered)
                outcome = "completed" if rng.random() < 0.92 else "partial"
                session_id = self._session(answered, "microbreak", prompt_id, 2, outcome)
                if rng.random() < 0.35:
                    self._ratings(session_id, answered, level)
            else:
                self._prompt(prompt_id, at, "skipped", answered)
        if rng.random() < adherence * 0.7:
            start = self._stamp(day, DAILY_SESSION_AT, rng.randrange(0, 1800))
            session_id = self._session(start, "daily", None, 5, "completed")
            self._ratings(session_id, start, level)

    def _prompt(self, prompt_id: int, at: Stamp, answer: str, answered: Stamp) -> None:
        self.rows.prompts.append(
            (
                prompt_id,
                *stamp_columns(at),
                "microbreak",
                answer,
                stamp_columns(answered)[0],
                answered.tz,
            )
        )


def _insert(
    conn: sqlite3.Connection,
    table: type[SQLModel],
    rows: list[tuple[object, ...]],
    computer: str,
    ids: random.Random,
) -> None:
    """Insert rows holding the table's first columns, each with a new event id."""
    if not rows:
        return
    names = [c.name for c in table.__table__.columns][: len(rows[0])]  # type: ignore[attr-defined]
    names += ["event_id", "computer_id"]
    conn.executemany(
        f"INSERT INTO {table.__tablename__} ({', '.join(names)}) "
        f"VALUES ({', '.join('?' * len(names))})",
        [(*row, str(new_event_id(ids)), computer) for row in rows],
    )


def generate(
    paths: DataPaths, years: float, seed: int, today: date, tz: str
) -> tuple[int, int, int, int]:
    """Write ``years`` of history ending yesterday; return (prompts, sessions, sets, ratings)."""
    exercises = load_exercise_ids(resources_dir() / "exercises")
    history = DemoHistory(random.Random(seed), tz, exercises)
    total = max(1, round(years * 365.25))
    first = today - timedelta(days=total)
    for index in range(total):
        history.day(first + timedelta(days=index), index, total)
    rows = history.rows
    conn = open_database(paths)
    try:
        if conn.execute("SELECT COUNT(*) FROM prompt").fetchone()[0]:
            raise ValueError("the data dir already holds a history")
        computer = conn.execute(
            "SELECT value FROM app_state WHERE key = ?", (COMPUTER_ID_KEY,)
        ).fetchone()[0]
        ids = random.Random(seed)  # event ids: deterministic too, apart from the history
        conn.execute("BEGIN")
        for table, table_rows in (
            (PromptRow, rows.prompts),
            (SessionRow, rows.sessions),
            (SetRow, rows.sets),
            (RatingRow, rows.ratings),
        ):
            _insert(conn, table, table_rows, computer, ids)
        conn.execute("COMMIT")
    except sqlite3.Error:
        conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()
    return len(rows.prompts), len(rows.sessions), len(rows.sets), len(rows.ratings)


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    """Fill the data dir; refuse (exit 1) when it already holds a history."""
    years = float(getattr(args, "years", 1) or 1)
    seed = int(getattr(args, "seed", 0) or 0)
    if not 0 < years <= 20:
        print(f"counterbalance demo-data: --years must be in (0, 20], got {years}", file=sys.stderr)
        return 2
    clock = SystemClock()
    stamp = Stamp.now(clock)
    try:
        counts = generate(paths, years, seed, stamp.local_date, stamp.tz)
    except ValueError as exc:
        print(
            f"counterbalance demo-data: {exc}; use an empty --data-dir for demo data.",
            file=sys.stderr,
        )
        return 1
    print(
        f"Wrote {counts[0]} prompts, {counts[1]} sessions, {counts[2]} sets and "
        f"{counts[3]} ratings to {paths.database}."
    )
    return 0
