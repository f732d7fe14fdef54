"""Qt's compiled translations (``.qm``), built from the sources translators edit (``.ts``).

Git keeps only the ``.ts`` files in ``resources/translations``; Qt loads ``.qm`` files, which
``lrelease`` builds from them. The start from source, the test run and the PyInstaller build
all call ``ensure_compiled``, and each ``.qm`` records the hash of the ``.ts`` it came from,
so a ``.qm`` that no longer matches its source is rebuilt before it is loaded or shipped.

``python -m orderdesk.ui.language.catalogs update`` collects the window's strings into the
``.ts`` files (``lupdate``), then builds them; ``check`` lists unfinished entries.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import PySide6

PACKAGE = Path(__file__).resolve().parent.parent.parent
TRANSLATIONS = PACKAGE.parent / "resources" / "translations"
LANGUAGES = ("nl", "en")
"""Every language with a ``.ts``; English's holds only the plural forms (its source text is English)."""


class CatalogError(Exception):
    """A ``.ts`` could not be built into a ``.qm`` (the tool is missing or refused the file)."""


def source_file(language: str, folder: Path = TRANSLATIONS) -> Path:
    """The ``.ts`` of ``language``."""
    return folder / f"orderdesk_{language}.ts"


def compiled_file(language: str, folder: Path = TRANSLATIONS) -> Path:
    """The ``.qm`` built from ``source_file``."""
    return folder / f"orderdesk_{language}.qm"


def ensure_compiled(language: str, folder: Path = TRANSLATIONS) -> Path | None:
    """The up-to-date ``.qm`` of ``language``, built first when its ``.ts`` changed; ``None`` without either.

    Raises:
        CatalogError: the ``.ts`` changed and cannot be built here.
    """
    source, compiled = source_file(language, folder), compiled_file(language, folder)
    if not source.exists():
        return compiled if compiled.exists() else None
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    stamp = compiled.with_name(compiled.name + ".sha256")
    if compiled.exists() and stamp.exists() and stamp.read_text(encoding="ascii").strip() == digest:
        return compiled
    _run(_tool("lrelease"), "-silent", str(source), "-qm", str(compiled))
    stamp.write_text(digest + "\n", encoding="ascii")
    return compiled


def unfinished(language: str, folder: Path = TRANSLATIONS) -> list[str]:
    """The source texts of ``language``'s ``.ts`` still waiting for a translation."""
    root = ElementTree.parse(source_file(language, folder)).getroot()
    waiting = []
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        kind = translation.get("type")
        forms = [form.text for form in translation.findall("numerusform")] or [translation.text]
        if kind == "unfinished" or (kind is None and not all(forms)):
            waiting.append(message.findtext("source", default=""))
    return waiting


def update(folder: Path = TRANSLATIONS) -> None:
    """Collect the window's strings into every ``.ts`` (obsolete ones dropped), then build each ``.qm``.

    ``lupdate``'s Python reader marks a message plural only when its count is a number written out,
    never a variable, so every message whose source holds ``%n`` is made plural here, keeping the
    plural forms it had before ``lupdate`` flattened them.
    """
    sources = sorted(str(path) for path in (PACKAGE / "ui").rglob("*.py"))
    for language in LANGUAGES:
        target = source_file(language, folder)
        kept = _plural_forms(target) if target.exists() else {}
        _run(
            _tool("lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            *sources,
            "-target-language",
            language,
            "-ts",
            str(target),
        )
        _make_plural(target, kept)
        if language == "en":
            _keep_only_plurals(target)
        ensure_compiled(language, folder)


def _plural_forms(source: Path) -> dict[tuple[str, str], list[str]]:
    """The plural forms of every plural message of ``source``, by context and source text."""
    forms = {}
    for context in ElementTree.parse(source).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes" and translation is not None:
                texts = [form.text or "" for form in translation.findall("numerusform")]
                forms[(name, message.findtext("source", default=""))] = texts
    return forms


def _make_plural(source: Path, kept: dict[tuple[str, str], list[str]]) -> None:
    """Mark each ``%n`` message of ``source`` plural, with its ``kept`` forms (else unfinished, to be filled)."""
    tree = ElementTree.parse(source)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            text = message.findtext("source", default="")
            translation = message.find("translation")
            if "%n" not in text or message.get("numerus") == "yes" or translation is None:
                continue
            message.set("numerus", "yes")
            forms = kept.get((name, text), [])
            translation.text = None
            for form in forms or [""]:
                ElementTree.SubElement(translation, "numerusform").text = form
            if forms and all(forms):
                translation.attrib.pop("type", None)
            else:
                translation.set("type", "unfinished")
    _write(tree, source)


def _keep_only_plurals(source: Path) -> None:
    """English's source text is English: its ``.ts`` holds only the plural messages (as ``-pluralonly``)."""
    tree = ElementTree.parse(source)
    root = tree.getroot()
    for context in list(root.iter("context")):
        for message in list(context.iter("message")):
            if message.get("numerus") != "yes":
                context.remove(message)
        if context.find("message") is None:
            root.remove(context)
    _write(tree, source)


def _write(tree: ElementTree.ElementTree, source: Path) -> None:
    ElementTree.indent(tree, space="    ")
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    source.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")


def _tool(name: str) -> Path:
    """A Qt translation tool as PySide6 ships it (``lrelease``, ``lupdate``)."""
    path = Path(PySide6.__file__).resolve().parent / (f"{name}.exe" if sys.platform == "win32" else name)
    if not path.exists():
        raise CatalogError(f"{path} is missing: PySide6 ships it, so reinstall the environment (uv sync)")
    return path


def _run(*command: object) -> None:
    done = subprocess.run([str(part) for part in command], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise CatalogError(f"{Path(str(command[0])).name} failed ({done.returncode}): {done.stderr.strip()}")


def main(argv: list[str]) -> int:
    """``build`` (the default), ``update`` or ``check``; ``check`` exits 1 when an entry is unfinished."""
    verb = argv[0] if argv else "build"
    if verb == "update":
        update()
    elif verb == "check":
        waiting = {language: unfinished(language) for language in LANGUAGES}
        for language, texts in waiting.items():
            for text in texts:
                print(f"{source_file(language).name}: unfinished: {text}")
        return 1 if any(waiting.values()) else 0
    elif verb == "build":
        for language in LANGUAGES:
            ensure_compiled(language)
    else:
        print(f"unknown verb {verb!r}: build, update or check", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
