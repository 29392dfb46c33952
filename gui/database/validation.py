"""The validation pass at open: a database is read only once it is what the declaration says.

A database the application did not build is untrusted: anyone can hand over a file that has a
view where a table should be, text where a number should be, an id that refers to nothing or a
date with a thirteenth month. Before anything reads it, :func:`validate` checks, from the
declaration in :mod:`gui.database.schema`:

- every table of ours is a table (not a view), with the declared columns and types, no
  generated column and no trigger; the search index is the declared full-text table and answers;
- no table (the search index too) has more rows than its declaration allows (``most``), in
  all and per domain or chart (``most_per``): what a file may ask the application to draw and
  write is bounded;
- every value has its column's type; ids are ids, and a table's key holds each once; texts
  are no longer than their kind allows; numbers are finite and in range; dates are dates;
  offsets fall inside the article; ``meta`` holds the declared keys, each once;
- every reference resolves.

Each check is one query with SQLite doing the work (one pass over a table for its values), so
that a database of 100,000 figures is checked in a fraction of a second. The first problem
found is raised as :class:`InvalidError`, one line naming the table, the column and the row.
"""

from __future__ import annotations

import dataclasses
import re
import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

from gui.database.columns import DAY, ID, PARTIAL_DATE, Column, Record, columns, primary_key, spans
from gui.database.schema import (
    GRAMS,
    GRAMS_TABLE,
    META_KEYS,
    SEARCH_TABLE,
    TABLES,
    Meta,
    MetaRow,
    SearchRow,
)
from gui.database.search import find

Query = Callable[[str, Sequence[Any]], list[sqlite3.Row]]

MAX_ID = ID.most  # characters of an id (ids end up in file names and settings keys)
MAX_NUMBER = 1e15  # a value in base units: far above any figure of a city's report
# The smallest figure other than 0: the report's are whole units, rates and shares in percent;
# 5e-324 (a denormal) broke the arithmetic of the charts' scales.
MIN_NUMBER = 1e-6
# Characters no document (XML, so no DOCX, PPTX or XLSX) holds: control characters and the two
# non-characters; in a cell also tab and line breaks, which the CSV sources never hold. As SQL
# code points for char(). NUL and the non-characters are found by instr(), byte for byte: GLOB
# stops at a NUL, and reads U+FFFE as U+FFFD, the character bytes that are no UTF-8 read as.
_NOT_XML = (*range(1, 9), 11, 12, *range(14, 32))
_NOT_IN_A_CELL = (*_NOT_XML, 9, 10, 13, 127)
_BY_BYTES = (0, 0xFFFE, 0xFFFF)
MAX_INTEGER = 2**31 - 1  # positions and offsets
# The one setting of the full-text index the build makes (FTS5's format version).
_FTS_VERSION = ("version", 4)
# The full-text index's own tables, which its queries read.
_SEARCH_PARTS = (
    *(f"{SearchRow.table}_{part}" for part in ("data", "idx", "content", "docsize", "config")),
    *(f"{GRAMS}_{part}" for part in ("data", "idx", "config")),
)
# Each full-text table the build makes, with the statement that made it.
_INDEXES = {SearchRow.table: SEARCH_TABLE, GRAMS: GRAMS_TABLE}
_ID_GLOB = "*[^A-Za-z0-9._-]*"
_AFFINITY = {str: "TEXT", int: "INTEGER", float: "REAL"}


class InvalidError(Exception):
    """The database is not what this application reads; the message says where, in one line."""


def validate(query: Query) -> None:
    """Raise :class:`InvalidError` for the first inconsistency found; return if there is none."""
    _objects(query)
    for row_type in TABLES.values():
        _columns(query, row_type.table, columns(row_type))
    _sqlite_says_sound(query)  # after the shapes: no generated column to compute
    for row_type in (*TABLES.values(), SearchRow):
        _bounds(query, row_type)
    length = _article_length(query)
    for row_type in TABLES.values():
        _values(query, row_type, length)
        _unique(query, row_type.table, primary_key(row_type))
    for row_type in TABLES.values():
        for column in columns(row_type):
            if column.references is not None:
                _references(query, row_type.table, column, primary_key(row_type))
    _meta(query)
    _charts_drawn(query)
    _search(query)


def shown(value: object, limit: int = 40) -> str:
    """A value from the database as it may appear in a message: quoted, short, one line."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _normal(sql: str) -> str:
    return re.sub(r"\s+", " ", sql.strip()).lower()


# -- the schema -------------------------------------------------------------------------------


def _objects(query: Query) -> None:
    ours = [*TABLES, *_INDEXES, *_SEARCH_PARTS]
    marks = ", ".join("?" * len(ours))
    rows = query(
        f"SELECT type, name, tbl_name, sql FROM sqlite_master "
        f"WHERE name IN ({marks}) OR type = 'trigger' ORDER BY type, name",
        ours,
    )
    for row in rows:
        if row["type"] == "trigger":
            raise InvalidError(
                f"has a trigger ({shown(row['name'])} on {shown(row['tbl_name'])}); "
                "a governance database has none"
            )
        if row["type"] != "table":
            raise InvalidError(
                f"{row['name']} is a {row['type']}, not a table; this application reads only tables"
            )
    found = {row["name"]: row for row in rows}
    for name, made_by in _INDEXES.items():
        search = found.get(name)
        if search is None:
            raise InvalidError(
                f"has no search index (the table {name}); "
                "rebuild the database with `bjgov data build`"
            )
        if _normal(search["sql"] or "") != _normal(made_by):
            raise InvalidError(f"its search index ({name}) is not the one this application builds")
    for part in _SEARCH_PARTS:
        if part not in found:
            raise InvalidError(f"its search index is incomplete: it has no table {part}")


def _affinity(declared: str) -> str:
    """SQLite's own rule for a column's type affinity from its declared type."""
    upper = declared.upper()
    if "INT" in upper:
        return "INTEGER"
    if any(word in upper for word in ("CHAR", "CLOB", "TEXT")):
        return "TEXT"
    if any(word in upper for word in ("REAL", "FLOA", "DOUB")):
        return "REAL"
    return "BLOB" if not upper else "NUMERIC"


def _columns(query: Query, table: str, declared: Sequence[Column]) -> None:
    found = {row["name"]: row for row in query(f"PRAGMA table_xinfo({_quote(table)})", ())}
    for name, row in found.items():
        if row["hidden"]:
            raise InvalidError(
                f"{table}.{name} is a generated column; a governance database has none"
            )
    wanted = {c.name: c for c in declared}
    for name in found:
        if name not in wanted:
            raise InvalidError(
                f"{table} has a column {shown(name)} that this application does not know"
            )
    for column in declared:
        if column.name not in found:
            raise InvalidError(f"{table} has no column {column.name}")
        affinity = _affinity(found[column.name]["type"] or "")
        if affinity != _AFFINITY[column.type]:
            raise InvalidError(
                f"{table}.{column.name} is declared {shown(found[column.name]['type'])}, "
                f"not {_AFFINITY[column.type]}"
            )


# -- how much there is -------------------------------------------------------------------------


def _bounds(query: Query, row_type: type[Record]) -> None:
    """No more rows than the declaration allows, in all and per group drawn together."""
    table = row_type.table
    count = query(f"SELECT count(*) AS n FROM {_quote(table)}", ())[0]["n"]
    if count > row_type.most:
        raise InvalidError(
            f"{table} has {count:,} rows, more than the {row_type.most:,} an edition may have"
        )
    for path, most in row_type.most_per:
        joins, group = _chain(row_type, path)
        rows = query(
            f"SELECT {group} AS g, count(*) AS n FROM {_quote(table)} t {joins} "
            f"GROUP BY {group} ORDER BY n DESC LIMIT 1",
            (),
        )
        if rows and rows[0]["n"] > most:
            last = path.split(".")[-1]
            raise InvalidError(
                f"{table} has {rows[0]['n']:,} rows for {last} {shown(rows[0]['g'])}, more "
                f"than the {most:,} this application draws together"
            )


def _chain(row_type: type[Record], path: str) -> tuple[str, str]:
    """SQL joins following a chain of references (``observation_id.indicator_id.domain_id``)
    from the table ``t``, and the column the chain ends at."""
    names = path.split(".")
    joins, alias, current = [], "t", row_type
    for i, name in enumerate(names[:-1]):
        column = next(c for c in columns(current) if c.name == name)
        target = TABLES[column.references or ""]
        joins.append(f"JOIN {_quote(target.table)} j{i} ON j{i}.id = {alias}.{_quote(name)}")
        alias, current = f"j{i}", target
    return " ".join(joins), f"{alias}.{_quote(names[-1])}"


# -- the values -------------------------------------------------------------------------------


def _article_length(query: Query) -> int:
    rows = query("SELECT length(text) AS n FROM source WHERE id = 'article'", ())
    value = rows[0]["n"] if rows else 0
    return value if isinstance(value, int) else 0


def _checks(column: Column) -> list[tuple[str, str]]:
    """(SQL that is true for a bad value, what is wrong with it) for one column.

    Written for speed, as they run on every row: one call of ``typeof`` at most, and
    comparisons where they say enough (a text or a blob is never BETWEEN two numbers).
    """
    q = _quote(column.name)
    present = f"{q} IS NOT NULL AND " if column.nullable else f"{q} IS NULL OR "
    if column.type is float:
        between = f"NOT ({q} BETWEEN -{MAX_NUMBER:g} AND {MAX_NUMBER:g})"
        tiny = f"({q} <> 0 AND abs({q}) < {MIN_NUMBER:g})"
        return [
            (f"{present}{between}", f"is not a finite number below {MAX_NUMBER:g}"),
            (
                f"{q} IS NOT NULL AND {tiny}",
                f"is not a figure (other than 0, at least {MIN_NUMBER:g} in size)",
            ),
        ]
    if column.type is int:
        test = f"typeof({q}) <> 'integer' OR {q} < 0 OR {q} > {MAX_INTEGER}"
        return [(f"{present}({test})", f"is not a whole number from 0 to {MAX_INTEGER}")]
    checks = [(f"{present}typeof({q}) <> 'text'", "is not text")]
    if column.text == ID:
        checks.append(
            (_not_id(q), f"is not an id (letters, digits, '.', '_' or '-', at most {MAX_ID})")
        )
    elif column.text is not None:
        most, kind = column.text.most, column.text.kind
        a = "an" if kind[0] in "aeiou" else "a"
        checks.append(
            (f"length({q}) > {most}", f"is longer than the {most:,} characters of {a} {kind}")
        )
    bad = _NOT_XML if column.text is not None and column.text.kind == "article" else _NOT_IN_A_CELL
    chars = ", ".join(str(c) for c in bad)
    checks.append(
        (
            " OR ".join(f"instr({q}, char({c})) > 0" for c in _BY_BYTES)
            + f" OR {q} GLOB '*[' || char({chars}) || ']*'",
            "holds a character no document can hold (a control character, U+FFFE or U+FFFF)",
        )
    )
    if column.choices is not None:
        words = ", ".join(_literal(w) for w in column.choices)
        checks.append(
            (f"{q} NOT IN ({words})", f"is not one of {', '.join(map(repr, column.choices))}")
        )
    if column.date == DAY.kind:
        checks.append((f"{_date(q)} IS NOT {q}", "is not a date (YYYY-MM-DD)"))
    elif column.date == PARTIAL_DATE.kind:
        year = "'[0-9][0-9][0-9][0-9]'"
        month = _date(f"{q} || '-01'")
        checks.append(
            (
                f"NOT ({q} GLOB {year} OR {month} IS {q} || '-01' OR {_date(q)} IS {q})",
                "is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
            )
        )
    return checks


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _date(value: str) -> str:
    """SQL for the date a text names, normalised: ``2021-02-30`` becomes ``2021-03-02`` (plain
    ``date()`` keeps the day as written), so only a real date reads back as itself."""
    return f"date({value}, '+0 days')"


def _not_id(q: str) -> str:
    return f"{q} = '' OR {q} GLOB '{_ID_GLOB}' OR length({q}) > {MAX_ID}"


def _span_checks(row_type: type[Record], length: int) -> list[tuple[str, str, str]]:
    out = []
    for place in spans(row_type):
        start, end = place.start, place.end
        s, e = _quote(start), _quote(end)
        out.append(
            (
                f"{start} and {end}",
                f"(({s} IS NULL) <> ({e} IS NULL) OR {s} > {e} OR {e} > {length})",
                f"do not mark a place in the article ({length} characters)",
            )
        )
    return out


def _values(query: Query, row_type: type[Record], length: int) -> None:
    table, key = row_type.table, primary_key(row_type)
    checks = [(c.name, sql, problem) for c in columns(row_type) for sql, problem in _checks(c)]
    checks += _span_checks(row_type, length)
    flags = ", ".join(f"({sql}) AS bad{i}" for i, (_, sql, _) in enumerate(checks))
    where = " OR ".join(f"({sql})" for _, sql, _ in checks)
    keys = ", ".join(_quote(k) for k in key)
    rows = query(f"SELECT {keys}, {flags} FROM {_quote(table)} WHERE {where} LIMIT 1", ())
    if not rows:
        return
    row = rows[0]
    names, _, problem = next(c for i, c in enumerate(checks) if row[f"bad{i}"])
    found = [_value(query, table, name, key, row) for name in names.split(" and ")]
    raise InvalidError(f"{table}.{names} of {_row_name(row, key)} ({', '.join(found)}) {problem}")


def _value(query: Query, table: str, name: str, key: Sequence[str], row: sqlite3.Row) -> str:
    """A value of the row found, as a message shows it: its type and its start."""
    detail = query(
        f"SELECT typeof({_quote(name)}) AS kind, substr({_quote(name)}, 1, 60) AS start "
        f"FROM {_quote(table)} WHERE {' AND '.join(f'{_quote(k)} IS ?' for k in key)}",
        [row[k] for k in key],
    )
    return f"{detail[0]['kind']} {shown(detail[0]['start'])}" if detail else "?"


def _row_name(row: sqlite3.Row, key: Sequence[str]) -> str:
    if len(key) == 1:
        return f"row {shown(row[key[0]])}"
    return "row " + ", ".join(f"{k} {shown(row[k])}" for k in key)


def _sqlite_says_sound(query: Query) -> None:
    """SQLite's own check of the file, indexes against their tables (quick_check does not
    compare them): an index that answers for rows the table lacks (forged, or damaged) would
    make every later check read what is not there. The file is small (bounded), so it is fast."""
    found = [str(row[0]) for row in query("PRAGMA integrity_check(1)", ())]
    if found != ["ok"]:
        said = [line for line in found[0].splitlines() if not line.startswith("***")]
        raise InvalidError(f"is damaged: SQLite's integrity_check says {' '.join(said)[:80]!r}")


def _charts_drawn(query: Query) -> None:
    """Every chart but a timeline (drawn from the milestones) has items, as the build requires."""
    rows = query(
        "SELECT id FROM charts c WHERE kind <> 'timeline' AND NOT EXISTS "
        "(SELECT 1 FROM chart_items i WHERE i.chart_id = c.id) LIMIT 1",
        (),
    )
    if rows:
        raise InvalidError(
            f"charts row {shown(rows[0]['id'])} has no items in chart_items; "
            "a chart draws at least one"
        )


def _unique(query: Query, table: str, key: Sequence[str]) -> None:
    """Each key once: a table made without its primary key may hold a row twice."""
    if not key:
        return
    keys = ", ".join(_quote(k) for k in key)
    rows = query(
        f"SELECT {keys}, count(*) AS n FROM {_quote(table)} GROUP BY {keys} HAVING n > 1 LIMIT 1",
        (),
    )
    if rows:
        raise InvalidError(
            f"{table} holds {_row_name(rows[0], key)} {rows[0]['n']} times; its key "
            f"({', '.join(key)}) names each row once"
        )


def _references(query: Query, table: str, column: Column, key: Sequence[str]) -> None:
    q, ref = _quote(column.name), _quote(column.references or "")
    keys = ", ".join(f"t.{_quote(k)}" for k in key)
    rows = query(
        f"SELECT {keys}, t.{q} AS target FROM {_quote(table)} t WHERE t.{q} IS NOT NULL "
        f"AND NOT EXISTS (SELECT 1 FROM {ref} r WHERE r.id = t.{q}) LIMIT 1",
        (),
    )
    if rows:
        raise InvalidError(
            f"{table}.{column.name} of {_row_name(rows[0], key)} refers to "
            f"{column.references} {shown(rows[0]['target'])}, which is not in the database"
        )


def _meta(query: Query) -> None:
    """``meta`` holds the declared keys (:class:`gui.database.schema.Meta`), each once and each a
    value of its kind: the edition's id names files (``bjgov-2020-2021.xlsx``)."""
    table = MetaRow.table
    keys = [row["key"] for row in query(f"SELECT key FROM {table}", ())]
    unknown = next((key for key in keys if key not in META_KEYS), None)
    if unknown is not None:
        raise InvalidError(
            f"{table} has a key {shown(unknown)} that this application does not know"
        )
    for column in columns(Meta):
        if column.name not in keys:
            raise InvalidError(f"{table} has no row {column.name!r}")
        for sql, problem in _checks(dataclasses.replace(column, name="value")):
            rows = query(f"SELECT value FROM {table} WHERE key = ? AND ({sql})", (column.name,))
            if rows:
                raise InvalidError(
                    f"{table}.value of row {column.name!r} ({shown(rows[0]['value'])}) {problem}"
                )


def _search(query: Query) -> None:
    """The indexes hold only the settings the build makes, and answer the queries the search
    box makes: a setting such as a ``rank`` function SQLite does not know would fail at every
    keystroke, not here, otherwise."""
    for name in _INDEXES:
        config = f"{name}_config"
        settings = query(f"SELECT k, v FROM {config} ORDER BY k", ())
        found = [(row["k"], row["v"]) for row in settings]
        unknown = [k for k, v in found if (k, v) != _FTS_VERSION]
        if unknown or found != [_FTS_VERSION]:
            raise InvalidError(
                f"its search index has settings this application does not make "
                f"({config}: {shown([k for k, _ in found])})"
            )
    for typed in ("北京市", "北京", "北京市社会治理"):
        try:
            find(query, typed, 50)
        except sqlite3.OperationalError as error:
            if "interrupted" in str(error):
                raise  # stopped by the store's time limit, which says so itself
            raise InvalidError(f"its search index cannot be read ({error})") from error
        except sqlite3.DatabaseError as error:
            raise InvalidError(f"its search index cannot be read ({error})") from error
