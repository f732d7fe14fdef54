"""A server's refusal of one field, injected with the sandbox's ``reject`` fault, lands where a person looks.

The window's own checks never let a bad value through, so without ``reject`` a server's 422
could not be shown. Each API answers in its own documented shape; where that shape can name
the field, the message shows under the field's input (whose objectName is the draft path),
marked with the API that said it.
"""

from __future__ import annotations

import pytest
import requests
from PySide6.QtCore import Qt

from orderdesk.sandbox.server import RunningSandbox
from tests.ui.conftest import WindowFactory, add_profile, complete_order, message

CTRL = Qt.KeyboardModifier.ControlModifier
SAID = "Not a postcode we deliver to."


@pytest.mark.parametrize(
    ("target", "api_field", "draft_path", "shown"),
    [
        # Dropday's 422 keys its errors by field.
        ("dropday", "shipping_address.postcode", "shipping.postcode", f"✖ {SAID} (Dropday server)"),
        # BigCommerce's error array names the field only in its message, which the client reads.
        ("bigcommerce", "shipping_addresses.0.zip", "shipping.postcode",
         f"✖ The field 'shipping_addresses.0.zip' is invalid: {SAID} (BigCommerce server)"),
        # Feedback Company's "error" text, as "path: message"; it has no address, so the e-mail.
        ("feedbackcompany", "customer.email", "customer.email", f"✖ {SAID} (Feedback Company server)"),
        # Centra's documented failure, {"status": "no", "code": -1..-7, "msg": "..."}, has no place
        # for a field (centra-create-order.md, "Error example"): the refusal shows for the order.
        ("centra", "deliveryAddress.zipcode", "", f"deliveryAddress.zipcode: {SAID} (Centra server)"),
    ],
)
def test_a_rejected_field_shows_under_its_input_marked_with_the_api(
    qtbot: object,
    make_window: WindowFactory,
    secret_service: object,
    sandbox: RunningSandbox,
    target: str,
    api_field: str,
    draft_path: str,
    shown: str,
) -> None:
    add_profile("Shop", target, sandbox.base_url(target), secret="sandbox")
    fault = {"api": target, "fault": "reject", "field": api_field, "message": SAID}
    requests.post(f"{sandbox.url}/_sandbox/faults", json=fault, timeout=5).raise_for_status()
    window = make_window()
    window.presenter.replace(complete_order(1))
    window.choose("Shop")
    qtbot.keyClick(window, Qt.Key.Key_Return, CTRL)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "Rejected" in window.results.status_text("Shop"), timeout=15000)  # type: ignore[attr-defined]

    if draft_path:
        assert message(window, draft_path) == shown
        assert shown not in window.summary.order_messages.text()
    else:
        order_level = window.summary.order_messages
        assert order_level.isVisibleTo(window) and order_level.text().endswith(shown)
        assert message(window, "shipping.postcode") == ""
    received = requests.get(f"{sandbox.url}/_sandbox/received/{target}", timeout=5).json()
    assert received == []  # a refused order is not stored
