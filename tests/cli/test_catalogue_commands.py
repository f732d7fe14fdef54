"""``orderdesk catalogue import / pull / search``: what they print and their exit statuses."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from orderdesk.cli import main
from orderdesk.config.profiles import ProfileStore
from orderdesk.sandbox import catalogue as seeded
from orderdesk.sandbox.api import SECRET
from orderdesk.sandbox.server import RunningSandbox
from tests.client_support import profile_for

CSV = "\ufeffArtikelnummer;Naam;Prijs;EAN\nKB-200;Koffiebeker blauw;7,50;4006381333931\n;Zonder code;1,00;\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(["catalogue", *argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_import_reports_the_rows_left_out_and_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "producten.csv"
    path.write_text(CSV, encoding="utf-8")
    status, out, _ = run(capsys, "import", str(path))
    assert (status, out) == (1, "imported 1 products (1 new, 0 updated)\nline 3: no product id, SKU or EAN to know "
                                "the product by\n")
    status, out, _ = run(capsys, "search", "koffie")
    assert (status, out) == (0, "KB-200 4006381333931  Koffiebeker blauw  7.50\n")


def test_import_of_an_unusable_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "leeg.csv"
    path.write_text("Prijs;Voorraad\n1;2\n", encoding="utf-8")
    status, _, err = run(capsys, "import", str(path))
    assert status == 2 and "no column for the product name" in err and "Nothing was imported." in err
    assert run(capsys, "import", str(tmp_path / "missing.csv"))[0] == 2


def test_search_json_and_nothing_found(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "producten.csv"
    path.write_text(CSV, encoding="utf-8")
    run(capsys, "import", str(path))
    status, out, _ = run(capsys, "search", "kofiebeker", "--json")
    [found] = json.loads(out)
    assert status == 0 and (found["sku"], found["unit_price"], found["stock"]) == ("KB-200", "7.50", None)
    assert run(capsys, "search", "xqzw")[:2] == (1, "")


@pytest.fixture
def profiles(secret_service: Any, sandbox: RunningSandbox) -> ProfileStore:
    store = ProfileStore()
    store.add(profile_for(sandbox, "bigcommerce", name="shop"), SECRET)
    store.add(profile_for(sandbox, "dropday", name="dropday"), SECRET)
    return store


def test_pull_prints_each_page_and_exits_0(profiles: ProfileStore, capsys: pytest.CaptureFixture[str]) -> None:
    variants = sum(len(product["variants"]) for product in seeded.products())
    status, out, _ = run(capsys, "pull", "--profile", "shop")
    lines = out.splitlines()
    assert status == 0 and lines[0].startswith("page 1 of 2: ")
    assert lines[-1] == f"pulled {variants} products ({variants} new, 0 updated) from 2 pages"
    assert SECRET not in out
    assert run(capsys, "search", seeded.products()[0]["sku"])[0] == 0


def test_pull_refuses_other_apis_and_unknown_profiles(
    profiles: ProfileStore, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(capsys, "pull", "--profile", "dropday")
    assert status == 2 and "only BigCommerce catalogues" in err
    assert run(capsys, "pull", "--profile", "nobody")[0] == 2
