"""Opening the journal this desk is set to use: its own SQLite file, or the team's PostgreSQL database.

The window, the outbox engine and the commands open the journal here and never ask which
one they got: both answer the same methods with the same meaning.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from orderdesk.config.credentials import SecretStoreError
from orderdesk.config.profiles import ConfigError
from orderdesk.config.team import JournalChoice, JournalChoiceError, chosen_journal, desk_name, lease_seconds
from orderdesk.journal.errors import JournalError
from orderdesk.journal.interface import JournalStore
from orderdesk.journal.store import Journal


def open_journal(*, clock: Callable[[], float] = time.time, for_window: bool = False) -> JournalStore:
    """The journal chosen by ``ORDERDESK_JOURNAL`` or ``orderdesk journal use`` (default: the SQLite file).

    ``for_window``: nothing that can wait holds up the opening, so the window starts and keeps
    what is typed. The SQLite file is checked in the background; a team's database that cannot
    be reached yet is opened by the first call made once it can (until then each call says
    ``JournalUnreachable``). A command fails at once instead.

    Raises:
        JournalError: the choice is unusable, or the journal cannot be opened (unreachable,
            newer, damaged); the message says which and where.
    """
    choice = journal_choice()
    if not choice.is_shared:
        return Journal(clock=clock, check_in_background=for_window)
    from orderdesk.journal.postgres.store import PostgresJournal  # psycopg only for a desk in a team

    try:
        password = choice.password()
    except SecretStoreError as exc:
        raise JournalError(f"The journal database's password cannot be read from the keyring: {exc}") from None
    return PostgresJournal(
        choice.url,
        where=choice.masked(),
        desk=desk_name(),
        password=password,
        clock=clock,
        lease_seconds=lease_seconds(),
        wait_for_server=for_window,
    )


def journal_choice() -> JournalChoice:
    """Where this desk's journal is; an unusable setting is a ``JournalError`` that says which."""
    try:
        return chosen_journal()
    except (JournalChoiceError, ConfigError) as exc:
        raise JournalError(str(exc)) from None
