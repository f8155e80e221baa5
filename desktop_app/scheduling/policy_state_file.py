"""The break policy's small persisted state on disk.

Read as untrusted input; written atomically (0600), and only when it changed enough.
A tick's save writes on a thread of its own: the atomic write ends with an fsync, which
took 2.5 s on the GUI thread while the disk was busy with other writes.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from pathlib import Path
from typing import Any

from desktop_app.core.file_input import BadFileInputError, parse_json
from desktop_app.core.policy import PersistedPolicyState
from desktop_app.platform.paths import UnsafeLinkError, read_private_file, write_private_file

log = logging.getLogger(__name__)

#: Largest policy state file read (a real one is about 200 bytes).
MAX_STATE_BYTES = 64 * 1024
#: Active time counted since the last save that is worth a disk write on its own.
SAVE_ACTIVE_STEP_S = 60


class PolicyStateFile:
    """The policy's small persisted state, as JSON, written atomically (0600).

    A tick that only moved the clock does not write: the file changes when a flag
    changes or when at least :data:`SAVE_ACTIVE_STEP_S` more active seconds were counted,
    so a break held for quiet time (a tick every 15 s) costs no disk writes.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._last: dict[str, Any] | None = None
        #: The file was a refused link, not a regular file, or too large: it is renamed
        #: to ``.bad`` before the first save (the link itself, never its target).
        self._replace_before_save = False
        #: Writes from either thread, one at a time (a retry re-enters).
        self._write_lock = threading.RLock()
        self._cond = threading.Condition()
        self._pending: dict[str, Any] | None = None
        self._writing = False
        self._writer: threading.Thread | None = None

    def load(self) -> PersistedPolicyState | None:
        """Return the saved state, or None when missing or unusable (never raises).

        The file is untrusted input: only a regular file of at most
        :data:`MAX_STATE_BYTES`, under the link rule, nested shallowly enough to parse.
        A file that cannot be used is logged with the reason, and the count starts afresh.
        """
        try:
            raw = read_private_file(self._path, MAX_STATE_BYTES)
            data = parse_json(self._path, raw)
        except FileNotFoundError:
            return None
        except (OSError, BadFileInputError) as exc:
            log.warning("policy state %s not used (%s): starting a fresh count", self._path, exc)
            if isinstance(exc, UnsafeLinkError | BadFileInputError):
                self._replace_before_save = True
            return None
        if not isinstance(data, dict):
            log.warning("policy state %s is not a JSON object: starting a fresh count", self._path)
            return None
        try:
            return PersistedPolicyState.from_mapping(data)
        except (TypeError, ValueError, KeyError, AttributeError, RecursionError) as exc:
            log.warning("policy state %s has bad values (%s): starting afresh", self._path, exc)
            return None

    def _worth_writing(self, mapping: dict[str, Any]) -> bool:
        last = self._last
        if last is None:
            return True
        flags = (
            "makeup_pending",
            "daily_offered_on",
            "daily_offered_at",
            "paused_until",
            "paused_indefinitely",
        )
        if any(mapping.get(k) != last.get(k) for k in flags):
            return True
        return bool(abs(mapping["active_s"] - last["active_s"]) >= SAVE_ACTIVE_STEP_S)

    def save(self, state: PersistedPolicyState, force: bool = False) -> None:
        """Write the state now when it changed enough (after any background write).

        Failures are logged, never raised. For quitting and tests; a tick uses
        :meth:`save_in_background`.
        """
        mapping = state.to_mapping()
        if not force and not self._worth_writing(mapping):
            return
        self.flush()
        if self._write(mapping):
            self._last = mapping

    def save_in_background(self, state: PersistedPolicyState) -> None:
        """As :meth:`save`, with the disk write on a thread of its own (the latest wins)."""
        mapping = state.to_mapping()
        if not self._worth_writing(mapping):
            return
        self._last = mapping
        with self._cond:
            self._pending = mapping
            if self._writer is None:
                self._writer = threading.Thread(
                    target=self._write_pending, name="policy-state", daemon=True
                )
                self._writer.start()
            self._cond.notify_all()

    def flush(self, timeout_s: float = 5.0) -> None:
        """Wait until the background writes are on disk (or ``timeout_s`` passed)."""
        with self._cond:
            self._cond.wait_for(lambda: self._pending is None and not self._writing, timeout_s)

    def _write_pending(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._pending is not None)
                mapping, self._pending = self._pending, None
                self._writing = True
            try:
                if mapping is not None and not self._write(mapping):
                    self._last = None  # the next save writes again
            finally:
                with self._cond:
                    self._writing = False
                    self._cond.notify_all()

    def _write(self, mapping: dict[str, Any]) -> bool:
        """Write ``mapping`` atomically; False when it could not be written (logged)."""
        with self._write_lock:
            try:
                if self._replace_before_save:
                    os.replace(self._path, self._path.with_name(self._path.name + ".bad"))
                    self._replace_before_save = False
                write_private_file(self._path, json.dumps(mapping, sort_keys=True).encode())
            except FileNotFoundError:
                self._replace_before_save = False
                return self._write(mapping)
            except OSError as exc:
                log.warning("could not save the policy state: %s", exc)
                return False
        return True
