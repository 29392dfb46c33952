"""A chart as a picture for pasting: the paper renderer's drawing on a white ground.

The window's Copy and Save image (gui/qt/chart_export.py) and the Word document draw charts
through here, so a pasted chart is the printed one: its title, unit, scale, notes and a footer
(sources, data edition). Sizes are in points; the image has ``DPI × scale`` pixels per inch.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QSize
from PySide6.QtGui import QColor, QImage, QPaintDevice, QPainter

from gui.present.chartscene import PRINT, Scene
from gui.printing.chartpaint import draw_scene
from gui.printing.layout import Op, Typesetter, moved, paint_ops
from gui.printing.paper import Scale

# Type for a picture on a page or a slide: larger than a sheet's, as an image is often shrunk.
EXPORT = Scale(title=14.0, heading=12.0, body=12.0, table=10.0, label=10.0, note=9.5, small=9.5)
WIDTH = 500.0  # points: 667 pixels at 96 dpi, twice that in the image
MARGIN = 14.0
DPI = 96


@dataclass(frozen=True)
class Picture:
    """The picture laid out in points: what to paint and the size it takes."""

    ops: list[Op]
    width: float
    height: float

    def pixels(self) -> QSize:
        k = DPI / 72.0
        return QSize(round(self.width * k), round(self.height * k))


def layout(
    scene: Scene, footer: str, device: QPaintDevice, width: float = WIDTH, sources: str = ""
) -> Picture:
    """The chart, then ``footer``, measured with ``device``'s metrics, ``width`` points wide."""
    ts = Typesetter(device)
    inner = width - 2 * MARGIN
    chart = draw_scene(scene, inner, ts, EXPORT, sources)
    ops = list(chart.ops)
    height = chart.height
    if footer:
        text, h = ts.paragraph(0, chart.height + 8, footer, EXPORT.small, inner, colour=PRINT.muted)
        ops += text
        height += 8 + h
    return Picture(moved(ops, MARGIN, MARGIN), width, height + 2 * MARGIN)


def paint(picture: Picture, painter: QPainter, device: QPaintDevice) -> None:
    size = picture.pixels()
    painter.fillRect(QRect(QPoint(0, 0), size), QColor(PRINT.background))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_ops(picture.ops, painter, device.logicalDpiX() / 72.0)


def image(size: QSize, scale: float) -> QImage:
    """An image whose metrics are 96 dpi (as the layout is measured) with ``scale`` pixels a
    point of that: 2 for the screen, 3 and more for print."""
    result = QImage(size * scale, QImage.Format.Format_ARGB32)
    result.setDevicePixelRatio(scale)
    dots = round(DPI / 0.0254)  # dots per metre: the metrics the layout was measured with
    result.setDotsPerMeterX(dots)
    result.setDotsPerMeterY(dots)
    return result


def render(
    scene: Scene, footer: str, scale: float = 2.0, width: float = WIDTH, sources: str = ""
) -> QImage:
    picture = layout(scene, footer, image(QSize(1, 1), scale), width, sources)
    result = image(picture.pixels(), scale)
    result.fill(QColor(PRINT.background))
    painter = QPainter(result)
    try:
        paint(picture, painter, result)
    finally:
        painter.end()
    return result


def png_bytes(picture: QImage, dpi: float) -> bytes:
    """``picture`` as PNG, saying ``dpi`` in its header so that it is placed at its size.

    Without alpha (the ground is white) and at a light compression: three times faster to
    encode than Qt's default, for a file a tenth larger.
    """
    picture = picture.convertToFormat(QImage.Format.Format_RGB888)
    dots = round(dpi / 0.0254)
    picture.setDotsPerMeterX(dots)
    picture.setDotsPerMeterY(dots)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 takes the format as str at run time although its stubs say bytes.
    if not picture.save(buffer, "PNG", 80):  # type: ignore[call-overload]
        raise OSError("Qt could not encode the chart as PNG")
    buffer.close()
    return bytes(data.data())
