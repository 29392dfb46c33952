"""Charts and their items: what each kind of chart may plot, on one axis.

A chart must not suggest what the figures do not say. So:

- one axis, one kind of thing: the items plotted against one value axis count the same thing
  (one unit; a change plotted as a change is a unit of its own) over the same period (the same
  stated period, or, where the article states none, the same sentence). Figures that are not
  alike are drawn apart, as ``cards``: each alone, with its unit and period, no axis.
- no bars on a logarithmic axis: a bar is read as a length from zero, which a log axis does not
  have, and every kind with an axis draws bars somewhere (before → after is a bar chart in the
  deck). Figures that span orders of magnitude are drawn apart too.
- a chart whose note says its items cannot be compared does not set them on one axis.
- a ranking numbers its items, so the article must rank them: ``order_words`` are the words of
  every item's quote that state the order (排在前三位), and the items follow their figures,
  largest first, as the article ranks them. Names the article gives without an order are a
  ``list``, shown in the article's order, unnumbered.
"""

from __future__ import annotations

from gui.database.columns import choices
from gui.database.schema import (
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
# The kinds that plot their items against one value axis; the others have none.
AXIS_KINDS = ("bar", "ranking", "composition", "before_after", "grouped")
# What a note says when the items it speaks of cannot be set against each other.
NOT_COMPARABLE = {
    "note_zh": ("不宜相互比较", "不宜比较", "不可比", "不能比较", "无法比较"),
    "note_en": ("not comparable", "cannot be compared", "not be compared", "incomparable"),
}
APART = "draw them apart (kind 'cards')"


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
        _check_axis(chart, row)
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


def _check_axis(chart: ChartRow, row: Row) -> None:
    """What the chart's kind says of its axis: its scale, its words, what its note allows."""
    if row.wrong("kind") or not chart.kind:
        return
    if chart.kind not in AXIS_KINDS:
        if chart.scale == "log":
            row.problem("scale", f"a {chart.kind!r} chart has no value axis: the scale is 'linear'")
        for name in ("axis_zh", "axis_en"):
            if getattr(chart, name):
                row.problem(
                    name, f"a {chart.kind!r} chart has no value axis to name; leave it empty"
                )
        return
    if chart.scale == "log":
        row.problem(
            "scale",
            "no bars on a logarithmic axis: a bar is read as a length from zero, which a log axis "
            f"does not have; where figures span orders of magnitude, {APART}",
        )
    for name, words in NOT_COMPARABLE.items():
        note = (getattr(chart, name) or "").lower()
        said = next((w for w in words if w in note), None)
        if said:
            row.problem(
                name,
                f"says the items are {said!r}, but a {chart.kind!r} chart sets them on one axis: "
                f"{APART}",
            )
            return


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
    plotted: list[tuple[Row, ObservationRow, str]] = []
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
        if field_name != "label" and unit_id in units and not row.wrong("field"):
            plotted.append((row, obs, _thing(units[unit_id], field_name)))
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
    if kind in AXIS_KINDS:
        _one_kind_of_thing(plotted)


def _one_kind_of_thing(plotted: list[tuple[Row, ObservationRow, str]]) -> None:
    """The items on a chart's axis count one thing over one period; the first item that does
    not is told, with the chart's first item it differs from."""
    if not plotted:
        return
    _, first, thing = plotted[0]
    for row, obs, other in plotted[1:]:
        if other != thing:
            what = f"counts {other}, but {first.id!r} on the same axis counts {thing}"
        elif not _same_period(obs, first):
            what = (
                f"states no period, nor does {first.id!r} on the same axis, but their quotes "
                "differ, so nothing says they share one"
                if obs.period_words is None and first.period_words is None
                else f"has {_period(obs)}, but {first.id!r} on the same axis has {_period(first)}"
            )
        else:
            continue
        row.problem(
            "observation",
            f"{obs.id!r} {what}: one axis, one kind of thing (one unit, one period); {APART}",
        )
        return


def _thing(unit: UnitRow, field_name: str) -> str:
    """What an item counts: its unit's word (人 and 名 both count people), or a change in it."""
    return f"a change in {unit.en}" if field_name == "change" else unit.en


def _same_period(a: ObservationRow, b: ObservationRow) -> bool:
    """The same stated period; where the article states none, the same sentence."""
    if a.period_words is None or b.period_words is None:
        return a.period_words is None and b.period_words is None and a.quote == b.quote
    return (a.period_zh, a.period_en, a.as_of) == (b.period_zh, b.period_en, b.as_of)


def _period(obs: ObservationRow) -> str:
    return f"the period {obs.period_zh!r}" if obs.period_words else "no stated period"


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
