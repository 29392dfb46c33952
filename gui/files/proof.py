"""Reading a written file back before it replaces anything: is it whole, and is it what we wrote?

Each check raises ValueError saying what is wrong, for :func:`gui.files.atomic.atomic_path`. A
writer that ran out of disk, or was cut short without saying so (Qt's PDF and SVG writers
report no error of their own), leaves a file these checks refuse.

The PDF is read as a reader would open it (:mod:`gui.files.pdffile`, the reader the bookmarks
are added with): the cross-reference tables from the ``startxref`` at the end of the file, the
trailer, and the page tree, whose count must be the pages laid out.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def pdf_pages(path: Path) -> int:
    """The number of pages of a whole PDF; ValueError if it is not one."""
    from gui.files.pdffile import PdfShapeError, read

    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise ValueError("not a PDF: no %PDF header")
    if b"%%EOF" not in data[-1024:]:
        raise ValueError("the PDF is incomplete: it has no end-of-file marker")
    try:
        return len(read(path).pages)
    except (PdfShapeError, OSError) as error:
        raise ValueError(f"the PDF does not parse: {error}") from error


def pdf_with_pages(expected: Callable[[], int]) -> Callable[[Path], None]:
    """A check that the PDF is whole and has the pages laid out (asked for once written)."""

    def check(path: Path) -> None:
        pages = pdf_pages(path)
        if pages != expected():
            raise ValueError(f"the PDF has {pages} pages, not the {expected()} laid out")

    return check


def svg(path: Path) -> None:
    """The file parses as XML and is an SVG document."""
    try:
        root = ElementTree.parse(path).getroot()
    except ElementTree.ParseError as error:
        raise ValueError(f"the SVG does not parse: {error}") from error
    if root.tag.rpartition("}")[2] != "svg":
        raise ValueError(f"not an SVG document (its root is <{root.tag}>)")


def png(path: Path) -> None:
    """The PNG's chunks are whole (each checked by its CRC) and it ends with IEND."""
    data = path.read_bytes()
    if not data.startswith(_PNG_SIGNATURE):
        raise ValueError("not a PNG image: no PNG signature")
    at = len(_PNG_SIGNATURE)
    kind = b""
    while at < len(data):
        if at + 8 > len(data):
            raise ValueError("the PNG is cut off inside a chunk header")
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind = data[at + 4 : at + 8]
        end = at + 12 + length
        if end > len(data):
            raise ValueError(f"the PNG is cut off inside its {kind.decode('latin-1')} chunk")
        (crc,) = struct.unpack(">I", data[end - 4 : end])
        if zlib.crc32(data[at + 4 : end - 4]) != crc:
            raise ValueError(f"the PNG's {kind.decode('latin-1')} chunk is damaged")
        at = end
        if kind == b"IEND":
            break
    if kind != b"IEND" or at != len(data):
        raise ValueError("the PNG does not end with its IEND chunk")


def xlsx(sheets: int) -> Callable[[Path], None]:
    """A check that the workbook is a whole zip (every member's CRC) with ``sheets`` sheets."""

    def check(path: Path) -> None:
        try:
            with zipfile.ZipFile(path) as archive:
                damaged = archive.testzip()
                if damaged is not None:
                    raise ValueError(f"the workbook's part {damaged} is damaged")
                names = set(archive.namelist())
                for part in ("[Content_Types].xml", "xl/workbook.xml"):
                    if part not in names:
                        raise ValueError(f"the workbook has no {part}")
                root = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ElementTree.ParseError) as error:
            raise ValueError(f"the workbook does not open: {error}") from error
        found = [e for e in root.iter() if e.tag.rpartition("}")[2] == "sheet"]
        if len(found) != sheets:
            raise ValueError(f"the workbook has {len(found)} sheets, not {sheets}")

    return check


def docx(path: Path) -> None:
    """A Word document python-docx opens, with a body (a paragraph or a table)."""
    from docx import Document

    _zip(path)
    try:
        document = Document(str(path))
    except Exception as error:  # python-docx raises many kinds for a damaged package
        raise ValueError(f"the Word document does not open: {error}") from error
    if not document.paragraphs and not document.tables:
        raise ValueError("the Word document is empty")


def pptx(path: Path) -> None:
    """A PowerPoint deck python-pptx opens, with at least one slide."""
    from pptx import Presentation

    _zip(path)
    try:
        slides = len(Presentation(str(path)).slides)
    except Exception as error:  # python-pptx raises many kinds for a damaged package
        raise ValueError(f"the PowerPoint deck does not open: {error}") from error
    if not slides:
        raise ValueError("the PowerPoint deck has no slide")


def _zip(path: Path) -> None:
    if not zipfile.is_zipfile(path):
        raise ValueError("not a zip package")
    with zipfile.ZipFile(path) as archive:
        broken = archive.testzip()
    if broken is not None:
        raise ValueError(f"the package's part {broken} is damaged")
