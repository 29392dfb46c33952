"""Where a line may end: the rules are the data layer's (:mod:`gui.data.linebreak`), which
every output shares; this name stays for the tests that read them from here."""

from gui.data.linebreak import break_lines, lonely, opportunities

__all__ = ["break_lines", "lonely", "opportunities"]
