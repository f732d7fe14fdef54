"""The layer rules of docs/architecture.md hold: ``lint-imports`` checks pyproject.toml's contracts.

The second test breaks each rule in a copy of the package and sees the check fail, so a contract
that silently stopped matching anything (a renamed package, a typo) cannot pass for kept.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def lint_imports(cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run the venv's ``lint-imports`` on the package and pyproject.toml found in ``cwd``."""
    program = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert program is not None, "lint-imports is not installed: uv sync (it is a dev dependency)"
    env = {**os.environ, "PYTHONPATH": str(cwd)}
    return subprocess.run(
        [program, "--no-cache"], cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False
    )


def test_the_package_keeps_every_layer_rule() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("core/amounts.py", "import sqlite3", "Core is pure"),
        ("core/findings.py", "from PySide6 import QtCore", "Core is pure"),
        ("journal/codec.py", "from PySide6 import QtCore", "Qt only in the window"),
        ("targets/dropday/convert.py", "from orderdesk.targets.centra import is_batch", "Each API stands alone"),
        ("targets/client_base.py", "from orderdesk.config import profiles", "Targets know no config"),
        ("transport/session.py", "from orderdesk.sending import submit", "Layers"),
        ("services/sending.py", "from orderdesk.ui import background", "Layers"),
        ("services/outcome_words.py", "from PySide6 import QtCore", "Qt only in the window"),
        ("ui/order_page/findings_merge.py", "from orderdesk.ui.language.text import translate",
         "Pure parts of the window"),
        ("ui/app.py", "from orderdesk.journal.store import JOURNAL_FILE", "The window uses services"),
        ("ui/outbox_page/outbox_view.py", "from orderdesk.transport.settings import HttpSettings",
         "The window uses services"),
        ("ui/profiles/dialog.py", "import keyring", "The window uses services"),
        ("ui/main_window.py", "from orderdesk.sending.submit import submit", "The window uses services"),
    ],
)
def test_a_broken_rule_fails_the_check(tmp_path: Path, module: str, line: str, contract: str) -> None:
    shutil.copytree(ROOT / "orderdesk", tmp_path / "orderdesk", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    source = tmp_path / "orderdesk" / module
    source.write_text(source.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")

    result = lint_imports(tmp_path)

    assert result.returncode != 0
    broken = [text for text in result.stdout.splitlines() if " BROKEN" in text]
    assert any(text.startswith(contract) for text in broken), result.stdout
