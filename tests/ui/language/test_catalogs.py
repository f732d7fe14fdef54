"""Translations are built from their sources with Qt's own tools, and rebuilt when a source changes."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from orderdesk.ui.language import catalogs

DUTCH_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>MainWindow</name>
    <message>
        <source>Submit</source>
        <translation>{submit}</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n bestelling</numerusform>
            <numerusform>{plural}</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


def write_ts(folder: Path, submit: str = "Verzenden", plural: str = "%n bestellingen") -> Path:
    source = catalogs.source_file("nl", folder)
    source.write_text(DUTCH_TS.format(submit=submit, plural=plural), encoding="utf-8")
    return source


def translated(compiled: Path, text: str, count: int = -1) -> str:
    translator = QTranslator()
    assert translator.load(str(compiled))
    return translator.translate("MainWindow", text, None, count)


def test_a_source_is_built_and_loads(tmp_path: Path) -> None:
    write_ts(tmp_path)
    compiled = catalogs.ensure_compiled("nl", tmp_path)
    assert compiled == catalogs.compiled_file("nl", tmp_path)
    assert translated(compiled, "Submit") == "Verzenden"
    assert translated(compiled, "%n order(s)", 3) == "%n bestellingen"  # the plural form; %n is filled by tr()
    assert translated(compiled, "%n order(s)", 1) == "%n bestelling"


def test_a_changed_source_is_rebuilt_and_an_unchanged_one_is_not(tmp_path: Path) -> None:
    write_ts(tmp_path)
    compiled = catalogs.ensure_compiled("nl", tmp_path)
    assert compiled is not None
    built_at = compiled.stat().st_mtime_ns
    assert catalogs.ensure_compiled("nl", tmp_path) == compiled
    assert compiled.stat().st_mtime_ns == built_at
    write_ts(tmp_path, submit="Versturen")
    catalogs.ensure_compiled("nl", tmp_path)
    assert translated(compiled, "Submit") == "Versturen"


def test_no_source_means_nothing_to_load(tmp_path: Path) -> None:
    assert catalogs.ensure_compiled("nl", tmp_path) is None


def test_a_broken_source_is_a_catalog_error(tmp_path: Path) -> None:
    catalogs.source_file("nl", tmp_path).write_text("<TS><context>", encoding="utf-8")
    with pytest.raises(catalogs.CatalogError, match="lrelease"):
        catalogs.ensure_compiled("nl", tmp_path)


def test_unfinished_entries_are_listed(tmp_path: Path) -> None:
    write_ts(tmp_path)
    assert catalogs.unfinished("nl", tmp_path) == []
    source = write_ts(tmp_path, plural="")
    assert catalogs.unfinished("nl", tmp_path) == ["%n order(s)"]
    source.write_text(
        source.read_text(encoding="utf-8").replace("<translation>Verzenden", '<translation type="unfinished">Verzenden'),
        encoding="utf-8",
    )
    assert catalogs.unfinished("nl", tmp_path) == ["Submit", "%n order(s)"]


def test_update_collects_the_windows_strings(tmp_path: Path) -> None:
    catalogs.update(tmp_path)
    dutch = catalogs.source_file("nl", tmp_path).read_text(encoding="utf-8")
    assert "<source>&amp;Language</source>" in dutch
    assert catalogs.compiled_file("nl", tmp_path).exists()
    assert catalogs.source_file("en", tmp_path).exists()


def test_the_shipped_translations_are_complete() -> None:
    """CI fails on a text added to the window without its Dutch (or an English plural without its forms)."""
    for language in catalogs.LANGUAGES:
        assert catalogs.unfinished(language) == [], f"{catalogs.source_file(language).name} has unfinished entries"


def translate_calls() -> tuple[set[tuple[str, str]], list[str]]:
    """Every ``translate("Context", "text")`` and ``QT_TRANSLATE_NOOP`` in orderdesk/ui written out in full.

    Also where a text is written out but its context is not: ``lupdate`` cannot collect that one.
    """
    found, hidden = set(), []
    for path in (catalogs.PACKAGE / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            context, text = node.args[:2]
            if name not in ("translate", "QT_TRANSLATE_NOOP") or not isinstance(text, ast.Constant):
                continue
            if isinstance(context, ast.Constant) and isinstance(context.value, str):
                found.add((context.value, text.value))
            else:
                hidden.append(f"{path.name}:{node.lineno}")
    return found, hidden


def test_lupdate_saw_every_text_the_window_translates() -> None:
    """``lupdate`` skips a call whose count is not a plain name: such a text would stay English."""
    root = ElementTree.parse(catalogs.source_file("nl")).getroot()
    collected = {
        (context.findtext("name"), message.findtext("source"))
        for context in root.iter("context")
        for message in context.iter("message")
    }
    calls, hidden = translate_calls()
    assert len(calls) > 400
    assert calls - collected == set()
    assert hidden == []
