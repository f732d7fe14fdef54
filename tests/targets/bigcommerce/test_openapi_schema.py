"""Every BigCommerce body OrderDesk writes validates against the official OpenAPI file's create-order schema.

The schema is ``order_Post`` from bc-orders.v2.oas2.yml (OpenAPI 3.0), whose order-level
amounts are ``type: string`` ("4.9500"); the file lives outside the project, so without it
these tests skip and say so.
"""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Iterator
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from orderdesk.cli import main
from orderdesk.core import jsonio
from orderdesk.core.order import Address, Customer, Line, OrderDraft
from orderdesk.targets.registry import TARGET_NAMES, get_target
from tests.targets.bigcommerce.samples import phone_order

ROOT = Path(__file__).resolve().parents[3]
SHARED = next((folder / "shared" for folder in ROOT.parents if (folder / "shared" / "reference").is_dir()),
              ROOT.parent / "shared")
"""The API documents beside the project (a worktree sits one level deeper than the main checkout)."""
SPEC = SHARED / "reference" / "bc-orders.v2.oas2.yml"
SEEDS = SHARED / "seeds"
EXAMPLES = ROOT / "tests" / "targets"
OTHER_APIS = tuple(name for name in TARGET_NAMES if name != "bigcommerce")
STRING_MONEY = (
    "base_handling_cost",
    "base_shipping_cost",
    "base_wrapping_cost",
    "discount_amount",
    "handling_cost_ex_tax",
    "handling_cost_inc_tax",
    "refunded_amount",
    "shipping_cost_ex_tax",
    "shipping_cost_inc_tax",
    "subtotal_ex_tax",
    "subtotal_inc_tax",
    "total_ex_tax",
    "total_inc_tax",
    "wrapping_cost_ex_tax",
    "wrapping_cost_inc_tax",
)
"""The order-level amounts the OpenAPI file declares ``type: string``."""

needs_spec = pytest.mark.skipif(not SPEC.is_file(), reason=f"the BigCommerce OpenAPI file is not at {SPEC}")


def _as_json_schema(node: Any) -> Any:
    """An OpenAPI 3.0 schema object as JSON Schema: ``nullable: true`` adds ``null`` to the type."""
    if isinstance(node, list):
        return [_as_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    converted = {key: _as_json_schema(value) for key, value in node.items()}
    if converted.pop("nullable", False) is True and isinstance(converted.get("type"), str):
        converted["type"] = [converted["type"], "null"]
    return converted


@cache
def validator() -> jsonschema.Draft4Validator:
    """The create-order request body's schema, its ``$ref``s resolved within the file."""
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    body = document["paths"]["/orders"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    schema = {**_as_json_schema(body), "components": _as_json_schema(document["components"])}
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema)


def schema_errors(body: dict[str, Any], *, required_too: bool) -> list[str]:
    """The schema's complaints about ``body`` as sent (parsed back from its JSON text)."""
    wire = json.loads(jsonio.dumps(body))
    return [
        f"{'.'.join(map(str, error.absolute_path)) or '(body)'}: {error.message}"
        for error in validator().iter_errors(wire)
        if required_too or error.validator != "required"
    ]


def _seed_bodies() -> Iterator[tuple[str, dict[str, Any]]]:
    """The JSON objects the documentation seeds hold by file and line, and the orders of a batch keyed by name."""
    decoder = json.JSONDecoder(parse_float=Decimal)  # as jsonio reads bodies
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        start = 0
        for number, line in enumerate(text.splitlines(keepends=True), 1):
            if line.startswith("{"):
                with contextlib.suppress(json.JSONDecodeError):
                    value, _ = decoder.raw_decode(text, start)
                    if isinstance(value, dict):
                        yield f"{path.name}:{number}", value
                        for name, order in value.items():
                            if isinstance(order, dict) and "products" in order:
                                yield f"{path.name}:{number}[{name}]", order
            start += len(line)


def other_api_bodies() -> list[tuple[str, str, dict[str, Any]]]:
    """``(where, api, body)``: the other APIs' request examples, and the seeds' bodies that are that API's orders.

    A seed body is an API's order when that API reads order lines from it: the documents'
    examples elide parts (``"..."``), so they need not pass every rule.
    """
    found = []
    for api in OTHER_APIS:
        for path in sorted((EXAMPLES / api / "examples").glob("*.json")):
            if path.name.startswith("error") or ".fragment." in path.name:
                continue
            body = jsonio.read_body(path)
            if api == "centra" and "products" not in body:
                continue  # a batch of orders keyed by name; convert takes one
            found.append((path.name, api, body))
    if SEEDS.is_dir():
        for where, body in _seed_bodies():
            found.extend((where, api, body) for api in OTHER_APIS if get_target(api).to_draft(body).lines)
    return found


def _convert(body: dict[str, Any], source: str, tmp_path: Path) -> dict[str, Any]:
    path = tmp_path / "body.json"
    path.write_text(jsonio.dumps(body), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["convert", str(path), "--from", source, "--to", "bigcommerce"])
    assert code == 0, err.getvalue()
    converted = json.loads(out.getvalue())
    assert isinstance(converted, dict)
    return converted


@needs_spec
def test_every_body_converted_from_another_api_validates_against_the_openapi_schema(tmp_path: Path) -> None:
    sources = other_api_bodies()
    assert {api for _, api, _ in sources} == set(OTHER_APIS)
    sendable = 0
    for where, api, body in sources:
        converted = _convert(body, api, tmp_path)
        # A body OrderDesk would refuse to send (a missing billing zip) may lack what the schema
        # requires too; every value it does hold must still be of the schema's type.
        send = not get_target("bigcommerce").validate_body(converted).errors
        sendable += send
        assert schema_errors(converted, required_too=send) == [], f"{where} from {api}"
    assert sendable >= 3


def _typed_drafts() -> list[OrderDraft]:
    """Orders as typed in the window: with every extra and a tax rate, and a bare one with a stated total."""
    bare = OrderDraft(
        customer=Customer(name="Jo Smit", email="jo@example.nl"),
        shipping=Address(first_name="Jo", last_name="Smit", address1="Dorpsstraat 1", postcode="1234 AB",
                         city="Ede", country="NL"),
        lines=[Line(name="Pen", quantity=Decimal(3), unit_price=Decimal("1.5"))],
        shipping_cost=Decimal("0"),
        stated_total=Decimal("4.50"),
        extras={"bigcommerce": {"discount_amount": "0.125"}},
    )
    return [phone_order(), bare]


@needs_spec
@pytest.mark.parametrize("draft", _typed_drafts(), ids=["phone_order", "bare"])
def test_a_typed_order_validates_against_the_openapi_schema_with_amounts_as_text(draft: OrderDraft) -> None:
    body = get_target("bigcommerce").from_draft(draft)
    assert not get_target("bigcommerce").validate_body(body).errors
    assert schema_errors(body, required_too=True) == []
    amounts = {key: body[key] for key in STRING_MONEY if key in body}
    assert {"shipping_cost_inc_tax", "shipping_cost_ex_tax"} <= set(amounts)
    assert all(isinstance(value, str) for value in amounts.values()), amounts


def test_amounts_are_written_with_four_decimals_and_read_back_as_the_same_amounts() -> None:
    bigcommerce = get_target("bigcommerce")
    body = bigcommerce.from_draft(phone_order())
    assert body["shipping_cost_inc_tax"] == "6.0500"
    assert body["shipping_cost_ex_tax"] == "5.0000"
    assert body["discount_amount"] == "5.0000"
    assert isinstance(body["products"][0]["price_inc_tax"], Decimal)  # the schema's "number"
    again = bigcommerce.to_draft(body)
    assert again.shipping_cost == Decimal("6.05") and again.extras["bigcommerce"]["discount_amount"] == Decimal(5)
    assert bigcommerce.from_draft(again) == body


def test_amounts_sent_as_numbers_are_still_read() -> None:
    bigcommerce = get_target("bigcommerce")
    body = {**bigcommerce.from_draft(phone_order()), "shipping_cost_inc_tax": Decimal("6.05"), "discount_amount": 5}
    draft = bigcommerce.to_draft(body)
    assert draft.shipping_cost == Decimal("6.05") and draft.extras["bigcommerce"]["discount_amount"] == Decimal(5)
    assert not bigcommerce.validate_body(body).errors
