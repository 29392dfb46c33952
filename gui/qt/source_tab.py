"""The article itself, every figure marked and clickable.

Shown with GB/T 15834 punctuation (full-width marks in Chinese), one character for one, so the
figures' offsets into the stored text mark the same words; the heading says so.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QVBoxLayout, QWidget

from gui.data.model import Citation, Lang
from gui.qt.text import article, label
from gui.qtcommon.fonts import ui_font
from gui.qtcommon.i18n import tr
from gui.qtcommon.style import mark

SCHEME = "observation"


def utf16_offsets(text: str) -> list[int]:
    """Qt counts positions in UTF-16 code units; the database counts code points."""
    offsets = [0]
    for char in text:
        offsets.append(offsets[-1] + (2 if ord(char) > 0xFFFF else 1))
    return offsets


class SourceTab(QWidget):
    observation_clicked = Signal(str)

    def __init__(
        self,
        text: str,
        spans: list[tuple[int, int, str]],
        citation: Citation | None,
        lang: Lang,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.text = text  # as stored: the spans are offsets into it
        self.shown = article(text)  # as shown: the same length, so the offsets hold
        self._units = utf16_offsets(text)
        heading = label(
            tr("The article, with every figure marked. Click a figure to open it."), wrap=True
        )
        heading.setFont(ui_font(10))
        note = label(
            tr(
                "Punctuation is normalised to GB/T 15834 (full-width marks in Chinese); "
                "the stored article is unchanged."
            ),
            wrap=True,
        )
        note.setFont(ui_font(9))
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.setFont(ui_font(12))
        self.view.setAccessibleName(tr("Article text"))
        self.view.anchorClicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(note)
        if citation is not None:
            cite = label(citation.tr("text", lang), wrap=True, selectable=True)
            cite.setFont(ui_font(9))
            layout.addWidget(cite)
        layout.addWidget(self.view, 1)
        self.spans = spans
        self._marked: tuple[int, int] | None = None
        self._fill(spans)

    def _fill(self, spans: list[tuple[int, int, str]]) -> None:
        """Plain text first, then formats on the figures' ranges: nothing is parsed as HTML."""
        document = self.view.document()
        document.setPlainText(self.shown)
        cursor = QTextCursor(document)
        anchored: set[tuple[int, int]] = set()
        for start, end, observation_id in spans:
            # Two figures may share one printed number ("均下降37.5%"): the first one links.
            if not 0 <= start < end <= len(self.text) or (start, end) in anchored:
                continue
            anchored.add((start, end))
            fmt = QTextCharFormat()
            fmt.setAnchor(True)
            fmt.setAnchorHref(f"{SCHEME}:{observation_id}")
            fmt.setBackground(mark(self.palette(), "figure"))
            fmt.setFontUnderline(True)
            fmt.setToolTip(observation_id)
            cursor.setPosition(self._units[start])
            cursor.setPosition(self._units[end], QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)
        self.view.moveCursor(QTextCursor.MoveOperation.Start)  # open at the top

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light to dark, or back: marks follow
            position = self.view.verticalScrollBar().value()
            self._fill(self.spans)
            if self._marked is not None:
                self.show_span(*self._marked)
            self.view.verticalScrollBar().setValue(position)

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == SCHEME:
            self.observation_clicked.emit(url.path())

    def show_span(self, start: int, end: int) -> None:
        """Mark a sentence and scroll to it."""
        if not 0 <= start < end <= len(self.text):
            return
        self._marked = (start, end)
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self._units[start])
        cursor.setPosition(self._units[end], QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(mark(self.palette(), "sentence"))
        selection.format = fmt
        self.view.setExtraSelections([selection])
        end_cursor = QTextCursor(cursor)
        end_cursor.setPosition(self._units[end])
        self.view.setTextCursor(end_cursor)
        self.view.ensureCursorVisible()
        start_cursor = QTextCursor(cursor)
        start_cursor.setPosition(self._units[start])
        self.view.setTextCursor(start_cursor)
        self.view.ensureCursorVisible()

    def marked_sentence(self) -> str:
        selections = self.view.extraSelections()
        if not selections:
            return ""
        return str(selections[0].cursor.selectedText())
