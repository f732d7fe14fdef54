"""The outbox's words for an order: its state, what that means and what happened, wherever the window shows one."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from orderdesk.core.findings import Findings
from orderdesk.core.outcome import Reach
from orderdesk.services.journal_access import OutboxRow, OutboxState
from orderdesk.ui.language.finding_texts import finding_text
from orderdesk.ui.language.reason_texts import reason_text
from orderdesk.ui.language.text import translate
from orderdesk.ui.order_page.form_sections import ADDRESS_FIELDS
from orderdesk.ui.order_page.line_columns import COLUMNS as LINE_COLUMNS

C = "OutboxModel"
"""The context of this module's texts (``translate(C, …)`` of its constants; literal texts name it in full)."""

STATE_WORDS: dict[OutboxState, str] = {
    OutboxState.FAILED: QT_TRANSLATE_NOOP("OutboxModel", "✖ Failed"),
    OutboxState.REJECTED: QT_TRANSLATE_NOOP("OutboxModel", "✖ Rejected"),
    OutboxState.UNKNOWN: QT_TRANSLATE_NOOP("OutboxModel", "? Unknown"),
    OutboxState.UNAUTHORIZED: QT_TRANSLATE_NOOP("OutboxModel", "✖ Not authorised"),
    OutboxState.SENT: QT_TRANSLATE_NOOP("OutboxModel", "✔ Sent"),
    OutboxState.SENDING: QT_TRANSLATE_NOOP("OutboxModel", "… Sending"),
}
"""How each state reads in the table: a sign as well as a word, so colour is not needed to tell them apart."""

STATE_HELP: dict[OutboxState, str] = {
    OutboxState.FAILED: QT_TRANSLATE_NOOP(
        "OutboxModel",
        "Sending did not go through (a server error, a rate limit, no answer or no connection). "
        "Sending it again is safe.",
    ),
    OutboxState.REJECTED: QT_TRANSLATE_NOOP(
        "OutboxModel",
        "The API refused what the order says. Open it in the form: its errors are next to the "
        "inputs. Fix them, then Submit.",
    ),
    OutboxState.UNKNOWN: QT_TRANSLATE_NOOP(
        "OutboxModel",
        "Sent, but no answer arrived: the order may or may not exist at the API. Sending it again "
        "looks it up first, so it is never created twice.",
    ),
    OutboxState.UNAUTHORIZED: QT_TRANSLATE_NOOP(
        "OutboxModel",
        "The API refused the profile's key. Fix the profile (Order ▸ Manage profiles), then send it again.",
    ),
    OutboxState.SENT: QT_TRANSLATE_NOOP("OutboxModel", "The API has the order."),
    OutboxState.SENDING: QT_TRANSLATE_NOOP("OutboxModel", "Being sent right now."),
}
"""What each state means for the person, shown as the state cell's tooltip."""

_REACH_TAGS: dict[Reach, str] = {
    Reach.ANSWERED: QT_TRANSLATE_NOOP("OutboxModel", "API error"),
    Reach.NO_ANSWER: QT_TRANSLATE_NOOP("OutboxModel", "no answer"),
    Reach.NOT_SENT: QT_TRANSLATE_NOOP("OutboxModel", "not sent"),
}
"""Which failure it was, in the few words the state column has room for."""

_REACH_HELP: dict[tuple[OutboxState, Reach], str] = {
    (OutboxState.FAILED, Reach.ANSWERED): QT_TRANSLATE_NOOP(
        "OutboxModel",
        "The API answered with an error (a server error, a rate limit, or an "
        "answer its documentation does not describe). Sending it again is safe.",
    ),
    (OutboxState.FAILED, Reach.NO_ANSWER): QT_TRANSLATE_NOOP(
        "OutboxModel",
        "No answer came back after the request went out: the order may have "
        "arrived. This API refuses a second copy of the same order, so sending it again is safe.",
    ),
    (OutboxState.FAILED, Reach.NOT_SENT): QT_TRANSLATE_NOOP(
        "OutboxModel",
        "The order never reached the API (no connection, no keyring, no access token). Sending it again is safe.",
    ),
    (OutboxState.UNKNOWN, Reach.ANSWERED): QT_TRANSLATE_NOOP(
        "OutboxModel",
        "The API answered with a server error or an answer it does not "
        "document: the order may or may not exist there. Sending it again looks it up first, so it is never created "
        "twice.",
    ),
}
"""What a failed or unknown order means, told by how far its request got; the rest is ``STATE_HELP``."""


def state_words(state: OutboxState, reach: Reach | None, resolved_by: str | None = None) -> str:
    """The state as the table shows it; a failed or unknown one says which (``✖ Failed: no answer``)."""
    if state is OutboxState.FAILED and resolved_by is not None:
        said = translate("OutboxModel", "marked not at the API by {0}").format(resolved_by)
        return f"{translate(C, STATE_WORDS[state])}: {said}"
    if state in (OutboxState.FAILED, OutboxState.UNKNOWN) and reach is not None:
        return f"{translate(C, STATE_WORDS[state])}: {translate(C, _REACH_TAGS[reach])}"
    return translate(C, STATE_WORDS[state])


def state_help(state: OutboxState, reach: Reach | None, resolved_by: str | None = None) -> str:
    """What the state means for the person (the state cell's tooltip and the order's details)."""
    if state is OutboxState.FAILED and resolved_by is not None:
        return translate(
            "OutboxModel",
            "{0} checked at the API and found the order is not there. Send again sends it without looking it up first.",
        ).format(resolved_by)
    if reach is not None and (state, reach) in _REACH_HELP:
        return translate(C, _REACH_HELP[(state, reach)])
    return translate(C, STATE_HELP[state])


FORM_LABELS: dict[str, tuple[str, str]] = {
    "external_id": ("MainWindow", "Order &number"),
    "source": ("MainWindow", "Shop"),
    "test": ("MainWindow", "Test order (not to be fulfilled)"),
    "customer": ("MainWindow", "Customer"),
    "customer.name": ("MainWindow", "Na&me"),
    "customer.email": ("MainWindow", "&E-mail"),
    "customer.phone": ("MainWindow", "P&hone"),
    "shipping": ("MainWindow", "Shipping address"),
    "billing": ("MainWindow", "Billing address"),
    "billing_same_as_shipping": ("MainWindow", "&Billing address same as shipping"),
    "lines": ("MainWindow", "&Products"),
    "shipping_cost": ("MainWindow", "Shipping &cost"),
    "notes": ("MainWindow", "No&tes"),
}
"""The form's own label of each input and section, by draft path (as ``order_form`` translates it)."""

ADDRESS_LABELS: dict[str, str] = dict(ADDRESS_FIELDS)
"""The label of each input of an address (context ``AddressSection``)."""


def _label(context: str, text: str) -> str:
    """A form label as a person reads it outside the form: translated, without its Alt-shortcut mark."""
    return translate(context, text).replace("&", "")


def readable_path(path: str) -> str:
    """A draft path as a person reads it, in the form's own labels: ``shipping.postcode`` is "Shipping address ›
    Postcode", ``lines.1.quantity`` is "Line 2 › Quantity"; a part the form has no label for is shown as words."""
    if not path:
        return translate("OutboxModel", "The order as a whole")
    parts = path.split(".")
    if parts[0] == "lines" and len(parts) >= 2 and parts[1].isdigit():
        titles = {column.key: translate("LinesModel", column.title) for column in LINE_COLUMNS}
        rest = [titles.get(part, part.replace("_", " ")) for part in parts[2:]]
        return " › ".join([translate("LineProblems", "Line {0}").format(int(parts[1]) + 1), *rest])
    words = []
    for number, part in enumerate(parts):
        whole = ".".join(parts[: number + 1])
        if whole in FORM_LABELS:
            words.append(_label(*FORM_LABELS[whole]))
        elif number == 1 and parts[0] in ("shipping", "billing") and part in ADDRESS_LABELS:
            words.append(_label("AddressSection", ADDRESS_LABELS[part]))
        else:
            words.append(part.replace("_", " "))
    said = " › ".join(words)
    return said[:1].upper() + said[1:]


def errors_said(errors: Findings) -> list[str]:
    """Each error an API named, as a person reads it: ``Line 2 › Quantity: Only 4 in stock.``."""
    return [f"{readable_path(path)}: {finding_text(text)}" for path, texts in errors.errors.items() for text in texts]


def detail(row: OutboxRow) -> str:
    """What happened at the latest attempt, in one line: the reference, else the reason, else the HTTP status."""
    if row.state is OutboxState.SENT:
        return (
            translate("OutboxModel", "Reference {0}").format(row.reference)
            if row.reference
            else translate("OutboxModel", "At the API")
        )
    if row.reason:
        return reason_text(" ".join(row.reason.split()))
    if row.state is OutboxState.REJECTED:
        return translate("OutboxModel", "The API named what to fix: select the order to see it")
    return f"HTTP {row.status}" if row.status is not None else ""
