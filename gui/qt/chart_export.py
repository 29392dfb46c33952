"""Chart exports: an image or SVG with title, unit, source and edition, and the data as CSV.

Imported on the first export, so that QtSvg and the file dialogs cost nothing at start-up.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QGraphicsView, QMessageBox

from gui.data.chartdata import csv_rows
from gui.data.files import WriteError, write_bytes, write_with
from gui.qt.chart_view import ChartView
from gui.qtcommon.fonts import font
from gui.qtcommon.i18n import tr
from gui.qtcommon.style import INK, MUTED


def paint(view: ChartView, painter: QPainter, target: QRect) -> None:
    """Title and unit on top, the plot, then source and data edition: for pasting anywhere."""
    view.build()
    header = 56
    footer = 40
    painter.save()
    painter.fillRect(target, Qt.GlobalColor.white)
    painter.setPen(INK)
    painter.setFont(font(13, bold=True))
    painter.drawText(target.adjusted(16, 10, -16, 0), Qt.AlignmentFlag.AlignLeft, view.data.title)
    if view.data.axis:
        painter.setFont(font(9))
        painter.setPen(MUTED)
        painter.drawText(
            target.adjusted(16, 34, -16, 0),
            Qt.AlignmentFlag.AlignLeft,
            f"{tr('Unit')}: {view.data.axis}",
        )
    body = target.adjusted(8, header, -8, -footer)
    if view.plot is not None:
        source = view.plot.viewport().rect()
        QGraphicsView.render(view.plot, painter, QRectF(body.topLeft(), source.size()), source)
    painter.setFont(font(8.5))
    painter.setPen(MUTED)
    painter.drawText(
        target.adjusted(16, 0, -16, -10),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap,
        view.footer,
    )
    painter.restore()


def image_size(view: ChartView) -> QSize:
    view.build()
    plot = view.plot.size() if view.plot is not None else QSize(640, 300)
    return QSize(max(plot.width(), 640) + 16, plot.height() + 56 + 40)


def to_image(view: ChartView, scale: float = 2.0) -> QImage:
    size = image_size(view)
    image = QImage(size * scale, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    paint(view, painter, QRect(QPoint(0, 0), size))
    painter.end()
    return image


def write_png(view: ChartView, path: Path) -> None:
    image = to_image(view)
    # PySide6 takes the format as str at run time although its stubs say bytes.
    write_with(path, lambda temporary: image.save(str(temporary), "PNG"))  # type: ignore[call-overload]


def write_svg(view: ChartView, path: Path) -> None:
    size = image_size(view)

    def draw(temporary: Path) -> None:
        generator = QSvgGenerator()
        generator.setFileName(str(temporary))
        generator.setSize(size)
        generator.setViewBox(QRect(QPoint(0, 0), size))
        generator.setTitle(view.data.title)
        generator.setDescription(view.footer)
        painter = QPainter(generator)
        paint(view, painter, QRect(QPoint(0, 0), size))
        painter.end()

    write_with(path, draw)


def csv_bytes(view: ChartView) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows(csv_rows(view.data, view.lang))
    writer.writerow([])
    writer.writerow([view.footer])
    # UTF-8 with a byte-order mark: Excel and WPS then read the Chinese correctly.
    return "\ufeff".encode() + buffer.getvalue().encode("utf-8")


def write_csv(view: ChartView, path: Path) -> None:
    write_bytes(path, csv_bytes(view))


def copy_image(view: ChartView) -> None:
    QGuiApplication.clipboard().setImage(to_image(view))


def save_image_dialog(view: ChartView) -> None:
    name, chosen = QFileDialog.getSaveFileName(
        view,
        tr("Save chart image"),
        f"{view.chart.id}.png",
        tr("PNG image (*.png);;SVG vector image (*.svg)"),
    )
    if not name:
        return
    path = Path(name)
    if not path.suffix:
        path = path.with_suffix(".svg" if "svg" in chosen.lower() else ".png")
    _write(
        view,
        lambda: write_svg(view, path) if path.suffix.lower() == ".svg" else write_png(view, path),
    )


def save_csv_dialog(view: ChartView) -> None:
    name, _ = QFileDialog.getSaveFileName(
        view, tr("Export chart data"), f"{view.chart.id}.csv", tr("CSV (*.csv)")
    )
    if name:
        path = Path(name)
        _write(view, lambda: write_csv(view, path))


def _write(view: ChartView, action: Callable[[], None]) -> None:
    try:
        action()
    except WriteError as error:
        QMessageBox.warning(view, tr("Could not save"), str(error))
