"""The PDFs Qt writes, read as far as this application needs, and updates appended to them.

Reading: the cross-reference tables from ``startxref`` back through each ``/Prev``, the
trailer, the catalog, the page tree, and each page's annotation array and height; every object
read is checked to be where its table says. That is what a reader needs to open the file, so
it also tells whether a written PDF is whole (:mod:`gui.files.proof`).

Updating: new objects, and new versions of some of the file's own, appended after its last
byte with their own table and trailer, as PDF 1.7 §7.5.6 allows; nothing written is rewritten
(:mod:`gui.printing.outline` adds the bookmarks and links so).

Written by hand rather than with pypdf: importing pypdf took 0.12–0.16 s, a third of the time
the whole briefing pack takes to lay out and paint, for what this module does in a
millisecond. A file not shaped as Qt writes it is refused with :class:`PdfShapeError`, saying
what was not found. The tests read every PDF with pypdf and PDFium.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path


class PdfShapeError(ValueError):
    """The PDF is not shaped as Qt writes it; the message says what was not found."""


_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_SUBSECTION = re.compile(rb"(\d+) (\d+)\s*\n")
_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])\s*\r?\n?")
_OBJECT = re.compile(rb"(\d+) 0 obj\s*(.*?)\s*endobj", re.S)
_REF = re.compile(rb"(\d+) 0 R")


@dataclass(frozen=True)
class Written:
    """What an update needs to know of the file as it is."""

    data: bytes
    size: int  # the trailer's /Size: the first object number free
    root: int  # the catalog's object number
    trailer_rest: bytes  # /Info and /ID, kept in the new trailer
    startxref: int
    offsets: dict[int, int]  # object number → where it starts
    pages: list[int]  # the pages' object numbers, in order
    annots: list[int]  # each page's annotation array (Qt gives every page one), else -1
    heights: list[float]  # each page's height in points

    def body(self, number: int) -> bytes:
        """The object's content between ``N 0 obj`` and ``endobj``."""
        offset = self.offsets.get(number)
        if offset is None:
            raise PdfShapeError(f"object {number} is not in the cross-reference table")
        found = _OBJECT.match(self.data, offset)
        if found is None or int(found.group(1)) != number:
            raise PdfShapeError(f"object {number} is not where the table says")
        return found.group(2)


def _value(dictionary: bytes, key: bytes, pattern: bytes) -> re.Match[bytes]:
    found = re.search(rb"/" + key + rb"\s*" + pattern, dictionary)
    if found is None:
        raise PdfShapeError(f"no /{key.decode()} where one was expected")
    return found


def read(path: Path) -> Written:
    data = path.read_bytes()
    end = _STARTXREF.search(data)
    if end is None:
        raise PdfShapeError("no startxref at the end")
    startxref = int(end.group(1))
    offsets: dict[int, int] = {}
    trailer = b""
    table, seen = startxref, 0
    while table >= 0:
        seen += 1
        if seen > 64:
            raise PdfShapeError("more updates than any writer makes, or a loop of them")
        older = _table(data, table, offsets)
        if not trailer:
            trailer = older
        prev = re.search(rb"/Prev\s+(\d+)", older)
        table = int(prev.group(1)) if prev else -1
    size = int(_value(trailer, b"Size", rb"(\d+)").group(1))
    root = int(_value(trailer, b"Root", rb"(\d+) 0 R").group(1))
    rest = b""
    info = re.search(rb"/Info\s*\d+ 0 R", trailer)
    if info:
        rest += info.group(0) + b"\n"
    ident = re.search(rb"/ID\s*\[[^\]]*\]", trailer)
    if ident:
        rest += ident.group(0) + b"\n"
    written = Written(data, size, root, rest, startxref, offsets, [], [], [])
    catalog = written.body(root)
    tree = int(_value(catalog, b"Pages", rb"(\d+) 0 R").group(1))
    for page in _leaves(written, tree):
        body = written.body(page)
        written.pages.append(page)
        annots = re.search(rb"/Annots\s*(\d+) 0 R", body)
        written.annots.append(int(annots.group(1)) if annots else -1)
        box = _value(body, b"MediaBox", rb"\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)")
        written.heights.append(float(box.group(4)) - float(box.group(2)))
    return written


def _table(data: bytes, start: int, offsets: dict[int, int]) -> bytes:
    """Read the cross-reference table at ``start`` into ``offsets`` (where a newer table gave an
    object already, that stays); its trailer dictionary."""
    if not data.startswith(b"xref", start):
        raise PdfShapeError("no cross-reference table where one is said to be")
    at = start + len(b"xref")
    while True:
        while data[at : at + 1] in (b"\r", b"\n", b" "):
            at += 1
        section = _SUBSECTION.match(data, at)
        if section is None:
            break
        first, count = int(section.group(1)), int(section.group(2))
        at = section.end()
        for number in range(first, first + count):
            entry = _ENTRY.match(data, at)
            if entry is None:
                raise PdfShapeError("a cross-reference entry is malformed")
            if entry.group(3) == b"n":
                offsets.setdefault(number, int(entry.group(1)))
            at = entry.end()
    if not data.startswith(b"trailer", at):
        raise PdfShapeError("no trailer after a cross-reference table")
    close = data.find(b">>", at)
    if close < 0:
        raise PdfShapeError("the trailer is not closed")
    return data[at : close + 2]


def _leaves(written: Written, node: int, depth: int = 0) -> list[int]:
    """The page objects under a page-tree node, in order."""
    if depth > 32:
        raise PdfShapeError("the page tree is deeper than any Qt writes")
    body = written.body(node)
    if re.search(rb"/Type\s*/Page\b(?!s)", body):
        return [node]
    kids = _value(body, b"Kids", rb"\[([^\]]*)\]").group(1)
    return [leaf for ref in _REF.findall(kids) for leaf in _leaves(written, int(ref), depth + 1)]


def text_string(text: str) -> bytes:
    """A PDF text string any reader shows in every script: UTF-16BE with its mark, in hex."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def number(value: float) -> bytes:
    return (f"{value:.3f}".rstrip("0").rstrip(".") or "0").encode("ascii")


def append(path: Path, written: Written, objects: dict[int, bytes], catalog_extra: bytes) -> None:
    """Append ``objects`` (number → content; a number of the file's own replaces that object)
    and a catalog with ``catalog_extra`` inside its dictionary, then the update's
    cross-reference table and trailer."""
    catalog = written.body(written.root).rstrip()
    if b"/Outlines" in catalog or b"/PageMode" in catalog:
        raise PdfShapeError("the catalog has an outline already")
    if not catalog.endswith(b">>"):
        raise PdfShapeError("the catalog is not a dictionary")
    everything = {**objects, written.root: catalog[:-2] + catalog_extra + b"\n>>"}
    size = max(written.size, max(everything) + 1)
    out = bytearray(b"\n")
    start = len(written.data)
    placed: dict[int, int] = {}
    for ident in sorted(everything):
        placed[ident] = start + len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (ident, everything[ident])
    table = start + len(out)
    out += b"xref\n"
    numbers = sorted(placed)
    run: list[int] = []
    for ident in [*numbers, -1]:
        if run and ident != run[-1] + 1:
            out += b"%d %d\n" % (run[0], len(run))
            out += b"".join(b"%010d 00000 n\r\n" % placed[n] for n in run)
            run = []
        if ident >= 0:
            run.append(ident)
    out += b"trailer\n<<\n/Size %d\n/Root %d 0 R\n%s/Prev %d\n>>\n" % (
        size,
        written.root,
        written.trailer_rest,
        written.startxref,
    )
    out += b"startxref\n%d\n%%%%EOF\n" % table
    with path.open("ab") as handle:
        handle.write(out)
