"""Export as Word… and PowerPoint…: the current tab's domain, the pack, or the briefing list.

Asks where, then writes the document (gui/office/export.py) and says on the status bar what
was written. :func:`export_office_to` does the work without a dialog, for tests.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from gui.database.briefing import Pin
from gui.present.translate import arg
from gui.qt.save_paths import remember, start_path
from gui.qt.session import Session
from gui.qtcommon.i18n import tr

STATUS_MS = 8000


def file_filter(fmt: str) -> str:
    if fmt == "docx":
        return tr("Word document, for Word and WPS (*.docx)")
    return tr("PowerPoint presentation, for PowerPoint and WPS (*.pptx)")


def export_office(
    session: Session,
    parent: QWidget,
    fmt: str,
    pins: list[Pin] | None = None,
    style: str = "official",
) -> Path | None:
    """Ask where, then write the current tab's domain (the pack from a tab that is not a
    domain), or the briefing list for ``pins``, as ``fmt`` (docx or pptx; a Word file in
    ``style``, official or standard)."""
    domain = None if pins is not None else session.domain_id
    stem = "briefing-list" if pins is not None else domain or "briefing-pack"
    title = tr("Export as Word") if fmt == "docx" else tr("Export as PowerPoint")
    name, _ = QFileDialog.getSaveFileName(
        parent, title, start_path(session, stem, fmt), file_filter(fmt)
    )
    if not name:
        session.say(tr("Nothing was saved."))
        return None
    path = Path(name)
    if path.suffix.lower() != f".{fmt}":
        path = path.with_name(path.name + f".{fmt}")
    return export_office_to(session, parent, path, fmt, domain, pins, style)


def export_office_to(
    session: Session,
    parent: QWidget,
    path: Path,
    fmt: str,
    domain: str | None,
    pins: list[Pin] | None = None,
    style: str = "official",
) -> Path | None:
    from gui.files.atomic import WriteError
    from gui.office.export import write_office

    if pins is not None and not pins:
        session.say(tr("The briefing list is empty: add figures first."))
        return None
    try:
        write_office(
            session.store,
            path,
            fmt,
            domain=domain,
            lang=session.lang,
            pins=pins,
            style="standard" if style == "standard" else "official",
        )
    except (WriteError, ValueError) as error:
        QMessageBox.warning(parent, tr("Could not save"), str(error))
        return None
    remember(session, path)
    session.say(arg(tr("Saved: %1"), str(path)), STATUS_MS)
    return path
