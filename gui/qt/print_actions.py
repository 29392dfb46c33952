"""Print…, Print Preview… and Save as PDF…, for a domain's sheet, the pack or the briefing list.

Each action opens its dialog, then hands a configured printer or file name to a method that
does the work (:meth:`PrintActions.print_to`, :meth:`PrintActions.paint_preview`,
:meth:`PrintActions.export_to`), which tests call directly. The page layout chosen in the print
dialog or the preview (paper, orientation, margins) is kept and used by the next print, preview
and PDF. Loaded on the first use of any of them, so start-up never waits for Qt's print support.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QPageLayout
from PySide6.QtPrintSupport import (
    QAbstractPrintDialog,
    QPrintDialog,
    QPrinter,
    QPrinterInfo,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QToolBar, QWidget

from gui.database.briefing import Pin
from gui.files.atomic import WriteError
from gui.present.translate import arg
from gui.printing.export import page_layout, write_pdf_layout
from gui.printing.printer import print_document
from gui.qt.save_paths import remember, start_path
from gui.qt.session import Session
from gui.qtcommon.i18n import tr
from gui.qtcommon.qtfiles import from_qt, to_qt

STATUS_MS = 8000


@dataclass(frozen=True)
class Document:
    """What is printed: a domain's sheet, the whole pack (no domain), or the briefing list."""

    domain: str | None = None
    pins: tuple[Pin, ...] | None = None

    @property
    def briefing(self) -> bool:
        return self.pins is not None

    def file_stem(self) -> str:
        if self.briefing:
            return "briefing-list"
        return self.domain or "briefing-pack"

    def as_pack(self) -> Document:
        return Document() if not self.briefing else self


class PrintActions(QObject):
    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.parent_widget = parent
        self.page_layout: QPageLayout = page_layout("A4")
        self.pack_in_preview = False
        self.previewed = Document()
        self.message_box: QMessageBox | None = None

    def say(self, text: str) -> None:
        self.session.say(text, STATUS_MS)

    def current(self) -> Document:
        """The current tab's sheet; the pack from a tab that is not a domain (the Source)."""
        return Document(self.session.domain_id)

    @staticmethod
    def printers() -> list[str]:
        return [str(name) for name in QPrinterInfo.availablePrinterNames()]

    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(self.page_layout)
        return printer

    def no_printer_text(self, document: Document | None = None) -> str:
        """Why nothing can be printed, naming what was to be printed."""
        document = document or self.current()
        if document.briefing:
            return tr(
                "No printer is installed on this computer; use Save as PDF… to save the briefing "
                "list as a PDF file and print it elsewhere."
            )
        if document.domain is None:
            return tr(
                "No printer is installed on this computer; use Save as PDF… to save the briefing "
                "pack as a PDF file and print it elsewhere."
            )
        return tr(
            "No printer is installed on this computer; use Save as PDF… to save the sheet as a "
            "PDF file and print it elsewhere."
        )

    # -- Print… ------------------------------------------------------------------------------

    @Slot()
    def print_(self, document: Document | None = None) -> None:
        document = document or self.current()
        if not self.printers():
            self.offer_pdf(document)
            return
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self.parent_widget)
        dialog.setWindowTitle(tr("Print"))
        if not document.briefing:
            # "Current page" is this tab's sheet; all pages, or a range of them, the pack.
            options = QAbstractPrintDialog.PrintDialogOption
            dialog.setOption(options.PrintPageRange, True)
            dialog.setOption(options.PrintCurrentPage, document.domain is not None)
            dialog.setPrintRange(
                QAbstractPrintDialog.PrintRange.CurrentPage
                if document.domain is not None
                else QAbstractPrintDialog.PrintRange.AllPages
            )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.say(tr("Printing cancelled; nothing was printed."))
            return
        self.print_to(printer, self.chosen(printer, document))

    def chosen(self, printer: QPrinter, document: Document) -> Document:
        """The dialog's choice: "current page" keeps the sheet; all pages or a range, the pack."""
        if document.briefing or printer.printRange() == QPrinter.PrintRange.CurrentPage:
            return document
        return document.as_pack()

    def print_to(self, printer: QPrinter, document: Document) -> int:
        """Print on a printer configured by the dialog; returns the pages printed (0 on error)."""
        self.page_layout = printer.pageLayout()
        try:
            pages = self._print(printer, document)
        except (OSError, ValueError) as error:
            self.show_problem(tr("Cannot print"), str(error))
            return 0
        where = printer.printerName() or printer.outputFileName()
        self.say(arg(tr("Sent %n pages to %1.", pages), where))
        return pages

    def _print(self, printer: QPrinter, document: Document) -> int:
        pins = list(document.pins) if document.pins is not None else None
        return print_document(
            self.session.store, printer, domain=document.domain, lang=self.session.lang, pins=pins
        )

    def offer_pdf(self, document: Document) -> None:
        """No printer: say why printing is not possible and offer a PDF instead."""
        self.say(self.no_printer_text(document))
        box = QMessageBox(
            QMessageBox.Icon.Information,
            tr("No printer"),
            self.no_printer_text(document),
            QMessageBox.StandardButton.Cancel,
            self.parent_widget,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        save = box.addButton(tr("Save as &PDF…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(save)
        box.exec()
        if box.clickedButton() is save:
            self.export_pdf(document)

    # -- Print Preview… ----------------------------------------------------------------------

    @Slot()
    def preview(self, document: Document | None = None) -> None:
        printer = self.make_printer()
        if not self.printers():
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog = self.make_preview(printer, document or self.current())
        dialog.exec()
        self.page_layout = printer.pageLayout()

    def make_preview(self, printer: QPrinter, document: Document) -> QPrintPreviewDialog:
        """The preview dialog, not yet shown, large, with a switch between a sheet and the pack."""
        dialog = QPrintPreviewDialog(printer, self.parent_widget)
        dialog.setWindowTitle(tr("Print Preview"))
        dialog.paintRequested.connect(self.paint_preview)
        self.previewed = document
        self.pack_in_preview = not document.briefing and document.domain is None
        bar = dialog.findChild(QToolBar)
        widget = dialog.findChild(QPrintPreviewWidget)
        if bar is not None and widget is not None and not document.briefing:
            whole = QAction(tr("Whole briefing pack"), dialog)
            whole.setCheckable(True)
            whole.setChecked(self.pack_in_preview)
            whole.setEnabled(document.domain is not None)
            whole.setToolTip(tr("Preview every domain's sheet, not only this tab's"))

            def switch(checked: bool) -> None:
                self.pack_in_preview = checked
                widget.updatePreview()

            whole.toggled.connect(switch)
            bar.addSeparator()
            bar.addAction(whole)
        screen = self.parent_widget.screen().availableGeometry()
        dialog.resize(int(screen.width() * 0.8), int(screen.height() * 0.9))
        if widget is not None:
            widget.fitInView()
        return dialog

    def paint_preview(self, printer: QPrinter) -> None:
        """Draw the previewed document (the preview's pages, or the real print job)."""
        document = self.previewed.as_pack() if self.pack_in_preview else self.previewed
        try:
            self._print(printer, document)
        except (OSError, ValueError) as error:
            self.show_problem(tr("Cannot print"), str(error))

    # -- Save as PDF… ------------------------------------------------------------------------

    @Slot()
    def export_pdf(self, document: Document | None = None) -> None:
        document = document or self.current()
        sheet_filter = tr("Summary sheet of this tab (*.pdf)")
        pack_filter = tr("Briefing pack, every domain (*.pdf)")
        list_filter = tr("Briefing list (*.pdf)")
        if document.briefing:
            filters = [list_filter]
        elif document.domain is not None:
            filters = [sheet_filter, pack_filter]
        else:
            filters = [pack_filter]
        path, chosen = QFileDialog.getSaveFileName(
            self.parent_widget,
            tr("Save as PDF"),
            to_qt(self.suggested_path(document)),
            ";;".join(filters),
            filters[0],
        )
        if not path:
            self.say(tr("Nothing was saved."))
            return
        target = from_qt(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        self.export_to(target, document.as_pack() if chosen == pack_filter else document)

    def suggested_path(self, document: Document) -> Path:
        return from_qt(start_path(self.session, document.file_stem(), "pdf"))

    def export_to(self, path: Path, document: Document) -> int:
        """Write the PDF with the kept page layout; returns its pages (0 after an error)."""
        pins = list(document.pins) if document.pins is not None else None
        try:
            pages = write_pdf_layout(
                self.session.store,
                path,
                self.page_layout,
                domain=document.domain,
                lang=self.session.lang,
                pins=pins,
            )
        except (WriteError, ValueError) as error:
            self.show_problem(tr("Cannot save the PDF"), str(error))
            return 0
        remember(self.session, path)
        self.say(arg(tr("Saved %1 (%n pages).", pages), str(path)))
        return pages

    def show_problem(self, title: str, text: str) -> None:
        """Say what went wrong in the status bar and in a window-modal box (not blocking)."""
        self.say(text)
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.parent_widget
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.message_box = box
