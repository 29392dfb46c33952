"""Presentation mode starts at the slides of the domain being read: found by the sheet's id,
in either language, even where two domains are titled alike."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from gui.database.briefing import Pin
from gui.database.model import Lang
from gui.database.store import Store
from gui.qt.presentation import present
from gui.qt.session import Session
from gui.qtcommon.i18n import Translations


@pytest.fixture
def twin_titles(built_db: Path, tmp_path: Path) -> Path:
    """A copy of the database where the safety domain carries the hotline domain's titles,
    in both languages: a start slide looked up by its words would land on the hotline's."""
    copy = tmp_path / "twins.db"
    shutil.copy(built_db, copy)
    connection = sqlite3.connect(copy)
    with connection:
        connection.execute(
            "UPDATE domains SET (title_zh, title_en) = "
            "(SELECT title_zh, title_en FROM domains WHERE id = 'hotline') WHERE id = 'safety'"
        )
    connection.close()
    return copy


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_presentation_starts_at_the_tabs_sheet_by_its_id(
    qapp: Any, twin_titles: Path, app_settings: Any, lang: Lang
) -> None:
    translations = Translations()
    translations.install(lang)
    try:
        with Store(twin_titles) as store:
            session = Session(store, app_settings, lang, translations)
            domains = {d.id: d for d in store.domains()}
            assert domains["safety"].tr("title", lang) == domains["hotline"].tr("title", lang)
            for tab in ("hotline", "safety", "outlook"):
                session.set_tab(tab)
                shown = present(session, [])
                try:
                    ids = [s.section_id for s in shown.slides]
                    assert shown.index == ids.index(tab)
                    assert shown.index > 0  # not the title slide
                    if tab == "safety":  # its first slide reads like the hotline's, earlier
                        hotline = ids.index("hotline")
                        assert hotline < shown.index
                        assert shown.slides[shown.index].title == shown.slides[hotline].title
                finally:
                    shown.close()
            session.set_tab("safety")
            pinned = present(session, [Pin("hotline.requests.2020", 0, "", "2020-2021")])
            try:
                assert pinned.index == 0  # the briefing list starts at its beginning
            finally:
                pinned.close()
    finally:
        translations.install("en")
