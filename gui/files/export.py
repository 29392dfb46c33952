"""Every figure as a table, for Excel and WPS: CSV (UTF-8 with BOM) or XLSX with a sources sheet.

Every cell is escaped, whatever the database holds: text that a spreadsheet would run as a
formula (``=…``, ``+…``, ``@…``) is kept as text (an XLSX text cell; a CSV cell behind an
apostrophe), a value column holds only finite numbers (anything else is written as text), and
control characters, which neither format may carry, become U+FFFD. The XLSX is written in
openpyxl's write-only mode, row by row, so its cost grows with the rows and no faster.

The XLSX is for reading and filtering in a meeting: the indicator's name first (the id, for
scripts, last), a bold header row and the names frozen, an AutoFilter, values as numbers with
thousands separators, a day as a date (a year or a month alone stays text and says so), a
column marking the pack's key figures (the cards of every domain), and GB/T 15834 punctuation
in its Chinese text. The CSV stays the plain table, in the order of :func:`headers`.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import math
import os
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from gui.database.model import Citation, Lang, Observation
from gui.database.store import Store
from gui.files import proof
from gui.files.atomic import also_remove, atomic_path, write_bytes
from gui.present import figures
from gui.present.citation import reference
from gui.present.translate import Translate, arg
from gui.present.typography import normalise

FORMATS = ("csv", "xlsx")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# What XML 1.0, and so XLSX, cannot hold: the C0 controls but tab, line feed and return.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_VALUE = 4  # the column of the value in base units, the one number of a row
_CELL_LIMIT = 32_767  # characters an Excel cell holds
_ID, _DOMAIN, _NAME, _REPORTED, _AS_OF, _QUOTE = 0, 1, 2, 3, 8, 10  # columns of rows()
_KEY = -1  # the key-figure mark, made from the store
# The indicators sheet: a column of rows() (or the key mark) and its width, in sheet order.
_SHEET: tuple[tuple[int, float], ...] = (
    (_NAME, 40),
    (_DOMAIN, 14),
    (_KEY, 10),
    (_REPORTED, 16),
    (_VALUE, 16),
    (5, 10),  # unit
    (6, 8),  # hedge
    (7, 22),  # period
    (_AS_OF, 18),
    (9, 26),  # comparison
    (_ID, 34),
)
_PARTIAL_DATE = re.compile(r"\d{4}(-\d{2})?")


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
    return [
        tr("indicator"),
        tr("figure as reported"),
        tr("source sentence"),
        tr("citation"),
        tr("id"),
    ]


def _sheet_headers(titles: Sequence[str], tr: Translate) -> list[str]:
    """The indicators sheet's titles, in its order, from :func:`headers`' ``titles``."""
    return [tr("key figure") if i == _KEY else titles[i] for i, _ in _SHEET]


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
                figures.period(obs, lang, tr),
                obs.as_of or "",
                figures.change(obs, lang, tr),
                obs.quote,
            ]
        )
    return out


def references(citations: Mapping[str, Citation], lang: Lang) -> str:
    """The article the sentences are read from, then the report: GB/T 7714, one a line."""
    return "\n".join(reference(citations[k], lang) for k in ("article", "report") if k in citations)


def citation_text(
    obs: Observation, citations: Mapping[str, Citation], lang: Lang, tr: Translate
) -> str:
    """For the clipboard: ``figure — source sentence``, then the references of the article the
    sentence is from and of the report. In English the figure in full first, then as reported;
    a change-only row gives its change. The sentence has GB/T 15834 punctuation, as the window
    shows it; the references keep GB/T 7714's own separators."""
    reported = obs.reported or ""
    shown = figures.figure_with_unit(obs, lang, tr)
    figure = shown if shown == reported or not reported else f"{shown} ({reported})"
    first = " — ".join(p for p in (figure, normalise(obs.quote, keep_length=True)) if p)
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
    from openpyxl.utils import get_column_letter

    # The sheets' temporary files, which openpyxl removes only at a normal exit (private).
    from openpyxl.worksheet import _writer as openpyxl_writer

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(tr("indicators"))
    sources = workbook.create_sheet(tr("sources"))
    for i, (_, width) in enumerate(_SHEET):
        sheet.column_dimensions[get_column_letter(i + 1)].width = width
    for column, width in zip("ABCDE", (40, 16, 90, 60, 34), strict=True):
        sources.column_dimensions[column].width = width
    cite = references(store.citations(), lang)
    key = {o.id for d in store.domains() for o in store.cards(d.id)}
    sheet_rows = [
        [(tr("yes") if row[_ID] in key else "") if i == _KEY else row[i] for i, _ in _SHEET]
        for row in data
    ]
    order = [column for column, _ in _SHEET]
    source_rows = [[r[_NAME], r[_REPORTED], r[_QUOTE], cite, r[_ID]] for r in data]
    with (
        atomic_path(path, verify=proof.xlsx(sheets=2), inputs=[store.path]) as temporary,
        also_remove(lambda: list(openpyxl_writer.ALL_TEMP_FILES)),
    ):
        try:
            shape: dict[int, Cell] = {
                order.index(_VALUE): _number_cell,
                order.index(_AS_OF): lambda s, v: _date_cell(s, v, tr),
            }
            _fill(sheet, _sheet_headers(titles, tr), sheet_rows, shape)
            # The references keep GB/T 7714's own separators: not normalised.
            _fill(sources, source_titles, source_rows, {3: _text_cell})
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


Cell = Callable[[Any, Any], Any]


def _text_cell(sheet: Any, value: Any) -> Any:
    """A text cell, never a formula."""
    from openpyxl.cell import WriteOnlyCell

    if value is None or value == "":
        return None  # an empty cell, not an empty string
    written = WriteOnlyCell(sheet, value=_text(value)[:_CELL_LIMIT])
    written.data_type = "s"  # text, never a formula
    return written


def _words_cell(sheet: Any, value: Any) -> Any:
    """A text cell with GB/T 15834 punctuation where its words are Chinese, one mark for one
    (the article's sentences are quoted as read but for the marks)."""
    if value is None or value == "":
        return None
    return _text_cell(sheet, normalise(_text(value), keep_length=True))


def _number_cell(sheet: Any, value: Any) -> Any:
    """A number shown with thousands separators and the decimals it has (``11,039,400``,
    ``90.71``); anything else as text."""
    from openpyxl.cell import WriteOnlyCell

    number = _finite(value)
    if number is None:
        return _text_cell(sheet, value)
    digits = repr(float(number)).removesuffix(".0")
    decimals = len(digits.partition(".")[2]) if "e" not in digits else 0
    written = WriteOnlyCell(sheet, value=number)
    written.number_format = "#,##0" + ("." + "0" * decimals if decimals else "")
    return written


def _date_cell(sheet: Any, value: Any, tr: Translate) -> Any:
    """A day as a date cell; a year or a month alone as text that says it stops there (a
    spreadsheet's date would invent the first day); anything else as text."""
    from openpyxl.cell import WriteOnlyCell

    text = _text(value)
    try:
        day = date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        day = None
    if day is not None:
        written = WriteOnlyCell(sheet, value=day)
        written.number_format = "yyyy-mm-dd"
        return written
    if _PARTIAL_DATE.fullmatch(text):
        partial = tr("%1 (month only)") if "-" in text else tr("%1 (year only)")
        return _words_cell(sheet, arg(partial, text))
    return _words_cell(sheet, value)


def _fill(
    sheet: Any, titles: Sequence[str], data: list[list[Any]], shape: Mapping[int, Cell]
) -> None:
    """Rows appended one by one (write-only mode): a bold header, frozen with the first column,
    under an AutoFilter; each cell shaped by its column's function in ``shape``, else text."""
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)

    def title(text: str) -> Any:
        written = _words_cell(sheet, text)
        written.font = bold
        return written

    sheet.freeze_panes = "B2"
    width = max([len(titles), *map(len, data)])
    sheet.auto_filter.ref = f"A1:{get_column_letter(width)}{len(data) + 1}"
    sheet.append([title(t) for t in titles])
    for row in data:
        sheet.append([shape.get(i, _words_cell)(sheet, v) for i, v in enumerate(row)])


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
