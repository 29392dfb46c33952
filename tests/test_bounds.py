"""Every bound the schema declares is refused in one line when a file exceeds it, naming the
table, the column (or the group drawn together) and the row; the bounds are written out here
as numbers, and a test checks that the schema declares these and no others, so that a bound
added later comes with its case.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from gui.cli import main
from gui.database.briefing import BriefingError, open_briefing
from gui.database.columns import Record, columns
from gui.database.schema import TABLES, PinRow, SearchRow

from . import crafted

# The bounds, as this test knows them: rows per table, rows drawn together, characters by kind.
ROWS = {
    "meta": 100,
    "citations": 100,
    "source": 1,
    "source_gaps": 1_000,
    "units": 1_000,
    "domains": 30,
    "indicators": 200_000,
    "observations": 200_000,
    "milestones": 500,
    "outlook": 500,
    "charts": 150,
    "chart_items": 1_000,
    "cards": 1_000,
    "checks": 1_000,
    "search_index": 200_000,
}
TOGETHER = {
    ("charts", "domain_id"): 24,
    ("chart_items", "chart_id"): 60,
    ("cards", "observation_id.indicator_id.domain_id"): 60,
}
CHARACTERS = {
    "id": 128,
    "name": 500,
    "label": 200,
    "note": 4_000,
    "quote": 2_000,
    "article": 500_000,
    "note of a pin": 10_000,  # the briefing list's: tests/test_briefing_shapes.py
}
PINS = 1_000  # figures on one briefing list

X38 = "x" * 38 + "…"  # a long text of x as a message shows it


def row_case(table: str, most: int) -> tuple[Callable[[sqlite3.Connection], None], str]:
    return (
        crafted.grown(table, most + 1),
        f"{table} has {most + 1:,} rows, more than the {most:,} an edition may have",
    )


def longer(table: str, column: str, key: str, ident: str, n: int) -> str:
    xs = f"replace(hex(zeroblob({n})), '00', 'xx')"  # 2n characters
    return f"UPDATE {table} SET {column} = {xs} WHERE {key} = '{ident}'"


# name → (the change, the user's line after "error: PATH: ")
CASES: dict[str, tuple[str | Callable[[sqlite3.Connection], None], str]] = {
    **{f"rows of {table}": row_case(table, most) for table, most in ROWS.items()},
    "charts of one tab": (
        crafted.more_in_one("charts", "hotline", "hotline.top_topics", 25),
        "charts has 25 rows for domain_id 'hotline', more than the 24 this application draws "
        "together",
    ),
    "items of one chart": (
        crafted.more_in_one("chart_items", "", "hotline.top_topics", 61),
        "chart_items has 61 rows for chart_id 'hotline.top_topics', more than the 60 this "
        "application draws together",
    ),
    "cards of one tab": (
        crafted.more_in_one("cards", "matters", "matters.household_food_waste.202012", 61),
        "cards has 61 rows for domain_id 'matters', more than the 60 this application draws "
        "together",
    ),
    "characters of an id": (
        "UPDATE milestones SET id = 'm' || replace(hex(zeroblob(64)), '00', 'xx') "
        "WHERE position = 0",
        f"milestones.id of row 'mx{X38[2:]} (text 'mx{X38[2:]}) is not an id (letters, digits, "
        "'.', '_' or '-', at most 128)",
    ),
    "characters of a name": (
        longer("indicators", "name_en", "id", "hotline.requests", 501 // 2 + 1),
        f"indicators.name_en of row 'hotline.requests' (text '{X38}) is longer than the 500 "
        "characters of a name",
    ),
    "characters of a label": (
        longer("units", "zh", "id", "percent", 201 // 2 + 1),
        f"units.zh of row 'percent' (text '{X38}) is longer than the 200 characters of a label",
    ),
    "characters of a note": (
        longer("domains", "summary_en", "id", "hotline", 4_001 // 2 + 1),
        f"domains.summary_en of row 'hotline' (text '{X38}) is longer than the 4,000 characters "
        "of a note",
    ),
    "characters of a quote": (
        longer("outlook", "text_en", "position", "0", 2_001 // 2 + 1),
        "outlook.text_en of row '{outlook}' (text '" + X38 + ") is longer than the 2,000 "
        "characters of a quote",
    ),
    "characters of the article": (
        "UPDATE source SET text = text || replace(hex(zeroblob(250001)), '00', 'xx')",
        "source.text of row 'article' (text '\\n\\n《北京社会治理发展报告(2020~2021)》发布"
        "\\n\\n北京社会治…) is longer than the 500,000 characters of an article",
    ),
    "a number too large": (
        "UPDATE observations SET value = 1.5e15 WHERE id = 'hotline.requests.2020'",
        "observations.value of row 'hotline.requests.2020' (real '1.5e+15') is not a finite "
        "number below 1e+15",
    ),
    "a whole number too large": (
        "UPDATE milestones SET position = 2147483648 WHERE position = 0",
        "milestones.position of row 'subdistrict_offices_regulations' (integer '2147483648') "
        "is not a whole number from 0 to 2147483647",
    ),
}


def test_the_schema_declares_these_bounds_and_no_others() -> None:
    tables: list[type[Record]] = [*TABLES.values(), SearchRow]
    declared = {t.table: t.most for t in tables}
    assert declared == ROWS
    together = {(t.table, path): most for t in TABLES.values() for path, most in t.most_per}
    assert together == TOGETHER
    kinds = {
        c.text.kind: c.text.most
        for t in (*tables, PinRow)
        for c in columns(t)
        if c.text is not None
    }
    assert kinds == CHARACTERS
    assert PinRow.most == PINS
    # Each has its case below (the pin's note and the list's length in their own tests).
    assert {f"rows of {t}" for t in ROWS} <= set(CASES)
    named = {"charts": "charts of one tab", "chart_items": "items of one chart"}
    assert {named.get(t, f"{t} of one tab") for t, _ in TOGETHER} <= set(CASES)
    assert {
        f"characters of {'the' if k == 'article' else 'an' if k == 'id' else 'a'} {k}"
        for k in CHARACTERS
        if k != "note of a pin"
    } <= set(CASES)


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_bound_exceeded_is_one_line_and_exit_2(
    case: str,
    built_db: Path,
    tmp_path: Path,
    settings_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    change, problem = CASES[case]
    with sqlite3.connect(built_db) as edition:  # what the edition itself says, read plainly
        outlook = edition.execute("SELECT id FROM outlook WHERE position = 0").fetchone()[0]
    problem = problem.replace("{outlook}", outlook)
    path = crafted.database(built_db, tmp_path / "crafted.db", change)
    before = path.read_bytes()
    output = tmp_path / "x.csv"
    assert main(["export", "--format", "csv", "--db", str(path), "--output", str(output)]) == 2
    err = capsys.readouterr().err.strip().split("\n")
    assert err == [f"error: {path}: {problem}"]
    assert not output.exists()
    assert path.read_bytes() == before


def test_a_list_longer_than_its_bound_is_read_to_the_bound_and_grows_no_more(
    tmp_path: Path,
) -> None:
    crafted.other_edition(tmp_path, [f"gone.{n}" for n in range(PINS + 1)])
    opened = open_briefing(tmp_path, "2020-2021")
    pins = opened.store.pins()
    assert len(pins) == PINS
    assert pins[-1].observation_id == f"gone.{PINS - 1}"
    with pytest.raises(BriefingError) as raised:
        opened.store.pin("hotline.requests.2020")
    assert str(raised.value) == (
        "the briefing list holds 1,000 figures, the most it may; nothing was changed"
    )
    opened.store.close()


# What each database at the bounds holds, by plain SQL: (query, the count it gives).
AT_BOUNDS = {
    "longest texts": (
        "SELECT max(length(quote)), max(length(name_en)), "
        "(SELECT max(length(summary_en)) FROM domains), (SELECT max(length(zh)) FROM units), "
        "(SELECT length(text) FROM source) FROM observations o JOIN indicators i "
        "ON i.id = o.indicator_id",
        (2_000, 500, 4_000, 200, 500_000),
    ),
    "most cards": (
        "SELECT count(*), (SELECT count(*) FROM domains), (SELECT max(n) FROM (SELECT "
        "count(*) AS n FROM cards c JOIN observations o ON o.id = c.observation_id JOIN "
        "indicators i ON i.id = o.indicator_id GROUP BY i.domain_id)) FROM cards",
        (1_000, 30, 60),
    ),
    "most chart items": (
        "SELECT count(*), (SELECT max(n) FROM (SELECT count(*) AS n FROM chart_items "
        "GROUP BY chart_id)), (SELECT max(n) FROM (SELECT count(*) AS n FROM charts "
        "GROUP BY domain_id)) FROM chart_items",
        (1_000, 60, 24),
    ),
    "most milestones": ("SELECT count(*) FROM milestones", (500,)),
    "most outlook items": ("SELECT count(*) FROM outlook", (500,)),
}


@pytest.mark.parametrize("kind", sorted(AT_BOUNDS))
def test_a_database_at_the_bounds_is_read(built_db: Path, tmp_path: Path, kind: str) -> None:
    """Up to a bound is allowed: the benchmark's databases (tests/benchmarks/bench_bounds.py)
    hold what they say and open."""
    from gui.database.store import Store

    path = crafted.at_bounds(built_db, tmp_path / "at.db", kind)
    query, expected = AT_BOUNDS[kind]
    with sqlite3.connect(path) as c:
        assert c.execute(query).fetchone() == expected
    with Store(path) as store:  # validated
        assert store.observations()
