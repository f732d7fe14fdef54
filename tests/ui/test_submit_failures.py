"""A server error is not a lost answer: the window's results and the outbox say which one happened.

Both can end ``failed`` (Dropday refuses a second copy, so sending again is safe either way)
or ``unknown`` (BigCommerce has no such key), yet "the API answered with an error" and "no
answer, the order may have arrived" tell the person at the phone different things.
"""

from __future__ import annotations

import pytest
import requests
from PySide6.QtCore import Qt

from orderdesk.sandbox.server import RunningSandbox
from orderdesk.ui.outbox_page.outbox_model import COLUMN_KEYS
from tests.ui.conftest import WindowFactory, add_profile, complete_order
from tests.ui.outbox_support import settled

CTRL = Qt.KeyboardModifier.ControlModifier
TRIES = 4
"""The window's tries for a request Dropday may get twice (``RetryPolicy``'s default)."""


@pytest.mark.parametrize(
    ("target", "fault", "result", "listed", "explained"),
    [
        ("dropday", "500", "✖ Failed — the API answered with an error (can be sent again): Dropday had a server error",
         "✖ Failed: API error", "The API answered with an error"),
        ("dropday", "drop", "✖ Failed — no answer, the order may have arrived (can be sent again): The connection to",
         "✖ Failed: no answer", "the order may have arrived. This API refuses a second copy"),
        ("bigcommerce", "500", "? Unknown — the API answered with an error: BigCommerce had a server error",
         "? Unknown: API error", "The API answered with a server error"),
        ("bigcommerce", "drop", "? Unknown — no answer, the order may have arrived: The connection to",
         "? Unknown: no answer", "no answer arrived"),
    ],
)
def test_results_and_outbox_tell_a_server_error_from_no_answer(
    qtbot: object,
    make_window: WindowFactory,
    secret_service: object,
    sandbox: RunningSandbox,
    target: str,
    fault: str,
    result: str,
    listed: str,
    explained: str,
) -> None:
    add_profile("Shop", target, sandbox.base_url(target), secret="sandbox")
    injected = {"api": target, "fault": fault, "count": TRIES}
    requests.post(f"{sandbox.url}/_sandbox/faults", json=injected, timeout=5).raise_for_status()
    window = make_window()
    window.presenter.replace(complete_order(1))
    window.choose("Shop")
    qtbot.keyClick(window, Qt.Key.Key_Return, CTRL)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not window.results.status_text("Shop").startswith("Sending"), timeout=30000)  # type: ignore[attr-defined]
    assert window.results.status_text("Shop").startswith(result)
    stored = requests.get(f"{sandbox.url}/_sandbox/received/{target}", timeout=5).json()
    assert len(stored) == (1 if fault == "drop" else 0)  # a drop comes after the order was stored

    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)  # type: ignore[attr-defined]
    outbox = window.outbox
    qtbot.waitUntil(lambda: outbox.model.rowCount() == 1)  # type: ignore[attr-defined]
    state = outbox.model.index(0, COLUMN_KEYS.index("state"))
    assert state.data() == listed
    qtbot.mouseClick(outbox.table.viewport(), Qt.MouseButton.LeftButton,  # type: ignore[attr-defined]
                     pos=outbox.table.visualRect(state).center())
    assert f"To Shop: {listed} after 1 attempt" in settled(outbox).detail.order_label.text()
    assert explained in outbox.detail.order_label.text()
