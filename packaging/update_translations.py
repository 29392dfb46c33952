"""Bring ``resources/translations/*.ts`` up to date with the ``tr()`` strings in ``gui/``.

Interface strings are English in the code, passed to ``tr``: ``tr("Unit")``; numbered place
markers are Qt's (``arg(tr("Wrote %1"), path)``), and a count makes a plural, ``%n`` in the
text: ``tr("%n figures pinned", count)``. ``bjgov_zh_CN.ts`` holds every string; ``bjgov_en.ts``
(the source language) only the plurals, for English's singular ("1 figure"). New strings are
added at the end as unfinished (Qt Linguist shows them as to do); strings no longer in the code
are marked vanished, their translations kept. Run from the repository root, then translate
what it lists (Qt Linguist: ``pyside6-linguist resources/translations/bjgov_zh_CN.ts``)::

    .venv/bin/python packaging/update_translations.py

``pyside6-lrelease`` compiles the result (``packaging/build_translations.py``, run by ``make``).
A test fails when a string of the code has no finished translation.

Why not ``pyside6-lupdate`` (6.11): it reads ``tr(text, n)`` as a text with a disambiguation, not
as a plural, so a merge turns every plural translation into an unfinished singular one; it
skips ``tr()`` calls inside f-strings; and it takes the records' ``obs.tr("name", lang)`` (the
database's own bilingual columns) for interface strings. The walk below sees exactly the calls
the code makes.
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
CONTEXT = "bjgov"
SOURCE_LANGUAGE = "en"
# How many plural forms each language's catalogue has (Qt's rules: Chinese one, English two).
PLURAL_FORMS = {"zh_CN": 1, "en": 2}


@dataclass
class Found:
    """The ``tr()`` calls of the code: each string, whether it is counted, and what is wrong."""

    strings: dict[str, bool]  # source → plural (called with a count), in order of appearance
    problems: list[str]


def extract(folder: Path) -> Found:
    found = Found({}, [])
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            # tr("text"), or QT_TRANSLATE_NOOP("bjgov", "text") for a text translated later
            position = {"tr": 0, "QT_TRANSLATE_NOOP": 1}.get(node.func.id)
            if position is None:
                continue
            where = f"{path.relative_to(folder.parent)}:{node.lineno}"
            first = node.args[position] if len(node.args) > position else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                found.problems.append(f"{where}: tr() of something else than a literal string")
                continue
            text = first.value
            plural = position == 0 and (
                len(node.args) > 1 or any(k.arg == "n" for k in node.keywords)
            )
            if plural != ("%n" in text):
                found.problems.append(f"{where}: {text!r}: %n and a count go together")
            if found.strings.setdefault(text, plural) != plural:
                found.problems.append(f"{where}: {text!r} is used with and without a count")
    return found


@dataclass
class Old:
    """A message as the ``.ts`` file has it."""

    forms: list[str]
    kind: str | None  # "unfinished", "vanished", "obsolete", or None: finished
    numerus: bool = False


def read(path: Path) -> dict[str, Old]:
    messages: dict[str, Old] = {}
    if not path.exists():
        return messages
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        numerus = translation.findall("numerusform")
        forms = [f.text or "" for f in numerus] if numerus else [translation.text or ""]
        messages[message.findtext("source") or ""] = Old(
            forms, translation.get("type"), message.get("numerus") == "yes"
        )
    return messages


def write(path: Path, language: str, strings: dict[str, bool], old: dict[str, Old]) -> list[str]:
    """Rewrite ``path``; returns the strings still to translate."""
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage=SOURCE_LANGUAGE)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    wanted = {s: p for s, p in strings.items() if p or language != SOURCE_LANGUAGE}
    gone = [s for s in old if s not in wanted]
    todo = []
    # The file's order, new strings at the end: a change to the code moves no message.
    for source in [*old, *(s for s in wanted if s not in old)]:
        plural = wanted[source] if source in wanted else old[source].numerus
        count = PLURAL_FORMS[language] if plural else 1
        before = old.get(source, Old([], "unfinished"))
        forms = (before.forms + [""] * count)[:count]
        message = ET.SubElement(context, "message")
        if plural:
            message.set("numerus", "yes")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if plural:
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = forms[0]
        if source in gone:
            translation.set("type", "vanished")
        elif not all(forms) or before.kind == "unfinished" or len(before.forms) < count:
            translation.set("type", "unfinished")
            todo.append(source)
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return todo


def main() -> int:
    found = extract(ROOT / "gui")
    if found.problems:
        print("\n".join(found.problems), file=sys.stderr)
        return 1
    # Ours only: qtbase_extra_*.ts completes Qt's own catalogue and is kept by hand.
    for path in sorted(TRANSLATIONS.glob("bjgov_*.ts")):
        language = ET.parse(path).getroot().get("language", "")
        todo = write(path, language, found.strings, read(path))
        print(f"{path.relative_to(ROOT)}: {len(todo)} to translate")
        for source in todo:
            print(f"    {source}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
