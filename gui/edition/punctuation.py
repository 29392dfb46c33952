"""Chinese text the edition writes itself is punctuated as GB/T 15834 asks: ，；：（）！？.

The columns checked are the Chinese words of this edition's own (names, titles, summaries,
notes, periods, labels); the article's words it quotes (quotes, period and order words, section
headings, the names a list takes from the article) are exempt: they are the stored article's,
verbatim, and are normalised where they are shown. The one checker is
:func:`gui.present.typography.problems`, which every output's tests use too.
"""

from __future__ import annotations

from gui.database.columns import Record
from gui.database.schema import (
    ChartItemRow,
    ChartRow,
    DomainRow,
    IndicatorRow,
    MilestoneRow,
    ObservationRow,
    UnitRow,
)
from gui.edition.reading import Reading
from gui.present.typography import FULL_WIDTH, problems

# The CSV cells holding Chinese text the edition writes, by table.
AUTHORED: dict[type[Record], tuple[str, ...]] = {
    UnitRow: ("zh",),
    DomainRow: ("title_zh", "tab_zh", "summary_zh"),
    IndicatorRow: ("name_zh",),
    ObservationRow: ("period_zh", "baseline_zh"),
    MilestoneRow: ("title_zh",),
    ChartRow: ("title_zh", "axis_zh", "note_zh"),
    ChartItemRow: ("label_zh", "series_zh"),
}


def half_width(text: str) -> str:
    """What is wrong with ``text``'s punctuation, in a few words; empty if nothing."""
    found = problems(text)
    if not found:
        return ""
    first = found[0]
    marks = "".join(dict.fromkeys(p.mark for p in found))
    wanted = "".join(FULL_WIDTH[m] for m in marks)
    count = (
        f"{len(found)} half-width marks touch" if len(found) > 1 else "a half-width mark touches"
    )
    return (
        f"{count} Chinese text, the first {first.mark!r} in …{first.context}…: "
        f"write {wanted} (GB/T 15834)"
    )


def chinese_text(reading: Reading) -> None:
    """Every authored Chinese cell of every table, each wrong cell told once."""
    for row_type, names in AUTHORED.items():
        for row in reading.tables.get(row_type, []):
            for name in names:
                if (
                    row_type is ChartItemRow
                    and name == "label_zh"
                    and row.cells["field"] == "label"
                ):
                    continue  # a list's name is the article's own word (大兴区)
                said = half_width(row.cells.get(name, ""))
                if said:
                    row.problem(name, said)
