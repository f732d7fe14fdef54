"""``orderdesk catalogue import / pull / search``: what they print and their exit statuses.

Each test of an exit status is marked ``@exits(action, status)``; ``test_help_states_the_exit_statuses_the_tests_run``
checks that each action's ``--help`` states exactly the statuses its tests get.
"""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest

from orderdesk.catalogue.store import CATALOGUE_FILE
from orderdesk.cli import main
from orderdesk.config.home import data_dir
from orderdesk.config.profiles import ProfileStore
from orderdesk.sandbox import catalogue as seeded
from orderdesk.sandbox.api import SECRET
from orderdesk.sandbox.server import RunningSandbox
from tests.client_support import inject, profile_for

CSV = "\ufeffArtikelnummer;Naam;Prijs;EAN\nKB-200;Koffiebeker blauw;7,50;4006381333931\n;Zonder code;1,00;\n"

TESTED: dict[str, set[int]] = {"import": set(), "pull": set(), "search": set()}
"""The exit statuses a test below gets from each action, filled in by ``exits``."""

Test = TypeVar("Test", bound=Callable[..., None])


def exits(action: str, status: int) -> Callable[[Test], Test]:
    """Mark a test as the one (or one of those) that gets ``status`` from ``catalogue ACTION``."""

    def mark(test: Test) -> Test:
        TESTED[action].add(status)
        return test

    return mark


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(["catalogue", *argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@exits("import", 0)
def test_import_of_every_row_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "producten.csv"
    path.write_text("".join(CSV.splitlines(keepends=True)[:2]), encoding="utf-8")  # without the row left out
    assert run(capsys, "import", str(path)) == (0, "imported 1 products (1 new, 0 updated)\n", "")


@exits("import", 1)
def test_import_reports_the_rows_left_out_and_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "producten.csv"
    path.write_text(CSV, encoding="utf-8")
    status, out, _ = run(capsys, "import", str(path))
    assert (status, out) == (1, "imported 1 products (1 new, 0 updated)\nline 3: no product id, SKU or EAN to know "
                                "the product by\n")
    status, out, _ = run(capsys, "search", "koffie")
    assert (status, out) == (0, "KB-200 4006381333931  Koffiebeker blauw  7.50\n")


@exits("import", 2)
def test_import_of_an_unusable_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "leeg.csv"
    path.write_text("Prijs;Voorraad\n1;2\n", encoding="utf-8")
    status, _, err = run(capsys, "import", str(path))
    assert status == 2 and "no column for the product name" in err and "Nothing was imported." in err
    assert run(capsys, "import", str(tmp_path / "missing.csv"))[0] == 2


@exits("search", 0)
@exits("search", 1)
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


@exits("pull", 0)
def test_pull_prints_each_page_and_exits_0(profiles: ProfileStore, capsys: pytest.CaptureFixture[str]) -> None:
    variants = sum(len(product["variants"]) for product in seeded.products())
    status, out, _ = run(capsys, "pull", "--profile", "shop")
    lines = out.splitlines()
    assert status == 0 and lines[0].startswith("page 1 of 2: ")
    assert lines[-1] == f"pulled {variants} products ({variants} new, 0 updated) from 2 pages"
    assert SECRET not in out
    assert run(capsys, "search", seeded.products()[0]["sku"])[0] == 0


@exits("pull", 2)
def test_pull_refuses_other_apis_and_unknown_profiles(
    profiles: ProfileStore, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(capsys, "pull", "--profile", "dropday")
    assert status == 2 and "only BigCommerce catalogues" in err
    assert run(capsys, "pull", "--profile", "nobody")[0] == 2


@exits("pull", 2)
def test_pull_with_a_broken_profiles_file_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    store = ProfileStore()
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text("{not json", encoding="utf-8")
    status, out, err = run(capsys, "pull", "--profile", "shop")
    assert (status, out) == (2, "") and str(store.path) in err


@exits("import", 2)
@exits("pull", 2)
@exits("search", 2)
def test_an_unusable_catalogue_exits_2(
    profiles: ProfileStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (data_dir() / CATALOGUE_FILE).write_bytes(b"this is not a database" * 100)
    path = tmp_path / "producten.csv"
    path.write_text(CSV, encoding="utf-8")
    for argv in (("import", str(path)), ("pull", "--profile", "shop"), ("search", "koffie")):
        status, out, err = run(capsys, *argv)
        assert (status, out) == (2, ""), argv
        assert "the catalogue cannot be opened" in err, argv


@exits("import", 2)
@exits("pull", 2)
@exits("search", 2)
def test_a_catalogue_damaged_after_it_opens_exits_2_in_words(
    profiles: ProfileStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "producten.csv"
    rows = [f"KB-{number};Koffiebeker nummer {number} met een lange naam;7,50;" for number in range(3000)]
    path.write_text("Artikelnummer;Naam;Prijs;EAN\n" + "\n".join(rows) + "\n", encoding="utf-8")
    assert run(capsys, "import", str(path))[0] == 0
    catalogue = data_dir() / CATALOGUE_FILE
    pages = catalogue.stat().st_size // 4096
    with catalogue.open("r+b") as file:  # the last pages overwritten: it opens, then a query meets them
        for page in range(pages - 40, pages - 20):
            file.seek(page * 4096)
            file.write(b"\xff" * 4096)
    for argv in (("import", str(path)), ("search", "KB-2999"), ("pull", "--profile", "shop")):
        status, _, err = run(capsys, *argv)
        assert status == 2, argv
        assert f"the catalogue {catalogue} cannot be read or written" in err, argv
        assert "move it aside, then import or pull again" in err and "Traceback" not in err, argv


@exits("pull", 1)
def test_pull_with_a_refused_access_token_stops_early_and_exits_1(
    secret_service: Any, sandbox: RunningSandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    ProfileStore().add(profile_for(sandbox, "bigcommerce", name="shop"), "not-the-token")
    status, out, err = run(capsys, "pull", "--profile", "shop")
    assert (status, out) == (1, "pulled 0 products (0 new, 0 updated) from 0 pages\n")
    assert "stopped early: BigCommerce refused the access token (401)" in err
    assert "The pages fetched so far are kept." in err


@exits("pull", 1)
def test_pull_stopped_by_ctrl_c_keeps_the_pages_and_exits_1(
    profiles: ProfileStore, sandbox: RunningSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inject(sandbox, "bigcommerce", "latency", seconds=1.0, count=1000)
    log = tmp_path / "pull.out"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "orderdesk", "catalogue", "pull", "--profile", "shop"], stdout=output, stderr=output
        )
    try:
        deadline = time.monotonic() + 30
        while "page 1 of 2" not in log.read_text(encoding="utf-8") and time.monotonic() < deadline:
            assert process.poll() is None, log.read_text(encoding="utf-8")
            time.sleep(0.02)
        process.send_signal(signal.SIGINT)  # while page 2 is asked for
        process.wait(30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)
    text = log.read_text(encoding="utf-8")
    assert process.returncode == 1, text
    assert "stopped; the pages fetched so far are kept" in text and "page 2 of 2" not in text
    assert run(capsys, "search", seeded.products()[0]["sku"])[0] == 0  # page 1 was kept


@exits("pull", 3)
def test_pull_without_a_keyring_exits_3(sandbox: RunningSandbox, capsys: pytest.CaptureFixture[str]) -> None:
    ProfileStore().add(profile_for(sandbox, "bigcommerce", name="shop"))  # no secret: no keyring needed to add it
    status, out, err = run(capsys, "pull", "--profile", "shop")
    assert (status, out) == (3, "") and "No system keyring" in err


@exits("pull", 3)
def test_pull_without_an_access_token_exits_3(
    secret_service: Any, sandbox: RunningSandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    ProfileStore().add(profile_for(sandbox, "bigcommerce", name="shop"))
    status, out, err = run(capsys, "pull", "--profile", "shop")
    assert (status, out) == (3, "") and "shop" in err


@pytest.mark.parametrize("action", sorted(TESTED))
def test_help_states_the_exit_statuses_the_tests_run(action: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["catalogue", action, "--help"])
    words = " ".join(capsys.readouterr().out.split())
    description = re.split(r" (?:positional arguments|options):", words)[0]
    statuses = description[description.index(" Exit ") :]
    stated = {int(number) for number in re.findall(r"(?:Exit|,) (\d)\b", statuses)}
    assert stated == TESTED[action], statuses
