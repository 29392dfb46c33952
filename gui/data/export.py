"""Every figure as a table, for Excel and WPS: CSV (UTF-8 with BOM) or XLSX with a sources sheet.

Text that a spreadsheet would run as a formula (``=…``, ``+…``, ``@…``) is kept as text, so a
hostile name in a database can never execute when the file is opened.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from gui.data import figures
from gui.data.files import atomic_path, write_bytes
from gui.data.model import Citation, Lang, Observation
from gui.data.store import Store
from gui.data.translate import Translate

FORMATS = ("csv", "xlsx")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


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


def _safe(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_bytes(store: Store, lang: Lang, tr: Translate) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(headers(tr))
    for row in rows(store, lang, tr):
        writer.writerow([_number(v) if i == 4 else _safe(v) for i, v in enumerate(row)])
    return "\ufeff".encode() + buffer.getvalue().encode("utf-8")


def _number(value: Any) -> str:
    if value is None:
        return ""
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") else text


def write_xlsx(store: Store, path: Path, lang: Lang, tr: Translate) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = tr("indicators")
    data = rows(store, lang, tr)
    _fill(sheet, headers(tr)[:-1], [row[:-1] for row in data], numeric={4})
    sources = workbook.create_sheet(tr("sources"))
    cite = references(store.citations(), lang)
    _fill(
        sources,
        source_headers(tr),
        [[row[0], row[3], row[10], cite] for row in data],
        numeric=set(),
    )
    for column, width in zip("ABCDEFGHIJ", (34, 14, 40, 16, 16, 10, 8, 22, 10, 26), strict=False):
        sheet.column_dimensions[column].width = width
    for column, width in zip("ABCD", (34, 16, 90, 60), strict=True):
        sources.column_dimensions[column].width = width
    with atomic_path(path) as temporary:
        workbook.save(temporary)


def _fill(sheet: Any, headers: Sequence[str], data: list[list[Any]], numeric: set[int]) -> None:
    sheet.append(list(headers))
    for row in data:
        sheet.append([None] * len(row))
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(row=sheet.max_row, column=column)
            cell.value = value
            if column - 1 not in numeric and value is not None:
                cell.data_type = "s"  # text, never a formula
    sheet.freeze_panes = "A2"


def export(store: Store, path: Path, fmt: str, lang: Lang, tr: Translate) -> int:
    """Write every figure to ``path``; returns the number of rows. The names, periods and
    figures are the database's in ``lang``; the headers and sheet names come from ``tr``, a
    translator for the same language."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if fmt == "csv":
        write_bytes(path, csv_bytes(store, lang, tr))
    else:
        write_xlsx(store, path, lang, tr)
    return len(store.observations())
