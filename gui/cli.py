"""The command line: a thin layer over functions a test can call directly.

``python -m gui`` opens the window; ``python -m gui data build`` rebuilds the database from
``data/``. Commands import what they need when they run, so ``--help`` and ``data build`` never
load Qt, and the window's start-up pays only for the window.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import math
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from gui import __version__

if TYPE_CHECKING:
    from gui.database.briefing import Pin
    from gui.database.model import Lang
    from gui.database.store import Store

EXIT_OK, EXIT_BAD_INPUT = 0, 2
EXIT_INTERRUPTED = 130  # as a shell reports Ctrl-C


def _window_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="open this governance database instead of the bundled one",
    )
    parser.add_argument(
        "--lang", choices=("zh", "en"), help="language (default: last used, else Chinese)"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bjgov",
        description="北京社会治理参考 · Beijing Governance Reference: figures of "
        "《北京社会治理发展报告(2020~2021)》, offline.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _window_options(parser)
    parser.add_argument("--tab", metavar="ID", help="open on this tab (a domain id, or 'source')")
    parser.add_argument(
        "--quit-after-paint",
        action="store_true",
        help="quit as soon as the window has painted (for benchmarks)",
    )
    parser.add_argument(
        "--quit-after-charts",
        action="store_true",
        help="quit once the Overview's charts have painted too (for benchmarks)",
    )
    parser.add_argument(
        "--debug", action="store_true", help="show Python tracebacks instead of an error dialog"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    data = commands.add_parser("data", help="work on the database sources in data/")
    data_commands = data.add_subparsers(dest="data_command", metavar="ACTION", required=True)
    build = data_commands.add_parser(
        "build",
        help="validate data/ and rebuild data/governance.db from it",
        description="Validate every source in data/ and rebuild the database atomically. "
        "Problems are printed as file:line: field: problem, with exit code 2.",
    )
    build.add_argument(
        "--sources",
        type=Path,
        metavar="DIR",
        help="folder with edition.toml and the CSV tables (default: data/)",
    )
    build.add_argument(
        "--output",
        type=Path,
        metavar="FILE",
        help="database to write (default: governance.db in the sources folder)",
    )

    selftest = commands.add_parser(
        "selftest",
        help="check that this installation can read, draw and print its data",
        description="Check the database (read-only, PRAGMA quick_check, schema version), the "
        "font's coverage of every character, the translations, every tab drawn offscreen and "
        "one sheet printed to a temporary PDF. One line per check; exit code 0 only if all pass.",
    )
    # SUPPRESS: without it the subcommand's default would erase a `bjgov --db PATH selftest`.
    selftest.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="check this governance database instead of the bundled one",
    )
    _print_command(commands)
    _export_command(commands)
    return parser


def _print_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    printing = commands.add_parser(
        "print",
        help="print a domain's summary sheet, or the briefing pack, to a PDF file",
        description="Write a domain's summary sheet (--domain ID) or the briefing pack "
        "(--domain all) as a PDF file. Needs no display. Exit code 2, with one line saying why, "
        "no file left behind and an existing file unchanged, for an unknown domain, a missing "
        "or unwritable folder, a full disk, an output that is not a regular file (a link, a "
        "pipe, a device, a read-only file, the database) or a database that cannot be read.",
    )
    what = printing.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--domain", metavar="ID|all", help="a domain id (see the tabs), or 'all' for the pack"
    )
    what.add_argument(
        "--briefing",
        action="store_true",
        help="the briefing list: the figures pinned in the window, with their notes",
    )
    printing.add_argument(
        "--output",
        type=Path,
        required=True,
        metavar="FILE.pdf",
        help="the PDF to write: a new name or a regular file, replaced only once the new one "
        "has been read back whole; '-' for standard output",
    )
    printing.add_argument(
        "--paper",
        choices=("A4", "Letter"),
        default="A4",
        type=lambda name: {"a4": "A4", "letter": "Letter"}.get(name.lower(), name),
        help="paper size (default: A4)",
    )
    printing.add_argument("--landscape", action="store_true", help="landscape pages")
    _data_options(printing, "print from", "language of the document")


def _data_options(parser: argparse.ArgumentParser, verb: str, lang_help: str) -> None:
    """--lang and --db for a command that reads the database. SUPPRESS: without it the
    command's defaults would erase the same options given before the command's name."""
    parser.add_argument(
        "--lang",
        choices=("zh", "en"),
        default=argparse.SUPPRESS,
        help=f"{lang_help} (default: Chinese)",
    )
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=f"{verb} this governance database instead of the bundled one",
    )


def _export_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    exporting = commands.add_parser(
        "export",
        help="write every figure to CSV or Excel, or a briefing to Word or PowerPoint",
        description="csv, xlsx: every figure (indicator, figure as reported, value in base "
        "units, unit, period, comparison, source sentence) as CSV (UTF-8 with BOM, for Excel "
        "and WPS) or XLSX with a second sheet of sources. docx, pptx: a domain's summary "
        "(--domain ID), the whole pack (--domain all, the default) or the briefing list "
        "(--briefing) as an editable Word document (native tables; its charts are pictures) or "
        "PowerPoint deck (native tables and charts). Exit code 2 with one line saying why, no "
        "file left behind and an existing file unchanged, for a missing or unwritable folder, a "
        "full disk, an output that is not a regular file (a link, a pipe, a device, a read-only "
        "file, the database), an unknown domain or a bad database.",
    )
    exporting.add_argument("--format", choices=("csv", "xlsx", "docx", "pptx"), required=True)
    exporting.add_argument(
        "--output",
        type=Path,
        required=True,
        metavar="FILE",
        help="the file to write: a new name or a regular file, replaced only once the new one "
        "has been read back whole; '-' for standard output",
    )
    what = exporting.add_mutually_exclusive_group()
    what.add_argument(
        "--domain",
        metavar="ID|all",
        help="docx, pptx: a domain id (see the tabs), or 'all' for the pack (default)",
    )
    what.add_argument(
        "--briefing",
        action="store_true",
        help="docx, pptx: the briefing list: the figures pinned in the window, with their notes",
    )
    exporting.add_argument(
        "--style",
        choices=("official", "standard"),
        help="docx: 'official' follows GB/T 9704-2012 (公文格式: 仿宋 三号 on a 22-line grid, "
        "一、/（一） headings, — 1 — page numbers; the default), 'standard' is a plain brief",
    )
    exporting.add_argument(
        "--office",
        metavar="NAME",
        default="",
        help="docx: the issuing office, printed as the letterhead (报头) and in the closing "
        "lines (版记); none by default",
    )
    exporting.add_argument(
        "--issue", metavar="TEXT", default="", help="docx: the issue line under the office (第3期)"
    )
    exporting.add_argument(
        "--copy-to", metavar="TEXT", default="", help="docx: the copies line of the 版记 (抄送)"
    )
    exporting.add_argument(
        "--slides",
        choices=("16:9", "4:3"),
        default="16:9",
        help="pptx: the slides' shape (default: 16:9)",
    )
    _data_options(exporting, "export from", "language of the document, headers and names")


def _database(args: argparse.Namespace) -> Store:
    """The database given with ``--db``, checked by every rule before anything is read; else
    the bundled one, which the build that made it checked (and the self-test checks again),
    opened with its shape checked only, as the window opens it."""
    from gui.database.store import Store
    from gui.paths import bundled_database

    given = getattr(args, "db", None)
    return Store(given) if given else Store(bundled_database(), validate=False)


def export_figures(args: argparse.Namespace) -> int:
    from gui.database.store import StoreError
    from gui.files.atomic import WriteError
    from gui.files.export import export
    from gui.qtcommon.i18n import translator

    lang: Lang = getattr(args, "lang", None) or "zh"
    if _terminal_refused(args.output, binary=args.format != "csv"):
        return EXIT_BAD_INPUT
    word_only = [o for o in ("style", "office", "issue", "copy_to") if getattr(args, o)]
    if word_only and args.format != "docx":
        print(f"error: --{word_only[0].replace('_', '-')} is for --format docx", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.format in ("docx", "pptx"):
        return export_briefing(args, lang)
    if args.domain is not None or args.briefing:
        print("error: --domain and --briefing are for --format docx or pptx", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        with _database(args) as store:
            count = export(store, args.output, args.format, lang, translator(lang))
    except (StoreError, WriteError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    _wrote(args.output, f"{count} figures")
    return EXIT_OK


def export_briefing(args: argparse.Namespace, lang: Lang) -> int:
    """``export --format docx|pptx``: a domain, the pack or the briefing list, for editing."""
    import datetime

    from gui.database.store import StoreError
    from gui.files.atomic import WriteError
    from gui.office.export import write_office
    from gui.office.worddoc import letterhead
    from gui.printing.words import long_date, translator

    today = datetime.date.today()
    dated = long_date(today, lang)
    head = letterhead(translator(lang), args.office, args.issue, args.copy_to, dated, lang == "zh")
    try:
        store = _database(args)
    except (StoreError, FileNotFoundError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    with store:
        try:
            pins, inputs = briefing_pins(store) if args.briefing else (None, None)
            count = write_office(
                store,
                args.output,
                args.format,
                domain=args.domain,
                lang=lang,
                pins=pins,
                aspect=args.slides,
                inputs=[inputs] if inputs else [],
                style=args.style or "official",
                letterhead=head,
                today=today,
            )
        except (ValueError, WriteError, StoreError) as error:
            print(f"error: {error}", file=sys.stderr)
            return EXIT_BAD_INPUT
    what = "slide" if args.format == "pptx" else "figure"
    _wrote(args.output, f"{count} {what}{'s' if count != 1 else ''}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except KeyboardInterrupt:
        print("interrupted: nothing was written", file=sys.stderr)
        return EXIT_INTERRUPTED


def run() -> NoReturn:
    """The programs' entry point (``bjgov``, ``python -m gui``): :func:`main`, then the end.

    By the time :func:`main` returns, every file is written and closed and the settings are
    saved. Python's own teardown would then free, one by one, the thousands of objects the
    window made, which takes longer than the window's first paint; the process ends instead
    once Qt's application is destroyed (on X11 it hands the clipboard over to the desktop
    then) and the exit handlers have run. Tests call :func:`main`.
    """
    code = main()
    if "PySide6.QtCore" in sys.modules:
        import shiboken6
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance()
        if app is not None:
            shiboken6.delete(app)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        if stream is None:  # closed before the start: Python gives None
            continue
        with contextlib.suppress(OSError, ValueError):  # a closed pipe: nothing more to say
            stream.flush()
    os._exit(code)


def _sane_scale_factor() -> None:
    """Qt reads QT_SCALE_FACTOR as it is: 0 divides by zero and a negative scale never paints.
    One not from 0.1 to 10 is set aside, with a line that says so."""
    value = os.environ.get("QT_SCALE_FACTOR")
    if value is None:
        return
    try:
        scale = float(value)
    except ValueError:
        scale = math.nan
    if not 0.1 <= scale <= 10:
        print(
            f"warning: QT_SCALE_FACTOR={value!r} is not a scale from 0.1 to 10; using 1",
            file=sys.stderr,
        )
        del os.environ["QT_SCALE_FACTOR"]


def _main(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    _sane_scale_factor()
    if args.command == "data":
        return data_build(args.sources, args.output)
    if args.command == "print":
        return print_pdf(args)
    if args.command == "export":
        return export_figures(args)
    if args.command == "selftest":
        from gui.selftest import run_selftest

        return run_selftest(args.db)
    from gui.qt.app import run_window

    return run_window(args)


def data_build(sources: Path | None, output: Path | None) -> int:
    from gui.edition import BuildError, SourceError, build_database
    from gui.paths import source_checkout

    if sources is None:
        root = source_checkout()
        if root is None:
            print("error: no data/ folder here; give --sources DIR", file=sys.stderr)
            return EXIT_BAD_INPUT
        sources = root / "data"
    output = output or sources / "governance.db"
    try:
        report = build_database(sources, output)
    except SourceError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        count = len(error.problems)
        print(
            f"error: {count} problem{'s' if count != 1 else ''} in the sources; "
            f"the database was not changed",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    except BuildError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(report.summary())
    return EXIT_OK


def briefing_pins(store: Store) -> tuple[list[Pin], Path]:
    """The pins of this user's briefing list, read without changing the file, and the file;
    ValueError saying why there are none, or none of this edition (those of another edition
    are left out, and the sheet counts them)."""
    from gui.database.briefing import FILE_NAME, BriefingError, open_briefing
    from gui.qtcommon.userdata import app_data_folder

    folder = app_data_folder()
    if folder is None or not (folder / FILE_NAME).exists():
        raise ValueError("no briefing list yet: pin figures in the window first")
    try:
        opened = open_briefing(folder, read_only=True)
    except BriefingError as error:
        raise ValueError(str(error)) from error
    pins = opened.store.pins()
    opened.store.close()
    if not pins:
        raise ValueError(f"the briefing list in {folder} is empty: pin figures in the window")
    if not store.observations_by_id([p.observation_id for p in pins]):
        raise ValueError(
            f"none of the {len(pins)} figures in the briefing list {folder / FILE_NAME} is in "
            f"the data edition {store.edition.id}: nothing to print"
        )
    return pins, folder / FILE_NAME


def print_pdf(args: argparse.Namespace) -> int:
    """``print``: write the PDF (no display needed) and say what was written."""
    from gui.database.store import StoreError
    from gui.files.atomic import WriteError
    from gui.printing.export import write_pdf

    if _terminal_refused(args.output, binary=True):
        return EXIT_BAD_INPUT
    try:
        store = _database(args)
    except (StoreError, FileNotFoundError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    with store:
        try:
            pins, inputs = briefing_pins(store) if args.briefing else (None, None)
            pages = write_pdf(
                store,
                args.output,
                domain=args.domain,
                lang=args.lang or "zh",
                paper=args.paper,
                landscape=args.landscape,
                pins=pins,
                inputs=[inputs] if inputs else [],
            )
        except (ValueError, WriteError, StoreError) as error:
            print(f"error: {error}", file=sys.stderr)
            return EXIT_BAD_INPUT
    _wrote(args.output, f"{pages} page{'s' if pages != 1 else ''}")
    return EXIT_OK


def _wrote(output: Path, what: str) -> None:
    """Say what was written: on standard error when the file itself went to standard output."""
    from gui.files.atomic import display_path, is_stdout

    if is_stdout(output):
        print(f"wrote {display_path(output)}: {what}", file=sys.stderr)
    else:
        print(f"wrote {output}: {what}")


def _terminal_refused(output: Path, binary: bool) -> bool:
    """A PDF or a workbook is not for a terminal's eyes, and nothing is for a closed standard
    output; say so instead of writing it there."""
    from gui.files.atomic import is_stdout

    if is_stdout(output) and (sys.stdout is None or sys.stdout.closed):
        print("error: standard output is closed; give --output FILE", file=sys.stderr)
        return True
    if is_stdout(output) and binary and sys.stdout.isatty():
        print(
            "error: standard output is a terminal; give --output FILE, or pipe it elsewhere",
            file=sys.stderr,
        )
        return True
    return False
