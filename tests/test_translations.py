"""The catalogues: every interface string of the code is translated, plurals have their forms,
the compiled ``.qm`` answers what the ``.ts`` says, and the bundled font draws every character."""

from __future__ import annotations

import re
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from fontTools.ttLib import TTFont
from PySide6.QtCore import QTranslator

from gui.database.model import Lang
from gui.qtcommon.i18n import CONTEXT, catalogue_path

from .conftest import ROOT, packaging_script

TRANSLATIONS = ROOT / "resources" / "translations"
ZH_TS = TRANSLATIONS / "bjgov_zh_CN.ts"
EN_TS = TRANSLATIONS / "bjgov_en.ts"
FONT = ROOT / "resources" / "fonts" / "NotoSansCJKsc-Regular-subset.ttf"
MARKERS = re.compile(r"%[1-9n]")
HAN = re.compile("[\u4e00-\u9fff]")

updater = packaging_script("update_translations")


def code_strings() -> dict[str, bool]:
    found = updater.extract(ROOT / "gui")
    assert found.problems == []
    strings: dict[str, bool] = found.strings
    return strings


def live(path: Path) -> dict[str, Any]:
    """The messages of a ``.ts`` file that the code still uses (not vanished)."""
    return {s: m for s, m in updater.read(path).items() if m.kind != "vanished"}


def test_every_interface_string_is_translated() -> None:
    strings = code_strings()
    assert len(strings) > 100
    assert sum(strings.values()) >= 2  # plurals: the briefing list's count, the pack's parts
    zh = live(ZH_TS)
    untranslated = [s for s in strings if s not in zh or zh[s].kind or not all(zh[s].forms)]
    assert untranslated == [], "run packaging/update_translations.py and translate these"
    assert sorted(zh) == sorted(strings), "strings the code no longer uses must be vanished"


def test_plurals_have_every_form_in_both_languages() -> None:
    strings = code_strings()
    zh, en = updater.read(ZH_TS), live(EN_TS)
    plurals = [s for s, plural in strings.items() if plural]
    assert sorted(en) == sorted(plurals)  # English: the plurals only, the sources say the rest
    for source in plurals:
        assert (zh[source].numerus, len(zh[source].forms)) == (True, 1), source  # Chinese: one
        assert (en[source].numerus, len(en[source].forms)) == (True, 2), source  # one, many
        assert en[source].kind is None, source
        singular, many = en[source].forms
        assert many == source
        assert singular != source
        assert "%n" in singular


def test_extraction_knows_plurals_and_refuses_the_wrong_calls(tmp_path: Path) -> None:
    """Qt's lupdate reads the code; the strings it would pass over, or file under another
    context than the catalogue's, are refused, and a record's bilingual column is no string."""
    folder = tmp_path / "gui"
    folder.mkdir()
    (folder / "a.py").write_text(
        "tr('Unit')\n"
        "tr('%n pages', count)\n"
        "f'{tr(\"Note\")}: x'\n"  # inside an f-string: lupdate does not see it
        "obs.tr('name', lang)\n"  # the data's bilingual columns: not an interface string
        "tr(name)\n"
        "tr('%n figures')\n"
        "tr('Wrote %1', 3)\n"
        "X = QT_TRANSLATE_NOOP('bjgov', 'Later')\n"
        "class Sheet:\n"
        "    def title(self) -> str:\n"
        "        return self.tr('Sheet')\n",  # lupdate files it under 'Sheet'
        encoding="utf-8",
    )
    found = updater.extract(folder)
    assert found.strings == {
        "Unit": False,
        "%n pages": True,
        "%n figures": True,  # a text with %n is a plural; the problem below says it lacks a count
        "Wrote %1": False,
        "Later": False,
    }
    assert len(found.problems) == 5
    assert "a.py:3: tr() inside an f-string" in found.problems[0]
    assert "a.py:5: tr() of something else" in found.problems[1]
    assert "a.py:6: '%n figures': %n and a count go together" in found.problems[2]
    assert "a.py:7: 'Wrote %1': %n and a count go together" in found.problems[3]
    assert "'Sheet': lupdate files it under 'Sheet'" in found.problems[4]


def test_the_updater_refuses_to_write_while_a_string_is_unseen(
    tmp_path: Path, monkeypatch: Any, capsys: Any
) -> None:
    folder = tmp_path / "gui"
    folder.mkdir()
    (folder / "a.py").write_text("f'{tr(\"Note\")}'\n", encoding="utf-8")
    translations = tmp_path / "translations"
    translations.mkdir()
    ts = translations / "bjgov_zh_CN.ts"
    ts.write_bytes(ZH_TS.read_bytes())
    monkeypatch.setattr(updater, "ROOT", tmp_path)
    monkeypatch.setattr(updater, "TRANSLATIONS", translations)
    assert updater.main() == 1
    assert "tr() inside an f-string" in capsys.readouterr().err
    assert ts.read_bytes() == ZH_TS.read_bytes()


def test_update_keeps_translations_and_order(tmp_path: Path) -> None:
    path = tmp_path / "x_zh_CN.ts"
    old = {
        "Old": updater.Old(["旧"], None),
        "Unit": updater.Old(["单位"], None),
        "%n pages": updater.Old(["%n 页"], None, numerus=True),
    }
    todo = updater.write(path, "zh_CN", {"New": False, "Unit": False, "%n pages": True}, old)
    assert todo == ["New"]
    again = updater.read(path)
    assert list(again) == ["Old", "Unit", "%n pages", "New"]  # new strings at the end
    assert again["Old"].kind == "vanished"
    assert again["Old"].forms == ["旧"]
    assert again["Unit"].kind is None
    assert again["Unit"].forms == ["单位"]
    assert again["%n pages"].numerus
    assert again["%n pages"].forms == ["%n 页"]
    assert again["New"].kind == "unfinished"
    english = tmp_path / "x_en.ts"
    todo = updater.write(english, "en", {"Unit": False, "%n pages": True}, {})
    assert todo == ["%n pages"]  # English keeps the plurals only, with two forms to fill
    assert list(updater.read(english)) == ["%n pages"]
    assert updater.read(english)["%n pages"].forms == ["", ""]


def test_translations_are_chinese_with_the_same_place_markers() -> None:
    for source, message in live(ZH_TS).items():
        for form in message.forms:
            if any(c.isalpha() for c in source) and source != "CSV (*.csv)":
                assert HAN.search(form), (source, form)
            assert sorted(MARKERS.findall(form)) == sorted(MARKERS.findall(source)), source
    for source, message in live(EN_TS).items():
        for form in message.forms:
            assert sorted(MARKERS.findall(form)) == sorted(MARKERS.findall(source)), source


def test_compiled_catalogues_answer_what_the_ts_says() -> None:
    """lrelease's .qm against the .ts it was made from: every finished message, every form."""
    catalogues: list[tuple[Lang, Path]] = [("zh", ZH_TS), ("en", EN_TS)]
    for lang, ts in catalogues:
        catalogue = QTranslator()
        assert catalogue.load(str(catalogue_path(lang)))
        assert catalogue_path(lang) == ts.with_suffix(".qm")
        for source, message in live(ts).items():
            if message.numerus:
                counts = [1, 2] if len(message.forms) == 2 else [1]
                for count, form in zip(counts, message.forms, strict=True):
                    assert catalogue.translate(CONTEXT, source, None, count) == form
            else:
                assert catalogue.translate(CONTEXT, source) == message.forms[0]
        vanished = [s for s, m in updater.read(ts).items() if m.kind == "vanished"]
        for source in vanished:  # left out, so an old string never shows
            assert catalogue.translate(CONTEXT, source, None, 1) == ""


def test_ts_files_are_what_the_updater_writes(tmp_path: Path) -> None:
    """The committed .ts files are up to date: running the updater would change nothing."""
    strings = code_strings()
    for ts in (ZH_TS, EN_TS):
        copy = tmp_path / ts.name
        language = ET.parse(ts).getroot().get("language", "")
        updater.write(copy, language, strings, updater.read(ts))
        assert copy.read_text(encoding="utf-8") == ts.read_text(encoding="utf-8"), ts.name


def characters_of_the_database(db: Path) -> set[str]:
    connection = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    chars: set[str] = set()
    try:
        tables = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM sqlite_master "
                "WHERE type = 'table' AND name NOT LIKE 'search_index%' "
                "AND name NOT LIKE 'search_grams%'"
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
    for ts in (ZH_TS, EN_TS):
        for source, message in updater.read(ts).items():
            chars.update(source, *message.forms)
    missing = sorted(c for c in chars if c not in "\n\r\t" and ord(c) not in cmap)
    assert missing == []
    assert len(chars) > 600
