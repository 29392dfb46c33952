"""Screenshots of the Word and PowerPoint briefings as LibreOffice shows them.

Writes the documents, converts each to PDF with LibreOffice (headless, with the bundled
Chinese font: tests/officetools.py) and renders its pages with PDFium into one contact sheet
per document under tests/screenshots/office/. Run from the repository root, where LibreOffice
is installed, when the documents' look changes; then look at them::

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/office_screenshots.py [NAME …]
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402

from gui.database.briefing import Pin  # noqa: E402
from gui.database.model import Lang  # noqa: E402
from gui.database.store import Store  # noqa: E402
from gui.office.export import write_office  # noqa: E402
from gui.office.worddoc import Letterhead  # noqa: E402
from tests.officetools import render_pages, to_pdf  # noqa: E402

OUT = ROOT / "tests" / "screenshots" / "office"
PINS = [
    Pin("safety.accidents.20200630", 0, "先讲事故", "2020-2021"),
    Pin("hotline.requests.2020", 1, "", "2020-2021"),
    Pin("matters.household_food_waste.202012", 2, "与条例施行前比较", "2020-2021"),
]
# name, format, language, slide shape, domain (None: the pack), pins, pages a row
DOCUMENTS: list[tuple[str, str, Lang, str, str | None, list[Pin] | None, int]] = [
    ("pack-zh-16x9", "pptx", "zh", "16:9", None, None, 4),
    ("pack-en-4x3", "pptx", "en", "4:3", None, None, 4),
    ("briefing-zh-16x9", "pptx", "zh", "16:9", None, PINS, 2),
    ("hotline-zh-official", "docx", "zh", "16:9", "hotline", None, 4),
    ("safety-en-official", "docx", "en", "16:9", "safety", None, 4),
    ("hotline-zh-standard", "docx", "zh", "16:9", "hotline", None, 3),
    ("safety-en-standard", "docx", "en", "16:9", "safety", None, 3),
]
# The Word documents' looks (the rest: official), and the letterhead one of them shows.
STANDARD = {"hotline-zh-standard", "safety-en-standard"}
LETTERHEAD = {
    "hotline-zh-official": Letterhead(
        "北京市某某办公室",
        "第3期",
        "2026年11月30日",
        "抄送：市委办公厅，市政府办公厅",
        "2026年11月30日印发",
    )
}


def contact_sheet(pages: list[Path], columns: int, target: Path) -> None:
    images = [Image.open(page).convert("RGB") for page in pages]
    width = max(image.width for image in images)
    height = max(image.height for image in images)
    rows = (len(images) + columns - 1) // columns
    gap = 8
    sheet = Image.new("RGB", (columns * (width + gap) + gap, rows * (height + gap) + gap), "#888")
    for i, image in enumerate(images):
        sheet.paste(
            image, (gap + (i % columns) * (width + gap), gap + (i // columns) * (height + gap))
        )
    sheet.save(target, optimize=True)


def main() -> None:
    from gui.qtcommon.startup import application

    application(widgets=False)
    OUT.mkdir(parents=True, exist_ok=True)
    with Store(ROOT / "data" / "governance.db") as store, tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        only = set(sys.argv[1:])  # names to make, or all
        for name, fmt, lang, aspect, domain, pins, columns in DOCUMENTS:
            if only and name not in only:
                continue
            document = work / f"{name}.{fmt}"
            write_office(
                store,
                document,
                fmt,
                domain=domain,
                lang=lang,
                pins=pins,
                aspect=aspect,
                today=date(2026, 11, 30),
                style="standard" if name in STANDARD else "official",
                letterhead=LETTERHEAD.get(name),
            )
            pdf = to_pdf(document, work)
            scale = 0.75 if fmt == "pptx" else 0.9
            pages = render_pages(pdf, work / name, scale)
            contact_sheet(pages, columns, OUT / f"{name}-{fmt}.png")
            print(f"{OUT / f'{name}-{fmt}.png'}: {len(pages)} pages")


if __name__ == "__main__":
    main()
