"""Reading the CSV sources row by row, with every problem reported as ``file:line: field: what``.

The sources are meant to be edited in a spreadsheet, so the reader forgives what spreadsheets
add (a UTF-8 byte-order mark, CRLF line ends, blank trailing rows, spaces around a cell) and
refuses everything else with a message that says where to look.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Container, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import ParamSpec, TypeVar

from gui.database.columns import NAME, Column, Record, Text
from gui.database.columns import columns as declared_columns
from gui.database.validation import MAX_ID, MAX_NUMBER
from gui.edition.problems import Problems

SLUG = re.compile(r"^[a-z][a-z0-9_]*$")
DOTTED_ID = re.compile(r"^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+$")
NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")
# Control characters, and the two that are no character at all: no document (XML) holds them.
_CONTROL = re.compile(r"[\x00-\x1f\x7f\ufffe\uffff]")

P = ParamSpec("P")
R = TypeVar("R", bound=Record)


class Row:
    """One data row of a CSV file, with typed getters that report what is wrong.

    A field once reported is remembered: a rule that builds on a field :meth:`wrong` says is
    already wrong stands aside, so that one mistake gives one message, not a cascade.
    """

    def __init__(
        self,
        path: Path,
        line: int,
        cells: dict[str, str],
        problems: Problems,
        limits: Mapping[str, Text] | None = None,
    ) -> None:
        self.path = path
        self.line = line
        self.cells = cells
        self.problems = problems
        self.limits = limits or {}  # the kind of text of a cell, by name (else a name)
        self.wrong_fields: set[str] = set()

    def problem(self, field_name: str, message: str) -> None:
        self.problems.add(self.path, self.line, field_name, message)
        self.wrong_fields.add(field_name)

    def wrong(self, *names: str) -> bool:
        """Whether a problem was already reported on any of these fields of the row."""
        return not self.wrong_fields.isdisjoint(names)

    def text(self, name: str, *, required: bool = True) -> str:
        value = self.cells[name]
        if required and not value:
            self.problem(name, "is empty")
        kind = self.limits.get(name, NAME)  # the limit the application checks at open
        if len(value) > kind.most:
            article = "an" if kind.kind[0] in "aeiou" else "a"
            self.problem(
                name,
                f"is {len(value)} characters long, more than {article} {kind.kind}'s {kind.most}",
            )
        return value

    def put(self, name: str, value: str) -> None:
        """A cell as read: without the spaces around it, and without control characters,
        which are reported (they would break every document written from it)."""
        value = value.strip()
        found = _CONTROL.search(value)
        if found:
            self.problem(name, f"contains the control character U+{ord(found.group()):04X}")
            value = _CONTROL.sub("", value)
        self.cells[name] = value

    def slug(self, name: str, *, dotted: bool = False, required: bool = True) -> str:
        value = self.text(name, required=required)
        pattern = DOTTED_ID if dotted else SLUG
        if value and not pattern.match(value):
            shape = "words.joined_by_dots" if dotted else "lowercase_letters_digits_underscores"
            self.problem(name, f"{value!r} is not an id like {shape}")
        elif len(value) > MAX_ID and not self.wrong(name):
            self.problem(name, f"is {len(value)} characters long, more than an id's {MAX_ID}")
        return value

    def number(self, name: str, *, required: bool = True) -> Decimal | None:
        value = self.text(name, required=required)
        if not value:
            return None
        if not NUMBER.match(value):
            self.problem(name, f"{value!r} is not a number")
            return None
        try:
            number = Decimal(value)
        except InvalidOperation:  # pragma: no cover - the pattern admits only valid decimals
            self.problem(name, f"{value!r} is not a number")
            return None
        if abs(number) > Decimal(MAX_NUMBER):
            self.problem(name, f"{value[:20]!r}… is out of range (at most {MAX_NUMBER:g})")
            return None
        return number

    def choice(self, name: str, choices: Sequence[str], *, required: bool = True) -> str:
        value = self.text(name, required=required)
        if value and value not in choices:
            allowed = ", ".join(repr(c) for c in choices if c)
            self.problem(name, f"{value!r} is not one of {allowed}")
            return ""  # reported once; later checks treat it as not given
        return value

    def reference(
        self, name: str, known: Container[str], what: str, *, required: bool = True
    ) -> str:
        value = self.text(name, required=required)
        if value and value not in known:
            self.problem(name, f"unknown {what} {value!r}")
        return value

    def make(self, row_type: Callable[P, R]) -> Callable[P, R]:
        """The row type's constructor, given what a rule worked out from this row.

        A declared column the rule does not give is read from its cell as its type says: so
        a new column needs its declaration and its cells, and a rule only if it has one.
        """

        def make(*args: P.args, **kwargs: P.kwargs) -> R:
            declared: type[Record] = row_type  # type: ignore[assignment]
            for column in declared_columns(declared):
                if column.cell is not None and column.name not in kwargs:
                    kwargs[column.name] = self.cell(column)
            return row_type(*args, **kwargs)

        return make

    def cell(self, column: Column) -> str | int | float | None:
        """A cell read as its column is declared: text, or a number; empty is NULL."""
        name, required = column.cell or column.name, not column.nullable
        if column.type is str:
            text = self.text(name, required=required)
            return text if text or required else None
        number = self.number(name, required=required)
        if number is None:
            return None
        if column.type is float:
            return float(number)
        if number != number.to_integral_value():
            self.problem(name, f"{number} is not a whole number")
        return int(number)


def cell_limits(row_type: type[Record]) -> dict[str, Text]:
    """The kind of text of each CSV cell of a table, which bounds its size, as declared."""
    return {c.cell: c.text or NAME for c in declared_columns(row_type) if c.cell is not None}


def read_rows(
    path: Path, columns: Sequence[str], problems: Problems, limits: Mapping[str, Text] | None = None
) -> list[Row]:
    """The data rows of a CSV file whose header names exactly ``columns`` (in any order)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        problems.add(path, 0, "file", f"cannot be read: {error.strerror or error}")
        return []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        problems.add(
            path,
            line,
            "encoding",
            f"byte 0x{data[error.start]:02x} is not UTF-8; save the file as UTF-8",
        )
        return []
    if "\x00" in text:
        problems.add(
            path,
            text.count("\n", 0, text.index("\x00")) + 1,
            "encoding",
            "contains a NUL character",
        )
        return []
    reader = csv.reader(io.StringIO(text, newline=""))
    rows: list[Row] = []
    header: list[str] | None = None
    line = 1
    try:
        for cells in reader:
            row_line, line = line, reader.line_num + 1
            if not any(cell.strip() for cell in cells):
                continue  # a blank line, even before the header, as a spreadsheet may leave
            if header is None:
                header = [cell.strip() for cell in cells]
                if not _header_ok(path, row_line, header, columns, problems):
                    return []
                continue
            if len(cells) != len(header):
                problems.add(
                    path, row_line, "row", f"has {len(cells)} fields, the header has {len(header)}"
                )
                continue
            row = Row(path, row_line, {}, problems, limits)
            for name, cell in zip(header, cells, strict=True):
                row.put(name, cell)
            rows.append(row)
    except csv.Error as error:
        problems.add(path, reader.line_num, "row", str(error))
        return []
    if header is None:
        problems.add(path, 1, "header", "the file is empty")
    return rows


def _header_ok(
    path: Path, line: int, header: list[str], columns: Sequence[str], problems: Problems
) -> bool:
    ok = True
    for name in columns:
        if name not in header:
            problems.add(path, line, name, "missing column")
            ok = False
    for name in header:
        if name not in columns:
            problems.add(path, line, "header", f"unknown column {name!r}")
            ok = False
    if len(set(header)) != len(header):
        problems.add(path, line, "header", "a column is named twice")
        ok = False
    return ok
