"""The catalogue in SQLite: one table, an FTS5 index of its words, and every statement in this file.

The file sits next to the journal's (its own file, so the journal's migrations and its
future PostgreSQL backend are not tied to it). WAL lets the window's searches read while an
import or a pull writes: the writer and the reader have a connection each.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

from orderdesk.catalogue.folding import code, fold
from orderdesk.catalogue.model import Product
from orderdesk.catalogue.store import Stored

SCHEMA_VERSION = 1

_SCHEMA = (
    # *_code and name_folded are folding.code/fold of the shown values, indexed for the lookups.
    """CREATE TABLE IF NOT EXISTS products (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        product_id TEXT NOT NULL,
        sku TEXT NOT NULL,
        ean TEXT NOT NULL,
        name TEXT NOT NULL,
        unit_price TEXT,
        currency TEXT NOT NULL,
        brand TEXT NOT NULL,
        category TEXT NOT NULL,
        image_url TEXT NOT NULL,
        url TEXT NOT NULL,
        stock INTEGER,
        source TEXT NOT NULL,
        refreshed_at REAL NOT NULL,
        name_folded TEXT NOT NULL,
        id_code TEXT NOT NULL,
        sku_code TEXT NOT NULL,
        ean_code TEXT NOT NULL,
        words TEXT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS products_name ON products (name_folded)",
    "CREATE INDEX IF NOT EXISTS products_id_code ON products (id_code)",
    "CREATE INDEX IF NOT EXISTS products_sku_code ON products (sku_code)",
    "CREATE INDEX IF NOT EXISTS products_ean_code ON products (ean_code)",
    # The word index reads its text from products (external content), kept in step by triggers.
    """CREATE VIRTUAL TABLE IF NOT EXISTS product_words USING fts5(
        words, content='products', content_rowid='id', prefix='2 3', tokenize='unicode61 remove_diacritics 2'
    )""",
    "CREATE VIRTUAL TABLE IF NOT EXISTS product_vocabulary USING fts5vocab(product_words, 'row')",
    """CREATE TRIGGER IF NOT EXISTS products_added AFTER INSERT ON products BEGIN
        INSERT INTO product_words (rowid, words) VALUES (NEW.id, NEW.words);
    END""",
    """CREATE TRIGGER IF NOT EXISTS products_changed AFTER UPDATE ON products BEGIN
        INSERT INTO product_words (product_words, rowid, words) VALUES ('delete', OLD.id, OLD.words);
        INSERT INTO product_words (rowid, words) VALUES (NEW.id, NEW.words);
    END""",
    """CREATE TRIGGER IF NOT EXISTS products_removed AFTER DELETE ON products BEGIN
        INSERT INTO product_words (product_words, rowid, words) VALUES ('delete', OLD.id, OLD.words);
    END""",
    "CREATE TABLE IF NOT EXISTS writes (generation INTEGER NOT NULL)",
    "INSERT INTO writes (generation) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM writes)",
)

_FIELDS = (
    "key, product_id, sku, ean, name, unit_price, currency, brand, category, image_url, url, stock, source, "
    "refreshed_at"
)
_FIELD_NAMES = tuple(name.strip() for name in _FIELDS.split(","))
_UPSERT = (
    f"INSERT INTO products ({_FIELDS}, name_folded, id_code, sku_code, ean_code, words)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (key) DO UPDATE SET "
    + ", ".join(
        f"{column} = excluded.{column}"
        for column in (
            *_FIELD_NAMES[1:],
            "name_folded",
            "id_code",
            "sku_code",
            "ean_code",
            "words",
        )
    )
)
_BUMP = "UPDATE writes SET generation = generation + 1"
_GENERATION = "SELECT generation FROM writes"
_COUNT = "SELECT count(*) FROM products"
_WITH_CODE = (
    f"SELECT {_FIELDS} FROM products WHERE ean_code = :code"
    f" UNION SELECT {_FIELDS} FROM products WHERE sku_code = :code"
    f" UNION SELECT {_FIELDS} FROM products WHERE id_code = :code LIMIT :limit"
)
# A prefix is a range of an index: [code, code + the highest character).
_WITH_CODE_PREFIX = " UNION ALL ".join(
    f"SELECT * FROM (SELECT {_FIELDS}, length({column}) AS size FROM products"
    f" WHERE {column} >= :code AND {column} < :code || char(1114111) ORDER BY {column} LIMIT :limit)"
    for column in ("ean_code", "sku_code", "id_code")
)
_WITH_NAME_PREFIX = (
    f"SELECT {_FIELDS} FROM products WHERE name_folded >= :text AND name_folded < :text || char(1114111)"
    " ORDER BY name_folded LIMIT :limit"
)
_WITH_WORDS = (
    f"SELECT {_FIELDS} FROM products WHERE id IN (SELECT rowid FROM product_words WHERE product_words MATCH ?"
    " LIMIT ?)"
)
_VOCABULARY = "SELECT term FROM product_vocabulary ORDER BY term"


class SqliteCatalogue:
    """The ``CatalogueStore`` in one SQLite file (WAL), one connection writing and one reading."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._writer = _connect(path)
        with self._writer:
            for statement in _SCHEMA:
                self._writer.execute(statement)
            self._writer.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        self._reader = _connect(path)
        self._reader.execute("PRAGMA query_only=ON")
        self._write_lock = threading.Lock()
        self._read_lock = threading.Lock()

    def upsert(self, products: Iterable[Product]) -> Stored:
        """Add or overwrite by ``key``, in one transaction."""
        rows = [_row(product) for product in products]
        with self._write_lock, self._writer:
            before = self._writer.execute(_COUNT).fetchone()[0]
            self._writer.executemany(_UPSERT, rows)
            self._writer.execute(_BUMP)
            after = self._writer.execute(_COUNT).fetchone()[0]
        return Stored(added=after - before, updated=len(rows) - (after - before))

    def count(self) -> int:
        with self._reading() as reader:
            return int(reader.execute(_COUNT).fetchone()[0])

    def generation(self) -> int:
        with self._reading() as reader:
            return int(reader.execute(_GENERATION).fetchone()[0])

    def with_code(self, code: str, limit: int) -> list[Product]:
        with self._reading() as reader:
            return [_product(row) for row in reader.execute(_WITH_CODE, {"code": code, "limit": limit})]

    def with_code_prefix(self, code: str, limit: int) -> list[Product]:
        with self._reading() as reader:
            rows = reader.execute(_WITH_CODE_PREFIX, {"code": code, "limit": limit}).fetchall()
        rows.sort(key=lambda row: row[-1])
        return [_product(row[:-1]) for row in rows[:limit]]

    def with_name_prefix(self, folded: str, limit: int) -> list[Product]:
        with self._reading() as reader:
            return [_product(row) for row in reader.execute(_WITH_NAME_PREFIX, {"text": folded, "limit": limit})]

    def with_words(self, choices: Sequence[Sequence[str]], limit: int) -> list[Product]:
        groups = [group for group in choices if group]
        if not groups:
            return []
        # Each prefix quoted (folded words hold word characters only): every group required, any of its words.
        query = " AND ".join("(" + " OR ".join(f'"{prefix}"*' for prefix in group) + ")" for group in groups)
        with self._reading() as reader:
            return [_product(row) for row in reader.execute(_WITH_WORDS, (query, limit))]

    def vocabulary(self) -> list[str]:
        with self._reading() as reader:
            return [row[0] for row in reader.execute(_VOCABULARY)]

    def close(self) -> None:
        with self._write_lock:
            self._writer.close()
        with self._read_lock:
            self._reader.close()

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        with self._read_lock:
            yield self._reader


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=10.0, check_same_thread=False)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    return connection


def _row(product: Product) -> tuple[Any, ...]:
    """The values of ``_UPSERT`` for one product: what it shows, then what the lookups compare."""
    price = None if product.unit_price is None else format(product.unit_price, "f")
    name = fold(product.name)
    codes = (code(product.product_id), code(product.sku), code(product.ean))
    words = " ".join(part for part in (name, fold(product.brand), fold(product.category), *codes) if part)
    shown = (price if field == "unit_price" else getattr(product, field) for field in _FIELD_NAMES)
    return (*shown, name, *codes, words)


def _product(row: Sequence[Any]) -> Product:
    """A product from the ``_FIELDS`` columns of one row."""
    values = dict(zip(_FIELD_NAMES, row, strict=True))
    price = values.pop("unit_price")
    return Product(**values, unit_price=None if price is None else Decimal(price))
