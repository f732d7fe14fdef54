"""The journal's tables, and the migrations that bring any older file up to date.

The schema version lives in ``PRAGMA user_version``. Each migration is a list of
statements applied in one transaction, so a file is always at one version or the next.
A file written by a newer OrderDesk is refused rather than guessed at.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from orderdesk.journal.errors import JournalDamaged, JournalError
from orderdesk.journal.health import is_damage

_V1 = (
    # closed_at is NULL while a person may still be typing into the draft.
    """CREATE TABLE drafts (
        id INTEGER PRIMARY KEY,
        body TEXT NOT NULL,
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL,
        closed_at REAL
    )""",
    "CREATE INDEX drafts_open ON drafts (updated_at DESC, id DESC) WHERE closed_at IS NULL",
    # One row per draft and profile: what the outbox lists. The columns after target are
    # copies of the draft and of the latest attempt, so listing never reads a draft.
    """CREATE TABLE orders (
        id INTEGER PRIMARY KEY,
        draft_id INTEGER NOT NULL REFERENCES drafts (id),
        profile TEXT NOT NULL,
        target TEXT NOT NULL,
        external_id TEXT NOT NULL,
        customer TEXT NOT NULL,
        email TEXT NOT NULL,
        search TEXT NOT NULL,
        state TEXT NOT NULL,
        latest_attempt_id INTEGER,
        latest_at REAL NOT NULL,
        attempt_count INTEGER NOT NULL DEFAULT 0,
        UNIQUE (draft_id, profile)
    )""",
    # search rides along so a text filter reads this index alone, newest first, and stops at a full page.
    "CREATE INDEX orders_latest ON orders (latest_at DESC, id DESC, search)",
    "CREATE INDEX orders_state ON orders (state, latest_at DESC, id DESC)",
    "CREATE INDEX orders_profile ON orders (profile, latest_at DESC, id DESC)",
    # outcome is NULL from the moment the request is journaled until its answer is written.
    """CREATE TABLE attempts (
        id INTEGER PRIMARY KEY,
        order_id INTEGER NOT NULL REFERENCES orders (id),
        started_at REAL NOT NULL,
        finished_at REAL,
        method TEXT NOT NULL,
        url TEXT NOT NULL,
        headers TEXT NOT NULL,
        request_body TEXT NOT NULL,
        draft TEXT NOT NULL,
        outcome TEXT,
        status INTEGER,
        response_body TEXT NOT NULL DEFAULT '',
        reference TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        retryable INTEGER NOT NULL DEFAULT 0,
        errors TEXT NOT NULL DEFAULT '{}',
        duration_ms REAL
    )""",
    "CREATE INDEX attempts_order ON attempts (order_id, id)",
    "CREATE INDEX attempts_in_flight ON attempts (id) WHERE outcome IS NULL",
)

_V2 = (
    # The open journal that began the attempt (orderdesk/journal/owners.py); NULL for older
    # attempts. Recovery reads the owners of the attempts in flight, by this index alone.
    "ALTER TABLE attempts ADD COLUMN owner TEXT",
    "DROP INDEX attempts_in_flight",
    "CREATE INDEX attempts_in_flight ON attempts (owner) WHERE outcome IS NULL",
    # An order's state follows the outcome of its latest attempt, in the same statement that
    # writes the outcome, so writing an answer is a single statement. The words are
    # rows.state_of's (tests/journal/test_schema.py holds them to it).
    """CREATE TRIGGER attempts_answered AFTER UPDATE OF outcome ON attempts WHEN NEW.outcome IS NOT NULL
    BEGIN
        UPDATE orders
        SET state = CASE NEW.outcome WHEN 'created' THEN 'sent' WHEN 'duplicate' THEN 'sent' ELSE NEW.outcome END
        WHERE id = NEW.order_id AND latest_attempt_id = NEW.id;
    END""",
)

_V3 = (
    # How far the request got (core.outcome.Reach): an answer, no answer (the order may have
    # arrived), or not sent. Older attempts get what their status and outcome tell; a failed
    # one without a status could be either, so it stays NULL.
    "ALTER TABLE attempts ADD COLUMN reach TEXT",
    """UPDATE attempts SET reach = CASE WHEN status IS NOT NULL THEN 'answered'
        WHEN outcome = 'unknown' THEN 'no_answer' END WHERE outcome IS NOT NULL""",
)

_V4 = (
    # The open journal (owner id) that has claimed the order to send it again: while set, no
    # other process sends it (orderdesk/journal/claims.py). NULL when nobody has.
    "ALTER TABLE orders ADD COLUMN claimed_by TEXT",
    "CREATE INDEX orders_claimed ON orders (claimed_by) WHERE claimed_by IS NOT NULL",
)

_V5 = (
    # Who marked the order resolved (orderdesk/journal/resolutions.py): a row a person wrote
    # after checking at the API, not a request. NULL for every request.
    "ALTER TABLE attempts ADD COLUMN resolved_by TEXT",
)

MIGRATIONS: tuple[tuple[str, ...], ...] = (_V1, _V2, _V3, _V4, _V5)
"""Migration ``n`` (0-based) takes a file from version ``n`` to ``n + 1``."""

SCHEMA_VERSION = len(MIGRATIONS)


def connect(path: Path) -> sqlite3.Connection:
    """Open (or create) the journal at ``path``, set up for WAL and migrated to the current version.

    ``synchronous=NORMAL`` in WAL mode keeps every committed transaction through a killed
    process (only a power cut may lose the last ones), which is what "nothing lost" needs.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, timeout=10.0, isolation_level=None, check_same_thread=False)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        connection.execute("PRAGMA foreign_keys=ON")
        migrate(connection, path)
    except sqlite3.DatabaseError as exc:
        connection.close()
        if is_damage(exc):
            raise JournalDamaged(path, str(exc)) from None
        raise JournalError(f"{path}: not a usable OrderDesk journal ({exc})") from None
    except JournalError:
        connection.close()
        raise
    return connection


def needs_migrating(path: Path) -> bool:
    """Whether the existing file at ``path`` is older than this OrderDesk's schema, asked without writing to it.

    A file whose version cannot be read counts as needing it: opening then waits for the
    integrity check, the safe side.
    """
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10.0)
    except sqlite3.Error:
        return True
    try:
        return int(connection.execute("PRAGMA user_version").fetchone()[0]) < SCHEMA_VERSION
    except sqlite3.Error:
        return True
    finally:
        connection.close()


def connect_reader(path: Path) -> sqlite3.Connection:
    """A second connection to a journal ``connect`` has opened, for reads only.

    In WAL mode a reader sees every committed transaction and never waits for the writer,
    so listing the outbox or loading a draft does not queue behind workers' commits.
    """
    connection = sqlite3.connect(path, timeout=10.0, isolation_level=None, check_same_thread=False)
    connection.execute("PRAGMA query_only=ON")
    return connection


def migrate(connection: sqlite3.Connection, path: Path) -> None:
    """Apply every migration the file has not had yet, each in its own transaction."""
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise JournalError(
            f"{path}: written by a newer OrderDesk (journal version {version}, this one knows {SCHEMA_VERSION})"
        )
    for number in range(version, SCHEMA_VERSION):
        connection.execute("BEGIN IMMEDIATE")
        try:
            # Re-read inside the lock: another process may have migrated meanwhile.
            if connection.execute("PRAGMA user_version").fetchone()[0] != number:
                connection.execute("ROLLBACK")
                continue
            for statement in MIGRATIONS[number]:
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {number + 1}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
