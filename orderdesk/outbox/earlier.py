"""Which earlier order a submission is, so nothing already sent is created a second time.

An order is one draft at one profile. Sending that draft again (the window's Submit, even
after a restart) is the same order. So is a body sent again from a file (``orderdesk
submit``), which makes a new draft each time: there the API's own key for the order decides
(``IDENTITY_FIELDS``), else the body itself, as the same draft. A draft of the window is never
another draft's order: its key already used by one is ``NumberInUse``, for the person to change
(sending this draft's content under the other order would leave both wrong). The window and the
command line both ask here, so they agree.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from orderdesk.core.order import OrderDraft
from orderdesk.journal import JournalStore
from orderdesk.targets.registry import Derived, get_target

IDENTITY_FIELDS: Mapping[str, str] = Derived(lambda api: api.identity_field)
"""The body field that names an order at each API: one order per value at one profile."""


class NumberInUse(ValueError):
    """A window draft's order number (or its API's key) is already another draft's order at the profile.

    Attributes:
        draft_path: the draft field that holds the number, for the message to show under its input.
        order_key: the other order.
    """

    def __init__(self, draft_path: str, value: object, profile_name: str, order_key: int) -> None:
        super().__init__(
            f"{value} is already the order number of another order at {profile_name} (outbox order {order_key}): "
            "give this order a number of its own, or open that order from the Outbox to send it again."
        )
        self.draft_path = draft_path
        self.order_key = order_key


def earlier_order(
    journal: JournalStore,
    profile_name: str,
    target: str,
    draft: OrderDraft,
    draft_id: int | None,
    body: Mapping[str, Any] | None = None,
) -> int | None:
    """The journal's order (its key) that sending ``draft`` to ``profile_name`` would repeat; None when new.

    Args:
        draft_id: the journal draft being sent, when there is one (the window's); its order
            at the profile comes first.
        body: the API body as it will be sent, when it is not simply the draft's.

    Raises:
        NumberInUse: ``draft_id`` has no order at the profile, and its key names another draft's.
    """
    if draft_id is not None:
        order_key = journal.order_key_for(draft_id, profile_name)
        if order_key is not None:
            return order_key
    api = get_target(target)
    identity = (api.from_draft(draft) if body is None else body).get(IDENTITY_FIELDS[target])
    draft_path = api.paths.to_draft(IDENTITY_FIELDS[target])
    if identity not in (None, "") and draft_path is not None and isinstance(identity, str | int):
        order_key = journal.same_order(profile_name, draft_path, identity)
        if order_key is not None and draft_id is not None:
            raise NumberInUse(draft_path, identity, profile_name, order_key)
        return order_key
    if draft_id is not None:
        return None  # a draft of the window with no key of its own is its own order
    return journal.same_draft(profile_name, draft)
