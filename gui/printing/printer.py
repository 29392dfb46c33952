"""Printing a sheet or the pack on a ``QPrinter``: the window's Print… and Print Preview, CUPS.

The document is laid out for the printer's own page layout, so the paper size, orientation and
margins chosen in the print dialog or the preview are the ones used; a page range chosen there
prints those pages of the document, numbered as in the whole.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtPrintSupport import QPrinter

from gui.database.briefing import Pin
from gui.database.model import Lang
from gui.database.store import Store
from gui.document.nodes import Document
from gui.printing.export import lay_out, paint, tree


def print_document(
    store: Store,
    printer: QPrinter,
    *,
    domain: str | None = None,
    lang: Lang = "zh",
    today: date | None = None,
    pins: list[Pin] | None = None,
) -> int:
    """Print a domain's sheet (or the pack, for None; or the briefing list, for ``pins``) on
    ``printer``; returns pages printed."""
    doc = tree(store, domain=domain, lang=lang, today=today, pins=pins)
    return print_tree(doc, printer)


def print_tree(doc: Document, printer: QPrinter) -> int:
    """Print a document tree on ``printer``, in its page layout; returns pages printed."""
    pages = lay_out(doc, printer, printer.pageLayout())
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        total = len(pages)
        last = printer.toPage() or total
        pages = pages[printer.fromPage() - 1 : last]
        if not pages:
            raise ValueError(
                f"the document has {total} pages; pages {printer.fromPage()}–{last} are not in it"
            )
    if not printer.docName():
        printer.setDocName(doc.subject)
    paint(pages, printer)
    return len(pages)
