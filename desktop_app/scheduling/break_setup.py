"""Build the break service from the policy and the platform's adapters.

Importing this module loads APScheduler and the OS adapters (idle, quiet, power): the
slowest imports of the app, seconds on a busy machine. The app imports it on the
background worker first, then calls :func:`build_break_parts` on the GUI thread.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject

from desktop_app.core.clock import Clock
from desktop_app.core.policy import BreakPolicy
from desktop_app.core.settings import Settings
from desktop_app.platform.idle import detect_idle_source, preload_idle_backends
from desktop_app.platform.power import PowerWatcher
from desktop_app.platform.quiet import QuietDetector
from desktop_app.scheduling.break_service import BreakService
from desktop_app.scheduling.pause_watch import PauseWatcher
from desktop_app.scheduling.policy_state_file import PolicyStateFile

log = logging.getLogger("desktop_app")

# Part of this module's import (done on the background worker): on a compositor with a
# Wayland idle protocol, pywayland (0.1-0.2 s) loads here rather than on the GUI thread.
preload_idle_backends()


@dataclass(frozen=True, slots=True)
class BreakParts:
    """The break service (not started yet), the pause watch and the running power hints."""

    service: BreakService
    pause_watch: PauseWatcher
    power: PowerWatcher


def build_break_parts(
    settings: Settings,
    clock: Clock,
    rng: random.Random,
    time_scale: float,
    policy_state: Path,
    parent: QObject,
) -> BreakParts:
    """Build the policy from its saved state and the service around it; start the power hints."""
    state_file = PolicyStateFile(policy_state)
    policy = BreakPolicy(settings, clock, rng, time_scale, state_file.load())
    idle = detect_idle_source()
    log.info("idle backend: %s", idle.name)
    service = BreakService(
        policy, clock, idle, QuietDetector.for_platform(), state_file, parent=parent
    )
    power = PowerWatcher(parent)
    power.away_started.connect(service.away_started)
    power.away_ended.connect(service.away_ended)
    log.info("power hints: %s", ", ".join(power.start()) or "none")
    # Issue 9 §5: "start at my next pause" polls the same idle source.
    return BreakParts(service, PauseWatcher(idle, parent), power)
