"""The shape of a translation function, for code that must not import Qt.

Interface strings are English in the code and translated by Qt's own pipeline (``.ts`` →
``.qm`` → ``QTranslator``). Pure modules (chart scenes, exports) take a :class:`Translate`
from their caller instead of importing Qt; ``n`` selects a plural form (``%n`` in the text),
as in ``QCoreApplication.translate``. Other values go into Qt's numbered place markers with
:func:`arg`: ``arg(tr("Wrote %1 (%n pages)", pages), path)``.
"""

from __future__ import annotations

import re
from typing import Protocol

_MARKER = re.compile(r"%([1-9])")


class Translate(Protocol):
    def __call__(self, text: str, n: int = -1) -> str: ...


def untranslated(text: str, n: int = -1) -> str:
    """The English source itself, with ``%n`` filled in: a stand-in where no catalogue is."""
    return text.replace("%n", str(n)) if n >= 0 else text


def arg(text: str, *values: object) -> str:
    """``%1``, ``%2`` … replaced by ``values`` in one pass, as ``QString.arg`` does: a value that
    itself holds ``%2`` (a file name) is not replaced again. Markers without a value stay."""

    def value(match: re.Match[str]) -> str:
        index = int(match[1]) - 1
        return str(values[index]) if index < len(values) else match[0]

    return _MARKER.sub(value, text)
