"""``python -m gui``: the window, or one of the commands (``data build``, ``print``, …)."""

from gui.cli import run

run()
