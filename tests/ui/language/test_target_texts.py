"""Every text an API or profile declares is listed for lupdate, and shown in the window's language."""

from __future__ import annotations

from collections.abc import Callable

from orderdesk.config.credentials import SECRET_LABEL
from orderdesk.config.profiles import SETTINGS, TARGET_SETTINGS
from orderdesk.targets.registry import TARGETS
from orderdesk.ui.language.target_texts import DECLARED_TEXTS, target_text


def declared() -> set[str]:
    texts = {text for target in TARGETS.values() for extra in target.extra_fields
             for text in (extra.label, extra.help, extra.placeholder, *extra.choices)}
    texts |= set(SECRET_LABEL.values())
    texts |= {text for setting in SETTINGS.values() for text in (setting.label, setting.help)}
    texts |= {text for api in TARGET_SETTINGS.values() for text in (api.base_url_help, api.connection.secret_help)}
    return {text for text in texts if text and not text[0].isdigit()}  # "11: Awaiting Fulfillment" is BigCommerce's


def test_every_declared_text_is_listed() -> None:
    assert declared() - set(DECLARED_TEXTS) == set()


def test_a_declared_text_shows_in_dutch(speak: Callable[[str], None]) -> None:
    assert target_text("Expected delivery date") == "Expected delivery date"
    speak("nl")
    assert target_text("Expected delivery date") == "Verwachte leverdatum"
    assert target_text("") == ""
