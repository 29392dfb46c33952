"""Showing data as text, never as markup.

Qt guesses rich text in labels and tooltips; a name such as ``<b>x</b>`` from a database must be
shown as those characters. Labels are set to plain text; tooltips, which have no such switch,
are built as escaped HTML of our own.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from gui.present.typography import normalise
from gui.qtcommon.i18n import tr

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


def dropped_notice(count: int) -> str:
    """``count`` pins of another edition, in the interface's language (the status bar's and
    the list's words); "" for none."""
    if not count:
        return ""
    return tr("%n listed figures are not in this edition and were left out.", count)
