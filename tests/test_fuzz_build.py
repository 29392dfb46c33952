"""Fuzzing the sources: the build makes a correct database, or says where and changes nothing.

Each property runs at least 500 examples (Hypothesis). A failure must come as one or more
``file:line: field: problem`` lines, and the database already in place must be untouched.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gui.database.store import Store
from gui.edition import BuildError, SourceError, build_database

from .conftest import DATA

PROBLEM = re.compile(r"^.+:\d+: [^:]+: .+$", re.DOTALL)
FILES = sorted(p.name for p in DATA.glob("*.csv"))
FUZZ = settings(
    max_examples=500,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

cell_text = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
    st.sampled_from(
        [
            "",
            " ",
            "\x00",
            "\r\n",
            '"',
            "1e9",
            "NaN",
            "-1",
            "1103.94万件",
            "9" * 400,
            "<b>x</b>",
            "=1+1",
            "余",
            "以上",
            "hotline",
            "a" * 5000,
        ]
    ),
)


@contextmanager
def edition() -> Iterator[tuple[Path, Path, bytes]]:
    with tempfile.TemporaryDirectory() as folder:
        sources = Path(folder) / "data"
        shutil.copytree(DATA, sources, ignore=shutil.ignore_patterns("governance.db", ".*"))
        target = sources / "governance.db"
        target.write_bytes(b"the database in place before the build")
        yield sources, target, target.read_bytes()


def outcome(sources: Path, target: Path, before: bytes) -> bool:
    """Build, and check the contract; True if the database was (re)built."""
    try:
        build_database(sources, target)
    except SourceError as error:
        problems = [str(p) for p in error.problems]
        assert problems
        for problem in problems:
            assert PROBLEM.match(problem), problem
        assert target.read_bytes() == before
        assert [p.name for p in sources.iterdir() if p.name.startswith(".")] == []
        return False
    except BuildError:  # pragma: no cover - the folder is writable here
        raise
    with Store(target) as store:  # what was built is a readable, complete database
        assert store.observations()
        text = store.source_text()
        for obs in store.observations():
            for start, end in obs.spans():
                assert text[start:end] in (obs.reported, obs.baseline_reported, obs.change_reported)
    return True


@FUZZ
@given(
    file=st.sampled_from(FILES), row=st.integers(0, 200), column=st.integers(0, 20), value=cell_text
)
def test_any_cell_of_any_table(file: str, row: int, column: int, value: str) -> None:
    import csv

    with edition() as (sources, target, before):
        path = sources / file
        with path.open(encoding="utf-8", newline="") as handle:
            table = list(csv.reader(handle))
        r = row % len(table)
        c = column % len(table[r])
        table[r][c] = value
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, lineterminator="\n").writerows(table)
        outcome(sources, target, before)


@FUZZ
@given(
    file=st.sampled_from([*FILES, "edition.toml"]),
    encoding=st.sampled_from(["utf-8-sig", "gbk", "utf-16", "latin-1", "utf-8"]),
    crlf=st.booleans(),
    line=st.integers(0, 300),
    extra=st.text(max_size=30),
)
def test_encodings_and_line_ends(
    file: str, encoding: str, crlf: bool, line: int, extra: str
) -> None:
    with edition() as (sources, target, before):
        path = sources / file
        text = path.read_text(encoding="utf-8")
        if extra:  # and a line more, anywhere: a stray comment, a blank, half a row
            lines = text.split("\n")
            lines.insert(line % len(lines), extra)
            text = "\n".join(lines)
        if crlf:
            text = text.replace("\n", "\r\n")
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:
            data = text.encode(encoding, errors="replace")
        path.write_bytes(data)
        built = outcome(sources, target, before)
        if encoding in ("utf-8", "utf-8-sig") and file.endswith(".csv") and not extra.strip():
            assert built  # what a spreadsheet saves as UTF-8 must build


@FUZZ
@given(
    file=st.sampled_from([*FILES, "edition.toml"]),
    at=st.integers(0, 10**6),
    cut=st.integers(0, 64),
    insert=st.binary(max_size=64),
)
def test_damaged_bytes(file: str, at: int, cut: int, insert: bytes) -> None:
    with edition() as (sources, target, before):
        path = sources / file
        data = path.read_bytes()
        i = at % (len(data) + 1)
        path.write_bytes(data[:i] + insert + data[i + cut :])
        outcome(sources, target, before)
