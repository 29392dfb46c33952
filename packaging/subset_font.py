r"""Regenerate the bundled Simplified Chinese font (a subset of Noto Sans CJK SC).

Output: ``resources/fonts/NotoSansCJKsc-Regular-subset.ttf``.

The application must render Chinese on a machine that has no CJK font installed,
and PDFs printed through Qt's ``QPdfWriter`` must embed the font as a TrueType
(``CIDFontType2``) subset. Qt's PDF engine embeds TrueType (``glyf``) outlines
as CIDFontType2 but may fall back to Type 3 for CFF outlines, so this script:

1. opens Noto Sans CJK SC Regular (the face is picked from an OpenType
   collection such as Debian's ``NotoSansCJK-Regular.ttc`` by its family name,
   not by index);
2. subsets it with fontTools to GB2312, ASCII, Latin-1, a few symbol blocks
   (see :data:`FIXED_RANGES`) and every character found in the files given with
   ``--extra-from``;
3. converts the CFF outlines to quadratic TrueType outlines with ``cu2qu``
   (as fontTools' ``Snippets/otf2ttf.py`` does), unhinted, with a ``gasp`` and
   a tiny ``prep`` table so unhinted outlines are rendered smoothly;
4. writes the result deterministically: the same input gives the same bytes
   (``head.created``/``head.modified`` are those of the input font).

Example, from the repository root (Debian package ``fonts-noto-cjk`` provides the
source collection)::

    .venv/bin/python packaging/subset_font.py \
        --source /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc \
        --extra-from 'data/*.csv' 'data/*.toml' 'data/source/*.txt' \
                     'gui/**/*.py' 'resources/translations/*.ts'

``--extra-from`` accepts plain paths and glob patterns (``**`` recurses); quoting
the patterns makes the result independent of the shell's globbing. Paths and
patterns that match nothing are skipped with a note.
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

# fontTools ships no type information (no py.typed marker).
from fontTools.pens.cu2quPen import Cu2QuPen  # type: ignore[import-untyped, unused-ignore]
from fontTools.pens.ttGlyphPen import TTGlyphPen  # type: ignore[import-untyped, unused-ignore]
from fontTools.subset import Options, Subsetter  # type: ignore[import-untyped, unused-ignore]
from fontTools.ttLib import (  # type: ignore[import-untyped, unused-ignore]
    TTCollection,
    TTFont,
    newTable,
)
from fontTools.ttLib.tables import ttProgram  # type: ignore[import-untyped, unused-ignore]

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
DEFAULT_OUTPUT = REPO_ROOT / "resources" / "fonts" / "NotoSansCJKsc-Regular-subset.ttf"
FAMILY = "Noto Sans CJK SC"
SUBFAMILY = "Regular"
#: The subset's own family name. Not "Noto Sans CJK SC": where the full font is installed too
#: (Debian's fonts-noto-cjk), Qt would pick either file for that name, and the system one maps
#: some glyphs back to Kangxi radicals (人 → ⼈) in PDFs.
OUTPUT_FAMILY = "BJGov Sans SC"
OUTPUT_POSTSCRIPT = "BJGovSansSC-Regular"
#: Code points whose glyph another code point also uses: a PDF maps each glyph back to one code
#: point, and copied text would come out wrong. U+2012 FIGURE DASH shares the en dash's glyph
#: ("–" would copy as "‒"); the CJK and Kangxi radicals share the ideographs' (人 as ⼈).
DROPPED = frozenset({0x2012, *range(0x2E80, 0x2FE0)})

#: Inclusive code point ranges always kept, besides GB2312.
FIXED_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0020, 0x007E, "ASCII printable"),
    (0x00A0, 0x00FF, "Latin-1 Supplement"),
    (0x2000, 0x206F, "General Punctuation"),
    (0x2190, 0x21FF, "Arrows"),
    (0x25A0, 0x25FF, "Geometric Shapes"),
    (0x3000, 0x303F, "CJK Symbols and Punctuation"),
    (0xFF00, 0xFFEF, "Halfwidth and Fullwidth Forms"),
    (0xFFFD, 0xFFFD, "Replacement character"),
)

#: Mathematical operators in common use: less/greater-or-equal, almost equal, not
#: equal, minus, tilde operator, plus-minus, multiplication, division, infinity,
#: square root, n-ary sum, minus-plus, division slash, ratio (GB2312 adds more).
MATH_OPERATORS = (
    "\u2264\u2265\u2248\u2260\u2212\u223c\u00b1\u00d7\u00f7"
    "\u221e\u221a\u2211\u2213\u2215\u2236"
)

#: OpenType layout features kept (both GPOS, about 30 KB together): pair kerning
#: (Latin) and proportional CJK punctuation (``palt``, applied only on request).
#: The other CJK features (``halt``, ``vert``, ``locl`` ...) are not used in
#: horizontal text, and the SC face's cmap already maps to the Simplified
#: Chinese glyph forms.
LAYOUT_FEATURES = ("kern", "palt")

#: Tables dropped besides fontTools' defaults: baseline and vertical metrics
#: (horizontal UI/PDF text only) and GSUB (no default-on substitution is needed).
DROP_TABLES = ("BASE", "GSUB", "VORG", "vhea", "vmtx")

#: name IDs kept: copyright, family ... PostScript name, trademark, manufacturer,
#: designer, description, URLs, license and license URL (OFL notice in metadata).
NAME_IDS = tuple(range(15))

#: cu2qu tolerance in font units (1000 units per em), as in fontTools' otf2ttf.
MAX_ERR = 1.0

#: OS/2 fsType bits that make Qt's PDF engine draw text as paths instead of
#: embedding the font (restricted license / bitmap embedding only).
_FSTYPE_NO_EMBED = 0x0002 | 0x0200


def gb2312_characters() -> set[int]:
    """Return every code point encodable in GB2312 (EUC-CN: two bytes 0xA1-0xFE)."""
    chars: set[int] = set()
    for lead in range(0xA1, 0xFF):
        for trail in range(0xA1, 0xFF):
            try:
                text = bytes((lead, trail)).decode("gb2312")
            except UnicodeDecodeError:
                continue
            chars.update(ord(ch) for ch in text)
    return chars


def base_characters() -> set[int]:
    """Return the fixed repertoire: GB2312, :data:`FIXED_RANGES`, math operators."""
    chars = gb2312_characters()
    for first, last, _label in FIXED_RANGES:
        chars.update(range(first, last + 1))
    chars.update(ord(ch) for ch in MATH_OPERATORS)
    return chars - DROPPED


def _expand(spec: str) -> list[Path]:
    """Expand one ``--extra-from`` argument (path or glob pattern) to sorted files."""
    if glob.has_magic(spec):
        return sorted(
            Path(p) for p in glob.glob(spec, recursive=True) if Path(p).is_file()
        )
    path = Path(spec)
    return [path] if path.is_file() else []


def _read_text(path: Path) -> str:
    """Read a text file as UTF-8 (BOM tolerated), falling back to GB18030."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        print(f"note: {path} is not UTF-8, read as GB18030", file=sys.stderr)
        return data.decode("gb18030", errors="replace")


def characters_from_files(specs: Iterable[str]) -> tuple[set[int], list[Path]]:
    """Collect the printable characters of all files matched by ``specs``.

    Returns the code points and the list of files read. Specs matching no file
    are reported on stderr and skipped.
    """
    chars: set[int] = set()
    files: list[Path] = []
    for spec in specs:
        matched = _expand(spec)
        if not matched:
            note = f"note: --extra-from {spec!r} matches no file, ignored"
            print(note, file=sys.stderr)
            continue
        for path in matched:
            if path in files:
                continue
            files.append(path)
            chars.update(ord(ch) for ch in _read_text(path) if ch.isprintable())
    return chars, files


def _family_names(font: TTFont) -> set[str]:
    """Family names (typographic and legacy) recorded in a font's name table."""
    names: set[str] = set()
    for record in font["name"].names:
        if record.nameID in (1, 16):
            names.add(str(record.toUnicode()))
    return names


def _is_regular(font: TTFont) -> bool:
    """Whether the font's (typographic or legacy) subfamily is "Regular"."""
    name = font["name"]
    subfamily = name.getDebugName(17) or name.getDebugName(2)
    return str(subfamily) == SUBFAMILY


def open_face(source: Path, family: str) -> TTFont:
    """Open the Regular face of ``family`` from a font file or font collection.

    Raises :class:`SystemExit` listing the available families if none matches.
    """
    with source.open("rb") as stream:
        is_collection = stream.read(4) == b"ttcf"
    count = len(TTCollection(str(source), lazy=True).fonts) if is_collection else 1
    available: list[str] = []
    for index in range(count):
        font = TTFont(
            str(source),
            fontNumber=index if is_collection else -1,
            recalcTimestamp=False,
        )
        names = _family_names(font)
        if family in names and _is_regular(font):
            return font
        available.extend(sorted(names))
        font.close()
    message = (
        f"error: no {family!r} {SUBFAMILY} face in {source}; "
        f"it has: {', '.join(available)}"
    )
    raise SystemExit(message)


def subset_font(font: TTFont, unicodes: set[int]) -> None:
    """Subset ``font`` in place to ``unicodes`` (code points it lacks are ignored)."""
    options = Options()
    options.layout_features = list(LAYOUT_FEATURES)
    options.drop_tables = sorted({*options.drop_tables, *DROP_TABLES})
    options.name_IDs = list(NAME_IDS)
    options.name_languages = [0x0409]  # English (United States) only
    options.name_legacy = False  # Windows-platform records only
    options.hinting = False
    options.notdef_outline = True  # keep the .notdef box ("tofu") visible
    options.glyph_names = False
    options.desubroutinize = True
    subsetter = Subsetter(options=options)
    subsetter.populate(unicodes=sorted(unicodes))
    subsetter.subset(font)


def _quadratic_glyphs(font: TTFont) -> dict[str, Any]:
    """Draw every glyph through cu2qu and return TrueType ``glyf`` glyphs by name."""
    glyph_set = font.getGlyphSet()
    glyphs: dict[str, Any] = {}
    for name in font.getGlyphOrder():
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, MAX_ERR, reverse_direction=True))
        glyphs[name] = tt_pen.glyph()
    return glyphs


def cff_to_truetype(font: TTFont) -> None:
    """Replace the ``CFF`` outlines of ``font`` by quadratic ``glyf`` ones, in place.

    Follows fontTools' ``Snippets/otf2ttf.py``: ``glyf``/``loca``, left side
    bearings updated from the new bounding boxes, ``maxp`` version 1.0 and
    ``post`` format 3 (the CID glyph names carry no information).
    """
    glyph_order = font.getGlyphOrder()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = _quadratic_glyphs(font)
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)

    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        if hasattr(glyph, "xMin"):
            hmtx[name] = (hmtx[name][0], glyph.xMin)

    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    maxp.maxTwilightPoints = 0
    maxp.maxStorage = 0
    maxp.maxFunctionDefs = 0
    maxp.maxInstructionDefs = 0
    maxp.maxStackElements = 1  # the prep program below pushes one value at a time
    maxp.maxSizeOfInstructions = 0
    maxp.maxComponentElements = max(
        (len(getattr(glyph, "components", ())) for glyph in glyf.glyphs.values()),
        default=0,
    )
    font["maxp"] = maxp
    maxp.compile(font)

    post = font["post"]
    post.formatType = 3.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order

    # Unhinted TrueType: ask for smooth rendering at every size and enable
    # dropout control, as gftools' fix-unhinted does.
    gasp = newTable("gasp")
    gasp.version = 1
    gasp.gaspRange = {0xFFFF: 0x000F}
    font["gasp"] = gasp
    program = ttProgram.Program()
    program.fromAssembly(["PUSHW[]", "511", "SCANCTRL[]", "PUSHB[]", "4", "SCANTYPE[]"])
    prep = newTable("prep")
    prep.program = program
    font["prep"] = prep

    font.sfntVersion = "\x00\x01\x00\x00"


def set_names(font: TTFont, family: str) -> None:
    """Name the subset ``family`` Regular, with PostScript and full names of its own."""
    name = font["name"]
    name.removeNames(nameID=16)
    name.removeNames(nameID=17)
    name.setName(family, 1, 3, 1, 0x0409)
    name.setName(SUBFAMILY, 2, 3, 1, 0x0409)
    name.setName(f"{family} {SUBFAMILY}; subset of Noto Sans CJK SC", 3, 3, 1, 0x0409)
    name.setName(f"{family} {SUBFAMILY}", 4, 3, 1, 0x0409)
    name.setName(OUTPUT_POSTSCRIPT, 6, 3, 1, 0x0409)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build(source: Path, output: Path, family: str, extra_specs: Sequence[str]) -> None:
    """Build the subset font from ``source`` into ``output`` and print a summary."""
    font = open_face(source, family)
    if font.sfntVersion != "OTTO" or "CFF " not in font:
        message = f"error: expected CFF outlines in {source}"
        raise SystemExit(message)
    fs_type = int(font["OS/2"].fsType)
    if fs_type & _FSTYPE_NO_EMBED:
        message = f"error: {source} forbids embedding (OS/2 fsType {fs_type:#06x})"
        raise SystemExit(message)
    source_cmap: dict[int, str] = font.getBestCmap()

    extra, files = characters_from_files(extra_specs)
    wanted = (base_characters() | extra) - DROPPED
    missing_extra = sorted(
        cp for cp in extra if cp not in source_cmap and not chr(cp).isspace()
    )

    subset_font(font, wanted)
    cff_to_truetype(font)
    set_names(font, OUTPUT_FAMILY)

    output.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(output), reorderTables=True)
    glyph_count = len(font.getGlyphOrder())
    mapped = len(font.getBestCmap())
    font.close()

    size = output.stat().st_size
    print(f"source:  {source} (face {family!r})")
    print(f"extra:   {len(extra)} distinct characters from {len(files)} file(s)")
    if missing_extra:
        shown = "".join(chr(cp) for cp in missing_extra[:40])
        print(
            f"note:    {len(missing_extra)} extra character(s) "
            f"not in the source font: {shown}"
        )
    print(f"output:  {output}")
    print(f"glyphs:  {glyph_count} ({mapped} mapped code points)")
    print(f"size:    {size} bytes ({size / 1024 / 1024:.2f} MiB)")
    print(f"sha256:  {_sha256(output)}")


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Subset Noto Sans CJK SC Regular to a TrueType-outline app font.",
    )
    parser.add_argument(
        "--source",
        type=Path,
        default=DEFAULT_SOURCE,
        help=f"font file or collection holding the face (default: {DEFAULT_SOURCE})",
    )
    parser.add_argument(
        "--family",
        default=FAMILY,
        help=f"family name of the face to take from the source (default: {FAMILY!r})",
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=DEFAULT_OUTPUT,
        help=f"file to write (default: {DEFAULT_OUTPUT.relative_to(REPO_ROOT)})",
    )
    parser.add_argument(
        "--extra-from",
        nargs="*",
        default=[],
        metavar="PATH",
        help="text files (paths or glob patterns) whose characters are added",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    args = _parse_args(argv)
    build(args.source, args.output, args.family, args.extra_from)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
