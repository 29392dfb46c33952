"""Every figure as a table, for Excel and WPS: CSV (UTF-8 with BOM) or XLSX with a sources sheet.

Every cell is escaped, whatever the database holds: text that a spreadsheet would run as a
formula (``=…``, ``+…``, ``@…``) is kept as text (an XLSX text cell; a CSV cell behind an
apostrophe), a value column holds only finite numbers (anything else is written as text), and
control characters, which neither format may carry, become U+FFFD. The XLSX is written in
openpyxl's write-only mode, row by row, so its cost grows with the rows and no faster.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import math
import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from gui.data import figures, proof
from gui.data.files import also_remove, atomic_path, write_bytes
from gui.data.model import Citation, Lang, Observation
from gui.data.store import Store
from gui.data.translate import Translate

FORMATS = ("csv", "xlsx")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# What XML 1.0, and so XLSX, cannot hold: the C0 controls but tab, line feed and return.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_VALUE = 4  # the column of the value in base units, the one number of a row
_CELL_LIMIT = 32_767  # characters an Excel cell holds


def headers(tr: Translate) -> list[str]:
    """The indicators sheet's column titles, in the language of ``tr``."""
    return [
        tr("id"),
        tr("domain"),
        tr("indicator"),
        tr("figure as reported"),
        tr("value (base units)"),
        tr("unit"),
        tr("hedge"),
        tr("period"),
        tr("as of"),
        tr("comparison"),
        tr("source sentence"),
    ]


def source_headers(tr: Translate) -> list[str]:
    """The sources sheet's column titles."""
    return [tr("id"), tr("figure as reported"), tr("source sentence"), tr("citation")]


def rows(store: Store, lang: Lang, tr: Translate) -> list[list[Any]]:
    """One row per observation; the value is a number, everything else text.

    A row the article gives only as a change (road transport accidents, down 65.6% year on
    year) has no figure, value or unit: its change is in the comparison column, where it
    cannot be read as a count.
    """
    domains = {d.id: d.tr("title", lang) for d in store.domains()}
    out: list[list[Any]] = []
    for obs in store.observations():
        level = obs.value is not None
        out.append(
            [
                obs.id,
                domains.get(obs.domain_id, obs.domain_id),
                obs.tr("name", lang),
                obs.reported or "",
                obs.value,
                obs.unit.tr_unit(lang) if level else "",
                figures.hedge(obs, lang, tr),
                obs.tr("period", lang),
                obs.as_of or "",
                figures.change(obs, lang, tr),
                obs.quote,
            ]
        )
    return out


def references(citations: Mapping[str, Citation], lang: Lang) -> str:
    """The article the sentences are read from, then the report: GB/T 7714, one a line."""
    return "\n".join(citations[k].tr("text", lang) for k in ("article", "report") if k in citations)


def citation_text(
    obs: Observation, citations: Mapping[str, Citation], lang: Lang, tr: Translate
) -> str:
    """For the clipboard: ``figure — source sentence``, then the references of the article the
    sentence is from and of the report. In English the figure in full first, then as reported;
    a change-only row gives its change."""
    reported = obs.reported or ""
    shown = figures.figure_with_unit(obs, lang, tr)
    figure = shown if shown == reported or not reported else f"{shown} ({reported})"
    first = " — ".join(p for p in (figure, obs.quote) if p)
    return "\n".join(p for p in (first, references(citations, lang)) if p)


def _text(value: Any) -> str:
    """A cell's text: a control character shows as U+FFFD instead of breaking the file."""
    return _CONTROL.sub("\ufffd", "" if value is None else str(value))


def _finite(value: Any) -> float | int | None:
    """A number a spreadsheet may hold, or None for anything else."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return value if math.isfinite(value) else None


def _safe(value: Any) -> str:
    """Text for a CSV cell, never a formula."""
    text = _text(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_bytes(store: Store, lang: Lang, tr: Translate) -> bytes:
    return _csv(headers(tr), rows(store, lang, tr))


def _csv(titles: list[str], data: list[list[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([_safe(t) for t in titles])
    for row in data:
        writer.writerow([_number(v) if i == _VALUE else _safe(v) for i, v in enumerate(row)])
    return "\ufeff".encode() + buffer.getvalue().encode("utf-8", "surrogateescape")


def _number(value: Any) -> str:
    """The value column's cell: a number as Python writes it back exactly, else escaped text."""
    if value is None:
        return ""
    number = _finite(value)
    if number is None:
        return _safe(value)
    text = repr(float(number))
    return text[:-2] if text.endswith(".0") else text


def write_xlsx(store: Store, path: Path, lang: Lang, tr: Translate) -> int:
    """Write the workbook; returns the number of figures."""
    return _xlsx(path, headers(tr), source_headers(tr), rows(store, lang, tr), store, lang, tr)


def _xlsx(
    path: Path,
    titles: list[str],
    source_titles: list[str],
    data: list[list[Any]],
    store: Store,
    lang: Lang,
    tr: Translate,
) -> int:
    from openpyxl import Workbook

    # The sheets' temporary files, which openpyxl removes only at a normal exit (private).
    from openpyxl.worksheet import _writer as openpyxl_writer

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(tr("indicators"))
    sources = workbook.create_sheet(tr("sources"))
    for column, width in zip("ABCDEFGHIJ", (34, 14, 40, 16, 16, 10, 8, 22, 10, 26), strict=False):
        sheet.column_dimensions[column].width = width
    for column, width in zip("ABCD", (34, 16, 90, 60), strict=True):
        sources.column_dimensions[column].width = width
    cite = references(store.citations(), lang)
    with (
        atomic_path(path, verify=proof.xlsx(sheets=2), inputs=[store.path]) as temporary,
        also_remove(lambda: list(openpyxl_writer.ALL_TEMP_FILES)),
    ):
        try:
            _fill(sheet, titles[:-1], [row[:-1] for row in data], numeric={_VALUE})
            _fill(sources, source_titles, [[row[0], row[3], row[10], cite] for row in data], set())
            workbook.save(temporary)
        except BaseException as error:
            _discard(workbook)
            raise _os_error(error) from error
    return len(data)


def _os_error(error: BaseException) -> BaseException:
    """openpyxl writes through lxml where it is installed (python-pptx brings it), and lxml
    says a full disk as ``IO_ENOSPC``, not as an OSError: say it as the OSError it is."""
    found = re.search(r"\bIO_(E[A-Z]+)\b", str(error))
    code = getattr(errno, found.group(1), None) if found else None
    if isinstance(code, int) and type(error).__module__.startswith("lxml"):
        return OSError(code, os.strerror(code))
    return error


def _discard(workbook: Any) -> None:
    """Close the sheets' streams after a failed write, so that the error is said once.

    In write-only mode openpyxl streams each sheet to a temporary file of its own; left open,
    a stream that failed (a full disk) fails again, noisily, when it is collected. These are
    openpyxl's private attributes, hence ``getattr``.
    """
    for sheet in workbook.worksheets:
        writer = getattr(sheet, "_writer", None)
        for stream in (getattr(sheet, "_rows", None), getattr(writer, "xf", None)):
            if stream is not None:
                with contextlib.suppress(Exception):
                    stream.close()
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.cleanup()


def _fill(sheet: Any, titles: Sequence[str], data: list[list[Any]], numeric: set[int]) -> None:
    """Rows appended one by one (write-only mode): every cell text unless it is a number."""
    from openpyxl.cell import WriteOnlyCell

    def cell(value: Any, column: int) -> Any:
        number = _finite(value) if column in numeric else None
        if number is not None:
            return number
        if value is None:
            return None
        written = WriteOnlyCell(sheet, value=_text(value)[:_CELL_LIMIT])
        written.data_type = "s"  # text, never a formula
        return written

    sheet.freeze_panes = "A2"
    sheet.append([cell(t, -1) for t in titles])
    for row in data:
        sheet.append([cell(v, i) for i, v in enumerate(row)])


def export(store: Store, path: Path, fmt: str, lang: Lang, tr: Translate) -> int:
    """Write every figure to ``path``; returns the number of rows. The names, periods and
    figures are the database's in ``lang``; the headers and sheet names come from ``tr``, a
    translator for the same language."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if fmt == "xlsx":
        return write_xlsx(store, path, lang, tr)
    data = rows(store, lang, tr)
    write_bytes(path, _csv(headers(tr), data), inputs=[store.path])
    return len(data)
