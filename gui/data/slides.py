"""What presentation mode shows: one pinned figure, or one domain, per screen."""

from __future__ import annotations

from dataclasses import dataclass

from gui.data import figures
from gui.data.briefing import Pin
from gui.data.model import Lang, Observation
from gui.data.store import Store
from gui.data.translate import Translate

FIGURES_PER_DOMAIN = 4


@dataclass(frozen=True)
class SlideFigure:
    label: str
    figure: str
    unit: str
    change: str
    period: str
    observation_id: str


@dataclass(frozen=True)
class Slide:
    kicker: str  # the domain, small, above the title
    title: str
    figures: tuple[SlideFigure, ...]
    note: str = ""  # the pin's note
    quote: str = ""  # the source sentence, for a single figure
    chart_id: str = ""  # a slide that shows one of the domain's charts


def _figure(obs: Observation, lang: Lang, tr: Translate) -> SlideFigure:
    return SlideFigure(
        label=obs.tr("name", lang),
        figure=figures.figure(obs, lang, tr),
        unit=figures.unit(obs, lang),
        change=figures.change(obs, lang, tr) if obs.value is not None else "",
        period=figures.period(obs, lang, tr),
        observation_id=obs.id,
    )


def pinned_slides(store: Store, pins: list[Pin], lang: Lang, tr: Translate) -> list[Slide]:
    titles = {d.id: d.tr("title", lang) for d in store.domains()}
    found = store.observations_by_id([p.observation_id for p in pins])
    slides = []
    for pin in pins:
        obs = found.get(pin.observation_id)
        if obs is None:  # pinned in another edition
            continue
        slides.append(
            Slide(
                kicker=titles.get(obs.domain_id, ""),
                title=obs.tr("name", lang),
                figures=(_figure(obs, lang, tr),),
                note=pin.note,
                quote=obs.quote,
            )
        )
    return slides


def domain_slides(store: Store, lang: Lang, tr: Translate) -> list[Slide]:
    edition = store.edition.tr("title", lang)
    slides = []
    for domain in store.domains():
        if domain.kind != "section":
            continue
        shown = store.cards(domain.id)[:FIGURES_PER_DOMAIN]
        title = domain.tr("title", lang)
        slides.append(
            Slide(
                kicker=edition,
                title=title,
                figures=tuple(_figure(o, lang, tr) for o in shown),
            )
        )
        # Then each of its charts on a screen of its own.
        for chart in store.charts(domain.id):
            slides.append(
                Slide(kicker=title, title=chart.tr("title", lang), figures=(), chart_id=chart.id)
            )
    return slides


def slides(store: Store, pins: list[Pin], lang: Lang, tr: Translate) -> list[Slide]:
    """The pinned figures if there are any, else every domain with its key figures; the words
    around the figures from ``tr``, in ``lang``."""
    return pinned_slides(store, pins, lang, tr) or domain_slides(store, lang, tr)
