"""GB/T 15834 in the window and its catalogues: one checker (``typography.problems``) on every
Chinese translation and on every text the window shows in Chinese, the article's sentences
included (shown normalised, their offsets still those of the stored text).

Two forms of Qt's own stay half-width, because Qt parses them: an access key ``文件(&F)`` (the
Chinese convention of Qt's own catalogue and of Windows; Qt removes the key only in that form)
and a file dialog's patterns ``(*.csv)``. GB/T 7714 references keep their own separators.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from gui.present.citation import reference
from gui.present.typography import normalise, problems

from .conftest import ROOT

TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGUES = [TRANSLATIONS / "bjgov_zh_CN.ts", TRANSLATIONS / "qtbase_extra_zh_CN.ts"]
ACCESS_KEY = re.compile(r"\(&[^&\s]\)")
FILE_PATTERNS = re.compile(r"\s*\([^()]*\*[^()]*\)")
PLACE_MARKER = re.compile(r"%[1-9n]")


def as_shown(text: str) -> str:
    """A text as Qt shows it: no access key ``(&F)`` or ``&``, no file patterns ``(*.pdf)``,
    filters one a line."""
    text = ACCESS_KEY.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return FILE_PATTERNS.sub("", text).replace(";;", "\n")


def finished(path: Path) -> Iterator[tuple[str, str]]:
    """(source, translation) of every finished message of a ``.ts`` file, each plural form."""
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in {"unfinished", "vanished", "obsolete"}:
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")]
        for form in forms or [translation.text or ""]:
            yield message.findtext("source") or "", form


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.name)
def test_every_chinese_translation_takes_full_width_marks(path: Path) -> None:
    """A place marker may be filled with Chinese (``%1（较%2）``), so each stands for a Chinese
    word here: ``%1: %2`` would put a half-width colon beside it."""
    found = [
        f"{source!r} → {form!r}: {', '.join(map(str, wrong))}"
        for source, form in finished(path)
        if (wrong := problems(PLACE_MARKER.sub("数", as_shown(form))))
    ]
    assert len(list(finished(path))) >= 5
    assert found == []


def test_qt_forms_are_kept_as_qt_reads_them() -> None:
    assert as_shown("导出为 Word 文档（DOCX）(&W)…") == "导出为 Word 文档（DOCX）…"
    assert as_shown("PNG 图片 (*.png);;SVG 矢量图 (*.svg)") == "PNG 图片\nSVG 矢量图"
    assert as_shown("查找范围(&L)：") == "查找范围："
    assert problems(as_shown("查找范围(&L):")) != []
    assert problems(PLACE_MARKER.sub("数", "%1: %2")) != []


# -- the window --------------------------------------------------------------------------------


def _plain(text: str) -> str:
    """A tooltip's words: it is HTML of our own (gui.qt.text.tooltip)."""
    from PySide6.QtGui import QTextDocumentFragment

    if text.lstrip().startswith("<"):
        return str(QTextDocumentFragment.fromHtml(text).toPlainText())
    return text


def _model_texts(model: Any) -> Iterator[str]:
    from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

    top = QModelIndex()
    roles = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
    )
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)
    for column in range(columns):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for row in range(model.rowCount(top)):
        for column in range(columns):
            for role in roles:
                value = model.data(model.index(row, column), role)
                if isinstance(value, str):
                    yield value


def _widget_texts(root: Any) -> Iterator[str]:
    """Every text a widget and its children show or say: labels, buttons, tooltips, accessible
    names and descriptions, tab names, table cells, text views, the plots' items."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QGraphicsTextItem,
        QGraphicsView,
        QLabel,
        QLineEdit,
        QMenu,
        QTabBar,
        QTextEdit,
        QWidget,
    )

    for widget in [root, *root.findChildren(QWidget)]:
        yield from (widget.toolTip(), widget.accessibleName(), widget.accessibleDescription())
        yield from (widget.whatsThis(), widget.statusTip(), widget.windowTitle())
        if isinstance(widget, QLabel):
            yield widget.text()
        if isinstance(widget, QAbstractButton):
            yield as_shown(widget.text())
        if isinstance(widget, QLineEdit):
            yield from (widget.placeholderText(), widget.text())
        if isinstance(widget, QTextEdit):
            yield widget.toPlainText()
        if isinstance(widget, QMenu):
            yield as_shown(widget.title())
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield from (widget.tabText(i), widget.tabToolTip(i))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from _model_texts(widget.model())
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            for item in widget.scene().items():
                yield item.toolTip()
                if isinstance(item, QGraphicsTextItem):
                    yield item.toPlainText()
    for action in root.findChildren(QAction):
        yield from (as_shown(action.text()), action.toolTip(), action.statusTip())


_SEEN: dict[str, list[str]] = {}


def window_texts(make_window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """Everything the Chinese window shows, read once for the tests below: every tab built
    with its charts, every figure opened (its card, row, sentence panel), the search, the
    briefing dock with a note, Help and About, and the status bar's messages on the way."""
    if "zh" in _SEEN:
        return _SEEN["zh"]
    from PySide6.QtWidgets import QMessageBox

    from gui.qt.main_window import MainWindow
    from gui.qt.session import SOURCE_TAB

    window: MainWindow = make_window("zh", briefing=tmp_path / "user")
    messages: list[str] = []
    window.session.message.connect(lambda text, _ms: messages.append(text))
    dialogs: list[str] = []

    def opened(box: QMessageBox) -> int:
        dialogs.extend((box.windowTitle(), box.text(), box.informativeText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", opened)

    from gui.qt.text_dialog import TextDialog

    def read(dialog: TextDialog) -> int:  # Help and About: their title and every line
        dialogs.extend((dialog.windowTitle(), *dialog.text().splitlines()))
        return 0

    monkeypatch.setattr(TextDialog, "exec", read)
    window.copy_citation()  # nothing selected yet: it says so
    window.preview_briefing()  # the list is empty: it says so
    texts: list[str] = []
    for tab_id in window.tab_ids:
        window.open_tab(tab_id)
        content = window.page(tab_id)
        if tab_id != SOURCE_TAB:
            tab = window.domain_tab(tab_id)
            tab.build_charts()
            for view in tab.charts[:1]:
                view.copy_image()  # "Chart copied: …"
    for obs in window.store.observations():
        window.open_observation(obs.id)
        content = window.page(obs.domain_id)
        texts.extend(_widget_texts(content))  # its sentence in the panel
    window.copy_citation()
    first = window.store.observations()[0]
    window.briefing.pin(first.id)
    window.briefing.pin(first.id)  # already in the list: it says so
    window.briefing.show_dock()
    window.briefing.dock.set_note(first.id, "会前核对")
    shown = window.present()  # the pinned figure, full screen: what it says of each slide
    for i in range(len(shown.slides)):
        shown.go(i)
        texts.append(shown.accessibleDescription())
    shown.close()
    window.search.update_results("垃圾")
    texts.extend(_model_texts(window.search.results))
    window.zoom(1)
    window.zoom(0)
    window.show_help()
    window.show_about()
    window.actions_.menu("edit").aboutToShow.emit()
    for tab_id in window.tab_ids:  # rebuilt by the zoom: read again, every tab
        window.open_tab(tab_id)
        texts.extend(_widget_texts(window.page(tab_id)))
    texts.extend(_widget_texts(window))
    texts += [window.statusBar().currentMessage(), *messages, *dialogs]
    _SEEN["zh"] = [_plain(t) for t in texts if t]
    return _SEEN["zh"]


def _citations(store: Any) -> list[str]:
    """The GB/T 7714 references, in both languages: their separators are the standard's."""
    return [reference(c, lang) for c in store.citations().values() for lang in ("zh", "en")]


def _data_columns(db: Path) -> list[str]:
    """The database's own Chinese words (names, periods, titles, summaries, labels), longest
    first; not the article's sentences (quotes, the outlook's items), which the window
    normalises."""
    import sqlite3

    with sqlite3.connect(db) as connection:
        found: set[str] = set()
        for (table,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'"):
            if table == "outlook" or table.startswith("search_index"):
                continue
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
            for column in columns:
                if column.endswith("_zh") or (table, column) == ("units", "zh"):
                    found.update(
                        str(value)
                        for (value,) in connection.execute(f'SELECT "{column}" FROM "{table}"')
                        if value
                    )
    return sorted(found, key=len, reverse=True)


def _wrong(texts: list[str], removed: list[str], replaced: list[str]) -> list[str]:
    found = []
    for text in texts:
        for words in removed:
            text = text.replace(words, "")
        for words in replaced:
            text = text.replace(words, "数据")
        found += [str(p) for p in problems(text)]
    return sorted(set(found))


def test_the_window_s_own_words_and_the_article_take_full_width_marks(
    make_window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, built_db: Path
) -> None:
    """Interface strings and the article's sentences, everywhere the window shows them. The
    data's own columns stand in as "数据" here (the test below holds them)."""
    from gui.database.store import Store

    texts = window_texts(make_window, monkeypatch, tmp_path)
    with Store(built_db) as store:
        quotes = [o.quote for o in store.observations()]
        citations = _citations(store)
    joined = "\n".join(texts)
    # What was read: every sentence, normalised; the dialogs and the messages.
    assert all(normalise(q, keep_length=True) in joined for q in quotes)
    for said in ("请先选中一个数字", "已复制引用", "已加入简报清单", "键盘操作", "许可证"):
        assert said in joined, said
    wrong = _wrong(texts, citations, _data_columns(built_db))
    assert wrong == [], "\n".join(wrong)


def test_the_data_s_own_words_in_the_window_take_full_width_marks(
    make_window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, built_db: Path
) -> None:
    from gui.database.store import Store

    texts = window_texts(make_window, monkeypatch, tmp_path)
    with Store(built_db) as store:
        citations = _citations(store)
    assert _wrong(texts, citations, []) == []
