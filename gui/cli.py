"""The command line: a thin layer over functions a test can call directly.

``python -m gui`` opens the window; ``python -m gui data build`` rebuilds the database from
``data/``. Commands import what they need when they run, so ``--help`` and ``data build`` never
load Qt, and the window's start-up pays only for the window.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from gui import __version__

EXIT_OK, EXIT_BAD_INPUT = 0, 2


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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "data":
        return data_build(args.sources, args.output)
    if args.command == "selftest":
        from gui.selftest import run_selftest

        return run_selftest(args.db)
    from gui.qt.app import run_window

    return run_window(args)


def data_build(sources: Path | None, output: Path | None) -> int:
    from gui.data.build import BuildError, build_database
    from gui.data.sources import SourceError
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
