"""A chart on screen with its title, actions and exports.

The frame is cheap and appears at once; the pyqtgraph plot inside is made by :meth:`build`,
which the tab calls after it has painted.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QImage, QKeySequence, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGraphicsView,
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.data.chartdata import ChartData, chart_data, csv_rows
from gui.data.files import WriteError, write_bytes, write_with
from gui.data.model import Chart, Lang, Milestone
from gui.qt.text import label
from gui.qtcommon.fonts import font
from gui.qtcommon.i18n import tr
from gui.qtcommon.style import INK, MUTED

if TYPE_CHECKING:
    from gui.qt.charts import ChartPlot


class ChartView(QFrame):
    def __init__(
        self,
        chart: Chart,
        lang: Lang,
        milestones: list[Milestone],
        footer: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.chart = chart
        self.lang = lang
        self.footer = footer
        self.data: ChartData = chart_data(chart, lang, milestones)
        self.plot: ChartPlot | None = None
        self.setObjectName("ChartView")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.data.title)
        self.setAccessibleDescription(
            "; ".join(f"{m.label} {m.series} {m.text}".strip() for m in self.data.marks)
            or "; ".join(f"{e.date} {e.label}" for e in self.data.events)
        )
        title = label(self.data.title, wrap=True)
        title.setFont(font(11, bold=True))
        axis = label(self.data.axis and f"{tr('Unit')}: {self.data.axis}")
        axis.setFont(font(8.5))
        self.actions_ = self._make_actions()
        bar = QHBoxLayout()
        bar.addWidget(title, 1)
        for action in self.actions_:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFont(font(8.5))
            bar.addWidget(button)
        self.body = QVBoxLayout(self)
        self.body.addLayout(bar)
        if self.data.axis:
            self.body.addWidget(axis)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        if self.data.kind == "ranking" and not self.data.has_numbers:
            from gui.qt.charts import ranking_lines

            for line in ranking_lines(self.data):
                item = label(line)
                item.setFont(font(11))
                self.body.addWidget(item)
            self.body.addStretch(1)
        else:
            from gui.qt.charts import plot_height

            self.setMinimumHeight(plot_height(self.data) + 50)

    @property
    def built(self) -> bool:
        return self.plot is not None or (not self.data.has_numbers and self.data.kind != "timeline")

    def build(self) -> None:
        """Draw the plot (imports pyqtgraph on first use)."""
        if self.built:
            return
        from gui.qt.charts import ChartPlot

        self.plot = ChartPlot(self.data, self.lang)
        self.plot.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.plot.customContextMenuRequested.connect(
            lambda point: self._menu(self.plot.mapTo(self, point) if self.plot else point)
        )
        self.body.addWidget(self.plot, 1)

    def _make_actions(self) -> list[QAction]:
        copy = QAction(tr("Copy"), self)
        copy.setToolTip(tr("Copy the chart as an image, with its title, unit and source"))
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        copy.triggered.connect(self.copy_image)
        save = QAction(tr("Save image…"), self)
        save.setToolTip(tr("Save the chart as PNG or SVG"))
        save.triggered.connect(self._save_image)
        data = QAction(tr("Export data…"), self)
        data.setToolTip(tr("Save the chart's figures as CSV (UTF-8, opens in Excel and WPS)"))
        data.triggered.connect(self._save_csv)
        for action in (copy, save, data):
            self.addAction(action)
        return [copy, save, data]

    def _menu(self, point: QPoint) -> None:
        menu = QMenu(self)
        for action in self.actions_:
            menu.addAction(action)
        menu.exec(self.mapToGlobal(point))

    # -- exports -----------------------------------------------------------------------------

    def render(self, painter: QPainter, target: QRect) -> None:  # type: ignore[override]
        """Title and unit on top, the plot, then source and data edition: for pasting anywhere."""
        self.build()
        header = 56
        footer = 40
        painter.save()
        painter.fillRect(target, Qt.GlobalColor.white)
        painter.setPen(INK)
        painter.setFont(font(13, bold=True))
        painter.drawText(
            target.adjusted(16, 10, -16, 0), Qt.AlignmentFlag.AlignLeft, self.data.title
        )
        if self.data.axis:
            painter.setFont(font(9))
            painter.setPen(MUTED)
            painter.drawText(
                target.adjusted(16, 34, -16, 0),
                Qt.AlignmentFlag.AlignLeft,
                f"{tr('Unit')}: {self.data.axis}",
            )
        body = target.adjusted(8, header, -8, -footer)
        if self.plot is not None:
            source = self.plot.viewport().rect()
            QGraphicsView.render(self.plot, painter, QRectF(body.topLeft(), source.size()), source)
        painter.setFont(font(8.5))
        painter.setPen(MUTED)
        painter.drawText(
            target.adjusted(16, 0, -16, -10),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap,
            self.footer,
        )
        painter.restore()

    def image_size(self) -> QSize:
        self.build()
        plot = self.plot.size() if self.plot is not None else QSize(640, 300)
        return QSize(max(plot.width(), 640) + 16, plot.height() + 56 + 40)

    def to_image(self, scale: float = 2.0) -> QImage:
        size = self.image_size()
        image = QImage(size * scale, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(scale)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        self.render(painter, QRect(QPoint(0, 0), size))
        painter.end()
        return image

    def write_png(self, path: Path) -> None:
        image = self.to_image()
        # PySide6 takes the format as str at run time although its stubs say bytes.
        write_with(path, lambda temporary: image.save(str(temporary), "PNG"))  # type: ignore[call-overload]

    def write_svg(self, path: Path) -> None:
        size = self.image_size()

        def paint(temporary: Path) -> None:
            generator = QSvgGenerator()
            generator.setFileName(str(temporary))
            generator.setSize(size)
            generator.setViewBox(QRect(QPoint(0, 0), size))
            generator.setTitle(self.data.title)
            generator.setDescription(self.footer)
            painter = QPainter(generator)
            self.render(painter, QRect(QPoint(0, 0), size))
            painter.end()

        write_with(path, paint)

    def csv_bytes(self) -> bytes:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerows(csv_rows(self.data, self.lang))
        writer.writerow([])
        writer.writerow([self.footer])
        # UTF-8 with a byte-order mark: Excel and WPS then read the Chinese correctly.
        return "\ufeff".encode() + buffer.getvalue().encode("utf-8")

    def write_csv(self, path: Path) -> None:
        write_bytes(path, self.csv_bytes())

    def copy_image(self) -> None:
        QGuiApplication.clipboard().setImage(self.to_image())

    def _save_image(self) -> None:
        name, chosen = QFileDialog.getSaveFileName(
            self,
            tr("Save chart image"),
            f"{self.chart.id}.png",
            tr("PNG image (*.png);;SVG vector image (*.svg)"),
        )
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".svg" if "svg" in chosen.lower() else ".png")
        self._write(
            lambda: self.write_svg(path) if path.suffix.lower() == ".svg" else self.write_png(path)
        )

    def _save_csv(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Export chart data"), f"{self.chart.id}.csv", tr("CSV (*.csv)")
        )
        if name:
            path = Path(name)
            self._write(lambda: self.write_csv(path))

    def _write(self, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except WriteError as error:
            QMessageBox.warning(self, tr("Could not save"), str(error))
