"""The journal as the window uses it: where it is, what it hands out, and reading an order back into the form.

The window names these, never ``orderdesk.journal`` itself (a layer rule in pyproject.toml),
so what it may do with the journal is listed here in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from orderdesk.config.home import data_dir
from orderdesk.core.findings import Findings
from orderdesk.core.order import OrderDraft
from orderdesk.journal import (
    ABSENT,
    RESOLVABLE_STATES,
    AttemptRow,
    Journal,
    JournalDamaged,
    JournalError,
    JournalStore,
    JournalUnreachable,
    OutboxRow,
    OutboxState,
    curl_command,
    diff_bodies,
    open_journal,
)
from orderdesk.journal.auth import AUTH_HEADERS
from orderdesk.journal.draft_list import DraftSummary
from orderdesk.journal.opening import journal_choice
from orderdesk.journal.resolutions import desk_name
from orderdesk.journal.store import JOURNAL_FILE

__all__ = [
    "ABSENT",
    "RESOLVABLE_STATES",
    "AttemptRow",
    "DraftSummary",
    "Journal",
    "JournalDamaged",
    "JournalError",
    "JournalStore",
    "JournalUnreachable",
    "OpenedOrder",
    "OutboxRow",
    "OutboxState",
    "StartingJournal",
    "curl_command",
    "desk_name",
    "diff_bodies",
    "journal_path",
    "open_journal",
    "open_order",
    "secret_header",
    "start_journal",
    "team_journal_chosen",
]


def journal_path() -> Path:
    """The journal file of this ORDERDESK_HOME (the one ``Journal()`` opens)."""
    return data_dir() / JOURNAL_FILE


def team_journal_chosen() -> bool:
    """Whether this desk is set to a team's shared database; an unusable setting counts (only a URL can be one)."""
    try:
        return journal_choice().is_shared
    except JournalError:
        return True


def secret_header(target: str) -> tuple[str, str] | None:
    """The header that carries ``target``'s secret (never journaled) and its cURL placeholder, if it has one."""
    return AUTH_HEADERS.get(target)


@dataclass(frozen=True)
class OpenedOrder:
    """An outbox order read back to be fixed in the form.

    Attributes:
        row: the order as the outbox lists it.
        draft_id: the journal's draft it was sent from.
        draft: that draft.
        errors: what its profile's server said is wrong, by draft path (``None`` when it said nothing).
    """

    row: OutboxRow
    draft_id: int
    draft: OrderDraft
    errors: Findings | None


def open_order(journal: JournalStore, order_key: int) -> OpenedOrder:
    """Read order ``order_key`` with its draft and its server's errors (three reads, one call for a worker).

    Raises:
        JournalError: the order or its draft cannot be read.
    """
    row = journal.order(order_key)
    draft_id, draft = journal.load_order_draft(order_key)
    return OpenedOrder(row, draft_id, draft, journal.latest_errors(draft_id).get(row.profile))


@dataclass(frozen=True)
class StartingJournal:
    """The journal the window starts with and what it read there, all done before the window is built.

    Attributes:
        journal: this desk's journal, opened for the window (``open_journal(for_window=True)``).
        reopened: the draft the person was typing when the window last closed, with its id.
        unreachable: why the team's database could not be reached (then nothing was reopened,
            and the journal opens by itself once it can be reached).
    """

    journal: JournalStore
    reopened: tuple[int, OrderDraft] | None
    unreachable: JournalUnreachable | None = None


def start_journal(journal: JournalStore | None = None) -> StartingJournal:
    """Open the journal for the window (or take ``journal``) and read the draft to reopen.

    May wait on the keyring and the network: the application calls it off the window thread.
    A damaged journal reopens nothing (the window says so once the damage is known).

    Raises:
        JournalError: the journal cannot be used at all (an unusable choice, a newer database,
            its password not readable from the keyring).
    """
    if journal is None:
        journal = open_journal(for_window=True)
    try:
        return StartingJournal(journal, journal.latest_open_draft())
    except JournalUnreachable as exc:
        return StartingJournal(journal, None, exc)
    except JournalDamaged:
        return StartingJournal(journal, None)
