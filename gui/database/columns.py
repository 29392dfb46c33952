"""How a table is declared: one frozen dataclass per table, whose fields are its columns.

A field's type gives the column's SQL type (``str`` TEXT, ``int`` INTEGER, ``float`` REAL) and
whether it may be NULL (``… | None``). ``Annotated[str, cell()]`` marks a column read from the
CSV cell of its name (or of another: ``cell("unit")``); a column without it is computed by the
compiler. Either may name the table whose ``id`` it holds (``references="units"``). Further
marks say what a column holds beyond its type: a date (:data:`DAY`, :data:`PARTIAL_DATE`), the
start of a place in the article whose end is another column (``span("quote_end")``), and for
text its kind, which bounds its size (a :class:`Text`; a text column without one is a name).
From this one declaration follow the CSV header the compiler expects, the table sqlite-utils
creates, the read models (which extend the row types), the store's SELECT lists and the checks
of a database at open.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Annotated, Any, ClassVar

# TEXT, INTEGER and REAL in SQLite (sqlite-utils' own mapping of these types).
COLUMN_TYPES = (str, int, float)


class Record:
    """A row type: a frozen dataclass whose fields are the columns of ``table``.

    ``pk`` is the primary key: a column, several (a compound key), or none. A table whose rows
    come from a CSV file reads ``<table>.csv``.
    """

    table: ClassVar[str]
    pk: ClassVar[str | tuple[str, ...]]
    # At most this many rows: a file may not ask the application for more work than an edition
    # needs (with a wide margin); ``most_per`` bounds the rows that are drawn together, per value
    # of a column or of a chain of references (``"observation_id.indicator_id.domain_id"``).
    most: ClassVar[int]
    most_per: ClassVar[tuple[tuple[str, int], ...]] = ()


@dataclasses.dataclass(frozen=True)
class Text:
    """The kind of a text column, and the most characters it may hold."""

    kind: str
    most: int


@dataclasses.dataclass(frozen=True)
class Date:
    """A column holding a date: a ``day`` (YYYY-MM-DD), or as far as known, ``partial``
    (YYYY, YYYY-MM or YYYY-MM-DD)."""

    kind: str


DAY = Date("day")
PARTIAL_DATE = Date("partial")
# An id: letters, digits, '.', '_' and '-'; ids end up in file names and settings keys. A
# table's own ``id`` column is one without saying so.
ID = Text("id", 128)
NAME = Text("name", 500)  # what a text column is unless it says otherwise


@dataclasses.dataclass(frozen=True)
class Choice:
    """A text column that holds one of these words (or NULL, if it may)."""

    words: tuple[str, ...]


def one_of(*words: str) -> Choice:
    return Choice(words)


@dataclasses.dataclass(frozen=True)
class Span:
    """Characters ``start:end`` of the article, held by two integer columns."""

    start: str
    end: str
    figure: bool  # the place of a figure (else of a sentence)


@dataclasses.dataclass(frozen=True)
class SpanStart:
    """Marks the column where a span starts, naming the one where it ends."""

    end: str
    figure: bool


def span(end: str, *, figure: bool = False) -> SpanStart:
    """This column starts a place in the article that column ``end`` ends; ``figure`` for the
    place of a figure, which the Source tab marks."""
    return SpanStart(end, figure)


@dataclasses.dataclass(frozen=True)
class Column:
    name: str
    type: type  # str, int or float
    nullable: bool
    cell: str | None  # the CSV column it is read from; None if the compiler computes it
    references: str | None  # the table whose ``id`` this column holds
    text: Text | None = None  # for text: its kind and size
    date: str | None = None  # "day" or "partial": the text is a date (see :class:`Date`)
    span: SpanStart | None = None  # this column starts a place in the article
    choices: tuple[str, ...] | None = None  # the words a text column may hold


@dataclasses.dataclass(frozen=True)
class Origin:
    """Where a column's value comes from, given in its ``Annotated`` type."""

    cell: str | None  # "" for the cell of the column's own name; None if computed
    references: str | None


def cell(name: str = "", *, references: str | None = None) -> Origin:
    """A column read from the CSV cell ``name`` (by default the column's own name)."""
    return Origin(name, references)


def computed(*, references: str | None = None) -> Origin:
    """A column the compiler computes, which refers to another table."""
    return Origin(None, references)


_DECLARED: dict[type, tuple[Column, ...]] = {}


def columns(row_type: type) -> tuple[Column, ...]:
    """The columns of a row type (or of another dataclass declared the same way), in order."""
    if row_type not in _DECLARED:
        hints = typing.get_type_hints(row_type, include_extras=True)
        _DECLARED[row_type] = tuple(
            _column(row_type, declared.name, hints[declared.name])
            for declared in dataclasses.fields(row_type)
        )
    return _DECLARED[row_type]


def spans(row_type: type[Record]) -> tuple[Span, ...]:
    """The places in the article a row type holds, as start and end columns."""
    return tuple(
        Span(c.name, c.span.end, c.span.figure) for c in columns(row_type) if c.span is not None
    )


def choices(row_type: type[Record], name: str) -> tuple[str, ...]:
    """The words column ``name`` may hold, as declared."""
    found = next(c.choices for c in columns(row_type) if c.name == name)
    if found is None:
        raise TypeError(f"{row_type.__name__}.{name} declares no choice of words")
    return found


def figure_places(row: Record) -> list[tuple[int, int]]:
    """Where a row's figures stand in the article, as ``(start, end)`` pairs it gives."""
    declared = next(k for k in type(row).__mro__ if "table" in vars(k))  # not a read model
    found = []
    for place in spans(declared):
        start, end = getattr(row, place.start), getattr(row, place.end)
        if place.figure and start is not None and end is not None:
            found.append((start, end))
    return found


def csv_header(row_type: type[Record]) -> tuple[str, ...]:
    """The CSV columns a source file of this table has, in the declared order."""
    return tuple(c.cell for c in columns(row_type) if c.cell is not None)


def primary_key(row_type: type[Record]) -> tuple[str, ...]:
    return (row_type.pk,) if isinstance(row_type.pk, str) else row_type.pk


def create_arguments(row_type: type[Record]) -> dict[str, Any]:
    """Keyword arguments of sqlite-utils' ``Table.create`` for this table."""
    key = primary_key(row_type)
    return {
        "columns": {c.name: c.type for c in columns(row_type)},
        "pk": row_type.pk,
        "foreign_keys": [
            (c.name, c.references, "id") for c in columns(row_type) if c.references is not None
        ],
        # A key column is not NULL by being the key; SQLite keeps the legacy DDL without it.
        "not_null": {c.name for c in columns(row_type) if not c.nullable and c.name not in key},
    }


def select_list(row_type: type[Record], alias: str = "") -> str:
    """The table's columns for a SELECT, quoted (``end`` and ``date`` are SQL words)."""
    prefix = f"{alias}." if alias else ""
    return ", ".join(f'{prefix}"{c.name}"' for c in columns(row_type))


def values(row: Record) -> dict[str, object]:
    """A row's values by column, in the table's order, ready to insert."""
    return {c.name: getattr(row, c.name) for c in columns(type(row))}


def _column(row_type: type, name: str, annotation: object) -> Column:
    marks: tuple[object, ...] = ()
    if typing.get_origin(annotation) is Annotated:
        marks = annotation.__metadata__  # type: ignore[attr-defined]
        annotation = typing.get_args(annotation)[0]
    origin = _mark(marks, Origin) or Origin(None, None)
    date, start = _mark(marks, Date), _mark(marks, SpanStart)
    kind, nullable = _sql_type(annotation, row_type, name)
    text, choice = _mark(marks, Text), _mark(marks, Choice)
    if kind is str and text is None:
        text = ID if name == "id" else NAME
    if (text is not None or date is not None or choice is not None) and kind is not str:
        raise TypeError(f"{row_type.__name__}.{name}: only a text column has a kind or a date")
    if start is not None and kind is not int:
        raise TypeError(f"{row_type.__name__}.{name}: a place in the article is an integer")
    return Column(
        name=name,
        type=kind,
        nullable=nullable,
        cell=(origin.cell or name) if origin.cell is not None else None,
        references=origin.references,
        text=text,
        date=date.kind if date is not None else None,
        span=start,
        choices=choice.words if choice is not None else None,
    )


M = typing.TypeVar("M")


def _mark(marks: tuple[object, ...], kind: type[M]) -> M | None:
    return next((m for m in marks if isinstance(m, kind)), None)


def _sql_type(annotation: object, row_type: type, name: str) -> tuple[type, bool]:
    arguments = typing.get_args(annotation)
    union = typing.get_origin(annotation) in (typing.Union, types.UnionType)
    nullable = union and type(None) in arguments
    if nullable:
        others = [a for a in arguments if a is not type(None)]
        annotation = others[0] if len(others) == 1 else annotation
    if not isinstance(annotation, type) or annotation not in COLUMN_TYPES:
        raise TypeError(f"{row_type.__name__}.{name}: {annotation!r} is not a column type")
    return annotation, nullable
