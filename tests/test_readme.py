"""Every command README.md shows for the command line runs as written (in a scratch folder)."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import DATA, ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = [
    line.split("#")[0].strip()
    for line in README.splitlines()
    if line.startswith(".venv/bin/python -m gui")
]


def test_readme_has_the_two_set_up_commands() -> None:
    assert "make run" in README
    assert "make test" in README
    assert re.search(r"^make run\s", README, re.M)
    assert re.search(r"^make test\s", README, re.M)


@pytest.mark.parametrize("command", COMMANDS)
def test_readme_command_runs(command: str, tmp_path: Path) -> None:
    args = shlex.split(command)[1:]  # drop .venv/bin/python: this interpreter is the same one
    if args[-2:] == ["data", "build"]:  # build a copy, never the committed database
        shutil.copytree(DATA, tmp_path / "data", ignore=shutil.ignore_patterns("governance.db"))
        args += ["--sources", str(tmp_path / "data")]
    result = subprocess.run(
        [sys.executable, *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env=_env(),
    )
    assert result.returncode == 0, result.stderr
    for output in re.findall(r"--output (\S+)", command):
        assert (tmp_path / output).stat().st_size > 0


def _env() -> dict[str, str]:
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["PYTHONPATH"] = str(ROOT)
    return env


def test_readme_cites_as_the_application_does() -> None:
    """The citations README gives are the ones every output gives, word for word."""
    from gui.database.store import Store
    from gui.paths import bundled_database
    from gui.present.citation import reference

    paragraphs = {p.strip() for p in README.split("\n\n")}
    with Store(bundled_database()) as store:
        citations = store.citations()
        for lang in ("zh", "en"):
            for key in ("article", "report"):
                assert reference(citations[key], lang) in paragraphs, (lang, key)
