"""The figure cards of each domain, one of them the domain's headline on the overview.

Every section has exactly one overview card: the Overview shows each section's headline figure.
"""

from __future__ import annotations

from gui.database.schema import CardRow, DomainRow, IndicatorRow, ObservationRow
from gui.edition.csvrows import Row
from gui.edition.reading import Reading


def cards(
    reading: Reading,
    domains: dict[str, DomainRow],
    indicators: dict[str, IndicatorRow],
    observations: dict[str, ObservationRow],
) -> list[CardRow]:
    out = []
    overview_of: dict[str, int] = {}
    first_card: dict[str, Row] = {}
    # Domains whose overview card cannot be told, because a card's own cells are wrong: a
    # missing overview there would only repeat that problem. None stands for any domain.
    unsure: set[str | None] = set()
    for position, row in enumerate(reading.rows(CardRow)):
        obs_id = row.reference("observation", observations, "observation")
        overview = row.choice("overview", ("0", "1"))
        obs = observations.get(obs_id)
        indicator = indicators.get(obs.indicator_id) if obs else None
        domain = indicator.domain_id if indicator else None
        if domain is None or not overview:
            unsure.add(domain)
        if domain:
            first_card.setdefault(domain, row)
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
    if None not in unsure:
        _check_overview(reading, domains, overview_of, first_card, unsure)
    return out


def _check_overview(
    reading: Reading,
    domains: dict[str, DomainRow],
    overview_of: dict[str, int],
    first_card: dict[str, Row],
    unsure: set[str | None],
) -> None:
    """Each section has an overview card: said on its first card, else on its own row."""
    domain_rows: dict[str, Row] = {}
    for row in reading.tables[DomainRow]:
        domain_rows.setdefault(row.cells["id"], row)
    for domain in domains.values():
        if domain.kind != "section" or domain.id in overview_of or domain.id in unsure:
            continue
        card = first_card.get(domain.id)
        if card is not None:
            card.problem(
                "overview",
                f"domain {domain.id!r} has no overview card: set overview to 1 on one of "
                "its cards (the Overview shows each section's headline figure)",
            )
        elif domain.id in domain_rows and not domain_rows[domain.id].wrong("id"):
            domain_rows[domain.id].problem(
                "id",
                f"section {domain.id!r} has no card in cards.csv, so no overview card for its "
                "headline figure on the Overview",
            )
