"""The article itself, every figure marked and clickable.

Shown with GB/T 15834 punctuation (full-width marks in Chinese), one character for one, so the
figures' offsets into the stored text mark the same words; the heading says so.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QVBoxLayout, QWidget

from gui.database.model import Citation, Lang
from gui.present.citation import reference
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
            cite = label(reference(citation, lang), wrap=True, selectable=True)
            cite.setFont(ui_font(9))
            layout.addWidget(cite)
        layout.addWidget(self.view, 1)
        self.spans = spans
        self._marked: tuple[int, int] | None = None
        # Kept in the middle while the tab is laid out (it may be opened at the sentence before
        # it has its size), until the reader scrolls.
        self._centred = False
        self.view.verticalScrollBar().actionTriggered.connect(self._scrolled)
        self.view.verticalScrollBar().rangeChanged.connect(self._relaid)
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
        start_cursor = QTextCursor(cursor)
        start_cursor.setPosition(self._units[start])
        self.view.setTextCursor(start_cursor)
        self._centred = True
        self._centre()

    def _scrolled(self, _action: int) -> None:
        self._centred = False

    def _relaid(self, _least: int, _most: int) -> None:
        if self._centred:
            self._centre()

    def _centre(self) -> None:
        """The marked sentence in the middle of the view (its top at the top if it is taller),
        where the eye looks first, not on the last lines."""
        if self._marked is None:
            return
        start, end = self._marked
        bar = self.view.verticalScrollBar()
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self._units[start])
        top = self.view.cursorRect(cursor).top() + bar.value()
        cursor.setPosition(self._units[end])
        bottom = self.view.cursorRect(cursor).bottom() + bar.value()
        room = self.view.viewport().height()
        bar.setValue(top - max(0, (room - (bottom - top)) // 2))

    def marked_sentence(self) -> str:
        selections = self.view.extraSelections()
        if not selections:
            return ""
        return str(selections[0].cursor.selectedText())
