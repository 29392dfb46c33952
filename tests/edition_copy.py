"""A writable copy of the edition's sources, edited as a person would, and built."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

from gui.cli import main

from . import csvedit

ARTICLE = "source/000_af4bb8a01035f3e5.txt"
IN_PLACE = b"the database in place before the build"
# Which column names a row, per file, when a case gives a plain id.
KEYS = {"cards.csv": "observation", "non_indicators.csv": "text"}


class Edition:
    """A writable copy of the sources, edited cell by cell, and the build command run on it."""

    def __init__(self, folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.folder = folder
        self.capsys = capsys

    def cell(self, file: str, row: str | Mapping[str, str], column: str, value: str) -> int:
        match = {KEYS.get(file, "id"): row} if isinstance(row, str) else row
        return csvedit.edit_where(self.folder / file, match, column, value)

    def line_of(self, file: str, row: str | Mapping[str, str]) -> int:
        match = {KEYS.get(file, "id"): row} if isinstance(row, str) else row
        _header, data = csvedit.rows(self.folder / file)
        return next(i + 2 for i, r in enumerate(data) if all(r[k] == v for k, v in match.items()))

    def value(self, file: str, row: str, column: str) -> str:
        _header, data = csvedit.rows(self.folder / file)
        return next(r[column] for r in data if r[KEYS.get(file, "id")] == row)

    def replace(self, file: str, old: str, new: str) -> None:
        csvedit.replace(self.folder / file, old, new)

    def drop_rows(self, file: str, keep: Callable[[dict[str, str]], bool]) -> None:
        header, data = csvedit.rows(self.folder / file)
        kept = [row for row in data if keep(row)]
        assert len(kept) < len(data)
        csvedit.write(self.folder / file, header, kept)

    def problems(self) -> list[str]:
        """Run ``data build``; it must refuse and change nothing. The problem lines it printed."""
        target = self.folder.parent / "governance.db"
        target.write_bytes(IN_PLACE)
        beside = sorted(p.name for p in self.folder.parent.iterdir())
        code = main(["data", "build", "--sources", str(self.folder), "--output", str(target)])
        out, err = self.capsys.readouterr()
        assert code == 2, out
        *problems, summary = err.splitlines()
        count = len(problems)
        assert summary == (
            f"error: {count} problem{'s' if count != 1 else ''} in the sources; "
            "the database was not changed"
        )
        assert target.read_bytes() == IN_PLACE
        assert sorted(p.name for p in self.folder.parent.iterdir()) == beside
        return problems

    def builds(self) -> None:
        target = self.folder.parent / "governance.db"
        code = main(["data", "build", "--sources", str(self.folder), "--output", str(target)])
        out, err = self.capsys.readouterr()
        assert (code, err) == (0, ""), err
        assert out.startswith("built ")


def item(chart: str, observation: str, **more: str) -> dict[str, str]:
    return {"chart": chart, "observation": observation, **more}
