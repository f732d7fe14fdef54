"""Where the catalogue's products are kept, behind an interface a second backend can implement.

The search (``orderdesk.catalogue.search``) asks the store only the questions below, each of
which an index answers quickly; the ranking and the typo tolerance happen in Python, the same
for every backend. ``SqliteCatalogue`` is the one there is, a file next to the journal's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from orderdesk.catalogue.model import Product

CATALOGUE_FILE = "catalogue.sqlite3"


@dataclass(frozen=True)
class Stored:
    """What one ``upsert`` did: products new to the catalogue, and products written over."""

    added: int
    updated: int


class CatalogueStore(Protocol):
    """The products, with the lookups search needs. Every method is safe from any thread.

    Codes are compared as ``folding.code`` gives them, names and words as ``folding.fold``.
    """

    def upsert(self, products: Iterable[Product]) -> Stored:
        """Add the products, or overwrite those with the same ``key``; one transaction."""

    def count(self) -> int:
        """How many products the catalogue holds."""

    def generation(self) -> int:
        """A number that changes with every write, so caches of the products know to reload."""

    def with_code(self, code: str, limit: int) -> list[Product]:
        """Products whose EAN, SKU or product id is exactly ``code``."""

    def with_code_prefix(self, code: str, limit: int) -> list[Product]:
        """Products whose EAN, SKU or product id starts with ``code``, shortest code first."""

    def with_name_prefix(self, folded: str, limit: int) -> list[Product]:
        """Products whose folded name starts with ``folded``, in name order."""

    def with_words(self, choices: Sequence[Sequence[str]], limit: int) -> list[Product]:
        """Products with, for each group of ``choices``, a word starting with one of the group's prefixes.

        Words are those of the name, brand, category and codes; ``[["rood"], ["mok", "mokken"]]``
        finds a red mug.
        """

    def vocabulary(self) -> list[str]:
        """Every distinct folded word of the products, sorted, for correcting typos in memory."""

    def close(self) -> None:
        """Release the file; the store cannot be used afterwards."""


def open_catalogue(path: Path | None = None) -> CatalogueStore:
    """The catalogue at ``path``, by default next to the journal in OrderDesk's data folder."""
    from orderdesk.catalogue.sqlite_store import SqliteCatalogue
    from orderdesk.config.home import data_dir

    return SqliteCatalogue(path if path is not None else data_dir() / CATALOGUE_FILE)
