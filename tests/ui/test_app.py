"""``orderdesk --self-test`` starts the real window, lets it settle, prints ok and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from orderdesk.ui.app import RESOURCES

ROOT = Path(__file__).resolve().parents[2]


def test_self_test_starts_the_real_window_and_says_ok(orderdesk_home: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ORDERDESK_HOME": str(orderdesk_home)}
    result = subprocess.run(
        [sys.executable, "-m", "orderdesk", "--self-test"], capture_output=True, text=True, timeout=120, env=env,
        cwd=ROOT, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout == "ok\n"
    assert result.stderr == ""


def test_the_application_icon_is_shipped_as_svg_and_png() -> None:
    assert (RESOURCES / "orderdesk.svg").read_text(encoding="utf-8").startswith("<svg")
    assert (RESOURCES / "orderdesk.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
