"""Text as the catalogue compares it: accents, case and punctuation do not matter."""

from __future__ import annotations

import re
import unicodedata

_NOT_WORD = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """``"Crème Brûlée-Set"`` -> ``"creme brulee set"``: NFKD without combining marks, case-folded,
    every run of other characters one space (``ß`` becomes ``ss`` by case-folding).
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _NOT_WORD.sub(" ", stripped).strip()


def words(text: str) -> list[str]:
    """The folded words of ``text``."""
    return fold(text).split()


def code(text: str) -> str:
    """A product code as typed or scanned, compared without case, spaces or dashes (``"AB-12 x"`` -> ``"ab12x"``)."""
    return fold(text).replace(" ", "")
