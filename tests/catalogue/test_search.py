"""The catalogue's search: codes, name prefixes and words first, typos after; accents and case ignored."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from orderdesk.catalogue.folding import code, fold
from orderdesk.catalogue.model import Product
from orderdesk.catalogue.search import Catalogue
from orderdesk.catalogue.sqlite_store import SqliteCatalogue
from orderdesk.catalogue.store import open_catalogue
from orderdesk.core.order import Line

PRODUCTS = [
    Product("id:1", "Crème Brûlée-set", product_id="1", sku="CB-100", ean="8712345678906", unit_price=Decimal("24.95"),
            url="https://shop.example/creme", image_url="https://shop.example/creme.jpg", brand="Keukenhof"),
    Product("id:2", "Koffiebeker blauw", product_id="2", sku="KB-200", ean="4006381333931", unit_price=Decimal("7.50")),
    Product("id:3", "Theepot Delfts blauw", product_id="3", sku="TP-300", unit_price=Decimal("39")),
    Product("id:4", "Blauwe mok", product_id="4", sku="MK-400", unit_price=Decimal("6")),
    Product("id:5", "Spiegel rond", product_id="5", sku="SP-500", unit_price=Decimal("59")),
]


@pytest.fixture
def catalogue(tmp_path: Path) -> Iterator[Catalogue]:
    store = SqliteCatalogue(tmp_path / "catalogue.sqlite3")
    store.upsert(PRODUCTS)
    yield Catalogue(store)
    store.close()


def names(products: list[Product]) -> list[str]:
    return [product.name for product in products]


def test_folding_drops_accents_case_and_punctuation() -> None:
    assert fold("Crème Brûlée-SET") == "creme brulee set"
    assert fold("Straße") == "strasse"
    assert code(" cb-100 ") == "cb100"


def test_a_name_prefix_comes_before_a_word_inside_a_name(catalogue: Catalogue) -> None:
    assert names(catalogue.search("blauw")) == ["Blauwe mok", "Koffiebeker blauw", "Theepot Delfts blauw"]


def test_accents_and_case_do_not_matter(catalogue: Catalogue) -> None:
    assert names(catalogue.search("CREME brul")) == ["Crème Brûlée-set"]


def test_every_typed_word_must_match_a_word_start(catalogue: Catalogue) -> None:
    assert names(catalogue.search("delf bla")) == ["Theepot Delfts blauw"]
    assert names(catalogue.search("blauw spiegel")) == []


def test_codes_match_exactly_then_by_prefix(catalogue: Catalogue) -> None:
    assert names(catalogue.search("4006381333931")) == ["Koffiebeker blauw"]
    assert names(catalogue.search("kb200")) == ["Koffiebeker blauw"]
    assert names(catalogue.search("TP-3")) == ["Theepot Delfts blauw"]
    assert names(catalogue.search("3"))[0] == "Theepot Delfts blauw"  # product id 3 exactly


def test_a_brand_is_a_word_too(catalogue: Catalogue) -> None:
    assert names(catalogue.search("keukenhof")) == ["Crème Brûlée-set"]


def test_typos_are_forgiven_after_the_exact_matches(catalogue: Catalogue) -> None:
    assert names(catalogue.search("spiegl")) == ["Spiegel rond"]
    assert names(catalogue.search("kofiebeker")) == ["Koffiebeker blauw"]
    assert names(catalogue.search("theepto delfts")) == ["Theepot Delfts blauw"]
    assert catalogue.search("xqzw") == []


def test_blank_text_finds_nothing(catalogue: Catalogue) -> None:
    assert catalogue.search("  - ") == []


def test_by_ean_finds_only_that_exact_code(catalogue: Catalogue) -> None:
    found = catalogue.by_ean("8712345678906")
    assert found is not None and found.name == "Crème Brûlée-set"
    assert catalogue.by_ean("871234567890") is None
    assert catalogue.by_ean("CB-100") is None


def test_a_new_write_is_seen_by_the_typo_search(catalogue: Catalogue) -> None:
    assert catalogue.search("lampion") == []
    catalogue.search("lampoin")  # loads the vocabulary once
    catalogue.store.upsert([Product("id:9", "Lampion oranje", product_id="9")])
    assert names(catalogue.search("lampoin")) == ["Lampion oranje"]


def test_upsert_overwrites_by_key_and_counts(tmp_path: Path) -> None:
    store = open_catalogue(tmp_path / "c.sqlite3")
    assert store.upsert(PRODUCTS[:2]).added == 2
    changed = Product("id:2", "Koffiebeker rood", product_id="2", sku="KB-200", unit_price=Decimal("8.00"))
    stored = store.upsert([changed, PRODUCTS[2]])
    assert (stored.added, stored.updated, store.count()) == (1, 1, 3)
    [found] = Catalogue(store).search("koffiebeker")
    assert (found.name, found.unit_price) == ("Koffiebeker rood", Decimal("8.00"))
    assert Catalogue(store).search("koffiebeker blauw") == []  # the old words left the index
    store.close()


def test_the_default_file_sits_next_to_the_journal(orderdesk_home: Path) -> None:
    from orderdesk.config.home import data_dir

    store = open_catalogue()
    store.upsert(PRODUCTS[:1])
    store.close()
    assert (data_dir() / "catalogue.sqlite3").exists()


def test_a_product_fills_a_line_but_keeps_its_quantity() -> None:
    line = Line(quantity=Decimal(3), supplier="Own stock")
    PRODUCTS[0].fill(line)
    assert line.model_dump(include={"external_id", "sku", "ean", "name", "unit_price", "url", "image_url", "brand",
                                    "quantity", "supplier"}) == {
        "external_id": "1", "sku": "CB-100", "ean": "8712345678906", "name": "Crème Brûlée-set",
        "unit_price": Decimal("24.95"), "url": "https://shop.example/creme",
        "image_url": "https://shop.example/creme.jpg", "brand": "Keukenhof", "quantity": Decimal(3),
        "supplier": "Own stock",
    }
