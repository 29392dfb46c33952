"""File → Print…, Print Preview… and Export PDF… for the main window.

Each action opens its dialog, then hands a configured printer or file name to a method that
does the work (:meth:`PrintActions.print_to`, :meth:`PrintActions.paint_preview`,
:meth:`PrintActions.export_to`), which tests call directly. The page layout chosen in the print
dialog or the preview (paper, orientation, margins) is kept and used by the next print, preview
and PDF export. What is printed: the current tab's summary sheet, or the whole briefing pack
(the dialog's "current page" / "all" choice; the pack from the Source tab).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QPageLayout
from PySide6.QtPrintSupport import (
    QAbstractPrintDialog,
    QPrintDialog,
    QPrinter,
    QPrinterInfo,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QToolBar

from gui.data.briefing import Pin
from gui.data.files import WriteError
from gui.data.model import Lang
from gui.printing.export import page_layout, write_pdf_layout
from gui.printing.printer import print_document
from gui.qtcommon.i18n import tr

if TYPE_CHECKING:
    from gui.qt.main_window import MainWindow

STATUS_MS = 8000


class PrintActions(QObject):
    """The window's three printing actions and what they do."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.page_layout: QPageLayout = page_layout("A4")
        self.pack_in_preview = False
        self.last_folder: Path | None = None
        self.message_box: QMessageBox | None = None
        self.print_action = self._action(self.print_, QKeySequence.StandardKey.Print)
        self.preview_action = self._action(self.preview)
        self.export_action = self._action(self.export_pdf)
        self.retranslate()
        window.language_changed.connect(self.set_language)

    def _action(self, slot: Callable[[], None], *keys: QKeySequence.StandardKey) -> QAction:
        action = QAction(self.window)
        action.triggered.connect(slot)
        if keys:
            action.setShortcuts([QKeySequence(key) for key in keys])
        self.window.addAction(action)  # shortcuts work before the menu holds the action
        return action

    @property
    def actions(self) -> list[QAction]:
        return [self.print_action, self.preview_action, self.export_action]

    # -- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.print_action.setText(tr("&Print…"))
        self.preview_action.setText(tr("Print Pre&view…"))
        self.export_action.setText(tr("&Export PDF…"))
        self.export_action.setStatusTip(
            tr("Save the current tab's summary sheet, or the briefing pack, as a PDF file")
        )
        self.preview_action.setStatusTip(tr("See the pages before printing them"))
        # Whether a printer exists is asked when printing, not here: asking CUPS at start-up
        # would slow the window down.
        self.print_action.setStatusTip(
            tr("Print the current tab's summary sheet, or the whole briefing pack")
        )

    @Slot(str)
    def set_language(self, lang: str) -> None:
        """Texts follow the window's language; the next document is printed in it too."""
        self.retranslate()

    def no_printer_text(self) -> str:
        return tr(
            "No printer is installed on this computer; use Export PDF… to save the sheet as a "
            "PDF file and print it elsewhere."
        )

    def say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    # -- what to print -----------------------------------------------------------------------

    @staticmethod
    def printers() -> list[str]:
        return [str(name) for name in QPrinterInfo.availablePrinterNames()]

    def current_domain(self) -> str | None:
        """The current tab's domain id, or None on a tab that is not a domain (the Source)."""
        tab = self.window.current_tab_id()
        return tab if tab in {d.id for d in self.window.store.domains()} else None

    @property
    def lang(self) -> Lang:
        return self.window.lang

    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(self.page_layout)
        return printer

    # -- Print… ------------------------------------------------------------------------------

    @Slot()
    def print_(self) -> None:
        if not self.printers():
            self.offer_pdf()
            return
        printer = self.make_printer()
        domain = self.current_domain()
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(tr("Print"))
        options = QAbstractPrintDialog.PrintDialogOption
        dialog.setOption(options.PrintPageRange, True)
        dialog.setOption(options.PrintCurrentPage, domain is not None)
        dialog.setPrintRange(
            QAbstractPrintDialog.PrintRange.CurrentPage
            if domain is not None
            else QAbstractPrintDialog.PrintRange.AllPages
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.say(tr("Printing cancelled; nothing was printed."))
            return
        self.print_to(printer, self.chosen_domain(printer))

    def chosen_domain(self, printer: QPrinter) -> str | None:
        """The dialog's choice: "current page" is this tab's sheet; all pages, or a range of
        pages, the briefing pack."""
        if printer.printRange() == QPrinter.PrintRange.CurrentPage:
            return self.current_domain()
        return None

    def print_to(self, printer: QPrinter, domain: str | None) -> int:
        """Print on a printer configured by the dialog; returns the pages printed (0 on error)."""
        self.page_layout = printer.pageLayout()
        try:
            pages = print_document(self.window.store, printer, domain=domain, lang=self.lang)
        except (OSError, ValueError) as error:
            self.show_problem(tr("Cannot print"), str(error))
            return 0
        self.say(
            tr("Sent %1 pages to %2.")
            .replace("%1", str(pages))
            .replace("%2", printer.printerName() or printer.outputFileName())
        )
        return pages

    def offer_pdf(self) -> None:
        """No printer: say why printing is not possible and offer the PDF export instead."""
        self.say(self.no_printer_text())
        box = QMessageBox(
            QMessageBox.Icon.Information,
            tr("No printer"),
            self.no_printer_text(),
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        export = box.addButton(tr("&Export PDF…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(export)
        box.exec()
        if box.clickedButton() is export:
            self.export_pdf()

    # -- Print Preview… ----------------------------------------------------------------------

    @Slot()
    def preview(self) -> None:
        printer = self.make_printer()
        if not self.printers():
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog = self.make_preview(printer)
        dialog.exec()
        self.page_layout = printer.pageLayout()

    def make_preview(self, printer: QPrinter) -> QPrintPreviewDialog:
        """The preview dialog, not yet shown, with a switch between this sheet and the pack."""
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle(tr("Print Preview"))
        dialog.paintRequested.connect(self.paint_preview)
        self.pack_in_preview = self.current_domain() is None
        bar = dialog.findChild(QToolBar)
        widget = dialog.findChild(QPrintPreviewWidget)
        if bar is not None and widget is not None:
            whole = QAction(tr("Whole briefing pack"), dialog)
            whole.setCheckable(True)
            whole.setChecked(self.pack_in_preview)
            whole.setEnabled(self.current_domain() is not None)
            whole.setToolTip(tr("Preview every domain's sheet, not only this tab's"))

            def switch(checked: bool) -> None:
                self.pack_in_preview = checked
                widget.updatePreview()

            whole.toggled.connect(switch)
            bar.addSeparator()
            bar.addAction(whole)
        return dialog

    def paint_preview(self, printer: QPrinter) -> None:
        """Draw the previewed document (the preview's pages, or the real print job)."""
        domain = None if self.pack_in_preview else self.current_domain()
        try:
            print_document(self.window.store, printer, domain=domain, lang=self.lang)
        except (OSError, ValueError) as error:
            self.show_problem(tr("Cannot print"), str(error))

    # -- Export PDF… -------------------------------------------------------------------------

    @Slot()
    def export_pdf(self) -> None:
        domain = self.current_domain()
        sheet_filter = tr("Summary sheet of this tab (*.pdf)")
        pack_filter = tr("Briefing pack, every domain (*.pdf)")
        filters = [sheet_filter, pack_filter] if domain is not None else [pack_filter]
        suggested = self.suggested_path(domain)
        path, chosen = QFileDialog.getSaveFileName(
            self.window, tr("Export PDF"), str(suggested), ";;".join(filters), filters[0]
        )
        if not path:
            self.say(tr("Export cancelled; no file was written."))
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        self.export_to(target, domain if chosen == sheet_filter else None)

    def suggested_path(self, domain: str | None) -> Path:
        folder = self.last_folder or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        edition = self.window.store.edition.id
        name = f"bjgov-{edition}-{domain or 'briefing-pack'}-{self.lang}.pdf"
        return folder / name

    def export_to(self, path: Path, domain: str | None) -> int:
        """Write the PDF with the kept page layout; returns its pages (0 after an error)."""
        try:
            pages = write_pdf_layout(
                self.window.store, path, self.page_layout, domain=domain, lang=self.lang
            )
        except (WriteError, ValueError) as error:
            self.show_problem(tr("Cannot export the PDF"), str(error))
            return 0
        self.last_folder = path.parent
        self.say(tr("Wrote %1 (%2 pages).").replace("%1", str(path)).replace("%2", str(pages)))
        return pages

    # -- the briefing list -------------------------------------------------------------------

    def print_briefing(self, pins: list[Pin]) -> None:
        """The briefing list's Print…: the print dialog, or a PDF where there is no printer."""
        if not pins:
            self.say(tr("The briefing list is empty: pin figures first."))
            return
        if not self.printers():
            self.say(self.no_printer_text())
            name, _ = QFileDialog.getSaveFileName(
                self.window,
                tr("Export PDF"),
                str(self.suggested_path("briefing-list")),
                tr("Briefing list (*.pdf)"),
            )
            if name:
                self.export_briefing_to(Path(name), pins)
            return
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(tr("Print"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.say(tr("Printing cancelled; nothing was printed."))
            return
        self.page_layout = printer.pageLayout()
        try:
            pages = print_document(self.window.store, printer, lang=self.lang, pins=pins)
        except (OSError, ValueError) as error:
            self.show_problem(tr("Cannot print"), str(error))
            return
        self.say(
            tr("Sent %1 pages to %2.")
            .replace("%1", str(pages))
            .replace("%2", printer.printerName() or printer.outputFileName())
        )

    def export_briefing_to(self, path: Path, pins: list[Pin]) -> int:
        """The briefing list as a PDF with the kept page layout; its pages (0 after an error)."""
        try:
            pages = write_pdf_layout(
                self.window.store, path, self.page_layout, lang=self.lang, pins=pins
            )
        except (WriteError, ValueError) as error:
            self.show_problem(tr("Cannot export the PDF"), str(error))
            return 0
        self.say(tr("Wrote %1 (%2 pages).").replace("%1", str(path)).replace("%2", str(pages)))
        return pages

    def show_problem(self, title: str, text: str) -> None:
        """Say what went wrong in the status bar and in a window-modal box (not blocking)."""
        self.say(text)
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.window
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.message_box = box
