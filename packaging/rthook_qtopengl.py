"""PyInstaller runtime hook: a stand-in for PySide6's QtOpenGL binding, which the bundle leaves out.

pyqtgraph imports ``PySide6.QtOpenGL`` as it starts (``PlotCurveItem``, ``OpenGLHelpers``), for
its optional OpenGL drawing, which the application never turns on: the charts draw with
QPainter. The binding is 8.5 MB, the largest part of the bundle nothing uses. pyqtgraph only
keeps a reference to the module; anything that reached into it would fail with ImportError,
saying why. Qt's own OpenGL library stays (QtOpenGLWidgets, which pyqtgraph also imports,
links to it).
"""

from __future__ import annotations

import sys
import types

NAME = "PySide6.QtOpenGL"


class LeftOut(types.ModuleType):
    """A module whose every public name is an ImportError naming it."""

    def __getattr__(self, name: str) -> object:
        if name.startswith("__"):  # hasattr() and the import system probe these
            raise AttributeError(name)
        raise ImportError(f"{NAME} is left out of this bundle (asked for {name})", name=NAME)


sys.modules.setdefault(NAME, LeftOut(NAME))
