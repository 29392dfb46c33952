"""The system-service mechanism (tests/system.py): one-line reasons, and no skip under CI."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests import system

ROOT = Path(__file__).resolve().parent.parent

INNER = textwrap.dedent(
    """
    import pytest

    from tests import system

    system.REQUIREMENTS["absent"] = system.Requirement(
        "a service no machine has", "no-such-package", lambda: "not running here"
    )


    @pytest.mark.system("absent")
    def test_marked():
        pass


    def test_found_missing_by_the_test():
        system.skip("cups", "no queue named PDF")


    def test_not_about_the_system():
        pytest.skip("root reads any file")


    def test_passes():
        pass
    """
)


def run_inner(tmp_path: Path, ci: str | None) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_inner.py").write_text(INNER)
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    if ci is not None:
        env["CI"] = ci
    env["PYTHONPATH"] = str(ROOT)
    options = ["-p", "tests.system", "-p", "no:cacheprovider", "-q", "-rfEs"]
    config = ["--rootdir", str(tmp_path), "-c", str(tmp_path / "pytest.ini")]
    return subprocess.run(
        [sys.executable, "-m", "pytest", *options, *config, str(tmp_path / "test_inner.py")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_missing_service_skips_with_one_line_saying_what_and_which_package(
    tmp_path: Path,
) -> None:
    done = run_inner(tmp_path, ci=None)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 passed, 3 skipped" in done.stdout
    assert (
        "system: needs a service no machine has: not running here (Debian: no-such-package)"
        in done.stdout
    )
    assert (
        "system: needs a running CUPS server with the PDF printer: no queue named PDF "
        "(Debian: cups cups-client printer-driver-cups-pdf)" in done.stdout
    )


def test_under_ci_a_missing_service_fails_the_run(tmp_path: Path) -> None:
    done = run_inner(tmp_path, ci="true")
    assert done.returncode == 1, done.stdout + done.stderr
    failed = sorted(
        line.split("::")[1].split(" ")[0]
        for line in done.stdout.splitlines()
        if line.startswith(("FAILED", "ERROR"))
    )
    # The marker skips in setup (an error), the call in the test (a failure); both fail the run.
    assert failed == ["test_found_missing_by_the_test", "test_marked"]
    assert "1 passed, 1 skipped" in done.stdout  # a skip not about the system stays one
    assert "CI=true, yet the system lacks what this test needs: system: needs" in done.stdout


def test_a_library_the_environment_has_is_the_bundles_fault() -> None:
    needed_by = {
        "libxcb-icccm.so.4": {"PySide6/Qt/plugins/platforms/libqxcb.so"},
        "libQt6Network.so.6": {"PySide6/Qt/plugins/tls/libqopensslbackend.so"},
    }
    shipped = {"libQt6Network.so.6", "libQt6Core.so.6"}
    assert system.left_out_by_the_bundle(needed_by, shipped) == {
        "libQt6Network.so.6": ["PySide6/Qt/plugins/tls/libqopensslbackend.so"]
    }
