"""A written PDF's bookmarks and links, from the document tree and where its pages put things.

Qt's PDF writer makes neither, so the file is opened again with pypdf: one bookmark for every
section that begins on a page (nested as the sections are: a sheet, then its parts), titled with
its numbered heading, and a link over every contents entry and every 要点 title to the page its
section begins on. Targets are the top of the section's heading, so a reader lands on it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QPageLayout

from gui.document.nodes import Contents, Document, Section
from gui.printing.layout import Page

if TYPE_CHECKING:
    from pypdf.generic import Fit, IndirectObject

CONTENTS_ID = "contents"  # the contents page's anchor


def anchors(pages: Sequence[Page]) -> dict[str, tuple[int, float]]:
    """Each section's id → the index of the page it begins on and how far down, in points."""
    found: dict[str, tuple[int, float]] = {}
    for index, page in enumerate(pages):
        for ident, y in page.anchors.items():
            found.setdefault(ident, (index, y))
    return found


def entries(doc: Document) -> list[tuple[str, int, str]]:
    """What the bookmarks list, in reading order: each section's (and the contents') id, level
    and heading."""
    out = []
    for block in doc.blocks:
        if isinstance(block, Contents):
            out.append((CONTENTS_ID, 1, block.title))
        elif isinstance(block, Section):
            out += [(s.id, s.level, s.heading) for s in (block, *block.sections())]
    return out


def add_outline(path: Path, doc: Document, pages: Sequence[Page], layout: QPageLayout) -> None:
    """Give the PDF at ``path`` (``pages`` painted with ``layout``) its bookmarks and links."""
    # Imported here: a tenth of a second that Word, slides and workbooks need not pay.
    from pypdf import PdfReader, PdfWriter
    from pypdf.annotations import Link
    from pypdf.generic import Fit

    paint = layout.paintRect(QPageLayout.Unit.Point)
    left, top = paint.left(), paint.top()
    # An incremental update: the pages Qt wrote are kept as they are, the outline and the
    # links appended after them (quicker than copying every object).
    writer = PdfWriter(PdfReader(path), incremental=True)
    heights = [float(page.mediabox.height) for page in writer.pages]
    landed = anchors(pages)

    def fit(index: int, y: float) -> Fit:
        return Fit.xyz(left, heights[index] - top - y + 2, None)

    parents: dict[int, IndirectObject | None] = {0: None}
    for ident, level, title in entries(doc):
        if ident not in landed:
            continue
        index, y = landed[ident]
        mark = writer.add_outline_item(
            title=title, page_number=index, parent=parents.get(level - 1), fit=fit(index, y)
        )
        parents[level] = mark
        for deeper in [known for known in parents if known > level]:
            del parents[deeper]
    for index, page in enumerate(pages):
        bottom = heights[index] - top
        for (x, y, w, h), ident in page.links:
            if ident not in landed:
                continue
            target, at = landed[ident]
            rect = (left + x, bottom - y - h, left + x + w, bottom - y)
            link = Link(rect=rect, target_page_index=target, fit=fit(target, at), border=[0, 0, 0])
            writer.add_annotation(index, link)
    writer.page_mode = "/UseOutlines"
    with open(path, "wb") as handle:
        writer.write(handle)
