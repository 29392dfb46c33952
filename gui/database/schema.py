"""The database's shape, declared once: a row type per table (see :mod:`gui.database.columns`).

The compiler reads the CSV sources into these rows and creates the tables from them with
sqlite-utils; the read models of :mod:`gui.database.model` extend them and the store selects their
columns. What else is known of a column is marked here too, and read from here by every other
module: which columns hold dates, which pairs mark a place in the article, what kind of text a
column holds (which bounds its size), and how many rows a table may have. Bump
``SCHEMA_VERSION`` (stored in ``PRAGMA user_version``) on any change a reader would notice.

The bounds are what an edition needs, with a wide margin: the edition of 2020–2021 has 87
figures, 14 charts of at most 8 items, at most 8 cards a tab, an article of 4,115 characters,
sentences of at most 247 characters and notes of at most 486. A file asking for more is
refused at open, with one line, before anything is drawn or written from it.
"""

# No ``from __future__ import annotations`` here: the columns' types are read at start-up (the
# store's SELECT lists), and as strings each would be compiled again to be read.

import dataclasses
from dataclasses import dataclass
from typing import Annotated

from gui.database.columns import (
    DAY,
    ID,
    PARTIAL_DATE,
    Record,
    Text,
    cell,
    columns,
    computed,
    one_of,
    span,
)
from gui.database.numerals import QUALIFIERS

SCHEMA_VERSION = 4

# Kinds of text, by the most characters one may hold (besides ID and NAME, 500).
LABEL = Text("label", 200)  # a tab's name, a unit, an item of a chart
NOTE = Text("note", 4_000)  # a summary, a note under a chart, a reason
QUOTE = Text("quote", 2_000)  # a sentence of the article
ARTICLE = Text("article", 500_000)  # the article itself

# The user's briefing list (its own file, see gui.database.briefing): how much of it is read.
PIN_NOTE = Text("note of a pin", 10_000)  # a few paragraphs said at a meeting
PINS_MOST = 1_000  # figures on one list; an edition has fewer than 100


@dataclass(frozen=True)
class Meta:
    """What the ``meta`` table holds: one row per field, whose name is the row's ``key``."""

    edition_id: Annotated[str, ID]  # names files: bjgov-2020-2021.xlsx
    edition_title_zh: str
    edition_title_en: str
    source_path: str


META_KEYS = tuple(f.name for f in dataclasses.fields(Meta))


@dataclass(frozen=True)
class MetaRow(Record):
    """The edition's header, as ``key``/``value`` pairs."""

    table = "meta"
    pk = "key"
    most = 100
    key: Annotated[str, LABEL]
    value: str


@dataclass(frozen=True)
class CitationRow(Record):
    """A work the edition cites, as GB/T 7714 describes it; :mod:`gui.present.citation` words
    it."""

    table = "citations"
    pk = "id"
    most = 100
    id: str
    kind: Annotated[str, one_of("report", "article")]  # a book [M], a newspaper article [N]
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
    date: Annotated[str, DAY]  # the paper's issue; the book's release (its year is cited)
    url: str | None  # the page an online copy is read at
    accessed: Annotated[str | None, DAY]  # when that page was cited (GB/T 7714's 引用日期)


@dataclass(frozen=True)
class SourceRow(Record):
    table = "source"
    pk = "id"
    most = 1
    id: str
    path: str
    sha256: Annotated[str, LABEL]
    text: Annotated[str, ARTICLE]


@dataclass(frozen=True)
class GapRow(Record):
    """Text a quote may skip (a caption set into a sentence), by character offsets."""

    table = "source_gaps"
    pk = "position"
    most = 1_000
    position: int
    start: Annotated[int, span("end")]
    end: int
    reason: Annotated[str, NOTE]


@dataclass(frozen=True)
class UnitRow(Record):
    table = "units"
    pk = "id"
    most = 1_000
    id: Annotated[str, cell()]
    zh: Annotated[str, cell(), LABEL]
    en: Annotated[str, cell(), LABEL]
    en_one: Annotated[str, cell(), LABEL]
    dimension: Annotated[str, cell(), LABEL]


@dataclass(frozen=True)
class DomainRow(Record):
    table = "domains"
    pk = "id"
    most = 30  # tabs
    id: Annotated[str, cell()]
    position: int
    kind: Annotated[str, cell(), one_of("introduction", "section", "outlook")]
    heading_zh: Annotated[str | None, cell()]
    title_zh: Annotated[str, cell()]
    title_en: Annotated[str, cell()]
    tab_zh: Annotated[str, cell(), LABEL]
    tab_en: Annotated[str, cell(), LABEL]
    summary_zh: Annotated[str, cell(), NOTE]
    summary_en: Annotated[str, cell(), NOTE]


@dataclass(frozen=True)
class IndicatorRow(Record):
    table = "indicators"
    pk = "id"
    most = 200_000  # twice the largest edition measured (tests/benchmarks: 100,000)
    id: Annotated[str, cell()]
    domain_id: Annotated[str, cell("domain", references="domains")]
    position: int
    name_zh: Annotated[str, cell()]
    name_en: Annotated[str, cell()]
    unit_id: Annotated[str, cell("unit", references="units")]
    # "change": the article gives only a change
    measure: Annotated[str, cell(), one_of("level", "change")]


@dataclass(frozen=True)
class ObservationRow(Record):
    """A figure of the article: as reported and in base units, with its sentence's place."""

    table = "observations"
    pk = "id"
    most = 200_000  # twice the largest edition measured (tests/benchmarks: 100,000)
    id: Annotated[str, cell()]
    indicator_id: Annotated[str, cell("indicator", references="indicators")]
    position: int
    reported: Annotated[str | None, cell()]
    value: Annotated[float | None, cell()]
    qualifier: Annotated[str | None, cell(), one_of(*QUALIFIERS)]
    period_zh: Annotated[str, cell()]  # 未说明时期 where the article states no period
    period_en: Annotated[str, cell()]
    period_words: Annotated[str | None, cell()]  # the article's words that state the period
    as_of: Annotated[str | None, cell(), PARTIAL_DATE]  # the date the period ends, if given
    baseline_zh: Annotated[str | None, cell()]  # what the change is on: 上年同期, 2019年
    baseline_en: Annotated[str | None, cell()]  # said after the change: year on year, on 2019
    baseline_reported: Annotated[str | None, cell()]
    baseline_value: Annotated[float | None, cell()]
    change_reported: Annotated[str | None, cell()]
    change_value: Annotated[float | None, cell()]
    change_unit_id: Annotated[str | None, cell("change_unit", references="units")]
    direction: Annotated[str | None, cell(), one_of("up", "down", "flat", "broadly_flat")]
    quote: Annotated[str, cell(), QUOTE]
    quote_start: Annotated[int, span("quote_end")]
    quote_end: int
    figure_start: Annotated[int | None, span("figure_end", figure=True)]
    figure_end: int | None
    baseline_start: Annotated[int | None, span("baseline_end", figure=True)]
    baseline_end: int | None
    change_start: Annotated[int | None, span("change_end", figure=True)]
    change_end: int | None


@dataclass(frozen=True)
class MilestoneRow(Record):
    table = "milestones"
    pk = "id"
    most = 500  # on one timeline
    id: Annotated[str, cell()]
    position: int
    date: Annotated[str, cell(), DAY]
    domain_id: Annotated[str, cell("domain", references="domains")]
    kind: Annotated[str, cell(), one_of("regulation", "measure", "plan", "release")]
    title_zh: Annotated[str, cell()]
    title_en: Annotated[str, cell()]
    quote: Annotated[str, cell(), QUOTE]
    quote_start: Annotated[int, span("quote_end")]
    quote_end: int


@dataclass(frozen=True)
class OutlookRow(Record):
    table = "outlook"
    pk = "id"
    most = 500
    id: Annotated[str, cell()]
    domain_id: Annotated[str, computed(references="domains")]
    position: int
    text_zh: Annotated[str, cell(), QUOTE]
    text_en: Annotated[str, cell(), QUOTE]
    start: Annotated[int, span("end")]
    end: int


@dataclass(frozen=True)
class ChartRow(Record):
    table = "charts"
    pk = "id"
    # Ten times the edition's 14: each is a picture in the Word document, drawn at print
    # resolution (300 charts of 60 bars took 18 s); 24 to a tab, as below.
    most = 150
    most_per = (("domain_id", 24),)  # charts a tab draws
    id: Annotated[str, cell()]
    domain_id: Annotated[str, cell("domain", references="domains")]
    position: int
    kind: Annotated[
        str,
        cell(),
        one_of(
            "bar", "ranking", "list", "composition", "before_after", "grouped", "timeline", "cards"
        ),
    ]
    title_zh: Annotated[str, cell()]
    title_en: Annotated[str, cell()]
    axis_zh: Annotated[str, cell(), LABEL]
    axis_en: Annotated[str, cell(), LABEL]
    scale: Annotated[str, cell(), one_of("linear", "log")]
    order_words: Annotated[str | None, cell()]  # a ranking: the quote's words that rank it
    note_zh: Annotated[str | None, cell(), NOTE]
    note_en: Annotated[str | None, cell(), NOTE]


@dataclass(frozen=True)
class ChartItemRow(Record):
    table = "chart_items"
    pk = ("chart_id", "position")
    # 22 times the edition's 44: bars are drawn one by one, at print resolution in the Word
    # document (5,000 bars took 18 s there, 1,000 take 5 s on a loaded machine).
    most = 1_000
    most_per = (("chart_id", 60),)  # bars of one chart
    chart_id: Annotated[str, cell("chart", references="charts")]
    position: int
    observation_id: Annotated[str, cell("observation", references="observations")]
    field: Annotated[str, cell(), one_of("value", "change", "label")]
    label_zh: Annotated[str, cell(), LABEL]
    label_en: Annotated[str, cell(), LABEL]
    series_zh: Annotated[str | None, cell(), LABEL]
    series_en: Annotated[str | None, cell(), LABEL]
    share_observation_id: Annotated[
        str | None, cell("share_observation", references="observations")
    ]


@dataclass(frozen=True)
class CardRow(Record):
    table = "cards"
    pk = "observation_id"
    most = 1_000
    most_per = (("observation_id.indicator_id.domain_id", 60),)  # cards a tab lays out
    observation_id: Annotated[str, cell("observation", references="observations")]
    position: int
    overview: Annotated[int, cell()]  # 1 for the domain's headline figure


@dataclass(frozen=True)
class CheckRow(Record):
    """An identity the figures must keep: parts that sum to a total, or a share of it."""

    table = "checks"
    pk = "id"
    most = 1_000
    id: Annotated[str, cell()]
    kind: Annotated[str, cell(), one_of("sum", "share")]
    total: Annotated[str, cell()]
    parts: Annotated[str, cell(), NOTE]
    tolerance: Annotated[float, cell()]
    note: Annotated[str, cell(), NOTE]


@dataclass(frozen=True)
class SearchRow(Record):
    """What a user may type to find an observation (an FTS5 table, not created from ``pk``)."""

    table = "search_index"
    pk = ()
    most = ObservationRow.most
    observation_id: str
    name_zh: str
    name_en: str
    unit_zh: Annotated[str, LABEL]
    unit_en: Annotated[str, LABEL]
    reported: str
    quote: Annotated[str, QUOTE]


@dataclass(frozen=True)
class PinRow(Record):
    """A figure on the user's briefing list: a table of its own file (``briefing.db``, see
    :mod:`gui.database.briefing`), not of the bundled database, and not in :data:`TABLES`."""

    table = "pins"
    pk = "observation_id"
    most = PINS_MOST
    observation_id: str
    position: int  # 0, 1, 2…: the order the user chose
    note: Annotated[str, PIN_NOTE]  # "" for none
    edition: str  # the data edition it was pinned in


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

# What the search field reads: every run of one to three characters of a row's searched
# columns as a token (gui.database.search.grams), so no word typed scans the rows. Only which rows
# hold a token is kept (detail=none, no text, no sizes); a row's rowid is its rowid in
# search_index, which holds the text.
GRAMS = "search_grams"
GRAMS_TABLE = (
    f"CREATE VIRTUAL TABLE {GRAMS} USING fts5(grams, content = '', columnsize = 0, "
    "detail = none, tokenize = 'ascii')"
)

# Lookups the window makes on every tab switch.
INDEXES = (
    ("indicators", ("domain_id", "position")),
    ("observations", ("indicator_id",)),
    ("charts", ("domain_id", "position")),
    ("cards", ("position",)),
)
