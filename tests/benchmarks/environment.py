"""The environment the benchmarks run the application in, whole processes each."""

from __future__ import annotations

import os
from pathlib import Path


def environment(scratch: Path) -> dict[str, str]:
    """Python's bytecode cached in ``scratch`` (the warm-up writes it), as an installed wheel
    or the frozen bundle has it: compiling the sources on every run is not what a user waits
    for. Settings and user data there too, never the user's own."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(scratch / "bytecode")
    env["XDG_CONFIG_HOME"] = str(scratch / "config")  # never the user's own settings…
    env["XDG_DATA_HOME"] = str(scratch / "data")  # … nor their briefing list
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env
