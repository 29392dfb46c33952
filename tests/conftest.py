"""Shared fixtures: real files under tmp_path, a real database built from the real sources."""

from __future__ import annotations

import importlib.util
import os
import shutil
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

# Tests run headless whatever the machine; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui.database.store import Store
from gui.edition import build_database

# A runner started in the background or under nohup hands the tests SIGINT and SIGHUP ignored,
# and every process they start inherits that: the tests of Ctrl-C and of a closed terminal need
# the signals as a terminal delivers them.
for _name, _default in (("SIGINT", signal.default_int_handler), ("SIGHUP", signal.SIG_DFL)):
    if hasattr(signal, _name) and signal.getsignal(getattr(signal, _name)) == signal.SIG_IGN:
        signal.signal(getattr(signal, _name), _default)

# network_guard fails a test that opens an internet socket; system skips a test whose system
# program or service is missing (and fails it under CI=true).
pytest_plugins = ["tests.network_guard", "tests.system"]

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"


def packaging_script(name: str) -> ModuleType:
    """A script of packaging/ as a module (that folder is no package: its name is PyPA's)."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # before running it: its dataclasses look themselves up
        spec.loader.exec_module(module)
    return sys.modules[name]


def pytest_sessionstart(session: pytest.Session) -> None:
    """The translations as the application loads them: compiled from the .ts files by Qt's
    lrelease, again when one has changed since (``make`` does the same before the tests)."""
    packaging_script("build_translations").build()


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    """A writable copy of the edition's sources (without the built database)."""
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder, ignore=shutil.ignore_patterns("governance.db", ".*"))
    return folder


@pytest.fixture(scope="session")
def built_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database freshly built from the committed sources, shared by read-only tests."""
    path = tmp_path_factory.mktemp("built") / "governance.db"
    build_database(DATA, path)
    return path


@pytest.fixture(scope="session")
def frozen_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The one-folder application (packaging/bjgov.spec), built once per session: the bundle
    tests and the Debian package's test share it (a build takes minutes)."""
    from . import system
    from .procs import run

    system.require("binutils")
    folder = tmp_path_factory.mktemp("freeze")
    spec = ROOT / "packaging" / "bjgov.spec"
    places: list[str | Path] = ["--distpath", folder / "dist", "--workpath", folder / "build"]
    build = run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", *places, spec],
        cwd=ROOT,
        env=dict(os.environ),
    )
    assert build.returncode == 0, build.stderr[-5000:]
    app = folder / "dist" / "bjgov"
    assert (app / "bjgov").is_file()
    return app


@pytest.fixture
def store(built_db: Path) -> Iterator[Store]:
    with Store(built_db) as opened:
        yield opened


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    """User settings under tmp_path: no test reads or writes the real ones."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "settings"
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    return folder / "bjgov.ini"


@pytest.fixture
def app_settings(settings_file: Path) -> Any:
    from PySide6.QtCore import QSettings

    from gui.qt.settings import Settings

    return Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))


@pytest.fixture
def make_window(qtbot: Any, built_db: Path, app_settings: Any) -> Any:
    """Build a main window (hidden unless a test shows it) on a database, in a language."""
    from gui.qt.main_window import MainWindow
    from gui.qt.session import Session
    from gui.qtcommon.i18n import Translations
    from gui.qtcommon.startup import application

    application()
    made: list[Any] = []

    def make(
        lang: str = "zh", db: Path | None = None, settings: Any = None, briefing: Path | None = None
    ) -> Any:
        translations = Translations()
        translations.install(lang)  # type: ignore[arg-type]
        session = Session(
            Store(db or built_db),
            settings or app_settings,
            lang,  # type: ignore[arg-type]
            translations,
        )
        window = MainWindow(session, briefing)
        qtbot.addWidget(window)
        made.append((window, translations))
        return window

    yield make
    for window, translations in made:
        window.briefing.close()
        window.store.close()
        translations.install("en")


def pytest_unconfigure(config: pytest.Config) -> None:
    """Empty the clipboard before Python exits. The offscreen platform keeps it in a static
    that Qt frees after the interpreter has gone; data a test copied then takes its PySide6
    wrapper down with it, and the run ends in a segmentation fault after every test passed.
    (On a desktop's clipboard, as the window has it, nothing of this happens.)"""
    if "PySide6.QtGui" not in sys.modules:
        return
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.clear()
