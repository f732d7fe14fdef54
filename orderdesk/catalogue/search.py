"""Finding products as a person types: codes first, then names that start so, words, then typos.

The order of suggestions is what makes typing less: a scanned or typed EAN, SKU or product
id exactly; a name that starts with what was typed; a code that starts so; names holding
every typed word (at a word start); and only when those leave room, the same with each word
that no product has corrected to the nearest words the catalogue does have (``rapidfuzz``
over the catalogue's vocabulary, held in memory and reloaded when the store changes). Words
rather than whole names are compared, which keeps a typo search at 50,000 products in
milliseconds.
"""

from __future__ import annotations

import bisect
import threading

from rapidfuzz import fuzz, process

from orderdesk.catalogue.folding import code, fold
from orderdesk.catalogue.model import Product
from orderdesk.catalogue.store import CatalogueStore

WORD_CANDIDATES = 200
"""Word matches read from the index before ranking: enough to rank, few enough to stay fast."""
TYPO_CUTOFF = 75.0
"""The lowest rapidfuzz ratio (0-100) at which a known word stands in for a typed one."""
TYPO_CHOICES = 3
"""How many known words may stand in for one typed word."""
TYPO_MIN_LENGTH = 3
"""Words shorter than this are never corrected: they are prefixes still being typed."""


class Catalogue:
    """Searches one ``CatalogueStore``; safe from any thread (the window searches off its own)."""

    def __init__(self, store: CatalogueStore) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._vocabulary: tuple[int, list[str], list[str]] | None = None  # generation, all words, letter words

    def search(self, text: str, limit: int = 8) -> list[Product]:
        """The best ``limit`` products for ``text``, best first; none for blank text."""
        typed_code, folded = code(text), fold(text)
        if not typed_code:
            return []
        found: dict[str, Product] = {}

        def full(products: list[Product]) -> bool:
            for product in products:
                found.setdefault(product.key, product)
            return len(found) >= limit

        prefixes = folded.split()
        steps = (
            lambda: self.store.with_code(typed_code, limit),
            lambda: self.store.with_name_prefix(folded, limit),
            lambda: self.store.with_code_prefix(typed_code, limit) if len(typed_code) >= 2 else [],
            lambda: _ranked(self.store.with_words([[prefix] for prefix in prefixes], WORD_CANDIDATES), prefixes),
            lambda: self._with_typos(prefixes),
        )
        for step in steps:
            if full(step()):
                break
        return list(found.values())[:limit]

    def by_ean(self, ean: str) -> Product | None:
        """The product a scanner's EAN (or UPC/GTIN) names, if the catalogue has exactly that code."""
        wanted = code(ean)
        if not wanted.isdigit():
            return None
        return next((product for product in self.store.with_code(wanted, 4) if code(product.ean) == wanted), None)

    def _with_typos(self, prefixes: list[str]) -> list[Product]:
        """Word matches with each word no product has replaced by the nearest ones some product has."""
        known, letters = self._words()
        choices: list[list[str]] = []
        corrected = False
        for prefix in prefixes:
            at = bisect.bisect_left(known, prefix)
            if (at < len(known) and known[at].startswith(prefix)) or len(prefix) < TYPO_MIN_LENGTH:
                choices.append([prefix])
                continue
            near = process.extract(
                prefix, letters, scorer=fuzz.ratio, processor=None, limit=TYPO_CHOICES, score_cutoff=TYPO_CUTOFF
            )
            if not near:
                return []
            choices.append([word for word, _, _ in near])
            corrected = True
        if not corrected:
            return []
        found = self.store.with_words(choices, WORD_CANDIDATES)
        return _ranked(found, [group[0] for group in choices])

    def _words(self) -> tuple[list[str], list[str]]:
        """The catalogue's words (sorted), and those without digits (codes are not typo-corrected)."""
        generation = self.store.generation()
        with self._lock:
            if self._vocabulary is None or self._vocabulary[0] != generation:
                known = self.store.vocabulary()
                self._vocabulary = (generation, known, [word for word in known if not any(c.isdigit() for c in word)])
            return self._vocabulary[1], self._vocabulary[2]


def _ranked(products: list[Product], prefixes: list[str]) -> list[Product]:
    """Word matches, those whose name (not brand or code) holds the typed words first, shorter names first."""

    def score(product: Product) -> tuple[int, int, int, str]:
        name_words = fold(product.name).split()
        in_name = sum(any(word.startswith(prefix) for word in name_words) for prefix in prefixes)
        whole = sum(prefix in name_words for prefix in prefixes)
        return (-in_name, -whole, len(product.name), product.name)

    return sorted(products, key=score)
