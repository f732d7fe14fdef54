"""``orderdesk journal use`` / ``migrate`` and ``about``: pointing a desk at the team's PostgreSQL journal.

A real PostgreSQL (tests/fixtures_postgres.py), whose ``desk_with_password`` login must give
its password, and a real keyring (tests/fixtures_keyring.py).
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from orderdesk.cli import main
from orderdesk.config.team import JOURNAL_VARIABLE, PASSWORD_KIND, PASSWORD_OWNER, settings_path
from orderdesk.core.outcome import Outcome, OutcomeKind
from orderdesk.journal import Journal
from tests.fixtures_keyring import PrivateSecretService
from tests.fixtures_postgres import PASSWORD
from tests.journal.samples import make_draft


def _closed_port_url() -> str:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"postgresql://team@127.0.0.1:{probe.getsockname()[1]}/orders"


def _with_stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))


def test_about_names_the_journal_and_masks_a_password(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], orderdesk_home: Path
) -> None:
    main(["about"])
    assert f"journal: sqlite {orderdesk_home / 'data' / 'journal.sqlite3'}\n" in capsys.readouterr().out

    monkeypatch.setenv(JOURNAL_VARIABLE, "postgresql://team:s3cr%40t@db.example:5433/orders")
    monkeypatch.setenv("ORDERDESK_DESK", "front-desk")
    main(["about"])
    out = capsys.readouterr().out
    assert "journal: postgresql postgresql://team:***@db.example:5433/orders (desk front-desk; from the environment)" in out
    assert "s3cr" not in out


def test_use_refuses_a_password_in_the_url_and_keeps_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["journal", "use", "postgresql://team:hunter2@db.example/orders"]) == 2

    err = capsys.readouterr().err
    assert "holds a password" in err and "--password-stdin" in err and "nothing was changed" in err
    assert "hunter2" not in err
    assert not settings_path().exists()


@pytest.mark.parametrize("url", ["mysql://team@db/orders", "postgresql://team@db", "db.example/orders"])
def test_use_refuses_what_is_not_a_postgresql_url(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["journal", "use", url]) == 2
    assert "is not a PostgreSQL URL" in capsys.readouterr().err
    assert not settings_path().exists()


def test_use_tries_the_database_first_and_keeps_nothing_when_it_cannot_be_reached(
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = _closed_port_url()
    assert main(["journal", "use", url]) == 2
    err = capsys.readouterr().err
    assert f"The journal database {url} cannot be reached" in err
    assert not settings_path().exists()


def test_use_keeps_the_url_in_the_config_file_and_the_password_in_the_keyring(
    secret_service: PrivateSecretService,
    postgres_password_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _with_stdin(monkeypatch, "not-the-password\n")
    assert main(["journal", "use", postgres_password_url, "--password-stdin"]) == 2
    assert "password authentication failed" in capsys.readouterr().err
    assert not settings_path().exists() and secret_service.entries() == {}

    _with_stdin(monkeypatch, PASSWORD + "\n")
    assert main(["journal", "use", postgres_password_url, "--password-stdin"]) == 0
    assert capsys.readouterr().out.startswith(f"This desk's journal: {postgres_password_url} (desk ")
    assert json.loads(settings_path().read_text()) == {"url": postgres_password_url, "password_in_keyring": True}
    assert PASSWORD not in settings_path().read_text()
    assert secret_service.entries() == {f"{PASSWORD_OWNER}/{PASSWORD_KIND}": PASSWORD}

    # Every command now works on the team journal, with the password from the keyring.
    assert main(["outbox", "list"]) == 0
    main(["about"])
    assert f"journal: postgresql {postgres_password_url} (desk " in capsys.readouterr().out

    assert main(["journal", "use", "sqlite"]) == 0
    main(["about"])
    assert "journal: sqlite " in capsys.readouterr().out


def test_migrate_copies_the_desk_history_once_and_every_command_then_reads_it(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], orderdesk_home: Path
) -> None:
    with Journal() as journal:  # this desk's own file
        for number in range(3):
            attempt = journal.begin_attempt(
                None, make_draft(f"DESK-{number}"), "shop", "dropday", "POST", "http://x/", "{}"
            )
            journal.finish_attempt(attempt, Outcome(OutcomeKind.FAILED, retryable=True), 3.0)
    source = orderdesk_home / "data" / "journal.sqlite3"

    assert main(["journal", "migrate", "--to", postgres_url]) == 0
    assert capsys.readouterr().out == f"Copied 3 drafts, 3 orders and 3 attempts from {source} into {postgres_url}.\n"
    assert main(["journal", "migrate", "--to", postgres_url]) == 1
    assert capsys.readouterr().out == f"{source} was copied into {postgres_url} before: nothing copied again.\n"

    monkeypatch.setenv(JOURNAL_VARIABLE, postgres_url)
    assert main(["outbox", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["total"] == 3
    assert sorted(row["external_id"] for row in listed["orders"]) == ["DESK-0", "DESK-1", "DESK-2"]


def test_migrate_without_a_journal_file_has_nothing_to_do(
    postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["journal", "migrate", "--to", postgres_url]) == 1
    assert "no journal file at" in capsys.readouterr().err
