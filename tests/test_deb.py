"""The Debian package (packaging/build_deb.py) installs, runs, upgrades and removes cleanly.

Built from the session's frozen bundle (tests/conftest.py: the bundle tests build it once),
checked with lintian, then installed on this machine with dpkg: root only, so CI runs it
(``.ci/run`` is root there) and elsewhere it skips with its ``system:`` line. It leaves the
machine as it found it: the package is purged at the end whatever happens.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from gui.database.briefing import open_briefing
from gui.database.store import Store

from . import pdftools, system
from .conftest import ROOT, packaging_script
from .procs import run, user_env
from .test_freeze import size_mb

pytestmark = [pytest.mark.slow, pytest.mark.system("dpkg-root")]

NAME = "bjgov"
UPGRADE = "99.0.0"  # a number higher than any release's
ARTIFACTS = ROOT / "tests" / "_artifacts"
ENTRY = Path("/usr/share/applications/org.bjgov.Reference.desktop")


def dpkg(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive", LC_ALL="C")
    # No terminal to answer a question on: a package that asks would hang, or fail here.
    root = system.as_root()
    assert root is not None  # the system marker skips the module otherwise
    return subprocess.run(
        [*root, "dpkg", *map(str, args)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )


def installed_version() -> str | None:
    done = subprocess.run(
        ["dpkg-query", "-W", "-f", "${db:Status-Abbrev}${Version}", NAME],
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stdout[3:] if done.returncode == 0 and done.stdout.startswith("ii ") else None


def package_paths(deb: Path) -> list[Path]:
    """The files and links the package installs (its folders are shared with others)."""
    listing = subprocess.run(
        ["dpkg-deb", "--fsys-tarfile", deb], capture_output=True, check=True
    ).stdout
    names = subprocess.run(
        ["tar", "-tv"], input=listing, capture_output=True, check=True
    ).stdout.decode()
    paths = []
    for line in names.splitlines():
        if not line.startswith("d"):
            name = line.split(None, 5)[5].split(" -> ")[0]
            paths.append(Path("/", name.removeprefix("./")))
    return paths


@pytest.fixture(scope="module")
def debs(frozen_bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The package as ``make deb`` makes it, and the same files under a higher version
    (uncompressed, which takes no time to pack: the upgrade is about the version)."""
    build_deb = packaging_script("build_deb")
    folder = tmp_path_factory.mktemp("deb")
    first = build_deb.build(frozen_bundle, folder, build_deb.app_version())
    upgrade = build_deb.build(frozen_bundle, folder / "upgrade", UPGRADE, "none")
    return first, upgrade


@pytest.fixture(scope="module")
def clean_machine() -> Iterator[None]:
    if installed_version() is not None:
        pytest.fail(f"{NAME} is installed on this machine already: remove it (dpkg -P {NAME})")
    try:
        yield
    finally:
        dpkg("--purge", NAME)


def test_package_fields_and_size(debs: tuple[Path, Path], frozen_bundle: Path) -> None:
    deb, _ = debs
    fields = subprocess.run(
        ["dpkg-deb", "--field", deb], capture_output=True, text=True, check=True
    ).stdout
    control = dict(re.findall(r"^(\S+): (.*)$", fields, re.MULTILINE))
    assert control["Package"] == NAME
    assert control["Architecture"] == "amd64"
    # Depends: the packages of the libraries the bundle leaves to the system, the list the
    # bundle test checks the bundle against.
    system_libraries = packaging_script("system_libraries")
    assert control["Depends"].split(", ") == system_libraries.depends(frozen_bundle)
    assert control["Depends"].startswith("libc6 (>= 2.")
    assert "Pre-Depends" not in control
    assert "Recommends" not in control
    members = subprocess.run(
        ["dpkg-deb", "--ctrl-tarfile", deb], capture_output=True, check=True
    ).stdout
    scripts = subprocess.run(["tar", "-t"], input=members, capture_output=True, check=True)
    assert sorted(scripts.stdout.decode().split()) == ["./", "./control", "./md5sums"]

    bundle_mib = size_mb(frozen_bundle)
    installed_mib = int(control["Installed-Size"]) / 1024
    deb_mib = deb.stat().st_size / 2**20
    ARTIFACTS.mkdir(exist_ok=True)
    report = (
        f"bundle {bundle_mib:.1f} MiB; .deb {deb_mib:.1f} MiB ({deb_mib / bundle_mib:.0%}); "
        f"installed {installed_mib:.1f} MiB ({installed_mib / bundle_mib:.0%})"
    )
    (ARTIFACTS / "deb-size.txt").write_text(report + "\n")
    print(f"\n{report}")
    # What the package adds to the bundle (desktop files, icons, copyright) is small.
    assert installed_mib < bundle_mib * 1.10
    assert deb_mib < bundle_mib * 1.10


def test_lintian_finds_no_error(debs: tuple[Path, Path]) -> None:
    """No error; each kind of warning kept is explained in packaging/README.md."""
    deb, _ = debs
    done = subprocess.run(
        ["lintian", "--fail-on", "error", deb], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    tags = re.findall(r"^([EW]): \S+: (\S+)", done.stdout, re.MULTILINE)
    assert [tag for kind, tag in tags if kind == "E"] == []
    explained = (ROOT / "packaging" / "README.md").read_text(encoding="utf-8")
    assert sorted({tag for _, tag in tags if f"`{tag}`" not in explained}) == []


def run_installed(args: list[str], home: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    """``/usr/bin/bjgov`` as a user would run it: from a folder of their own, with their own
    HOME, no PYTHONPATH and no display."""
    return run(["/usr/bin/bjgov", *args], cwd=home, env={**user_env(home), **extra})


def check_removed(
    deb: Path, briefing: Path, pinned: list[str], settings: Path, kept: bytes
) -> None:
    assert installed_version() is None
    left = [path for path in package_paths(deb) if os.path.lexists(path)]
    assert left == []
    assert not Path("/opt/bjgov").exists()
    # The user's settings and briefing list are theirs: still there, unchanged.
    assert settings.read_bytes() == kept
    opened = open_briefing(briefing.parent, read_only=True)
    assert [pin.observation_id for pin in opened.store.pins()] == pinned


def test_install_upgrade_and_remove(
    debs: tuple[Path, Path], clean_machine: None, tmp_path: Path, built_db: Path
) -> None:
    deb, upgrade = debs
    assert not icon_found("bjgov")  # the lookup below fails when the icon is not there
    installed = dpkg("--install", deb)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert installed_version() == packaging_script("build_deb").app_version()

    # It runs from outside the checkout, on its own files.
    home = tmp_path / "user"
    home.mkdir()
    selftest = run_installed(["selftest"], home)
    assert selftest.returncode == 0, selftest.stdout + selftest.stderr
    files = next(line for line in selftest.stdout.splitlines() if line.startswith("ok   files: "))
    assert "/opt/bjgov/_internal/data/governance.db" in files
    assert str(ROOT) not in selftest.stdout
    pdf = home / "pack.pdf"
    printed = run_installed(["print", "--domain", "all", "--output", str(pdf)], home)
    assert printed.returncode == 0, printed.stdout + printed.stderr
    assert "1103.94万件" in pdftools.text(pdf)

    # The menu entry validates, and its icon is found in the hicolor theme.
    validated = subprocess.run(
        ["desktop-file-validate", ENTRY], capture_output=True, text=True, check=False
    )
    assert validated.returncode == 0, validated.stdout
    assert validated.stdout == ""
    (icon_name,) = re.findall(r"^Icon=(.+)$", ENTRY.read_text(encoding="utf-8"), re.MULTILINE)
    assert icon_found(icon_name)

    # The installed application makes the user's briefing list when its window opens; a
    # figure pinned there must outlive the package.
    opened = run_installed(["--quit-after-paint"], home, QT_QPA_PLATFORM="offscreen")
    assert opened.returncode == 0, opened.stdout + opened.stderr
    user_home = Path(user_env(home)["HOME"])
    briefing = user_home / ".local" / "share" / "bjgov" / "bjgov" / "briefing.db"
    assert briefing.is_file()
    settings_file = user_home / ".config" / "bjgov" / "bjgov.ini"
    with Store(built_db) as store:
        pinned = [store.observations()[0].id]
    writable = open_briefing(briefing.parent)
    writable.store.pin(pinned[0])
    writable.store.close()
    listed = run_installed(["print", "--briefing", "--output", str(home / "b.pdf")], home)
    assert listed.returncode == 0, listed.stdout + listed.stderr

    # The same version again, then a higher one: no question asked, the program still runs.
    for package, version in ((deb, installed_version()), (upgrade, UPGRADE)):
        again = dpkg("--install", package)
        assert again.returncode == 0, again.stdout + again.stderr
        assert installed_version() == version
        assert run_installed(["--version"], home).returncode == 0

    settings = settings_file.read_bytes()
    removed = dpkg("--remove", NAME)
    assert removed.returncode == 0, removed.stdout + removed.stderr
    check_removed(upgrade, briefing, pinned, settings_file, settings)

    reinstalled = dpkg("--install", upgrade)
    assert reinstalled.returncode == 0, reinstalled.stdout + reinstalled.stderr
    purged = dpkg("--purge", NAME)
    assert purged.returncode == 0, purged.stdout + purged.stderr
    check_removed(upgrade, briefing, pinned, settings_file, settings)


def icon_found(name: str) -> bool:
    """Whether Qt's icon-theme lookup (the freedesktop rules) finds ``name`` in the system's
    hicolor theme, in a child process so that this one's theme settings stay as they are."""
    probe = (
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication, QIcon\n"
        "app = QGuiApplication([])\n"
        "QIcon.setThemeSearchPaths(['/usr/share/icons'])\n"
        "QIcon.setThemeName('hicolor')\n"
        f"icon = QIcon.fromTheme({name!r})\n"
        "sys.exit(0 if not icon.isNull() and icon.availableSizes() else 1)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, env=env, check=False)
    return done.returncode == 0
