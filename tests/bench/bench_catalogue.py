"""Benchmark: suggestions while typing and a spreadsheet import, at 50,000 products.

``run()`` writes a Dutch-style CSV export (``;``, comma decimals, a BOM) of 50,000 seeded
products to a temporary folder, imports it through ``import_csv`` (``catalogue_import_50k_s``),
then times ``Catalogue.search`` for what a person types key by key: names letter by letter,
SKUs, whole EANs as a scanner sends them, and names with a typo. ``catalogue_search_50k_ms``
is the median of all those (goal: under 16 ms, one frame); the p95 and the typo median are
reported beside it. Run it as ``uv run python tests/bench/run.py catalogue``.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

from orderdesk.catalogue.csv_import import import_csv
from orderdesk.catalogue.search import Catalogue
from orderdesk.catalogue.sqlite_store import SqliteCatalogue

PRODUCTS = 50_000
KINDS = ("mok", "beker", "theepot", "schaal", "bord", "glas", "kan", "lamp", "kaars", "vaas", "deken", "kussen",
         "mand", "sjaal", "muts", "handdoek", "spiegel", "klok", "onderzetter", "dienblad", "koffiemolen", "ketel")
STYLES = ("noorder", "zuiderzee", "crème", "havenlicht", "duin", "polder", "grachten", "wadden", "tulp", "delfts",
          "brûlée", "fjord", "linnen", "eiken", "marmer")
COLOURS = ("blauw", "rood", "groen", "okergeel", "zwart", "wit", "terracotta", "zeegroen", "grijs", "roze")
BRANDS = ("Hema", "Blokker", "Bloomingville", "Royal Delft", "Kähler", "Iittala", "Brabantia", "Zuiver")


def _ean(number: int) -> str:
    digits = f"87{number:010d}"
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return digits + str((10 - total % 10) % 10)


def _names(generator: random.Random) -> list[str]:
    return [
        f"{generator.choice(STYLES).title()} {generator.choice(KINDS)} {generator.choice(COLOURS)} {number % 40 + 1}"
        for number in range(PRODUCTS)
    ]


def _write_csv(path: Path, names: list[str], generator: random.Random) -> None:
    rows = ["Artikelnummer;Naam;Prijs;EAN;Merk;Voorraad"]
    for number, name in enumerate(names):
        price = f"{generator.randrange(100, 20000) / 100:.2f}".replace(".", ",")
        rows.append(f"SKU-{number:06d};{name};{price};{_ean(number)};{generator.choice(BRANDS)};{number % 50}")
    path.write_text("\ufeff" + "\r\n".join(rows) + "\r\n", encoding="utf-8")


def _typing(names: list[str], generator: random.Random) -> tuple[list[str], list[str]]:
    """Texts as they stand after each key press, and typo'd names."""
    typed: list[str] = []
    for name in generator.sample(names, 30):
        words = name.split()[:2]
        text = " ".join(words)
        typed.extend(text[:length] for length in range(1, len(text) + 1))
    for number in generator.sample(range(PRODUCTS), 20):
        sku = f"SKU-{number:06d}"
        typed.extend(sku[:length] for length in range(3, len(sku) + 1))
        typed.append(_ean(number))
    typos = []
    for name in generator.sample(names, 40):
        style, kind = name.split()[:2]
        cut = generator.randrange(1, len(kind) - 1)
        typos.append(f"{style} {kind[:cut]}{kind[cut + 1:]}")  # one letter dropped
    return typed, typos


def _timings(catalogue: Catalogue, texts: list[str]) -> list[float]:
    timings = []
    for text in texts:
        started = time.perf_counter()
        catalogue.search(text)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def run() -> dict[str, float]:
    """Import seconds, and median and p95 milliseconds per suggestion, at 50,000 products."""
    generator = random.Random(13)
    names = _names(generator)
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "producten.csv"
        _write_csv(source, names, generator)
        store = SqliteCatalogue(Path(folder) / "catalogue.sqlite3")
        try:
            started = time.perf_counter()
            report = import_csv(source, store)
            imported = time.perf_counter() - started
            assert report.stored.added == PRODUCTS and not report.problems, report.problems[:3]
            catalogue = Catalogue(store)
            typed, typos = _typing(names, generator)
            catalogue.search("warm up")  # loads the vocabulary once, as the window's first search does
            everything = _timings(catalogue, typed + typos)
            return {
                "catalogue_import_50k_s": round(imported, 3),
                "catalogue_search_50k_ms": round(statistics.median(everything), 3),
                "catalogue_search_50k_p95_ms": round(statistics.quantiles(everything, n=20)[-1], 3),
                "catalogue_search_50k_typo_ms": round(statistics.median(_timings(catalogue, typos)), 3),
            }
        finally:
            store.close()
