"""Chart exports: an image or SVG drawn like the printed chart, and the data as CSV.

The image is the chart's scene laid out by the paper renderer (gui/printing/chartpaint.py) at a
size for pasting, on a white ground, with its title, unit, scale, notes, source and data
edition (as Our World in Data labels every chart it exports); a list of names comes out as the
list. Imported on the first export, so that QtSvg and the file dialogs cost nothing at start-up.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QIODevice, QMimeData, QPoint, QRect
from PySide6.QtGui import QGuiApplication, QImage, QPaintDevice, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QWidget

from gui.files import proof
from gui.files.atomic import WriteError, write_bytes, write_with
from gui.paths import resource
from gui.present.chartdata import ChartData, csv_rows
from gui.present.chartscene import Scene
from gui.present.translate import Translate, arg
from gui.printing import chartimage
from gui.printing.chartimage import DPI, Picture
from gui.printing.svg_font import embed_font
from gui.qt.save_paths import remember, session_of, start_path
from gui.qt.text import warn
from gui.qtcommon.fonts import FONT_FILE, family
from gui.qtcommon.i18n import tr
from gui.qtcommon.qtfiles import from_qt, qt_output


def layout(scene: Scene, footer: str, device: QPaintDevice) -> Picture:
    """The chart, then its source and data edition, measured with ``device``'s metrics."""
    return chartimage.layout(scene, footer, device)


def _paint(picture: Picture, painter: QPainter, device: QPaintDevice) -> None:
    chartimage.paint(picture, painter, device)


def to_image(scene: Scene, footer: str, scale: float = 2.0) -> QImage:
    return chartimage.render(scene, footer, scale)


def write_png(scene: Scene, footer: str, path: Path) -> None:
    image = to_image(scene, footer)

    def save(temporary: Path) -> bool:
        with qt_output(temporary) as device:
            # PySide6 takes the format as str at run time although its stubs say bytes.
            return image.save(device, "PNG")  # type: ignore[call-overload,no-any-return]

    write_with(path, save, verify=proof.png)


def write_svg(scene: Scene, footer: str, path: Path) -> None:
    def draw(temporary: Path) -> None:
        with qt_output(temporary) as device:
            _draw_svg(scene, footer, device)
        # The font inside the file: it names Noto Sans CJK SC, which few machines have.
        svg = embed_font(temporary.read_bytes(), resource(FONT_FILE), family())
        temporary.write_bytes(svg)

    write_with(path, draw, verify=proof.svg)


def _draw_svg(scene: Scene, footer: str, device: QIODevice) -> None:
    generator = QSvgGenerator()
    generator.setOutputDevice(device)
    generator.setResolution(DPI)
    picture = layout(scene, footer, generator)
    size = picture.pixels()
    generator.setSize(size)
    generator.setViewBox(QRect(QPoint(0, 0), size))
    generator.setTitle(scene.title)
    generator.setDescription(f"{scene.summary}\n{footer}")
    painter = QPainter(generator)
    try:
        _paint(picture, painter, generator)
    finally:
        painter.end()


def csv_bytes(data: ChartData, words: Translate, footer: str) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows(csv_rows(data, words))
    writer.writerow([])
    writer.writerow([footer])
    # UTF-8 with a byte-order mark: Excel and WPS then read the Chinese correctly.
    return "\ufeff".encode() + buffer.getvalue().encode("utf-8")


def write_csv(data: ChartData, words: Translate, footer: str, path: Path) -> None:
    write_bytes(path, csv_bytes(data, words, footer))


def copy_image(scene: Scene, footer: str) -> str:
    """The picture, and its values as text for where a picture cannot be pasted; what was
    copied, in words for the status bar."""
    mime = QMimeData()
    mime.setImageData(to_image(scene, footer))
    mime.setText(f"{scene.summary}\n{footer}")
    QGuiApplication.clipboard().setMimeData(mime)
    return arg(tr("Chart copied: %1"), scene.title)


def save_image_dialog(parent: QWidget, scene: Scene, footer: str, name: str) -> str | None:
    """Asks where, writes the image there (``name`` is the file name offered); what was saved,
    in words for the status bar, or None when nothing was."""
    chosen_name, chosen = QFileDialog.getSaveFileName(
        parent,
        tr("Save chart image"),
        start_path(session_of(parent), name, "png"),
        tr("PNG image (*.png);;SVG vector image (*.svg)"),
    )
    if not chosen_name:
        return None
    path = from_qt(chosen_name)
    if not path.suffix:
        path = path.with_suffix(".svg" if "svg" in chosen.lower() else ".png")
    write = write_svg if path.suffix.lower() == ".svg" else write_png
    return _write(parent, lambda: write(scene, footer, path), path)


def save_csv_dialog(
    parent: QWidget, data: ChartData, words: Translate, footer: str, name: str
) -> str | None:
    """Asks where, writes the chart's figures there as CSV; what was saved, or None."""
    chosen_name, _ = QFileDialog.getSaveFileName(
        parent,
        tr("Export chart data"),
        start_path(session_of(parent), name, "csv"),
        tr("CSV (*.csv)"),
    )
    if not chosen_name:
        return None
    path = from_qt(chosen_name)
    return _write(parent, lambda: write_csv(data, words, footer, path), path)


def _write(parent: QWidget, action: Callable[[], None], path: Path) -> str | None:
    try:
        action()
    except WriteError as error:
        warn(parent, tr("Could not save"), str(error))
        return None
    remember(session_of(parent), path)
    return arg(tr("Saved: %1"), str(path))
