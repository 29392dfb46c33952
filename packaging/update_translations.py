"""Bring ``resources/translations/*.ts`` up to date with the ``tr("…")`` strings in ``gui/``.

New strings are added as unfinished (Qt Linguist shows them as to do); strings no longer in the
code are marked vanished. Existing translations are kept. Run from the repository root::

    .venv/bin/python packaging/update_translations.py

A test fails when a string of the code has no finished translation.
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONTEXT = "bjgov"


def extract(folder: Path) -> list[str]:
    """Every literal passed to ``tr()`` under ``folder``, in order of first appearance."""
    found: dict[str, None] = {}
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            # tr("text"), or QT_TRANSLATE_NOOP("bjgov", "text") for a text translated later
            position = {"tr": 0, "QT_TRANSLATE_NOOP": 1}.get(node.func.id)
            if position is None or len(node.args) <= position:
                continue
            literal = node.args[position]
            if isinstance(literal, ast.Constant) and isinstance(literal.value, str):
                found.setdefault(literal.value)
    return list(found)


def read(path: Path) -> dict[str, tuple[str, str | None]]:
    """source → (translation, type) from a .ts file."""
    messages: dict[str, tuple[str, str | None]] = {}
    if not path.exists():
        return messages
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = translation.text if translation is not None and translation.text else ""
        kind = translation.get("type") if translation is not None else None
        messages[source] = (text, kind)
    return messages


def write(
    path: Path, language: str, strings: list[str], old: dict[str, tuple[str, str | None]]
) -> None:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source in strings + [s for s in old if s not in strings]:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        text, kind = old.get(source, ("", "unfinished"))
        translation = ET.SubElement(message, "translation")
        translation.text = text
        if source not in strings:
            translation.set("type", "vanished")
        elif not text or kind == "unfinished":
            translation.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def main() -> int:
    strings = extract(ROOT / "gui")
    for path in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        language = ET.parse(path).getroot().get("language", "")
        old = read(path)
        write(path, language, strings, old)
        todo = [s for s in strings if not old.get(s, ("", None))[0]]
        print(f"{path.relative_to(ROOT)}: {len(strings)} strings, {len(todo)} to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
