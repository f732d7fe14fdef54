"""The README's laptop-size screenshots script runs, and makes each picture at its size."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "resources" / "screenshots_sizes.py"


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's header chunk."""
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n" and header[12:16] == b"IHDR", path
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_the_script_takes_every_view_at_both_sizes(tmp_path: Path) -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path)], env=environment, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    made = {path.name: png_size(path) for path in tmp_path.glob("*.png")}
    assert made == {
        f"screenshot-{width}-{view}.png": (width, height)
        for width, height in ((1280, 800), (1024, 700))
        for view in ("order", "outbox", "profiles")
    }
