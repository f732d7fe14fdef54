"""Make the Windows .ico and macOS .icns from the one icon source, resources/orderdesk.png.

Run by packaging/build before PyInstaller; the results go to build/icons/ and are not committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "orderdesk.png"
OUT = ROOT / "build" / "icons"


def main() -> int:
    """Write orderdesk.ico (16-256 px) and orderdesk.icns (16-1024 px)."""
    OUT.mkdir(parents=True, exist_ok=True)
    with Image.open(SOURCE) as image:
        square = image.convert("RGBA")
        square.save(OUT / "orderdesk.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
        square.save(OUT / "orderdesk.icns")
    print(f"icons: {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
