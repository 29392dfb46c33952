"""Translations at run time: Qt's translators answer in the installed language, a printed sheet
speaks its own whatever the window's, plurals agree with their count, nothing leaks, and a
missing catalogue says how to make it."""

from __future__ import annotations

import gc
import re
import shutil
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QCoreApplication
from PySide6.QtGui import QAction, QPdfWriter

from gui import paths
from gui.database.briefing import Pin
from gui.database.model import LANGS, Lang
from gui.database.store import Store
from gui.present.translate import arg
from gui.printing.export import document, page_layout
from gui.printing.layout import Page
from gui.printing.words import long_date
from gui.qtcommon.i18n import (
    MissingCatalogueError,
    Translations,
    catalogue_path,
    load,
    tr,
    translator,
)
from gui.selftest import run_selftest

from .conftest import ROOT, packaging_script

PINNED = "%n figures pinned for the meeting, in the order chosen, with notes."
PARTS = (
    "%n summary sheets following the article's sections, each with its key figures, charts and "
    "the sentences they come from, then the policy timeline."
)
OTHER: dict[Lang, Lang] = {"zh": "en", "en": "zh"}


@pytest.fixture
def install(qapp: Any) -> Iterator[Callable[[Lang], None]]:
    """Install a language on the application, as the window does; English again afterwards."""
    translations = Translations()
    yield translations.install
    translations.install("en")


HAN = re.compile(r"[\u4e00-\u9fff]")


def test_installed_language_answers(install: Callable[[Lang], None]) -> None:
    install("zh")
    assert tr("Unit") == "单位"
    assert tr("Page %1 of %2") == "第 %1 页，共 %2 页"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # Qt's own catalogue
    install("en")
    assert tr("Unit") == "Unit"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


@pytest.mark.parametrize(
    ("lang", "count", "expected"),
    [
        ("en", 1, "1 figure pinned for the meeting"),
        ("en", 2, "2 figures pinned for the meeting"),
        ("en", 0, "0 figures pinned for the meeting"),
        ("zh", 1, "为会议选入简报的 1 个数字"),
        ("zh", 2, "为会议选入简报的 2 个数字"),
    ],
)
def test_plurals_agree_with_the_count(
    install: Callable[[Lang], None], lang: Lang, count: int, expected: str
) -> None:
    install(lang)
    assert tr(PINNED, count).startswith(expected)
    assert translator(lang)(PINNED, count).startswith(expected)  # the same without installing
    install(OTHER[lang])
    assert translator(lang)(PINNED, count).startswith(expected)  # whatever is installed


def test_english_singular_of_the_pack_cover() -> None:
    # Five sheets are the article's sections; the Overview and Outlook are this edition's.
    one = "1 summary sheet following the article's sections, with its key figures"
    assert translator("en")(PARTS, 1).startswith(one)
    assert translator("en")(PARTS, 7).startswith("7 summary sheets following the article's")
    assert translator("zh")(PARTS, 7).startswith("按原文章节编排的摘要表 7 张，")


def test_a_translator_ignores_the_installed_language(install: Callable[[Lang], None]) -> None:
    install("zh")
    assert translator("en")("Key figures") == "Key figures"
    assert translator("zh")("Key figures") == "主要数据"
    install("en")
    assert translator("zh")("Key figures") == "主要数据"
    assert translator("en")("Not in any catalogue %n", 3) == "Not in any catalogue 3"


def lay_out(store: Store, lang: Lang, pins: list[Pin] | None = None) -> list[Page]:
    layout = page_layout("A4")
    writer = QPdfWriter(QBuffer())
    writer.setPageLayout(layout)
    return document(store, writer, layout, lang=lang, pins=pins, today=date(2021, 7, 1))


def texts(pages: list[Page]) -> list[str]:
    return [t.text for page in pages for t in page.texts()]


def interface_words(lang: Lang) -> set[str]:
    """Every interface string of the code in ``lang``, as a whole (markers and all)."""
    strings = packaging_script("update_translations").extract(ROOT / "gui").strings
    words = translator(lang)
    return {words(s, 1) if plural else words(s) for s, plural in strings.items()}


@pytest.mark.parametrize("lang", LANGS)
def test_a_sheet_speaks_its_language_whatever_the_windows(
    install: Callable[[Lang], None], store: Store, lang: Lang
) -> None:
    """The pack and a briefing list printed in ``lang`` from a window in the other language are
    the documents printed from a window in ``lang``, and no interface word of the other language
    is on them (the quotes are the article's Chinese in both)."""
    pins = [Pin(o.id, i, "", store.edition.id) for i, o in enumerate(store.cards("hotline")[:2])]
    install(lang)
    same = texts(lay_out(store, lang)), texts(lay_out(store, lang, pins))
    install(OTHER[lang])
    other = texts(lay_out(store, lang)), texts(lay_out(store, lang, pins))
    assert other == same
    pack, briefing = other
    foreign = interface_words(OTHER[lang]) - interface_words(lang)
    assert [t for t in pack + briefing if t in foreign] == []
    words = translator(lang)
    for word in ("Briefing pack", "Contents", "Data edition", "Period"):
        assert words(word) in pack, word
    assert any(t.endswith(words("Key figures")) for t in pack)  # numbered: （一）主要数据
    assert words("Briefing list") in briefing
    # Chinese punctuation is set full-width on paper, whatever the catalogue's.
    fold = str.maketrans("，；：（）！？", ",;:()!?")
    flat = "".join(briefing).replace(" ", "").translate(fold)
    assert arg(words("Page %1 of %2"), 1, 1).replace(" ", "").translate(fold) in flat  # one page
    assert words(PINNED, 2).replace(" ", "").translate(fold) in flat  # two pinned: the plural
    assert long_date(date(2021, 7, 1), lang).replace(" ", "") in flat


def test_translating_leaks_no_reference(install: Callable[[Lang], None]) -> None:
    """A plain QTranslator, queried through Qt, holds on to nothing: the text passed in and the
    text returned keep their reference counts over many calls (a mortal string: ``None`` is
    immortal from Python 3.12 and would prove nothing)."""
    install("zh")
    source = "".join(["Key ", "figures"])  # made at run time: not interned, not shared
    plural = "".join(["%n figures pinned for the meeting, ", "in the order chosen, with notes."])
    printed = translator("en")
    gc.collect()
    before = sys.getrefcount(source), sys.getrefcount(plural)
    for count in range(20_000):
        tr(source)
        tr(plural, count)
        printed(source)
        printed(plural, count)
    gc.collect()
    assert (sys.getrefcount(source), sys.getrefcount(plural)) == before
    result = tr(source)
    assert result == "主要数据"
    assert sys.getrefcount(result) == 2  # the name and the call's argument: nothing else


@pytest.fixture
def unbuilt_checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A checkout whose translations were never compiled: the .ts files, no .qm."""
    shutil.copytree(
        ROOT / "resources", tmp_path / "resources", ignore=shutil.ignore_patterns("*.qm")
    )
    (tmp_path / "data").mkdir()
    shutil.copyfile(ROOT / "data" / "governance.db", tmp_path / "data" / "governance.db")
    monkeypatch.setattr(paths, "_PACKAGE", tmp_path / "gui")
    return tmp_path


def test_a_missing_catalogue_says_how_to_make_it(
    install: Callable[[Lang], None], unbuilt_checkout: Path
) -> None:
    with pytest.raises(MissingCatalogueError) as error:
        load("zh")
    message = str(error.value)
    assert "translations/bjgov_zh_CN.qm is missing" in message
    assert "pyside6-lrelease" in message
    assert "make" in message
    assert str(unbuilt_checkout / "resources" / "translations" / "bjgov_zh_CN.qm") in message
    with pytest.raises(MissingCatalogueError):
        install("zh")
    packaging_script("build_translations").build(unbuilt_checkout / "resources" / "translations")
    assert catalogue_path("zh") == unbuilt_checkout / "resources/translations/bjgov_zh_CN.qm"
    install("zh")
    assert tr("Unit") == "单位"


def test_selftest_names_the_missing_catalogue(unbuilt_checkout: Path, settings_file: Path) -> None:
    lines: list[str] = []
    assert run_selftest(out=lines.append) == 1
    for name in ("files", "translations"):
        (line,) = [line for line in lines if line[5:].startswith(f"{name}: ")]
        assert line.startswith(f"FAIL {name}: MissingCatalogueError: ")
        assert "bjgov_zh_CN.qm is missing" in line
        assert "pyside6-lrelease" in line


def test_qt_s_own_dialogs_speak_the_chosen_language(qapp: Any) -> None:
    """The file, print and page-setup dialogs and the message box, in Chinese: every label,
    button, group and action (paper sizes, folder names and what the print system says of its
    printers aside, which are names)."""
    from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter, QPrinterInfo
    from PySide6.QtWidgets import (
        QAbstractButton,
        QFileDialog,
        QGroupBox,
        QLabel,
        QMessageBox,
        QWidget,
    )

    def english(widget: QWidget) -> list[str]:
        texts = [label.text() for label in widget.findChildren(QLabel)]
        texts += [b.text() for b in widget.findChildren(QAbstractButton)]
        texts += [b.toolTip() for b in widget.findChildren(QAbstractButton)]
        texts += [g.title() for g in widget.findChildren(QGroupBox)]
        texts += [a.text() for a in widget.findChildren(QAction)]
        texts.append(widget.windowTitle())
        english = {t for t in texts if re.search("[A-Za-z]{2}", t) and not HAN.search(t)}
        return sorted(english - printers)

    # A CUPS server's printers ("Generic CUPS-PDF Printer (w/ options)") are named by it.
    printers = {
        text
        for info in QPrinterInfo.availablePrinters()
        for text in (info.printerName(), info.description(), info.location(), info.makeAndModel())
    }

    translations = Translations()
    translations.install("zh")
    try:
        files = QFileDialog(None, "文件")
        files.setOption(QFileDialog.Option.DontUseNativeDialog)
        files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        printer = QPrinter()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "提示",
            "内容",
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        )
        for dialog in (files, QPrintDialog(printer), QPageSetupDialog(printer), box):
            assert english(dialog) == [], type(dialog).__name__
            dialog.deleteLater()
    finally:
        translations.install("en")


def test_one_language_for_the_application_whoever_installed_it(qapp: Any) -> None:
    """A language left installed by another part of the program (the self-test installs its
    own) must not answer for the new one: the English catalogue holds only plurals, so every
    other string would come out in Chinese."""
    first, second = Translations(), Translations()
    first.install("zh")
    assert tr("Copy") != "Copy"  # the Chinese catalogue answers
    second.install("en")
    assert tr("Copy") == "Copy"
    assert tr("%1 (from the paragraph)") == "%1 (from the paragraph)"
