"""Editing one cell of a source CSV the way a spreadsheet user would."""

from __future__ import annotations

import csv
from collections.abc import Mapping
from pathlib import Path


def rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def write(path: Path, header: list[str], data: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(data)


def edit(path: Path, key: str, ident: str, column: str, value: str) -> int:
    """Set one cell of the row whose ``key`` is ``ident``; return that row's line number."""
    return edit_where(path, {key: ident}, column, value)


def edit_where(path: Path, match: Mapping[str, str], column: str, value: str) -> int:
    """Set one cell of the first row whose cells include ``match``; return its line number.

    The line number counts the file's lines, so it holds only while no cell spans two lines.
    """
    header, data = rows(path)
    for index, row in enumerate(data):
        if all(row[k] == v for k, v in match.items()):
            row[column] = value
            write(path, header, data)
            return index + 2
    raise KeyError(dict(match))


def replace(path: Path, old: str, new: str) -> None:
    """Replace text that occurs exactly once in a file (any file, not only a CSV)."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8")
