"""``BatchSupport.only_order``: the one place a batch of one order is unwrapped (resend and submit both use it)."""

from __future__ import annotations

from orderdesk.core import jsonio
from orderdesk.targets.registry import batch_support
from tests.outbox.support import EXAMPLE_FILES, EXAMPLES


def test_a_batch_of_one_key_gives_its_order_and_any_other_body_stays_as_it_is() -> None:
    batch = batch_support("centra")
    assert batch is not None
    order = jsonio.read_body(EXAMPLES / EXAMPLE_FILES["centra"])
    assert batch.only_order({"phone-1": order}) == order
    assert batch.only_order(order) == order
    two = {"phone-1": order, "phone-2": order}
    assert batch.only_order(two) == two
    assert batch.only_order([order]) == [order]
