"""Summary sheets and briefing packs on any page device, and as PDF files.

:func:`write_pdf` is the entry point of the command line, the window's Export PDF… and the
self-test. :func:`document` lays a document out for a device and a page layout (paper size,
orientation, margins); :func:`paint` puts it on the device. Printing to a ``QPrinter`` is in
:mod:`gui.printing.printer`, so that writing a PDF never loads Qt's print support.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import (
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from gui import __version__
from gui.database.briefing import Pin
from gui.database.model import LANGS, Lang
from gui.database.store import Store
from gui.document import build
from gui.document.nodes import Document, Section
from gui.files.atomic import write_with
from gui.files.proof import pdf_with_pages
from gui.printing.briefing import briefing_pages
from gui.printing.layout import Page, Typesetter, paint_pages, paint_rect_size
from gui.printing.outline import add_outline
from gui.printing.pack import add_footers, pack_pages
from gui.printing.sheet import Context, sheet_pages
from gui.printing.words import translator
from gui.qtcommon.qtfiles import qt_output
from gui.qtcommon.startup import application

PAPERS = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 15.0
ALL = "all"  # the briefing pack, as the command line names it


def page_layout(paper: str = "A4", landscape: bool = False) -> QPageLayout:
    """A page layout with the default margins; ``paper`` is A4 or Letter (any case)."""
    names = {name.lower(): name for name in PAPERS}
    if paper.lower() not in names:
        raise ValueError(f"unknown paper size {paper!r}; choose one of: {', '.join(PAPERS)}")
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(
        QPageSize(PAPERS[names[paper.lower()]]), orientation, margins, QPageLayout.Unit.Millimeter
    )


def check_domain(store: Store, domain: str | None) -> str | None:
    """``domain`` as a domain id, or None for the whole pack; ValueError naming the valid ids."""
    if domain is None or domain == ALL:
        return None
    ids = [d.id for d in store.domains()]
    if domain not in ids:
        raise ValueError(f"unknown domain {domain!r}; choose one of: {', '.join(ids)}, or {ALL}")
    return domain


def tree(
    store: Store,
    *,
    domain: str | None = None,
    lang: Lang = "zh",
    today: date | None = None,
    pins: list[Pin] | None = None,
) -> Document:
    """The document of a domain's sheet (or of the pack, for None; or of the briefing list,
    for ``pins``), built from the Store once: what every renderer of it prints."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; choose one of: {', '.join(LANGS)}")
    domain = check_domain(store, domain)
    tr, day = translator(lang), today or date.today()
    if pins is not None:
        return build.briefing(store, pins, lang, tr, day)
    if domain is None:
        return build.pack(store, lang, tr, day)
    return build.sheet(store, domain, lang, tr, day)


def lay_out(doc: Document, device: QPagedPaintDevice, layout: QPageLayout) -> list[Page]:
    """Every page of ``doc``, with its footer, laid out for ``device``."""
    width, height = paint_rect_size(layout)
    ctx = Context(doc, Typesetter(device, doc.figure_spans), width, height)
    if doc.kind == "briefing":
        pages = briefing_pages(ctx)
    elif doc.kind == "pack":
        pages = pack_pages(ctx)
    else:
        pages = [page for s in doc.blocks if isinstance(s, Section) for page in sheet_pages(ctx, s)]
    return add_footers(ctx, pages)


def document(
    store: Store,
    device: QPagedPaintDevice,
    layout: QPageLayout,
    *,
    domain: str | None = None,
    lang: Lang = "zh",
    today: date | None = None,
    pins: list[Pin] | None = None,
) -> list[Page]:
    """Every page of a domain's sheet (or of the pack, for None; or of the briefing list, for
    ``pins``), laid out for ``device``: :func:`tree`, then :func:`lay_out`."""
    return lay_out(tree(store, domain=domain, lang=lang, today=today, pins=pins), device, layout)


def paint(pages: list[Page], device: QPagedPaintDevice) -> None:
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("Qt could not start painting on the output")
    try:
        paint_pages(pages, painter, device)
    finally:
        painter.end()


def write_pdf(
    store: Store,
    output: Path,
    *,
    domain: str | None = None,
    lang: Lang = "zh",
    paper: str = "A4",
    landscape: bool = False,
    pins: list[Pin] | None = None,
    inputs: Sequence[Path] = (),
) -> int:
    """Write a domain's summary sheet, or (domain None) the briefing pack, as a PDF.

    Returns the number of pages. The file appears whole or not at all: it is read back (its
    pages counted) before it replaces anything. Raises :class:`WriteError` when it cannot be
    written (a missing folder, a full disk, a target that is not a regular file, or the
    database or another of ``inputs``) and ValueError for an unknown domain (naming the valid
    ids), paper size or language.
    """
    return write_pdf_layout(
        store,
        output,
        page_layout(paper, landscape),
        domain=domain,
        lang=lang,
        pins=pins,
        inputs=inputs,
    )


def write_pdf_layout(
    store: Store,
    output: Path,
    layout: QPageLayout,
    *,
    domain: str | None = None,
    lang: Lang = "zh",
    today: date | None = None,
    pins: list[Pin] | None = None,
    inputs: Sequence[Path] = (),
) -> int:
    """:func:`write_pdf` with a page layout of the caller's (the window's page setup)."""
    doc = tree(store, domain=domain, lang=lang, today=today, pins=pins)
    return write_document(doc, output, layout, inputs=[store.path, *inputs])


def write_document(
    doc: Document, output: Path, layout: QPageLayout, *, inputs: Sequence[Path] = ()
) -> int:
    """Write the PDF of a document tree: its pages, then its bookmarks (one per section) and
    the contents' links. Returns the number of pages; the file appears whole or not at all."""
    application(widgets=False)
    output = Path(output)
    laid: list[list[Page]] = []

    def writer(temporary: Path) -> None:
        with qt_output(temporary) as device:
            pdf = QPdfWriter(device)
            pdf.setPageLayout(layout)
            pdf.setTitle(doc.subject)
            pdf.setCreator(f"bjgov {__version__}")
            pages = lay_out(doc, pdf, layout)
            paint(pages, pdf)
            laid.append(pages)
            del pdf  # the PDF's trailer is written before the file is checked
        add_outline(temporary, doc, laid[0], layout)

    write_with(output, writer, verify=pdf_with_pages(lambda: len(laid[0])), inputs=inputs)
    return len(laid[0])
