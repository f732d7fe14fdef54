"""Pulling a BigCommerce catalogue from the sandbox on loopback: pages, variants, a 429 waited out, cancel."""

from __future__ import annotations

import threading
import time
from decimal import Decimal
from pathlib import Path

import pytest
import requests

from orderdesk.catalogue.bigcommerce import PAGE_SIZE, PullProgress, pull_bigcommerce
from orderdesk.catalogue.search import Catalogue
from orderdesk.catalogue.sqlite_store import SqliteCatalogue
from orderdesk.sandbox import catalogue as seeded
from orderdesk.sandbox.server import RunningSandbox
from orderdesk.transport.replies import MissingSecret
from tests.client_support import MemorySecrets, inject, profile_for, secrets_for

VARIANTS = sum(len(product["variants"]) for product in seeded.products())
PAGES = -(-seeded.PRODUCT_COUNT // PAGE_SIZE)


@pytest.fixture
def store(tmp_path: Path) -> SqliteCatalogue:
    return SqliteCatalogue(tmp_path / "catalogue.sqlite3")


def test_the_seeded_catalogue_spans_several_pages_with_variants() -> None:
    assert PAGES >= 2 and VARIANTS > seeded.PRODUCT_COUNT
    assert seeded.products() == seeded.products()


def test_every_page_and_variant_arrives_with_a_429_in_the_middle_waited_out(
    sandbox: RunningSandbox, store: SqliteCatalogue
) -> None:
    profile = profile_for(sandbox, "bigcommerce")
    seen: list[PullProgress] = []

    def progress(step: PullProgress) -> None:
        seen.append(step)
        if step.page == 1:  # the next request, page 2, is refused once
            inject(sandbox, "bigcommerce", "429", retry_after=1)

    started = time.monotonic()
    report = pull_bigcommerce(profile, secrets_for(profile), store, progress=progress)
    assert (report.pages, report.error, report.cancelled) == (PAGES, "", False)
    assert (report.stored.added, store.count()) == (VARIANTS, VARIANTS)
    assert [step.page for step in seen] == list(range(1, PAGES + 1))
    assert seen[-1].products == VARIANTS
    assert sandbox.state.faults.remaining("bigcommerce") == 0  # the 429 was answered, and page 2 asked again
    assert time.monotonic() - started >= 1.0  # after the Retry-After of 1 s

    sized = next(product for product in seeded.products() if len(product["variants"]) == 3)
    found = Catalogue(store).search(sized["variants"][1]["sku"])
    assert found[0].name == f"{sized['name']} – M"
    assert found[0].product_id == str(sized["id"])
    assert found[0].ean == sized["variants"][1]["upc"]
    assert found[0].unit_price == Decimal(str(sized["price"])) + 2
    assert found[0].url == f"{seeded.STOREFRONT}{sized['custom_url']['url']}"
    assert found[0].currency == "EUR" and found[0].stock == sized["variants"][1]["inventory_level"]


def test_a_second_pull_updates_instead_of_adding(sandbox: RunningSandbox, store: SqliteCatalogue) -> None:
    profile = profile_for(sandbox, "bigcommerce")
    pull_bigcommerce(profile, secrets_for(profile), store)
    again = pull_bigcommerce(profile, secrets_for(profile), store)
    assert (again.stored.added, again.stored.updated, store.count()) == (0, VARIANTS, VARIANTS)


def test_cancel_stops_after_the_page_in_hand_and_keeps_it(sandbox: RunningSandbox, store: SqliteCatalogue) -> None:
    profile = profile_for(sandbox, "bigcommerce")
    cancel = threading.Event()
    report = pull_bigcommerce(profile, secrets_for(profile), store, progress=lambda _: cancel.set(), cancel=cancel)
    assert report.cancelled and report.pages == 1
    assert 0 < store.count() < VARIANTS


def test_a_refused_token_ends_the_pull_with_the_reason(sandbox: RunningSandbox, store: SqliteCatalogue) -> None:
    profile = profile_for(sandbox, "bigcommerce")
    report = pull_bigcommerce(profile, secrets_for(profile, "wrong"), store)
    assert "refused the access token" in report.error and store.count() == 0
    with pytest.raises(MissingSecret):
        pull_bigcommerce(profile, MemorySecrets(), store)


def test_the_sandbox_pages_as_bigcommerce_documents(sandbox: RunningSandbox) -> None:
    url = f"{sandbox.base_url('bigcommerce')}/stores/store1/v3/catalog/products"
    answer = requests.get(url, params={"limit": 100, "page": 4}, headers={"X-Auth-Token": "sandbox"}, timeout=5)
    body = answer.json()
    assert answer.status_code == 200 and "X-Rate-Limit-Requests-Left" in answer.headers
    assert body["meta"]["pagination"] == {
        "total": seeded.PRODUCT_COUNT, "count": seeded.PRODUCT_COUNT - 300, "per_page": 100, "current_page": 4,
        "total_pages": 4, "links": {"current": "?page=4&limit=100"},
    }
    assert "variants" not in body["data"][0]  # only with include=variants
    assert requests.post(url, headers={"X-Auth-Token": "sandbox"}, timeout=5).status_code == 405
