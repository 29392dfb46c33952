"""Where :func:`build_database` was before the compiler had its own package, :mod:`gui.edition`."""

from gui.edition import BuildError, BuildReport, build_database

__all__ = ["BuildError", "BuildReport", "build_database"]
