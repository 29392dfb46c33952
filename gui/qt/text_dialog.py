"""Help and About: text in a dialog that fits the screen, and scrolls where the text is longer.

Qt's message box grows with its text, past the bottom of a 1080-pixel screen at 150 %, its OK
button off the screen. These dialogs take the size their text wants, never more than the
screen's free area less the window manager's frame, and scroll the rest. Their text is built
with a cursor from plain strings (a table of keys included), so nothing in it is read as markup.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMargins, QRect, QSize, QTimer
from PySide6.QtGui import (
    QFont,
    QShowEvent,
    QTextCharFormat,
    QTextCursor,
    QTextLength,
    QTextTableFormat,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from gui.qtcommon.fonts import ui_font, ui_px

WIDTH = 620  # design pixels the text is set at, where the screen allows
FRAME = 48  # design pixels allowed for the window manager's frame before it is known


def fit_to_screen(window: QWidget, wanted: QSize) -> None:
    """Resize and place ``window`` so that its frame lies inside its screen's free area."""
    screen = window.screen()
    if screen is None:
        window.resize(wanted)
        return
    free = screen.availableGeometry()
    frame = _frame_margins(window)
    room = free.marginsRemoved(frame)
    size = wanted.boundedTo(room.size())
    window.resize(size)
    parent = window.parentWidget()
    centre = parent.window().frameGeometry().center() if parent is not None else free.center()
    placed = QRect(0, 0, size.width(), size.height())
    placed.moveCenter(centre)
    # Within the free area, whatever the parent's place.
    x = min(max(placed.left(), room.left()), room.right() - size.width() + 1)
    y = min(max(placed.top(), room.top()), room.bottom() - size.height() + 1)
    window.move(x - frame.left(), y - frame.top())


def _frame_margins(window: QWidget) -> QMargins:
    """The window manager's frame around ``window``: measured once it is shown, else allowed."""
    if window.isVisible():
        outer, inner = window.frameGeometry(), window.geometry()
        if outer != inner:
            return QMargins(
                inner.left() - outer.left(),
                inner.top() - outer.top(),
                outer.right() - inner.right(),
                outer.bottom() - inner.bottom(),
            )
    side = ui_px(FRAME) // 8
    return QMargins(side, ui_px(FRAME) - side, side, side)


class TextDialog(QDialog):
    """A title, text that scrolls, and OK."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.setFont(ui_font(10))
        self.view.setAccessibleName(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.writer = QTextCursor(self.view.document())
        self._refits = 0

    # -- the text ----------------------------------------------------------------------------

    def paragraph(self, text: str, *, bold: bool = False, size: float = 10) -> None:
        """A paragraph of plain text (after the first, on a block of its own)."""
        if not self.writer.atStart():
            self.writer.insertBlock()
        fmt = QTextCharFormat()
        fmt.setFont(ui_font(size, bold=bold))
        self.writer.insertText(text, fmt)

    def table(self, rows: Sequence[tuple[str, str]], headings: tuple[str, str]) -> None:
        """Two columns of plain text, their headings in bold."""
        fmt = QTextTableFormat()
        fmt.setCellPadding(ui_px(3))
        fmt.setCellSpacing(0)
        fmt.setBorder(0)
        fmt.setHeaderRowCount(1)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setColumnWidthConstraints(
            [
                QTextLength(QTextLength.Type.PercentageLength, 38),
                QTextLength(QTextLength.Type.PercentageLength, 62),
            ]
        )
        self.writer.insertBlock()
        table = self.writer.insertTable(len(rows) + 1, 2, fmt)
        normal = QTextCharFormat()
        normal.setFont(ui_font(10))
        heading = QTextCharFormat()
        heading.setFont(ui_font(10, bold=True))
        keys = QTextCharFormat(normal)
        keys.setFontWeight(QFont.Weight.DemiBold)
        for r, cells in enumerate((headings, *rows)):
            for c, text in enumerate(cells):
                cell = table.cellAt(r, c).firstCursorPosition()
                cell.insertText(text, heading if r == 0 else keys if c == 0 else normal)
        self.writer.movePosition(QTextCursor.MoveOperation.End)

    def text(self) -> str:
        return self.view.toPlainText()

    # -- its size ----------------------------------------------------------------------------

    def wanted(self) -> QSize:
        """The text at its design width, all of it, with room for the button."""
        document = self.view.document()
        width = ui_px(WIDTH)
        document.setTextWidth(width)
        height = round(document.size().height())
        document.setTextWidth(-1)
        frame = 2 * self.view.frameWidth() + ui_px(24)
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins()
        extra = margins.top() + margins.bottom() + ui_px(56)  # the spacing and the OK button
        return QSize(width + frame + margins.left() + margins.right(), height + frame + extra)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.view.moveCursor(QTextCursor.MoveOperation.Start)
        fit_to_screen(self, self.wanted())
        self._refits = 0
        QTimer.singleShot(0, self._refit)

    def _refit(self) -> None:
        """Again once the window manager has framed the dialog: its frame is known then."""
        if not self.isVisible() or self._refits > 20:
            return
        self._refits += 1
        if self.frameGeometry() == self.geometry():
            QTimer.singleShot(50, self._refit)  # not framed yet (or no window manager)
            return
        free = self.screen().availableGeometry()
        if not free.contains(self.frameGeometry()):
            fit_to_screen(self, self.wanted())
