"""Property: a copy of the database with one cell changed, to anything SQLite can hold, is
either read by every command or refused by every one with one line (exit 2); never a traceback.

Hypothesis draws the table, column, row and value with a fixed seed (``derandomize``) and a
bounded number of examples, so the run is the same on every machine and short in CI.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from gui.cli import main
from gui.database.columns import columns
from gui.database.schema import TABLES

# Values a crafted file holds: of every SQLite type, and the ones rules are about.
VALUES = st.one_of(
    st.none(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.binary(max_size=12),
    st.sampled_from(
        [
            "",
            "sideways",
            "2021-13-45",
            "=1+1",
            "<b>粗</b>",
            "\x01",
            "\ufffe",
            "x" * 2_001,
            5e-324,
            -1,
            2**31,
        ]
    ),
)
CELLS = st.sampled_from(
    [(table, c.name) for table, row_type in TABLES.items() for c in columns(row_type)]
)

COMMANDS = [
    ["export", "--format", "csv", "--output", "{out}/a.csv"],
    ["export", "--format", "xlsx", "--output", "{out}/a.xlsx"],
    ["export", "--format", "docx", "--domain", "all", "--output", "{out}/a.docx"],
    ["export", "--format", "pptx", "--domain", "all", "--output", "{out}/a.pptx"],
    ["print", "--domain", "all", "--output", "{out}/a.pdf"],
    ["selftest"],
    ["--quit-after-paint"],
]


def run(argv: list[str]) -> tuple[int, list[str]]:
    if "--quit-after-paint" in argv:
        # The window in a process of its own: its event loop, run and quit here, would leave
        # this test process's application unable to activate the windows of later tests.
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        done = subprocess.run(
            [sys.executable, "-m", "gui", *argv], capture_output=True, text=True, env=env
        )
        return done.returncode, [line for line in done.stderr.splitlines() if line.strip()]
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(argv)
    return code, [line for line in err.getvalue().splitlines() if line.strip()]


@settings(
    max_examples=6,  # each runs every command: about 3 minutes on 2 busy cores
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],  # no shrinking: a failure shows its own example
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(cell=CELLS, row=st.integers(min_value=0, max_value=200), value=VALUES)
@example(cell=("observations", "direction"), row=0, value="sideways")  # refused, always
@example(cell=("chart_items", "label_en"), row=3, value="\x01")
def test_one_cell_changed_is_read_or_refused_in_one_line(
    built_db: Path, cell: tuple[str, str], row: int, value: object
) -> None:
    table, column = cell
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzzed.db"
        shutil.copy(built_db, path)
        with contextlib.closing(sqlite3.connect(path)) as c, c:
            count = c.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            c.execute(
                f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = '
                f'(SELECT rowid FROM "{table}" LIMIT 1 OFFSET ?)',
                (value, row % max(count, 1)),
            )
        refused = set()
        for command in COMMANDS:
            argv = ["--db", str(path), *(a.replace("{out}", folder) for a in command)]
            code, err = run(argv)
            if command == ["selftest"]:  # a report of checks, each a line: 1 if one fails
                assert code in (0, 1), (argv, code, err)
                refused.add(code == 1)
                continue
            assert code in (0, 2), (argv, code, err)
            if code == 2:
                assert len(err) == 1, err
                assert err[0].startswith(f"error: {path}: "), err
            refused.add(code == 2)
        assert len(refused) == 1  # every command reads it, or every one refuses it
