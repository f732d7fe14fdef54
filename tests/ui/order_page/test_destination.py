"""Next to Submit, where the order goes, following the ticks under Send to."""

from __future__ import annotations

import pytest

from orderdesk.config.profiles import make_profile
from orderdesk.ui.order_page.destination import NOWHERE, destination_text
from tests.ui.conftest import WindowFactory, add_profile

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_profiles_and_their_apis_make_a_sentence() -> None:
    webshop = make_profile("Webshop", "dropday", "", account_id="1")
    reviews = make_profile("Reviews", "feedbackcompany", "", client_id="c")
    live = make_profile("Live", "bigcommerce", "", store_hash="abc")
    assert destination_text([]) == NOWHERE
    assert destination_text([webshop]) == "Send to Webshop (Dropday)"
    assert destination_text([webshop, reviews]) == "Send to Webshop (Dropday) and Reviews (Feedback Company)"
    assert destination_text([webshop, reviews, live]).startswith("Send to Webshop (Dropday), Reviews (Feedback")


def test_the_sentence_next_to_submit_follows_the_ticks(qtbot: object, make_window: WindowFactory) -> None:
    add_profile("Webshop", "dropday")
    add_profile("Reviews", "feedbackcompany")
    window = make_window()
    assert window.destination.sentence == NOWHERE
    assert window.destination.isVisible()
    window.choose("Webshop", "Reviews")
    assert window.destination.sentence == "Send to Webshop (Dropday) and Reviews (Feedback Company)"
    window.choose("Reviews")
    assert window.destination.sentence == "Send to Reviews (Feedback Company)"
    label = window.destination
    qtbot.waitUntil(lambda: label.text() == label.sentence)  # type: ignore[attr-defined]  # whole when there is room
    window.choose()
    assert window.destination.sentence == NOWHERE


def test_a_long_sentence_is_shortened_on_one_line_not_wrapped(qtbot: object, make_window: WindowFactory) -> None:
    for name in ("Webshop Amsterdam", "Webshop Rotterdam", "Reviews", "Webshop Utrecht"):
        add_profile(name, "dropday")
    window = make_window()
    window.choose("Webshop Amsterdam", "Webshop Rotterdam", "Reviews", "Webshop Utrecht")
    window.resize(1024, 700)
    label = window.destination
    sentence_width = label.fontMetrics().horizontalAdvance(label.sentence)
    qtbot.waitUntil(lambda: label.width() < sentence_width)  # type: ignore[attr-defined]
    assert label.text().endswith("…")
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()
    assert label.toolTip() == label.sentence


def test_two_profiles_are_said_whole_at_1280(qtbot: object, make_window: WindowFactory) -> None:
    """The label asks for its sentence's width, padding included: it was cut by a few pixels ("BigCommer…")."""
    add_profile("Webshop", "dropday")
    add_profile("Winkel BC", "bigcommerce")
    window = make_window()
    window.choose("Webshop", "Winkel BC")
    window.resize(1280, 800)
    label = window.destination
    qtbot.waitUntil(lambda: window.width() == 1280)  # type: ignore[attr-defined]
    qtbot.wait(50)  # type: ignore[attr-defined]  # the layout has placed the label
    assert label.text() == label.sentence == "Send to Webshop (Dropday) and Winkel BC (BigCommerce)"
