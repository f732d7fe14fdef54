"""Reading and writing amounts the way the shop owner's language writes them.

A Dutch shop owner types ``24,95`` and ``1.234,50``; an English one ``24.95`` and
``1,234.50``. Babel knows each locale's separators and, in strict mode, refuses a number
whose grouping is wrong, which is how ``24.95`` typed in Dutch is caught instead of being
read as 2495. One case strict mode lets through is refused here as well: a lone group of
three digits (``1.234`` in Dutch, ``1,234`` in English) reads as a thousand in one language
and as a fraction in the other, so on the phone it is ambiguous and the person is asked to
write it unmistakably. Values are ``Decimal``, never float; what goes over the wire is each
API's own format and does not depend on any of this.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Context, Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale


_CENT = Decimal("0.01")
_CURRENCY = re.compile(r"^(?:€|\$|£|¥|EUR|USD|GBP)\s*|\s*(?:€|\$|£|¥|EUR|USD|GBP)$", re.IGNORECASE)


@dataclass
class NumberProblem(Exception):
    """Why a typed number was not read: a message id and its values, translated where it is shown.

    Attributes:
        key: ``malformed``, ``ambiguous``, ``wrong_separator`` or ``too_many_decimals``.
        values: what the message names (``text``, ``suggestion``, ``decimals``).
    """

    key: str
    values: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return _ENGLISH[self.key].format(**self.values)


_ENGLISH = {
    "malformed": "“{text}” is not a number",
    "ambiguous": "“{text}” could mean two amounts: write {plain} or {with_decimals}",
    "wrong_separator": "“{text}” is not written as a number in this language: did you mean {suggestion}?",
    "too_many_decimals": "At most {decimals} decimals",
}


def read_number(text: str, locale: str, max_decimals: int | None = None) -> Decimal | None:
    """The number ``text`` means in ``locale`` (``nl_NL``, ``en_GB``), ``None`` when empty.

    A currency sign or code around it and spaces inside it are ignored (``€ 1 234,50``).
    Raises ``NumberProblem`` rather than guessing.
    """
    # Babel is loaded here, at the first amount typed, not when the window starts.
    import babel
    from babel.numbers import NumberFormatError, get_decimal_symbol, get_group_symbol, parse_decimal

    cleaned = _CURRENCY.sub("", text.strip()).replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    if not cleaned:
        return None
    loc = babel.Locale.parse(locale)
    decimal_sign, group_sign = get_decimal_symbol(loc), get_group_symbol(loc)
    try:
        value = parse_decimal(cleaned, locale=loc, strict=True)
    except NumberFormatError as exc:
        suggestions = [_swapped(cleaned, decimal_sign, group_sign, loc)]  # "1,234.50" typed in Dutch: 1.234,50
        suggestions += [s for s in (getattr(exc, "suggestions", None) or []) if decimal_sign in s]
        suggestions = [s for s in suggestions if s]
        if suggestions:
            raise NumberProblem("wrong_separator", {"text": text.strip(), "suggestion": suggestions[0]}) from None
        raise NumberProblem("malformed", {"text": text.strip()}) from None
    if not value.is_finite():
        raise NumberProblem("malformed", {"text": text.strip()})
    digits = cleaned.lstrip("+-")
    if decimal_sign not in digits and digits.count(group_sign) == 1 and re.fullmatch(r"\d{1,3}\D\d{3}", digits):
        raise NumberProblem(
            "ambiguous",
            {
                "text": text.strip(),
                "plain": digits.replace(group_sign, ""),
                "with_decimals": digits.replace(group_sign, decimal_sign),
            },
        )
    exponent = value.as_tuple().exponent
    if max_decimals is not None and isinstance(exponent, int) and -exponent > max_decimals:
        raise NumberProblem("too_many_decimals", {"decimals": str(max_decimals)})
    return value


def _swapped(cleaned: str, decimal_sign: str, group_sign: str, loc: Locale) -> str:
    """``cleaned`` with its two separators exchanged, when that is a number in ``loc``; else ``""``.

    A person used to the other language's separators writes each in the other's place.
    """
    from babel.numbers import NumberFormatError, parse_decimal

    swapped = cleaned.translate(str.maketrans({decimal_sign: group_sign, group_sign: decimal_sign}))
    if decimal_sign not in swapped:
        return ""
    try:
        parse_decimal(swapped, locale=loc, strict=True)
    except NumberFormatError:
        return ""
    return swapped


def write_number(value: Decimal, locale: str, min_decimals: int = 0) -> str:
    """``value`` as ``locale`` writes it, grouped, with every decimal it has and at least ``min_decimals``."""
    from babel.numbers import format_decimal

    exponent = value.as_tuple().exponent
    decimals = max(min_decimals, -exponent if isinstance(exponent, int) and exponent < 0 else 0)
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=locale, decimal_quantization=False)


def round_to_cents(value: Decimal) -> Decimal:
    """A money total as a shop shows it: whole cents, a half cent rounded up (away from zero), never ``-0.00``.

    Only for showing: each API's converter decides what is sent, and the draft keeps the exact amount.
    Not a finite number stays as it is, so it still shows as not a number.
    """
    if not value.is_finite():
        return value
    # Enough digits for every whole unit, a carry and the cents, however large the amount.
    context = Context(prec=max(value.adjusted(), 0) + 4)
    rounded = value.quantize(_CENT, rounding=ROUND_HALF_UP, context=context)
    return rounded if rounded else rounded.copy_abs()
