"""Build the Debian package from the one-folder application, with dpkg-deb.

    python packaging/build_deb.py dist/bjgov                 # dist/bjgov_<version>_amd64.deb
    python packaging/build_deb.py dist/bjgov --version 0.1.1 --output /tmp/debs

The bundle goes to /opt/bjgov (it is a world of its own: Python, Qt and their libraries), with
/usr/bin/bjgov linking to its program, the menu entry, the icons in the hicolor sizes, the
AppStream metainfo, a man page, and /usr/share/doc/bjgov/copyright naming each bundled
component and its licence. ``Depends:`` lists the packages of the libraries the bundle leaves
to the system (``system_libraries.py``, which tests/test_freeze.py checks the bundle against).
No maintainer scripts: the menu and icon caches are refreshed by dpkg's triggers, and nothing
the user makes (settings, briefing lists, in the home folder) is the package's to touch.
"""

from __future__ import annotations

import argparse
import email.utils
import gzip
import hashlib
import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # its sibling system_libraries.py

from system_libraries import MissingLibrariesError, depends, dynamic_sections, elf_files

ROOT = Path(__file__).resolve().parent.parent
DEB = ROOT / "packaging" / "deb"
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
NAME = "bjgov"
APP_ID = "org.bjgov.Reference"
PREFIX = Path("opt") / NAME
# The bundle's own desktop integration (for copying the folder by hand): the package puts
# the entry and the metainfo in the system's places instead, and needs no installer script.
BESIDE_THE_PROGRAM = ("install-desktop.sh", f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml")
_INCLUDE = re.compile(r"^@include (\S+)@$", re.MULTILINE)
_VERSION = re.compile(r'^__version__ = "([^"]+)"$', re.MULTILINE)
_CHANGELOG_TOP = re.compile(r"^\S+ \(([^)]+)\)")


class PackageError(Exception):
    """The package cannot be built as asked: the message says why."""


def app_version() -> str:
    """The application's version, as gui/__init__.py states it (the wheel's too)."""
    match = _VERSION.search((ROOT / "gui" / "__init__.py").read_text(encoding="utf-8"))
    if match is None:
        raise PackageError("gui/__init__.py states no __version__")
    return match[1]


# --- the copyright file ----------------------------------------------------------------------


def copyright_text() -> str:
    """packaging/deb/copyright with each ``@include NAME@`` line replaced by the licence text
    of packaging/deb/licenses/NAME, indented as a DEP-5 field's continuation lines."""

    def text(match: re.Match[str]) -> str:
        lines = (DEB / "licenses" / match[1]).read_text(encoding="utf-8").strip().splitlines()
        return "\n".join(f" {line.rstrip()}" if line.strip() else " ." for line in lines)

    return _INCLUDE.sub(text, (DEB / "copyright").read_text(encoding="utf-8"))


def _glob(pattern: str) -> re.Pattern[str]:
    """A DEP-5 ``Files:`` pattern: ``*`` any characters (slashes too), ``?`` one."""
    return re.compile(re.escape(pattern).replace(r"\*", ".*").replace(r"\?", "."))


def files_stanzas(text: str) -> list[list[str]]:
    """The patterns of each ``Files:`` stanza, in order (the last that matches a file wins)."""
    stanzas = []
    for paragraph in text.split("\n\n"):
        fields = re.split(r"\n(?=\S)", paragraph.strip())
        for field in fields:
            if field.startswith("Files:"):
                stanzas.append(field.removeprefix("Files:").split())
    return stanzas


def unclaimed(paths: list[str], text: str) -> list[str]:
    """The paths that only the catch-all ``Files: *`` stanza covers: in the bundle, a file
    no stanza names a component for."""
    specific = [
        [_glob(p) for p in patterns] for patterns in files_stanzas(text) if patterns != ["*"]
    ]
    return [
        path
        for path in paths
        if not any(any(p.fullmatch(path) for p in stanza) for stanza in specific)
    ]


def bundled_distributions(bundle: Path) -> dict[str, str]:
    """The Python distributions the bundle carries (name → version): those whose modules are
    in the program's archive, or are folders of ``_internal``."""
    from PyInstaller.archive.readers import CArchiveReader  # type: ignore[import-untyped]

    program = CArchiveReader(str(bundle / NAME))
    modules: set[str] = set()
    for entry in program.toc:
        if entry.startswith("PYZ"):
            modules |= {name.split(".")[0] for name in program.open_embedded_archive(entry).toc}
    modules |= {p.name for p in (bundle / "_internal").iterdir() if p.is_dir()}
    owners = importlib.metadata.packages_distributions()
    names = {dist for module in modules for dist in owners.get(module, [])}
    return {name: importlib.metadata.version(name) for name in sorted(names)}


def _named(name: str, text: str) -> bool:
    """Whether the copyright names a distribution (PySide6_Essentials is PySide6 there)."""
    spelled = {name, name.replace("_", "-"), name.replace("-", "_"), name.split("_")[0]}
    lowered = text.lower()
    return any(re.search(rf"(?<![\w-]){re.escape(s.lower())}(?![\w-])", lowered) for s in spelled)


def check_copyright(bundle: Path, text: str) -> None:
    """Every file of the bundle is claimed by a component's stanza, and every Python
    distribution in it is named."""
    paths = sorted(
        (PREFIX / p.relative_to(bundle)).as_posix()
        for p in bundle.rglob("*")
        if not p.is_dir() and p.name not in BESIDE_THE_PROGRAM
    )
    problems = [f"no component claims {path}" for path in unclaimed(paths, text)[:10]]
    problems += [
        f"{name} is bundled but not named"
        for name in bundled_distributions(bundle)
        if name != NAME and not _named(name, text)
    ]
    if problems:
        raise PackageError("packaging/deb/copyright is out of date: " + "; ".join(problems))


# --- the package's files ---------------------------------------------------------------------


def _gzip(source: bytes, target: Path) -> None:
    """gzip -9n: no name and no time stamp inside, as Debian asks of documentation."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as raw, gzip.GzipFile("", "wb", 9, raw, mtime=0) as packed:
        packed.write(source)


def changelog(version: str) -> str:
    """packaging/deb/changelog, with an entry for ``version`` on top when it is not the
    newest there (a local rebuild under another number, as the upgrade test makes)."""
    text = (DEB / "changelog").read_text(encoding="utf-8")
    match = _CHANGELOG_TOP.match(text)
    if match and match[1] == version:
        return text
    date = email.utils.formatdate(int(os.environ.get("SOURCE_DATE_EPOCH", "0")) or None)
    entry = (
        f"{NAME} ({version}) unstable; urgency=medium\n\n"
        f"  * Rebuilt as version {version}.\n\n"
        f" -- Beijing Governance Reference developers <bjgov@example.org>  {date}\n\n"
    )
    return entry + text


def _normalise_modes(root: Path) -> None:
    """Directories 755; programs 755; everything else 644, shared libraries too (the loader
    maps them without the bit; Debian's policy wants it off)."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            program = path.stat().st_mode & 0o111 and ".so" not in path.name
            path.chmod(0o755 if program else 0o644)


def _drop_build_machine_run_paths(folder: Path) -> None:
    """Remove run paths naming a folder of the build machine (a pyenv Python's libpython
    and extension modules carry its ``lib``): on the user's machine they point nowhere, or
    somewhere else. Qt's own ``$ORIGIN`` run paths stay."""
    elves = elf_files(folder)
    foreign = [
        path
        for path, lines in dynamic_sections(elves).items()
        if any(
            line.split()[:1] in (["RPATH"], ["RUNPATH"]) and "$ORIGIN" not in line for line in lines
        )
    ]
    if not foreign:
        return
    patchelf = shutil.which("patchelf")
    if patchelf is None:
        raise PackageError(
            f"{foreign[0].name} and {len(foreign) - 1} more name a run path of this machine; "
            "install patchelf (Debian: patchelf) to remove it"
        )
    for path in foreign:
        subprocess.run([patchelf, "--remove-rpath", str(path)], check=True)


def stage(bundle: Path, root: Path, version: str) -> None:
    """Lay out the package's files under ``root`` (without DEBIAN/)."""
    shutil.copytree(
        bundle,
        root / PREFIX,
        symlinks=True,
        ignore=lambda folder, names: (
            [n for n in names if n in BESIDE_THE_PROGRAM] if Path(folder) == bundle else []
        ),
    )
    _drop_build_machine_run_paths(root / PREFIX)
    usr = root / "usr"
    (usr / "bin").mkdir(parents=True)
    (usr / "bin" / NAME).symlink_to(Path("/", PREFIX, NAME))  # across top folders: absolute
    share = usr / "share"
    for folder, name in (("applications", ".desktop"), ("metainfo", ".metainfo.xml")):
        (share / folder).mkdir(parents=True)
        shutil.copyfile(PACKAGING / f"{APP_ID}{name}", share / folder / f"{APP_ID}{name}")
    hicolor = share / "icons" / "hicolor"
    for png in ICONS.glob(f"{NAME}-*.png"):
        size = png.stem.rsplit("-", 1)[1]
        (hicolor / f"{size}x{size}" / "apps").mkdir(parents=True)
        shutil.copyfile(png, hicolor / f"{size}x{size}" / "apps" / f"{NAME}.png")
    (hicolor / "scalable" / "apps").mkdir(parents=True)
    shutil.copyfile(ICONS / f"{NAME}.svg", hicolor / "scalable" / "apps" / f"{NAME}.svg")
    doc = share / "doc" / NAME
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(copyright_text(), encoding="utf-8")
    _gzip(changelog(version).encode(), doc / "changelog.gz")
    _gzip((DEB / f"{NAME}.1").read_bytes(), share / "man" / "man1" / f"{NAME}.1.gz")
    overrides = share / "lintian" / "overrides"
    overrides.mkdir(parents=True)
    shutil.copyfile(DEB / "lintian-overrides", overrides / NAME)
    _normalise_modes(root)


def installed_size(root: Path) -> int:
    """KiB the files take once installed, as dpkg-gencontrol counts them."""
    total = 0
    for path in root.rglob("*"):
        if path.is_symlink() or path.is_dir():
            total += 1
        else:
            total += -(-path.stat().st_size // 1024)
    return total


def control(root: Path, version: str, requires: list[str]) -> str:
    fields = (DEB / "control").read_text(encoding="utf-8").rstrip("\n")
    head, _, description = fields.partition("\nDescription:")
    return (
        f"{head}\nVersion: {version}\nInstalled-Size: {installed_size(root)}\n"
        f"Depends: {', '.join(requires)}\nDescription:{description}\n"
    )


def md5sums(root: Path) -> str:
    lines = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink() and path.parts[len(root.parts)] != "DEBIAN":
            digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
            lines.append(f"{digest}  {path.relative_to(root).as_posix()}\n")
    return "".join(lines)


def build(bundle: Path, output: Path, version: str, compression: str = "xz") -> Path:
    """Build ``output/bjgov_<version>_amd64.deb`` from ``bundle``; returns its path."""
    bundle = bundle.resolve()
    if not (bundle / NAME).is_file() or not (bundle / "_internal").is_dir():
        raise PackageError(f"{bundle} is not the one-folder application (make freeze makes it)")
    text = copyright_text()
    check_copyright(bundle, text)
    requires = depends(bundle)
    output.mkdir(parents=True, exist_ok=True)
    target = output / f"{NAME}_{version}_amd64.deb"
    with tempfile.TemporaryDirectory(prefix="bjgov-deb-", dir=output) as work:
        root = Path(work) / "root"
        stage(bundle, root, version)
        (root / "DEBIAN").mkdir(mode=0o755)
        (root / "DEBIAN" / "control").write_text(control(root, version, requires), "utf-8")
        (root / "DEBIAN" / "md5sums").write_text(md5sums(root), "utf-8")
        for name in ("control", "md5sums"):
            (root / "DEBIAN" / name).chmod(0o644)
        partial = Path(work) / target.name
        done = subprocess.run(
            ["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", root, partial],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise PackageError(f"dpkg-deb failed: {done.stderr.strip()}")
        partial.replace(target)  # whole or not at all
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the one-folder application (dist/bjgov)")
    parser.add_argument("--version", default=None, help="default: the application's")
    parser.add_argument("--output", type=Path, default=ROOT / "dist", help="default: dist/")
    parser.add_argument(
        "--compression",
        default="xz",
        choices=("xz", "gzip", "zstd", "none"),
        help="dpkg-deb's -Z (default xz, which every dpkg reads)",
    )
    args = parser.parse_args(argv)
    try:
        path = build(args.bundle, args.output, args.version or app_version(), args.compression)
    except (PackageError, MissingLibrariesError) as error:
        print(f"build_deb: {error}", file=sys.stderr)
        return 1
    print(f"{path}: {path.stat().st_size / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
