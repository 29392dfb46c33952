"""`bjgov selftest`: passes on the real database, and names the problem on a damaged one."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from gui.cli import build_parser
from gui.database.schema import SCHEMA_VERSION
from gui.database.store import Store
from gui.paths import resource
from gui.selftest import CHECKS, database_characters, interface_characters, run_selftest

ROOT = Path(__file__).resolve().parent.parent
CHECK_NAMES = [name for name, _ in CHECKS]


def selftest(db: Path | None = None) -> tuple[int, list[str]]:
    lines: list[str] = []
    code = run_selftest(db, out=lines.append)
    return code, lines


def line_of(lines: list[str], name: str) -> str:
    found = [line for line in lines if line[5:].startswith(f"{name}: ")]
    assert len(found) == 1, lines
    return found[0]


def writable_copy(db: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "governance.db"
    shutil.copyfile(db, copy)
    copy.chmod(0o644)
    return copy


def test_passes_on_the_bundled_database(settings_file: Path) -> None:
    code, lines = selftest()
    assert code == 0, "\n".join(lines)
    assert [line_of(lines, name)[:5] for name in CHECK_NAMES] == ["ok   "] * len(CHECK_NAMES)
    assert lines[-1].startswith(f"selftest: all {len(CHECKS)} checks passed")
    assert "quick_check ok" in line_of(lines, "database")
    assert f"version {SCHEMA_VERSION}" in line_of(lines, "schema")
    assert "'Source' → '来源'" in line_of(lines, "translations")
    assert "2 languages drawn" in line_of(lines, "tabs")
    assert "page" in line_of(lines, "pdf")
    assert "Chinese sorted by pinyin" in line_of(lines, "locale")
    office = line_of(lines, "office")
    assert "sheet.docx (" in office
    assert "sheet.pptx (" in office
    # The settings went to the self-test's temporary folder, not to the user's (nor to ours).
    assert not settings_file.exists()


def test_a_damaged_database_fails_quick_check(built_db: Path, tmp_path: Path) -> None:
    damaged = writable_copy(built_db, tmp_path)
    with sqlite3.connect(damaged) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
    # Scribble over the start of every fifth page of the second half: table pages, past the
    # schema's (a VACUUMed database keeps sqlite_master first).
    with damaged.open("r+b") as file:
        for page in range(pages // 2, pages, 5):
            file.seek(page * page_size)
            file.write(b"\xff" * 64)
    code, lines = selftest(damaged)
    assert code == 1
    # Found by the validation pass at open, before quick_check runs.
    assert line_of(lines, "database").startswith(
        f"FAIL database: {damaged}: is damaged: SQLite's integrity_check says 'Page "
    )
    assert lines[-1].startswith("selftest: ")
    assert "checks failed (database, " in lines[-1]


def test_random_bytes_are_not_a_database(tmp_path: Path) -> None:
    noise = tmp_path / "noise.db"
    noise.write_bytes(bytes(range(256)) * 64)
    code, lines = selftest(noise)
    assert code == 1
    assert line_of(lines, "database") == (
        f"FAIL database: {noise}: is not a valid SQLite database (it has no SQLite header)"
    )
    # What needs the database says so instead of crashing.
    assert line_of(lines, "tabs") == (
        "FAIL tabs: not run: the database could not be opened (see above)"
    )


def test_a_missing_database_is_named(tmp_path: Path) -> None:
    code, lines = selftest(tmp_path / "absent.db")
    assert code == 1
    assert line_of(lines, "database") == f"FAIL database: {tmp_path / 'absent.db'}: file not found"


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    code, lines = selftest(tmp_path)
    assert code == 1
    assert (
        line_of(lines, "database") == f"FAIL database: {tmp_path}: is a folder, not a database file"
    )
    assert line_of(lines, "schema") == (
        "FAIL schema: not run: the database could not be opened (see above)"
    )


def test_a_newer_schema_is_refused(built_db: Path, tmp_path: Path) -> None:
    newer = writable_copy(built_db, tmp_path)
    with sqlite3.connect(newer) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    code, lines = selftest(newer)
    assert code == 1
    assert line_of(lines, "database") == (
        f"FAIL database: {newer}: has schema version {SCHEMA_VERSION + 1}, a newer one than the "
        f"version {SCHEMA_VERSION} this application reads"
    )


@pytest.mark.parametrize(
    ("char", "name"),
    [
        ("\U00020000", "cjk unified ideograph-20000"),  # CJK Extension B, outside GB2312
        ("\U0001f600", "grinning face"),  # an emoji
        ("\u4e26", "cjk unified ideograph-4e26"),  # 並, traditional: not in GB2312
    ],
)
def test_a_character_missing_from_the_font_is_named(
    built_db: Path, tmp_path: Path, settings_file: Path, char: str, name: str
) -> None:
    copy = writable_copy(built_db, tmp_path)
    with sqlite3.connect(copy) as connection:
        connection.execute(
            "UPDATE indicators SET name_zh = name_zh || ? WHERE id = "
            "(SELECT id FROM indicators ORDER BY domain_id, position LIMIT 1)",
            (char,),
        )
    code, lines = selftest(copy)
    assert code == 1
    assert line_of(lines, "font-data") == (
        f"FAIL font-data: 1 character not in NotoSansCJKsc-Regular-subset.ttf: "
        f"U+{ord(char):04X} {char!r} ({name}) in indicators.name_zh in governance.db"
    )
    assert lines[-1] == f"selftest: 1 of {len(CHECKS)} checks failed (font-data)"


def test_an_interface_string_missing_from_the_font_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings_file: Path
) -> None:
    # A translation with a character the font lacks, found first as a frozen bundle's would be.
    ts = resource("translations/bjgov_zh_CN.ts").read_text(encoding="utf-8")
    broken = ts.replace("<translation>来源</translation>", "<translation>来源\u4e26</translation>")
    assert broken != ts
    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    (folder / "bjgov_zh_CN.ts").write_text(broken, encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    code, lines = selftest()
    assert code == 1
    assert line_of(lines, "font-interface") == (
        "FAIL font-interface: 1 character not in NotoSansCJKsc-Regular-subset.ttf: "
        "U+4E26 '並' (cjk unified ideograph-4e26) in translation 'Source' in bjgov_zh_CN.ts"
    )
    assert lines[-1] == f"selftest: 1 of {len(CHECKS)} checks failed (font-interface)"


def test_every_stored_character_is_collected(built_db: Path) -> None:
    with Store(built_db) as store:
        where = database_characters(store)
    with sqlite3.connect(built_db) as connection:
        article = connection.execute("SELECT text FROM source").fetchone()[0]
        units = [row[0] for row in connection.execute("SELECT zh FROM units")]
    for char in article + "".join(units):
        assert char in where or char == "\n"
    assert "\n" not in where  # control characters have no glyph in any font


def test_interface_characters_cover_sources_and_translations() -> None:
    where = interface_characters(resource("translations/bjgov_zh_CN.ts"))
    assert set("Source来源") <= set(where)
    assert where["来"].startswith("translation ")
    assert where["S"].startswith("source ")


def test_cli_db_option_before_or_after_the_command() -> None:
    parser = build_parser()
    assert parser.parse_args(["selftest", "--db", "x.db"]).db == Path("x.db")
    assert parser.parse_args(["--db", "x.db", "selftest"]).db == Path("x.db")
    assert parser.parse_args(["selftest"]).db is None


def test_command_line_chooses_offscreen_without_a_display(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    # Settings and caches of the child go under tmp_path, never to the user's home.
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run(
        [sys.executable, "-m", "gui", "selftest"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert "platform offscreen" in line_of(lines, "tabs")
    assert lines[-1].startswith(f"selftest: all {len(CHECKS)} checks passed")
