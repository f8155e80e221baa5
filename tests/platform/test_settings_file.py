"""Settings file: defaults when missing, per-key recovery, .bak kept, newer version, 0600."""

from __future__ import annotations

import json
import os
import stat
from dataclasses import replace
from datetime import time
from pathlib import Path

import pytest

from desktop_app.core.settings import SETTINGS_VERSION, Settings, TimeRange
from desktop_app.platform.settings_file import SettingsFile, SettingsSaveError


@pytest.fixture
def file(tmp_path: Path) -> SettingsFile:
    return SettingsFile(tmp_path / "data" / "settings.json")


def test_missing_file_gives_defaults_without_message(file: SettingsFile) -> None:
    settings, message = file.load()
    assert settings == Settings()
    assert message is None
    assert not file.path.exists()


def test_round_trip_keeps_every_value(file: SettingsFile) -> None:
    changed = replace(
        Settings(),
        interval_min=35,
        snooze_options_min=(3, 7),
        working_hours_enabled=True,
        working_hours={
            **Settings().working_hours,
            "mon": (TimeRange(time(7, 30), time(12, 0)), TimeRange(time(13, 0), time(17, 15))),
            "sat": (TimeRange(time(9, 0), time(11, 0)),),
        },
        daily_session_time=time(16, 45),
        profile="asymmetry",
        weak_side="left",
        pain_prompt_share=0.25,
    )
    file.save(changed)
    loaded, message = file.load()
    assert message is None
    assert loaded == changed
    data = json.loads(file.path.read_text("utf-8"))
    assert data["version"] == SETTINGS_VERSION
    assert data["working_hours"]["mon"] == [["07:30", "12:00"], ["13:00", "17:15"]]


def test_corrupt_json_keeps_original_as_bak_and_uses_defaults(file: SettingsFile) -> None:
    file.path.parent.mkdir(parents=True)
    original = b'{"interval_min": 30, "profile": "bo'  # cut off mid-write
    file.path.write_bytes(original)
    settings, message = file.load()
    assert settings == Settings()
    assert message is not None
    assert "damaged" in message and str(file.backup_path) in message
    assert file.backup_path.read_bytes() == original
    # The cleaned file is written back and loads quietly next time.
    assert json.loads(file.path.read_text("utf-8"))["version"] == SETTINGS_VERSION
    assert file.load() == (Settings(), None)


@pytest.mark.parametrize("content", [b"[1, 2, 3]", b'"text"', b"\xff\xfe\x00garbage", b""])
def test_not_an_object_is_recovered(file: SettingsFile, content: bytes) -> None:
    file.path.parent.mkdir(parents=True)
    file.path.write_bytes(content)
    settings, message = file.load()
    assert settings == Settings()
    assert message is not None
    assert file.backup_path.read_bytes() == content


def test_one_bad_key_falls_back_alone(file: SettingsFile) -> None:
    file.path.parent.mkdir(parents=True)
    data = {
        "version": SETTINGS_VERSION,
        "interval_min": 999,
        "idle_threshold_min": 9,
        "profile": "upper_crossed",
        "sounds_enabled": False,
    }
    original = json.dumps(data).encode()
    file.path.write_bytes(original)
    settings, message = file.load()
    assert settings.interval_min == Settings().interval_min
    assert settings.idle_threshold_min == 9
    assert settings.profile == "upper_crossed"
    assert settings.sounds_enabled is False
    assert message is not None
    assert "interval_min" in message and "999" in message
    assert "idle_threshold_min" not in message
    assert file.backup_path.read_bytes() == original
    rewritten = json.loads(file.path.read_text("utf-8"))
    assert rewritten["interval_min"] == Settings().interval_min
    assert rewritten["idle_threshold_min"] == 9


def test_unknown_key_is_reported_and_dropped(file: SettingsFile) -> None:
    file.path.parent.mkdir(parents=True)
    file.path.write_text(json.dumps({"version": 1, "colour": "teal", "jitter_min": 4}))
    settings, message = file.load()
    assert settings.jitter_min == 4
    assert message is not None and "colour" in message
    assert "colour" not in json.loads(file.path.read_text("utf-8"))


def test_newer_version_loads_what_validates_and_leaves_file(file: SettingsFile) -> None:
    file.path.parent.mkdir(parents=True)
    newer = SETTINGS_VERSION + 1
    original = json.dumps(
        {"version": newer, "interval_min": 50, "new_feature": {"x": 1}, "snooze_limit": -4}
    ).encode()
    file.path.write_bytes(original)
    settings, message = file.load()
    assert settings.interval_min == 50
    assert settings.snooze_limit == Settings().snooze_limit
    assert message is not None and "newer version" in message and str(newer) in message
    assert file.path.read_bytes() == original
    assert not file.backup_path.exists()
    # Saving from this version keeps the newer file's bytes as .bak first.
    file.save(replace(settings, interval_min=40))
    assert file.backup_path.read_bytes() == original
    assert json.loads(file.path.read_text("utf-8"))["version"] == SETTINGS_VERSION


def test_file_is_private(file: SettingsFile) -> None:
    if os.name != "posix":
        pytest.skip("file modes are POSIX-only")
    file.save(Settings())
    assert stat.S_IMODE(file.path.stat().st_mode) == 0o600
    file.path.chmod(0o644)
    file.save(replace(Settings(), interval_min=40))
    assert stat.S_IMODE(file.path.stat().st_mode) == 0o600
    file.path.write_text("not json")
    file.load()
    assert stat.S_IMODE(file.backup_path.stat().st_mode) == 0o600


def test_atomic_write_leaves_no_temporary_file(file: SettingsFile) -> None:
    for minutes in (30, 40, 50):
        file.save(replace(Settings(), interval_min=minutes))
    assert sorted(p.name for p in file.path.parent.iterdir()) == ["settings.json"]
    assert file.load()[0].interval_min == 50


def test_save_failure_raises_clear_error_and_keeps_old_file(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the data dir should be")
    broken = SettingsFile(blocker / "settings.json")
    with pytest.raises(SettingsSaveError) as info:
        broken.save(Settings())
    assert "Could not save your settings" in str(info.value)
    assert info.value.reason
    assert blocker.read_text() == "a file where the data dir should be"


def test_unreadable_file_gives_defaults_and_is_left_alone(tmp_path: Path) -> None:
    # A directory where the file should be: reading fails with an OSError.
    path = tmp_path / "settings.json"
    path.mkdir()
    settings, message = SettingsFile(path).load()
    assert settings == Settings()
    assert message is not None and "Could not read" in message
    assert path.is_dir()


def test_broken_file_is_never_replaced_without_a_copy(file: SettingsFile) -> None:
    file.path.parent.mkdir(parents=True)
    original = b'{"interval_min": "often"}'
    file.path.write_bytes(original)
    file.backup_path.mkdir()  # the copy cannot be written
    settings, message = file.load()
    assert settings == Settings()
    assert message is not None and "interval_min" in message and "left as it is" in message
    assert file.path.read_bytes() == original
    # A later save must not overwrite the original while it still has no copy.
    with pytest.raises(SettingsSaveError):
        file.save(replace(Settings(), interval_min=40))
    assert file.path.read_bytes() == original
    file.backup_path.rmdir()
    file.save(replace(Settings(), interval_min=40))
    assert file.backup_path.read_bytes() == original
    assert file.load() == (replace(Settings(), interval_min=40), None)
