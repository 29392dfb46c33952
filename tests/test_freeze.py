"""The frozen one-folder application (packaging/bjgov.spec) runs alone and passes its self-test.

Builds with PyInstaller into tmp_path, then runs the bundle from a folder outside the checkout
with no PYTHONPATH. The bundle's size is written to tests/_artifacts/bundle-size.txt.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from gui.qtcommon.startup import debian_package
from gui.selftest import CHECKS

from . import pdftools, system
from .conftest import packaging_script
from .procs import run, user_env

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "_artifacts"
TRANSLATIONS = ROOT / "resources" / "translations"
TARGET_MB = 150  # what the issue asks for: 150 × 10⁶ bytes (143 MiB)
CEILING_MB = 220  # any machine: ICU's data is kept whole without icupkg (packaging/icu_data.py)
# System libraries that only the Wayland plugins need; a Wayland desktop provides them.
SYSTEM_ONLY = ("libwayland-",)
pytestmark = pytest.mark.slow


def bundle_env(tmp_path: Path) -> dict[str, str]:
    env = user_env(tmp_path)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def size_mb(folder: Path) -> float:
    """Bytes of every file, links not followed (what `du -s --apparent-size` counts)."""
    total = sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir())
    return total / 2**20


@pytest.fixture(scope="module")
def bundle(frozen_bundle: Path) -> Path:
    """The bundle built once for the session (tests/conftest.py), shared with test_deb.py."""
    return frozen_bundle


def test_frozen_selftest_passes(bundle: Path, tmp_path: Path) -> None:
    result = run([bundle / "bjgov", "selftest"], cwd=tmp_path, env=bundle_env(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1].startswith(f"selftest: all {len(CHECKS)} checks passed")
    # The resource finder used the bundle's own copies (sys._MEIPASS), not the checkout's.
    files = next(line for line in lines if line.startswith("ok   files: "))
    internal = bundle / "_internal"
    assert str(internal / "data" / "governance.db") in files
    assert str(internal / "resources" / "fonts" / "NotoSansCJKsc-Regular-subset.ttf") in files
    assert str(internal) in next(line for line in lines if line.startswith("ok   translations: "))
    assert str(ROOT) not in result.stdout


def test_frozen_print_all(bundle: Path, tmp_path: Path) -> None:
    output = tmp_path / "briefing.pdf"
    result = run(
        [bundle / "bjgov", "print", "--domain", "all", "--output", output],
        cwd=tmp_path,
        env=bundle_env(tmp_path),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert output.read_bytes().startswith(b"%PDF-")
    # Read back: its own font embedded, the figures as reported, as many pages as it says.
    assert pdftools.fonts(output) == [
        pdftools.Font("BJGovSansSC-Regular", "CID TrueType", "Identity-H", True, True, True)
    ]
    assert "1103.94万件" in pdftools.text(output)
    assert result.stdout.strip().endswith(f": {pdftools.page_count(output)} pages")


def test_frozen_exports_word_and_slides(bundle: Path, tmp_path: Path) -> None:
    """python-docx and python-pptx find their default templates inside the bundle."""
    for fmt, magic in (("docx", b"word/document.xml"), ("pptx", b"ppt/presentation.xml")):
        output = tmp_path / f"pack.{fmt}"
        result = run(
            [bundle / "bjgov", "export", "--format", fmt, "--output", output],
            cwd=tmp_path,
            env=bundle_env(tmp_path),
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert magic in output.read_bytes()


def test_bundle_carries_no_network_or_unused_qt(bundle: Path) -> None:
    names = [p.relative_to(bundle).as_posix() for p in bundle.rglob("*")]
    for unwanted in ("QtNetwork", "Qt6Network", "QtQml", "Qt6Qml", "QtQuick", "Qt6Quick"):
        assert not [n for n in names if unwanted in n], unwanted
    assert not [n for n in names if "/plugins/tls/" in n or "/networkinformation/" in n]
    qms = sorted(n for n in names if n.endswith(".qm"))
    ours = [n for n in qms if n.startswith("_internal/resources/translations/")]
    # Of Qt's catalogues only the standard dialogs' Chinese; ours, each .ts compiled by the
    # spec (the interface's, and what we add to Qt's own, gui/qtcommon/i18n.py).
    assert [n.rsplit("/", 1)[1] for n in qms if n not in ours] == ["qtbase_zh_CN.qm"]
    sources = sorted(ts.with_suffix(".qm").name for ts in TRANSLATIONS.glob("*.ts"))
    assert "bjgov_zh_CN.qm" in sources
    assert [n.rsplit("/", 1)[1] for n in ours] == sources
    # Desktop integration travels with the Linux bundle.
    for name in ("install-desktop.sh", "org.bjgov.Reference.desktop"):
        assert (bundle / name).is_file()
    assert (bundle / "_internal" / "resources" / "icons" / "bjgov-256.png").is_file()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="freedesktop menus are Linux's")
def test_bundle_installs_its_menu_entry(bundle: Path, tmp_path: Path) -> None:
    share = tmp_path / "share"
    env = dict(bundle_env(tmp_path), PATH="/usr/bin:/bin")
    result = run(["sh", bundle / "install-desktop.sh", "--prefix", share], cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    entry = (share / "applications" / "org.bjgov.Reference.desktop").read_text()
    assert f'Exec="{bundle / "bjgov"}"' in entry.splitlines()
    icon = share / "icons" / "hicolor" / "48x48" / "apps" / "bjgov.png"
    assert icon.read_bytes() == (ROOT / "resources" / "icons" / "bjgov-48.png").read_bytes()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd is Linux's")
def test_every_bundled_library_resolves(bundle: Path) -> None:
    """Nothing the build filtered out is still needed by what it kept.

    The libraries the bundle leaves to the system are those packaging/system_libraries.py
    finds (the .deb's Depends: come from the same list). One of them is the bundle's fault
    when the environment it was built from has it (a Python package ships a file of that
    name): that fails. One the system lacks (Qt's X11 plugin links to libraries every X
    desktop has) makes the test skip, naming them with their Debian packages.
    """
    left = packaging_script("system_libraries").left_to_system(bundle)
    needed_by = {library.soname: set(library.users) for library in left.values()}
    shipped = {p.name for folder in site_packages() for p in folder.rglob("*.so*")}
    assert system.left_out_by_the_bundle(needed_by, shipped) == {}
    missing = sorted(
        library.soname
        for library in left.values()
        if library.path is None and not library.soname.startswith(SYSTEM_ONLY)
    )
    if missing:
        packages = sorted({debian_package(name) for name in missing})
        system.skip("bundle-libraries", f"missing {', '.join(missing)}", debian=" ".join(packages))


def site_packages() -> list[Path]:
    """Where this environment's packages are (the bundle is built from them)."""
    import site

    return [
        Path(p) for p in {*site.getsitepackages(), site.getusersitepackages()} if Path(p).is_dir()
    ]


def test_bundle_size_is_reported(bundle: Path) -> None:
    mb = size_mb(bundle)
    du = shutil.which("du")
    disk = (
        run([du, "-sh", bundle], cwd=bundle, env=dict(os.environ)).stdout.split()[0] if du else ""
    )
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "bundle-size.txt").write_text(
        f"frozen bundle: {mb:.0f} MiB of files (du -sh: {disk}); target {TARGET_MB} MB\n\n"
        f"{packaging_script('bundle_parts').report(bundle)}\n"
    )
    print(f"\nfrozen bundle: {mb:.0f} MiB (du -sh {disk}); target < {TARGET_MB} MB")
    assert mb < CEILING_MB


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="measured on Linux's bundle")
@pytest.mark.system("icu-tools")
def test_bundle_is_under_the_target(bundle: Path) -> None:
    """With ICU's data cut down (the spec keeps it whole, and says so, without the tools)."""
    import PySide6

    (wheel,) = (Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*")
    bundled = bundle / "_internal" / "PySide6" / "Qt" / "lib" / wheel.name
    assert bundled.stat().st_size < wheel.stat().st_size / 4
    assert size_mb(bundle) * 2**20 < TARGET_MB * 10**6
