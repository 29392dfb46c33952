"""The PDF reader the print tests rely on (tests/pdftools.py), on PDFs whose content is known.

Each check the print tests make must be able to fail: a raster image is found, a font that is
not embedded or is Type 3 is reported so, a 6-point word measures as 6 points, a word's box is
where it was drawn, a Chinese sentence comes back out exactly, page sizes and rotation are the
file's. The last test compares with poppler's tools, a second opinion where they are installed.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
)

from gui.database.store import Store
from tests import pdftools

SIZE_RATIO = 1.45  # the bundled font's ascent plus descent, over its size (as test_print_pdf)


def sentence(store: Store) -> str:
    """The first sentence the hotline sheet quotes, as the article has it."""
    return store.cards("hotline")[0].quote


@pytest.fixture(scope="module")
def known(qapp: Any, tmp_path_factory: pytest.TempPathFactory, built_db: Path) -> dict[str, Any]:
    """A Letter landscape page drawn with the bundled font at 72 dpi (so that a pixel is a
    point): the first hotline quote at 9 pt, one word at 6 pt, a bold heading at 20 pt; and a
    second page with a raster image."""
    from PySide6.QtCore import QMarginsF, QPointF, QRectF
    from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

    from gui.qtcommon.fonts import font

    with Store(built_db) as store:
        quote = sentence(store)[:40]  # one line of it
    path = tmp_path_factory.mktemp("known") / "known.pdf"
    writer = QPdfWriter(str(path))
    writer.setResolution(72)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.Letter),
            QPageLayout.Orientation.Landscape,
            QMarginsF(0, 0, 0, 0),
        )
    )
    painter = QPainter(writer)
    painter.setPen(QColor("black"))
    painter.setFont(font(9))
    painter.drawText(QPointF(100, 100), quote)
    painter.setFont(font(6))
    painter.drawText(QPointF(100, 200), "tiny")
    painter.setFont(font(20, bold=True))
    painter.drawText(QPointF(100, 300), "Heading")
    writer.newPage()
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    painter.drawImage(QRectF(300, 200, 144, 108), image)
    painter.end()
    return {"path": path, "quote": quote}


def test_text_comes_back_exactly(known: dict[str, Any]) -> None:
    pdf = known["path"]
    assert pdftools.text(pdf, page=1, layout=False).split("\n")[0] == known["quote"]
    lines = pdftools.text(pdf, page=1).split("\n")
    assert lines == [known["quote"], "tiny", "Heading"]
    assert pdftools.text(pdf, page=2) == ""


def test_word_boxes_are_where_the_words_were_drawn(known: dict[str, Any]) -> None:
    sizes, found = pdftools.words(known["path"])
    assert sizes == [(792.0, 612.0), (792.0, 612.0)]
    tiny = next(w for w in found if w.text == "tiny")
    assert tiny.page == 1
    assert tiny.x0 == pytest.approx(100, abs=0.1)
    # A 6-point word measures 6 points: what test_no_text_under_7pt_in_the_pdf relies on.
    assert tiny.height / SIZE_RATIO == pytest.approx(6, abs=0.05)
    assert tiny.y0 < 200 < tiny.y1  # the baseline is inside the box, measured from the top
    heading = next(w for w in found if w.text == "Heading")
    assert heading.height / SIZE_RATIO == pytest.approx(20, abs=0.05)
    # Qt's synthesized bold: a second copy 1/40 em to the left (test_print_pdf allows for it).
    assert 100 - 20 / 40 - 0.1 <= heading.x0 <= 100 + 0.1


def test_page_sizes_and_rotation(known: dict[str, Any], tmp_path: Path) -> None:
    assert pdftools.page_count(known["path"]) == 2
    assert pdftools.page_sizes(known["path"]) == [(792.0, 612.0, 0)] * 2
    writer = PdfWriter(clone_from=known["path"])
    writer.pages[0].rotate(90)
    turned = tmp_path / "turned.pdf"
    writer.write(turned)
    assert pdftools.page_sizes(turned) == [(792.0, 612.0, 90), (792.0, 612.0, 0)]


def test_a_raster_image_is_found(known: dict[str, Any], tmp_path: Path) -> None:
    assert pdftools.images(known["path"]) == ["page 2: 40×30 px at (300, 304)"]
    # … and drawn where it was put: red at its centre, white beside it.
    pngs = pdftools.render(known["path"], tmp_path / "page", dpi=36)
    assert [p.name for p in pngs] == ["page-1.png", "page-2.png"]
    from PySide6.QtGui import QColor, QImage

    image = QImage(str(pngs[1]))
    assert (image.width(), image.height()) == (396, 306)
    centre, beside = image.pixelColor(186, 127), image.pixelColor(50, 50)
    assert centre.red() >= 240, centre
    assert max(centre.green(), centre.blue()) <= 16, centre
    assert beside == QColor("white")


def test_fonts_not_embedded_or_type3_and_inline_images_are_reported(
    known: dict[str, Any], tmp_path: Path
) -> None:
    assert pdftools.fonts(known["path"]) == [
        pdftools.Font("BJGovSansSC-Regular", "CID TrueType", "Identity-H", True, True, True)
    ]
    # A page that names Helvetica without embedding it, and a Type 3 font.
    writer = PdfWriter()
    page = writer.add_blank_page(200, 200)
    helvetica = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )
    type3 = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type3"),
            NameObject("/FontBBox"): ArrayObject(),
            NameObject("/FontMatrix"): ArrayObject(),
            NameObject("/CharProcs"): DictionaryObject(),
            NameObject("/Encoding"): DictionaryObject(),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {
            NameObject("/Font"): DictionaryObject(
                {
                    NameObject("/F1"): writer._add_object(helvetica),
                    NameObject("/F2"): writer._add_object(type3),
                }
            )
        }
    )
    content = DecodedStreamObject()  # and an inline image, 2×1 grey pixels
    content.set_data(
        b"BT /F1 12 Tf 20 100 Td (Hello) Tj ET q 10 0 0 10 20 20 cm "
        b"BI /W 2 /H 1 /CS /G /BPC 8 ID \x00\xff EI Q"
    )
    page[NameObject("/Contents")] = writer._add_object(content)
    pdf = tmp_path / "fonts.pdf"
    writer.write(pdf)
    assert pdftools.fonts(pdf) == [
        pdftools.Font("Helvetica", "Type 1", "WinAnsiEncoding", False, False, False),
        pdftools.Font("[none]", "Type 3", "Custom", True, False, False),
    ]
    assert pdftools.text(pdf) == "Hello"
    assert pdftools.images(pdf) == ["page 1: 2×1 px at (20, 20)"]


@pytest.mark.system("poppler")
def test_poppler_reads_the_same(qapp: Any, store: Store, tmp_path: Path) -> None:
    """A second opinion on one printed sheet: poppler finds the same words in the same places
    and the same fonts."""
    from gui.printing.export import write_pdf

    pdf = tmp_path / "hotline.pdf"
    write_pdf(store, pdf, domain="hotline", lang="zh")

    def run(*args: str | Path) -> str:
        done = subprocess.run(
            [str(a) for a in args], capture_output=True, text=True, check=True, timeout=60
        )
        return done.stdout

    xhtml = run("pdftotext", "-bbox", "-enc", "UTF-8", pdf, "-")
    word = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    theirs = [
        pdftools.Word(1, float(x0), float(y0), float(x1), float(y1), text)
        for x0, y0, x1, y1, text in re.findall(word, xhtml)
    ]
    _, ours = pdftools.words(pdf)
    assert sorted(w.text for w in theirs) == sorted(w.text for w in ours)
    for their in theirs:
        assert any(
            w.text == their.text
            and abs(w.x0 - their.x0) < 1
            and abs(w.y0 - their.y0) < 0.5
            and abs(w.x1 - their.x1) < 1
            for w in ours
        ), their

    table = run("pdffonts", pdf).splitlines()[2:]
    poppler_fonts = [(line.split()[0], " ".join(line.split()[1:3])) for line in table]
    assert poppler_fonts == [(f.name, f.type) for f in pdftools.fonts(pdf)]
    assert all(line.split()[-5:-2] == ["yes", "no", "yes"] for line in table)  # emb, sub, uni
