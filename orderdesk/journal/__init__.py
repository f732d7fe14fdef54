"""OrderDesk's journal: every draft and every submission attempt, in SQLite (one desk) or PostgreSQL (a team).

Nothing typed is lost (drafts are autosaved), every request is journaled before it
leaves and its outcome when it returns, and the outbox finds failed orders to fix and
send again. ``open_journal`` is the way in (``Journal`` opens a given SQLite file); both
journals answer ``JournalStore``. The rest are the values they hand out and the helpers the
outbox view uses on them.
"""

from orderdesk.journal.curl import curl_command
from orderdesk.journal.diff import ABSENT, Change, diff_bodies
from orderdesk.journal.errors import JournalDamaged, JournalError, JournalUnreachable, NotInJournal
from orderdesk.journal.interface import JournalStore
from orderdesk.journal.opening import open_journal
from orderdesk.journal.resolutions import RESOLVABLE_STATES, NotResolvable
from orderdesk.journal.rows import AttemptRow, OutboxRow, OutboxState, state_of
from orderdesk.journal.store import Journal

__all__ = [
    "ABSENT",
    "AttemptRow",
    "Change",
    "Journal",
    "JournalDamaged",
    "JournalError",
    "JournalStore",
    "JournalUnreachable",
    "NotInJournal",
    "NotResolvable",
    "OutboxRow",
    "OutboxState",
    "RESOLVABLE_STATES",
    "curl_command",
    "diff_bodies",
    "open_journal",
    "state_of",
]
