"""Render the application icon ``resources/icons/bjgov.svg`` to PNGs of the usual sizes.

Desktops want PNGs at fixed sizes (the freedesktop icon theme, Windows, macOS), so they are kept
beside the SVG. Run from the repository root after changing the SVG::

    .venv/bin/python packaging/render_icons.py

``--check`` renders in memory and exits 1, naming the file, if a PNG is missing or differs from
what the SVG gives (a test runs it).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "bjgov.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)
# Renderers of different Qt versions may differ by a step of antialiasing, not more.
TOLERANCE = 8


def png_path(size: int) -> Path:
    return ICONS / f"bjgov-{size}.png"


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn on a transparent ``size``×``size`` image."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: Qt cannot read this SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def differs(expected: QImage, path: Path) -> str | None:
    """Why the PNG at ``path`` is not ``expected``, or None if it matches."""
    from PySide6.QtGui import QImage

    if not path.exists():
        return "missing"
    actual = QImage(str(path)).convertToFormat(QImage.Format.Format_ARGB32)
    if actual.size() != expected.size():
        return f"is {actual.width()}×{actual.height()}, not {expected.width()}×{expected.height()}"
    for y in range(expected.height()):
        for x in range(expected.width()):
            a, b = actual.pixel(x, y), expected.pixel(x, y)
            if any(abs((a >> s & 255) - (b >> s & 255)) > TOLERANCE for s in (0, 8, 16, 24)):
                return f"differs from the SVG at pixel ({x}, {y})"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    problems = 0
    for size in SIZES:
        image = render(SVG, size)
        path = png_path(size)
        if args.check:
            problem = differs(image, path)
            if problem:
                print(f"{path.relative_to(ROOT)}: {problem}; run packaging/render_icons.py")
                problems += 1
        elif not image.save(str(path), b"PNG"):
            print(f"{path}: cannot write", file=sys.stderr)
            problems += 1
        else:
            print(f"wrote {path.relative_to(ROOT)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
