"""What is measured: units, the report's domains, and the indicators of each domain."""

from __future__ import annotations

from gui.database.columns import choices
from gui.database.schema import DomainRow, IndicatorRow, UnitRow
from gui.edition.reading import Reading

DOMAIN_KINDS = choices(DomainRow, "kind")
# Kinds an edition has one domain of: the introduction is the Overview tab, the outlook its own.
SINGLE_KINDS = ("introduction", "outlook")
# What an indicator's observations give: a level (a count, a rate), or only its change.
MEASURES = choices(IndicatorRow, "measure")


def units(reading: Reading) -> dict[str, UnitRow]:
    out: dict[str, UnitRow] = {}
    for row in reading.rows(UnitRow):
        unit = row.make(UnitRow)(
            id=row.slug("id"),
            zh=row.text("zh"),
            en=row.text("en"),
            en_one=row.text("en_one"),
            dimension=row.slug("dimension"),
        )
        out.setdefault(unit.id, unit)
    return out


def domains(reading: Reading) -> dict[str, DomainRow]:
    out: dict[str, DomainRow] = {}
    lines = set(reading.text.text.split("\n"))
    first_of: dict[str, tuple[str, int]] = {}
    for position, row in enumerate(reading.rows(DomainRow)):
        kind = row.choice("kind", DOMAIN_KINDS)
        if kind in SINGLE_KINDS:
            if kind in first_of:
                other, line = first_of[kind]
                row.problem(
                    "kind",
                    f"a second domain of kind {kind!r} ({other!r} on line {line} is the first); "
                    "an edition has one",
                )
            first_of.setdefault(kind, (row.cells["id"], row.line))
        heading = row.text("heading_zh", required=kind == "section")
        if kind == "section" and heading and heading not in lines:
            row.problem("heading_zh", f"{heading!r} is not a heading line of the source")
        if kind != "section" and heading and not row.wrong("kind"):
            row.problem("heading_zh", f"only a section has a heading, not {kind!r}")
        domain = row.make(DomainRow)(
            id=row.slug("id"),
            position=position,
            kind=kind,
            heading_zh=heading or None,
            title_zh=row.text("title_zh"),
            title_en=row.text("title_en"),
            tab_zh=row.text("tab_zh"),
            tab_en=row.text("tab_en"),
            summary_zh=row.text("summary_zh"),
            summary_en=row.text("summary_en"),
        )
        out.setdefault(domain.id, domain)
    return out


def indicators(
    reading: Reading, domains: dict[str, DomainRow], units: dict[str, UnitRow]
) -> dict[str, IndicatorRow]:
    out: dict[str, IndicatorRow] = {}
    for position, row in enumerate(reading.rows(IndicatorRow)):
        ident = row.slug("id", dotted=True)
        domain = row.reference("domain", domains, "domain")
        if ident and domain and not ident.startswith(domain + "."):
            row.problem("id", f"{ident!r} should start with its domain, {domain + '.'!r}")
        indicator = row.make(IndicatorRow)(
            id=ident,
            domain_id=domain,
            position=position,
            name_zh=row.text("name_zh"),
            name_en=row.text("name_en"),
            unit_id=row.reference("unit", units, "unit"),
            measure=row.choice("measure", MEASURES),
        )
        out.setdefault(ident, indicator)
    return out
