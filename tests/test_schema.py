"""The schema is declared once: the database, the CSV header and the read models follow it."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import typing
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any

import pytest
import sqlite_utils

from gui.database.columns import (
    DAY,
    ID,
    NAME,
    Column,
    Record,
    Span,
    SpanStart,
    Text,
    cell,
    columns,
    computed,
    create_arguments,
    csv_header,
    primary_key,
    span,
    spans,
)
from gui.database.model import Chart, ChartItem, Domain, Milestone, Observation, OutlookItem, Unit
from gui.database.schema import (
    TABLES,
    ChartItemRow,
    ChartRow,
    DomainRow,
    MilestoneRow,
    ObservationRow,
    OutlookRow,
    UnitRow,
)
from gui.database.store import Store
from gui.edition import SourceError, load_edition
from gui.edition.csvrows import Row
from gui.edition.problems import Problems
from gui.edition.reading import source_tables
from gui.files.atomic import display_path
from gui.present.citation import reference

from . import csvedit
from .conftest import DATA, ROOT

SQL_TYPE = {str: "TEXT", int: "INTEGER", float: "REAL"}


SHORT = Text("short", 20)


@dataclass(frozen=True)
class Sample(Record):
    table = "samples"
    pk = "id"
    id: Annotated[str, cell()]
    owner_id: Annotated[str, cell("owner", references="owners")]
    position: int
    share: Annotated[float | None, cell()]
    note_id: Annotated[str | None, computed(references="notes")]
    seen: Annotated[str | None, cell(), DAY, SHORT]
    start: Annotated[int, span("end", figure=True)]
    end: int


def test_a_declaration_says_each_column_once() -> None:
    assert columns(Sample) == (
        Column("id", str, nullable=False, cell="id", references=None, text=ID),
        Column("owner_id", str, nullable=False, cell="owner", references="owners", text=NAME),
        Column("position", int, nullable=False, cell=None, references=None),
        Column("share", float, nullable=True, cell="share", references=None),
        Column("note_id", str, nullable=True, cell=None, references="notes", text=NAME),
        Column("seen", str, nullable=True, cell="seen", references=None, text=SHORT, date="day"),
        Column("start", int, False, None, None, span=SpanStart("end", figure=True)),
        Column("end", int, nullable=False, cell=None, references=None),
    )
    assert spans(Sample) == (Span("start", "end", figure=True),)
    assert csv_header(Sample) == ("id", "owner", "share", "seen")
    db = sqlite_utils.Database(memory=True)
    db.table("owners").create({"id": str}, pk="id")
    db.table("notes").create({"id": str}, pk="id")
    db.table("samples").create(**create_arguments(Sample))
    assert db.table("samples").schema == (
        'CREATE TABLE "samples" (\n'
        '   "id" TEXT PRIMARY KEY,\n'
        '   "owner_id" TEXT NOT NULL REFERENCES "owners"("id"),\n'
        '   "position" INTEGER NOT NULL,\n'
        '   "share" REAL,\n'
        '   "note_id" TEXT REFERENCES "notes"("id"),\n'
        '   "seen" TEXT,\n'
        '   "start" INTEGER NOT NULL,\n'
        '   "end" INTEGER NOT NULL\n'
        ")"
    )


def test_a_column_type_must_be_text_or_a_number() -> None:
    @dataclass(frozen=True)
    class Odd(Record):
        table = "odd"
        pk = "id"
        id: Annotated[str, cell()]
        when: Annotated[Decimal, cell()]

    with pytest.raises(TypeError, match=r"Odd\.when: .*Decimal.* is not a column type"):
        columns(Odd)


def test_the_built_database_has_exactly_the_declared_tables(built_db: Path) -> None:
    connection = sqlite3.connect(built_db)
    try:
        tables = {
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'search_index%' AND name NOT LIKE 'search_grams%'"
            )
        }
        assert tables == set(TABLES)
        indexes = connection.execute(
            "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
        ).fetchall()
        assert indexes == [("search_grams",), ("search_index",)]
        for name, row_type in TABLES.items():
            declared = dataclasses.fields(row_type)  # type: ignore[arg-type]
            hints = typing.get_type_hints(row_type)
            key = primary_key(row_type)
            info = connection.execute(f'PRAGMA table_info("{name}")').fetchall()
            actual = [(r[1], r[2], bool(r[3]), r[5]) for r in info]
            expected = []
            for f in declared:
                kind = typing.get_args(hints[f.name]) or (hints[f.name],)
                nullable = type(None) in kind
                sql = SQL_TYPE[next(k for k in kind if k is not type(None))]
                in_key = key.index(f.name) + 1 if f.name in key else 0
                expected.append((f.name, sql, not nullable and not in_key, in_key))
            assert actual == expected, name
            fks = connection.execute(f'PRAGMA foreign_key_list("{name}")').fetchall()
            assert sorted((r[3], r[2], r[4]) for r in fks) == sorted(
                (c.name, c.references, "id") for c in columns(row_type) if c.references
            ), name
    finally:
        connection.close()


def test_every_declared_reference_resolves(built_db: Path) -> None:
    order = list(TABLES)
    for name, row_type in TABLES.items():
        for column in columns(row_type):
            if column.references is None:
                continue
            target = TABLES[column.references]
            assert primary_key(target) == ("id",), (name, column.name)
            # Tables are created in order, each after those it refers to.
            assert order.index(column.references) < order.index(name), (name, column.name)
    connection = sqlite3.connect(built_db)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        referenced = connection.execute(
            "SELECT count(*) FROM observations o JOIN indicators i ON i.id = o.indicator_id"
        ).fetchone()[0]
        assert referenced == connection.execute("SELECT count(*) FROM observations").fetchone()[0]
    finally:
        connection.close()


def test_each_source_file_has_the_declared_header() -> None:
    for row_type in source_tables():
        header, _data = csvedit.rows(DATA / f"{row_type.table}.csv")
        assert sorted(header) == sorted(csv_header(row_type)), row_type.table


@pytest.mark.parametrize("row_type", [ObservationRow, ChartItemRow, UnitRow])
def test_the_header_check_follows_the_declaration(sources: Path, row_type: type[Record]) -> None:
    path = sources / f"{row_type.table}.csv"
    header, data = csvedit.rows(path)
    dropped = csv_header(row_type)[1]
    csvedit.write(path, [h for h in header if h != dropped], data_without(data, dropped))
    with pytest.raises(SourceError) as raised:
        load_edition(sources)
    assert [(p.file, p.line, p.field, p.message) for p in raised.value.problems] == [
        (display_path(path), 1, dropped, "missing column")
    ]
    csvedit.write(path, [*header, "remark"], [{**row, "remark": ""} for row in data])
    with pytest.raises(SourceError) as raised:
        load_edition(sources)
    assert [(p.file, p.line, p.field, p.message) for p in raised.value.problems] == [
        (display_path(path), 1, "header", "unknown column 'remark'")
    ]


def data_without(data: list[dict[str, str]], column: str) -> list[dict[str, str]]:
    return [{k: v for k, v in row.items() if k != column} for row in data]


def test_a_cell_is_read_as_its_column_is_declared(tmp_path: Path) -> None:
    problems = Problems()
    cells = {"id": "a", "owner": "", "share": "", "count": "12", "ratio": "1.5", "half": "2.5"}
    row = Row(tmp_path / "samples.csv", 7, cells, problems)

    def read(name: str, kind: type, nullable: bool) -> object:
        return row.cell(Column(name, kind, nullable=nullable, cell=name, references=None))

    assert read("id", str, False) == "a"
    assert read("share", str, True) is None
    assert read("share", float, True) is None
    assert read("count", int, False) == 12
    assert read("ratio", float, False) == 1.5
    assert problems.items == []
    assert read("owner", str, False) == ""
    assert read("half", int, False) == 2
    assert [(p.line, p.field, p.message) for p in problems] == [
        (7, "owner", "is empty"),
        (7, "half", "2.5 is not a whole number"),
    ]


@pytest.mark.parametrize(
    ("model", "row_type"),
    [
        (Unit, UnitRow),
        (Domain, DomainRow),
        (Observation, ObservationRow),
        (Milestone, MilestoneRow),
        (OutlookItem, OutlookRow),
        (Chart, ChartRow),
        (ChartItem, ChartItemRow),
    ],
)
def test_each_read_model_carries_its_table_columns(
    store: Store, model: type[object], row_type: type[Record]
) -> None:
    assert issubclass(model, row_type)
    names = [c.name for c in columns(row_type)]
    assert [f.name for f in dataclasses.fields(model)][: len(names)] == names  # type: ignore[arg-type]


def test_citations_are_worded_when_read(store: Store) -> None:
    citations = store.citations()
    report, article = citations["report"], citations["article"]
    assert (report.kind, report.date, article.kind, article.date) == (
        "report",
        "2021-07-01",
        "article",
        "2021-07-20",
    )
    assert reference(report, "zh") == (
        "[北京市社会科学院]. 北京社会治理发展报告（2020~2021）[M]. [北京]: 社会科学文献出版社, "
        "2021."
    )
    assert reference(article, "en") == (
        "GAO Wenxing. Report on the Development of Social Governance in Beijing (2020–2021) "
        "released: fine-grained social governance in Beijing goes deeper[N]. China "
        "Philanthropy Times, 2021-07-20. (In Chinese.)"
    )


# Run in a copy of the package whose observation row declares one more column.
_READ_BACK = """
import json, sqlite3, sys
from pathlib import Path

import gui
from gui.database.store import Store
from gui.edition import build_database

sources, output = Path(sys.argv[1]), Path(sys.argv[2])
build_database(sources, output)
with Store(output) as store:
    notes = {o.id: o.note_en for o in store.observations()}
    one = store.observation("hotline.requests.2020")
table = sqlite3.connect(output).execute("PRAGMA table_info(observations)").fetchall()
print(json.dumps({"package": gui.__file__, "notes": notes, "one": one and one.note_en,
                  "columns": [[r[1], r[2], r[3]] for r in table]}))
"""


def run_in_copy(copy: Path, script: str, sources: Path, output: Path) -> Any:
    """What ``script`` prints (JSON), run with the copy of the package at ``copy``."""
    result = subprocess.run(
        [sys.executable, "-c", script, str(sources), str(output)],
        env={**os.environ, "PYTHONPATH": str(copy)},
        cwd=output.parent,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def schema_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines(keepends=True)


def test_adding_a_column_is_one_declaration_and_the_csv(sources: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    (copy / "gui").mkdir(parents=True)
    for path in (ROOT / "gui").rglob("*.py"):
        target = copy / "gui" / path.relative_to(ROOT / "gui")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(path.read_bytes())
    schema = copy / "gui" / "database" / "schema.py"
    anchor = next(line for line in schema_lines(schema) if line.startswith("    direction:"))
    text = schema.read_text(encoding="utf-8")
    assert text.count(anchor) == 1
    schema.write_text(
        text.replace(anchor, anchor + "    note_en: Annotated[str | None, cell()]\n"),
        encoding="utf-8",
    )
    header, data = csvedit.rows(sources / "observations.csv")
    noted = {"hotline.requests.2020": "Calls and online requests together."}
    csvedit.write(
        sources / "observations.csv",
        [*header, "note_en"],
        [{**row, "note_en": noted.get(row["id"], "")} for row in data],
    )

    read = run_in_copy(copy, _READ_BACK, sources, tmp_path / "noted.db")
    assert Path(read["package"]).is_relative_to(copy)
    assert read["notes"]["hotline.requests.2020"] == "Calls and online requests together."
    assert {k for k, v in read["notes"].items() if v is not None} == set(noted)
    assert len(read["notes"]) == len(data)
    assert read["one"] == "Calls and online requests together."
    names = [name for name, _type, _not_null in read["columns"]]
    assert names[names.index("direction") + 1] == "note_en"
    assert read["columns"][names.index("note_en")] == ["note_en", "TEXT", 0]


# Run in a copy of the package whose observation row declares a date and a place more.
_FOLLOWS = """
import json, shutil, sqlite3, sys
from pathlib import Path

from gui.database.store import Store, StoreError
from gui.edition import build_database

sources, output = Path(sys.argv[1]), Path(sys.argv[2])
build_database(sources, output)
with Store(output) as store:
    spans = store.observation("hotline.requests.2020").spans()
    figure_spans = [s for s in store.figure_spans() if s[2] == "hotline.requests.2020"]
refused = {}
for name, change in {
    "date": "UPDATE observations SET checked = '2021-13' WHERE id = 'hotline.requests.2020'",
    "span": "UPDATE observations SET extra_end = 999999 WHERE id = 'hotline.requests.2020'",
}.items():
    crafted = output.with_name(name + ".db")
    shutil.copy(output, crafted)
    with sqlite3.connect(crafted) as c:
        c.execute(change)
    c.close()
    try:
        Store(crafted).close()
    except StoreError as error:
        refused[name] = error.problem
print(json.dumps({"spans": spans, "figure_spans": figure_spans, "refused": refused}))
"""


def test_a_date_and_a_place_declared_are_checked_read_and_marked(
    sources: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(ROOT / "gui", copy / "gui", ignore=shutil.ignore_patterns("__pycache__"))
    schema = copy / "gui" / "database" / "schema.py"
    anchor = next(line for line in schema_lines(schema) if line.startswith("    direction:"))
    text = schema.read_text(encoding="utf-8")
    assert text.count(anchor) == 1
    added = (
        "    checked: Annotated[str | None, cell(), PARTIAL_DATE]\n"
        "    extra_start: Annotated[int | None, cell(), span('extra_end', figure=True)]\n"
        "    extra_end: Annotated[int | None, cell()]\n"
    )
    schema.write_text(text.replace(anchor, anchor + added), encoding="utf-8")
    header, data = csvedit.rows(sources / "observations.csv")
    one = {"checked": "2021-07", "extra_start": "0", "extra_end": "2"}
    none = dict.fromkeys(one, "")
    csvedit.write(
        sources / "observations.csv",
        [*header, *one],
        [{**row, **(one if row["id"] == "hotline.requests.2020" else none)} for row in data],
    )

    read = run_in_copy(copy, _FOLLOWS, sources, tmp_path / "more.db")
    assert [0, 2] in read["spans"]
    assert [0, 2, "hotline.requests.2020"] in read["figure_spans"]
    assert read["refused"]["date"] == (
        "observations.checked of row 'hotline.requests.2020' (text '2021-13') "
        "is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
    )
    assert read["refused"]["span"].startswith(
        "observations.extra_start and extra_end of row 'hotline.requests.2020' "
        "(integer '0', integer '999999') do not mark a place in the article"
    )
