"""What takes the room in a frozen bundle: ``python packaging/bundle_parts.py dist/bjgov``.

Prints the bundle's size, then its parts from the largest: Qt's libraries one by one, Qt's
plugins by kind, each Python package and its bundled libraries, the system libraries the
bundle carries, Python itself, the application's own files. Sizes are the files' bytes, links
not followed (what ``du -s --apparent-size`` counts). tests/test_freeze.py writes the same
list beside the bundle's size; packaging/README.md says what each large part is for.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

# The one-folder layout: the program beside _internal/, which holds everything else.
INTERNAL = "_internal"
QT = "PySide6/Qt/"


def files(bundle: Path) -> dict[str, int]:
    """Every file's path inside the bundle (forward slashes) and its size in bytes."""
    return {
        path.relative_to(bundle).as_posix(): path.lstat().st_size
        for path in bundle.rglob("*")
        if not path.is_dir()
    }


def bundle_bytes(bundle: Path) -> int:
    return sum(files(bundle).values())


def part(name: str) -> str:
    """The part a file belongs to, named for what it is."""
    inside = name.removeprefix(f"{INTERNAL}/")
    if inside == name:
        return "the program and desktop files (beside _internal/)"
    if inside.startswith(f"{QT}lib/"):
        library = inside.rsplit("/", 1)[1].split(".so")[0]
        return f"Qt library {library}"
    if inside.startswith(f"{QT}plugins/"):
        return f"Qt plugins: {inside.split('/')[3]}"
    if inside.startswith(f"{QT}translations/"):
        return "Qt translations"
    if inside.startswith(QT):
        return "Qt, other files"
    head = inside.split("/", 1)[0]
    if "/" in inside:
        if head.endswith(".libs"):  # auditwheel's copies: numpy.libs, pillow.libs
            return f"{head} (libraries bundled with {head.removesuffix('.libs')})"
        if head.endswith(".dist-info"):
            return "package metadata (*.dist-info)"
        return f"Python package {head}" if head not in ("resources", "data") else f"app {head}/"
    if inside.startswith("libpython") or inside in ("base_library.zip",):
        return "Python (libpython, base_library.zip)"
    if ".so" in inside:
        return "system libraries (at _internal/)"
    return "other files at _internal/"


def parts(bundle: Path) -> list[tuple[str, int]]:
    """The bundle's parts, largest first."""
    sizes: Counter[str] = Counter()
    for name, size in files(bundle).items():
        sizes[part(name)] += size
    return sizes.most_common()


def report(bundle: Path, shown: int = 30) -> str:
    found = parts(bundle)
    total = sum(size for _, size in found)
    lines = [f"{bundle}: {total / 2**20:.1f} MiB ({total / 1e6:.1f} MB) in {len(found)} parts"]
    for name, size in found[:shown]:
        lines.append(f"{size / 2**20:8.1f} MiB  {100 * size / total:5.1f} %  {name}")
    rest = sum(size for _, size in found[shown:])
    if rest:
        lines.append(f"{rest / 2**20:8.1f} MiB  {100 * rest / total:5.1f} %  the other parts")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("bundle", type=Path, nargs="?", default=Path("dist/bjgov"))
    parser.add_argument("--top", type=int, default=30, help="parts to list (default: 30)")
    args = parser.parse_args(argv)
    if not (args.bundle / INTERNAL).is_dir():
        print(f"error: {args.bundle} is not a one-folder bundle (no {INTERNAL}/)", file=sys.stderr)
        return 2
    print(report(args.bundle, args.top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
