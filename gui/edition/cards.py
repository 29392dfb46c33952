"""The figure cards of each domain, one of them the domain's headline on the overview."""

from __future__ import annotations

from gui.data.schema import CardRow, IndicatorRow, ObservationRow
from gui.edition.reading import Reading


def cards(
    reading: Reading,
    indicators: dict[str, IndicatorRow],
    observations: dict[str, ObservationRow],
) -> list[CardRow]:
    out = []
    overview_of: dict[str, int] = {}
    for position, row in enumerate(reading.rows(CardRow)):
        obs_id = row.reference("observation", observations, "observation")
        overview = row.choice("overview", ("0", "1"))
        obs = observations.get(obs_id)
        indicator = indicators.get(obs.indicator_id) if obs else None
        domain = indicator.domain_id if indicator else None
        if overview == "1" and domain:
            if domain in overview_of:
                row.problem(
                    "overview",
                    f"domain {domain!r} already has its overview card "
                    f"on line {overview_of[domain]}",
                )
            overview_of.setdefault(domain, row.line)
        out.append(
            row.make(CardRow)(
                observation_id=obs_id, position=position, overview=int(overview == "1")
            )
        )
    return out
