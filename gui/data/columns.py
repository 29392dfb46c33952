"""How a table is declared: one frozen dataclass per table, whose fields are its columns.

A field's type gives the column's SQL type (``str`` TEXT, ``int`` INTEGER, ``float`` REAL) and
whether it may be NULL (``… | None``). ``Annotated[str, cell()]`` marks a column read from the
CSV cell of its name (or of another: ``cell("unit")``); a column without it is computed by the
compiler. Either may name the table whose ``id`` it holds (``references="units"``). From this
one declaration follow the CSV header the compiler expects, the table sqlite-utils creates, the
read models (which extend the row types) and the store's SELECT lists.
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


@dataclasses.dataclass(frozen=True)
class Column:
    name: str
    type: type  # str, int or float
    nullable: bool
    cell: str | None  # the CSV column it is read from; None if the compiler computes it
    references: str | None  # the table whose ``id`` this column holds


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


def columns(row_type: type[Record]) -> tuple[Column, ...]:
    """The columns of a row type, in the table's order."""
    if row_type not in _DECLARED:
        hints = typing.get_type_hints(row_type, include_extras=True)
        _DECLARED[row_type] = tuple(
            _column(row_type, declared.name, hints[declared.name])
            for declared in dataclasses.fields(row_type)  # type: ignore[arg-type]
        )
    return _DECLARED[row_type]


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
    origin = Origin(None, None)
    if typing.get_origin(annotation) is Annotated:
        origin = next(
            (m for m in annotation.__metadata__ if isinstance(m, Origin)),  # type: ignore[attr-defined]
            origin,
        )
        annotation = typing.get_args(annotation)[0]
    kind, nullable = _sql_type(annotation, row_type, name)
    return Column(
        name=name,
        type=kind,
        nullable=nullable,
        cell=(origin.cell or name) if origin.cell is not None else None,
        references=origin.references,
    )


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
