"""OrderDesk's journal: SQLite (WAL) keeping every draft and every submission attempt.

Nothing typed is lost (drafts are autosaved), every request is journaled before it
leaves and its outcome when it returns, and the outbox finds failed orders to fix and
send again. ``Journal`` is the way in; the rest are the values it hands out and the
helpers the outbox view uses on them.
"""

from orderdesk.journal.curl import curl_command
from orderdesk.journal.diff import ABSENT, Change, diff_bodies
from orderdesk.journal.errors import JournalDamaged, JournalError, NotInJournal
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
    "NotInJournal",
    "NotResolvable",
    "OutboxRow",
    "OutboxState",
    "RESOLVABLE_STATES",
    "curl_command",
    "diff_bodies",
    "state_of",
]
