"""The window: tabs, cards, charts, tables and the article, all generated from the database."""

import gui.qtcommon  # noqa: F401  (PySide6 without its import scan: see there)
