"""Showing data as text, never as markup.

Qt guesses rich text in labels and tooltips; a name such as ``<b>x</b>`` from a database must be
shown as those characters. Labels are set to plain text; tooltips, which have no such switch,
are built as escaped HTML of our own.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from gui.data.typography import normalise

_ACCESS_KEY = re.compile(r"\s*\(&[^&\s]\)")
# What html.escape replaces (quotes included), without importing the html package and its
# table of 2,000 entities before the first paint.
_ESCAPE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def without_access_key(text: str) -> str:
    """A menu text as words, as Qt's own ``removeMnemonics`` makes it: ``打印(&P)…`` → ``打印…``,
    ``&Print…`` → ``Print…``, ``&&`` → ``&``. Chinese menus give the key in brackets after the
    word (half-width, the form Qt and Windows recognise); said elsewhere, the brackets go too."""
    return _ACCESS_KEY.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def article(text: str) -> str:
    """The article's words as the window shows them: GB/T 15834 marks in place of the stored
    text's half-width ones, one character for one, so offsets into the stored text still hold."""
    return normalise(text, keep_length=True)


def tooltip(*lines: str) -> str:
    """A tooltip that shows each line literally, wrapped at a readable width."""
    body = "<br>".join(line.translate(_ESCAPE) for line in lines if line)
    return f"<p style='white-space:pre-wrap; max-width:36em'>{body}</p>"


def label(
    text: str = "", parent: QWidget | None = None, *, wrap: bool = False, selectable: bool = False
) -> QLabel:
    widget = QLabel(parent)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setText(text)
    widget.setWordWrap(wrap)
    if selectable:
        widget.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
    return widget


def elided(text: str, metrics: QFontMetrics, width: int) -> str:
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(width, 8))


class ElidedLabel(QLabel):
    """A one-line plain-text label that elides what does not fit and shows it all on hover."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._full = ""
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(tooltip(text))
        self._refit()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: object) -> None:
        self._refit()
        super().resizeEvent(event)  # type: ignore[arg-type]

    def _refit(self) -> None:
        super().setText(elided(self._full, self.fontMetrics(), self.width()))

    def sizeHint(self) -> QSize:
        """As wide as the whole text, whatever was elided at the last width."""
        hint = super().sizeHint()
        margins = self.contentsMargins()
        whole = self.fontMetrics().horizontalAdvance(self._full) + margins.left() + margins.right()
        return QSize(max(whole, 1), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        hint.setWidth(min(hint.width(), 40))
        return hint


class ClampedLabel(QWidget):
    """Plain text wrapped to at most ``lines`` lines, the last one ending in "…" if the text goes
    on; the whole text in the tooltip and the accessible name. For names on small cards."""

    def __init__(self, text: str, lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text
        self.lines = lines
        self.setToolTip(tooltip(text))
        self.setAccessibleName(text)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def full_text(self) -> str:
        return self._text

    def _layout(self, width: int) -> list[str]:
        """The lines the text takes at ``width`` pixels, the last elided if it does not fit."""
        metrics = QFontMetrics(self.font())
        layout = QTextLayout(self._text, self.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        spans: list[tuple[int, int]] = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(width, 1))
            spans.append((line.textStart(), line.textLength()))
        layout.endLayout()
        texts = [self._text[a : a + n].strip() for a, n in spans] or [""]
        if len(texts) > self.lines:
            rest = self._text[spans[self.lines - 1][0] :].strip()
            texts = [*texts[: self.lines - 1], elided(rest, metrics, width)]
        return texts

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return len(self._layout(width)) * QFontMetrics(self.font()).lineSpacing()

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        return QSize(metrics.horizontalAdvance(self._text[:12]), metrics.lineSpacing())

    def minimumSizeHint(self) -> QSize:
        return QSize(QFontMetrics(self.font()).averageCharWidth() * 4, self.sizeHint().height())

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        step = QFontMetrics(self.font()).lineSpacing()
        ascent = QFontMetrics(self.font()).ascent()
        for i, text in enumerate(self._layout(self.width())):
            painter.drawText(0, i * step + ascent, text)


def paint_empty_text(viewport: QWidget, text: str) -> None:
    """What an empty list or table says, centred in its viewport in the muted text colour."""
    painter = QPainter(viewport)
    painter.setPen(viewport.palette().color(QPalette.ColorRole.PlaceholderText))
    margin = QFontMetrics(viewport.font()).averageCharWidth() * 2
    area = viewport.rect().adjusted(margin, margin, -margin, -margin)
    painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """A warning whose text (a path, a message quoting a file) is shown literally."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
