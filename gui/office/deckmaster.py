"""The deck's slide master and its named layouts, made the same way every time.

Every text of a slide sits in a placeholder of one of these layouts ("Title", "Figure cards",
"List", "Chart", "Figure", "Figure and chart"), and every slide carries the master's footer and
slide number: a user who applies an office's own template (its layouts of the same names) restyles
the cards, lists and notes, not only the titles. The geometry is the deck's: the layouts are
built on python-pptx's own template for the slide's shape, and the writer fits text to the same
boxes it declares here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal
from xml.sax.saxutils import quoteattr

from lxml import etree
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import nsdecls, qn
from pptx.presentation import Presentation as PresentationObject
from pptx.util import Pt

from gui.present.chartscene import PRINT

EMU_PER_PT = 12700
ASPECTS: dict[str, tuple[float, float]] = {"16:9": (960.0, 540.0), "4:3": (720.0, 540.0)}
# Key figures a slide of each shape: as gui.document.slides models them.
CARD_COLUMNS = {"16:9": 4, "4:3": 3}
MARGIN = 36.0
GAP = 14.0
INSET = 4.0  # a placeholder's inner margin on every side
TITLE_TOP, TITLE_HEIGHT = 20.0, 64.0
BODY_TOP = TITLE_TOP + TITLE_HEIGHT + 10.0
FOOT_HEIGHT = 40.0  # two lines of 14 pt: the sources line may wrap
MIN_PT = 14.0  # no text on a slide is smaller: read from the back of a room, 4:3 included
CARD_FILL = "EEF3F8"
# The paper's accent, for the theme: the figures' colour and a chart's first fill.
ACCENT = PRINT.accent.lstrip("#").upper()
CARD_INDEX = 20  # placeholder idx of the first card; the others follow

HolderKind = Literal["ctrTitle", "subTitle", "title", "body", "chart", "ftr", "sldNum"]
Anchor = Literal["t", "ctr", "b"]


@dataclass(frozen=True)
class Box:
    left: float
    top: float
    width: float
    height: float


@dataclass(frozen=True)
class Holder:
    """A placeholder of a layout: its kind, idx, name, box and default text."""

    kind: HolderKind
    idx: int
    name: str
    box: Box
    size: float = 18.0
    anchor: Anchor = "t"
    align: Literal["l", "ctr", "r"] = "l"
    bold: bool = False
    fill: str = ""  # a card's ground


@dataclass(frozen=True)
class Layout:
    name: str
    holders: tuple[Holder, ...]

    def holder(self, idx: int) -> Holder:
        return next(h for h in self.holders if h.idx == idx)


# idx of the placeholders the writer fills
TITLE, SUBTITLE, CITATIONS, BODY, ABOUT, CHART, FIGURE, FOOTER, NUMBER = (
    0,
    1,
    13,
    14,
    15,
    16,
    17,
    11,
    12,
)


def layouts(aspect: str) -> dict[str, Layout]:
    """The named layouts of a deck of this shape, by name."""
    width, height = ASPECTS[aspect]
    inner = width - 2 * MARGIN
    foot_top = height - FOOT_HEIGHT - 6.0
    bottom = foot_top - 6.0
    footer = (
        Holder(
            "ftr", FOOTER, "Footer", Box(MARGIN, foot_top, inner - 90.0, FOOT_HEIGHT), 14.0, "ctr"
        ),
        Holder(
            "sldNum",
            NUMBER,
            "Slide Number",
            Box(width - MARGIN - 80.0, foot_top, 80.0, FOOT_HEIGHT),
            14.0,
            "ctr",
            "r",
        ),
    )
    title = Holder(
        "title", TITLE, "Title", Box(MARGIN, TITLE_TOP, inner, TITLE_HEIGHT), 28.0, "ctr", bold=True
    )
    body = Box(MARGIN, BODY_TOP, inner, bottom - BODY_TOP)
    columns = CARD_COLUMNS[aspect]
    card_w = (inner - (columns - 1) * GAP) / columns
    card_h = (body.height - GAP) / 2
    cards = tuple(
        Holder(
            "body",
            CARD_INDEX + i,
            f"Card {i + 1}",
            Box(
                MARGIN + (i % columns) * (card_w + GAP),
                BODY_TOP + (i // columns) * (card_h + GAP),
                card_w,
                card_h,
            ),
            16.0,
            fill=CARD_FILL,
        )
        for i in range(2 * columns)
    )
    about = Holder("body", ABOUT, "About", Box(MARGIN, BODY_TOP - 6.0, inner, 44.0), 14.0)
    chart_top = BODY_TOP + 42.0
    chart = Holder("chart", CHART, "Chart", Box(MARGIN, chart_top, inner, bottom - chart_top))
    left = inner * 0.4
    figure_h = (bottom - BODY_TOP) * 0.38
    figure = Holder("body", FIGURE, "Figure", Box(MARGIN, BODY_TOP, left, figure_h), 54.0, "b")
    figure_about = Holder(
        "body",
        ABOUT,
        "About",
        Box(MARGIN, BODY_TOP + figure_h + 6.0, left, bottom - BODY_TOP - figure_h - 6.0),
    )
    right = MARGIN + left + GAP
    found = [
        Layout(
            "Title",
            (
                Holder(
                    "ctrTitle",
                    TITLE,
                    "Title",
                    Box(MARGIN, 90.0, inner, 130.0),
                    40.0,
                    "b",
                    "ctr",
                    True,
                ),
                Holder(
                    "subTitle",
                    SUBTITLE,
                    "Subtitle",
                    Box(MARGIN, 232.0, inner, 110.0),
                    20.0,
                    align="ctr",
                ),
                Holder(
                    "body", CITATIONS, "Citations", Box(MARGIN, 350.0, inner, bottom - 350.0), 14.0
                ),
                *footer,
            ),
        ),
        Layout("Figure cards", (title, *cards, *footer)),
        Layout("List", (title, Holder("body", BODY, "List", body, 20.0), *footer)),
        Layout("Chart", (title, about, chart, *footer)),
        Layout(
            "Figure",
            (
                title,
                Holder("body", FIGURE, "Figure", Box(MARGIN, BODY_TOP, inner, figure_h), 54.0, "b"),
                Holder(
                    "body",
                    ABOUT,
                    "About",
                    Box(
                        MARGIN, BODY_TOP + figure_h + 6.0, inner, bottom - BODY_TOP - figure_h - 6.0
                    ),
                ),
                *footer,
            ),
        ),
        Layout(
            "Figure and chart",
            (
                title,
                figure,
                figure_about,
                Holder(
                    "chart",
                    CHART,
                    "Chart",
                    Box(right, BODY_TOP, width - MARGIN - right, bottom - BODY_TOP),
                ),
                *footer,
            ),
        ),
    ]
    return {layout.name: layout for layout in found}


def template(aspect: str) -> PresentationObject:
    """python-pptx's empty deck, reshaped to ``aspect``, with the layouts of :func:`layouts`
    (and no others) on its master, and the paper's accent in its theme."""
    width, height = ASPECTS[aspect]
    deck = Presentation()
    deck.slide_width = Pt(width)
    deck.slide_height = Pt(height)
    master = deck.slide_master
    _accent(deck)
    # The master's own placeholders, placed for this shape: a layout's falls back to them.
    for shape in master.placeholders:
        kind = shape.placeholder_format.type
        if kind is not None and shape.placeholder_format.idx in (3, 4):  # footer, number
            _place(
                shape._element,
                Box(MARGIN, height - FOOT_HEIGHT - 6.0, width - 2 * MARGIN, FOOT_HEIGHT),
            )
    wanted = list(layouts(aspect).values())
    existing = list(master.slide_layouts)
    for layout, spec in zip(existing, wanted, strict=False):
        element = layout._element
        element.cSld.set("name", spec.name)
        if spec.name != "Title":
            element.attrib.pop("type", None)  # a custom layout
        tree = element.cSld.spTree
        for shape in list(tree)[2:]:  # after nvGrpSpPr and grpSpPr
            tree.remove(shape)
        for n, holder in enumerate(spec.holders, start=2):
            tree.append(_placeholder(holder, n))
    for layout in existing[len(wanted) :]:
        master.slide_layouts.remove(layout)
    return deck


def _accent(deck: PresentationObject) -> None:
    """accent1 of the theme is the paper's accent (the default blue prints as a mid grey)."""
    theme = deck.slide_master.part.part_related_by(RT.THEME)
    root = etree.fromstring(theme.blob)
    found = root.find(f".//{qn('a:accent1')}")
    if found is not None:
        for child in list(found):
            found.remove(child)
        etree.SubElement(found, qn("a:srgbClr")).set("val", ACCENT)
    # A theme is a plain part in python-pptx: its bytes are all there is to change.
    theme._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _emu(points: float) -> int:
    return round(points * EMU_PER_PT)


def _place(element: etree._Element, box: Box) -> None:
    sp_pr = element.find(qn("p:spPr"))
    xfrm = sp_pr.find(qn("a:xfrm"))
    if xfrm is None:
        xfrm = etree.SubElement(sp_pr, qn("a:xfrm"))
        sp_pr.insert(0, xfrm)
    for child in list(xfrm):
        xfrm.remove(child)
    etree.SubElement(xfrm, qn("a:off"), x=str(_emu(box.left)), y=str(_emu(box.top)))
    etree.SubElement(xfrm, qn("a:ext"), cx=str(_emu(box.width)), cy=str(_emu(box.height)))


def _placeholder(holder: Holder, shape_id: int) -> etree._Element:
    box = holder.box
    ph = f'type="{holder.kind}"' if holder.kind != "body" else 'type="body" sz="quarter"'
    if holder.kind not in ("title", "ctrTitle"):
        ph += f' idx="{holder.idx}"'
    fill = f'<a:solidFill><a:srgbClr val="{holder.fill}"/></a:solidFill>' if holder.fill else ""
    inset = _emu(INSET)
    bold = ' b="1"' if holder.bold else ""
    text = (
        '<a:p><a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum">'
        "<a:rPr/><a:t>‹#›</a:t></a:fld></a:p>"
        if holder.kind == "sldNum"
        else "<a:p/>"
    )
    xml = (
        f"<p:sp {nsdecls('p', 'a')}>"
        f'<p:nvSpPr><p:cNvPr id="{shape_id}" name={quoteattr(holder.name)}/>'
        '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
        f"<p:nvPr><p:ph {ph}/></p:nvPr></p:nvSpPr>"
        f'<p:spPr><a:xfrm><a:off x="{_emu(box.left)}" y="{_emu(box.top)}"/>'
        f'<a:ext cx="{_emu(box.width)}" cy="{_emu(box.height)}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>{fill}</p:spPr>'
        f'<p:txBody><a:bodyPr wrap="square" lIns="{inset}" tIns="{inset}" rIns="{inset}" '
        f'bIns="{inset}" anchor="{holder.anchor}"><a:noAutofit/></a:bodyPr>'
        f'<a:lstStyle><a:lvl1pPr marL="0" indent="0" algn="{holder.align}"><a:buNone/>'
        f'<a:defRPr sz="{round(holder.size * 100)}"{bold}/></a:lvl1pPr></a:lstStyle>'
        f"{text}</p:txBody></p:sp>"
    )
    return etree.fromstring(xml)
