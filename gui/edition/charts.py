"""Charts and their items: what each kind of chart may plot, on one axis.

A ranking numbers its items, so the article must rank them: ``order_words`` are the words of
every item's quote that state the order (排在前三位), and the items follow their figures, largest
first, as the article ranks them. Names the article gives without an order
are a ``list``, shown in the article's order, unnumbered. A logarithmic axis misleads a reader
who does not know it is one: a chart on a log scale says so, and why, in its note.
"""

from __future__ import annotations

from gui.data.columns import choices
from gui.data.schema import (
    ChartItemRow,
    ChartRow,
    DomainRow,
    IndicatorRow,
    ObservationRow,
    UnitRow,
)
from gui.edition.csvrows import Row
from gui.edition.reading import Reading

CHART_KINDS = choices(ChartRow, "kind")
ITEM_FIELDS = choices(ChartItemRow, "field")
# What a note on a log scale must say, in each language.
LOG_WORDS = {"note_zh": "对数", "note_en": "logarithmic"}


def charts(
    reading: Reading,
    domains: dict[str, DomainRow],
    indicators: dict[str, IndicatorRow],
    units: dict[str, UnitRow],
    observations: dict[str, ObservationRow],
) -> tuple[list[ChartRow], list[ChartItemRow]]:
    out: dict[str, ChartRow] = {}
    chart_rows: dict[str, Row] = {}
    for position, row in enumerate(reading.rows(ChartRow)):
        chart = row.make(ChartRow)(
            id=row.slug("id", dotted=True),
            domain_id=row.reference("domain", domains, "domain"),
            position=position,
            kind=row.choice("kind", CHART_KINDS),
            title_zh=row.text("title_zh"),
            title_en=row.text("title_en"),
            axis_zh=row.text("axis_zh", required=False),
            axis_en=row.text("axis_en", required=False),
            scale=row.choice("scale", choices(ChartRow, "scale")),
            order_words=row.text("order_words", required=False) or None,
            note_zh=row.text("note_zh", required=False) or None,
            note_en=row.text("note_en", required=False) or None,
        )
        if bool(chart.note_zh) != bool(chart.note_en):
            row.problem("note_en" if chart.note_zh else "note_zh", "is needed in both languages")
        if chart.scale == "log":
            for name, word in LOG_WORDS.items():
                if word not in (getattr(chart, name) or "").lower():
                    row.problem(name, f"a log scale must be said: the note needs {word!r}")
        if chart.kind == "ranking" and not chart.order_words:
            row.problem(
                "order_words",
                "is empty: a ranking needs the quote's words that rank it; else make it a list",
            )
        if chart.kind != "ranking" and chart.order_words and not row.wrong("kind"):
            row.problem("order_words", f"only a ranking has an order, not a {chart.kind!r}")
        out.setdefault(chart.id, chart)
        chart_rows.setdefault(chart.id, row)
    items: list[ChartItemRow] = []
    per_chart: dict[str, list[tuple[Row, ChartItemRow]]] = {}
    for row in reading.rows(ChartItemRow):
        chart_id = row.reference("chart", out, "chart")
        obs_id = row.reference("observation", observations, "observation")
        share_id = row.reference("share_observation", observations, "observation", required=False)
        item = row.make(ChartItemRow)(
            chart_id=chart_id,
            position=len(per_chart.get(chart_id, [])),
            observation_id=obs_id,
            field=row.choice("field", ITEM_FIELDS),
            label_zh=row.text("label_zh"),
            label_en=row.text("label_en"),
            series_zh=row.text("series_zh", required=False) or None,
            series_en=row.text("series_en", required=False) or None,
            share_observation_id=share_id or None,
        )
        per_chart.setdefault(chart_id, []).append((row, item))
        items.append(item)
    for chart_id, chart in out.items():
        chart_items = per_chart.get(chart_id, [])
        chart_row = chart_rows[chart_id]
        if chart.kind != "timeline" and not chart_items and not chart_row.wrong("kind"):
            chart_row.problem("id", "the chart has no items in chart_items.csv")
        usable = [(r, i) for r, i in chart_items if i.observation_id not in reading.broken]
        _check_chart(chart, chart_row, usable, indicators, units, observations)
        if chart.kind == "ranking":
            _check_ranking(chart, usable, observations)
    return list(out.values()), items


def _check_chart(
    chart: ChartRow,
    chart_row: Row,
    items: list[tuple[Row, ChartItemRow]],
    indicators: dict[str, IndicatorRow],
    units: dict[str, UnitRow],
    observations: dict[str, ObservationRow],
) -> None:
    """The items against their chart; a kind or order words told wrong there are not used."""
    kind = "" if chart_row.wrong("kind") else chart.kind
    ranked_by = None if chart_row.wrong("order_words") else chart.order_words
    dimensions: set[str] = set()
    for row, item in items:
        obs = observations.get(item.observation_id)
        indicator = indicators.get(obs.indicator_id) if obs else None
        if obs is None or indicator is None or not item.field:
            continue
        if indicator.domain_id != chart.domain_id:
            row.problem(
                "observation",
                f"belongs to domain {indicator.domain_id!r}, not the chart's {chart.domain_id!r}",
            )
        field_name = item.field
        if kind == "timeline":
            row.problem("chart", "a timeline draws the milestones and takes no items")
        if field_name == "value" and obs.value is None:
            row.problem("field", f"{obs.id!r} has no value")
        if field_name == "change" and obs.change_value is None:
            row.problem("field", f"{obs.id!r} has no change")
        if field_name == "label":
            if kind and kind != "list":
                row.problem("field", "only a list names items without values")
            elif item.label_zh not in (obs.quote or ""):
                row.problem("label_zh", f"{item.label_zh!r} is not named in the quote")
        elif kind == "list":
            row.problem("field", f"a list names items: the field is 'label', not {field_name!r}")
        if ranked_by and ranked_by not in (obs.quote or ""):
            row.problem(
                "observation",
                f"the quote of {obs.id!r} does not say {ranked_by!r}, which ranks the chart",
            )
        unit_id = indicator.unit_id if field_name == "value" else obs.change_unit_id
        if field_name != "label" and unit_id in units:
            dimensions.add(units[unit_id].dimension)
        if kind == "before_after" and obs.baseline_value is None:
            row.problem("observation", f"{obs.id!r} has no baseline for a before→after chart")
        if kind in ("composition", "grouped") and not item.series_zh:
            row.problem("series_zh", f"is empty; a {kind} chart needs a series for each item")
        if bool(item.series_zh) != bool(item.series_en):
            row.problem("series_en", "is needed in both languages")
        share = observations.get(item.share_observation_id or "")
        share_indicator = indicators.get(share.indicator_id) if share else None
        share_unit = units.get(share_indicator.unit_id) if share_indicator else None
        if share is not None and share_unit is not None and share_unit.zh != "%":
            row.problem("share_observation", f"{share.id!r} is not a percentage")
        if chart.scale == "log" and field_name == "value" and (obs.value or 0) <= 0:
            row.problem("observation", "a log scale needs values above zero")
    if len(dimensions) > 1:
        row = items[0][0]
        row.problem(
            "observation",
            f"chart {chart.id!r} mixes {', '.join(sorted(dimensions))} on one axis",
        )


def _check_ranking(
    chart: ChartRow, items: list[tuple[Row, ChartItemRow]], observations: dict[str, ObservationRow]
) -> None:
    """A ranking's items stand in the order of their figures, largest first."""
    previous: tuple[Row, float, str] | None = None
    for row, item in items:
        obs = observations.get(item.observation_id)
        if obs is None or item.field not in ("value", "change"):
            continue
        value, reported = (
            (obs.value, obs.reported)
            if item.field == "value"
            else (obs.change_value, obs.change_reported)
        )
        if value is None:
            continue
        if previous is not None and value > previous[1]:
            row.problem(
                "observation",
                f"ranking {chart.id!r} goes largest first, but {reported} here is more than "
                f"{previous[2]} on line {previous[0].line}: put this item before that one",
            )
            return
        previous = (row, value, reported or "")
