"""A chart on screen with its title, actions and exports.

The frame is cheap and appears at once; the pyqtgraph plot inside is made by :meth:`build`,
which the tab calls after it has painted. The chart's scene is computed here, once, and drawn
by the plot (in the light or dark set the widget's palette asks for, again when the palette
changes) and by the exports (always light, like paper).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFocusEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QSpacerItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.database.model import Chart, Lang, Milestone
from gui.present.chartdata import ChartData, chart_data
from gui.present.chartscene import Scene, build_scene
from gui.present.translate import Translate, arg
from gui.qt.actions import widget_action
from gui.qt.chart_layout import plot_height
from gui.qt.text import label
from gui.qtcommon.fonts import ui_font
from gui.qtcommon.i18n import tr, translator
from gui.qtcommon.style import chart_palette

if TYPE_CHECKING:
    from gui.qt.charts import ChartPlot


class ChartView(QFrame):
    exported = Signal(str)  # what was copied or written, in words for the status bar

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
        self.words: Translate = translator(lang)
        self.data: ChartData = chart_data(chart, lang, milestones)
        self.scene: Scene = build_scene(self.data, self.words)
        self.plot: ChartPlot | None = None
        self.setObjectName("ChartView")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Focusable, so the keyboard reaches it (Ctrl+C copies it, the menu key opens its menu)
        # and a screen reader reads its values from the description.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.scene.title)
        self.setAccessibleDescription(self.scene.summary)
        title = label(self.scene.title, wrap=True)
        title.setFont(ui_font(11, bold=True))
        self.actions_ = self._make_actions()
        bar = QHBoxLayout()
        bar.addWidget(title, 1)
        self.buttons: list[QToolButton] = []
        names = (tr("Copy chart %1"), tr("Save image of chart %1"), tr("Export data of chart %1"))
        for action, accessible in zip(self.actions_, names, strict=True):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFont(ui_font(8.5))
            # Named with the chart: fourteen buttons all called "Copy" say nothing aloud.
            button.setAccessibleName(arg(accessible, self.scene.title))
            self.buttons.append(button)
            bar.addWidget(button)
        self.body = QVBoxLayout(self)
        self.body.addLayout(bar)
        self.about: QLabel | None = None
        if self.scene.about:
            self.about = label(" · ".join(self.scene.about), wrap=True)
            self.about.setFont(ui_font(8.5))
            self.body.addWidget(self.about)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.names: list[QLabel] = []
        if self.scene.form == "list":
            for row in self.scene.rows:
                name = label(row.label)
                name.setFont(ui_font(11))
                self.names.append(name)
                self.body.addWidget(name)
        self.plot_at = self.body.count()
        # Room held for the plot until it is drawn, so nothing moves when it is. Held in the
        # layout, not as the frame's minimum height: the title, unit line and notes above and
        # below it grow with the zoom, and a fixed allowance for them cut the plot's axis off.
        self.placeholder: QSpacerItem | None = None
        if self.scene.form != "list":
            self.placeholder = QSpacerItem(
                0, plot_height(self.scene), QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed
            )
            self.body.addItem(self.placeholder)
        self.notes: list[QLabel] = []
        for text in self.scene.notes:
            note = label(text, wrap=True)
            note.setFont(ui_font(8.5))
            note.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted, light or dark
            self.notes.append(note)
            self.body.addWidget(note)
        if self.scene.form == "list":
            self.body.addStretch(1)

    @property
    def built(self) -> bool:
        return self.plot is not None or self.scene.form == "list"

    def build(self) -> None:
        """Draw the plot (imports pyqtgraph on first use)."""
        if self.built:
            return
        from gui.qt.charts import ChartPlot

        self.plot = ChartPlot(self.scene, chart_palette(self.palette()), self.lang)
        self.plot.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.plot.customContextMenuRequested.connect(
            lambda point: self._menu(self.plot.mapTo(self, point) if self.plot else point)
        )
        if self.placeholder is not None:
            self.body.removeItem(self.placeholder)
            self.placeholder = None
        self.body.insertWidget(self.plot_at, self.plot, 1)

    def hasHeightForWidth(self) -> bool:
        # Grids asked the wrapped labels inside for heights at widths the chart no longer had
        # (too short at a large zoom, too tall on a laptop). The chart tells its height itself,
        # as its minimum and its hint, worked out for its width whenever that changes.
        return False

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.minimumHeight() > 0:
            hint.setHeight(self.minimumHeight())
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._hold_height()

    def _hold_height(self) -> None:
        """Ask, as a minimum, for the height the title, plot and notes need at this width.

        Grids worked the chart's height out from its wrapped labels unreliably (a zoomed chart
        got less than its plot needs, and its notes were cut off); a minimum they respect.
        """
        layout = self.layout()
        if layout is None or (self.plot is not None and self.plot.isHidden()):
            return  # a plot not shown yet counts for nothing in the layout: wait for it
        need = layout.totalHeightForWidth(self.width())
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # a label or button changed its size
            self._hold_height()
        return handled

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.plot is not None:
            self.redraw()

    def redraw(self) -> None:
        """Draw the plot again, in the set the palette now asks for (light or dark)."""
        if self.plot is None:
            return
        old, self.plot = self.plot, None
        self.body.removeWidget(old)
        old.hide()
        old.deleteLater()
        self.build()

    def paint_target(self) -> QWidget:
        """The widget whose painting shows the chart: the plot's viewport once built."""
        return self.plot.viewport() if self.plot is not None else self

    def _make_actions(self) -> list[QAction]:
        """Copy, Save image and Export data (its buttons and its menu), and the menu key; as
        declared in gui/qt/actions.py."""
        made = [
            widget_action("chart.copy", self, self.copy_image),
            widget_action("chart.save_image", self, self._save_image),
            widget_action("chart.export_data", self, self._save_csv),
        ]
        widget_action("chart.menu", self, lambda: self._menu(self.rect().center()))
        return made

    def _menu(self, point: QPoint) -> None:
        menu = QMenu(self)
        for action in self.actions_:
            menu.addAction(action)
        menu.exec(self.mapToGlobal(point))

    # -- exports: the work lives in chart_export, imported on first use; it is given the scene
    # -- and its footer, never the view, so it does not import this module ----------------

    def write_png(self, path: Path) -> None:
        from gui.qt import chart_export

        chart_export.write_png(self.scene, self.footer, path)

    def write_svg(self, path: Path) -> None:
        from gui.qt import chart_export

        chart_export.write_svg(self.scene, self.footer, path)

    def write_csv(self, path: Path) -> None:
        from gui.qt import chart_export

        chart_export.write_csv(self.data, self.words, self.footer, path)

    def copy_image(self) -> None:
        from gui.qt import chart_export

        self.exported.emit(chart_export.copy_image(self.scene, self.footer))

    def _save_image(self) -> None:
        from gui.qt import chart_export

        done = chart_export.save_image_dialog(self, self.scene, self.footer, self.chart.id)
        if done is not None:
            self.exported.emit(done)

    def _save_csv(self) -> None:
        from gui.qt import chart_export

        done = chart_export.save_csv_dialog(self, self.data, self.words, self.footer, self.chart.id)
        if done is not None:
            self.exported.emit(done)
