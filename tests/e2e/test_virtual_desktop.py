"""The tests' X server keeps serving between clients.

Without ``-noreset`` Xvfb resets itself whenever its last client disconnects; a client
that connects during the reset is refused ("cannot open display"). That is how trayer
failed to start in 3 of 30 starts on a busy machine, right after a probe's connection
closed (the bundle's smoke test, one CI run in five). A reset also clears the root
window's properties, which makes it visible without a race.
"""

from __future__ import annotations

import os
import subprocess

from tests.helpers.desktop import start_xvfb


def test_the_server_does_not_reset_when_its_last_client_leaves() -> None:
    xvfb, display = start_xvfb(640, 480)
    env = {**os.environ, "DISPLAY": f":{display}"}
    try:
        subprocess.run(
            ["xprop", "-root", "-f", "_CB_PROBE", "8s", "-set", "_CB_PROBE", "still here"],
            env=env,
            check=True,
        )  # xprop was the only client: it has left now
        shown = subprocess.run(
            ["xprop", "-root", "_CB_PROBE"], env=env, capture_output=True, text=True, check=True
        ).stdout
        assert "still here" in shown
    finally:
        xvfb.kill()
        xvfb.wait()


def test_the_bundle_smoke_test_starts_its_server_the_same_way() -> None:
    """``packaging/smoke_test.sh`` starts its own Xvfb: it must not reset either."""
    from pathlib import Path

    script = (Path(__file__).resolve().parents[2] / "packaging" / "smoke_test.sh").read_text()
    starts = [line for line in script.splitlines() if line.lstrip().startswith("Xvfb ")]
    assert starts and all("-noreset" in line for line in starts)
