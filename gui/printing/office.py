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

from gui.data import proof
from gui.data.briefing import Pin
from gui.data.files import WriteError, atomic_path
from gui.data.model import LANGS, Lang
from gui.data.sheetcontent import briefing_domain, gather, pinned, timeline_title
from gui.data.store import Store
from gui.printing.deck import ASPECTS, DeckWriter, pins_content, timeline_lines
from gui.printing.export import check_domain
from gui.printing.worddoc import WordWriter
from gui.printing.words import long_date, translator
from gui.qtcommon.startup import application

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
) -> WordWriter:
    """The document of a domain's sheet, the pack (domain None) or the briefing list (pins)."""
    tr = translator(lang)
    today = today or date.today()
    writer = WordWriter(store, lang, tr, today)
    edition = store.edition
    stamp = f"{edition.tr('title', lang)} · {tr('Data edition')} {edition.id} · "
    stamp += long_date(today, lang)
    if pins is not None:
        content = pinned(store, pins)
        writer.title(tr("Briefing list"), stamp)
        writer.domain(briefing_domain(tr, len(content.figures), content.dropped), content, level=0)
    elif domain is not None:
        found = next(d for d in store.domains() if d.id == domain)
        writer.title(found.tr("title", lang), f"{tr('Summary sheet')} · {stamp}")
        writer.domain(found, gather(store, lang, found), level=0)
    else:
        domains = store.domains()
        milestones = store.milestones()
        writer.cover(len(domains) + (1 if milestones else 0))
        for found in domains:
            writer.page_break()
            writer.domain(found, gather(store, lang, found))
        if milestones:
            writer.page_break()
            writer.timeline(timeline_title(store, lang, tr))
    return writer


def deck(
    store: Store,
    lang: Lang,
    *,
    domain: str | None = None,
    pins: list[Pin] | None = None,
    today: date | None = None,
    aspect: str = "16:9",
) -> DeckWriter:
    """The slides of a domain, the pack (domain None) or the briefing list (pins)."""
    tr = translator(lang)
    writer = DeckWriter(store, lang, tr, today or date.today(), aspect)
    if pins is not None:
        shown = pins_content(store, pins)
        writer.title_slide(
            tr("Briefing list"),
            tr("%n figures pinned for the meeting, in the order chosen, with notes.", len(shown)),
        )
        charts = [
            data
            for found in store.domains()
            for data, _ in gather(store, lang, found).charts
            if data.kind != "timeline"
        ]
        for obs, note in shown:
            writer.pin_slide(obs, note, charts)
        return writer
    domains = store.domains()
    if domain is not None:
        domains = [d for d in domains if d.id == domain]
        writer.title_slide(domains[0].tr("title", lang), tr("Summary sheet"))
    else:
        writer.title_slide(tr("Briefing pack"), tr("Beijing Governance Reference"))
    for found in domains:
        content = gather(store, lang, found)
        title = found.tr("title", lang)
        if content.figures:
            writer.figures_slides(title, found, content)
        if content.points:
            quotes = [f"[{n.number}] {n.quote}" for n in content.notes.notes]
            writer.list_slides(title, [text for text, _ in content.points], quotes)
        for data, numbers in content.charts:
            if data.kind == "timeline":
                items, quotes = timeline_lines(store, lang)
                writer.list_slides(data.title, items, quotes)
            else:
                writer.chart_slide(data, numbers, content.notes)
    return writer


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
) -> int:
    """Write the document as ``fmt`` (docx or pptx); returns its figures (docx) or slides.

    Raises :class:`WriteError` when the folder is missing or not writable, or the library's own
    template cannot be opened; ValueError for an unknown format, domain, language or slide shape
    (naming the valid ones).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; choose one of: {', '.join(LANGS)}")
    if aspect not in ASPECTS:
        raise ValueError(f"unknown slide shape {aspect!r}; choose one of: {', '.join(ASPECTS)}")
    domain = check_domain(store, domain) if pins is None else None
    application(widgets=False)  # fonts and the chart pictures need a Qt application
    output = Path(output)
    # Proved like every other write: the document is opened back before it replaces anything.
    verify = proof.docx if fmt == "docx" else proof.pptx
    with atomic_path(output, verify=verify, inputs=[store.path, *inputs]) as temporary:
        save: Callable[[str], object]
        try:
            if fmt == "docx":
                word = word_document(store, lang, domain=domain, pins=pins, today=today)
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
