"""A real print queue: a sheet printed through CUPS to its PDF printer, on A4 landscape.

``.ci/start-services`` starts ``cupsd`` and adds the queue ``PDF`` (Debian's cups-pdf). The
job goes through CUPS's filters like any print job; cups-pdf writes the result to the ``Out``
folder of ``/etc/cups/cups-pdf.conf``. The test reads that PDF back: A4, landscape (printed
across portrait paper, as printers do: either rotated by the page's /Rotate or with the text
running up the page), and the sheet's text. The English sheet is used: on its way through
PostScript the queue keeps Latin text readable, not Chinese (see .ci/start-services).
"""

from __future__ import annotations

import os
import re
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from gui.database.store import Store
from gui.present import figures
from gui.qtcommon.i18n import translator
from tests import pdftools, system

QUEUE = "PDF"
CONF = Path("/etc/cups/cups-pdf.conf")


def output_folders() -> list[Path]:
    """Where cups-pdf writes this user's jobs: its ``Out`` setting, and the anonymous folder."""
    settings = {
        "Out": "/var/spool/cups-pdf/${USER}",
        "AnonDirName": "/var/spool/cups-pdf/ANONYMOUS",
    }
    if CONF.exists():
        for line in CONF.read_text(encoding="utf-8", errors="replace").splitlines():
            parts = line.split(None, 1)
            if len(parts) == 2 and parts[0] in settings:
                settings[parts[0]] = parts[1].strip()
    import pwd  # CUPS and cups-pdf are Unix things; so is this module

    user = pwd.getpwuid(os.getuid())
    values = {"${HOME}": user.pw_dir, "${USER}": user.pw_name}
    folders = []
    for key in ("Out", "AnonDirName"):
        path = settings[key]
        for name, value in values.items():
            path = path.replace(name, value)
        folders.append(Path(path))
    return folders


def wait_for_pdf(folders: list[Path], stem: str, timeout: float = 60) -> Path:
    """The job's PDF once cups-pdf has finished writing it (its name begins with the title)."""
    deadline = time.monotonic() + timeout
    last_size = -1
    while time.monotonic() < deadline:
        found = [
            p
            for folder in folders
            if folder.is_dir()
            for p in folder.glob("*.pdf")
            if p.name.startswith(stem)
        ]
        if found:
            newest = max(found, key=lambda p: p.stat().st_mtime)
            size = newest.stat().st_size
            queue = subprocess.run(["lpstat", "-o", QUEUE], capture_output=True, text=True)
            if size > 0 and size == last_size and not queue.stdout.strip():
                return newest
            last_size = size
        time.sleep(0.3)
    raise AssertionError(f"no PDF named {stem}* appeared in {', '.join(map(str, folders))}")


@pytest.mark.system("cups")
def test_a_sheet_printed_through_cups_on_a4_landscape(qapp: Any, store: Store) -> None:
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    from gui.printing.export import page_layout
    from gui.printing.printer import print_document

    if QUEUE not in QPrinterInfo.availablePrinterNames():
        system.skip("cups", f"no queue named {QUEUE} (.ci/start-services adds it)")
    printer = QPrinter(QPrinterInfo.printerInfo(QUEUE), QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout("A4", landscape=True))
    stem = f"bjgov-test-{os.getpid()}-{time.time_ns() % 10**9}"
    printer.setDocName(stem)
    pages = print_document(store, printer, domain="hotline", lang="en")
    assert pages >= 1

    pdf = wait_for_pdf(output_folders(), stem)
    try:
        sizes = pdftools.page_sizes(pdf)
        assert len(sizes) == pages  # every page the sheet laid out came out of the queue
        width, height, rotation = sizes[0]
        assert sorted((round(width), round(height))) == [595, 842], "A4"
        _, words = pdftools.words(pdf)
        long_words = [w for w in words if len(w.text) >= 4]
        assert long_words, "no text came out of the queue"
        upright = sum(w.width > w.height for w in long_words)
        if rotation % 180 == 90:
            landscape = width < height  # a portrait page shown turned: landscape
        else:
            # The page is portrait paper; a landscape sheet on it has its text running up.
            landscape = width > height or upright < len(long_words) / 2
        assert landscape, (width, height, rotation, upright, len(long_words))

        # PDFium's text in drawing order: the queue may turn the sheet's lines up the page.
        text = pdftools.squeeze(pdftools.text(pdf, layout=False))
        domain = store.domain("hotline")
        assert domain is not None
        assert domain.tr("title", "en") in text
        assert "Key figures" in text
        assert f"Page 1 of {pages}" in text
        latin = [
            figures.figure(obs, "en", translator("en"))
            for obs in store.cards("hotline")
            if re.fullmatch(r"[\x20-\x7e]+", figures.figure(obs, "en", translator("en")))
        ]
        assert latin
        for figure in latin:
            assert figure in text, figure
    finally:
        pdf.unlink(missing_ok=True)
