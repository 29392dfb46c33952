"""File names between Python and Qt, and Qt's writers on a file Python opened.

A file name is bytes to the system. Python turns them into text as the system does
(``os.fsdecode``: the locale's encoding, undecodable bytes kept), Qt 6 always as UTF-8. Under a
GB18030 locale the two read one Chinese name as two different files. So:

- a path goes to Qt as the text the system's decoding gives (:func:`to_qt`), and a name Qt
  hands back (a file dialog's) is a path as Python encodes it (:func:`from_qt`): ``北京.pdf``
  typed in a dialog is the file a GB18030 terminal lists as ``北京.pdf``;
- Qt never opens an output by name: its writers write into memory and Python writes the file
  (:func:`qt_output`), so that every write error is raised, a full disk included (Qt's PDF and
  SVG writers report none, and a ``QFile`` forgets its error at the next seek);
- where Qt itself must open a folder by name (the settings), :func:`qt_file_name` gives the
  name Qt's own encoding turns into the right bytes.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice

_held: list[int] = []  # folders held open for Qt (see qt_file_name)


def from_qt(name: str) -> Path:
    """The path of a name Qt gives (a file dialog's), encoded as the system does."""
    return Path(name)


def to_qt(path: Path | str) -> str:
    """A path as text for Qt to show (a dialog's suggested name), decoded as the system does."""
    return os.fsdecode(path)


def qt_file_name(folder: Path) -> str | None:
    """A name under which Qt's own file functions reach ``folder``: the UTF-8 reading of its
    bytes, or where they are not UTF-8 (Linux), the folder held open and named through
    ``/proc/self/fd``; None where neither works."""
    raw = os.fsencode(folder)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if not os.path.isdir("/proc/self/fd"):
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return None
    _held.append(descriptor)
    return f"/proc/self/fd/{descriptor}"


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
