"""Building blocks for the request-body models of every API, and plain-words messages.

Bodies are parsed with ``parse_float=Decimal`` (see ``orderdesk.core.jsonio``), so a JSON number
arrives as ``int`` or ``Decimal``. Models are strict: a typo in our own ``from_draft`` fails
in tests instead of reaching a server. Field names are the API's own, so error locations
are the file's own paths without any alias bookkeeping.
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    PlainValidator,
    StringConstraints,
    ValidationError,
)
from pydantic_core import PydanticCustomError, core_schema

from orderdesk.core import checks
from orderdesk.core.findings import Findings


class WireModel(BaseModel):
    """Base of every request-body model: unknown fields are errors, nothing is coerced."""

    model_config = ConfigDict(extra="forbid", strict=True, loc_by_alias=False)


class OneOf:
    """Type metadata: a value matching any of ``choices``, else one plain-words error.

    The check runs inside pydantic-core with no Python call per value: a 500-line order has
    over a thousand numbers, and a Python validator costs about four times as much per value.
    With ``after``, it checks what the metadata before it let through, instead of replacing it.
    """

    def __init__(self, error_type: str, message: str, *choices: core_schema.CoreSchema, after: bool = False) -> None:
        self._error_type, self._message, self._choices, self._after = error_type, message, list(choices), after

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        choices = core_schema.union_schema([*self._choices])
        check = core_schema.custom_error_schema(choices, self._error_type, custom_error_message=self._message)
        return core_schema.chain_schema([handler(source), check]) if self._after else check


def _numbers(**bounds: Any) -> tuple[core_schema.CoreSchema, ...]:
    """A JSON number as it arrives (``int``, ``Decimal``, or ``float`` from a body built in code), finite."""
    return (
        core_schema.int_schema(strict=True, **bounds),
        core_schema.decimal_schema(strict=True, allow_inf_nan=False, **bounds),
        core_schema.float_schema(strict=True, allow_inf_nan=False, **bounds),
    )


TOO_LARGE = Decimal("1E+300")
"""The magnitude from which a number is an error: ``jsonio.dumps`` refuses to write one much
larger, and no amount, quantity or id comes near it. ``-TOO_LARGE < value < TOO_LARGE`` passes."""
_TOO_LARGE_INT = int(TOO_LARGE)
_TOO_LARGE_FLOAT = float(TOO_LARGE)


def _within_size() -> tuple[core_schema.CoreSchema, ...]:
    """The number kinds of ``_numbers`` below ``TOO_LARGE`` in magnitude, each bound of its own kind."""
    return (
        core_schema.int_schema(strict=True, gt=-_TOO_LARGE_INT, lt=_TOO_LARGE_INT),
        core_schema.decimal_schema(strict=True, allow_inf_nan=False, gt=-TOO_LARGE, lt=TOO_LARGE),
        core_schema.float_schema(strict=True, allow_inf_nan=False, gt=-_TOO_LARGE_FLOAT, lt=_TOO_LARGE_FLOAT),
    )


def is_too_large(number: Decimal | int | float) -> bool:
    """Whether a number is ``TOO_LARGE`` or more in magnitude, or not finite (for checks written in Python)."""
    kind = type(number)
    if kind is int:  # an int bound keeps the comparison in whole numbers
        return not -_TOO_LARGE_INT < number < _TOO_LARGE_INT
    if kind is float:  # NaN fails both comparisons
        return not -_TOO_LARGE_FLOAT < number < _TOO_LARGE_FLOAT
    return not (number.is_finite() and -TOO_LARGE < number < TOO_LARGE)  # type: ignore[union-attr]


def _sendable(value: Any) -> Any:
    """Any JSON value whose numbers, however deep, are all below ``TOO_LARGE``."""
    pending = [value]
    while pending:
        item = pending.pop()
        kind = type(item)
        if kind is dict:
            pending.extend(item.values())
        elif kind is list:
            pending.extend(item)
        elif kind in (int, Decimal, float) and is_too_large(item):
            raise PydanticCustomError("too_large", "Too large")
    return value


_NUMBER = OneOf("number_type", "Must be a number", *_numbers())
# Its own check after ``_NUMBER`` rather than bounds inside it, so text says "Must be a number"
# and 1E+400 says "Too large".
_NOT_TOO_LARGE = OneOf("too_large", "Too large", *_within_size(), after=True)
_NOT_NEGATIVE = OneOf("non_negative", "Must not be negative", *_numbers(ge=0), after=True)


def _decimal2(value: Any) -> Decimal | int:
    """A JSON number with at most two decimals, checked in one call.

    Not a pydantic-core check: its ``decimal_places`` ignores trailing zeros, so it would
    take ``14.110``, which has three decimals as written.
    """
    kind = type(value)
    if kind is int:
        if not -_TOO_LARGE_INT < value < _TOO_LARGE_INT:
            raise PydanticCustomError("too_large", "Too large")
        return value  # type: ignore[no-any-return]
    number: Decimal | None
    if kind is float:
        number = Decimal(repr(value)) if math.isfinite(value) else None
    else:
        number = value if kind is Decimal else None
    if number is None or not number.is_finite():
        raise PydanticCustomError("number_type", "Must be a number")
    if not -TOO_LARGE < number < TOO_LARGE:
        raise PydanticCustomError("too_large", "Too large")
    if number.as_tuple().exponent < -2:  # type: ignore[operator]
        raise PydanticCustomError("decimal2", "At most two decimals")
    return number


def _non_negative(value: Decimal | int) -> Decimal | int:
    if value < 0:
        raise PydanticCustomError("non_negative", "Must not be negative")
    return value


def _email(value: str) -> str:
    if not checks.is_email(value):
        raise PydanticCustomError("email", "Not a valid e-mail address")
    return value


def _url(value: str) -> str:
    if not checks.is_http_url(value):
        raise PydanticCustomError("url", "Not a valid URL (http:// or https://)")
    return value


def _country(value: str) -> str:
    if not checks.is_country_code(value):
        raise PydanticCustomError("country", "Not an ISO 3166 two-letter country code (NL, US...)")
    return value


def length(max_length: int | None = None, min_length: int | None = None) -> StringConstraints:
    """Strict text within the documented bounds, as metadata: ``Annotated[str, length(max_length=250)]``."""
    return StringConstraints(strict=True, max_length=max_length, min_length=min_length)


IS_EMAIL = AfterValidator(_email)
"""Metadata after a text check: a plausible e-mail address (``Annotated[str, length(...), IS_EMAIL]``)."""
IS_URL = AfterValidator(_url)
"""Metadata after a text check: an http(s) URL."""

Number = Annotated[Decimal, _NUMBER, _NOT_TOO_LARGE]
"""A finite JSON number (int or decimal) below ``TOO_LARGE`` in magnitude; text, booleans and null
are errors. It is checked, not converted."""
NonNegativeNumber = Annotated[Decimal, _NUMBER, _NOT_TOO_LARGE, _NOT_NEGATIVE]
Decimal2 = Annotated[Decimal, PlainValidator(_decimal2)]
"""A ``decimal2 (0.00)``: ``14.11`` and ``12`` pass, ``14.111``, ``"14.11"``, ``true`` and ``1E+300`` do not."""
NonNegativeDecimal2 = Annotated[Decimal, PlainValidator(_decimal2), AfterValidator(_non_negative)]
"""A ``decimal2`` that "should be a positive value or zero" (Centra's ``voucherValue``)."""
NumberOrText = Annotated[
    Decimal | str,
    OneOf("number_or_text_type", "Must be a number or text", core_schema.str_schema(strict=True), *_numbers()),
    OneOf("too_large", "Too large", core_schema.str_schema(strict=True), *_within_size(), after=True),
]
"""Documented as Number but shown as text in the API's own example (Dropday phone)."""
Int = Annotated[int, Field(strict=True, gt=-_TOO_LARGE_INT, lt=_TOO_LARGE_INT)]
"""A JSON whole number below ``TOO_LARGE`` in magnitude (``message_for`` says "Too large" beyond)."""
NonNegativeInt = Annotated[int, Field(strict=True, ge=0, lt=_TOO_LARGE_INT)]
Text = Annotated[str, Field(strict=True)]
NonEmptyText = Annotated[str, length(min_length=1)]
Bool = Annotated[bool, Field(strict=True)]
Email = Annotated[str, Field(strict=True), IS_EMAIL]
Url = Annotated[str, Field(strict=True), IS_URL]
Country = Annotated[str, Field(strict=True), AfterValidator(_country)]
AnyJson = Annotated[Any, AfterValidator(_sendable)]
"""A value an API takes as it comes (``custom`` pairs): only its numbers are checked, as ``Number``'s are."""


_MESSAGES: dict[str, str] = {
    "missing": "Required",
    "extra_forbidden": "Not a field of this API",
    "string_type": "Must be text",
    "int_type": "Must be a whole number",
    "int_from_float": "Must be a whole number",
    "bool_type": "Must be true or false",
    "model_type": "Must be an object",
    "model_attributes_type": "Must be an object",
    "dict_type": "Must be an object",
    "list_type": "Must be a list",
    "is_instance_of": "Has the wrong type",
}


def message_for(error: Any) -> str:
    """The sentence a person reads for one pydantic error."""
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "string_too_long":
        return f"At most {ctx['max_length']} characters"
    if kind == "string_too_short":
        return "Must not be empty" if ctx.get("min_length") == 1 else f"At least {ctx['min_length']} characters"
    if kind == "too_short":
        return "Must not be empty" if ctx.get("min_length") == 1 else f"At least {ctx['min_length']} items"
    if kind == "too_long":
        return f"At most {ctx['max_length']} items"
    if kind == "literal_error":
        return f"Must be one of {ctx['expected']}"
    if (kind == "less_than" and ctx.get("lt") == _TOO_LARGE_INT) or (
        kind == "greater_than" and ctx.get("gt") == -_TOO_LARGE_INT
    ):
        return "Too large"  # the bounds of ``Int``
    if kind == "greater_than_equal":
        return f"Must be at least {ctx['ge']}"
    if kind == "greater_than":
        return f"Must be more than {ctx['gt']}"
    if kind == "less_than_equal":
        return f"Must be at most {ctx['le']}"
    return _MESSAGES.get(kind, error["msg"])


def findings_from(exc: ValidationError, prefix: str = "") -> Findings:
    """Every error of a validation, keyed by the body's own dotted path."""
    findings = Findings()
    for error in exc.errors(include_url=False):
        loc = [str(part) for part in error["loc"] if not _is_union_tag(part)]
        path = ".".join(([prefix] if prefix else []) + loc)
        findings.error(path, message_for(error))
    return findings


def validate_into(model: type[BaseModel], body: Any, findings: Findings, prefix: str = "") -> BaseModel | None:
    """Validate ``body`` with ``model``; add its errors to ``findings``; the model when valid."""
    try:
        return model.model_validate(body)
    except ValidationError as exc:
        findings.extend(findings_from(exc, prefix))
        return None


def _is_union_tag(part: Any) -> bool:
    # pydantic puts the union member's name into loc ("function-plain[_number()]"); it is no path.
    return isinstance(part, str) and ("[" in part or part in ("str", "int", "bool"))
