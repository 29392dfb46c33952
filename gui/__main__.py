"""``python -m gui``: the window, or one of the commands (``data build``, ``print``, …)."""

import sys

from gui.cli import main

sys.exit(main())
