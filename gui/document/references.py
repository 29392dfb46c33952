"""The works every output cites, in one order: the article the figures are read from, then the
report it reports on.

The wording is GB/T 7714-2015's (:mod:`gui.database.citation`). Its separators (". ", ": ", ", ")
are the standard's and stay as they are; the names and titles it joins are the edition's text,
whose Chinese punctuation is normalised like every other (《北京社会治理发展报告（2020~2021）》).
"""

from __future__ import annotations

import dataclasses

from gui.database.model import Citation, Lang
from gui.document.nodes import Reference
from gui.present.translate import Translate, arg
from gui.present.typography import normalise

ORDER = ("article", "report")  # the source of every figure first, then what it reports on
_TEXT_FIELDS = ("authors", "title", "subtitle", "container", "place")


def references(citations: dict[str, Citation], lang: Lang, tr: Translate) -> tuple[Reference, ...]:
    """The edition's citations in :data:`ORDER` (any others after them, by id)."""
    labels = {"article": tr("Figures as reported in"), "report": tr("Report")}
    ids = [i for i in ORDER if i in citations]
    ids += sorted(i for i in citations if i not in ORDER)
    out = []
    for ident in ids:
        cited = _normalised(citations[ident])  # named: lupdate takes cited.tr() for a record's
        text = cited.tr("text", lang)
        label = normalise(labels.get(ident, tr("Source")))
        out.append(Reference(ident, label, text, arg(tr("%1: %2"), label, text)))
    return tuple(out)


def _normalised(citation: Citation) -> Citation:
    """The citation with its names and titles normalised, its separators left to GB/T 7714."""
    changes = {}
    for name in _TEXT_FIELDS:
        for lang in ("zh", "en"):
            value = getattr(citation, f"{name}_{lang}")
            if isinstance(value, str):
                changes[f"{name}_{lang}"] = normalise(value)
    return dataclasses.replace(citation, **changes)
