"""CSV import of spreadsheet exports: Dutch headers, ``;``, comma decimals, a BOM, bad rows by line."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from orderdesk.catalogue.csv_import import CsvUnusable, RowProblem, import_csv, parse_price
from orderdesk.catalogue.search import Catalogue
from orderdesk.catalogue.sqlite_store import SqliteCatalogue

MESSY = (
    "\ufeffArtikelnummer;Naam;Prijs;EAN;Merk;Categorie;Voorraad;Afbeelding;URL;Opmerking\r\n"
    "KB-200;Koffiebeker blauw;7,50;4006381333931;Hema;Keuken;12;https://x.example/kb.jpg;https://x.example/kb;\r\n"
    'TP-300;"Theepot; Delfts blauw";€ 1.039,95;;Royal Delft;Keuken;3;;;"met ""deksel"""\r\n'
    ";Naamloos zonder code;1,00;;;;;;;\r\n"
    "MK-400;;6,00;;;;;;;\r\n"
    "SP-500;Spiegel rond;59,-;;;;;;;\r\n"
    "\r\n"
    "VZ-600;Vaas;twaalf;;;;;;;\r\n"
    "BD-700;Bord;4,25;8712345678901;;;;;;\r\n"
    "DK-800;Deken;45,00;8,71235E+12;;;;;;\r\n"
    "KS-900;Kussen;19,95;;;;2,5;;;\r\n"
)


@pytest.fixture
def store(tmp_path: Path) -> SqliteCatalogue:
    return SqliteCatalogue(tmp_path / "catalogue.sqlite3")


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "producten.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_a_messy_dutch_export_keeps_the_good_rows_and_names_the_bad_lines(
    tmp_path: Path, store: SqliteCatalogue
) -> None:
    report = import_csv(write(tmp_path, MESSY), store)
    assert (report.stored.added, report.stored.updated) == (3, 0)
    assert report.problems == [
        RowProblem(4, "no product id, SKU or EAN to know the product by"),
        RowProblem(5, "no product name"),
        RowProblem(8, "the price 'twaalf' is not an amount"),
        RowProblem(9, "the EAN '8712345678901' is not 8, 12, 13 or 14 digits with a correct check digit"),
        RowProblem(10, "the EAN '8,71235E+12' was shortened by the spreadsheet to a number with an exponent: "
                       "format the column as text and export again"),
        RowProblem(11, "the stock '2,5' is not a whole number"),
    ]
    assert report.ignored == ["Opmerking"]
    catalogue = Catalogue(store)
    [mug] = catalogue.search("4006381333931")
    assert (mug.sku, mug.name, mug.unit_price, mug.brand, mug.category, mug.stock, mug.image_url, mug.url) == (
        "KB-200", "Koffiebeker blauw", Decimal("7.50"), "Hema", "Keuken", 12, "https://x.example/kb.jpg",
        "https://x.example/kb",
    )
    assert mug.source == "csv:producten.csv"
    [pot] = catalogue.search("delfts")
    assert (pot.name, pot.unit_price, pot.currency) == ("Theepot; Delfts blauw", Decimal("1039.95"), "EUR")
    assert catalogue.search("spiegel")[0].unit_price == Decimal("59")


def test_a_reimport_updates_by_sku(tmp_path: Path, store: SqliteCatalogue) -> None:
    import_csv(write(tmp_path, MESSY), store)
    again = "sku,name,price\nKB-200,Koffiebeker blauw XL,8.25\nNEW-1,Nieuw,1.00\n"
    report = import_csv(write(tmp_path, again, name="update.csv"), store)
    assert (report.stored.added, report.stored.updated, report.problems) == (1, 1, [])
    [mug] = Catalogue(store).search("KB-200")
    assert (mug.name, mug.unit_price, mug.source) == ("Koffiebeker blauw XL", Decimal("8.25"), "csv:update.csv")
    assert mug.ean == ""  # the new file has no EAN column: the product is as the new file says


def test_english_comma_separated_with_quoted_thousands(tmp_path: Path, store: SqliteCatalogue) -> None:
    text = 'Product ID,Name,Unit price,Brand,Stock\n17,"Lamp, large","1,234.50",Ikea,0\n18,Lamp small,12.5,,\n'
    report = import_csv(write(tmp_path, text), store)
    assert report.problems == [] and report.stored.added == 2
    [lamp] = Catalogue(store).search("lamp large")
    assert (lamp.product_id, lamp.unit_price, lamp.stock) == ("17", Decimal("1234.50"), 0)


def test_a_windows_1252_file_is_read_and_said_so(tmp_path: Path, store: SqliteCatalogue) -> None:
    report = import_csv(write(tmp_path, "Artikelnummer;Naam\nCB-1;Crème brûlée\n", encoding="cp1252"), store)
    assert report.notes == ["the file is not UTF-8; it was read as Windows-1252"]
    assert Catalogue(store).search("creme")[0].name == "Crème brûlée"


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("", "the file is empty"),
        ("Artikelnummer;Prijs\nA;1\n", "no column for the product name"),
        ("Naam;Prijs\nMok;1\n", "no column for a product id, SKU or EAN"),
    ],
)
def test_a_file_without_the_columns_it_needs_is_refused(
    tmp_path: Path, store: SqliteCatalogue, text: str, complaint: str
) -> None:
    with pytest.raises(CsvUnusable, match=complaint):
        import_csv(write(tmp_path, text), store)
    assert store.count() == 0


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("12,50", Decimal("12.50"), ""),
        ("12.50", Decimal("12.50"), ""),
        ("€ 1.234,56", Decimal("1234.56"), "EUR"),
        ("1,234.56 USD", Decimal("1234.56"), "USD"),
        ("1.000.000", Decimal("1000000"), ""),
        ("25,-", Decimal("25"), ""),
        ("", None, ""),
    ],
)
def test_prices_as_spreadsheets_write_them(text: str, amount: Decimal | None, currency: str) -> None:
    assert parse_price(text) == (amount, currency)


def test_a_negative_price_is_refused() -> None:
    with pytest.raises(ValueError, match="zero or more"):
        parse_price("-3,00")
