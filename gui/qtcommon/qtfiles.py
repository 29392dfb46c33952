"""File names between Python and Qt, and Qt's writers on a file Python opened.

Python names files as the operating system does (``os.fsencode``: the locale's encoding on
Linux, with undecodable bytes kept), Qt 6 always as UTF-8. Under a GB18030 locale the two turn
one Chinese name into two different files. So Qt never opens an output by name: Qt's writers
write into memory and Python writes the file (:func:`qt_output`), so that every write error is
raised, a full disk included (Qt's PDF and SVG writers report none, and a ``QFile`` forgets its
error at the next seek). A name Qt gives back (a file dialog's) is turned into the path Python
must use with :func:`from_qt`.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QBuffer, QFile, QIODevice


def from_qt(name: str) -> Path:
    """The path Python must use for a file name Qt shows: the same bytes on the disk."""
    return Path(os.fsdecode(bytes(QFile.encodeName(name).data())))


def to_qt(path: Path | str) -> str:
    """A path as Qt names it (for reading; writing goes through :func:`qt_output`)."""
    return QFile.decodeName(os.fsencode(path))


@contextlib.contextmanager
def qt_output(path: Path) -> Iterator[QBuffer]:
    """A buffer for Qt's writers, whose bytes Python writes to ``path`` when it is closed.

    The file is written by Python, so every write error is raised (OSError), and its name
    is encoded as Python encodes it. (A ``QIODevice`` written in Python cannot be used: PySide6
    hands ``writeData`` its bytes as text.)
    """
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    try:
        yield buffer
    finally:
        buffer.close()
    with open(path, "wb") as handle:
        handle.write(buffer.data().data())
