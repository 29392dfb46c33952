"""The bundled font inside a saved SVG, cut to the characters the SVG shows.

Qt's SVG writer keeps text as text (searchable, read by screen readers) and names its font,
which a machine without Noto Sans CJK SC replaces with another, or with empty boxes. Embedded
as an ``@font-face`` of only the glyphs used, the file draws the same everywhere, for a few
kilobytes.
"""

from __future__ import annotations

import base64
import io
from pathlib import Path
from xml.etree import ElementTree

SVG = "{http://www.w3.org/2000/svg}"


def shown_text(svg: bytes) -> str:
    """Every character of the SVG's text elements."""
    root = ElementTree.fromstring(svg)
    return "".join("".join(element.itertext()) for element in root.iter(f"{SVG}text"))


def subset(font_file: Path, characters: str) -> bytes:
    """The font with only the glyphs of ``characters`` (and what they need), as TrueType."""
    from fontTools import subset as fontsubset

    options = fontsubset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    font = fontsubset.load_font(str(font_file), options)
    subsetter = fontsubset.Subsetter(options)
    subsetter.populate(text=characters or " ")
    subsetter.subset(font)
    out = io.BytesIO()
    fontsubset.save_font(font, out, options)
    return out.getvalue()


def embed_font(svg: bytes, font_file: Path, family: str) -> bytes:
    """``svg`` with ``family`` defined by ``font_file``'s glyphs for the text it shows."""
    data = base64.b64encode(subset(font_file, shown_text(svg))).decode("ascii")
    name = family.replace("\\", "\\\\").replace('"', '\\"')
    style = (
        f'<style type="text/css"><![CDATA[@font-face {{ font-family: "{name}"; '
        f'src: url(data:font/ttf;base64,{data}) format("truetype"); }}]]></style>'
    )
    head, tag, rest = svg.decode("utf-8").partition("<svg")
    if not tag:
        raise ValueError("not an SVG document")
    opening, close, body = rest.partition(">")
    return (head + tag + opening + close + style + body).encode("utf-8")
