"""What the window's parts share: the database, the language, the figure being read, messages.

The dock, the tools and the print actions take a session instead of the window, so none of
them needs to know how the window is built, and each can be made and tested alone.
"""

from __future__ import annotations

from functools import cached_property

from PySide6.QtCore import QObject, Signal

from gui.database.model import Citation, Domain, Lang, Observation
from gui.database.store import Store
from gui.qt.settings import Settings
from gui.qtcommon.i18n import Translations

SOURCE_TAB = "source"


class Session(QObject):
    language_changed = Signal(str)
    tab_changed = Signal(str)  # a tab id: a domain's, or SOURCE_TAB
    selection_changed = Signal()
    message = Signal(str, int)  # a status-bar text and how long to show it (ms; 0: until replaced)
    open_requested = Signal(str)  # show this observation in its tab

    def __init__(
        self,
        store: Store,
        settings: Settings,
        lang: Lang,
        translations: Translations | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.lang: Lang = lang
        self.translations = translations or Translations()
        self.tab_id = ""
        self.selection: Observation | None = None

    # -- the database, read once ---------------------------------------------------------------

    @cached_property
    def domains(self) -> list[Domain]:
        return self.store.domains()

    @cached_property
    def citations(self) -> dict[str, Citation]:
        return self.store.citations()

    def domain(self, domain_id: str) -> Domain | None:
        return next((d for d in self.domains if d.id == domain_id), None)

    @property
    def domain_id(self) -> str | None:
        """The domain of the tab being read; None on the Source tab."""
        return self.tab_id if self.domain(self.tab_id) is not None else None

    # -- state that changes ------------------------------------------------------------------

    def set_language(self, lang: Lang) -> None:
        if lang == self.lang:
            return
        self.lang = lang
        self.translations.install(lang)
        self.settings.set_language(lang)
        self.language_changed.emit(lang)

    def set_tab(self, tab_id: str) -> None:
        if tab_id != self.tab_id:
            self.tab_id = tab_id
            self.settings.set_last_tab(tab_id)
            self.tab_changed.emit(tab_id)

    def select(self, observation: Observation | None) -> None:
        if observation != self.selection:
            self.selection = observation
            self.selection_changed.emit()

    def say(self, text: str, milliseconds: int = 4000) -> None:
        self.message.emit(text, milliseconds)

    def open_observation(self, observation_id: str) -> None:
        self.open_requested.emit(observation_id)
