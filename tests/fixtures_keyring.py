"""Pytest fixtures for the keyring (see tests/conftest.py).

Secrets are tested against a real Secret Service: a private D-Bus session bus with its own
gnome-keyring-daemon, unlocked with a throwaway password, keeping its files in a temporary
folder. The developer's own keyring is never reached: every test starts with keyring's fail
backend (also for the commands it runs in subprocesses), and only ``secret_service`` points
keyring at the private daemon.
"""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
import tempfile
import time
import warnings
from collections.abc import Iterator, Mapping
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

import keyring
import pytest
from keyring.backends import SecretService, fail

from orderdesk.config.credentials import SERVICE

if TYPE_CHECKING:  # jeepney and secretstorage exist on Linux only; they are imported where used
    from jeepney.io.blocking import DBusConnection

REQUIRED_PROGRAMS = {"dbus-daemon": "dbus", "gnome-keyring-daemon": "gnome-keyring"}
SECRET_SERVICE_BACKEND = "keyring.backends.SecretService.Keyring"
FAIL_BACKEND = "keyring.backends.fail.Keyring"

# A session bus that cannot start services on demand, so the only Secret Service on it is
# ours (the system's service files would otherwise start a second, unconfigured daemon).
_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""
_STARTUP_SECONDS = 30.0  # generous: CI machines can be busy


class PrivateSecretService(Mapping[str, str]):
    """A private D-Bus session bus and, unless ``with_keyring`` is False, an unlocked gnome-keyring.

    As a mapping it is the environment that points a program at this keyring, so
    ``subprocess.run(..., env={**os.environ, **secret_service})`` uses it too.

    Attributes:
        address: the bus address for ``DBUS_SESSION_BUS_ADDRESS``.
        folder: where the bus socket and the keyring files live.
    """

    def __init__(self, folder: Path, with_keyring: bool = True) -> None:
        self.folder = folder
        self.address = ""
        self._with_keyring = with_keyring
        self._processes: list[subprocess.Popen[str]] = []

    def start(self) -> None:
        """Start the bus (and the keyring daemon) and wait until the login collection is unlocked."""
        missing = [program for program in REQUIRED_PROGRAMS if shutil.which(program) is None]
        if missing:
            packages = " ".join(sorted({REQUIRED_PROGRAMS[program] for program in missing}))
            pytest.fail(
                f"The keyring tests need {', '.join(missing)} to run a private Secret Service: "
                f"sudo apt install {packages}",
                pytrace=False,
            )
        environment = self._environment()
        config = self.folder / "bus.conf"
        config.write_text(_BUS_CONFIG.format(folder=self.folder / "run"), encoding="utf-8")
        bus = self._spawn(["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"], environment)
        assert bus.stdout is not None
        self.address = bus.stdout.readline().strip()
        if not self.address:
            self.stop()
            pytest.fail("dbus-daemon did not print its address", pytrace=False)
        if self._with_keyring:
            environment["DBUS_SESSION_BUS_ADDRESS"] = self.address
            daemon = self._spawn(
                ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"], environment, stdin=True
            )
            assert daemon.stdin is not None
            daemon.stdin.write("throwaway-test-password")
            daemon.stdin.close()
            self._wait_for_login_collection()

    def stop(self) -> None:
        """Stop the daemons, newest first."""
        for process in reversed(self._processes):
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)
            for stream in (process.stdin, process.stdout):
                if stream is not None and not stream.closed:
                    stream.close()
        self._processes.clear()

    def entries(self) -> dict[str, str]:
        """Every ``orderdesk`` entry in the keyring, user name -> secret, read without keyring's help."""
        import secretstorage

        with closing(self._connect()) as connection:
            found = {}
            for collection in secretstorage.get_all_collections(connection):
                for item in collection.search_items({"service": SERVICE}):
                    found[item.get_attributes()["username"]] = item.get_secret().decode("utf-8")
            return found

    def delete_entries(self) -> None:
        """Delete every ``orderdesk`` entry, so each test starts with none."""
        import secretstorage

        with closing(self._connect()) as connection:
            for collection in secretstorage.get_all_collections(connection):
                for item in collection.search_items({"service": SERVICE}):
                    item.delete()

    def lock(self) -> None:
        """Lock the default collection; with no prompter on this bus it cannot be unlocked again."""
        import secretstorage

        with closing(self._connect()) as connection:
            secretstorage.get_default_collection(connection).lock()

    def use(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Point keyring, in this process and in the commands the test starts, at this bus."""
        for name, value in self.items():
            monkeypatch.setenv(name, value)
        keyring.set_keyring(SecretService.Keyring())

    @property
    def environment(self) -> dict[str, str]:
        """The variables that point keyring (and D-Bus) at this Secret Service."""
        return {"DBUS_SESSION_BUS_ADDRESS": self.address, "PYTHON_KEYRING_BACKEND": SECRET_SERVICE_BACKEND}

    def __getitem__(self, name: str) -> str:
        return self.environment[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.environment)

    def __len__(self) -> int:
        return len(self.environment)

    def _environment(self) -> dict[str, str]:
        for folder in ("home", "data", "config", "cache", "run"):
            (self.folder / folder).mkdir(mode=0o700, exist_ok=True)
        return {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "LANG": "C.UTF-8",
            "HOME": str(self.folder / "home"),
            "XDG_DATA_HOME": str(self.folder / "data"),
            "XDG_CONFIG_HOME": str(self.folder / "config"),
            "XDG_CACHE_HOME": str(self.folder / "cache"),
            "XDG_RUNTIME_DIR": str(self.folder / "run"),
        }

    def _spawn(self, command: list[str], environment: dict[str, str], stdin: bool = False) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            command,
            env=environment,
            stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        self._processes.append(process)
        return process

    def _connect(self) -> DBusConnection:
        from jeepney.io.blocking import open_dbus_connection

        return open_dbus_connection(self.address)

    def _wait_for_login_collection(self) -> None:
        import secretstorage

        deadline = time.monotonic() + _STARTUP_SECONDS
        problem = "it did not register on the bus"
        while time.monotonic() < deadline:
            with closing(self._connect()) as connection:
                if _has_owner(connection, "org.freedesktop.secrets"):
                    problem = "it had no unlocked login collection"
                    for collection in secretstorage.get_all_collections(connection):
                        if collection.collection_path.endswith("/login") and not collection.is_locked():
                            return
            time.sleep(0.02)
        self.stop()
        pytest.fail(f"gnome-keyring-daemon did not start within {_STARTUP_SECONDS:g} s: {problem}", pytrace=False)


def _has_owner(connection: DBusConnection, name: str) -> bool:
    from jeepney.bus_messages import message_bus

    return bool(connection.send_and_get_reply(message_bus.NameHasOwner(name)).body[0])


@pytest.fixture(autouse=True)
def _no_real_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test starts with keyring's fail backend, here and in subprocesses: no test reaches the user's keyring."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", FAIL_BACKEND)
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(fail.Keyring())


@pytest.fixture(scope="session")
def _secret_service_daemon() -> Iterator[PrivateSecretService]:
    folder = Path(tempfile.mkdtemp(prefix="orderdesk-keyring-"))
    service = PrivateSecretService(folder)
    try:
        service.start()
        yield service
    finally:
        service.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def secret_service(
    _secret_service_daemon: PrivateSecretService, monkeypatch: pytest.MonkeyPatch
) -> Iterator[PrivateSecretService]:
    """A real, unlocked Secret Service in use by keyring, with no ``orderdesk`` entries at the start."""
    _secret_service_daemon.delete_entries()
    _secret_service_daemon.use(monkeypatch)
    yield _secret_service_daemon
    _secret_service_daemon.delete_entries()


@pytest.fixture
def locked_secret_service(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[PrivateSecretService]:
    """A Secret Service of its own whose collection is locked, as after a screen lock without auto-unlock."""
    service = PrivateSecretService(tmp_path_factory.mktemp("locked-keyring"))
    try:
        service.start()
        service.lock()
        service.use(monkeypatch)
        yield service
    finally:
        service.stop()
        # keyring's Secret Service backend leaves its D-Bus connection open when it raises
        # KeyringLocked; collect it here so its ResourceWarning does not fail a later test.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            gc.collect()


@pytest.fixture
def bus_without_secret_service(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[PrivateSecretService]:
    """A D-Bus session with no Secret Service on it, as on a desktop without gnome-keyring or KWallet."""
    service = PrivateSecretService(tmp_path_factory.mktemp("empty-bus"), with_keyring=False)
    try:
        service.start()
        service.use(monkeypatch)
        yield service
    finally:
        service.stop()
