"""Editing one cell of a source CSV the way a spreadsheet user would."""

from __future__ import annotations

import csv
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
    header, data = rows(path)
    for index, row in enumerate(data):
        if row[key] == ident:
            row[column] = value
            write(path, header, data)
            return index + 2
    raise KeyError(ident)
