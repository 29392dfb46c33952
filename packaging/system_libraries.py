"""The shared libraries a frozen Linux bundle leaves to the system, and their Debian packages.

    python packaging/system_libraries.py dist/bjgov      # each library, where, which package

One answer for the two places that need it: ``tests/test_freeze.py`` (every library the bundle
needs resolves, and nothing the build filtered out is still needed) and ``build_deb.py`` (the
.deb's ``Depends:``). A library is left to the system when a file of the bundle links to it
directly (objdump's ``NEEDED``) and the loader, searching as the bundle's program makes it
search (``LD_LIBRARY_PATH`` set to ``_internal``, as PyInstaller's bootloader does), finds it
outside the bundle or not at all (``ldd``). Libraries that the system's libraries in turn need
are theirs to declare. ``dpkg -S`` names the package of each one found.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

INTERNAL = "_internal"
BATCH = 64  # files per objdump or ldd call: a few processes rather than hundreds

_SECTION = re.compile(r"^(\S.*?):(?:\s+file format .*)?$")
_NEEDED = re.compile(r"^\s*NEEDED\s+(\S+)$")
_GLIBC = re.compile(r"\bGLIBC_(\d+(?:\.\d+)+)\b")
_LDD = re.compile(r"^\s*(\S+)\s+=>\s+(not found|\S+)")
_LDD_BARE = re.compile(r"^\s*(/\S+)\s+\(0x")  # the dynamic loader, named by its path


@dataclass(frozen=True)
class SystemLibrary:
    soname: str  # as the bundle's files name it (libX11.so.6)
    path: Path | None  # where this machine's loader finds it; None where it is missing
    users: tuple[str, ...]  # the bundle's files that link to it, relative to the bundle


def loader_env(bundle: Path) -> dict[str, str]:
    """The environment the bundle's program runs its libraries in: PyInstaller's bootloader
    puts ``_internal`` first on the library path; Qt's libraries are reached through their
    own ``$ORIGIN`` run paths, and from ``PySide6/Qt/lib`` for the links at ``_internal``."""
    internal = bundle / INTERNAL
    paths = [internal, internal / "PySide6" / "Qt" / "lib"]
    return dict(os.environ, LD_LIBRARY_PATH=":".join(str(p) for p in paths), LC_ALL="C")


def elf_files(bundle: Path) -> list[Path]:
    """Every ELF file of the bundle (libraries, extension modules, plugins, the program)."""
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as file:
            if file.read(4) == b"\x7fELF":
                found.append(path)
    return found


def _batches(paths: list[Path]) -> Iterable[list[Path]]:
    for start in range(0, len(paths), BATCH):
        yield paths[start : start + BATCH]


def _sections(output: str, paths: list[Path]) -> dict[Path, list[str]]:
    """Split the output of objdump or ldd on several files into each file's lines."""
    by_name = {str(p): p for p in paths}
    sections: dict[Path, list[str]] = {p: [] for p in paths}
    current: Path | None = None
    for line in output.splitlines():
        heading = _SECTION.match(line)
        if heading and heading[1] in by_name:
            current = by_name[heading[1]]
        elif current is not None:
            sections[current].append(line)
    return sections


def _run(args: list[str], env: dict[str, str] | None = None) -> str:
    done = subprocess.run(args, capture_output=True, text=True, env=env, check=False)
    return done.stdout  # ldd exits 1 when one file of several is not dynamic: its lines say so


def dynamic_sections(paths: list[Path]) -> dict[Path, list[str]]:
    """Each file's private headers as ``objdump -p`` prints them, line by line."""
    found: dict[Path, list[str]] = {}
    for batch in _batches(paths):
        output = _run(["objdump", "-p", *map(str, batch)], {**os.environ, "LC_ALL": "C"})
        found.update(_sections(output, batch))
    return found


def needed(paths: list[Path]) -> dict[Path, list[str]]:
    """Each file's direct links (objdump's NEEDED entries), in the order it lists them."""
    return {
        path: [m[1] for m in map(_NEEDED.match, lines) if m]
        for path, lines in dynamic_sections(paths).items()
    }


def resolved(paths: list[Path], env: dict[str, str]) -> dict[Path, dict[str, Path | None]]:
    """Where the loader finds each library a file needs, directly or not (``ldd``)."""
    found: dict[Path, dict[str, Path | None]] = {}
    for batch in _batches(paths):
        output = _run(["ldd", *map(str, batch)], env)
        if len(batch) == 1:  # ldd names the file only when it is given several
            output = f"{batch[0]}:\n{output}"
        for path, lines in _sections(output, batch).items():
            libraries: dict[str, Path | None] = {}
            for line in lines:
                if match := _LDD.match(line):
                    name, where = match.groups()
                    libraries[name] = None if where == "not found" else Path(where)
                elif match := _LDD_BARE.match(line):
                    libraries[Path(match[1]).name] = Path(match[1])
            found[path] = libraries
    return found


def left_to_system(bundle: Path) -> dict[str, SystemLibrary]:
    """The libraries the bundle's files link to that the bundle does not provide, by soname."""
    bundle = bundle.resolve()
    files = elf_files(bundle)
    links = needed(files)
    places = resolved(files, loader_env(bundle))
    users: dict[str, set[str]] = {}
    where: dict[str, Path | None] = {}
    for path in files:
        for name in links[path]:
            found = places[path].get(name)
            if found is not None and bundle in found.parents:
                continue
            users.setdefault(name, set()).add(path.relative_to(bundle).as_posix())
            if found is not None or name not in where:
                where[name] = found
    return {
        name: SystemLibrary(name, where[name], tuple(sorted(users[name]))) for name in sorted(users)
    }


def glibc_version(bundle: Path) -> str | None:
    """The newest version of the C library's symbols any file of the bundle asks for (the
    ``GLIBC_2.x`` version references objdump lists): the oldest libc6 the bundle runs on."""
    newest: tuple[int, ...] = ()
    for batch in _batches(elf_files(bundle)):
        output = _run(["objdump", "-p", *map(str, batch)], {**os.environ, "LC_ALL": "C"})
        for version in _GLIBC.findall(output):
            newest = max(newest, tuple(int(part) for part in version.split(".")))
    return ".".join(map(str, newest)) or None


def _usr_alias(path: Path) -> Path | None:
    """The same file by its other name on a merged-/usr system (dpkg knows only one of them)."""
    parts = path.parts
    if len(parts) > 2 and parts[1] == "usr" and parts[2] in ("lib", "lib64", "bin", "sbin"):
        return Path("/", *parts[2:])
    if len(parts) > 1 and parts[1] in ("lib", "lib64", "bin", "sbin"):
        return Path("/usr", *parts[1:])
    return None


def debian_package(path: Path) -> str | None:
    """The installed Debian package that ships ``path`` (``dpkg -S``), without its
    architecture; None if no package does."""
    names = [path, path.resolve()]
    candidates = [*names, *(alias for p in names if (alias := _usr_alias(p)) is not None)]
    done = subprocess.run(
        ["dpkg-query", "--search", *map(str, dict.fromkeys(candidates))],
        capture_output=True,
        text=True,
        check=False,
    )
    for line in done.stdout.splitlines():
        if line.startswith("diversion "):
            continue
        packages, _, _ = line.partition(": ")
        return packages.split(",")[0].strip().split(":")[0]
    return None


class MissingLibrariesError(Exception):
    """The system lacks libraries the bundle needs, or no package ships them."""


def depends(bundle: Path) -> list[str]:
    """The bundle's ``Depends:`` entries: the package of each library it leaves to the system,
    each once, sorted; the C library's versioned by the newest symbol version used."""
    packages: dict[str, list[str]] = {}
    problems = []
    for library in left_to_system(bundle).values():
        if library.path is None:
            problems.append(f"{library.soname} (not on this system)")
            continue
        package = debian_package(library.path)
        if package is None:
            problems.append(f"{library.soname} ({library.path}, in no Debian package)")
            continue
        packages.setdefault(package, []).append(library.soname)
    if problems:
        raise MissingLibrariesError(
            "the bundle links to libraries this system cannot name a package for: "
            + ", ".join(problems)
            + "; install them from Debian packages and build again"
        )
    glibc = glibc_version(bundle) if "libc6" in packages else None
    return [
        f"{name} (>= {glibc})" if name == "libc6" and glibc else name for name in sorted(packages)
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the one-folder bundle (dist/bjgov)")
    args = parser.parse_args(argv)
    for library in left_to_system(args.bundle).values():
        package = debian_package(library.path) if library.path else None
        place = str(library.path) if library.path else "not found"
        print(f"{library.soname:28} {place:48} {package or '-':22} {len(library.users)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
