"""A written PDF's bookmarks and links, from the document tree and where its pages put things.

Qt's PDF writer makes neither, so they are appended to the file (:mod:`gui.files.pdffile`):
one bookmark for every section that begins on a page (nested as the sections are: a sheet, then
its parts), titled with its numbered heading, and a link over every contents entry and every
要点 title to the page its section begins on. Targets are the top of the section's heading,
so a reader lands on it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QPageLayout

from gui.document.nodes import Contents, Document, Section
from gui.files import pdffile as pdfappend
from gui.printing.layout import Page

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
    """Give the PDF at ``path`` (``pages`` painted with ``layout``) its bookmarks and links,
    as an update appended to it: the pages Qt wrote are kept as they are."""
    paint = layout.paintRect(QPageLayout.Unit.Point)
    left, top = paint.left(), paint.top()
    written = pdfappend.read(path)
    landed = anchors(pages)
    objects: dict[int, bytes] = {}
    free = iter(range(written.size, written.size + 1_000_000))

    def dest(index: int, y: float) -> bytes:
        height = written.heights[index]
        at = pdfappend.number(height - top - y + 2)
        return b"[%d 0 R /XYZ %s %s null]" % (written.pages[index], pdfappend.number(left), at)

    # The bookmarks, nested by level: each a dictionary of its own, linked to its parent and
    # its neighbours (PDF 1.7 §12.3.3); all open, so each counts everything below it.
    root = next(free)
    children: dict[int, list[int]] = {root: []}
    parent_of: dict[int, int] = {}
    parents: dict[int, int] = {0: root}
    for ident, level, title in entries(doc):
        if ident not in landed:
            continue
        index, y = landed[ident]
        mark = next(free)
        parent = parents.get(level - 1, root)
        children[parent].append(mark)
        children[mark] = []
        parent_of[mark] = parent
        objects[mark] = b"/Title %s\n/Dest %s" % (pdfappend.text_string(title), dest(index, y))
        parents[level] = mark
        for deeper in [known for known in parents if known > level]:
            del parents[deeper]

    def below(node: int) -> int:
        return sum(1 + below(child) for child in children[node])

    for node, kids in children.items():
        parts = [objects.get(node, b"/Type /Outlines")]
        if node != root:
            parts.append(b"/Parent %d 0 R" % parent_of[node])
            siblings = children[parent_of[node]]
            at = siblings.index(node)
            if at > 0:
                parts.append(b"/Prev %d 0 R" % siblings[at - 1])
            if at + 1 < len(siblings):
                parts.append(b"/Next %d 0 R" % siblings[at + 1])
        if kids:
            parts += [b"/First %d 0 R" % kids[0], b"/Last %d 0 R" % kids[-1]]
            parts.append(b"/Count %d" % below(node))
        objects[node] = b"<<\n" + b"\n".join(parts) + b"\n>>"
    # The links: each page's annotation array, which Qt gives every page, written again with
    # the page's links added.
    for index, page in enumerate(pages):
        bottom = written.heights[index] - top
        links = []
        for (x, y, w, h), ident in page.links:
            if ident not in landed:
                continue
            rect = b" ".join(
                pdfappend.number(v) for v in (left + x, bottom - y - h, left + x + w, bottom - y)
            )
            link = next(free)
            objects[link] = (
                b"<<\n/Type /Annot\n/Subtype /Link\n/Rect [%s]\n/Border [0 0 0]\n/Dest %s\n>>"
                % (rect, dest(*landed[ident]))
            )
            links.append(link)
        if links:
            array = written.annots[index]
            if array < 0:
                raise pdfappend.PdfShapeError(f"page {index + 1} has no annotation array")
            kept = written.body(array).strip()
            if not (kept.startswith(b"[") and kept.endswith(b"]")):
                raise pdfappend.PdfShapeError(f"object {array} is not an annotation array")
            refs = b" ".join(b"%d 0 R" % n for n in links)
            objects[array] = kept[:-1].rstrip() + b" " + refs + b"]"
    extra = b"\n/PageMode /UseOutlines"
    if children[root]:
        extra = b"\n/Outlines %d 0 R" % root + extra
    else:
        del objects[root]
    pdfappend.append(path, written, objects, extra)
