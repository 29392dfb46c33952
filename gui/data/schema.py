"""The database's shape: one place that says which tables hold what.

The build creates these tables with sqlite-utils; the read API relies on them. Bump
``SCHEMA_VERSION`` (stored in ``PRAGMA user_version``) on any change a reader would notice.
"""

from __future__ import annotations

from typing import Any

SCHEMA_VERSION = 1

TEXT, INTEGER, REAL = str, int, float

# table: (columns with types, primary key, foreign keys as (column, other table, other column),
#         columns that may not be NULL)
Table = tuple[dict[str, Any], str | tuple[str, ...], list[tuple[str, str, str]], set[str]]

TABLES: dict[str, Table] = {
    "meta": ({"key": TEXT, "value": TEXT}, "key", [], {"value"}),
    "citations": (
        {
            "id": TEXT,
            "title_zh": TEXT,
            "title_en": TEXT,
            "authors_zh": TEXT,
            "authors_en": TEXT,
            "date": TEXT,
            "text_zh": TEXT,
            "text_en": TEXT,
        },
        "id",
        [],
        {"title_zh", "title_en", "text_zh", "text_en"},
    ),
    "source": (
        {"id": TEXT, "path": TEXT, "sha256": TEXT, "text": TEXT},
        "id",
        [],
        {"path", "sha256", "text"},
    ),
    "source_gaps": (
        {"position": INTEGER, "start": INTEGER, "end": INTEGER, "reason": TEXT},
        "position",
        [],
        {"start", "end", "reason"},
    ),
    "units": (
        {"id": TEXT, "zh": TEXT, "en": TEXT, "en_one": TEXT, "dimension": TEXT},
        "id",
        [],
        {"zh", "en", "en_one", "dimension"},
    ),
    "domains": (
        {
            "id": TEXT,
            "position": INTEGER,
            "kind": TEXT,
            "heading_zh": TEXT,
            "title_zh": TEXT,
            "title_en": TEXT,
            "tab_zh": TEXT,
            "tab_en": TEXT,
            "summary_zh": TEXT,
            "summary_en": TEXT,
        },
        "id",
        [],
        {"position", "kind", "title_zh", "title_en", "tab_zh", "tab_en"},
    ),
    "indicators": (
        {
            "id": TEXT,
            "domain_id": TEXT,
            "position": INTEGER,
            "name_zh": TEXT,
            "name_en": TEXT,
            "unit_id": TEXT,
        },
        "id",
        [("domain_id", "domains", "id"), ("unit_id", "units", "id")],
        {"domain_id", "position", "name_zh", "name_en", "unit_id"},
    ),
    "observations": (
        {
            "id": TEXT,
            "indicator_id": TEXT,
            "position": INTEGER,
            "reported": TEXT,
            "value": REAL,
            "qualifier": TEXT,
            "period_zh": TEXT,
            "period_en": TEXT,
            "as_of": TEXT,
            "baseline_zh": TEXT,
            "baseline_en": TEXT,
            "baseline_reported": TEXT,
            "baseline_value": REAL,
            "change_reported": TEXT,
            "change_value": REAL,
            "change_unit_id": TEXT,
            "direction": TEXT,
            "quote": TEXT,
            "quote_start": INTEGER,
            "quote_end": INTEGER,
            "figure_start": INTEGER,
            "figure_end": INTEGER,
            "baseline_start": INTEGER,
            "baseline_end": INTEGER,
            "change_start": INTEGER,
            "change_end": INTEGER,
        },
        "id",
        [("indicator_id", "indicators", "id"), ("change_unit_id", "units", "id")],
        {
            "indicator_id",
            "position",
            "period_zh",
            "period_en",
            "as_of",
            "quote",
            "quote_start",
            "quote_end",
        },
    ),
    "milestones": (
        {
            "id": TEXT,
            "position": INTEGER,
            "date": TEXT,
            "domain_id": TEXT,
            "kind": TEXT,
            "title_zh": TEXT,
            "title_en": TEXT,
            "quote": TEXT,
            "quote_start": INTEGER,
            "quote_end": INTEGER,
        },
        "id",
        [("domain_id", "domains", "id")],
        {"position", "date", "domain_id", "kind", "title_zh", "title_en", "quote"},
    ),
    "outlook": (
        {
            "id": TEXT,
            "domain_id": TEXT,
            "position": INTEGER,
            "text_zh": TEXT,
            "text_en": TEXT,
            "start": INTEGER,
            "end": INTEGER,
        },
        "id",
        [("domain_id", "domains", "id")],
        {"domain_id", "position", "text_zh", "text_en"},
    ),
    "charts": (
        {
            "id": TEXT,
            "domain_id": TEXT,
            "position": INTEGER,
            "kind": TEXT,
            "title_zh": TEXT,
            "title_en": TEXT,
            "axis_zh": TEXT,
            "axis_en": TEXT,
            "scale": TEXT,
        },
        "id",
        [("domain_id", "domains", "id")],
        {"domain_id", "position", "kind", "title_zh", "title_en", "scale"},
    ),
    "chart_items": (
        {
            "chart_id": TEXT,
            "position": INTEGER,
            "observation_id": TEXT,
            "field": TEXT,
            "label_zh": TEXT,
            "label_en": TEXT,
            "series_zh": TEXT,
            "series_en": TEXT,
            "share_observation_id": TEXT,
        },
        ("chart_id", "position"),
        [
            ("chart_id", "charts", "id"),
            ("observation_id", "observations", "id"),
            ("share_observation_id", "observations", "id"),
        ],
        {"observation_id", "field", "label_zh", "label_en"},
    ),
    "cards": (
        {"observation_id": TEXT, "position": INTEGER, "overview": INTEGER},
        "observation_id",
        [("observation_id", "observations", "id")],
        {"position", "overview"},
    ),
    "checks": (
        {"id": TEXT, "kind": TEXT, "total": TEXT, "parts": TEXT, "tolerance": REAL, "note": TEXT},
        "id",
        [],
        {"kind", "total", "parts"},
    ),
}

# Full-text search over what a user may type: names, units, figures and sentences. The trigram
# tokenizer makes any Chinese substring of three characters or more searchable.
SEARCH_COLUMNS = ("name_zh", "name_en", "unit_zh", "unit_en", "reported", "quote")
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
