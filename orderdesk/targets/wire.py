"""Building blocks for the request-body models of every API, and plain-words messages.

Bodies are parsed with ``parse_float=Decimal`` (see ``orderdesk.jsonio``), so a JSON number
arrives as ``int`` or ``Decimal``. Models are strict: a typo in our own ``from_draft`` fails
in tests instead of reaching a server. Field names are the API's own, so error locations
are the file's own paths without any alias bookkeeping.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainValidator,
    StringConstraints,
    ValidationError,
)
from pydantic_core import PydanticCustomError

from orderdesk import checks
from orderdesk.findings import Findings


class WireModel(BaseModel):
    """Base of every request-body model: unknown fields are errors, nothing is coerced."""

    model_config = ConfigDict(extra="forbid", strict=True, loc_by_alias=False)


def _number(value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | Decimal | float):
        raise PydanticCustomError("number_type", "Must be a number")
    number = value if isinstance(value, Decimal) else Decimal(str(value))
    if not number.is_finite():
        raise PydanticCustomError("number_type", "Must be a number")
    return number


def _number_or_digits(value: Any) -> Decimal | str:
    if isinstance(value, str):
        return value
    try:
        return _number(value)
    except PydanticCustomError:
        raise PydanticCustomError("number_or_text_type", "Must be a number or text") from None


def _non_negative(value: Decimal) -> Decimal:
    if value < 0:
        raise PydanticCustomError("non_negative", "Must not be negative")
    return value


def _two_decimals(value: Decimal) -> Decimal:
    if value.as_tuple().exponent < -2:  # type: ignore[operator]
        raise PydanticCustomError("decimal2", "At most two decimals")
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


Number = Annotated[Decimal, PlainValidator(_number)]
"""A JSON number (int or decimal); text, booleans and null are errors."""
NonNegativeNumber = Annotated[Decimal, PlainValidator(_number), AfterValidator(_non_negative)]
Decimal2 = Annotated[Decimal, PlainValidator(_number), AfterValidator(_two_decimals)]
"""Centra's documented ``decimal2 (0.00)``."""
NumberOrText = Annotated[Decimal | str, PlainValidator(_number_or_digits)]
"""Documented as Number but shown as text in the API's own example (Dropday phone, ean13)."""
Int = Annotated[int, Field(strict=True)]
NonNegativeInt = Annotated[int, Field(strict=True, ge=0)]
Text = Annotated[str, Field(strict=True)]
Bool = Annotated[bool, Field(strict=True)]
Email = Annotated[str, Field(strict=True), AfterValidator(_email)]
Url = Annotated[str, Field(strict=True), AfterValidator(_url)]
Country = Annotated[str, Field(strict=True), AfterValidator(_country)]


def text(max_length: int | None = None, min_length: int | None = None) -> Any:
    """A string type with the documented length bounds."""
    return Annotated[str, StringConstraints(strict=True, max_length=max_length, min_length=min_length)]


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
