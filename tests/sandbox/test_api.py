"""Helpers every sandbox API shares."""

from __future__ import annotations

from orderdesk.core.findings import Findings
from orderdesk.sandbox.api import lacks_required, phrase, summary


def _findings(errors: dict[str, list[str]]) -> Findings:
    return Findings(errors=errors)


def test_phrase_names_the_status() -> None:
    assert phrase(422) == "Unprocessable Entity"
    assert phrase(299) == "Error"


def test_summary_joins_every_error_with_its_path() -> None:
    findings = _findings({"customer.email": ["Not a valid e-mail address"], "": ["Must be an object", "Odd"]})
    assert summary(findings) == "customer.email: Not a valid e-mail address; Must be an object; Odd"


def test_lacks_required_spots_missing_fields_in_any_wording() -> None:
    assert lacks_required(_findings({"a": ["Required"]}))
    assert lacks_required(_findings({"products.0.sku": ["Either id, ean or sku is required"]}))
    assert not lacks_required(_findings({"a": ["Must be a number"]}))
