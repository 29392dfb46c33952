"""The wheel, installed into a fresh virtual environment outside the checkout, works alone.

pip installs the dependencies in a subprocess (from its cache when it has them, so the second
run is quick); the application then runs with no access to the source tree: the working folder,
HOME and the settings are under tmp_path, and no PYTHONPATH leads back here.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from gui import __version__
from gui.selftest import CHECKS

from . import pdftools
from .procs import run, user_env

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


def app_env(tmp_path: Path) -> dict[str, str]:
    return user_env(tmp_path)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel and its dependencies installed."""
    folder = tmp_path_factory.mktemp("wheel-install")
    dist = folder / "dist"
    options = ["--no-deps", "--no-build-isolation", "--quiet", "--wheel-dir", str(dist)]
    build = run(
        [sys.executable, "-m", "pip", "wheel", *options, ROOT],
        cwd=folder,
        env=dict(os.environ),
    )
    assert build.returncode == 0, build.stderr
    (wheel,) = dist.glob(f"bjgov-{__version__}-*.whl")
    venv = folder / "venv"
    made = run([sys.executable, "-m", "venv", venv], cwd=folder, env=dict(os.environ))
    assert made.returncode == 0, made.stderr
    pip_env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    install = run(
        [venv / "bin" / "python", "-m", "pip", "install", "--quiet", wheel],
        cwd=folder,
        env=pip_env,
    )
    assert install.returncode == 0, install.stdout[-3000:] + install.stderr[-3000:]
    return venv


def test_installed_package_is_the_wheel_not_the_checkout(installed: Path, tmp_path: Path) -> None:
    result = run(
        [
            installed / "bin" / "python",
            "-c",
            "import gui, gui.paths; print(gui.__file__); "
            "print(gui.paths.bundled_database()); print(gui.paths.source_checkout())",
        ],
        cwd=tmp_path,
        env=app_env(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    package, database, checkout = result.stdout.splitlines()
    assert Path(package).is_relative_to(installed)
    assert Path(database) == Path(package).parent / "_bundled" / "data" / "governance.db"
    assert checkout == "None"
    assert str(ROOT) not in result.stdout


def test_selftest_passes_from_the_wheel(installed: Path, tmp_path: Path) -> None:
    result = run([installed / "bin" / "bjgov", "selftest"], cwd=tmp_path, env=app_env(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1].startswith(f"selftest: all {len(CHECKS)} checks passed")
    files = next(line for line in lines if line.startswith("ok   files: "))
    bundled = next(installed.glob("lib/python3*/site-packages/gui/_bundled"))
    for part in (
        "data/governance.db",
        "resources/fonts/NotoSansCJKsc-Regular-subset.ttf",
        "resources/translations/bjgov_zh_CN.qm",  # compiled by the build hook
    ):
        assert str(bundled / part) in files
    translations = next(line for line in lines if line.startswith("ok   translations: "))
    assert str(bundled / "resources" / "translations" / "bjgov_zh_CN.qm") in translations
    assert "platform offscreen" in result.stdout  # chose it itself: no display was given
    assert str(ROOT) not in result.stdout


def test_print_all_from_the_wheel(installed: Path, tmp_path: Path) -> None:
    output = tmp_path / "out" / "briefing.pdf"
    output.parent.mkdir()
    result = run(
        [installed / "bin" / "bjgov", "print", "--domain", "all", "--output", output],
        cwd=tmp_path,
        env=app_env(tmp_path),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert output.read_bytes().startswith(b"%PDF-")
    assert output.stat().st_size > 50_000
    assert str(output) in result.stdout  # it says what it wrote
    # Read back: its own font embedded, the figures as reported, as many pages as it says.
    assert pdftools.fonts(output) == [
        pdftools.Font("BJGovSansSC-Regular", "CID TrueType", "Identity-H", True, True, True)
    ]
    assert "1103.94万件" in pdftools.text(output)
    assert result.stdout.strip().endswith(f": {pdftools.page_count(output)} pages")


def test_console_entry_point_and_version(installed: Path, tmp_path: Path) -> None:
    for program in ("bjgov", "bjgov-cli"):
        result = run(
            [installed / "bin" / program, "--version"], cwd=tmp_path, env=app_env(tmp_path)
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == f"bjgov {__version__}"
