"""Starting the window: the application, the database, the language, then the window."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from gui import APP_NAME, ORGANISATION, __version__
from gui.data.model import Lang
from gui.data.store import Store, StoreError
from gui.paths import bundled_database, resource
from gui.qtcommon.fonts import font
from gui.qtcommon.i18n import Translations, tr
from gui.qtcommon.userdata import app_data_folder

EXIT_BAD_INPUT = 2


def application() -> QApplication:
    """The process's QApplication, made once, with the bundled font as the default."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("北京社会治理参考")
    app.setStyle("Fusion")  # the same look on every desktop, and in screenshots
    app.setWindowIcon(QIcon(str(resource("icons/bjgov.svg"))))
    app.setDesktopFileName("org.bjgov.Reference")  # lets Wayland match the menu entry
    app.setFont(font(10))
    return app


def open_store(path: Path | None, *, interactive: bool) -> Store | None:
    """The database asked for, or the bundled one; None after telling the user why not."""
    bundled = bundled_database()
    target = path or bundled
    try:
        return Store(target)
    except StoreError as error:
        print(f"error: {error}", file=sys.stderr)
        if not interactive:
            return None
        if target.resolve() != bundled.resolve():
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                tr("Cannot open the database"),
                f"{error.path}\n\n{error.problem}\n\n" + tr("Open the bundled database instead?"),
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            )
            if box.exec() == QMessageBox.StandardButton.Open:
                return open_store(None, interactive=True)
            return None
        QMessageBox.critical(
            None, tr("Cannot open the database"), f"{error.path}\n\n{error.problem}"
        )
        return None


def no_display() -> bool:
    """On Linux without X11 or Wayland Qt would abort; say so instead."""
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )


def run_window(args: argparse.Namespace) -> int:
    from gui.qt.crash import ErrorHook, log_folder
    from gui.qt.main_window import SOURCE_TAB, MainWindow
    from gui.qt.settings import Settings

    if no_display():
        print(
            "error: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not "
            "set); to print without one, use: python -m gui print --domain all --output "
            "FILE.pdf",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    app = application()
    hook = ErrorHook(log_folder(), debug=args.debug)
    hook.install()
    settings = Settings()
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
    window = MainWindow(store, settings, lang, translations, app_data_folder())
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
