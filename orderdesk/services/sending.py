"""Sending an order from the form: the journal decides whether it goes as new or again as an earlier order.

The decision itself is ``outbox.resubmit.send_once``, which ``orderdesk submit`` uses too;
this is the window's way to it, to what may be done after an outcome (``next_step``), to a
profile's connection check, and to the HTTP settings a test or a bulk resend may set.
"""

from __future__ import annotations

from orderdesk.config.credentials import SecretSource
from orderdesk.config.profiles import Profile
from orderdesk.core.order import OrderDraft
from orderdesk.core.outcome import Outcome
from orderdesk.journal import Journal
from orderdesk.outbox.resubmit import send_once
from orderdesk.sending.connection_check import ConnectionReport, Verdict, check_profile
from orderdesk.sending.next_step import next_step
from orderdesk.transport.settings import HttpSettings

__all__ = ["ConnectionReport", "HttpSettings", "Verdict", "check_profile", "next_step", "send_draft"]


def send_draft(
    journal: Journal, draft: OrderDraft, draft_id: int | None, profile: Profile, secrets: SecretSource
) -> Outcome:
    """Send ``draft`` (a copy nobody edits meanwhile) to ``profile``: as new, or as the journal's earlier order.

    Blocks on the network and the keyring: the window calls it on a worker thread.
    """
    return send_once(journal, draft, draft_id, profile, secrets).outcome
