"""Where :func:`load_edition` was before the compiler had its own package, :mod:`gui.edition`."""

from gui.edition import Edition, SourceError, load_edition

__all__ = ["Edition", "SourceError", "load_edition"]
