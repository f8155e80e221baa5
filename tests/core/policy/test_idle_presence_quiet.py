"""Idle tracking, presence (away spells and graces) and which quiet reasons count."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app.core.policy.idle import IdleChange, IdleTracker
from desktop_app.core.policy.presence import Presence
from desktop_app.core.policy.quiet import QuietReason, respected_quiet
from desktop_app.core.settings import Settings


def test_idle_transitions() -> None:
    idle = IdleTracker(ref_mono=0.0)
    assert idle.observe(100.0, 100.0, 300.0) is IdleChange.ACTIVE
    assert idle.observe(300.0, 300.0, 300.0) is IdleChange.BECAME_IDLE
    assert idle.observe(360.0, 360.0, 300.0) is IdleChange.STILL_IDLE
    assert idle.observe(1.0, 420.0, 300.0) is IdleChange.RETURNED
    assert idle.observe(None, 500.0, 300.0) is IdleChange.ACTIVE  # unknown reads as 0


def test_next_idle_sample_is_when_the_stretch_could_reach_the_threshold() -> None:
    idle = IdleTracker(ref_mono=0.0)
    idle.observe(100.0, 50.0, 300.0)
    assert idle.wait(80.0, 300.0, 60.0) == pytest.approx(170.0)
    idle.user_input(90.0)
    assert idle.wait(90.0, 300.0, 60.0) == pytest.approx(300.0)
    idle.observe(300.0, 100.0, 300.0)
    assert idle.wait(100.0, 300.0, 60.0) == 60.0  # idle: poll for the return
    idle.known = False
    assert idle.wait(100.0, 300.0, 60.0) is None


def test_presence_away_spell_and_graces() -> None:
    presence = Presence(startup_grace_until_mono=120.0)
    assert presence.startup_grace_left(20.0) == 100.0
    assert presence.startup_grace_left(120.0) is None
    assert presence.leave(10.0)
    assert not presence.leave(20.0)  # the first hint counts
    assert presence.away
    assert presence.come_back() == 10.0
    assert presence.come_back() is None
    assert presence.grace_left(0.0) is None
    presence.start_grace(200.0, 120.0)
    assert presence.grace_left(250.0) == 70.0
    assert presence.grace_left(320.0) is None


def test_quiet_reasons_follow_settings() -> None:
    s = Settings()
    assert respected_quiet(None, s) is None
    assert respected_quiet("fullscreen", s) is QuietReason.FULLSCREEN
    assert respected_quiet(QuietReason.DND, s) is QuietReason.DND
    assert respected_quiet("dnd", replace(s, respect_dnd=False)) is None
    assert respected_quiet("fullscreen", replace(s, respect_fullscreen=False)) is None
    assert respected_quiet("presentation", replace(s, respect_dnd=False)) is QuietReason.OTHER
