"""Pytest fixtures for PostgreSQL (see tests/conftest.py): a throw-away cluster per test session.

The team-mode journal is tested against a real server, never a mock: ``initdb`` into a
temporary folder, ``pg_ctl start`` listening on a free loopback port (and a socket in that
folder), trust authentication for the loopback only. PostgreSQL refuses to run as root, so
under root (CI) the cluster belongs to the ``postgres`` user Debian's package creates and is
started through ``runuser``. Each test gets an empty journal database (``postgres_url``).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

SUPERUSER = "orderdesk"
PASSWORD_USER = "desk_with_password"
PASSWORD = "pg-7c2e9a41"
"""A login that must give its password: the loopback trusts every other user (the tests' own)."""
JOURNAL_DATABASE = "journal_tests"
_STARTUP_SECONDS = 60  # generous: CI machines can be busy


class PostgresCluster:
    """A private PostgreSQL server on 127.0.0.1, and the databases the tests make on it.

    Attributes:
        folder: data directory, socket and log live here.
        port: the loopback port it listens on.
    """

    def __init__(self, folder: Path, binaries: Path) -> None:
        self.folder = folder
        self.port = _free_port()
        self._binaries = binaries
        self._run_as = _unprivileged_user()

    def start(self) -> None:
        """``initdb`` and ``pg_ctl start``; waits until the server takes connections."""
        data = self.folder / "data"
        if self._run_as is not None:
            shutil.chown(self.folder, user=self._run_as)
        self._run(
            "initdb", "--no-sync", "--auth=trust", f"--username={SUPERUSER}", "--encoding=UTF8", "--locale=C.UTF-8",
            f"--pgdata={data}",
        )
        hba = data / "pg_hba.conf"
        hba.write_text(f"host all {PASSWORD_USER} 127.0.0.1/32 scram-sha-256\n" + hba.read_text())
        self.resume()

    def resume(self) -> None:
        """Start the server on its data folder (again, after ``stop``), on the same port."""
        # Durability does not matter for a cluster thrown away after the session; speed does.
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} -c fsync=off"
            " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run(
            "pg_ctl", "start", "--wait", f"--timeout={_STARTUP_SECONDS}", f"--pgdata={self.folder / 'data'}",
            f"--log={self.folder / 'server.log'}", f"--options={options}",
        )

    def stop(self, mode: str = "immediate") -> None:
        """Stop the server: at once (its data is thrown away), or ``fast`` (all it committed kept, to ``resume``)."""
        self._run("pg_ctl", "stop", f"--mode={mode}", f"--pgdata={self.folder / 'data'}", check=False)

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        """The connection URL of one database, as a desk would be given it."""
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        """A new, empty database; its name."""
        import psycopg

        name = f"test_{uuid.uuid4().hex[:16]}"
        with psycopg.connect(self.url(), autocommit=True) as connection:
            connection.execute(f"CREATE DATABASE {name}")
        return name

    def drop_database(self, name: str) -> None:
        """Drop a test's database, closing whatever connections a killed process left on it."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as connection:
            connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def _run(self, program: str, *arguments: str, check: bool = True) -> None:
        command = [str(self._binaries / program), *arguments]
        if self._run_as is not None:
            command = ["runuser", "-u", self._run_as, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=_STARTUP_SECONDS + 30, check=False)
        if check and done.returncode != 0:
            log = self.folder / "server.log"
            server_log = log.read_text(errors="replace") if log.exists() else ""
            pytest.fail(f"{program} failed ({done.returncode}): {done.stderr}{done.stdout}\n{server_log}", pytrace=False)


def postgres_binaries() -> Path | None:
    """The newest installed PostgreSQL's bin folder (Debian keeps them out of PATH), or one on PATH."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda path: int(Path(path).parent.parent.name))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _unprivileged_user() -> str | None:
    """``postgres`` when running as root (PostgreSQL refuses root), else None: run as ourselves."""
    if os.geteuid() != 0:
        return None
    import pwd

    try:
        pwd.getpwnam("postgres")
    except KeyError:
        pytest.fail("Running as root, the PostgreSQL tests need the 'postgres' user: apt install postgresql", pytrace=False)
    return "postgres"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def private_cluster() -> Iterator[PostgresCluster]:
    """A PostgreSQL server of its own, started in a new temporary folder, stopped and removed afterwards.

    The folder is made with ``tempfile`` rather than in pytest's ``tmp_path``, whose parents the
    ``postgres`` user may not enter.
    """
    binaries = postgres_binaries()
    if binaries is None:
        pytest.fail("The PostgreSQL tests need a PostgreSQL server to start: sudo apt install postgresql", pytrace=False)
    folder = Path(tempfile.mkdtemp(prefix="orderdesk-pg-"))
    cluster = PostgresCluster(folder, binaries)
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    """The session's PostgreSQL server."""
    with private_cluster() as cluster:
        import psycopg

        with psycopg.connect(cluster.url(), autocommit=True) as connection:
            connection.execute(f"CREATE ROLE {PASSWORD_USER} LOGIN SUPERUSER PASSWORD '{PASSWORD}'")
        yield cluster


@pytest.fixture(scope="session")
def _journal_database(postgres_cluster: PostgresCluster) -> str:
    """The session's database holding the journal's current schema, emptied for each test."""
    import psycopg

    from orderdesk.journal.postgres.schema import migrate

    with psycopg.connect(postgres_cluster.url(), autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {JOURNAL_DATABASE}")
    with psycopg.connect(postgres_cluster.url(JOURNAL_DATABASE), autocommit=True) as connection:
        migrate(connection, JOURNAL_DATABASE)
    return postgres_cluster.url(JOURNAL_DATABASE)


@pytest.fixture
def postgres_url(_journal_database: str) -> str:
    """A journal database holding the current schema and no rows, as a new team's would.

    One database serves the whole session, emptied before each test (every table truncated,
    every id counter back at 1): a tenth of the time a ``CREATE DATABASE ... TEMPLATE`` takes,
    which keeps the journal suite's PostgreSQL half to a few seconds. Connections a test's
    killed process left behind are ended first, so none of their locks can stall the next test.
    """
    import psycopg

    with psycopg.connect(_journal_database, autocommit=True) as connection:
        connection.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        tables = [row[0] for row in connection.execute(
            "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'orderdesk_schema'"
        )]
        connection.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")
    return _journal_database


@pytest.fixture
def postgres_password_url(postgres_url: str, postgres_cluster: PostgresCluster) -> str:
    """``postgres_url``'s database for a user that must give the password ``PASSWORD`` (not in the URL)."""
    return postgres_cluster.url(JOURNAL_DATABASE, PASSWORD_USER)


@pytest.fixture
def empty_postgres_url(postgres_cluster: PostgresCluster) -> Iterator[str]:
    """A new database with no tables at all (to test the migrations themselves), dropped after the test."""
    name = postgres_cluster.create_database()
    yield postgres_cluster.url(name)
    postgres_cluster.drop_database(name)
