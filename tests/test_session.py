"""The session: what the window's parts share, made and tested without a window."""

from __future__ import annotations

from typing import Any

from gui.database.store import Store
from gui.qt.session import SOURCE_TAB, Session
from gui.qtcommon.i18n import Translations, tr


def test_language_tab_and_selection_are_told_to_whoever_listens(
    store: Store, app_settings: Any, qapp: Any
) -> None:
    translations = Translations()
    translations.install("en")
    session = Session(store, app_settings, "en", translations)
    heard: list[object] = []
    session.language_changed.connect(heard.append)
    session.tab_changed.connect(heard.append)
    session.selection_changed.connect(lambda: heard.append(session.selection))
    session.message.connect(lambda text, ms: heard.append((text, ms)))
    try:
        session.set_language("zh")
        assert tr("Source") == "来源"  # the catalogue is installed with the language
        assert app_settings.language() == "zh"
        session.set_language("zh")  # no change, no signal
        session.set_tab("hotline")
        assert session.domain_id == "hotline"
        session.set_tab(SOURCE_TAB)
        assert session.domain_id is None  # the article has no domain
        figure = store.observation("hotline.requests.2020")
        session.select(figure)
        session.say("ok", 100)
        assert heard == ["zh", "hotline", SOURCE_TAB, figure, ("ok", 100)]
        assert app_settings.last_tab() == SOURCE_TAB
    finally:
        translations.install("en")
