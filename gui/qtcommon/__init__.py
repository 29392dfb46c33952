"""Qt pieces shared by the window and by printing: the bundled font and the translations.

Importing this package imports PySide6 and turns off its scan of every module imported after
it (below); ``gui.qt``, ``gui.printing`` and ``gui.office`` import it first, so the scan is off
for all of the application's Qt code.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (first: what is imported after it is not scanned)


def _without_source(module: ModuleType) -> bool:
    return False


def _skip_feature_scan() -> None:
    """PySide6 hooks ``__import__`` and reads the source of each module imported after it
    (``inspect.getsource``), to learn whether the text says "PySide6", for its opt-in
    ``from __feature__ import snake_case`` switches; the text then stays in ``linecache``. The
    window's start-up paid 3 MiB and 10 ms for it, for a feature this application never uses.
    Every module is answered as one without source is (so in the frozen bundle, always): it
    is left out of the switches, which nothing here turns on."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        vars(feature)["_mod_uses_pyside"] = _without_source


_skip_feature_scan()
