"""What the read API returns: plain frozen records, one per row, in both languages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

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


@dataclass(frozen=True)
class Domain(Bilingual):
    id: str
    position: int
    kind: str
    heading_zh: str | None
    title_zh: str
    title_en: str
    tab_zh: str
    tab_en: str
    summary_zh: str
    summary_en: str


@dataclass(frozen=True)
class Unit(Bilingual):
    id: str
    zh: str
    en: str
    en_one: str
    dimension: str

    def tr_unit(self, lang: Lang, *, one: bool = False) -> str:
        """The unit's word; English has a singular for a count of one."""
        if lang == "zh":
            return self.zh
        return self.en_one if one else self.en


@dataclass(frozen=True)
class Observation(Bilingual):
    id: str
    indicator_id: str
    domain_id: str
    position: int
    name_zh: str
    name_en: str
    unit: Unit
    reported: str | None
    value: float | None
    qualifier: str | None
    period_zh: str
    period_en: str
    as_of: str
    baseline_zh: str | None
    baseline_en: str | None
    baseline_reported: str | None
    baseline_value: float | None
    change_reported: str | None
    change_value: float | None
    change_unit: Unit | None
    direction: str | None
    quote: str
    quote_start: int
    quote_end: int
    figure_start: int | None
    figure_end: int | None
    baseline_start: int | None
    baseline_end: int | None
    change_start: int | None
    change_end: int | None

    @property
    def approximate(self) -> bool:
        """The report hedges this figure (余, 多, 以上): the value is a lower bound."""
        return bool(self.qualifier)

    def spans(self) -> list[tuple[int, int]]:
        """Where this observation's figures stand in the source file."""
        pairs = [
            (self.figure_start, self.figure_end),
            (self.baseline_start, self.baseline_end),
            (self.change_start, self.change_end),
        ]
        return [(a, b) for a, b in pairs if a is not None and b is not None]


@dataclass(frozen=True)
class ChartItem(Bilingual):
    observation: Observation
    field: str
    label_zh: str
    label_en: str
    series_zh: str | None
    series_en: str | None
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
class Chart(Bilingual):
    id: str
    domain_id: str
    position: int
    kind: str
    title_zh: str
    title_en: str
    axis_zh: str
    axis_en: str
    scale: str
    items: tuple[ChartItem, ...]


@dataclass(frozen=True)
class Milestone(Bilingual):
    id: str
    position: int
    date: str
    domain_id: str
    kind: str
    title_zh: str
    title_en: str
    quote: str
    quote_start: int
    quote_end: int


@dataclass(frozen=True)
class OutlookItem(Bilingual):
    id: str
    position: int
    text_zh: str
    text_en: str
    start: int
    end: int


@dataclass(frozen=True)
class Citation(Bilingual):
    id: str
    title_zh: str
    title_en: str
    authors_zh: str
    authors_en: str
    date: str | None
    text_zh: str
    text_en: str
