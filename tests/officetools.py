"""A real office suite for the tests: LibreOffice converts Word and PowerPoint files to PDF.

LibreOffice is given the application's bundled Chinese font through a fontconfig file of its
own, with the Chinese font names our documents ask for (宋体, 黑体, 仿宋 …) bound to it: a
machine without any Chinese font still renders the documents' Chinese, and a test never
depends on which fonts the system has. Each conversion uses a fresh user profile under the
test's folder, so it never meets a running LibreOffice or the user's settings.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from gui.paths import resource
from gui.qtcommon.fonts import FONT_FILE

from . import system

CHINESE_NAMES = (
    *("宋体", "黑体", "微软雅黑", "SimSun", "SimHei", "Microsoft YaHei"),
    # The official Word brief's faces and the alternatives its font table gives them.
    *("仿宋_GB2312", "仿宋", "FangSong", "楷体_GB2312", "楷体", "KaiTi"),
    *("方正小标宋简体", "华文中宋", "STZhongsong"),
)
FAMILY = "BJGov Sans SC"


def soffice() -> str:
    """The LibreOffice program; skips the test where none is installed."""
    system.require("libreoffice")
    found = shutil.which("soffice") or shutil.which("libreoffice")
    assert found is not None
    return found


def font_config(folder: Path) -> Path:
    """A fontconfig file: the system's, plus the bundled font and the Chinese names bound to it."""
    folder.mkdir(parents=True, exist_ok=True)
    aliases = "\n".join(
        f'  <alias binding="same"><family>{name}</family>'
        f"<prefer><family>{FAMILY}</family></prefer></alias>"
        for name in CHINESE_NAMES
    )
    config = folder / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
        f"  <dir>{resource(FONT_FILE).parent}</dir>\n"
        f"  <cachedir>{folder / 'cache'}</cachedir>\n"
        f"{aliases}\n</fontconfig>\n",
        encoding="utf-8",
    )
    return config


def to_pdf(document: Path, work: Path) -> Path:
    """``document`` converted to PDF by LibreOffice, in a folder of its own under ``work``."""
    program = soffice()
    out = work / f"pdf-{document.stem}-{document.suffix.lstrip('.')}"
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, FONTCONFIG_FILE=str(font_config(work / "fontconfig")))
    env.pop("QT_QPA_PLATFORM", None)
    profile = (work / "lo-profile").resolve().as_uri()
    done = subprocess.run(
        [
            program,
            "--headless",
            "--norestore",
            f"-env:UserInstallation={profile}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(document),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
        check=False,
    )
    pdf = out / f"{document.stem}.pdf"
    if done.returncode != 0 or not pdf.exists():
        raise AssertionError(f"LibreOffice did not convert {document.name}: {done.stderr}")
    return pdf


def pdf_pages_text(pdf: Path) -> list[str]:
    """Each page's text, as PDFium (the engine in Chrome) extracts it."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        pages = []
        for page in document:
            text = page.get_textpage()
            pages.append(text.get_text_range())
            text.close()
            page.close()
        return pages
    finally:
        document.close()


def render_pages(pdf: Path, prefix: Path, scale: float = 1.0) -> list[Path]:
    """Each page as PNG (``scale`` 1 is 72 dpi), rendered by PDFium."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    paths = []
    try:
        for number, page in enumerate(document, start=1):
            path = prefix.with_name(f"{prefix.name}-{number:02d}.png")
            page.render(scale=scale).to_pil().save(path)
            paths.append(path)
            page.close()
    finally:
        document.close()
    return paths
