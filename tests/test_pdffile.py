"""The update appended to Qt's PDF: what Qt wrote stays byte for byte, readers see the new
objects, and a file not shaped as Qt writes it is refused with a reason."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from gui.files import pdffile as pdfappend


def qt_pdf(path: Path, pages: int) -> Path:
    from PySide6.QtGui import QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    for n in range(pages):
        if n:
            writer.newPage()
        painter.drawText(100, 100, f"page {n + 1}")
    painter.end()
    return path


def test_text_strings_carry_every_script() -> None:
    assert pdfappend.text_string("目录 A") == b"<FEFF76EE5F5500200041>"
    assert pdfappend.number(12.0) == b"12"
    assert pdfappend.number(0.12345) == b"0.123"
    assert pdfappend.number(-0.0001) == b"-0"


def test_an_update_keeps_what_qt_wrote_and_readers_see_it(qapp: Any, tmp_path: Path) -> None:
    path = qt_pdf(tmp_path / "q.pdf", 3)
    before = path.read_bytes()
    written = pdfappend.read(path)
    assert len(written.pages) == len(written.annots) == 3
    assert written.heights == [pytest.approx(842.0, abs=1)] * 3  # A4, Qt's default
    new = written.size
    link = new + 1
    objects = {
        new: b"<<\n/Type /Outlines\n>>",
        link: b"<<\n/Type /Annot\n/Subtype /Link\n/Rect [10 10 50 50]\n/Dest [%d 0 R /Fit]\n>>"
        % written.pages[2],
        written.annots[0]: b"[%d 0 R]" % link,
    }
    pdfappend.append(path, written, objects, b"\n/PageMode /UseOutlines")
    after = path.read_bytes()
    assert after.startswith(before)  # an update, not a rewrite
    reader = PdfReader(path, strict=True)
    assert len(reader.pages) == 3
    assert reader.page_mode == "/UseOutlines"
    annots = [a.get_object() for a in reader.pages[0].get("/Annots") or []]
    assert [a["/Subtype"] for a in annots] == ["/Link"]
    assert annots[0]["/Dest"][0].idnum == written.pages[2]
    if shutil.which("pdfinfo"):  # poppler, a second reader
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
        assert "Pages:           3" in info.stdout
        assert "Syntax Error" not in info.stderr


@pytest.mark.parametrize(
    ("damage", "problem"),
    [
        (lambda b: b.replace(b"startxref", b"startXref"), "no startxref at the end"),
        (lambda b: b.replace(b"/MediaBox", b"/MediaBax"), "no /MediaBox where one was expected"),
        # the same length, so every offset still holds
        (lambda b: b.replace(b"/Type /Catalog", b"/PageMode /Xyz"), "has an outline already"),
    ],
)
def test_a_file_not_shaped_as_qt_writes_it_is_refused(
    qapp: Any, tmp_path: Path, damage: Any, problem: str
) -> None:
    path = qt_pdf(tmp_path / "q.pdf", 1)
    path.write_bytes(damage(path.read_bytes()))
    with pytest.raises(pdfappend.PdfShapeError, match=problem):
        pdfappend.append(path, pdfappend.read(path), {}, b"")
