"""Text from a database is plain text everywhere, and every exported cell is escaped.

The database passes validation (markup and formulas are text like any other) but holds HTML, or
a spreadsheet formula, in every column a text may stand in: every label, tooltip, list, table,
chart and document of the window must show the characters, never render them; every CSV and
XLSX cell must stay text, never a formula (control characters are refused at open:
test_untrusted_db.py).
"""

from __future__ import annotations

import csv
import io
import re
import shutil
import sqlite3
import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import (
    Qt,  # with QtGui's functions: mightBeRichText
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGraphicsTextItem,
    QGraphicsView,
    QLabel,
    QTextEdit,
    QWidget,
)

from gui.cli import main
from gui.database.columns import columns
from gui.database.schema import TABLES
from gui.database.store import Store
from gui.files.export import _csv, _xlsx
from gui.qtcommon.i18n import translator

MARKUP = '<img src="file:///nonexistent/x.png"><b>粗</b><a href="http://x">链</a>'
FORMULA = '=HYPERLINK("http://example.invalid","点我")'
# Columns whose text the application reads as a value, not as words: ids and what refers to
# them (dates and the words it chooses a drawing by are marked in the schema).
NOT_WORDS = {
    "id",
    "key",
    "path",
    "sha256",
}


def word_columns() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for table, row_type in TABLES.items():
        names = [
            c.name
            for c in columns(row_type)
            if c.type is str
            and c.name not in NOT_WORDS
            and c.date is None
            and c.choices is None
            and c.references is None
            and not c.name.endswith("_id")
            and (table, c.name) != ("source", "text")
        ]
        if names and table != "meta":
            found[table] = names
    return found


def hostile(built: Path, target: Path, text: str) -> None:
    """Every word column of every table starts with ``text`` (and keeps its own words)."""
    shutil.copy(built, target)
    with sqlite3.connect(target) as connection:
        for table, names in word_columns().items():
            sets = ", ".join(f'"{n}" = ? || coalesce("{n}", \'\')' for n in names)
            connection.execute(f'UPDATE "{table}" SET {sets}', [text] * len(names))


@pytest.fixture(scope="module")
def markup_db(built_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("markup") / "markup.db"
    hostile(built_db, path, MARKUP)
    return path


def rendered_as_html(document: QTextDocument) -> bool:
    """True when markup was parsed: an image, a link or bold text made of it."""
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid():
                fmt = fragment.charFormat()
                if fmt.isImageFormat() or fmt.anchorHref().startswith("http://x"):
                    return True
            it += 1
        block = block.next()
    return "<img" not in document.toPlainText() and "粗" in document.toPlainText()


def problems_in(window: QWidget) -> list[str]:
    found: list[str] = []
    for widget in window.findChildren(QWidget):
        tip = widget.toolTip()
        if "<img" in tip:
            found.append(f"tooltip of {type(widget).__name__}: {tip[:80]}")
        if isinstance(widget, QLabel) and "<img" in widget.text():
            rich = widget.textFormat() == Qt.TextFormat.RichText or (
                widget.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(widget.text())
            )
            if rich:
                found.append(f"label rendered as HTML: {widget.text()[:80]}")
        if isinstance(widget, QTextEdit) and rendered_as_html(widget.document()):
            found.append(f"{type(widget).__name__} rendered the markup")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found += model_problems(widget)
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            for item in widget.scene().items():
                if "<img" in item.toolTip():
                    found.append(f"chart item tooltip: {item.toolTip()[:80]}")
                if isinstance(item, QGraphicsTextItem) and rendered_as_html(item.document()):
                    found.append(f"chart text rendered as HTML: {item.toPlainText()[:80]}")
    return found


def model_problems(view: QAbstractItemView) -> list[str]:
    model = view.model()
    found = []
    try:
        width = model.columnCount(QModelIndex())
    except TypeError:  # a list's own model keeps columnCount private: one column
        width = 1
    for row in range(min(model.rowCount(QModelIndex()), 200)):
        for column in range(width):
            tip = model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str) and "<img" in tip:
                found.append(f"{type(view).__name__} tooltip: {tip[:80]}")
    return found


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_markup_in_every_column_is_shown_as_text(
    make_window: Any, markup_db: Path, tmp_path: Path, lang: str
) -> None:
    window = make_window(lang, db=markup_db, briefing=tmp_path / "user")
    window.show()
    for observation in Store(markup_db).observations()[:3]:
        window.briefing.pin(observation.id)  # the briefing list's items too
    window.briefing.show_dock()
    seen = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        page = window.tabs.currentWidget()
        build = getattr(page, "build_charts", None)
        if build is not None:
            build()
        QApplication.processEvents()
        seen.append(window.tabs.tabText(index))
    assert any("<b>" in text for text in seen)  # the tab names hold the markup, as characters
    assert problems_in(window) == []
    labels = [w.text() for w in window.findChildren(QLabel)]
    assert any(MARKUP in text for text in labels)  # shown, as the characters it is made of


def test_markup_in_saved_charts_and_printed_sheets_is_text(
    qtbot: Any, markup_db: Path, tmp_path: Path
) -> None:
    """Save chart as SVG embedded a local file named in an axis unit; a PDF must not either."""
    from xml.etree import ElementTree

    from pypdf import PdfReader

    from gui.qt.chart_export import write_png, write_svg
    from gui.qt.chart_view import ChartView

    store = Store(markup_db)
    for domain in ("hotline", "safety"):
        for chart in store.charts(domain):
            view = ChartView(chart, "zh", store.milestones(), "来源")
            qtbot.addWidget(view)
            view.build()
            write_svg(view.scene, view.footer, tmp_path / f"{chart.id}.svg")
            write_png(view.scene, view.footer, tmp_path / f"{chart.id}.png")
            root = ElementTree.parse(tmp_path / f"{chart.id}.svg").getroot()
            assert [e.tag for e in root.iter() if e.tag.endswith("image")] == []
            texts = "".join(e.text or "" for e in root.iter())
            assert "<img" in texts  # the markup is there, as the characters of a text
    out = tmp_path / "pack.pdf"
    assert main(["print", "--domain", "all", "--db", str(markup_db), "--output", str(out)]) == 0
    assert sum(len(page.images) for page in PdfReader(out).pages) == 0


# -- exports ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def formula_db(built_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("formula") / "formula.db"
    hostile(built_db, path, FORMULA)  # characters no file may hold are refused at open
    return path


def test_csv_cells_never_start_a_formula(formula_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.csv"
    assert (
        main(
            [
                "export",
                "--format",
                "csv",
                "--lang",
                "en",
                "--db",
                str(formula_db),
                "--output",
                str(out),
            ]
        )
        == 0
    )
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    cells = [cell for row in rows[1:] for cell in row]
    assert sum(cell.startswith("'=HYPERLINK") for cell in cells) >= len(rows) - 1
    assert [c for c in cells if c.startswith(("=", "+", "@", "\t", "\r"))] == []


def test_xlsx_cells_are_never_formulas(formula_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.xlsx"
    assert (
        main(
            [
                "export",
                "--format",
                "xlsx",
                "--lang",
                "en",
                "--db",
                str(formula_db),
                "--output",
                str(out),
            ]
        )
        == 0
    )
    with zipfile.ZipFile(out) as archive:
        sheets = [
            ElementTree.fromstring(archive.read(n))
            for n in archive.namelist()
            if "worksheets/" in n
        ]
    assert len(sheets) == 2
    main_ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    for sheet in sheets:
        assert sheet.find(f".//{main_ns}f") is None  # no formula anywhere
        texts = [t.text or "" for t in sheet.iter(f"{main_ns}t")]
        assert any(t.startswith("=HYPERLINK(") for t in texts)  # there, as text


def test_value_column_of_any_type_is_escaped(tmp_path: Path, store: Store) -> None:
    """The writers on their own, fed what validation refuses: nothing crashes, nothing runs."""
    tr = translator("en")
    titles = [f"h{i}" for i in range(11)]
    rows: list[list[Any]] = [
        ["a", "d", "n", "r", FORMULA, "u", "", "p", "2020", "", "q"],
        ["b", "d", "n", "r", float("inf"), "u", "", "p", "2020", "", "q"],
        ["c", "d", "n", "r", float("nan"), "u", "", "p", "2020", "", "q"],
        ["e", "d", "n", "r", b"\x00blob", "u", "", "p", "2020", "", "x\x00y"],
        ["f", "d", "n", "r", 1.5, "u", "", "p", "2020", "", "+SUM(A1)"],
    ]
    text = _csv(titles, rows).decode("utf-8-sig")
    read = list(csv.reader(io.StringIO(text)))
    assert [r[4] for r in read[1:]] == ["'" + FORMULA, "inf", "nan", "b'\\x00blob'", "1.5"]
    assert read[4][10] == "x\ufffdy"
    assert read[5][10] == "'+SUM(A1)"
    out = tmp_path / "w.xlsx"
    assert _xlsx(out, titles, titles[:4], rows, store, "en", tr) == 5
    with zipfile.ZipFile(out) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet
    assert re.search(r'<c r="E6" s="\d+" t="n"><v>1.5</v></c>', sheet)  # a number stays a number
    assert re.search(r'<c r="E2" t="inlineStr"><is><t>=HYPERLINK', sheet)
