"""The table of a domain's observations: a thin model over the records the store returns."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from gui.data import figures
from gui.data.model import Lang, Observation
from gui.qt.text import tooltip
from gui.qtcommon.i18n import tr

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class ObservationTableModel(QAbstractTableModel):
    """Columns: indicator, figure, unit, period, comparison, source sentence."""

    def __init__(self, observations: list[Observation], lang: Lang) -> None:
        super().__init__()
        self.observations = observations
        self.lang = lang
        self.headers = [
            tr("Indicator"),
            tr("Figure"),
            tr("Unit"),
            tr("Period"),
            tr("Comparison"),
            tr("Source sentence"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.observations)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def text(self, row: int, column: int) -> str:
        obs, lang = self.observations[row], self.lang
        if column == 0:
            return obs.tr("name", lang)
        if column == 1:
            return figures.figure(obs, lang, tr)  # a hedge (余, over) is part of the figure
        if column == 2:
            return figures.unit(obs, lang)
        if column == 3:
            return obs.tr("period", lang)
        if column == 4:
            return figures.change(obs, lang, tr) if obs.value is not None else ""
        return obs.quote

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.observations):
            return None
        obs = self.observations[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(
                obs.tr("name", self.lang),
                figures.figure_with_unit(obs, self.lang, tr),
                obs.tr("period", self.lang),
                obs.quote,
            )
        if role == ID_ROLE:
            return obs.id
        if role == SORT_ROLE:
            if column == 1:
                return obs.value if obs.value is not None else obs.change_value or 0.0
            if column == 3:
                return obs.as_of
            return self.text(index.row(), column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.text(index.row(), column)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def row_of(self, observation_id: str) -> int:
        for row, obs in enumerate(self.observations):
            if obs.id == observation_id:
                return row
        return -1


class ObservationFilter(QSortFilterProxyModel):
    """Sorts numbers as numbers; filters by a literal substring across every column."""

    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
