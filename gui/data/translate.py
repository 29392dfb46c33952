"""The shape of a translation function, for code that must not import Qt.

Interface strings are English in the code and translated by Qt's own pipeline (``.ts`` →
``.qm`` → ``QTranslator``). Pure modules (chart scenes, exports) take a :class:`Translate`
from their caller instead of importing Qt; ``n`` selects a plural form (``%n`` in the text),
as in ``QCoreApplication.translate``.
"""

from __future__ import annotations

from typing import Protocol


class Translate(Protocol):
    def __call__(self, text: str, n: int = -1) -> str: ...


def untranslated(text: str, n: int = -1) -> str:
    """The English source itself, with ``%n`` filled in: a stand-in where no catalogue is."""
    return text.replace("%n", str(n)) if n >= 0 else text
