"""A large database is read where it lies, as of its opening, and validated after the window's
first paint, in a thread of its own, with the same refusal as at open."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from gui.database import store as store_module
from gui.database.store import Store, StoreError
from gui.qt.app import open_store
from gui.qt.late_validation import LateValidation

from . import crafted


@pytest.fixture
def large(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file counts as large (the edition is 0.4 MB; a large one takes seconds to make)."""
    monkeypatch.setattr(store_module, "COPY_BYTES", 0)


@pytest.mark.usefixtures("large")
def test_a_large_file_is_read_as_of_its_opening(built_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "media"
    folder.mkdir()
    path = crafted.database(built_db, folder / "g.db", "SELECT 1")
    with Store(path) as store:
        assert not store.copied
        before = (store.observations(), store.units)
        other = sqlite3.connect(path, timeout=0.2, isolation_level=None)  # commits each
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("DELETE FROM units")
        other.close()
        assert (store.observations(), store.units) == before
    assert sorted(os.listdir(folder)) == ["g.db"]  # nothing left beside it
    with sqlite3.connect(path) as other:  # closed: the file is the user's again
        other.execute("DELETE FROM checks")


def test_a_small_file_is_copied_and_validated_at_open(built_db: Path, tmp_path: Path) -> None:
    path = crafted.database(
        built_db, tmp_path / "g.db", "UPDATE observations SET direction = 'sideways'"
    )
    assert open_store(path, interactive=False) is None  # refused before any window


@pytest.mark.usefixtures("large")
def test_a_large_broken_file_opens_then_is_refused_after_the_paint(
    qtbot: Any, built_db: Path, tmp_path: Path
) -> None:
    path = crafted.database(
        built_db, tmp_path / "g.db", "UPDATE observations SET direction = 'sideways'"
    )
    store = open_store(path, interactive=False)
    assert store is not None
    assert not store.copied  # the window can paint at once
    store.close()
    late = LateValidation(path)
    with qtbot.waitSignal(late.failed, timeout=10_000) as failed:
        late.start()
    error = failed.args[0]
    assert isinstance(error, StoreError)
    assert "observations.direction of row" in error.problem
    late.stop()
    assert not late.running


@pytest.mark.usefixtures("large")
def test_a_large_sound_file_passes(qtbot: Any, built_db: Path) -> None:
    late = LateValidation(built_db)
    with qtbot.waitSignal(late.passed, timeout=10_000):
        late.start()
    late.stop()
    assert not late.running


@pytest.mark.usefixtures("large")
def test_stopping_ends_the_thread_without_a_refusal(qtbot: Any, built_db: Path) -> None:
    late = LateValidation(built_db)
    refusals: list[object] = []
    late.failed.connect(refusals.append)
    late.start()
    late.stop()  # the window closing at once
    assert not late.running
    qtbot.wait(50)  # a signal queued by the thread would arrive now
    assert refusals == []


@pytest.mark.usefixtures("large")
def test_an_interrupted_store_says_so(built_db: Path) -> None:
    with Store(built_db, validate=False) as store:
        store.interrupt()
        with pytest.raises(StoreError) as raised:
            store.validate()
    assert raised.value.problem == "reading was stopped"


def test_the_bundled_database_is_checked_after_the_paint_a_small_one_handed_over_before(
    built_db: Path,
) -> None:
    from gui.paths import bundled_database
    from gui.qt.app import validated_later

    with Store(bundled_database(), validate=False) as bundled:
        assert bundled.copied  # small, read into memory; its rules checked after the paint
        assert validated_later(bundled)
    with Store(built_db, validate=False) as handed_over:
        assert not validated_later(handed_over)


def test_a_small_file_read_into_memory_is_validated_in_the_thread(
    qtbot: Any, built_db: Path, tmp_path: Path
) -> None:
    path = crafted.database(
        built_db, tmp_path / "g.db", "UPDATE observations SET direction = 'sideways'"
    )
    late = LateValidation(path)
    with qtbot.waitSignal(late.failed, timeout=10_000) as failed:
        late.start()
    assert "observations.direction of row" in failed.args[0].problem
    late.stop()
