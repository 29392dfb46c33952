"""The selected figure's sentence: the article's words, with the figure marked.

The punctuation is shown to GB/T 15834 (full-width marks in Chinese), one character for one,
so the figures' offsets into the stored sentence mark the same words; the panel says so.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont, QFontMetrics, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from gui.database.model import Citation, Lang, Observation
from gui.present import figures
from gui.present.citation import reference
from gui.present.translate import arg
from gui.qt.text import article
from gui.qtcommon.fonts import ui_font
from gui.qtcommon.i18n import tr
from gui.qtcommon.style import mark

READABLE_LINES = 4  # lines of the sentence always in view, however small the window


class SourcePanel(QWidget):
    show_in_article = Signal(str)  # observation id

    def __init__(
        self, lang: Lang, citation: Citation | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.citation = citation
        self.observation: Observation | None = None
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.setAccessibleName(tr("Source of the selected figure"))
        self.view.setFont(ui_font(10.5))
        self.view.setMinimumHeight(self.readable_height())
        self.button = QPushButton(tr("Show in article"))
        self.button.setToolTip(tr("Open the Source tab at this sentence"))
        self.button.clicked.connect(self._show)
        self.button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.clear()

    def readable_height(self) -> int:
        """READABLE_LINES lines of the sentence, inside the frame and the document's margins."""
        lines = READABLE_LINES * QFontMetrics(ui_font(10.5)).lineSpacing()
        margin = round(self.view.document().documentMargin())
        return lines + 2 * (margin + self.view.frameWidth())

    def clear(self) -> None:
        self.observation = None
        self.view.setPlainText(tr("Select a figure to see the sentence it comes from."))
        self.button.setEnabled(False)

    def show_observation(self, obs: Observation) -> None:
        """Built with a cursor from plain text, so no part of the data is read as markup."""
        self.observation = obs
        lang = self.lang
        self.view.clear()
        cursor = QTextCursor(self.view.document())
        heading = QTextCharFormat()
        heading.setFont(ui_font(12, bold=True))
        normal = QTextCharFormat()
        normal.setFont(ui_font(10.5))
        quiet = QTextCharFormat(normal)
        quiet.setForeground(self.palette().placeholderText())
        marked = QTextCharFormat(normal)
        marked.setFontWeight(QFont.Weight.Bold)
        marked.setFontUnderline(True)
        marked.setBackground(mark(self.palette(), "figure"))
        cursor.insertText(obs.tr("name", lang), heading)
        cursor.insertText("\n" + figures.figure_with_unit(obs, lang, tr), marked)
        change = figures.change(obs, lang, tr) if obs.value is not None else ""
        if change:
            cursor.insertText("   " + change, normal)
        note = figures.approximate_note(obs, tr)
        if note:
            cursor.insertText("   " + note, quiet)
        cursor.insertText("\n" + arg(tr("Period: %1"), figures.period(obs, lang, tr)), quiet)
        heading_note = tr("Source sentence (punctuation normalised to GB/T 15834)")
        cursor.insertText("\n\n" + heading_note + "\n", quiet)
        # The quote, with each figure of the observation marked where it stands.
        spans = sorted(
            (s - obs.quote_start, e - obs.quote_start)
            for s, e in obs.spans()
            if obs.quote_start <= s < e <= obs.quote_end
        )
        quote = article(obs.quote)  # the same length: the spans still fit
        at = 0
        for start, end in _in_quote(obs.quote, spans, obs):
            cursor.insertText(quote[at:start], normal)
            cursor.insertText(quote[start:end], marked)
            at = end
        cursor.insertText(quote[at:], normal)
        if self.citation is not None:
            cursor.insertText("\n\n" + reference(self.citation, lang), quiet)
        self.view.moveCursor(QTextCursor.MoveOperation.Start)
        self.button.setEnabled(True)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.observation is not None:
            self.show_observation(self.observation)  # its marks in the new palette's colours

    def _show(self) -> None:
        if self.observation is not None:
            self.show_in_article.emit(self.observation.id)


def _in_quote(quote: str, spans: list[tuple[int, int]], obs: Observation) -> list[tuple[int, int]]:
    """Figure spans as positions in the quote string.

    A quote that runs across a join is shorter than its span in the file; its figures are then
    found by their text, which the build proved is in the quote.
    """
    if obs.quote_end - obs.quote_start == len(quote):
        return spans
    found = []
    for text in figures.reported_forms(obs):
        index = quote.find(text)
        if index >= 0:
            found.append((index, index + len(text)))
    return sorted(set(found))
