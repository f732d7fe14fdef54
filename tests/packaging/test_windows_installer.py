"""The Windows installer, built by the real Inno Setup compiler and run by the real Setup, under wine.

packaging/windows/orderdesk.iss is compiled around a stand-in bundle (PyInstaller's one-folder layout with a dummy
orderdesk.exe: no Windows build of Python is needed), installed per-user, upgraded by a newer version whose bundle
dropped a file, and uninstalled, all in a throw-away wine prefix. Each step is a fixture that records what it left
behind, so each test reads the state right after its step, whichever tests run.

Needs wine with 32-bit support (ISCC.exe and Setup are 32-bit programs), Xvfb (Setup makes windows even when
silent), and the pinned compiler from packaging/windows/get-iscc. Without them this skips, except under CI=true,
where .ci/run installs them and a missing one fails the run instead.
"""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import pytest

from orderdesk.journal.store import JOURNAL_FILE

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "packaging" / "windows" / "orderdesk.iss"
LOCK = ROOT / "packaging" / "windows" / "package-lock.json"
ISCC = Path(os.environ.get("ORDERDESK_INNOSETUP", ROOT / "build" / "innosetup")) / "node_modules/innosetup/bin/ISCC.exe"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
# The next patch release: what the upgrade installs over VERSION.
NEXT_VERSION = re.sub(r"(\d+)$", lambda m: str(int(m.group(1)) + 1), VERSION)
# Dropped by the newer stand-in bundle: the upgrade must not leave it behind.
DROPPED = "_internal/PySide6/opengl32sw.dll"
STEP_TIMEOUT = 300  # seconds for any one wine program: ISCC, Setup, the uninstaller

pytestmark = [pytest.mark.wine, pytest.mark.slow]


def _unavailable(reason: str) -> NoReturn:
    """Skip on a developer's machine; fail under CI, whose .ci/run installs everything this needs."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true: .ci/run should have installed it)")
    pytest.skip(reason)


def _iss_setting(name: str) -> str:
    """A [Setup] directive's value as written in orderdesk.iss."""
    match = re.search(rf"^{name}=(.+)$", ISS.read_text(encoding="utf-8"), re.MULTILINE)
    assert match, f"{name}= not found in {ISS}"
    return match.group(1).strip()


# The uninstall key Inno Setup writes: the AppId ({{ escapes the brace) with _is1 appended.
APP_ID = _iss_setting("AppId").removeprefix("{")
UNINSTALL_KEY = rf"Software\Microsoft\Windows\CurrentVersion\Uninstall\{APP_ID}_is1"
SHELL_FOLDERS_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\Shell Folders"


def _registry_key(reg_file: Path, key: str) -> dict[str, str] | None:
    """The string values of one key in a wine registry file (user.reg), or None without that key."""
    header = "[" + key.replace("\\", "\\\\") + "]"
    values: dict[str, str] | None = None
    for line in reg_file.read_text(encoding="utf-8", errors="replace").splitlines():
        if values is None:
            if line.startswith(header + " ") or line == header:
                values = {}
            continue
        if not line.strip():
            break
        match = re.fullmatch(r'"((?:[^"\\]|\\.)*)"="((?:[^"\\]|\\.)*)"', line)
        if match:
            name, value = (re.sub(r"\\(.)", r"\1", part) for part in match.groups())
            values[name] = value
    return values


@dataclass(frozen=True)
class Wine:
    """One throw-away wine prefix, driven on one X display."""

    prefix: Path
    env: dict[str, str]

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run a Windows program and wait until every process it started (an uninstaller's copy) has ended."""
        try:
            return subprocess.run(
                ["wine", *args], env=self.env, capture_output=True, text=True, errors="replace",
                timeout=STEP_TIMEOUT, check=False,
            )
        finally:
            self.wait()

    def wait(self) -> None:
        """Wait for the prefix's wineserver to exit, which also writes the registry files."""
        subprocess.run(["wineserver", "-w"], env=self.env, timeout=STEP_TIMEOUT, check=True)

    def windows(self, path: Path) -> str:
        """``path`` as wine's programs see it: the Unix root is drive Z:."""
        return "Z:" + str(path).replace("/", "\\")

    def unix(self, windows_path: str) -> Path:
        """A C:\\ path inside the prefix as a Unix path."""
        assert windows_path[:3].upper() == "C:\\", windows_path
        return self.prefix / "drive_c" / Path(*windows_path[3:].split("\\"))

    def shell_folder(self, name: str) -> Path:
        """A user's shell folder (AppData, Local AppData, Programs) as this prefix's registry names it."""
        folders = _registry_key(self.prefix / "user.reg", SHELL_FOLDERS_KEY)
        assert folders and name in folders, f"no shell folder {name!r} in the prefix"
        return self.unix(folders[name])


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    """A private Xvfb: Setup opens (hidden) windows even when silent, and all wine calls must share one display."""
    if shutil.which("Xvfb") is None:
        _unavailable("Xvfb is not installed (Debian: xvfb)")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-nolisten", "tcp", "-screen", "0", "1024x768x24"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], 30)
        assert ready, "Xvfb did not report a display within 30 s"
        number = os.read(read_end, 64).decode().strip()
        assert number.isdigit(), f"Xvfb reported {number!r}"
        yield f":{number}"
    finally:
        os.close(read_end)
        server.terminate()
        server.wait(timeout=30)


@pytest.fixture(scope="module")
def iscc() -> Path:
    """The pinned ISCC.exe that packaging/windows/get-iscc installed, checked against the lock's version."""
    if not ISCC.is_file():
        _unavailable(f"no Inno Setup compiler at {ISCC}: run packaging/windows/get-iscc")
    installed = json.loads((ISCC.parents[1] / "package.json").read_text(encoding="utf-8"))["version"]
    locked = json.loads(LOCK.read_text(encoding="utf-8"))["packages"]["node_modules/innosetup"]["version"]
    assert installed == locked, f"{ISCC} is innosetup {installed}, the lock pins {locked}: run get-iscc again"
    return ISCC


@pytest.fixture(scope="module")
def wine(tmp_path_factory: pytest.TempPathFactory, display: str, iscc: Path) -> Iterator[Wine]:
    """A fresh 64-bit prefix with its own HOME, so nothing it links or writes reaches the real user's folders."""
    if shutil.which("wine") is None or shutil.which("wineserver") is None:
        _unavailable("wine is not installed (Debian: wine wine64, and wine32:i386 for the 32-bit ISCC.exe)")
    root = tmp_path_factory.mktemp("wine")
    (root / "home").mkdir()
    env = {
        **os.environ,
        "WINEPREFIX": str(root / "prefix"),
        "HOME": str(root / "home"),
        "DISPLAY": display,
        "WINEDEBUG": "-all",
        # No Mono or Gecko install prompts (nothing to download them from), and no .desktop files in the real HOME.
        "WINEDLLOVERRIDES": "mscoree,mshtml=;winemenubuilder.exe=d",
    }
    env.pop("WAYLAND_DISPLAY", None)
    prefix = Wine(root / "prefix", env)
    subprocess.run(["wineboot", "--init"], env=env, capture_output=True, timeout=STEP_TIMEOUT, check=True)
    prefix.wait()
    probe = prefix.run(str(iscc), "/?")
    if "Inno Setup 6 Command-Line Compiler" not in probe.stdout + probe.stderr:
        _unavailable(f"wine cannot run the 32-bit ISCC.exe (install wine32:i386): {probe.stderr[-500:]}")
    try:
        yield prefix
    finally:
        subprocess.run(["wineserver", "-k"], env=env, timeout=60, check=False)


def _stand_in_bundle(dist: Path, version: str, *, drop: str | None = None) -> Path:
    """PyInstaller's one-folder layout as the Windows build makes it: orderdesk.exe and everything else in _internal."""
    files = {
        "orderdesk.exe": b"MZ stand-in for orderdesk.exe " + version.encode(),
        "_internal/python311.dll": os.urandom(4096),
        "_internal/base_library.zip": os.urandom(65536),
        "_internal/PySide6/Qt6Core.dll": os.urandom(8192),
        "_internal/PySide6/plugins/platforms/qwindows.dll": os.urandom(4096),
        DROPPED: os.urandom(4096),
        "_internal/resources/orderdesk.png": (ROOT / "resources" / "orderdesk.png").read_bytes(),
    }
    for relative, content in files.items():
        if relative != drop:
            target = dist / "orderdesk" / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
    return dist


@dataclass(frozen=True)
class Installer:
    """A compiled setup program and how long the compiler took."""

    path: Path
    seconds: float


def _compile(wine: Wine, iscc: Path, work: Path, version: str, *, drop: str | None = None) -> Installer:
    """Compile the real orderdesk.iss for ``version`` around a stand-in bundle in ``work``."""
    dist = _stand_in_bundle(work / "dist", version, drop=drop)
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "make_icons.py"), str(work / "icons")],
        capture_output=True, timeout=120, check=True,
    )
    started = time.monotonic()
    result = wine.run(
        str(iscc), "/Q", f"/DAppVersion={version}", f"/DDistDir={wine.windows(dist)}",
        f"/DIconFile={wine.windows(work / 'icons' / 'orderdesk.ico')}", f"/O{wine.windows(work / 'out')}",
        wine.windows(ISS),
    )
    seconds = time.monotonic() - started
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    setup = work / "out" / f"OrderDesk-{version}-setup.exe"
    assert setup.is_file(), sorted(p.name for p in (work / "out").iterdir())
    print(f"\nISCC {version}: {seconds:.1f} s, {setup.stat().st_size / 1e6:.2f} MB")
    return Installer(setup, seconds)


@dataclass(frozen=True)
class State:
    """What one step left behind in the prefix."""

    app_files: frozenset[str]  # paths under the program folder, relative, with /
    exe: bytes | None  # the installed orderdesk.exe
    uninstall_entry: dict[str, str] | None  # the uninstall key's values
    shortcut: bytes | None  # the Start menu entry (.lnk)
    user_data: dict[str, bytes]  # the files in %APPDATA%\OrderDesk and %LOCALAPPDATA%\OrderDesk
    app_dir_exists: bool
    seconds: float  # how long the step's program ran


def _state(wine: Wine, seconds: float) -> State:
    """Read the prefix right after a step, so later steps cannot change what that step's tests see."""
    app = wine.shell_folder("Local AppData") / "Programs" / "OrderDesk"
    shortcut = wine.shell_folder("Programs") / "OrderDesk.lnk"
    data: dict[str, bytes] = {}
    for folder in ("AppData", "Local AppData"):
        base = wine.shell_folder(folder) / "OrderDesk"
        for path in sorted(base.rglob("*")) if base.is_dir() else ():
            if path.is_file():
                data[f"{folder}/{path.relative_to(base).as_posix()}"] = path.read_bytes()
    installed = (p.relative_to(app).as_posix() for p in app.rglob("*") if p.is_file()) if app.is_dir() else ()
    return State(
        app_files=frozenset(installed),
        exe=(app / "orderdesk.exe").read_bytes() if (app / "orderdesk.exe").is_file() else None,
        uninstall_entry=_registry_key(wine.prefix / "user.reg", UNINSTALL_KEY),
        shortcut=shortcut.read_bytes() if shortcut.is_file() else None,
        user_data=data,
        app_dir_exists=app.exists(),
        seconds=seconds,
    )


def _run_setup(wine: Wine, program: Path, *args: str) -> float:
    """Run a setup or uninstaller silently, as a deployment script would, and return how long it took."""
    started = time.monotonic()
    result = wine.run(str(program), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", *args)
    seconds = time.monotonic() - started
    assert result.returncode == 0, f"{program.name} exited {result.returncode}: {result.stderr[-3000:]}"
    return seconds


@pytest.fixture(scope="module")
def installers(wine: Wine, iscc: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Installer]:
    """This version's installer and the next version's, whose bundle dropped one file."""
    return {
        VERSION: _compile(wine, iscc, tmp_path_factory.mktemp("v1"), VERSION),
        NEXT_VERSION: _compile(wine, iscc, tmp_path_factory.mktemp("v2"), NEXT_VERSION, drop=DROPPED),
    }


@pytest.fixture(scope="module")
def installed(wine: Wine, installers: dict[str, Installer]) -> State:
    """VERSION installed per-user, in Dutch."""
    log = wine.prefix.parent / "install.log"
    seconds = _run_setup(wine, installers[VERSION].path, "/CURRENTUSER", "/LANG=nl", f"/LOG={wine.windows(log)}")
    print(f"\ninstall: {seconds:.1f} s")
    return _state(wine, seconds)


@pytest.fixture(scope="module")
def user_data(wine: Wine, installed: State) -> dict[str, bytes]:
    """The files a run of the installed program leaves in its data folders (platformdirs' places on Windows)."""
    written: dict[str, bytes] = {}
    for folder in ("AppData", "Local AppData"):
        data = wine.shell_folder(folder) / "OrderDesk"
        data.mkdir(parents=True, exist_ok=True)
        for name, content in ((JOURNAL_FILE, b"SQLite format 3\x00" + os.urandom(4096)), ("profiles.json", b"{}")):
            (data / name).write_bytes(content)
            written[f"{folder}/{name}"] = content
    return written


@pytest.fixture(scope="module")
def upgraded(wine: Wine, installers: dict[str, Installer], installed: State, user_data: dict[str, bytes]) -> State:
    """NEXT_VERSION's installer run over the installed VERSION."""
    seconds = _run_setup(wine, installers[NEXT_VERSION].path, "/CURRENTUSER")
    print(f"\nupgrade: {seconds:.1f} s")
    return _state(wine, seconds)


@pytest.fixture(scope="module")
def uninstalled(wine: Wine, upgraded: State) -> tuple[State, State]:
    """The uninstaller run after the upgrade; with the state just before it, for the user's data."""
    before = _state(wine, 0.0)
    uninstaller = wine.shell_folder("Local AppData") / "Programs" / "OrderDesk" / "unins000.exe"
    assert uninstaller.is_file()
    seconds = _run_setup(wine, uninstaller)
    print(f"\nuninstall: {seconds:.1f} s")
    return before, _state(wine, seconds)


def test_the_installer_is_compiled_by_the_pinned_compiler(installers: dict[str, Installer]) -> None:
    for installer in installers.values():
        assert installer.path.read_bytes()[:2] == b"MZ"
        # The stand-in bundle is tiny, so the setup is mostly Inno's own code: about 2 MB, and never empty.
        assert 1_000_000 < installer.path.stat().st_size < 20_000_000


def test_install_puts_program_uninstaller_and_start_menu_entry_in_place(installed: State) -> None:
    assert installed.exe is not None and installed.exe.endswith(VERSION.encode())
    expected = {"orderdesk.exe", "unins000.exe", "unins000.dat", DROPPED, "_internal/resources/orderdesk.png"}
    assert expected <= installed.app_files
    assert installed.shortcut is not None
    # The .lnk names its target; wine stores it as a Windows path.
    assert b"\\Programs\\OrderDesk\\orderdesk.exe" in installed.shortcut


def test_the_uninstall_entry_carries_version_and_publisher(installed: State) -> None:
    entry = installed.uninstall_entry
    assert entry is not None, f"no {UNINSTALL_KEY} in user.reg (a per-user install writes to HKCU)"
    assert entry["DisplayVersion"] == VERSION
    assert entry["Publisher"] == _iss_setting("AppPublisher") != ""
    assert entry["DisplayIcon"].endswith("\\Programs\\OrderDesk\\orderdesk.exe")
    assert entry["UninstallString"].endswith('\\Programs\\OrderDesk\\unins000.exe"')


def test_the_installer_speaks_dutch(installed: State) -> None:
    entry = installed.uninstall_entry
    assert entry is not None
    assert entry["Inno Setup: Language"] == "nl"
    # Dutch.isl's NameAndVersion ("%1 versie %2") names the entry, so Dutch messages were compiled in and used.
    assert entry["DisplayName"] == f"OrderDesk versie {VERSION}"


def test_the_upgrade_replaces_in_place_and_leaves_no_stale_file(installed: State, upgraded: State) -> None:
    assert DROPPED in installed.app_files
    assert DROPPED not in upgraded.app_files
    assert upgraded.exe is not None and upgraded.exe.endswith(NEXT_VERSION.encode())
    # Same AppId: the same folder and uninstaller, not a second install beside the first.
    assert installed.app_files - {DROPPED} == upgraded.app_files
    assert upgraded.uninstall_entry is not None
    assert upgraded.uninstall_entry["DisplayVersion"] == NEXT_VERSION
    assert upgraded.uninstall_entry["Inno Setup: Language"] == "nl"  # the language chosen at first install


def test_the_upgrade_keeps_the_users_data(installed: State, user_data: dict[str, bytes], upgraded: State) -> None:
    assert installed.user_data == {}  # Setup itself writes nothing there
    assert upgraded.user_data == user_data


def test_uninstall_removes_the_program_and_keeps_the_users_data(
    user_data: dict[str, bytes], uninstalled: tuple[State, State]
) -> None:
    before, after = uninstalled
    assert before.app_dir_exists and before.shortcut is not None and before.uninstall_entry is not None
    assert not after.app_dir_exists, sorted(after.app_files)
    assert after.shortcut is None
    assert after.uninstall_entry is None
    assert before.user_data == after.user_data == user_data
