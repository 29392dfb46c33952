"""The table of a domain's figures: a thin model that reads its rows from the store on demand.

A tab with thousands of figures opens at once: the model knows only the figures' ids until a
row is shown, then reads the rows around it (CHUNK at a time). The rest is read in the
background, a chunk per turn of the event loop, while the table is in view. The model filters
and sorts itself (a list of the rows shown, made in one pass): a keystroke filters the rows read
so far and the reading adds later matches at the end, so it never waits for thousands of rows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from gui.database.model import Lang, Observation
from gui.database.store import Store
from gui.present import figures
from gui.qt.text import article, tooltip
from gui.qtcommon.i18n import tr

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
NO_LEVEL = "—"  # a row that reports only a change has no figure of its own
CHUNK = 256  # rows read from the store at a time
HIDDEN_POLL_MS = 250  # how often a table out of sight looks whether it is back in view


class ObservationTableModel(QAbstractTableModel):
    """Columns: indicator, figure with its unit, period, comparison, source sentence.

    One rule in both languages: the figure carries its unit (``1103.94万件``, ``11,039,400
    cases``), the comparison column every change; a row that reports only a change shows it
    there and no figure.
    """

    INDICATOR, FIGURE, PERIOD, COMPARISON, SENTENCE = range(5)

    def __init__(self, store: Store, ids: list[str], lang: Lang) -> None:
        super().__init__()
        self.store = store
        self.ids = ids
        self.lang = lang
        self._rows = {ident: row for row, ident in enumerate(ids)}
        self.shown: list[int] = list(range(len(ids)))  # the rows in view, in their order
        self.needle = ""
        self.sorted_by: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self._read: dict[int, Observation] = {}
        self._texts: dict[int, tuple[str, ...]] = {}
        self._haystacks: list[str] = [""] * len(ids)  # texts for the filter, rows < _made
        self._made = 0
        self.headers = [
            tr("Indicator"),
            tr("Figure"),
            tr("Period"),
            tr("Comparison"),
            tr("Source sentence"),
        ]
        self.in_view: Callable[[], bool] = lambda: True  # the view's, once it has one
        self._reader = QTimer(self)
        self._reader.setInterval(0)
        self._reader.timeout.connect(self._read_on)

    # -- reading --------------------------------------------------------------------------

    def observation(self, row: int) -> Observation:
        if row not in self._read:
            self._read_chunk(row // CHUNK)
        return self._read[row]

    def _read_chunk(self, chunk: int) -> None:
        start = chunk * CHUNK
        wanted = self.ids[start : start + CHUNK]
        found = self.store.observations_by_id(wanted)
        for offset, ident in enumerate(wanted):
            self._read[start + offset] = found[ident]

    def read_in_background(self) -> None:
        """Read every row, a chunk per turn of the event loop, until all are read."""
        if self._made < len(self.ids):
            self._reader.start()

    def _read_on(self) -> None:
        start = self._made
        if start >= len(self.ids):
            self._reader.stop()
            return
        try:
            seen = self.in_view()
        except RuntimeError:  # the view is gone (the window closing): nothing left to read for
            self._reader.stop()
            return
        if not seen:
            # Out of sight: read nothing, look again later. Five hidden tabs reading at once
            # made each keystroke in the one in view wait for all of them.
            self._reader.setInterval(HIDDEN_POLL_MS)
            return
        self._reader.setInterval(0)
        self._make_until(start + CHUNK)
        if self.needle and self.sorted_by[0] < 0:
            self._append_matches(start, self._made)

    def _make_until(self, end: int) -> None:
        """Read, and put in words for the filter, every row before ``end``."""
        end = min(end, len(self.ids))
        for row in range(self._made, end):
            self._haystacks[row] = "\n".join(self.texts(row)).casefold()
        self._made = max(self._made, end)

    def read_all(self) -> None:
        for chunk in range(-(-len(self.ids) // CHUNK)):
            if chunk * CHUNK not in self._read:
                self._read_chunk(chunk)

        # -- what is shown --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def texts(self, row: int) -> tuple[str, ...]:
        """A row's five texts, made once."""
        found = self._texts.get(row)
        if found is None:
            obs, lang = self.observation(row), self.lang
            found = (
                obs.tr("name", lang),
                # A hedge (余, over) is part of the figure; so is the unit, in both languages.
                figures.figure_with_unit(obs, lang, tr) if obs.value is not None else NO_LEVEL,
                figures.period(obs, lang, tr),
                figures.change(obs, lang, tr),
                article(obs.quote),
            )
            self._texts[row] = found
        return found

    def text(self, row: int, column: int) -> str:
        return self.texts(row)[column]

    # -- the rows shown: filtered and sorted ----------------------------------------------

    def source_row(self, shown: int) -> int:
        """The row of the figure the table shows at ``shown``."""
        return self.shown[shown]

    def shown_row(self, row: int) -> int:
        """Where the table shows figure ``row``; -1 if the filter hides it."""
        return self.shown.index(row) if row in set(self.shown) else -1

    def set_filter(self, text: str) -> None:
        """Keep the rows whose texts contain ``text`` (case aside), in any column.

        Unsorted, the rows not read yet are filtered as the background reading reaches them,
        their matches added at the end (the report's order), so a keystroke never waits for
        thousands of rows; sorted, every row is read first.
        """
        self.needle = text.casefold()
        self._reshow()
        if self.needle and self._made < len(self.ids):
            self.read_in_background()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sorted_by = (column, order)
        self._reshow()

    def _reshow(self) -> None:
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()  # the selection: it follows its figure, or goes
        figures_kept = [self.shown[i.row()] if i.row() < len(self.shown) else -1 for i in kept]
        column, order = self.sorted_by
        if column >= 0 and self.needle:
            self._make_until(len(self.ids))
        elif self.needle:
            # A chunk more (a small table: all of it), and as far as the selection, so that it
            # can stay; the rest as the reading reaches it.
            self._make_until(max(self._made + CHUNK, max(figures_kept, default=-1) + 1))
        rows: list[int] = list(range(len(self.ids)))
        if self.needle:
            rows = self._matches(0, self._made)
        if column >= 0:
            self.read_all()
            rows.sort(
                key=lambda r: _sort_key(self._sort_value(r, column)),
                reverse=order == Qt.SortOrder.DescendingOrder,
            )
        self.shown = rows
        where = {row: at for at, row in enumerate(rows)}
        self.changePersistentIndexList(
            kept,
            [
                self.index(where[row], i.column()) if row in where else QModelIndex()
                for i, row in zip(kept, figures_kept, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _matches(self, start: int, end: int) -> list[int]:
        needle, hay = self.needle, self._haystacks
        return [r for r in range(start, end) if needle in hay[r]]

    def _append_matches(self, start: int, end: int) -> None:
        found = self._matches(start, end)
        if found:
            at = len(self.shown)
            self.beginInsertRows(QModelIndex(), at, at + len(found) - 1)
            self.shown.extend(found)
            self.endInsertRows()

    def complete(self) -> bool:
        """Whether every row has been read and the rows shown are final."""
        return self._made >= len(self.ids) or not self.needle

    def _sort_value(self, row: int, column: int) -> Any:
        obs = self.observation(row)
        if column == self.FIGURE:
            return obs.value if obs.value is not None else obs.change_value or 0.0
        if column == self.PERIOD:
            return obs.as_of or ""
        return self.text(row, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.shown):
            return None
        row, column = self.shown[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == ID_ROLE:
            return self.ids[row]
        obs = self.observation(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(
                obs.tr("name", self.lang),
                figures.figure_with_unit(obs, self.lang, tr),
                figures.period(obs, self.lang, tr),
                article(obs.quote),
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.FIGURE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == self.FIGURE and obs.value is None:
                return tr("no figure, only a change")
            return self.text(row, column)
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

    def tsv(self, rows: list[int]) -> str:
        """``rows`` as tab-separated text with the columns' titles first, for a spreadsheet: a
        tab or a line break inside a text becomes a space."""

        def line(cells: tuple[str, ...] | list[str]) -> str:
            return "\t".join(" ".join(cell.split()) for cell in cells)

        return "\n".join([line(self.headers), *(line(self.texts(row)) for row in rows)]) + "\n"

    def row_of(self, observation_id: str) -> int:
        return self._rows.get(observation_id, -1)


def _sort_key(value: Any) -> tuple[int, Any]:
    """Numbers before texts, each in their own order."""
    return (0, value) if isinstance(value, (int, float)) else (1, str(value))
