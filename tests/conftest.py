"""Shared fixtures: real files under tmp_path, a real database built from the real sources."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

# Tests run headless whatever the machine; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui.data.build import build_database
from gui.data.store import Store

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"


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


@pytest.fixture
def store(built_db: Path) -> Iterator[Store]:
    with Store(built_db) as opened:
        yield opened
