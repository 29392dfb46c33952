"""Loading one edition from ``data/``: the TOML header, the source article and the CSV tables.

Every row is checked against the others and against the article: references resolve, each
value in base units equals its figure as reported, each figure and quote is found in the article
where the row says. What comes out is an :class:`Edition` of typed rows, one list per table,
ready to be written; what is wrong comes out as :class:`SourceError` with one
``file:line: field: problem`` per line.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from gui.database.columns import Record
from gui.database.schema import (
    TABLES,
    CardRow,
    ChartItemRow,
    ChartRow,
    CheckRow,
    CitationRow,
    DomainRow,
    GapRow,
    IndicatorRow,
    MetaRow,
    MilestoneRow,
    ObservationRow,
    OutlookRow,
    SearchRow,
    SourceRow,
    UnitRow,
)
from gui.edition import (
    cards,
    charts,
    consistency,
    coverage,
    indicators,
    milestones,
    observations,
    punctuation,
)
from gui.edition.header import Header, read_header, toml_line
from gui.edition.problems import Problems, SourceError
from gui.edition.reading import Reading
from gui.edition.sourcetext import JoinError, SourceText


@dataclass(frozen=True)
class Edition:
    """A validated edition: its rows by table, one list for each table of
    :data:`gui.database.schema.TABLES` and the search index."""

    tables: Mapping[str, Sequence[Record]]

    def __post_init__(self) -> None:
        expected = [*TABLES, SearchRow.table]
        if list(self.tables) != expected:
            raise ValueError(f"an edition has the tables {expected}, not {list(self.tables)}")

    def rows(self, table: str) -> Sequence[Record]:
        return self.tables[table]


def load_edition(folder: Path) -> Edition:
    """Read and validate every source in ``folder``; raise :class:`SourceError` if any is wrong."""
    problems = Problems()
    edition = _load(folder, problems)
    if problems or edition is None:
        raise SourceError(problems)
    return edition


def _load(folder: Path, problems: Problems) -> Edition | None:
    header = read_header(folder, problems)
    if header is None:
        return None
    source_path = folder / header.source
    try:
        raw = source_path.read_bytes()
        article = raw.decode("utf-8")
    except OSError as error:
        problems.add(source_path, 0, "file", f"cannot be read: {error.strerror}")
        return None
    except UnicodeDecodeError as error:
        problems.add(source_path, 0, "encoding", f"not UTF-8 at byte {error.start}")
        return None
    try:
        text = SourceText(article, header.joins)
    except JoinError as error:
        path = folder / "edition.toml"
        line = toml_line(path, "[[joins]]", error.index)
        problems.add(path, line, f"joins[{error.index}]", str(error))
        return None
    reading = Reading(folder, problems, text)
    if not reading.read_all():
        return None
    return compile_edition(header, raw, reading)


def compile_edition(header: Header, raw: bytes, reading: Reading) -> Edition:
    """Every rule over the rows read, in order; the rows they make."""
    text = reading.text
    punctuation.chinese_text(reading)
    units = indicators.units(reading)
    domains = indicators.domains(reading)
    indicator_rows = indicators.indicators(reading, domains, units)
    observation_rows = observations.observations(reading, indicator_rows, units)
    milestone_rows = milestones.milestones(reading, domains)
    outlook_rows = milestones.outlook(reading, domains)
    chart_rows, item_rows = charts.charts(reading, domains, indicator_rows, units, observation_rows)
    card_rows = cards.cards(reading, domains, indicator_rows, observation_rows)
    check_rows = consistency.checks(reading, observation_rows)
    coverage.coverage(reading, observation_rows, header.source)
    tables: dict[str, Sequence[Record]] = {
        MetaRow.table: header.meta(),
        CitationRow.table: header.citations,
        SourceRow.table: [
            SourceRow(
                id="article",
                path=header.source,
                sha256=hashlib.sha256(raw).hexdigest(),
                text=text.text,
            )
        ],
        GapRow.table: [
            GapRow(position=i, start=gap.start, end=gap.end, reason=gap.reason)
            for i, gap in enumerate(text.gaps)
        ],
        UnitRow.table: list(units.values()),
        DomainRow.table: list(domains.values()),
        IndicatorRow.table: list(indicator_rows.values()),
        ObservationRow.table: list(observation_rows.values()),
        MilestoneRow.table: milestone_rows,
        OutlookRow.table: outlook_rows,
        ChartRow.table: chart_rows,
        ChartItemRow.table: item_rows,
        CardRow.table: card_rows,
        CheckRow.table: check_rows,
        SearchRow.table: _search_rows(observation_rows, indicator_rows, units),
    }
    return Edition({name: tables[name] for name in [*TABLES, SearchRow.table]})


def _search_rows(
    observations: dict[str, ObservationRow],
    indicators: dict[str, IndicatorRow],
    units: dict[str, UnitRow],
) -> list[SearchRow]:
    rows = []
    for obs in observations.values():
        indicator = indicators.get(obs.indicator_id)
        if indicator is None:
            continue
        unit = units.get(indicator.unit_id)
        figures = (obs.reported, obs.baseline_reported, obs.change_reported)
        rows.append(
            SearchRow(
                observation_id=obs.id,
                name_zh=indicator.name_zh,
                name_en=indicator.name_en,
                unit_zh=unit.zh if unit else "",
                unit_en=unit.en if unit else "",
                reported=" ".join(x for x in figures if x),
                quote=obs.quote,
            )
        )
    return rows
