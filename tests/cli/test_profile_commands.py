"""``orderdesk profiles``: secrets go to the keyring and are never printed; failures are plain words."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from orderdesk.cli import main
from orderdesk.config.credentials import NO_KEYRING_MESSAGE, Credentials
from orderdesk.config.profiles import (
    HTTPS_MESSAGE,
    ConfigError,
    ProfileStore,
    make_profile,
)
from orderdesk.sandbox.server import RunningSandbox
from tests.fixtures_keyring import PrivateSecretService

SECRET = "dd-4b7e91c0a2f35d68"
ORDERDESK = Path(sys.executable).parent / "orderdesk"


def _add(monkeypatch: pytest.MonkeyPatch, *argv: str, secret: str = SECRET) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(secret + "\n"))
    return main(["profiles", "add", *argv, "--secret-stdin"])


def _files(home: Path) -> list[Path]:
    return [path for path in home.rglob("*") if path.is_file()]


def test_add_stores_the_secret_in_the_keyring_and_says_so(
    secret_service: PrivateSecretService, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _add(monkeypatch, "live", "--target", "dropday", "--account-id", "4711") == 0

    out, err = capsys.readouterr()
    assert out == "Added profile 'live' (Dropday, https://dropday.io/api/v1); its API key is in the system keyring.\n"
    assert err == ""
    assert secret_service.entries() == {"live/api-key": SECRET}
    assert ProfileStore().get("live").settings["account_id"] == "4711"


def test_list_says_whether_each_secret_is_stored_and_never_shows_one(
    secret_service: PrivateSecretService, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _add(monkeypatch, "live", "--target", "dropday", "--account-id", "4711")
    _add(
        monkeypatch,
        "bc test",
        "--target",
        "bigcommerce",
        "--store-hash",
        "abc123",
        "--base-url",
        "http://127.0.0.1:8765/bigcommerce",
    )
    Credentials().delete_secret("bc test", "access-token")
    capsys.readouterr()

    assert main(["profiles", "list"]) == 0

    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "NAME     API          BASE URL                           SETTING            SECRET",
        "live     Dropday      https://dropday.io/api/v1          account id 4711    API key stored",
        "bc test  BigCommerce  http://127.0.0.1:8765/bigcommerce  store hash abc123  access token missing",
    ]
    assert SECRET not in out + err


def test_rename_and_remove_move_and_delete_the_secrets(
    secret_service: PrivateSecretService, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _add(monkeypatch, "fbc", "--target", "feedbackcompany", "--client-id", "client-1")
    _add(
        monkeypatch,
        "other",
        "--target",
        "centra",
        "--base-url",
        "https://shop.example.com/api/order",
        secret="centra-key",
    )
    capsys.readouterr()

    assert main(["profiles", "rename", "FBC", "fbc live"]) == 0
    assert capsys.readouterr().out == "Renamed profile 'fbc' to 'fbc live'; its secrets moved with it.\n"
    assert secret_service.entries() == {"fbc live/client-secret": SECRET, "other/api-key": "centra-key"}

    assert main(["profiles", "remove", "fbc live"]) == 0
    assert capsys.readouterr().out == "Removed profile 'fbc live' and deleted its secrets from the system keyring.\n"
    assert secret_service.entries() == {"other/api-key": "centra-key"}
    assert [profile.name for profile in ProfileStore().load()] == ["other"]


def test_without_a_keyring_add_refuses_before_reading_the_secret_and_writes_nothing(
    orderdesk_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The tests run with keyring's fail backend unless they ask for a Secret Service."""
    stdin = io.StringIO(SECRET + "\n")
    monkeypatch.setattr(sys, "stdin", stdin)

    status = main(["profiles", "add", "live", "--target", "dropday", "--account-id", "1", "--secret-stdin"])

    out, err = capsys.readouterr()
    assert status == 3
    assert out == ""
    assert err == f"orderdesk: {NO_KEYRING_MESSAGE}\norderdesk: The profile was not added; nothing was stored.\n"
    assert stdin.read() == SECRET + "\n", "the secret was read although it could not be stored"
    assert _files(orderdesk_home) == []


def test_a_plain_http_base_url_is_refused_with_the_reason(
    secret_service: PrivateSecretService,
    orderdesk_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    status = _add(monkeypatch, "eu", "--target", "centra", "--base-url", "http://shop.example.com/api/order")

    assert status == 1
    assert capsys.readouterr().err == (
        f"orderdesk: {HTTPS_MESSAGE}\norderdesk: The profile was not added; nothing was stored.\n"
    )
    assert _files(orderdesk_home) == []
    assert secret_service.entries() == {}


def test_a_setting_of_another_api_is_refused(
    secret_service: PrivateSecretService, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status = _add(monkeypatch, "live", "--target", "dropday", "--account-id", "1", "--store-hash", "abc")

    assert status == 1
    assert "orderdesk: Store hash is only used by BigCommerce\n" in capsys.readouterr().err


def test_a_taken_name_is_refused_and_the_first_secret_kept(
    secret_service: PrivateSecretService, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _add(monkeypatch, "live", "--target", "dropday", "--account-id", "1")

    status = _add(monkeypatch, "LIVE", "--target", "dropday", "--account-id", "2", secret="another")

    assert status == 1
    assert "orderdesk: A profile called 'live' already exists\n" in capsys.readouterr().err
    assert secret_service.entries() == {"live/api-key": SECRET}


def test_an_unknown_profile_is_named(secret_service: PrivateSecretService, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["profiles", "remove", "nope"]) == 1

    assert capsys.readouterr().err == (
        "orderdesk: No profile is called 'nope' (profiles: there are none yet).\n"
        "orderdesk: The profile was not removed.\n"
    )


def test_list_with_no_profiles_says_how_to_add_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["profiles", "list"]) == 0

    assert capsys.readouterr().out.startswith("No profiles yet. Add one with: orderdesk profiles add NAME --target API")


def test_list_without_a_keyring_shows_the_profiles_and_says_why_secrets_are_unknown(
    capsys: pytest.CaptureFixture[str],
) -> None:
    ProfileStore().add(make_profile("live", "dropday", account_id="1"))

    assert main(["profiles", "list"]) == 3

    out, err = capsys.readouterr()
    assert out.splitlines()[1].split() == [
        "live",
        "Dropday",
        "https://dropday.io/api/v1",
        "account",
        "id",
        "1",
        "unknown",
    ]
    assert err == f"orderdesk: Cannot tell which secrets are stored.\norderdesk: {NO_KEYRING_MESSAGE}\n"


def test_a_broken_profiles_file_is_a_message_not_a_traceback(
    orderdesk_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = orderdesk_home / "config" / "profiles.json"
    path.parent.mkdir(parents=True)
    path.write_text(
        '{"profiles": [{"name": "live", "target": "shopify", "base_url": "https://x.example"}]}', encoding="utf-8"
    )

    assert main(["profiles", "list"]) == 2
    assert capsys.readouterr().err == (
        f"orderdesk: {path}: profile 1 ('live'): Unknown API 'shopify'; "
        "OrderDesk knows dropday, centra, bigcommerce, feedbackcompany\n"
        f"orderdesk: {ConfigError.advice}\n"
    )
    assert _add(monkeypatch, "new", "--target", "dropday", "--account-id", "1") == 2
    assert "Unknown API 'shopify'" in capsys.readouterr().err


def test_the_real_command_never_prints_or_writes_a_secret(
    secret_service: PrivateSecretService, orderdesk_home: Path
) -> None:
    """Run the installed ``orderdesk`` script as a shop owner would, and look everywhere for the secret."""
    environment = os.environ.copy()
    printed = []

    def run(*argv: str, stdin: str = "") -> int:
        done = subprocess.run(
            [str(ORDERDESK), "profiles", *argv],
            input=stdin,
            capture_output=True,
            text=True,
            env=environment,
            timeout=60,
            check=False,
        )
        printed.append(done.stdout + done.stderr)
        return done.returncode

    assert run("add", "live", "--target", "bigcommerce", "--store-hash", "abc123", "--secret-stdin", stdin=SECRET) == 0
    assert (
        run(
            "add",
            "test",
            "--target",
            "dropday",
            "--account-id",
            "9",
            "--base-url",
            "http://127.0.0.1:8765/dropday/api/v1",
            "--secret-stdin",
            stdin=SECRET + "-test\n",
        )
        == 0
    )
    assert run("list") == 0
    assert run("rename", "live", "live shop") == 0
    assert secret_service.entries() == {"live shop/access-token": SECRET, "test/api-key": SECRET + "-test"}
    assert run("remove", "test") == 0
    assert secret_service.entries() == {"live shop/access-token": SECRET}

    assert "access token stored" in printed[2]
    for output in printed:
        assert SECRET not in output
    files = _files(orderdesk_home)
    assert files
    for path in files:
        assert SECRET.encode() not in path.read_bytes(), f"the secret is in {path}"


_TERMINAL = r"""
import os, pty, select, sys

secret = sys.stdin.read()
pid, terminal = pty.fork()
if pid == 0:
    os.execv(sys.argv[1], sys.argv[1:])
shown = b""

def read(until=None):
    global shown
    while until is None or until not in shown:
        ready, _, _ = select.select([terminal], [], [], 30)
        if not ready:
            raise SystemExit("the command stopped answering")
        try:
            chunk = os.read(terminal, 4096)
        except OSError:  # the command ended
            return
        if not chunk:
            return
        shown += chunk

read(until=b"typing is not shown")
os.write(terminal, secret.encode() + b"\r")
read()
_, status = os.waitpid(pid, 0)
sys.stdout.write(shown.decode(errors="replace"))
sys.exit(os.waitstatus_to_exitcode(status))
"""


def test_the_secret_prompt_does_not_echo_what_is_typed(secret_service: PrivateSecretService) -> None:
    """Type the secret at a real (pseudo) terminal and read back everything the terminal showed."""
    command = [str(ORDERDESK), "profiles", "add", "live", "--target", "dropday", "--account-id", "1"]

    done = subprocess.run(
        [sys.executable, "-c", _TERMINAL, *command],
        input=SECRET,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )

    assert done.returncode == 0, done.stdout + done.stderr
    assert "API key for 'live' (Dropday; typing is not shown): " in done.stdout
    assert "Added profile 'live'" in done.stdout
    assert SECRET not in done.stdout
    assert secret_service.entries() == {"live/api-key": SECRET}
    assert (
        json.loads((Path(os.environ["ORDERDESK_HOME"]) / "config" / "profiles.json").read_text())["profiles"][0]["name"]
        == "live"
    )


@pytest.mark.parametrize(
    "backend",
    ["no_such_module.Keyring", "keyring.backends.fail.NoSuchClass", "", "broken_backend.Keyring"],
)
@pytest.mark.parametrize("command", [["profiles", "list"], ["about"]])
def test_a_keyring_backend_that_cannot_load_exits_3_with_the_keyring_message(
    tmp_path: Path, backend: str, command: list[str]
) -> None:
    ProfileStore().add(make_profile("live", "dropday", account_id="1"))
    (tmp_path / "broken_backend.py").write_text(
        "from keyring.backend import KeyringBackend\n\n\n"
        "class Keyring(KeyringBackend):\n"
        "    priority = 5\n\n"
        "    def __init__(self):\n"
        "        raise RuntimeError('this backend needs a service that is not here')\n",
        encoding="utf-8",
    )
    environment = {**os.environ, "PYTHON_KEYRING_BACKEND": backend, "PYTHONPATH": str(tmp_path)}
    done = subprocess.run(
        [str(ORDERDESK), *command], capture_output=True, text=True, env=environment, timeout=60, check=False
    )
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr
    assert f"The keyring backend named by PYTHON_KEYRING_BACKEND ({backend!r}) cannot be loaded" in done.stderr


def test_add_help_gives_each_apis_own_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["profiles", "add", "--help"])
    out = " ".join(capsys.readouterr().out.split())  # argparse wraps lines where it likes
    assert "--base-url: default https://dropday.io/api/v1." in out
    assert "sent as the account-id header with every request; it must belong to the API key." in out
    assert "The URL of your shop's Order API plugin in Centra" in out
    assert "the {store_hash} in https://api.bigcommerce.com/stores/{store_hash}/v2." in out
    assert "--base-url: default https://www.feedbackcompany.com/api/v2." in out


def test_test_says_what_a_refusal_means(
    secret_service: PrivateSecretService, sandbox: RunningSandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    ProfileStore().add(make_profile("shop", "dropday", sandbox.base_url("dropday"), account_id="1"), "not-the-key")

    assert main(["profiles", "test", "shop"]) == 1

    out = capsys.readouterr().out
    assert out == (
        "invalid: Dropday refused the credentials (401 Unauthorized)\n"
        "Dropday refused the credentials (401 Unauthorized): the API key is wrong or expired, or the account id "
        "does not belong to it (Dropday answers both the same way).\n"
    )
