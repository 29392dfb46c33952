"""Starting the window: the platform, the application, the database, the language, the window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer

from gui.data.model import Lang
from gui.data.store import Store, StoreError
from gui.paths import bundled_database
from gui.qtcommon.i18n import Translations, tr
from gui.qtcommon.startup import application, set_zoom, window_problem
from gui.qtcommon.userdata import app_data_folder, use_config_folder

EXIT_BAD_INPUT = 2


def open_store(path: Path | None, *, interactive: bool) -> Store | None:
    """The database asked for, or the bundled one; None after telling the user why not.

    Whatever is wrong with a database handed over (unreadable, inconsistent, crafted) is one
    line on standard error and, in the window, a dialog offering the bundled database. The
    problem may quote the file's own text: the dialog shows it as plain text.
    """
    bundled = bundled_database()
    target = path or bundled
    try:
        return Store(target)
    except StoreError as error:
        print(f"error: {error}", file=sys.stderr)
        if not interactive:
            return None
        from PySide6.QtWidgets import QMessageBox

        text = f"{error.path}\n\n{error.problem}"
        if target.resolve() != bundled.resolve():
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                tr("Cannot open the database"),
                text + "\n\n" + tr("Open the bundled database instead?"),
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            )
            box.setTextFormat(Qt.TextFormat.PlainText)
            if box.exec() == QMessageBox.StandardButton.Open:
                return open_store(None, interactive=True)
            return None
        box = QMessageBox(QMessageBox.Icon.Critical, tr("Cannot open the database"), text)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        return None


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
    store = open_store(args.db, interactive=not benchmark)
    if store is None:
        return EXIT_BAD_INPUT
    tabs = [d.id for d in store.domains()] + [SOURCE_TAB]
    if args.tab and args.tab not in tabs:
        print(f"error: unknown tab {args.tab!r}; choose one of: {', '.join(tabs)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.tab:
        settings.set_last_tab(args.tab)
    session = Session(store, settings, lang, translations)
    window = MainWindow(session, app_data_folder())
    if args.quit_after_charts:
        window.overview_drawn.connect(app.quit)
    elif args.quit_after_paint:
        window.painted.connect(app.quit)
    window.show()
    if benchmark:
        QTimer.singleShot(30_000, app.quit)  # never hang a benchmark
    code = app.exec()
    store.close()
    hook.uninstall()
    return code
