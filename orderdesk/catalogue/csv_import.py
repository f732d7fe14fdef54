"""Products from a spreadsheet's CSV export: columns found by their headers, Dutch or English.

Shops export from Excel, LibreOffice or their webshop, so the file may be ``;`` or ``,`` (or
tab) separated, UTF-8 with or without a BOM (or Windows-1252, as Excel writes it), with
comma or point decimals and currency signs in the prices. Each row that cannot be a product
is reported by its line number with the reason and left out; every other row is stored,
overwriting the product with the same id (else SKU, else EAN) from an earlier import.
"""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from orderdesk.catalogue.folding import code, fold
from orderdesk.catalogue.model import Product
from orderdesk.catalogue.store import CatalogueStore, Stored
from orderdesk.core.checks import gtin_check_digit_ok

HEADERS: dict[str, tuple[str, ...]] = {
    "product_id": ("product id", "productid", "id", "artikel id", "product nr", "productnummer", "item id"),
    "sku": ("sku", "artikelnummer", "artikelnr", "art nr", "artikelcode", "item number", "article number", "code"),
    "ean": ("ean", "ean13", "ean code", "gtin", "upc", "barcode", "streepjescode"),
    "name": ("name", "naam", "product", "product name", "productnaam", "title", "titel", "omschrijving",
             "description"),
    "unit_price": ("price", "prijs", "unit price", "stukprijs", "verkoopprijs", "price incl vat",
                   "prijs incl btw", "sale price"),
    "currency": ("currency", "valuta", "munt"),
    "brand": ("brand", "merk", "manufacturer", "fabrikant"),
    "category": ("category", "categorie", "categorieen", "productgroep", "groep"),
    "image_url": ("image", "image url", "afbeelding", "afbeelding url", "foto", "picture", "image link"),
    "url": ("url", "product url", "link", "product link", "productlink", "webadres"),
    "stock": ("stock", "voorraad", "inventory", "in stock", "op voorraad", "stock level"),
}
"""Per product field, the headers (folded, spaces dropped when compared) that name its column."""

_CURRENCY_SIGNS = {"€": "EUR", "$": "USD", "£": "GBP"}
_SEPARATORS = (";", ",", "\t")


class CsvUnusable(ValueError):
    """The file as a whole cannot be read as products (no name column, not text, empty)."""


@dataclass(frozen=True)
class RowProblem:
    """One row left out: its line in the file (the header is line 1) and why."""

    line: int
    reason: str


@dataclass(frozen=True)
class ImportReport:
    """What an import did.

    Attributes:
        stored: products added and overwritten.
        problems: the rows left out, in file order.
        columns: which header went to which field.
        ignored: headers no field was found for.
        notes: remarks on the file as a whole (its encoding, for instance).
    """

    stored: Stored
    problems: list[RowProblem]
    columns: dict[str, str]
    ignored: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def import_csv(path: Path, store: CatalogueStore, clock: Callable[[], float] = time.time) -> ImportReport:
    """Read ``path`` and store its products; ``CsvUnusable`` when it holds no usable table."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CsvUnusable(f"{path}: cannot be read ({exc.strerror or exc})") from None
    return import_text(data, f"csv:{path.name}", store, clock)


def import_text(
    data: bytes, source: str, store: CatalogueStore, clock: Callable[[], float] = time.time
) -> ImportReport:
    """Store the products of CSV ``data``; ``source`` is kept with each product."""
    text, notes = _decode(data)
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise CsvUnusable("the file is empty: the first line must name the columns")
    separator = max(_SEPARATORS, key=lines[0].count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    header = next(reader)
    columns = _columns(header)
    if "name" not in columns.values():
        raise CsvUnusable(f"no column for the product name (such as Name or Naam); the headers are {_listed(header)}")
    if not {"product_id", "sku", "ean"} & set(columns.values()):
        raise CsvUnusable(
            f"no column for a product id, SKU or EAN (such as Artikelnummer or EAN); the headers are {_listed(header)}"
        )
    positions = {name: position for position, name in enumerate(header) if name in columns}
    now = clock()
    products: dict[str, Product] = {}
    problems: list[RowProblem] = []
    line = reader.line_num
    for row in reader:
        start, line = line + 1, reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        values = {columns[name]: row[position].strip() for name, position in positions.items() if position < len(row)}
        try:
            product = _product(values, source, now)
        except ValueError as exc:
            problems.append(RowProblem(start, str(exc)))
            continue
        products[product.key] = product
    stored = store.upsert(products.values())
    ignored = [name for name in header if name not in columns and name.strip()]
    return ImportReport(stored, problems, columns, ignored, notes)


def parse_price(text: str) -> tuple[Decimal | None, str]:
    """An amount as spreadsheets write it, and the currency its sign names (``"€ 1.234,50"`` -> 1234.50, EUR).

    With both a comma and a point, the later one is the decimal separator; a lone comma is
    one (Dutch spreadsheets), as is a lone point; repeated ones group thousands.
    """
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    currency = ""
    for sign, name in _CURRENCY_SIGNS.items():
        if sign in cleaned:
            cleaned, currency = cleaned.replace(sign, ""), name
    for name in ("EUR", "USD", "GBP"):
        if cleaned.upper().startswith(name) or cleaned.upper().endswith(name):
            cleaned, currency = cleaned.upper().replace(name, ""), name
    if cleaned.endswith((",-", ".-")):  # "12,-": twelve whole euros
        cleaned = cleaned[:-2]
    if not cleaned:
        return None, currency
    if "," in cleaned and "." in cleaned:
        thousands = "." if cleaned.rfind(",") > cleaned.rfind(".") else ","
        cleaned = cleaned.replace(thousands, "").replace(",", ".")
    elif cleaned.count(",") == 1:
        cleaned = cleaned.replace(",", ".")
    elif cleaned.count(",") > 1 or cleaned.count(".") > 1:
        cleaned = cleaned.replace(",", "").replace(".", "")
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"the price {text!r} is not an amount") from None
    if not number.is_finite() or number < 0:
        raise ValueError(f"the price {text!r} is not an amount of zero or more")
    return number, currency


def _product(values: dict[str, str], source: str, now: float) -> Product:
    """One product from one row's values by field; ``ValueError`` says why the row is left out."""
    name = values.get("name", "")
    if not name:
        raise ValueError("no product name")
    product_id, sku, ean = values.get("product_id", ""), values.get("sku", ""), code(values.get("ean", ""))
    if ean and "e" in ean and not ean.isdigit():
        raise ValueError(
            f"the EAN {values['ean']!r} was shortened by the spreadsheet to a number with an exponent: "
            "format the column as text and export again"
        )
    if ean and not gtin_check_digit_ok(ean):
        raise ValueError(f"the EAN {values['ean']!r} is not 8, 12, 13 or 14 digits with a correct check digit")
    if not (product_id or sku or ean):
        raise ValueError("no product id, SKU or EAN to know the product by")
    price, sign = parse_price(values.get("unit_price", ""))
    key = f"id:{product_id}" if product_id else f"sku:{sku}" if sku else f"ean:{ean}"
    return Product(
        key=key,
        name=name,
        product_id=product_id,
        sku=sku,
        ean=ean,
        unit_price=price,
        currency=(values.get("currency", "") or sign).upper(),
        brand=values.get("brand", ""),
        category=values.get("category", ""),
        image_url=values.get("image_url", ""),
        url=values.get("url", ""),
        stock=_stock(values.get("stock", "")),
        source=source,
        refreshed_at=now,
    )


def _stock(text: str) -> int | None:
    if not text:
        return None
    try:
        number = Decimal(text.replace(",", "."))
    except InvalidOperation:
        raise ValueError(f"the stock {text!r} is not a whole number") from None
    if not number.is_finite() or number != number.to_integral_value():
        raise ValueError(f"the stock {text!r} is not a whole number")
    return int(number)


def _columns(header: list[str]) -> dict[str, str]:
    """Header -> product field, the first header of each field winning."""
    wanted = {synonym.replace(" ", ""): name for name, synonyms in HEADERS.items() for synonym in synonyms}
    columns: dict[str, str] = {}
    for title in header:
        name = wanted.get(fold(title).replace(" ", ""))
        if name is not None and name not in columns.values():
            columns[title] = name
    return columns


def _decode(data: bytes) -> tuple[str, list[str]]:
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), ["the file is not UTF-8; it was read as Windows-1252"]


def _listed(header: list[str]) -> str:
    return ", ".join(repr(name) for name in header) or "none"
