"""Taking figures out of the window: every figure as CSV or XLSX, one figure's citation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from gui.present.translate import arg
from gui.qt.save_paths import remember, start_path
from gui.qt.session import Session
from gui.qt.text import warn
from gui.qtcommon.i18n import tr
from gui.qtcommon.qtfiles import from_qt


def export_all(session: Session, parent: QWidget, fmt: str) -> Path | None:
    """Ask where, then write every figure as ``fmt`` (csv or xlsx); the path written, if any."""
    from gui.files.atomic import WriteError
    from gui.files.export import export

    suffix = {"csv": tr("CSV, for Excel and WPS (*.csv)"), "xlsx": tr("Excel workbook (*.xlsx)")}
    name, _ = QFileDialog.getSaveFileName(
        parent, tr("Export all figures"), start_path(session, "figures", fmt), suffix[fmt]
    )
    if not name:
        session.say(tr("Nothing was saved."))
        return None
    path = from_qt(name)
    if path.suffix.lower() != f".{fmt}":
        path = path.with_name(path.name + f".{fmt}")
    try:
        count = export(session.store, path, fmt, session.lang, tr)
    except WriteError as error:
        warn(parent, tr("Could not save"), str(error))
        return None
    remember(session, path)
    session.say(arg(tr("Exported %n figures to %1", count), str(path)), 6000)
    return path


def copy_citation(session: Session) -> str:
    """The selected figure as reported, its sentence and the references, on the clipboard."""
    from gui.files.export import citation_text

    observation = session.selection
    if observation is None:
        session.say(tr("Select a figure first."))
        return ""
    text = citation_text(observation, session.citations, session.lang, tr)
    QGuiApplication.clipboard().setText(text)
    session.say(tr("Citation copied."), 3000)
    return text
