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

The strings are found by Qt's ``lupdate`` (``pyside6-lupdate``, in PySide6-Essentials). What it
gives is read through a small shim, for three things lupdate 6.11 does not know about this code:

- **One context.** The application translates every string in the context ``bjgov``
  (``gui/qtcommon/i18n.py``); lupdate files a call of the module function ``tr()`` under no
  context, and ``QT_TRANSLATE_NOOP("bjgov", …)`` under ``bjgov``. Both are ours.
- **Plurals.** lupdate takes the count of ``tr(text, n)`` for a disambiguation and makes no
  plural; here a text with ``%n`` is a plural, and a check below holds ``%n`` and a count
  together.
- **The records' ``obs.tr("name", lang)``** (the database's own bilingual columns, not interface
  strings): lupdate files them under the record's name, the column's name as the text; they are
  left out. Any other context (a method's ``self.tr()``; lupdate also files a ``return tr(…)``
  inside a class under the class's name) is refused, not dropped. A record's call on an
  expression, ``f(x).tr("text", lang)``, comes under no context, as an interface string: name
  the record first (the translation test fails on an untranslated ``text``).

lupdate passes over, without a word, a ``tr()`` of something other than a literal string and a
``tr()`` inside an f-string; :func:`unseen` names those, and the update refuses to run until
they are rewritten.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
CONTEXT = "bjgov"
SOURCE_LANGUAGE = "en"
# How many plural forms each language's catalogue has (Qt's rules: Chinese one, English two).
PLURAL_FORMS = {"zh_CN": 1, "en": 2}
# A record's column name, as ``obs.tr("name", lang)`` gives it.
COLUMN = re.compile(r"[a-z_]+")


@dataclass
class Found:
    """The ``tr()`` strings of the code: each string, whether it is counted, and what is wrong."""

    strings: dict[str, bool]  # source → plural (called with a count), in lupdate's order
    problems: list[str]


def lupdate() -> str:
    """Qt's ``lupdate`` as PySide6 ships it (what ``pyside6-lupdate`` runs), else from PATH."""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin is not None:
        for name in ("lupdate", "lupdate.exe"):
            if (Path(spec.origin).parent / name).is_file():
                return str(Path(spec.origin).parent / name)
    found = shutil.which("pyside6-lupdate")
    if found is None:
        raise FileNotFoundError("Qt's lupdate not found: it comes with PySide6-Essentials")
    return found


def extract(folder: Path) -> Found:
    """What lupdate finds in the ``.py`` files under ``folder``, through the shim above."""
    found = Found({}, unseen(folder))
    with tempfile.TemporaryDirectory() as temporary:
        listing, ts = Path(temporary) / "files.lst", Path(temporary) / "found.ts"
        listing.write_text("\n".join(str(p) for p in sorted(folder.rglob("*.py"))), "utf-8")
        command = [lupdate(), "-silent", "-no-obsolete", "-locations", "none"]
        subprocess.run([*command, f"@{listing}", "-ts", str(ts)], check=True)
        root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = message.findtext("source") or ""
            if name in ("", CONTEXT):
                found.strings.setdefault(text, "%n" in text)
            elif not COLUMN.fullmatch(text):
                found.problems.append(
                    f"{text!r}: lupdate files it under {name!r}, not the catalogue's context; "
                    "call the module's tr(), not a method"
                )
    return found


def unseen(folder: Path) -> list[str]:
    """The ``tr()`` calls lupdate would pass over, and a ``%n`` without a count or the reverse."""
    problems = []
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        formatted = {
            id(n) for f in ast.walk(tree) if isinstance(f, ast.JoinedStr) for n in ast.walk(f)
        }
        calls = [
            n
            for n in ast.walk(tree)
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "tr"
        ]
        for node in sorted(calls, key=lambda n: (n.lineno, n.col_offset)):
            where = f"{path.relative_to(folder.parent)}:{node.lineno}"
            first = node.args[0] if node.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                problems.append(f"{where}: tr() of something else than a literal string")
            elif id(node) in formatted:
                problems.append(f"{where}: tr() inside an f-string, which lupdate does not read")
            elif ("%n" in first.value) != (
                len(node.args) > 1 or any(k.arg == "n" for k in node.keywords)
            ):
                problems.append(f"{where}: {first.value!r}: %n and a count go together")
    return problems


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
