"""The PyInstaller one-folder build starts and finds its keyring backend (Linux build of the same spec).

Slow: the session builds the bundle once, into a temporary folder, with packaging/build.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux build only")]


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built program, dist/orderdesk/orderdesk."""
    dist = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build")],
        cwd=ROOT, env={**os.environ, "ORDERDESK_DIST": str(dist)},
        capture_output=True, text=True, timeout=1200, check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    program = dist / "orderdesk" / "orderdesk"
    assert program.is_file()
    return program


def test_the_built_program_passes_its_self_test(bundle: Path, orderdesk_home: Path) -> None:
    result = subprocess.run(
        [str(bundle), "--self-test"],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "ORDERDESK_HOME": str(orderdesk_home)},
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip().splitlines()[-1] == "ok"


def test_the_built_program_finds_the_secret_service_keyring(
    bundle: Path, orderdesk_home: Path, secret_service: Mapping[str, str]
) -> None:
    # No PYTHON_KEYRING_BACKEND: the bundle must discover the backend by itself, as on a customer's machine.
    env = {name: value for name, value in os.environ.items() if name != "PYTHON_KEYRING_BACKEND"}
    env.update(DBUS_SESSION_BUS_ADDRESS=secret_service["DBUS_SESSION_BUS_ADDRESS"], ORDERDESK_HOME=str(orderdesk_home))
    result = subprocess.run(
        [str(bundle), "about"],
        env=env,
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "keyring: keyring.backends.SecretService.Keyring (priority" in result.stdout
    assert "unusable" not in result.stdout


def test_the_bundle_keeps_all_but_the_program_in_internal(bundle: Path) -> None:
    # The Windows installer relies on this layout (same spec, same PyInstaller): its [InstallDelete] clears
    # _internal\ on upgrade, and the wine test's stand-in bundle mirrors it.
    assert sorted(path.name for path in bundle.parent.iterdir()) == ["_internal", bundle.name]
    assert (bundle.parent / "_internal" / "resources" / "orderdesk.png").is_file()
