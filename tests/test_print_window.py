"""The window's Print…, Print Preview… and Export PDF…

The dialogs themselves are Qt's; these tests drive what happens around them: the page layout
chosen (paper, orientation, margins) is the one used, "current tab" or "all" picks the sheet or
the pack, a cancelled dialog prints nothing, a machine without a printer is told why and offered
a PDF, and a failed export says why without blocking.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMarginsF, QTimer
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QToolBar, QWidget

from gui.printing.export import page_layout
from gui.qt.main_window import MainWindow
from gui.qt.print_actions import Document, PrintActions
from tests import pdftools

MM = 72 / 25.4


@pytest.fixture
def window(make_window: Callable[..., Any]) -> MainWindow:
    made: MainWindow = make_window("en")
    made.open_tab("hotline")
    return made


@pytest.fixture
def actions(window: MainWindow) -> PrintActions:
    return window.printing()


def pdf_printer(path: Path, layout: QPageLayout) -> QPrinter:
    """A printer as the dialog leaves it: here one that prints to a PDF file."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(layout)
    return printer


def answer_modal(qtbot: Any, respond: Callable[[QWidget], None]) -> list[QWidget]:
    """Respond to the next modal dialog as soon as it is shown; returns what it saw."""
    seen: list[QWidget] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, look)
            return
        seen.append(dialog)
        respond(dialog)

    QTimer.singleShot(0, look)
    return seen


def test_three_actions_and_ctrl_p(window: MainWindow) -> None:
    ids = ("file.print", "file.preview", "file.export_pdf")
    texts = [window.actions_[i].text() for i in ids]
    assert texts == ["&Print…", "Print Pre&view…", "Save as P&DF…"]
    assert window.actions_["file.print"].shortcuts() == [QKeySequence("Ctrl+P")]
    for action_id in ids:
        # The shortcut works before the menu exists, and before printing is loaded.
        assert window.actions_[action_id] in window.actions()


def test_the_printers_paper_orientation_and_margins_are_used(
    actions: PrintActions, tmp_path: Path
) -> None:
    margins = QMarginsF(25, 20, 25, 20)
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.Letter),
        QPageLayout.Orientation.Landscape,
        margins,
        QPageLayout.Unit.Millimeter,
    )
    out = tmp_path / "printed.pdf"
    printer = pdf_printer(out, layout)
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    pages = actions.print_to(printer, actions.chosen(printer, actions.current()))
    assert pages >= 1
    assert pdftools.page_sizes(out) == [(792.0, 612.0, 0)] * pages
    _, words = pdftools.words(out)
    left = min(w.x0 for w in words)
    top = min(w.y0 for w in words)
    assert 25 * MM - 0.5 <= left <= 25 * MM + 3  # the text starts at the chosen margins
    assert 20 * MM - 0.5 <= top <= 20 * MM + 3
    assert max(w.x1 for w in words) <= 792 - 25 * MM + 0.5
    # The next export uses the layout chosen in the dialog.
    exported = tmp_path / "exported.pdf"
    assert actions.export_to(exported, Document("hotline")) == pages
    assert pdftools.page_sizes(exported) == [(792.0, 612.0, 0)] * pages


def test_current_tab_or_all(window: MainWindow, actions: PrintActions, tmp_path: Path) -> None:
    printer = pdf_printer(tmp_path / "a.pdf", page_layout("A4"))
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert actions.chosen(printer, actions.current()) == Document("hotline")
    printer.setPrintRange(QPrinter.PrintRange.AllPages)
    assert actions.chosen(printer, actions.current()) == Document(None)
    assert actions.print_to(printer, Document(None)) > 5  # the briefing pack
    window.open_tab("source")
    assert actions.current() == Document(None)  # the article has no sheet: the pack


def test_a_page_range_prints_those_pages_of_the_pack(actions: PrintActions, tmp_path: Path) -> None:
    out = tmp_path / "range.pdf"
    printer = pdf_printer(out, page_layout("A4"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(3, 4)
    assert actions.print_to(printer, Document(None)) == 2
    first = pdftools.squeeze(pdftools.text(out, page=1))
    assert "Page 3 of" in first  # numbered as in the whole pack


def test_a_cancelled_print_dialog_prints_nothing(
    window: MainWindow, actions: PrintActions, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed: list[object] = []
    monkeypatch.setattr(PrintActions, "printers", staticmethod(lambda: ["PDF"]))
    monkeypatch.setattr(actions, "print_to", lambda *args: printed.append(args))

    def cancel(dialog: QWidget) -> None:
        dialog.close()

    seen = answer_modal(qtbot, cancel)
    window.actions_["file.print"].trigger()
    assert seen, "the print dialog was not shown"
    assert printed == []
    assert "cancelled" in window.statusBar().currentMessage()


def test_no_printer_says_why_and_offers_a_pdf(
    window: MainWindow, actions: PrintActions, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    exported: list[Document | None] = []
    monkeypatch.setattr(PrintActions, "printers", staticmethod(lambda: []))
    monkeypatch.setattr(actions, "export_pdf", exported.append)
    texts: list[str] = []

    def press_export(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        texts.append(dialog.text())
        button = next(b for b in dialog.buttons() if "Save as PDF" in b.text().replace("&", ""))
        button.click()

    seen = answer_modal(qtbot, press_export)
    window.actions_["file.print"].trigger()
    assert seen
    assert "No printer" in texts[0]
    assert "Save as PDF" in texts[0]
    assert "No printer" in window.statusBar().currentMessage()
    assert exported == [Document("hotline")]


def test_no_printer_names_what_was_to_be_printed(actions: PrintActions) -> None:
    from gui.database.briefing import Pin

    listed = Document(pins=(Pin("hotline.requests.2020", 1, "", "2020-2021"),))
    assert "briefing list" in actions.no_printer_text(listed)
    assert "briefing pack" in actions.no_printer_text(Document())
    assert "the sheet" in actions.no_printer_text(Document("hotline"))


def test_save_dialogs_open_where_the_last_file_went_and_name_files_alike(
    window: MainWindow, actions: PrintActions, tmp_path: Path
) -> None:
    from gui.qt.save_paths import start_path

    edition = window.store.edition.id
    pages = actions.export_to(tmp_path / "sheet.pdf", Document("hotline"))
    assert pages == pdftools.page_count(tmp_path / "sheet.pdf") > 0
    # The folder is remembered in the settings, for every dialog and the next session.
    assert (
        actions.suggested_path(Document("hotline")) == tmp_path / f"bjgov-{edition}-hotline-en.pdf"
    )
    assert Path(start_path(window.session, "figures", "xlsx")) == (
        tmp_path / f"bjgov-{edition}-figures-en.xlsx"
    )
    assert window.session.settings.folder() == str(tmp_path)


def test_a_failed_export_says_why_and_writes_nothing(
    window: MainWindow, actions: PrintActions, tmp_path: Path
) -> None:
    target = tmp_path / "missing" / "x.pdf"
    assert actions.export_to(target, Document("hotline")) == 0
    assert "does not exist" in window.statusBar().currentMessage()
    assert actions.message_box is not None
    assert actions.message_box.isVisible()
    assert "does not exist" in actions.message_box.text()
    assert not target.parent.exists()
    actions.message_box.close()


def test_the_preview_draws_the_previews_layout_and_can_show_the_pack(
    actions: PrintActions, tmp_path: Path
) -> None:
    printer = pdf_printer(tmp_path / "preview.pdf", page_layout("A4", landscape=True))
    dialog = actions.make_preview(printer, actions.current())
    whole = next(
        a
        for bar in dialog.findChildren(QToolBar)
        for a in bar.actions()
        if a.text() == "Whole briefing pack"
    )
    assert not whole.isChecked()  # from a domain's tab: its sheet
    actions.paint_preview(printer)
    assert pdftools.page_count(tmp_path / "preview.pdf") <= 2  # a sheet (it may run on)
    assert pdftools.page_sizes(tmp_path / "preview.pdf")[0][:2] == (842.0, 595.0)
    whole.setChecked(True)
    printer = pdf_printer(tmp_path / "pack.pdf", page_layout("A4"))
    actions.paint_preview(printer)
    assert pdftools.page_count(tmp_path / "pack.pdf") > 9
    dialog.deleteLater()


def test_texts_follow_the_windows_language(window: MainWindow) -> None:
    ids = ("file.print", "file.preview", "file.export_pdf")
    english = ["&Print…", "Print Pre&view…", "Save as P&DF…"]
    assert [window.actions_[i].text() for i in ids] == english
    window.set_language("zh")
    assert [window.actions_[i].text() for i in ids] == [
        "打印(&P)…",
        "打印预览(&V)…",
        "另存为 PDF(&D)…",
    ]
    window.set_language("en")
    assert [window.actions_[i].text() for i in ids] == english


def test_a_first_save_dialog_opens_at_home_where_there_is_no_documents_folder(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not in the folder the application was started from, where Qt opens a dialog whose
    folder does not exist."""
    from gui.qt.save_paths import folder

    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    assert folder(None) == home
    (home / "Documents").mkdir()
    assert folder(None) == home / "Documents"
