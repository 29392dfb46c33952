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


NO_LEVEL = "—"  # a row that reports only a change has no figure of its own


class ObservationTableModel(QAbstractTableModel):
    """Columns: indicator, figure with its unit, period, comparison, source sentence.

    One rule in both languages: the figure carries its unit (``1103.94万件``, ``11,039,400
    cases``), the comparison column every change; a row that reports only a change shows it
    there and no figure.
    """

    INDICATOR, FIGURE, PERIOD, COMPARISON, SENTENCE = range(5)

    def __init__(self, observations: list[Observation], lang: Lang) -> None:
        super().__init__()
        self.observations = observations
        self.lang = lang
        self.headers = [
            tr("Indicator"),
            tr("Figure"),
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
        if column == self.INDICATOR:
            return obs.tr("name", lang)
        if column == self.FIGURE:
            # A hedge (余, over) is part of the figure; so is the unit, in both languages.
            return figures.figure_with_unit(obs, lang, tr) if obs.value is not None else NO_LEVEL
        if column == self.PERIOD:
            return obs.tr("period", lang)
        if column == self.COMPARISON:
            return figures.change(obs, lang, tr)
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
            if column == self.FIGURE:
                return obs.value if obs.value is not None else obs.change_value or 0.0
            if column == self.PERIOD:
                return obs.as_of
            return self.text(index.row(), column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.FIGURE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == self.FIGURE and obs.value is None:
                return tr("no figure, only a change")
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
