"""Showing data as text, never as markup.

Qt guesses rich text in labels and tooltips; a name such as ``<b>x</b>`` from a database must be
shown as those characters. Labels are set to plain text; tooltips, which have no such switch,
are built as escaped HTML of our own.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def tooltip(*lines: str) -> str:
    """A tooltip that shows each line literally, wrapped at a readable width."""
    body = "<br>".join(html.escape(line) for line in lines if line)
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

    def minimumSizeHint(self):  # type: ignore[no-untyped-def]
        hint = super().minimumSizeHint()
        hint.setWidth(min(hint.width(), 40))
        return hint


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """A warning whose text (a path, a message quoting a file) is shown literally."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
