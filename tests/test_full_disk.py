"""The briefing list on a full disk: never moved aside, never lost, never a crash.

The disk is real: a small tmpfs filled to its last byte (``system.small_disk``, needing root or
sudo; skipped elsewhere with one ``system:`` line, a failure in CI).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from gui.database.briefing import (
    DISK_FULL,
    FILE_NAME,
    BriefingFullError,
    BriefingReadOnlyError,
    BriefingStore,
    open_briefing,
)

from . import system
from .test_user_data import run_print, user_folder

IDS = [f"obs.{n}" for n in range(20)]


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    with system.small_disk(tmp_path / "disk", 1024) as folder:
        yield folder


def a_list(folder: Path) -> bytes:
    """A list of 20 pins with notes, closed; its bytes."""
    opened = open_briefing(folder, "2020-2021")
    for n, ident in enumerate(IDS):
        opened.store.pin(ident, note=f"说明 {n}")
    opened.store.close()
    return (folder / FILE_NAME).read_bytes()


def test_a_good_list_on_a_full_disk_opens_read_only_and_stays(disk: Path) -> None:
    before = a_list(disk)
    system.fill(disk)

    opened = open_briefing(disk, "2020-2021")

    assert opened.moved_aside is None
    assert opened.store.read_only == DISK_FULL
    assert [p.observation_id for p in opened.store.pins()] == IDS
    with pytest.raises(BriefingReadOnlyError):
        opened.store.pin("another")
    opened.store.close()
    assert (disk / FILE_NAME).read_bytes() == before
    assert not [p for p in os.listdir(disk) if ".corrupt" in p]


def test_no_list_on_a_full_disk_is_an_empty_list_read_only(disk: Path) -> None:
    system.fill(disk)
    opened = open_briefing(disk, "2020-2021")
    assert opened.store.read_only == DISK_FULL
    assert opened.store.pins() == []
    assert sorted(os.listdir(disk)) == ["filler"]  # nothing made, nothing left half-made


Change = Callable[[BriefingStore], object]
CHANGES: dict[str, Change] = {
    "pin": lambda s: s.pin("another", note="长" * 9_000),
    "note": lambda s: s.set_note(IDS[3], "长" * 9_000),
    "move": lambda s: s.move(IDS[0], 19),
    "remove": lambda s: s.unpin(IDS[5]),
}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_a_change_when_the_disk_fills_says_so_and_changes_nothing(disk: Path, change: str) -> None:
    a_list(disk)
    opened = open_briefing(disk, "2020-2021")
    before = opened.store.pins()
    system.fill(disk)

    with pytest.raises(BriefingFullError) as raised:
        CHANGES[change](opened.store)

    assert str(raised.value) == "the disk is full: nothing was changed in the briefing list"
    assert opened.store.pins() == before
    opened.store.close()
    (disk / "filler").unlink()
    again = open_briefing(disk, "2020-2021")
    assert again.store.pins() == before
    assert again.moved_aside is None


def test_the_window_on_a_full_disk_shows_the_list_and_says_why(
    make_window: Any, tmp_path: Path
) -> None:
    with system.small_disk(tmp_path / "disk", 1024) as disk:
        before = a_list(disk)
        system.fill(disk)
        window = make_window("en", briefing=disk)
        assert [p.observation_id for p in window.briefing.pins()] == IDS
        assert DISK_FULL in window.briefing.problem
        window.briefing.pin("hotline.requests.2020")
        assert DISK_FULL in window.statusBar().currentMessage()
        window.close()
        assert (disk / FILE_NAME).read_bytes() == before


def test_print_reads_a_list_on_a_full_disk(tmp_path: Path) -> None:
    folder = user_folder(tmp_path)
    with system.small_disk(folder, 1024) as disk:
        opened = open_briefing(disk)
        opened.store.pin("hotline.requests.2020")
        opened.store.close()
        system.fill(disk)
        done = run_print(tmp_path)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == f"wrote {tmp_path / 'b.pdf'}: 1 page"
