"""Reading PDFs back in Python: pypdfium2 (PDFium) for text, word boxes, images and rendering,
pypdf for fonts, page boxes and rotation.

The print tests judge the files a user would get, not our own idea of them: PDFium is the engine
Chrome opens PDFs with, and pypdf reads the file's own objects. Both install with the test extra,
so every PDF test runs wherever ``make test`` runs. Poppler's tools are a second opinion in CI
(tests/test_pdftools.py compares them on one document).

Coordinates are in points from the page's top-left corner, unrotated (as poppler's ``-bbox``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

SUBSET_TAG = re.compile(r"^[A-Z]{6}\+")


@contextmanager
def opened(pdf: Path) -> Iterator[pdfium.PdfDocument]:
    document = pdfium.PdfDocument(pdf)
    try:
        yield document
    finally:
        document.close()


def page_count(pdf: Path) -> int:
    return len(PdfReader(pdf).pages)


def page_sizes(pdf: Path) -> list[tuple[float, float, int]]:
    """Each page's width and height in points (its crop box, unrotated) and its rotation."""
    out = []
    for page in PdfReader(pdf).pages:
        box = page.cropbox
        out.append((float(box.width), float(box.height), page.rotation % 360))
    return out


@dataclass(frozen=True)
class Word:
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    text: str

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def width(self) -> float:
        return self.x1 - self.x0


@dataclass(frozen=True)
class _Char:
    text: str
    box: tuple[float, float, float, float]  # left, top, right, bottom: from the top-left corner
    angle: float


def _chars(page: pdfium.PdfPage) -> Iterator[_Char | None]:
    """The page's characters in PDFium's reading order; None where a word must end (white
    space, a line break PDFium found, a character with no box)."""
    left, _, _, top = page.get_cropbox()
    textpage = page.get_textpage()
    try:
        for i in range(textpage.count_chars()):
            code = pdfium_c.FPDFText_GetUnicode(textpage, i)
            char = chr(code) if code else ""
            if pdfium_c.FPDFText_IsGenerated(textpage, i) or not char or char.isspace():
                yield None
                continue
            x0, y0, x1, y1 = textpage.get_charbox(i, loose=True)  # ascent to descent, as poppler
            box = (x0 - left, top - y1, x1 - left, top - y0)
            yield _Char(char, box, pdfium_c.FPDFText_GetCharAngle(textpage, i))
    finally:
        textpage.close()


def _continues(a: _Char, b: _Char) -> bool:
    """Whether b follows a in the same word: same direction, side by side along the line, with
    no gap wider than half the text's size (PDFium marks ordinary spaces itself; this catches
    runs it did not). Lines run across or, on a page printed turned, up or down."""
    if abs(a.angle - b.angle) > 0.01:
        return False
    # The run's axis: x, or y when the text is turned (PDFium's angle may count either way).
    along, across = ((1, 3), (0, 2)) if abs(math.sin(a.angle)) > 0.7 else ((0, 2), (1, 3))
    size = min(c.box[across[1]] - c.box[across[0]] for c in (a, b))
    beside = min(a.box[across[1]], b.box[across[1]]) - max(a.box[across[0]], b.box[across[0]])
    gap = max(b.box[along[0]] - a.box[along[1]], a.box[along[0]] - b.box[along[1]])
    return beside >= size / 2 and gap <= size / 2


def _words_on(page: pdfium.PdfPage, number: int) -> list[Word]:
    found: list[Word] = []
    run: list[_Char] = []

    def close() -> None:
        if run:
            found.append(
                Word(
                    number,
                    min(c.box[0] for c in run),
                    min(c.box[1] for c in run),
                    max(c.box[2] for c in run),
                    max(c.box[3] for c in run),
                    "".join(c.text for c in run),
                )
            )
            run.clear()

    for char in _chars(page):
        if char is None or (run and not _continues(run[-1], char)):
            close()
        if char is not None:
            run.append(char)
    close()
    return found


def words(pdf: Path) -> tuple[list[tuple[float, float]], list[Word]]:
    """Each page's size (crop box, unrotated) and every word with its box, in points."""
    sizes: list[tuple[float, float]] = []
    found: list[Word] = []
    with opened(pdf) as document:
        for number, page in enumerate(document, start=1):
            left, bottom, right, top = page.get_cropbox()
            sizes.append((right - left, top - bottom))
            found += _words_on(page, number)
            page.close()
    return sizes, found


def _lines(page_words: list[Word]) -> list[str]:
    """Words gathered into lines from top to bottom, each line's words from left to right."""
    lines: list[list[Word]] = []
    for word in sorted(page_words, key=lambda w: (w.y0 + w.y1) / 2):
        middle = (word.y0 + word.y1) / 2
        if lines and abs(middle - (lines[-1][0].y0 + lines[-1][0].y1) / 2) < word.height / 3:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [" ".join(w.text for w in sorted(line, key=lambda w: w.x0)) for line in lines]


def text(pdf: Path, *, page: int | None = None, layout: bool = True) -> str:
    """A page's text, or every page's one after another.

    ``layout`` (the default) rebuilds the lines from the word boxes, each line's words in order
    from left to right, whatever order they were drawn in (as ``pdftotext -layout``); without
    it, PDFium's own text in drawing order, which keeps a wrapped sentence's lines together.
    """
    pages = []
    with opened(pdf) as document:
        numbers = range(1, len(document) + 1) if page is None else [page]
        for number in numbers:
            handle = document[number - 1]
            if layout:
                pages.append("\n".join(_lines(_words_on(handle, number))))
            else:
                textpage = handle.get_textpage()
                pages.append(textpage.get_text_range().replace("\r\n", "\n"))
                textpage.close()
            handle.close()
    return "\n\f".join(pages)


@dataclass(frozen=True)
class Font:
    name: str
    type: str
    encoding: str
    embedded: bool
    subset: bool
    unicode: bool


def _resources(holder: DictionaryObject, seen: set[int]) -> Iterator[DictionaryObject]:
    """A page's or form's resources and those of every form it draws, each once."""
    resources = holder.get("/Resources")
    if resources is None:
        return
    resources = resources.get_object()
    yield resources
    for ref in (resources.get("/XObject") or {}).values():
        form = ref.get_object()
        key = ref.idnum if isinstance(ref, IndirectObject) else id(form)
        if form.get("/Subtype") == "/Form" and key not in seen:
            seen.add(key)
            yield from _resources(form, seen)


# pdffonts' names for the font types: (the font's /Subtype, its descendant's for a Type0 font)
FONT_TYPES = {
    ("/Type0", "/CIDFontType2"): "CID TrueType",
    ("/Type0", "/CIDFontType0"): "CID Type 0",
    ("/TrueType", ""): "TrueType",
    ("/Type1", ""): "Type 1",
    ("/MMType1", ""): "Type 1",
    ("/Type3", ""): "Type 3",
}


def _font(font: Any) -> Font:
    """A font dictionary as pdffonts describes it (pypdf's objects are loosely typed)."""
    subtype = str(font.get("/Subtype", ""))
    descendant = font["/DescendantFonts"][0].get_object() if subtype == "/Type0" else None
    inner = str(descendant.get("/Subtype", "")) if descendant is not None else ""
    kind = FONT_TYPES.get((subtype, inner), (inner or subtype).lstrip("/"))
    descriptor = (descendant if descendant is not None else font).get("/FontDescriptor")
    descriptor = descriptor.get_object() if descriptor is not None else {}
    names = [str(font.get("/BaseFont", "")), str(descriptor.get("/FontName", ""))]
    embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    if subtype == "/Type3":
        embedded = True  # its glyphs are drawings in the file (pdffonts says so too)
    encoding = font.get("/Encoding", "")
    return Font(
        name=names[0].lstrip("/") or "[none]",
        type=kind,
        encoding="Custom" if isinstance(encoding, dict) else str(encoding).lstrip("/"),
        embedded=embedded,
        subset=any(SUBSET_TAG.match(n.lstrip("/")) for n in names),
        unicode="/ToUnicode" in font,
    )


def fonts(pdf: Path) -> list[Font]:
    """Every font object the pages and their forms use, each once (what pdffonts lists)."""
    reader = PdfReader(pdf)
    found: dict[int, Font] = {}
    seen: set[int] = set()
    for page in reader.pages:
        for resources in _resources(page, seen):
            for ref in (resources.get("/Font") or {}).values():
                key = ref.idnum if isinstance(ref, IndirectObject) else id(ref)
                if key not in found:
                    found[key] = _font(ref.get_object())
    return list(found.values())


def images(pdf: Path) -> list[str]:
    """One line per image on any page, inline or not, in forms too (an empty list for a purely
    vector PDF), as ``page N: W×H px at (x, y)`` (PDFium's page objects, as pdfimages lists)."""
    out = []
    with opened(pdf) as document:
        for number, page in enumerate(document, start=1):
            for image in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,)):
                width, height = image.get_px_size()
                left, bottom, _, _ = image.get_bounds()
                out.append(f"page {number}: {width}×{height} px at ({left:.0f}, {bottom:.0f})")
            page.close()
    return out


def render(pdf: Path, prefix: Path, *, dpi: int = 60, gray: bool = False) -> list[Path]:
    """Each page drawn by PDFium at ``dpi``, as ``prefix-N.png``."""
    from PySide6.QtGui import QImage

    out = []
    with opened(pdf) as document:
        for number, page in enumerate(document, start=1):
            bitmap = page.render(
                scale=dpi / 72,
                grayscale=gray,
                force_bitmap_format=pdfium_c.FPDFBitmap_BGRA,
            )
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_ARGB32,  # BGRA in memory on a little-endian machine
            )
            path = prefix.with_name(f"{prefix.name}-{number}.png")
            if not image.save(str(path), "PNG"):  # type: ignore[call-overload]
                raise OSError(f"cannot write {path}")
            out.append(path)
            bitmap.close()
            page.close()
    return out


def squeeze(value: str) -> str:
    """Text with its runs of white space made single spaces, for searching across columns."""
    return re.sub(r"\s+", " ", value)


@dataclass(frozen=True)
class Run:
    """A piece of text as pypdf's text visitor sees it, with its size on paper."""

    page: int  # from 1
    text: str
    size: float  # points: the font size times the text and current matrices' vertical scale


def sized_runs(pdf: Path) -> list[Run]:
    """Every text shown in the PDF with its effective size: ``Tf``'s size scaled by the text
    matrix and the current transformation (Qt writes text at device units under a scaling
    ``cm``, so ``Tf`` alone says nothing about the size on paper)."""
    out: list[Run] = []
    for number, page in enumerate(PdfReader(pdf).pages, start=1):

        def visit(text: str, cm: Any, tm: Any, _font: Any, size: float, at: int = number) -> None:
            if not text.strip():
                return
            # The y axis of tm × cm: (c, d) of tm through cm's linear part.
            c = tm[2] * cm[0] + tm[3] * cm[2]
            d = tm[2] * cm[1] + tm[3] * cm[3]
            out.append(Run(at, text.strip(), size * math.hypot(c, d)))

        page.extract_text(visitor_text=visit)
    return out


def outline(pdf: Path) -> list[tuple[int, str, int]]:
    """The PDF's bookmarks in order: (depth from 0, title, the page it opens, from 1)."""
    reader = PdfReader(pdf)
    found: list[tuple[int, str, int]] = []

    def walk(items: list[Any], depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                page = reader.get_destination_page_number(item)
                assert page is not None, item.title
                found.append((depth, str(item.title), page + 1))

    walk(reader.outline, 0)
    return found


def links(pdf: Path) -> list[tuple[int, tuple[float, float, float, float], int]]:
    """Every internal link: (page from 1, its rectangle in PDF units, the target page from 1)."""
    reader = PdfReader(pdf)
    pages = {
        page.indirect_reference.idnum: i
        for i, page in enumerate(reader.pages, start=1)
        if page.indirect_reference is not None
    }
    found: list[tuple[int, tuple[float, float, float, float], int]] = []
    for number, page in enumerate(reader.pages, start=1):
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            if annot.get("/Subtype") != "/Link":
                continue
            dest = annot.get("/Dest")
            if dest is None and "/A" in annot:
                dest = annot["/A"].get("/D")
            if dest is None:
                continue
            target = dest[0]
            target_page = pages[target.idnum] if hasattr(target, "idnum") else int(target) + 1
            x0, y0, x1, y1 = (float(v) for v in annot["/Rect"])
            found.append((number, (x0, y0, x1, y1), target_page))
    return found
