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
from typing import TYPE_CHECKING

from PySide6.QtCore import QIODevice, QMimeData, QPoint, QRect
from PySide6.QtGui import QGuiApplication, QImage, QPaintDevice, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog

from gui.data import proof
from gui.data.chartdata import csv_rows
from gui.data.files import WriteError, write_bytes, write_with
from gui.data.translate import arg
from gui.paths import resource
from gui.printing import chartimage
from gui.printing.chartimage import DPI, Picture
from gui.printing.svg_font import embed_font
from gui.qt.save_paths import remember, session_of, start_path
from gui.qt.text import warn
from gui.qtcommon.fonts import FONT_FILE, family
from gui.qtcommon.i18n import tr
from gui.qtcommon.qtfiles import from_qt, qt_output

if TYPE_CHECKING:  # a chart view calls in here: the view imports this module, not the reverse
    from gui.qt.chart_view import ChartView


def layout(view: ChartView, device: QPaintDevice) -> Picture:
    """The chart, then its source and data edition, measured with ``device``'s metrics."""
    return chartimage.layout(view.scene, view.footer, device)


def _paint(picture: Picture, painter: QPainter, device: QPaintDevice) -> None:
    chartimage.paint(picture, painter, device)


def to_image(view: ChartView, scale: float = 2.0) -> QImage:
    return chartimage.render(view.scene, view.footer, scale)


def write_png(view: ChartView, path: Path) -> None:
    image = to_image(view)

    def save(temporary: Path) -> bool:
        with qt_output(temporary) as device:
            # PySide6 takes the format as str at run time although its stubs say bytes.
            return image.save(device, "PNG")  # type: ignore[call-overload,no-any-return]

    write_with(path, save, verify=proof.png)


def write_svg(view: ChartView, path: Path) -> None:
    def draw(temporary: Path) -> None:
        with qt_output(temporary) as device:
            _draw_svg(view, device)
        # The font inside the file: it names Noto Sans CJK SC, which few machines have.
        svg = embed_font(temporary.read_bytes(), resource(FONT_FILE), family())
        temporary.write_bytes(svg)

    write_with(path, draw, verify=proof.svg)


def _draw_svg(view: ChartView, device: QIODevice) -> None:
    generator = QSvgGenerator()
    generator.setOutputDevice(device)
    generator.setResolution(DPI)
    picture = layout(view, generator)
    size = picture.pixels()
    generator.setSize(size)
    generator.setViewBox(QRect(QPoint(0, 0), size))
    generator.setTitle(view.scene.title)
    generator.setDescription(f"{view.scene.summary}\n{view.footer}")
    painter = QPainter(generator)
    try:
        _paint(picture, painter, generator)
    finally:
        painter.end()


def csv_bytes(view: ChartView) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows(csv_rows(view.data, view.words))
    writer.writerow([])
    writer.writerow([view.footer])
    # UTF-8 with a byte-order mark: Excel and WPS then read the Chinese correctly.
    return "\ufeff".encode() + buffer.getvalue().encode("utf-8")


def write_csv(view: ChartView, path: Path) -> None:
    write_bytes(path, csv_bytes(view))


def copy_image(view: ChartView) -> None:
    """The picture, and its values as text for where a picture cannot be pasted."""
    mime = QMimeData()
    mime.setImageData(to_image(view))
    mime.setText(f"{view.scene.summary}\n{view.footer}")
    QGuiApplication.clipboard().setMimeData(mime)
    view.exported.emit(arg(tr("Chart copied: %1"), view.scene.title))


def save_image_dialog(view: ChartView) -> None:
    name, chosen = QFileDialog.getSaveFileName(
        view,
        tr("Save chart image"),
        start_path(session_of(view), view.chart.id, "png"),
        tr("PNG image (*.png);;SVG vector image (*.svg)"),
    )
    if not name:
        return
    path = from_qt(name)
    if not path.suffix:
        path = path.with_suffix(".svg" if "svg" in chosen.lower() else ".png")
    _write(
        view,
        lambda: write_svg(view, path) if path.suffix.lower() == ".svg" else write_png(view, path),
        path,
    )


def save_csv_dialog(view: ChartView) -> None:
    name, _ = QFileDialog.getSaveFileName(
        view,
        tr("Export chart data"),
        start_path(session_of(view), view.chart.id, "csv"),
        tr("CSV (*.csv)"),
    )
    if name:
        path = from_qt(name)
        _write(view, lambda: write_csv(view, path), path)


def _write(view: ChartView, action: Callable[[], None], path: Path) -> None:
    try:
        action()
    except WriteError as error:
        warn(view, tr("Could not save"), str(error))
    else:
        remember(session_of(view), path)
        view.exported.emit(arg(tr("Saved: %1"), str(path)))
