"""Reading PDFs back with poppler's tools (pdftotext, pdffonts, pdfimages, pdfinfo, pdftoppm).

The print tests judge the files a user would get, not our own idea of them: every check here
runs the command-line tool and parses what it prints.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

TOOLS = ("pdftotext", "pdffonts", "pdfimages", "pdfinfo", "pdftoppm")


def require_poppler() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"poppler-utils is not installed (no {', '.join(missing)})")


def run(*args: str | Path) -> str:
    done = subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, check=True, timeout=60
    )
    return done.stdout


def text(pdf: Path, *, page: int | None = None, layout: bool = True) -> str:
    """pdftotext's text (``-layout`` keeps each line's runs in order), one page or all."""
    args: list[str | Path] = ["pdftotext", "-enc", "UTF-8"]
    if layout:
        args.append("-layout")
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return run(*args, pdf, "-")


@dataclass(frozen=True)
class Font:
    name: str
    type: str
    encoding: str
    embedded: bool
    subset: bool
    unicode: bool


def fonts(pdf: Path) -> list[Font]:
    """pdffonts' table; its columns are found from the dashes under the header."""
    lines = run("pdffonts", pdf).splitlines()
    if len(lines) < 2:
        return []
    spans = [(m.start(), m.end()) for m in re.finditer(r"-+", lines[1])]
    out = []
    for line in lines[2:]:
        cells = [line[a:b].strip() for a, b in spans[:-1]] + [line[spans[-1][0] :].strip()]
        name, kind, encoding, emb, sub, uni = cells[:6]
        out.append(Font(name, kind, encoding, emb == "yes", sub == "yes", uni == "yes"))
    return out


def images(pdf: Path) -> list[str]:
    """pdfimages -list's rows, one per image (an empty list for a purely vector PDF)."""
    return run("pdfimages", "-list", pdf).splitlines()[2:]


def info(pdf: Path) -> dict[str, str]:
    rows = {}
    for line in run("pdfinfo", "-f", "1", "-l", "9999", pdf).splitlines():
        key, _, value = line.partition(":")
        rows[key.strip()] = value.strip()
    return rows


def page_count(pdf: Path) -> int:
    return int(info(pdf)["Pages"])


def page_sizes(pdf: Path) -> list[tuple[float, float, int]]:
    """Each page's width and height in points, and its rotation, as pdfinfo reports them."""
    rows = info(pdf)
    out = []
    for number in range(1, int(rows["Pages"]) + 1):
        key = f"Page {number:>4} size"
        size = rows.get(key) or rows["Page size"]
        width, height = (float(v) for v in re.findall(r"[\d.]+", size)[:2])
        rotation = int(rows.get(f"Page {number:>4} rot", rows.get("Page rot", "0")))
        out.append((width, height, rotation))
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


def words(pdf: Path) -> tuple[list[tuple[float, float]], list[Word]]:
    """pdftotext -bbox: each page's size and every word with its box, in points."""
    xhtml = run("pdftotext", "-bbox", "-enc", "UTF-8", pdf, "-")
    # A glyph that maps to a control character would make the XML unreadable.
    root = ET.fromstring(re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f]", "", xhtml))
    sizes, found = [], []
    for number, page in enumerate(root.iter("{http://www.w3.org/1999/xhtml}page"), start=1):
        sizes.append((float(page.get("width", 0)), float(page.get("height", 0))))
        for word in page.iter("{http://www.w3.org/1999/xhtml}word"):
            x0, y0, x1, y1 = (float(word.get(k, 0)) for k in ("xMin", "yMin", "xMax", "yMax"))
            found.append(Word(number, x0, y0, x1, y1, word.text or ""))
    return sizes, found


def render(pdf: Path, prefix: Path, *, dpi: int = 60, gray: bool = False) -> list[Path]:
    """pdftoppm's PNGs, one per page."""
    args: list[str | Path] = ["pdftoppm", "-r", str(dpi), "-png"]
    if gray:
        args.append("-gray")
    run(*args, pdf, prefix)
    return sorted(prefix.parent.glob(f"{prefix.name}*.png"))


def squeeze(value: str) -> str:
    """Text with its runs of white space made single spaces, for searching across columns."""
    return re.sub(r"\s+", " ", value)
