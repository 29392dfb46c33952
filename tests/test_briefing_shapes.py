"""Briefing lists of shapes no version of the application wrote, and pins of another edition:
read, migrated and printed, never a crash; what is left out is counted."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest

from gui.database.briefing import USER_VERSION, BriefingError, open_briefing
from gui.database.schema import PIN_NOTE

from . import crafted
from .conftest import ROOT


def user_folder(tmp_path: Path) -> Path:
    return tmp_path / "share" / "bjgov" / "bjgov"


def run_print(tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["XDG_DATA_HOME"] = str(tmp_path / "share")
    output = str(tmp_path / "b.pdf")
    return subprocess.run(
        [sys.executable, "-m", "gui", "print", "--briefing", "--output", output, *extra],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def pdf_text(path: Path) -> str:
    document = pdfium.PdfDocument(path)
    try:
        return " ".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


@pytest.mark.parametrize("shape", sorted(crafted.BRIEFING_SHAPES))
def test_an_odd_shape_is_read_and_migrated(tmp_path: Path, shape: str) -> None:
    crafted.briefing_list(tmp_path, crafted.BRIEFING_SHAPES[shape])
    read = open_briefing(tmp_path, read_only=True).store.pins()
    opened = open_briefing(tmp_path, "2020-2021")
    assert opened.moved_aside is None
    assert opened.store.pins() == read
    assert read[0].observation_id == "hotline.requests.2020"
    assert [p.position for p in read] == list(range(len(read)))
    opened.store.pin("matters.household_food_waste.202012")  # and it can be changed
    opened.store.close()
    again = open_briefing(tmp_path, "2020-2021").store
    assert len(again.pins()) == len(read) + 1
    assert again._connection.execute("PRAGMA user_version").fetchone()[0] == USER_VERSION


def test_a_note_that_is_not_utf8_is_shown_replaced(tmp_path: Path) -> None:
    crafted.briefing_list(tmp_path, crafted.BRIEFING_SHAPES["note not UTF-8"])
    assert open_briefing(tmp_path).store.pins()[0].note == "\ufffd\ufffd\ufffd\ufffd"


@pytest.mark.parametrize("shape", sorted(crafted.BRIEFING_SHAPES))
def test_print_reads_an_odd_shape(tmp_path: Path, shape: str) -> None:
    path = crafted.briefing_list(user_folder(tmp_path), crafted.BRIEFING_SHAPES[shape])
    before = path.read_bytes()
    done = run_print(tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"wrote {tmp_path / 'b.pdf'}: 1 page"
    assert path.read_bytes() == before


def test_pins_all_of_another_edition_are_refused_with_their_count(tmp_path: Path) -> None:
    path = crafted.other_edition(user_folder(tmp_path), [f"gone.{n}" for n in range(20)])
    done = run_print(tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip().split("\n") == [
        f"error: none of the 20 figures in the briefing list {path} is in the data edition "
        "2020-2021: nothing to print"
    ]
    assert not (tmp_path / "b.pdf").exists()


def test_pins_of_another_edition_are_counted_on_the_sheet(tmp_path: Path) -> None:
    ids = ["hotline.requests.2020", "gone.1", "gone.2"]
    crafted.other_edition(user_folder(tmp_path), ids)
    done = run_print(tmp_path, "--lang", "en")
    assert done.returncode == 0, done.stderr
    text = " ".join(pdf_text(tmp_path / "b.pdf").split())
    assert (
        "1 figure pinned for the meeting, in the order chosen, with notes. "
        "2 pinned figures are not in this data edition and are left out."
    ) in text


def test_the_window_marks_pins_of_another_edition(make_window: Any, tmp_path: Path) -> None:
    crafted.other_edition(tmp_path / "user", ["hotline.requests.2020", "gone.1"])
    window = make_window("en", briefing=tmp_path / "user")
    window.briefing.show_dock()
    items = [window.briefing.dock.list.item(i).text() for i in range(2)]
    assert items[1] == "2. gone.1 (not in this edition)"


def test_a_huge_note_is_read_cut_and_a_long_one_refused(tmp_path: Path) -> None:
    path = crafted.other_edition(tmp_path, ["hotline.requests.2020"])
    with sqlite3.connect(path) as c:  # another program wrote a note of 50 MB
        c.execute("UPDATE pins SET note = replace(hex(zeroblob(25000000)), '0', '长')")
    opened = open_briefing(tmp_path, "2020-2021")
    (pin,) = opened.store.pins()
    assert pin.note == "长" * PIN_NOTE.most + "…"
    with pytest.raises(BriefingError) as raised:
        opened.store.set_note("hotline.requests.2020", "x" * (PIN_NOTE.most + 1))
    assert str(raised.value) == (
        "a note may have at most 10,000 characters, this one has 10,001; nothing was changed"
    )
    opened.store.set_note("hotline.requests.2020", "x" * PIN_NOTE.most)
    assert opened.store.pins()[0].note == "x" * PIN_NOTE.most


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "20 listed figures are not in this edition and were left out."),
        ("zh", "清单中有 20 个数字不在本数据版本中，已略去。"),
    ],
)
def test_the_window_counts_pins_of_another_edition(
    make_window: Any, tmp_path: Path, lang: str, said: str
) -> None:
    ids = [f"gone.{n}" for n in range(20)]
    crafted.other_edition(tmp_path / "user", ["hotline.requests.2020", *ids])
    window = make_window(lang, briefing=tmp_path / "user")
    window.show()
    assert window.status_dropped.text() == said  # at start, before the list is opened
    assert window.status_dropped.isVisible()
    window.briefing.show_dock()
    dock = window.briefing.dock
    assert dock.dropped.text() == said
    assert dock.dropped.isVisible()
    dock.remove("gone.0")  # one fewer: both say so
    fewer = said.replace("20", "19")
    assert window.status_dropped.text() == fewer
    assert dock.dropped.text() == fewer


def test_the_window_counts_one_pin_of_another_edition_in_the_singular(
    make_window: Any, tmp_path: Path
) -> None:
    crafted.other_edition(tmp_path / "user", ["hotline.requests.2020", "gone.1"])
    window = make_window("en", briefing=tmp_path / "user")
    assert window.status_dropped.text() == (
        "1 listed figure is not in this edition and was left out."
    )
    window.show()
    window.briefing.show_dock()
    window.briefing.dock.remove("gone.1")  # none left: nothing said
    assert window.status_dropped.text() == ""
    assert not window.status_dropped.isVisible()
    assert not window.briefing.dock.dropped.isVisible()
