"""Citations, note numbers and captions are decided once, in the document tree: every output
(the PDF, the print preview's pages, Word, PowerPoint) shows the same ones.

Each output is read back by its own reader and compared with the others, not with the tree:
this is the test that catches one renderer numbering, ordering or wording them on its own.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from docx import Document as WordFile
from pptx import Presentation
from PySide6.QtPrintSupport import QPrinter

from gui.database.briefing import Pin
from gui.database.model import Lang
from gui.database.store import Store
from gui.office.export import write_office
from gui.present.typography import plain
from gui.printing.export import page_layout, write_pdf
from gui.printing.printer import print_document
from tests import pdftools

TODAY = date(2026, 12, 7)
PINS = [
    Pin("safety.accidents.20200630", 0, "先讲事故", "2020-2021"),
    Pin("hotline.requests.2020", 1, "", "2020-2021"),
    Pin("matters.household_food_waste.202012", 2, "", "2020-2021"),
]
# A domain's sheet in each language, and the briefing list as the preview prints it.
CASES = [("hotline", "zh"), ("safety", "en"), ("briefing", "zh")]
NOTE = re.compile(r"^(\[\d+\])\s+(.+)$")


def bare(text: str) -> str:
    """Text without joiners or white space: lines wrap differently in each output."""
    return "".join(plain(text).split())


@pytest.fixture(scope="module")
def outputs(
    built_db: Path, tmp_path_factory: pytest.TempPathFactory, qapp: Any
) -> dict[tuple[str, str], dict[str, Path]]:
    folder = tmp_path_factory.mktemp("formats")
    made: dict[tuple[str, str], dict[str, Path]] = {}
    with Store(built_db) as store:
        for name, lang in CASES:
            pins = PINS if name == "briefing" else None
            domain = None if pins else name
            lang_: Lang = "zh" if lang == "zh" else "en"
            paths = {ext: folder / f"{name}-{lang}.{ext}" for ext in ("pdf", "docx", "pptx")}
            write_pdf(store, paths["pdf"], domain=domain, lang=lang_, pins=pins)
            for fmt in ("docx", "pptx"):
                write_office(
                    store, paths[fmt], fmt, domain=domain, lang=lang_, pins=pins, today=TODAY
                )
            preview = folder / f"{name}-{lang}-preview.pdf"
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(preview))
            printer.setPageLayout(page_layout("A4"))
            print_document(store, printer, domain=domain, lang=lang_, pins=pins, today=TODAY)
            paths["preview"] = preview
            made[(name, lang)] = paths
    return made


def word_notes(path: Path) -> list[tuple[str, str]]:
    """The Word file's source notes, in order: (``[3]``, the sentence)."""
    found = []
    for p in WordFile(str(path)).paragraphs:
        if p.style is not None and p.style.name == "Source Note":
            label, _, text = plain(p.text).partition("\t")
            found.append((label, text))
    return found


def word_styled(path: Path, style: str) -> list[str]:
    return [
        plain(p.text)
        for p in WordFile(str(path)).paragraphs
        if p.style is not None and p.style.name == style
    ]


def deck_notes(path: Path) -> set[tuple[str, str]]:
    """Every source note under any slide: (``[3]``, the sentence)."""
    found = set()
    for slide in Presentation(str(path)).slides:
        for line in plain(slide.notes_slide.notes_text_frame.text).splitlines():
            if match := NOTE.match(line):
                found.add((match.group(1), match.group(2)))
    return found


def deck_titles(path: Path) -> list[str]:
    return [
        plain(slide.shapes.title.text_frame.text)
        for slide in Presentation(str(path)).slides
        if slide.shapes.title is not None
    ]


def in_order(needles: list[str], haystack: str) -> list[str]:
    """The needles not found in ``haystack`` one after the other (empty: all in order)."""
    missing, at = [], 0
    for needle in needles:
        found = haystack.find(bare(needle), at)
        if found < 0:
            missing.append(needle)
        else:
            at = found + len(bare(needle))
    return missing


@pytest.mark.parametrize(("name", "lang"), CASES)
def test_notes_are_numbered_and_worded_alike_everywhere(
    outputs: dict[tuple[str, str], dict[str, Path]], name: str, lang: str
) -> None:
    paths = outputs[(name, lang)]
    notes = word_notes(paths["docx"])
    assert notes, "the Word file lists its source notes"
    numbers = [int(label.strip("[]")) for label, _ in notes]
    assert numbers == list(range(1, len(notes) + 1)), "one section: notes numbered from 1"
    # The slides cite the same notes, each with the same number and the same sentence.
    assert deck_notes(paths["pptx"]) == set(notes)
    # The PDF and the previewed pages print them whole, in the same order.
    for printed in ("pdf", "preview"):
        text = bare(pdftools.text(paths[printed], layout=False))
        assert in_order([f"{label}{sentence}" for label, sentence in notes], text) == []


@pytest.mark.parametrize(("name", "lang"), CASES)
def test_captions_and_references_are_the_same_everywhere(
    outputs: dict[tuple[str, str], dict[str, Path]], name: str, lang: str
) -> None:
    paths = outputs[(name, lang)]
    captions = word_styled(paths["docx"], "Caption")
    references = word_styled(paths["docx"], "Reference")
    assert references, "the Word file gives its references"
    for printed in ("pdf", "preview"):
        text = bare(pdftools.text(paths[printed], layout=False))
        assert in_order(captions, text) == []
        assert in_order(references, text) == []
    # A chart's slide is titled by the chart's caption, numbered as on paper and in Word.
    figure = "图" if lang == "zh" else "Figure"
    charts = [c for c in captions if c.startswith(figure)]
    titled = [t for t in deck_titles(paths["pptx"]) if t.startswith(figure)]
    assert [bare(t) for t in titled] == [bare(c) for c in charts]
    deck_text = bare(
        "".join(
            slide.notes_slide.notes_text_frame.text
            for slide in Presentation(str(paths["pptx"])).slides
        )
    )
    assert in_order(references, deck_text) == []
