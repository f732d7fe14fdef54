"""No module outside an API's own places names a specific API: the rest asks the registry.

An API's own places are ``orderdesk/**/<api>/`` and ``orderdesk/**/<api>.py``; the
registries (``targets/registry.py``, ``sandbox/handlers.py``) list them. Anywhere else, a
string equal to an API's name, its client class, or an import from its package is a fact
about that API kept outside its declaration, which a fifth API would have to find and copy.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from orderdesk.targets.registry import APIS

PACKAGE = Path(__file__).resolve().parents[1] / "orderdesk"
REGISTRIES = {PACKAGE / "targets" / "registry.py", PACKAGE / "sandbox" / "handlers.py"}
API_NAMES = frozenset(APIS)
CLIENT_NAMES = frozenset(api.client.__name__ for api in APIS.values())


def _own_place(path: Path) -> bool:
    """Whether ``path`` belongs to one API: inside a folder named after it, or a module named after it."""
    parts = path.relative_to(PACKAGE).parts
    return path in REGISTRIES or any(part in API_NAMES for part in parts[:-1]) or path.stem in API_NAMES


def _namings(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """``(line, what)`` for each place the code names a specific API."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and node.value in API_NAMES:
            yield node.lineno, f"the string {node.value!r}"
        elif isinstance(node, ast.Name) and node.id in CLIENT_NAMES:
            yield node.lineno, node.id
        elif isinstance(node, ast.Attribute) and node.attr in CLIENT_NAMES:
            yield node.lineno, node.attr
        elif isinstance(node, ast.ImportFrom) and node.module is not None:
            parts = node.module.split(".")
            if parts[:2] == ["orderdesk", "targets"] and set(parts[2:3]) & API_NAMES:
                yield node.lineno, f"an import from {node.module}"
            yield from ((node.lineno, alias.name) for alias in node.names if alias.name in CLIENT_NAMES)


def test_no_module_outside_an_apis_own_places_names_it() -> None:
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{line}: {what}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if not _own_place(path)
        for line, what in _namings(ast.parse(path.read_text(encoding="utf-8"), str(path)))
    ]
    assert found == []


def test_the_scan_finds_what_it_looks_for() -> None:
    code = 'from orderdesk.targets.centra.client import CentraClient\nif target == "centra": CentraClient\n'
    assert sorted(_namings(ast.parse(code))) == [
        (1, "CentraClient"),
        (1, "an import from orderdesk.targets.centra.client"),
        (2, "CentraClient"),
        (2, "the string 'centra'"),
    ]
    assert _own_place(PACKAGE / "sandbox" / "centra.py") and _own_place(PACKAGE / "targets" / "centra" / "body.py")
    assert not _own_place(PACKAGE / "outbox" / "plan.py")
