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
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QIODevice, QMimeData, QPoint, QRect, QSize
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPaintDevice, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog

from gui.data import proof
from gui.data.chartdata import csv_rows
from gui.data.files import WriteError, write_bytes, write_with
from gui.printing.chartpaint import draw_scene
from gui.printing.layout import Op, Typesetter, moved, paint_ops
from gui.printing.paper import MUTED, PAPER, Scale
from gui.qt.chart_view import ChartView
from gui.qt.text import warn
from gui.qtcommon.i18n import tr
from gui.qtcommon.qtfiles import from_qt, qt_output

# Type for a picture on a page or a slide: larger than a sheet's, as an image is often shrunk.
EXPORT = Scale(title=14.0, heading=12.0, body=12.0, table=10.0, label=10.0, note=9.5, small=9.5)
WIDTH = 500.0  # points: 667 pixels at 96 dpi, twice that in the image
MARGIN = 14.0
DPI = 96


@dataclass(frozen=True)
class Picture:
    """The export laid out in points: what to paint and the size it takes."""

    ops: list[Op]
    width: float
    height: float

    def pixels(self) -> QSize:
        k = DPI / 72.0
        return QSize(round(self.width * k), round(self.height * k))


def layout(view: ChartView, device: QPaintDevice) -> Picture:
    """The chart, then its source and data edition, measured with ``device``'s metrics."""
    ts = Typesetter(device)
    inner = WIDTH - 2 * MARGIN
    chart = draw_scene(view.scene, inner, ts, EXPORT)
    footer, h = ts.paragraph(0, chart.height + 8, view.footer, EXPORT.small, inner, colour=MUTED)
    ops = moved([*chart.ops, *footer], MARGIN, MARGIN)
    return Picture(ops, WIDTH, chart.height + 8 + h + 2 * MARGIN)


def _paint(picture: Picture, painter: QPainter, device: QPaintDevice) -> None:
    size = picture.pixels()
    painter.fillRect(QRect(QPoint(0, 0), size), QColor(PAPER))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_ops(picture.ops, painter, device.logicalDpiX() / 72.0)


def to_image(view: ChartView, scale: float = 2.0) -> QImage:
    probe = _image(QSize(1, 1), scale)
    picture = layout(view, probe)
    image = _image(picture.pixels(), scale)
    image.fill(QColor(PAPER))
    painter = QPainter(image)
    try:
        _paint(picture, painter, image)
    finally:
        painter.end()
    return image


def _image(size: QSize, scale: float) -> QImage:
    image = QImage(size * scale, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    dots = round(DPI / 0.0254)  # dots per metre: the metrics the layout was measured with
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    return image


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
    view.exported.emit(tr("Chart copied: %1").replace("%1", view.scene.title))


def save_image_dialog(view: ChartView) -> None:
    name, chosen = QFileDialog.getSaveFileName(
        view,
        tr("Save chart image"),
        f"{view.chart.id}.png",
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
        view, tr("Export chart data"), f"{view.chart.id}.csv", tr("CSV (*.csv)")
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
        view.exported.emit(tr("Saved: %1").replace("%1", str(path)))
