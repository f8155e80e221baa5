"""A second, real local user for tests of what another user can do (CI runs as root)."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pytest

#: Account created for these tests (no home, no login shell).
OTHER_USER = "cb-other"


@dataclass(frozen=True)
class OtherUser:
    name: str
    uid: int
    gid: int

    def run(self, argv: Sequence[str], **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
        """Run ``argv`` as this user (runuser; environment kept except HOME and USER)."""
        env = dict(kwargs.pop("env", os.environ))
        env.update(HOME="/nonexistent", USER=self.name, LOGNAME=self.name)
        env.pop("XDG_RUNTIME_DIR", None)
        return subprocess.run(
            ["runuser", "-u", self.name, "--", *argv], env=env, check=False, **kwargs
        )

    def popen(self, argv: Sequence[str], **kwargs: Any) -> subprocess.Popen[bytes]:
        env = dict(kwargs.pop("env", os.environ))
        env.update(HOME="/nonexistent", USER=self.name, LOGNAME=self.name)
        env.pop("XDG_RUNTIME_DIR", None)
        return subprocess.Popen(["runuser", "-u", self.name, "--", *argv], env=env, **kwargs)

    def python(
        self, code: str, preload: Sequence[str] = (), **kwargs: Any
    ) -> subprocess.Popen[bytes]:
        """Run Python ``code`` as this user.

        The interpreter lives below /root (mode 0700 here), which another user cannot
        execute: the child starts as root, imports ``preload`` (and what it needs), then
        drops to this user's uid and gid for good before running ``code``.
        """
        script = "\n".join(
            [
                "import os, sys",
                "sys.path.insert(0, os.getcwd())",
                *(f"import {module}" for module in preload),
                "os.setgroups([])",
                f"os.setgid({self.gid})",
                f"os.setuid({self.uid})",
                "assert os.geteuid() != 0",
                f"os.environ.update(HOME='/nonexistent', USER={self.name!r})",
                "os.environ.pop('XDG_RUNTIME_DIR', None)",
                code,
            ]
        )
        return subprocess.Popen([sys.executable, "-c", script], **kwargs)


def other_user() -> OtherUser:
    """Return the second user, creating it when running as root; skip otherwise."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("needs root to create and act as a second user (CI runs as root)")
    if shutil.which("runuser") is None or shutil.which("useradd") is None:
        pytest.fail("runuser and useradd are needed for the second-user tests")
    try:
        entry = pwd.getpwnam(OTHER_USER)
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", OTHER_USER],
            check=True,
        )
        entry = pwd.getpwnam(OTHER_USER)
    return OtherUser(OTHER_USER, entry.pw_uid, entry.pw_gid)
