"""What a bulk resubmission says in words: its plan before sending, its tally, and the orders that failed."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP

from orderdesk.core.outcome import OutcomeKind, Reach
from orderdesk.outbox import OrderResult, RetryPlan, SkipReason
from orderdesk.ui.language.numbers import show_number
from orderdesk.ui.language.reason_texts import reason_text
from orderdesk.ui.language.text import translate
from orderdesk.ui.order_page.results_panel import outcome_text
from orderdesk.ui.outbox_page.outbox_words import errors_said

KIND_WORDS: dict[OutcomeKind, str] = {
    OutcomeKind.CREATED: QT_TRANSLATE_NOOP("BulkRetry", "created"),
    OutcomeKind.DUPLICATE: QT_TRANSLATE_NOOP("BulkRetry", "already there"),
    OutcomeKind.REJECTED: QT_TRANSLATE_NOOP("BulkRetry", "rejected"),
    OutcomeKind.FAILED: QT_TRANSLATE_NOOP("BulkRetry", "failed"),
    OutcomeKind.UNKNOWN: QT_TRANSLATE_NOOP("BulkRetry", "unknown"),
    OutcomeKind.UNAUTHORIZED: QT_TRANSLATE_NOOP("BulkRetry", "not authorised"),
}
"""Each outcome in the tally's words."""


def tally_text(counts: Mapping[OutcomeKind, int]) -> str:
    """``310 created, 1 rejected``: how many orders ended in each outcome, most common first."""
    ordered = sorted(counts.items(), key=lambda item: -item[1])
    return ", ".join(
        f"{show_number(Decimal(number))} {translate('BulkRetry', KIND_WORDS[kind])}" for kind, number in ordered
    )


def problem_line(result: OrderResult, label: str) -> str:
    """One line about an order that did not go through: which order, where, and what the API said."""
    outcome = result.outcome
    said = errors_said(outcome.errors)
    if outcome.kind is OutcomeKind.REJECTED and outcome.reach is Reach.NOT_SENT:  # our own check of the API's rules
        reason = "; ".join(said) or reason_text(outcome.reason)
        text = "✖ " + translate(
            "BulkRetry", "Not sent: refused before sending because of {0}. Open it in the form to fix them."
        ).format(reason)
    elif outcome.kind is OutcomeKind.REJECTED:
        reason = "; ".join(said) or reason_text(outcome.reason) or translate("BulkRetry", "the API gave no reason")
        text = "✖ " + translate("BulkRetry", "Rejected: {0}").format(reason)
    else:
        text = " ".join(outcome_text(outcome)[1].split())
    return translate("BulkRetry", "{0} to {1}: {2}").format(label, result.item.profile.name, text)


SKIP_WORDS: dict[SkipReason, str] = {
    SkipReason.NOT_IN_JOURNAL: QT_TRANSLATE_NOOP("BulkRetry", "not in the journal"),
    SkipReason.SENT: QT_TRANSLATE_NOOP("BulkRetry", "already at the API"),
    SkipReason.SENDING: QT_TRANSLATE_NOOP("BulkRetry", "being sent right now"),
    SkipReason.NO_PROFILE: QT_TRANSLATE_NOOP("BulkRetry", "its profile no longer exists"),
    SkipReason.OTHER_API: QT_TRANSLATE_NOOP("BulkRetry", "its profile now talks to another API"),
    SkipReason.UNCHANGED: QT_TRANSLATE_NOOP("BulkRetry", "rejected and not changed since"),
}
"""Why orders are left out, in the few words of the summary's count."""


def summary_lines(plan: RetryPlan) -> list[str]:
    """What the plan sends where and what it leaves out, in the window's language (``RetryPlan.summary``'s lines)."""
    count = len(plan.items)
    if count:
        lines = [translate("BulkRetry", "%n order(s) will be sent:", None, count)]
    else:
        lines = [translate("BulkRetry", "No order will be sent.")]
    for share in plan.shares():
        orders, batches = share.orders, share.batches
        text = translate("BulkRetry", "{0} ({1}): %n order(s)", None, orders).format(
            share.profile.name, share.profile.title
        )
        if batches:
            text += " " + translate("BulkRetry", "in %n batch request(s)", None, batches)
        if share.looked_up_first:
            text += ", " + translate("BulkRetry", "{0} looked up first").format(share.looked_up_first)
        lines.append(f"  {text}")
    if plan.skipped:
        reasons: dict[SkipReason, int] = {}
        for skipped in plan.skipped:
            reasons[skipped.reason] = reasons.get(skipped.reason, 0) + 1
        parts = ", ".join(
            f"{number} {translate('BulkRetry', SKIP_WORDS[reason])}" for reason, number in reasons.items()
        )
        left_out = len(plan.skipped)
        lines.append(translate("BulkRetry", "%n order(s) will not be sent: {0}.", None, left_out).format(parts))
    return lines


def order_name(key: int) -> str:
    """An order without number or customer, named by its key."""
    return translate("ResolveDialog", "Order {0}").format(key)
