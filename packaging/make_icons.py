"""Make the Windows .ico and macOS .icns from the one icon source, resources/orderdesk.png.

Run by packaging/build before PyInstaller; the results go to build/icons/ (or the folder given as the one argument,
as the installer test does) and are not committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "orderdesk.png"
OUT = ROOT / "build" / "icons"


def main(out: Path = OUT) -> int:
    """Write orderdesk.ico (16-256 px) and orderdesk.icns (16-1024 px) into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    with Image.open(SOURCE) as image:
        square = image.convert("RGBA")
        square.save(out / "orderdesk.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
        square.save(out / "orderdesk.icns")
    print(f"icons: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
