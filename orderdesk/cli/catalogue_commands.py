"""``orderdesk catalogue``: fill the product catalogue and search it from a terminal.

``import FILE.csv`` reads a spreadsheet export (Dutch or English headers, ``;`` or ``,``,
comma or point decimals), ``pull --profile P`` fetches a BigCommerce store's catalogue page
by page, ``search TEXT`` prints the best matches as the window suggests them. Exit statuses:
0 done (``search``: something found), 1 ``import`` left rows out, ``pull`` stopped early
(what it fetched is kept), ``search`` found nothing, 2 the file, the profile or the catalogue
cannot be used, 3 (``pull``) no usable keyring or no access token stored.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import threading
from decimal import Decimal
from pathlib import Path
from typing import Any

from orderdesk.catalogue.model import Product
from orderdesk.catalogue.store import CATALOGUE_FILE, CatalogueStore, open_catalogue
from orderdesk.config.home import data_dir

EXIT_OK, EXIT_PARTLY, EXIT_UNUSABLE, EXIT_KEYRING = 0, 1, 2, 3


def register(subparsers: Any) -> None:
    """Add ``catalogue`` and its actions to the command line."""
    catalogue = subparsers.add_parser(
        "catalogue",
        help="import, pull and search the product catalogue the order table suggests from",
        description="The local product catalogue. Exit 0 when done (search: something found), 1 when import "
        "left rows out, pull stopped early or search found nothing, 2 when the file, profile or catalogue "
        "cannot be used, 3 when pull has no usable keyring or access token.",
    )
    actions = catalogue.add_subparsers(dest="catalogue_action", metavar="ACTION", required=True)
    importing = actions.add_parser(
        "import",
        help="add or update products from a CSV export of a spreadsheet",
        description="Add or update products from FILE, a CSV export of a spreadsheet (Dutch or English headers, "
        "';' or ',' between columns, comma or point decimals); each line left out is printed with why. Exit 0 "
        "every row imported, 1 some rows left out (the others are imported), 2 FILE cannot be read as products "
        "or the catalogue cannot be opened or written (nothing imported).",
    )
    importing.add_argument("file", metavar="FILE")
    importing.set_defaults(run=run_import)
    pulling = actions.add_parser(
        "pull",
        help="fetch a BigCommerce store's catalogue (every page)",
        description="Fetch every page of a BigCommerce profile's catalogue into the local one, a line per page; "
        "each page is kept as it arrives. Exit 0 every page fetched, 1 stopped early by Ctrl+C or by the store "
        "(the access token refused, an error answer, no connection; the pages fetched so far are kept), 2 the "
        "profile is unknown or not a BigCommerce one, or the profiles file or the catalogue cannot be used, "
        "3 no usable system keyring or no access token stored.",
    )
    pulling.add_argument("--profile", required=True, metavar="NAME", help="a BigCommerce profile")
    pulling.set_defaults(run=run_pull)
    searching = actions.add_parser(
        "search",
        help="the best matches for TEXT (name, SKU, EAN, product id)",
        description="Print the best matches for TEXT (name, SKU, EAN or product id) in the local catalogue, as "
        "the order table suggests them. Exit 0 something found, 1 nothing found, 2 the catalogue cannot be "
        "opened or read.",
    )
    searching.add_argument("text", metavar="TEXT")
    searching.add_argument("--limit", type=int, default=10, metavar="N", help="at most N matches (10)")
    searching.add_argument("--json", action="store_true", help="print the matches as a JSON list for scripts")
    searching.set_defaults(run=run_search)


def run_import(args: argparse.Namespace) -> int:
    """Import one CSV file and say what was stored and which lines were left out."""
    from orderdesk.catalogue.csv_import import CsvUnusable, import_csv

    store = _open()
    if store is None:
        return EXIT_UNUSABLE
    try:
        report = import_csv(Path(args.file), store)
    except CsvUnusable as exc:
        _complain(f"{args.file}: {exc}", "Nothing was imported.")
        return EXIT_UNUSABLE
    except sqlite3.Error as exc:  # one transaction: rolled back
        _unusable(exc, "Nothing was imported.")
        return EXIT_UNUSABLE
    finally:
        store.close()
    for note in report.notes:
        print(f"note: {note}")
    print(f"imported {report.stored.added + report.stored.updated} products "
          f"({report.stored.added} new, {report.stored.updated} updated)")
    if report.ignored:
        print(f"columns not used: {', '.join(report.ignored)}")
    for problem in report.problems:
        print(f"line {problem.line}: {problem.reason}")
    return EXIT_PARTLY if report.problems else EXIT_OK


def run_pull(args: argparse.Namespace) -> int:
    """Pull a BigCommerce profile's catalogue, one progress line per page; Ctrl+C stops after the page."""
    from orderdesk.catalogue.bigcommerce import PULLS_FROM, PullProgress, pull_bigcommerce
    from orderdesk.config.credentials import Credentials, KeyringUnavailable
    from orderdesk.config.profiles import ConfigError, ProfileStore, UnknownProfile
    from orderdesk.transport.replies import MissingSecret

    try:
        profile = ProfileStore().get(args.profile)
    except (UnknownProfile, ConfigError) as exc:
        _complain(str(exc))
        return EXIT_UNUSABLE
    if profile.target != PULLS_FROM:
        _complain(f"{profile.name} is a {profile.target} profile; only BigCommerce catalogues can be pulled")
        return EXIT_UNUSABLE
    secrets = Credentials()
    try:
        secrets.check_backend()
    except KeyringUnavailable as exc:
        _complain(str(exc))
        return EXIT_KEYRING
    store = _open()
    if store is None:
        return EXIT_UNUSABLE

    def show(progress: PullProgress) -> None:
        print(f"page {progress.page} of {progress.pages}: {progress.products} products", flush=True)

    cancel = threading.Event()
    try:
        report = pull_bigcommerce(profile, secrets, store, progress=show, cancel=cancel)
    except MissingSecret as exc:
        _complain(str(exc))
        return EXIT_KEYRING
    except KeyboardInterrupt:
        _complain("stopped; the pages fetched so far are kept")
        return EXIT_PARTLY
    except sqlite3.Error as exc:
        _unusable(exc)
        return EXIT_UNUSABLE
    finally:
        store.close()
    stored = report.stored
    print(f"pulled {stored.added + stored.updated} products ({stored.added} new, {stored.updated} updated) "
          f"from {report.pages} pages")
    if report.error:
        _complain(f"stopped early: {report.error}", "The pages fetched so far are kept.")
        return EXIT_PARTLY
    return EXIT_OK


def run_search(args: argparse.Namespace) -> int:
    """Print the best matches, one per line (or as JSON)."""
    from orderdesk.catalogue.search import Catalogue

    store = _open()
    if store is None:
        return EXIT_UNUSABLE
    try:
        found = Catalogue(store).search(args.text, limit=max(args.limit, 1))
    except sqlite3.Error as exc:
        _unusable(exc)
        return EXIT_UNUSABLE
    finally:
        store.close()
    if args.json:
        print(json.dumps([_product_json(product) for product in found], ensure_ascii=False, indent=2))
    else:
        for product in found:
            print(describe(product))
    return EXIT_OK if found else EXIT_PARTLY


def describe(product: Product) -> str:
    """One product on one line: codes, name, price and stock."""
    codes = " ".join(part for part in (product.sku, product.ean) if part)
    currency = f"{product.currency} " if product.currency else ""
    price = "" if product.unit_price is None else f"  {currency}{product.unit_price:.2f}"
    stock = "" if product.stock is None else f"  stock {product.stock}"
    return f"{codes}  {product.name}{price}{stock}".strip()


def _product_json(product: Product) -> dict[str, Any]:
    fields = {name: getattr(product, name) for name in product.__dataclass_fields__}
    return {name: format(value, "f") if isinstance(value, Decimal) else value for name, value in fields.items()}


def _open() -> CatalogueStore | None:
    try:
        return open_catalogue()
    except (OSError, sqlite3.Error) as exc:
        _complain(f"the catalogue cannot be opened ({exc})")
        return None


def _unusable(error: sqlite3.Error, *more: str) -> None:
    """A catalogue that opened but fails a query (damaged): say so, and that it can simply be made again."""
    _complain(
        f"the catalogue {data_dir() / CATALOGUE_FILE} cannot be read or written ({error})",
        *more,
        "It holds only copies of products: move it aside, then import or pull again to start a new one.",
    )


def _complain(*lines: str) -> None:
    for line in lines:
        print(f"orderdesk: {line}", file=sys.stderr)
