"""The edition compiler: CSV sources and the article in, a validated edition, a database out.

Apart from the runtime read API (:mod:`gui.database`), which never imports it: only the command
line (``python -m gui data build``) compiles. One module per family of rules;
:mod:`gui.edition.load` runs them in order and :mod:`gui.edition.build` writes what they give.
"""

from gui.edition.build import BuildError, BuildReport, build_database
from gui.edition.load import Edition, load_edition
from gui.edition.problems import Problem, SourceError

__all__ = [
    "BuildError",
    "BuildReport",
    "Edition",
    "Problem",
    "SourceError",
    "build_database",
    "load_edition",
]
