"""ICU's data, cut down to what Qt asks of it: for the one-folder bundle on Linux.

PySide6's Qt links ICU, whose data library (``libicudata.so.NN``, 30 MB) holds every
locale's collation, calendars, currencies, units, time-zone, language and country names,
dictionaries for word breaking, transliterators and 190 legacy encodings. Qt calls ICU for
four things only (the ``_NN`` symbols ``libQt6Core`` imports: ``ucol_``, ``ucal_``, ``ucnv_``,
``u_strTo{Upper,Lower}``):

- collation (``QCollator``, and Qt's own file dialog, which sorts by it): the interface's
  languages' rules, English and Chinese (pinyin, strokes…), with the root rules they build on.
  The application makes its interface language Qt's default locale (``QLocale.setDefault``),
  which is the one every collator it makes, and the file dialog's, asks for;
- time-zone names (``QTimeZone::displayName``): the interface's languages, English and
  Chinese, and the zone data;
- legacy encodings (``QStringDecoder``): the aliases and Chinese's (GB 18030, GBK, Big5);
- case mapping: built into ICU's code, it needs no data.

Also kept: the root and English and Chinese locale data, and every file that is not a
locale's (likely subtags, plurals, normalisation…), which the above may read. The rest is left
out with ICU's own ``icupkg`` (Debian: ``icu-devtools``), and the data is made a shared library
again with binutils' ``objcopy`` and ``ld``, under the same name and symbol, so ICU finds it
where it looked before. ``gui.selftest`` checks collation, zone names and decoding.

Without those tools, or if the cut fails, :func:`trim_or_keep` keeps the whole data and says
so in one line: the bundle is bigger and works the same.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

TOOLS = ("icupkg", "nm", "objdump", "objcopy", "ld")
# Chinese's legacy encodings, for QStringDecoder (Unicode's are built into Qt); the tables they
# build on are kept with them.
ENCODINGS = frozenset(
    {
        "gb18030.cnv",
        "ibm-1383_P110-1999.cnv",  # GB 2312 (EUC-CN)
        "windows-936-2000.cnv",  # GBK
        "windows-950-2000.cnv",  # Big5
    }
)
LANGUAGES = ("en", "zh")  # the interface's
_LOCALE = re.compile(r"^(root|[a-z]{2,3}(_[A-Za-z0-9]+)*)\.res$")
_SHARED = frozenset({"res_index.res", "pool.res"})  # each tree's index and string pool
_LIBRARY = re.compile(r"^libicudata\.so\.(\d+)$")


def ours(name: str) -> bool:
    """The root locale's data, or one of the interface's languages'."""
    return name == "root.res" or name.split(".")[0].split("_")[0] in LANGUAGES


def keep(item: str) -> bool:
    """Whether an item of the package (``coll/zh.res``, ``likelySubtags.res``) stays."""
    folder, _, name = item.rpartition("/")
    if folder == "":
        if name.endswith(".cnv"):
            return name in ENCODINGS
        if name.endswith((".spp", ".cfu")) or name == "unames.icu":
            return False  # stringprep, confusables, character names: Qt never asks
        if name in _SHARED or not _LOCALE.match(name):
            return True
        return ours(name)
    if folder == "coll":  # ucadata.icu (the root rules' tables) is not a locale's
        return name in _SHARED or not _LOCALE.match(name) or ours(name)
    if folder == "zone":
        return name in _SHARED or name == "tzdbNames.res" or ours(name)
    return False  # break iterators, transliterators, currencies, units, names, spellout


def is_data_library(path: Path) -> bool:
    return _LIBRARY.match(path.name) is not None


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def trim_or_keep(library: Path, folder: Path) -> str:
    """The library to bundle: the cut-down copy, or ``library`` itself with a warning."""
    missing = missing_tools()
    if missing:
        reason = f"{', '.join(missing)} not found (Debian: icu-devtools, binutils)"
    else:
        try:
            return str(trim(library, folder))
        except (RuntimeError, OSError, ValueError) as error:
            reason = str(error).splitlines()[0]
    print(f"WARNING: ICU's data kept whole (+25 MB): {reason}", file=sys.stderr)
    return str(library)


def _run(*args: str | Path, cwd: Path | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(str(a) for a in args)}: {done.stderr.strip()}")
    return done.stdout


def _package(library: Path, symbol: str) -> bytes:
    """The ICU package inside the library: the bytes of its ``icudtNN_dat`` symbol."""
    table = _run("nm", "-D", "--defined-only", "-S", library)
    found = re.search(rf"^([0-9a-f]+) ([0-9a-f]+) \S+ {symbol}$", table, re.MULTILINE)
    if found is None:
        raise RuntimeError(f"{library}: no symbol {symbol}")
    address, size = int(found[1], 16), int(found[2], 16)
    # The file offset of that address: from the section that holds it.
    for line in _run("objdump", "-h", "-w", library).splitlines():
        fields = line.split()
        if len(fields) >= 6 and fields[0].isdigit():
            vma, length, offset = int(fields[3], 16), int(fields[2], 16), int(fields[5], 16)
            if vma <= address < vma + length:
                start = offset + address - vma
                return library.read_bytes()[start : start + size]
    raise RuntimeError(f"{library}: {symbol} is in no section")


def trim(library: Path, folder: Path) -> Path:
    """A copy of ``libicudata.so.NN`` with only the data kept, made in ``folder``."""
    version = _LIBRARY.match(library.name)
    if version is None:
        raise ValueError(f"{library.name} is not ICU's data library")
    package = f"icudt{version[1]}l"  # l: little-endian, as on every platform PySide6 ships
    symbol = f"icudt{version[1]}_dat"
    (folder / "full").mkdir(parents=True, exist_ok=True)
    full = folder / "full" / f"{package}.dat"  # icupkg wants the package's own name
    full.write_bytes(_package(library, symbol))
    items = _run("icupkg", "-l", full).split()
    removed = {item for item in items if not keep(item)}
    data = folder / f"{package}.dat"
    while True:  # what a kept item needs is kept too (an encoding's base table, an alias)
        (folder / "removed.txt").write_text("\n".join(sorted(removed)) + "\n", encoding="ascii")
        try:
            _run("icupkg", "-r", folder / "removed.txt", full, data)
            break
        except RuntimeError as error:
            needed = re.search(r"depends on missing item (\S+)", str(error))
            if needed is None or needed[1] not in removed:
                raise
            removed.discard(needed[1])
    # The data as a read-only section under ICU's symbol, then a library of the same name.
    form = re.search(r"file format (\S+)", _run("objdump", "-f", library))
    machine = re.search(r"architecture: ([^,\s]+)", _run("objdump", "-f", library))
    if form is None or machine is None:
        raise RuntimeError(f"{library}: objdump names no format or architecture")
    stem = f"_binary_{package}_dat"
    obj = folder / f"{package}.o"
    _run(
        "objcopy", "-I", "binary", "-O", form[1], "-B", machine[1],
        "--rename-section", ".data=.rodata,alloc,load,readonly,data,contents",
        "--set-section-alignment", ".rodata=16",
        "--redefine-sym", f"{stem}_start={symbol}",
        "--strip-symbol", f"{stem}_end", "--strip-symbol", f"{stem}_size",
        data.name, obj.name,
        cwd=folder,
    )  # fmt: skip
    output = folder / library.name
    _run("ld", "-shared", "-soname", library.name, "-z", "noexecstack", "-o", output, obj)
    if symbol not in _run("nm", "-D", "--defined-only", output):
        raise RuntimeError(f"{output}: {symbol} was not exported")
    return output
