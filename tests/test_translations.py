"""Every interface string has a Chinese translation, and the bundled font draws every character."""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path
from types import ModuleType

from fontTools.ttLib import TTFont

from gui.qtcommon.i18n import CONTEXT, read_ts

from .conftest import ROOT

TS = ROOT / "resources" / "translations" / "bjgov_zh_CN.ts"
FONT = ROOT / "resources" / "fonts" / "NotoSansCJKsc-Regular-subset.ttf"


def updater() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "packaging" / "update_translations.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_interface_string_is_translated() -> None:
    strings = updater().extract(ROOT / "gui")
    assert len(strings) > 40
    messages = {source for (context, source) in read_ts(TS) if context == CONTEXT}
    missing = [s for s in strings if s not in messages]
    assert missing == [], "run packaging/update_translations.py and translate these"


def test_translations_are_chinese() -> None:
    for (_, source), text in read_ts(TS).items():
        if any(c.isalpha() for c in source) and source not in ("CSV (*.csv)",):
            assert any("\u4e00" <= c <= "\u9fff" for c in text), (source, text)


def characters_of_the_database(db: Path) -> set[str]:
    connection = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    chars: set[str] = set()
    try:
        tables = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM sqlite_master "
                "WHERE type = 'table' AND name NOT LIKE 'search_index%'"
            )
        ]
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, str):
                        chars.update(value)
    finally:
        connection.close()
    return chars


def test_bundled_font_covers_every_character(built_db: Path) -> None:
    cmap = TTFont(FONT).getBestCmap()
    chars = characters_of_the_database(built_db)
    for _, text in read_ts(TS).items():
        chars.update(text)
    for text in updater().extract(ROOT / "gui"):  # the interface's English sources
        chars.update(text)
    missing = sorted(c for c in chars if c not in "\n\r\t" and ord(c) not in cmap)
    assert missing == []
    assert len(chars) > 600
