"""The works every output cites, in one order: the article the figures are read from, then the
report it reports on.

The wording is GB/T 7714-2015's, names and titles normalised (:mod:`gui.present.citation`), the
same in the window, the exports and every document.
"""

from __future__ import annotations

from gui.database.model import Citation, Lang
from gui.document.nodes import Reference
from gui.present.citation import reference
from gui.present.translate import Translate, arg
from gui.present.typography import normalise

ORDER = ("article", "report")  # the source of every figure first, then what it reports on


def references(citations: dict[str, Citation], lang: Lang, tr: Translate) -> tuple[Reference, ...]:
    """The edition's citations in :data:`ORDER` (any others after them, by id)."""
    labels = {"article": tr("Figures as reported in"), "report": tr("Report")}
    ids = [i for i in ORDER if i in citations]
    ids += sorted(i for i in citations if i not in ORDER)
    out = []
    for ident in ids:
        text = reference(citations[ident], lang)
        label = normalise(labels.get(ident, tr("Source")))
        out.append(Reference(ident, label, text, arg(tr("%1: %2"), label, text)))
    return tuple(out)
