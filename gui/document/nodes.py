"""The nodes of a document tree: what a sheet, the pack or the briefing list says, worded.

A :class:`Document` holds blocks; a :class:`Section` holds blocks of its own. Every text here is
final: translated, its Chinese punctuation normalised (GB/T 15834), numbered (sections 一、/
（一）/1., captions 图N/表N, source notes [N]). Renderers (PDF, Word, PowerPoint, the
presentation mode) choose only how to show it: they never read the Store and never translate.
The one text left as it was given is a :class:`Reference`'s, whose separators are GB/T 7714's.

Identity is by id and explicit fields: a table's columns by :data:`ColumnId`, a section's part
by :attr:`Section.role`, a figure by its observation's id.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal, TypeVar

from gui.database.model import Lang
from gui.present.chartdata import ChartData
from gui.present.chartscene import Scene
from gui.present.translate import arg

B = TypeVar("B")

# -- text blocks ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Paragraph:
    """Running text. ``lead``: a sheet's summary; ``aside``: a smaller remark."""

    text: str
    style: Literal["body", "lead", "aside"] = "body"


@dataclass(frozen=True)
class Caption:
    """A numbered caption: ``图1　热线诉求`` / ``Figure 1. Requests``."""

    kind: Literal["figure", "table"]
    number: int  # in the document, from 1, each kind counted apart
    label: str  # 图1 / Figure 1
    title: str
    text: str  # the label and the title, as the language joins them


# -- the key figures table --------------------------------------------------------------------

ColumnId = Literal["domain", "indicator", "figure", "unit", "period", "comparison", "note"]
COLUMNS: tuple[ColumnId, ...] = (
    "domain",
    "indicator",
    "figure",
    "unit",
    "period",
    "comparison",
    "note",
)


@dataclass(frozen=True)
class Column:
    id: ColumnId
    header: str
    align: Literal["start", "end"]  # figures and note numbers line up at their end
    wrap: bool  # False: a cell of this column is never broken (a figure as reported)


@dataclass(frozen=True)
class Cell:
    """A table cell: its text, and a second, smaller line under it (the article's form of a
    figure, the user's note on a pinned one)."""

    text: str
    aside: str = ""


@dataclass(frozen=True)
class FigureRow:
    """A figure as every output shows it. A figure reported only as a change shows the change
    as its figure and nothing as its comparison: one way, everywhere."""

    observation_id: str
    domain_id: str
    domain: str  # the domain's short (tab) name
    domain_title: str
    indicator: str  # what the figure counts
    figure: str  # as reported in Chinese, in full in English
    reported: str  # the article's own form, where ``figure`` differs from it; else ""
    unit: str  # beside the figure; "" where the figure says it (1103.94万件, 55%)
    period: str  # from gui.present.figures.period
    comparison: str
    remark: str  # the user's note on a pinned figure; else ""
    note: int  # the number of its source note in its section
    note_label: str  # [3]
    chart_id: str  # a chart of the document that plots it; else ""
    change_only: bool
    lower_bound: bool  # 余, 多, 以上: the figure is the least the article gives
    remark_line: str = ""  # the remark as printed under the name: 备注：…

    def cell(self, column: ColumnId) -> Cell:
        """The cell of this row in ``column``."""
        if column == "domain":
            return Cell(self.domain)
        if column == "indicator":
            return Cell(self.indicator, self.remark_line)
        if column == "figure":
            return Cell(self.figure, self.reported)
        if column == "unit":
            return Cell(self.unit)
        if column == "period":
            return Cell(self.period)
        if column == "comparison":
            return Cell(self.comparison)
        return Cell(self.note_label)


@dataclass(frozen=True)
class FigureTable:
    """Key figures: only the columns this table shows, in order (empty ones are left out)."""

    id: str
    caption: Caption
    columns: tuple[Column, ...]
    rows: tuple[FigureRow, ...]

    def has(self, column: ColumnId) -> bool:
        return any(c.id == column for c in self.columns)


# -- charts, lists, notes, references ---------------------------------------------------------


@dataclass(frozen=True)
class Chart:
    """A chart with its caption: ``data`` for native charts (PowerPoint), ``scene`` (its words
    normalised) for drawn ones; ``notes`` are the source notes it cites, ``sources`` says so."""

    id: str
    caption: Caption
    data: ChartData
    scene: Scene
    notes: tuple[int, ...]
    sources: str  # 来源：注 3、4 / Sources: notes 3, 4

    @property
    def timeline(self) -> bool:
        return self.data.kind == "timeline"


@dataclass(frozen=True)
class Point:
    """A key point: its number, its words and the source notes it cites."""

    number: str  # 1.
    text: str
    notes: tuple[int, ...]
    note_labels: str  # [1]

    @property
    def line(self) -> str:
        """The point with its note numbers, as a list prints it."""
        return f"{self.text} {self.note_labels}" if self.note_labels else self.text


@dataclass(frozen=True)
class PointList:
    items: tuple[Point, ...]


@dataclass(frozen=True)
class Note:
    """A numbered source note: an article's sentence, whole, its punctuation normalised one
    mark for one (``figures`` are the spans of the figures it gives, in ``text``)."""

    number: int
    label: str  # [1]
    text: str
    figures: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class NoteList:
    """A section's source notes, and the remark that their punctuation was normalised."""

    notes: tuple[Note, ...]
    remark: str

    def note(self, number: int) -> Note:
        return self.notes[number - 1]


@dataclass(frozen=True)
class Reference:
    """A cited work: ``text`` is GB/T 7714's, with its own separators (never normalised);
    ``line`` says what it is for (数据引自：…)."""

    id: str  # the citation's id in the edition: "article", "report"
    label: str
    text: str
    line: str


@dataclass(frozen=True)
class ReferenceList:
    references: tuple[Reference, ...]


@dataclass(frozen=True)
class Event:
    """A dated milestone with the article's sentence."""

    id: str
    date: str  # ISO, possibly partial (2020-12)
    date_text: str
    title: str
    quote: str


@dataclass(frozen=True)
class Timeline:
    events: tuple[Event, ...]
    remark: str  # the quotes' punctuation was normalised


# -- front matter -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    label: str
    value: str


@dataclass(frozen=True)
class Cover:
    kicker: str  # the application's name, small, above the title
    title: str
    subtitle: str  # the report's title
    about: str  # what the pack holds
    references: tuple[Reference, ...]
    fields: tuple[Field, ...]  # printed on, data edition
    note: str  # at the foot: how figures are printed


@dataclass(frozen=True)
class ContentsEntry:
    section_id: str
    level: int  # 1: a part of the pack; 2: a section of a part
    number: str
    title: str

    @property
    def heading(self) -> str:
        return numbered(self.number, self.title)


@dataclass(frozen=True)
class Contents:
    title: str
    entries: tuple[ContentsEntry, ...]


@dataclass(frozen=True)
class HighlightGroup:
    """A part's headline figures, pointing at the section that quotes their sentences."""

    section_id: str
    title: str
    rows: tuple[FigureRow, ...]


@dataclass(frozen=True)
class Highlights:
    intro: str
    page_ref: str  # "见第 %1 页": a renderer with pages fills in the section's first page
    groups: tuple[HighlightGroup, ...]

    def see_page(self, page: int) -> str:
        return arg(self.page_ref, page)


# -- sections and the document ----------------------------------------------------------------

Role = Literal["sheet", "timeline", "highlights", "part"]


@dataclass(frozen=True)
class Section:
    """A titled part. ``sheet``: a domain's summary sheet, or the briefing list; ``timeline``
    and ``highlights``: the pack's; ``part``: a section of a sheet (key figures, charts …).

    ``number`` is the model's (一、 （一） 1. in Chinese, 1 1.1 in English; "" when not
    numbered); a renderer may show or hide it. ``new_page``: the section starts a page.
    """

    id: str
    role: Role
    level: int  # 1 at the top of the document
    number: str
    title: str
    blocks: tuple[Block, ...]
    new_page: bool = False

    @property
    def heading(self) -> str:
        """The title with its number: 一、总览 / 1 Overview."""
        return numbered(self.number, self.title)

    def sections(self) -> Iterator[Section]:
        """This section's sections, at every depth, in reading order."""
        for block in self.blocks:
            if isinstance(block, Section):
                yield block
                yield from block.sections()

    def find(self, kind: type[B]) -> Iterator[B]:
        """Every block of ``kind`` in this section, at every depth."""
        yield from _find(self.blocks, kind)


Block = (
    Paragraph
    | FigureTable
    | Chart
    | PointList
    | NoteList
    | ReferenceList
    | Timeline
    | Highlights
    | Cover
    | Contents
    | Section
)


@dataclass(frozen=True)
class Furniture:
    """What every page carries: the header's two sides, the footer, the page number."""

    header: str  # the report's title
    header_right: str  # what the document is: 摘要表, 简报汇编, 简报清单
    footer: str  # printed on, data edition
    page_format: str  # 第 %1 页，共 %2 页
    continued: str  # after a sheet's title on its second page: （续）

    def page(self, number: int, total: int) -> str:
        return arg(self.page_format, number, total)

    def continued_title(self, title: str) -> str:
        """A title on a part's second page: 一、总览（续） / 1 Overview (continued)."""
        return (
            f"{title}{self.continued}"
            if self.continued[:1] == "（"
            else (f"{title} {self.continued}")
        )

    def merged_title(self, previous: str, title: str, *, two_lines: bool = False) -> str:
        """A title on a page where ``title`` begins below the end of ``previous``: both
        named, 一、总览（续） · 二、社会治理主体多元化; or each on a line of its own, for a
        renderer whose line cannot hold both."""
        joint = "\n" if two_lines else " · "
        return f"{self.continued_title(previous)}{joint}{title}"


@dataclass(frozen=True)
class Wording:
    """Templates for lines a renderer makes from the tree's numbers (a slide's sources)."""

    sources: str  # 来源：注 %1 / Sources: notes %1
    source: str  # the same for one note: 来源：注 %1 / Source: note %1
    joined: str  # the catalogue's list separator: %1、%2 / %1, %2

    def note_sources(self, numbers: Sequence[int]) -> str:
        """``来源：注 1、3`` / ``Sources: notes 1, 3`` / ``Source: note 5``; "" for none."""
        if not numbers:
            return ""
        listed = str(numbers[0])
        for n in numbers[1:]:
            listed = arg(self.joined, listed, n)
        return arg(self.sources if len(numbers) > 1 else self.source, listed)


Kind = Literal["sheet", "pack", "briefing"]


@dataclass(frozen=True)
class Document:
    kind: Kind
    lang: Lang
    title: str  # the document's own title (a domain's, 简报汇编, 简报清单)
    subject: str  # the report and the title, for a file's properties and a print job
    edition_id: str
    edition_title: str
    printed: date
    printed_text: str
    furniture: Furniture
    wording: Wording
    references: tuple[Reference, ...]  # in the one order every output gives them
    blocks: tuple[Block, ...]
    # The id of the section whose title is the document's own (a domain's sheet, the briefing
    # list): a renderer that shows the document's title gives it no heading again. "" in the
    # pack, whose sheets each have their heading.
    own_section: str = ""
    # Charts that plot the briefing list's figures: not in its flow, but a pinned figure's
    # slide shows the chart it is in.
    figure_charts: tuple[Chart, ...] = ()
    units: tuple[str, ...] = field(default=(), repr=False)  # the edition's unit words

    def sections(self) -> Iterator[Section]:
        """Every section, at every depth, in reading order."""
        for block in self.blocks:
            if isinstance(block, Section):
                yield block
                yield from block.sections()

    def section(self, section_id: str) -> Section:
        for found in self.sections():
            if found.id == section_id:
                return found
        raise KeyError(section_id)

    def find(self, kind: type[B]) -> Iterator[B]:
        """Every block of ``kind``, at every depth, in reading order."""
        yield from _find(self.blocks, kind)

    def chart(self, chart_id: str) -> Chart | None:
        for found in [*self.find(Chart), *self.figure_charts]:
            if found.id == chart_id:
                return found
        return None

    def figure_spans(self, text: str) -> list[tuple[int, int]]:
        """Where ``text`` holds a figure with its unit (``1103.94万件``, ``6月30日``), which no
        line may break: see :func:`gui.document.figurespans.figure_spans`."""
        from gui.document.figurespans import figure_spans

        return figure_spans(text, self.units)


def numbered(number: str, title: str) -> str:
    """A heading's number and title: 一、总览, （一）主要数据 and 1.主要数据 run on (the mark is
    their space); English numbers take a space, 1.1 Key figures."""
    if not number:
        return title
    return f"{number}{title}" if number[-1] in "、）." else f"{number} {title}"


def _find(blocks: Sequence[Block], kind: type[B]) -> Iterator[B]:
    for block in blocks:
        if isinstance(block, kind):
            yield block
        if isinstance(block, Section):
            yield from _find(block.blocks, kind)
