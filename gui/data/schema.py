"""The database's shape, declared once: a row type per table (see :mod:`gui.data.columns`).

The compiler reads the CSV sources into these rows and creates the tables from them with
sqlite-utils; the read models of :mod:`gui.data.model` extend them and the store selects their
columns. Bump ``SCHEMA_VERSION`` (stored in ``PRAGMA user_version``) on any change a reader would
notice.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from gui.data.columns import Record, cell, columns, computed

SCHEMA_VERSION = 3


@dataclass(frozen=True)
class MetaRow(Record):
    """The edition's header, as ``key``/``value`` pairs."""

    table = "meta"
    pk = "key"
    key: str
    value: str


@dataclass(frozen=True)
class CitationRow(Record):
    """A work the edition cites, as GB/T 7714 describes it; :mod:`gui.data.citation` words it."""

    table = "citations"
    pk = "id"
    id: str
    kind: str  # "report" (a book, [M]) or "article" (a newspaper article, [N])
    authors_zh: str  # the primary responsibility: a person or a body
    authors_en: str
    title_zh: str
    title_en: str
    subtitle_zh: str | None  # other title information, after a colon
    subtitle_en: str | None
    container_zh: str  # the newspaper an article is in; the publisher of a book
    container_en: str
    place_zh: str | None  # where a book is published
    place_en: str | None
    date: str  # YYYY-MM-DD: the paper's issue; the book's release (its year is cited)
    url: str | None  # the page an online copy is read at
    accessed: str | None  # YYYY-MM-DD: when that page was cited (GB/T 7714's 引用日期)


@dataclass(frozen=True)
class SourceRow(Record):
    table = "source"
    pk = "id"
    id: str
    path: str
    sha256: str
    text: str


@dataclass(frozen=True)
class GapRow(Record):
    """Text a quote may skip (a caption set into a sentence), by character offsets."""

    table = "source_gaps"
    pk = "position"
    position: int
    start: int
    end: int
    reason: str


@dataclass(frozen=True)
class UnitRow(Record):
    table = "units"
    pk = "id"
    id: Annotated[str, cell()]
    zh: Annotated[str, cell()]
    en: Annotated[str, cell()]
    en_one: Annotated[str, cell()]
    dimension: Annotated[str, cell()]


@dataclass(frozen=True)
class DomainRow(Record):
    table = "domains"
    pk = "id"
    id: Annotated[str, cell()]
    position: int
    kind: Annotated[str, cell()]
    heading_zh: Annotated[str | None, cell()]
    title_zh: Annotated[str, cell()]
    title_en: Annotated[str, cell()]
    tab_zh: Annotated[str, cell()]
    tab_en: Annotated[str, cell()]
    summary_zh: Annotated[str, cell()]
    summary_en: Annotated[str, cell()]


@dataclass(frozen=True)
class IndicatorRow(Record):
    table = "indicators"
    pk = "id"
    id: Annotated[str, cell()]
    domain_id: Annotated[str, cell("domain", references="domains")]
    position: int
    name_zh: Annotated[str, cell()]
    name_en: Annotated[str, cell()]
    unit_id: Annotated[str, cell("unit", references="units")]
    measure: Annotated[str, cell()]  # "level", or "change": the article gives only a change


@dataclass(frozen=True)
class ObservationRow(Record):
    """A figure of the article: as reported and in base units, with its sentence's place."""

    table = "observations"
    pk = "id"
    id: Annotated[str, cell()]
    indicator_id: Annotated[str, cell("indicator", references="indicators")]
    position: int
    reported: Annotated[str | None, cell()]
    value: Annotated[float | None, cell()]
    qualifier: Annotated[str | None, cell()]
    period_zh: Annotated[str, cell()]  # 未说明时期 where the article states no period
    period_en: Annotated[str, cell()]
    period_words: Annotated[str | None, cell()]  # the article's words that state the period
    as_of: Annotated[str | None, cell()]  # the date the period ends, if it gives one
    baseline_zh: Annotated[str | None, cell()]  # what the change is on: 上年同期, 2019年
    baseline_en: Annotated[str | None, cell()]  # said after the change: year on year, on 2019
    baseline_reported: Annotated[str | None, cell()]
    baseline_value: Annotated[float | None, cell()]
    change_reported: Annotated[str | None, cell()]
    change_value: Annotated[float | None, cell()]
    change_unit_id: Annotated[str | None, cell("change_unit", references="units")]
    direction: Annotated[str | None, cell()]
    quote: Annotated[str, cell()]
    quote_start: int
    quote_end: int
    figure_start: int | None
    figure_end: int | None
    baseline_start: int | None
    baseline_end: int | None
    change_start: int | None
    change_end: int | None


@dataclass(frozen=True)
class MilestoneRow(Record):
    table = "milestones"
    pk = "id"
    id: Annotated[str, cell()]
    position: int
    date: Annotated[str, cell()]
    domain_id: Annotated[str, cell("domain", references="domains")]
    kind: Annotated[str, cell()]
    title_zh: Annotated[str, cell()]
    title_en: Annotated[str, cell()]
    quote: Annotated[str, cell()]
    quote_start: int
    quote_end: int


@dataclass(frozen=True)
class OutlookRow(Record):
    table = "outlook"
    pk = "id"
    id: Annotated[str, cell()]
    domain_id: Annotated[str, computed(references="domains")]
    position: int
    text_zh: Annotated[str, cell()]
    text_en: Annotated[str, cell()]
    start: int
    end: int


@dataclass(frozen=True)
class ChartRow(Record):
    table = "charts"
    pk = "id"
    id: Annotated[str, cell()]
    domain_id: Annotated[str, cell("domain", references="domains")]
    position: int
    kind: Annotated[str, cell()]
    title_zh: Annotated[str, cell()]
    title_en: Annotated[str, cell()]
    axis_zh: Annotated[str, cell()]
    axis_en: Annotated[str, cell()]
    scale: Annotated[str, cell()]
    order_words: Annotated[str | None, cell()]  # a ranking: the quote's words that rank it
    note_zh: Annotated[str | None, cell()]
    note_en: Annotated[str | None, cell()]


@dataclass(frozen=True)
class ChartItemRow(Record):
    table = "chart_items"
    pk = ("chart_id", "position")
    chart_id: Annotated[str, cell("chart", references="charts")]
    position: int
    observation_id: Annotated[str, cell("observation", references="observations")]
    field: Annotated[str, cell()]
    label_zh: Annotated[str, cell()]
    label_en: Annotated[str, cell()]
    series_zh: Annotated[str | None, cell()]
    series_en: Annotated[str | None, cell()]
    share_observation_id: Annotated[
        str | None, cell("share_observation", references="observations")
    ]


@dataclass(frozen=True)
class CardRow(Record):
    table = "cards"
    pk = "observation_id"
    observation_id: Annotated[str, cell("observation", references="observations")]
    position: int
    overview: Annotated[int, cell()]  # 1 for the domain's headline figure


@dataclass(frozen=True)
class CheckRow(Record):
    """An identity the figures must keep: parts that sum to a total, or a share of it."""

    table = "checks"
    pk = "id"
    id: Annotated[str, cell()]
    kind: Annotated[str, cell()]
    total: Annotated[str, cell()]
    parts: Annotated[str, cell()]
    tolerance: Annotated[float, cell()]
    note: Annotated[str, cell()]


@dataclass(frozen=True)
class SearchRow(Record):
    """What a user may type to find an observation (an FTS5 table, not created from ``pk``)."""

    table = "search_index"
    pk = ()
    observation_id: str
    name_zh: str
    name_en: str
    unit_zh: str
    unit_en: str
    reported: str
    quote: str


# Created and filled in this order, each after the tables it refers to.
TABLES: dict[str, type[Record]] = {
    row.table: row
    for row in (
        MetaRow,
        CitationRow,
        SourceRow,
        GapRow,
        UnitRow,
        DomainRow,
        IndicatorRow,
        ObservationRow,
        MilestoneRow,
        OutlookRow,
        ChartRow,
        ChartItemRow,
        CardRow,
        CheckRow,
    )
}

# Full-text search over what a user may type: names, units, figures and sentences. The trigram
# tokenizer makes any Chinese substring of three characters or more searchable.
SEARCH_COLUMNS = tuple(c.name for c in columns(SearchRow) if c.name != "observation_id")
SEARCH_TABLE = (
    "CREATE VIRTUAL TABLE search_index USING fts5(observation_id UNINDEXED, "
    + ", ".join(SEARCH_COLUMNS)
    + ", tokenize = 'trigram')"
)

# Lookups the window makes on every tab switch.
INDEXES = (
    ("indicators", ("domain_id", "position")),
    ("observations", ("indicator_id",)),
    ("charts", ("domain_id", "position")),
    ("cards", ("position",)),
)
