"""Starting the window: the platform, the application, the database, the language, the window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer

from gui.database.model import Lang
from gui.database.store import Store, StoreError
from gui.paths import bundled_database
from gui.qtcommon.i18n import Translations, tr
from gui.qtcommon.startup import application, set_zoom, window_problem
from gui.qtcommon.userdata import app_data_folder, use_config_folder

if TYPE_CHECKING:
    from gui.qt.late_validation import LateValidation
    from gui.qt.main_window import MainWindow

EXIT_BAD_INPUT = 2


def open_store(path: Path | None, *, interactive: bool) -> Store | None:
    """The database asked for, or the bundled one; None after telling the user why not.

    Whatever is wrong with a database handed over (unreadable, inconsistent, crafted) is one
    line on standard error and, in the window, a dialog offering the bundled database. The
    problem may quote the file's own text: the dialog shows it as plain text.
    """
    target = path or bundled_database()
    try:
        store = Store(target, validate=False)
    except StoreError as error:
        return _refused(error, target, interactive=interactive)
    if not validated_later(store):  # every rule now, before anything is drawn
        try:
            store.validate()
        except StoreError as error:
            store.close()
            return _refused(error, target, interactive=interactive)
    return store


def validated_later(store: Store) -> bool:
    """Whether ``store`` is checked after the window's first paint rather than before it: a
    large file (checking 100,000 rows takes seconds), and the bundled database, which the
    build that made it validated and the self-test checks (a damaged installation is still
    refused, just after the window has appeared). A small file handed over is checked before
    anything of it is drawn."""
    return not store.copied or store.path.resolve() == bundled_database().resolve()


def _refused(error: StoreError, target: Path, *, interactive: bool) -> Store | None:
    """Says why ``target`` cannot be read; in the window, offers the bundled database."""
    print(f"error: {error}", file=sys.stderr)
    if not _offer_bundled(error, target, interactive=interactive):
        return None
    return open_store(None, interactive=True)


def _offer_bundled(error: StoreError, target: Path, *, interactive: bool) -> bool:
    """The dialog for a database that cannot be read: True if the user chose the bundled one."""
    if not interactive:
        return False
    from PySide6.QtWidgets import QMessageBox

    text = f"{error.path}\n\n{error.problem}"
    if target.resolve() != bundled_database().resolve():
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("Cannot open the database"),
            text + "\n\n" + tr("Open the bundled database instead?"),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        return box.exec() == QMessageBox.StandardButton.Open
    box = QMessageBox(QMessageBox.Icon.Critical, tr("Cannot open the database"), text)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
    return False


def run_window(args: argparse.Namespace) -> int:
    from gui.qt.error_hook import ErrorHook, log_folder
    from gui.qt.main_window import MainWindow
    from gui.qt.session import SOURCE_TAB, Session
    from gui.qt.settings import Settings

    problem = window_problem()
    if problem is not None:
        print(f"error: {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    app = application()
    hook = ErrorHook(log_folder(), debug=args.debug)
    hook.install()
    use_config_folder()  # never /.config without a HOME, nor a second home
    settings = Settings()
    set_zoom(settings.zoom())
    lang: Lang = args.lang or settings.language()
    translations = Translations()
    translations.install(lang)
    settings.set_language(lang)
    benchmark = args.quit_after_paint or args.quit_after_charts
    path: Path | None = args.db
    while True:
        store = open_store(path, interactive=not benchmark)
        if store is None:
            return EXIT_BAD_INPUT
        tabs = [d.id for d in store.domains()] + [SOURCE_TAB]
        if args.tab and args.tab not in tabs:
            names = ", ".join(tabs)
            print(f"error: unknown tab {args.tab!r}; choose one of: {names}", file=sys.stderr)
            return EXIT_BAD_INPUT
        if args.tab:
            settings.set_last_tab(args.tab)
        session = Session(store, settings, lang, translations)
        window = MainWindow(session, app_data_folder())
        refused: list[StoreError] = []
        late: list[LateValidation] = []
        if validated_later(store) and not args.quit_after_paint:

            def check(
                window: MainWindow = window,
                late: list[LateValidation] = late,
                refused: list[StoreError] = refused,
            ) -> None:
                """After the first paint: every rule, in a thread; a broken one ends the window."""
                from gui.qt.late_validation import LateValidation

                def refuse(error: StoreError) -> None:
                    refused.append(error)
                    window.close()
                    app.quit()

                checker = LateValidation(window.store.path, window)
                checker.failed.connect(refuse)
                late.append(checker)
                checker.start()

            window.painted.connect(check)
        if args.quit_after_charts:
            window.overview_drawn.connect(app.quit)
        elif args.quit_after_paint:
            # Quits at the first paint, so a validation after it (a large file's, the bundled
            # one's) is not started: what is measured is how soon the window is there to use.
            window.painted.connect(app.quit)
        window.show()
        guard = QTimer(window)  # never hang a benchmark; stopped after, so no later loop quits
        guard.setSingleShot(True)
        guard.timeout.connect(app.quit)
        if benchmark:
            guard.start(30_000)
        code = app.exec()
        guard.stop()
        for checker in late:
            checker.stop()
        store.close()
        if not refused:
            hook.uninstall()
            return code
        print(f"error: {refused[0]}", file=sys.stderr)
        window.deleteLater()
        # Another file: offer the bundled database. The bundled one itself: say so, and stop.
        if not _offer_bundled(refused[0], path or bundled_database(), interactive=not benchmark):
            hook.uninstall()
            return EXIT_BAD_INPUT
        path = None  # the bundled database, in a new window
