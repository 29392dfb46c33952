"""What the read API returns: plain frozen records, one per row, in both languages.

Each record extends its table's row type of :mod:`gui.database.schema`, so a column declared there
is an attribute here; the records add only what the store joins in (an observation's indicator
and units, a chart's items) and what is made when shown (a citation's wording). A record that
adds no field is a plain subclass of its row type, whose dataclass methods (frozen, compared,
printed by field) it inherits: declared a dataclass again, each would have them all generated
and compiled a second time at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from gui.database.columns import figure_places
from gui.database.schema import (
    ChartItemRow,
    ChartRow,
    CitationRow,
    DomainRow,
    MilestoneRow,
    ObservationRow,
    OutlookRow,
    UnitRow,
)

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")


class Bilingual:
    """Records whose text fields come in pairs, ``title_zh`` and ``title_en``."""

    def tr(self, name: str, lang: Lang) -> str:
        value = getattr(self, f"{name}_{lang}")
        return value if isinstance(value, str) else ""


@dataclass(frozen=True)
class EditionInfo(Bilingual):
    id: str
    title_zh: str
    title_en: str
    schema_version: int
    source_path: str


class Domain(DomainRow, Bilingual):
    """A domain of the report: a tab of the window, a sheet on paper."""


@dataclass(frozen=True)
class Unit(UnitRow, Bilingual):
    def tr_unit(self, lang: Lang, *, one: bool = False) -> str:
        """The unit's word; English has a singular for a count of one."""
        if lang == "zh":
            return self.zh
        return self.en_one if one else self.en


@dataclass(frozen=True)
class Observation(ObservationRow, Bilingual):
    """An observation with its indicator's domain and name and its units."""

    domain_id: str
    name_zh: str
    name_en: str
    unit: Unit
    change_unit: Unit | None

    @property
    def approximate(self) -> bool:
        """The report hedges this figure (余, 多, 以上): the value is a lower bound."""
        return bool(self.qualifier)

    def spans(self) -> list[tuple[int, int]]:
        """Where this observation's figures stand in the source file."""
        return figure_places(self)


@dataclass(frozen=True)
class ChartItem(ChartItemRow, Bilingual):
    """An item of a chart, with the observation it plots and the one giving its share."""

    observation: Observation
    share: Observation | None

    @property
    def number(self) -> float | None:
        """The number this item plots: the value, or the change for a change chart."""
        if self.field == "value":
            return self.observation.value
        if self.field == "change":
            return self.observation.change_value
        return None

    @property
    def reported(self) -> str | None:
        """The figure as reported behind :attr:`number`."""
        if self.field == "value":
            return self.observation.reported
        if self.field == "change":
            return self.observation.change_reported
        return None


@dataclass(frozen=True)
class Chart(ChartRow, Bilingual):
    """A chart of a domain with its items in order (a timeline has none: it draws milestones)."""

    items: tuple[ChartItem, ...]


class Milestone(MilestoneRow, Bilingual):
    """A dated event of the report: a regulation, a measure, a plan, a release."""


class OutlookItem(OutlookRow, Bilingual):
    """A sentence of the report's outlook, with its place in the article."""


class Citation(CitationRow, Bilingual):
    """A cited work, as the database describes it; :func:`gui.present.citation.reference`
    words it."""
