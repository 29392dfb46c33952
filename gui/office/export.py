"""Word (.docx) and PowerPoint (.pptx) briefings: a domain, the whole pack, or the briefing list.

:func:`write_office` is the entry point of the command line and the window. The file is
written beside its destination, read back with python-docx or python-pptx, and only then
renamed into place: an error leaves no partial file.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from gui.database.briefing import Pin
from gui.database.model import LANGS, Lang
from gui.database.store import Store
from gui.files import proof
from gui.files.atomic import WriteError, atomic_path
from gui.office.docxstyles import DEFAULT_STYLE, StyleName
from gui.office.worddoc import Letterhead, WordRenderer
from gui.office.worddoc import render as render_word
from gui.printing.export import check_domain, tree
from gui.qtcommon.startup import application

if TYPE_CHECKING:
    from gui.office.deck import DeckWriter

FORMATS = ("docx", "pptx")
# The library that makes each format: its distribution's name and its package.
LIBRARIES = {"docx": ("python-docx", "docx"), "pptx": ("python-pptx", "pptx")}


def word_document(
    store: Store,
    lang: Lang,
    *,
    domain: str | None = None,
    pins: list[Pin] | None = None,
    today: date | None = None,
    style: StyleName = DEFAULT_STYLE,
    letterhead: Letterhead | None = None,
) -> WordRenderer:
    """The document of a domain's sheet, the pack (domain None) or the briefing list (pins),
    built as a tree (:mod:`gui.document.build`) and rendered in ``style``."""
    document = tree(store, domain=domain, lang=lang, today=today, pins=pins)
    return render_word(document, style, letterhead)


def deck(
    store: Store,
    lang: Lang,
    *,
    domain: str | None = None,
    pins: list[Pin] | None = None,
    today: date | None = None,
    aspect: str = "16:9",
) -> DeckWriter:
    """The slides of a domain, the pack (domain None) or the briefing list (pins): the
    document's tree, built once, then rendered without the Store."""
    # Imported here: python-pptx takes a Word export a third of a second more to start.
    from gui.office.deck import DeckWriter

    return DeckWriter(tree(store, domain=domain, lang=lang, today=today, pins=pins), aspect)


def write_office(
    store: Store,
    output: Path,
    fmt: str,
    *,
    domain: str | None = None,
    lang: Lang = "zh",
    pins: list[Pin] | None = None,
    aspect: str = "16:9",
    today: date | None = None,
    inputs: Iterable[Path] = (),
    style: StyleName = DEFAULT_STYLE,
    letterhead: Letterhead | None = None,
) -> int:
    """Write the document as ``fmt`` (docx or pptx); returns its figures (docx) or slides.

    ``style`` and ``letterhead`` are the Word document's (see :mod:`gui.office.docxstyles`).
    Raises :class:`WriteError` when the folder is missing or not writable, or the library's own
    template cannot be opened; ValueError for an unknown format, domain, language or slide shape
    (naming the valid ones).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; choose one of: {', '.join(LANGS)}")
    if fmt == "pptx":
        from gui.office.deck import ASPECTS

        if aspect not in ASPECTS:
            shapes = ", ".join(ASPECTS)
            raise ValueError(f"unknown slide shape {aspect!r}; choose one of: {shapes}")
    domain = check_domain(store, domain) if pins is None else None
    application(widgets=False)  # fonts and the chart pictures need a Qt application
    output = Path(output)
    # Proved like every other write: the document is opened back before it replaces anything.
    verify = proof.docx if fmt == "docx" else proof.pptx
    with atomic_path(output, verify=verify, inputs=[store.path, *inputs]) as temporary:
        save: Callable[[str], object]
        try:
            if fmt == "docx":
                word = word_document(
                    store,
                    lang,
                    domain=domain,
                    pins=pins,
                    today=today,
                    style=style,
                    letterhead=letterhead,
                )
                save, count = word.doc.save, word.figures
            else:
                slides = deck(store, lang, domain=domain, pins=pins, today=today, aspect=aspect)
                save, count = slides.deck.save, slides.slides
            try:
                save(str(temporary))
            except OSError as error:
                raise missing_template(error, fmt) or WriteError(
                    f"cannot write {output}: {error.strerror or error}"
                ) from error
        except FileNotFoundError as error:
            named = missing_template(error, fmt)
            if named is None:
                raise
            raise named from error
    return count


def missing_template(error: OSError, fmt: str) -> WriteError | None:
    """The error to show when ``error`` is the format's library failing to open a file of its own.

    python-docx and python-pptx read templates from their package as they build a document (the
    empty document, a footer, the notes master). When one cannot be opened the installation is
    incomplete (a bundle that left a folder out), and the output is not to blame: the message
    names the library and the path it tried.
    """
    if not isinstance(error, FileNotFoundError) or not error.filename:
        return None
    name, package = LIBRARIES[fmt]
    folder = Path(str(importlib.import_module(package).__file__)).parent
    tried = os.fsdecode(error.filename)
    if not Path(os.path.normpath(tried)).is_relative_to(folder):
        return None
    return WriteError(
        f"cannot make the {fmt} document: {name} could not open its template {tried} "
        f"({error.strerror}); this installation of bjgov is incomplete (install it again)"
    )
