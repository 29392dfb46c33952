"""Loading one edition from ``data/``: the TOML header, the source article and the CSV tables.

Every row is checked against the others and against the article: references resolve, each
value in base units equals its figure as reported, each figure and quote is found in the article
where the row says. What comes out is a set of records ready to be written to the database;
what is wrong comes out as :class:`SourceError` with one ``file:line: field: problem`` per line.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from gui.data.csvrows import Problems, Row, read_rows
from gui.data.files import display_path
from gui.data.numerals import QUALIFIERS, FigureError, parse_figure
from gui.data.sourcetext import Join, Located, QuoteError, SourceText

Record = dict[str, Any]

DOMAIN_KINDS = ("introduction", "section", "outlook")
MILESTONE_KINDS = ("regulation", "measure", "plan", "release")
CHART_KINDS = ("bar", "ranking", "composition", "before_after", "grouped", "timeline")
ITEM_FIELDS = ("value", "change", "label")
DIRECTIONS = ("", "up", "down", "flat")
# Words the article uses for each direction; an observation's quote must use one of them.
DIRECTION_WORDS = {
    "up": ("上升", "增长", "提升", "提高"),
    "down": ("下降", "减"),
    "flat": ("持平",),
}
AS_OF = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

COLUMNS: dict[str, tuple[str, ...]] = {
    "units.csv": ("id", "zh", "en", "en_one", "dimension"),
    "domains.csv": (
        "id",
        "kind",
        "heading_zh",
        "title_zh",
        "title_en",
        "tab_zh",
        "tab_en",
        "summary_zh",
        "summary_en",
    ),
    "indicators.csv": ("id", "domain", "name_zh", "name_en", "unit"),
    "observations.csv": (
        "id",
        "indicator",
        "reported",
        "value",
        "qualifier",
        "period_zh",
        "period_en",
        "as_of",
        "baseline_zh",
        "baseline_en",
        "baseline_reported",
        "baseline_value",
        "change_reported",
        "change_value",
        "change_unit",
        "direction",
        "quote",
    ),
    "milestones.csv": ("id", "date", "domain", "kind", "title_zh", "title_en", "quote"),
    "outlook.csv": ("id", "text_zh", "text_en"),
    "charts.csv": ("id", "domain", "kind", "title_zh", "title_en", "axis_zh", "axis_en", "scale"),
    "chart_items.csv": (
        "chart",
        "observation",
        "field",
        "label_zh",
        "label_en",
        "series_zh",
        "series_en",
        "share_observation",
    ),
    "cards.csv": ("observation", "overview"),
    "checks.csv": ("id", "kind", "total", "parts", "tolerance", "note"),
    "non_indicators.csv": ("text", "pattern", "reason", "repeats"),
}


class SourceError(Exception):
    """The sources are not a valid edition; ``problems`` says where and why."""

    def __init__(self, problems: Problems) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass
class Edition:
    """A validated edition: records per table, ready for the database."""

    meta: Record
    citations: list[Record]
    source: Record
    gaps: list[Record]
    tables: dict[str, list[Record]] = field(default_factory=dict)


def load_edition(folder: Path) -> Edition:
    """Read and validate every source in ``folder``; raise :class:`SourceError` if any is wrong."""
    problems = Problems()
    loader = _Loader(folder, problems)
    edition = loader.load()
    if problems or edition is None:
        raise SourceError(problems)
    return edition


class _Loader:
    def __init__(self, folder: Path, problems: Problems) -> None:
        self.folder = folder
        self.problems = problems
        self.tables: dict[str, list[Record]] = {}
        # Observations whose own row is wrong: checks that build on them are skipped, so one
        # mistake gives one message, not a cascade.
        self.broken: set[str] = set()

    def read_all(self) -> bool:
        """Parse every CSV file; False if any cannot be read as a table at all.

        A file that cannot be read makes every reference to it fail; its own problem is the
        one worth reading, so validation stops there.
        """
        known = len(self.problems.items)
        self._rows = {
            name: read_rows(self.folder / name, columns, self.problems)
            for name, columns in COLUMNS.items()
        }
        return len(self.problems.items) == known

    def rows(self, name: str) -> list[Row]:
        rows = self._rows[name]
        seen: dict[str, int] = {}
        key = "observation" if name == "cards.csv" else "id"
        for row in rows:
            if row.cells.get(key):
                ident = row.cells[key]
                if ident in seen:
                    row.problem(key, f"duplicate id {ident!r} (first on line {seen[ident]})")
                seen.setdefault(ident, row.line)
        return rows

    # -- the edition header and the article -------------------------------------------------

    def load(self) -> Edition | None:
        header = self.header()
        if header is None:
            return None
        meta, citations, source_path, joins = header
        self.source_name = meta["source"]
        try:
            raw = source_path.read_bytes()
            article = raw.decode("utf-8")
        except OSError as error:
            self.problems.add(source_path, 0, "file", f"cannot be read: {error.strerror}")
            return None
        except UnicodeDecodeError as error:
            self.problems.add(source_path, 0, "encoding", f"not UTF-8 at byte {error.start}")
            return None
        try:
            text = SourceText(article, joins)
        except QuoteError as error:
            self.problems.add(self.folder / "edition.toml", 0, "joins", str(error))
            return None
        self.text = text
        if not self.read_all():
            return None
        units = self.units()
        domains = self.domains()
        indicators = self.indicators(domains, units)
        observations = self.observations(indicators, units)
        self.milestones(domains)
        self.outlook(domains)
        self.charts(domains, indicators, units, observations)
        self.cards(indicators, observations)
        self.checks(observations)
        self.coverage(observations)
        self.tables["search_index"] = _search_rows(observations, indicators, units)
        source = {
            "id": "article",
            "path": meta["source"],
            "sha256": hashlib.sha256(raw).hexdigest(),
            "text": article,
        }
        gaps = [
            {"position": i, "start": gap.start, "end": gap.end, "reason": gap.reason}
            for i, gap in enumerate(text.gaps)
        ]
        return Edition(meta=meta, citations=citations, source=source, gaps=gaps, tables=self.tables)

    def header(self) -> tuple[Record, list[Record], Path, list[Join]] | None:
        path = self.folder / "edition.toml"
        try:
            document = tomllib.loads(path.read_text(encoding="utf-8-sig"))
        except OSError as error:
            self.problems.add(path, 0, "file", f"cannot be read: {error.strerror or error}")
            return None
        except UnicodeDecodeError as error:
            self.problems.add(path, 0, "encoding", f"not UTF-8 at byte {error.start}")
            return None
        except tomllib.TOMLDecodeError as error:
            line = getattr(error, "lineno", 0)
            self.problems.add(path, line, "toml", str(error).split(" (at line")[0])
            return None

        def need(table: str, key: str) -> str:
            value = document.get(table, {}).get(key)
            if not isinstance(value, str) or not value.strip():
                self.problems.add(
                    path, _toml_line(path, key), f"{table}.{key}", "missing or not text"
                )
                return ""
            return value.strip()

        edition = {k: need("edition", k) for k in ("id", "title_zh", "title_en", "source")}
        report = {
            k: need("report", k)
            for k in ("title_zh", "title_en", "publishers_zh", "publishers_en", "released")
        }
        article = {
            k: need("article", k)
            for k in (
                "title_zh",
                "subtitle_zh",
                "title_en",
                "subtitle_en",
                "author_zh",
                "author_en",
                "byline_zh",
                "byline_en",
                "publication_zh",
                "publication_en",
            )
        }
        if report["released"] and not _iso_date(report["released"]):
            self.problems.add(
                path,
                _toml_line(path, "released"),
                "report.released",
                f"{report['released']!r} is not a date YYYY-MM-DD",
            )
        joins = []
        for i, join in enumerate(document.get("joins", [])):
            try:
                joins.append(Join(str(join["before"]), str(join["after"]), str(join["reason"])))
            except (KeyError, TypeError):
                self.problems.add(
                    path,
                    _toml_line(path, "[[joins]]", i),
                    f"joins[{i}]",
                    "needs before, after and reason",
                )
        if self.problems:
            return None
        citations = [_report_citation(report), _article_citation(article, report)]
        return edition, citations, self.folder / edition["source"], joins

    # -- tables ------------------------------------------------------------------------------

    def units(self) -> dict[str, Record]:
        out: dict[str, Record] = {}
        for row in self.rows("units.csv"):
            record: Record = {
                "id": row.slug("id"),
                "zh": row.text("zh"),
                "en": row.text("en"),
                "en_one": row.text("en_one"),
                "dimension": row.slug("dimension"),
            }
            out.setdefault(record["id"], record)
        self.tables["units"] = list(out.values())
        return out

    def domains(self) -> dict[str, Record]:
        out: dict[str, Record] = {}
        lines = set(self.text.text.split("\n"))
        for position, row in enumerate(self.rows("domains.csv")):
            kind = row.choice("kind", DOMAIN_KINDS)
            heading = row.text("heading_zh", required=kind == "section")
            if kind == "section" and heading and heading not in lines:
                row.problem("heading_zh", f"{heading!r} is not a heading line of the source")
            if kind != "section" and heading:
                row.problem("heading_zh", f"only a section has a heading, not {kind!r}")
            record: Record = {
                "id": row.slug("id"),
                "position": position,
                "kind": kind,
                "heading_zh": heading or None,
                **{
                    k: row.text(k)
                    for k in (
                        "title_zh",
                        "title_en",
                        "tab_zh",
                        "tab_en",
                        "summary_zh",
                        "summary_en",
                    )
                },
            }
            out.setdefault(record["id"], record)
        self.tables["domains"] = list(out.values())
        return out

    def indicators(self, domains: dict[str, Record], units: dict[str, Record]) -> dict[str, Record]:
        out: dict[str, Record] = {}
        for position, row in enumerate(self.rows("indicators.csv")):
            ident = row.slug("id", dotted=True)
            domain = row.reference("domain", domains, "domain")
            if ident and domain and not ident.startswith(domain + "."):
                row.problem("id", f"{ident!r} should start with its domain, {domain + '.'!r}")
            record: Record = {
                "id": ident,
                "domain_id": domain,
                "position": position,
                "name_zh": row.text("name_zh"),
                "name_en": row.text("name_en"),
                "unit_id": row.reference("unit", units, "unit"),
            }
            out.setdefault(ident, record)
        self.tables["indicators"] = list(out.values())
        return out

    def observations(
        self, indicators: dict[str, Record], units: dict[str, Record]
    ) -> dict[str, Record]:
        out: dict[str, Record] = {}
        for position, row in enumerate(self.rows("observations.csv")):
            known = len(self.problems.items)
            record = self.observation(row, position, indicators, units)
            if len(self.problems.items) != known:
                self.broken.add(record["id"])
            out.setdefault(record["id"], record)
        self.tables["observations"] = list(out.values())
        return out

    def observation(
        self, row: Row, position: int, indicators: dict[str, Record], units: dict[str, Record]
    ) -> Record:
        ident = row.slug("id", dotted=True)
        indicator_id = row.reference("indicator", indicators, "indicator")
        indicator = indicators.get(indicator_id)
        unit = units.get(indicator["unit_id"]) if indicator else None
        quote = row.text("quote")
        located = self.locate(row, "quote", quote)
        record: Record = {
            "id": ident,
            "indicator_id": indicator_id,
            "position": position,
            "quote": quote,
            "quote_start": located.start if located else None,
            "quote_end": located.end if located else None,
        }
        qualifier = row.choice("qualifier", ("", *QUALIFIERS), required=False)
        # The figure itself, its baseline and its change: each as reported and as a number.
        unit_zh = unit["zh"] if unit else None
        reported, value = self.figure(
            row, "reported", "value", unit_zh, quote, located, record, "figure", qualifier=qualifier
        )
        change_unit_id = row.reference("change_unit", units, "unit", required=False)
        change_unit = units.get(change_unit_id)
        change_reported, change_value = self.figure(
            row,
            "change_reported",
            "change_value",
            change_unit["zh"] if change_unit else None,
            quote,
            located,
            record,
            "change",
        )
        baseline_reported, baseline_value = self.figure(
            row, "baseline_reported", "baseline_value", unit_zh, quote, located, record, "baseline"
        )
        if change_reported and not change_unit_id:
            row.problem("change_unit", "is empty, but the row has a change")
        if change_unit_id and not change_reported:
            row.problem("change_unit", "is set, but the row has no change")
        if not reported and not change_reported:
            row.problem("reported", "is empty: a row needs a figure, a change or both")
        direction = row.choice("direction", DIRECTIONS, required=False)
        baseline_zh = row.text("baseline_zh", required=False)
        baseline_en = row.text("baseline_en", required=False)
        if bool(baseline_zh) != bool(baseline_en):
            row.problem(
                "baseline_en" if baseline_zh else "baseline_zh",
                "is empty, but the other language has a baseline period",
            )
        has_comparison = bool(change_reported or baseline_reported or baseline_zh)
        if has_comparison and not direction:
            row.problem("direction", "is empty, but the row has a comparison")
        if direction and not has_comparison:
            row.problem("direction", "is set, but the row has no baseline or change")
        if direction and quote and not any(w in quote for w in DIRECTION_WORDS[direction]):
            words = "、".join(DIRECTION_WORDS[direction])
            row.problem("direction", f"{direction!r} but the quote says none of {words}")
        if direction and value is not None and baseline_value is not None:
            actual = (
                "up" if value > baseline_value else "down" if value < baseline_value else "flat"
            )
            if actual != direction:
                row.problem(
                    "direction",
                    f"is {direction!r} but {baseline_reported} → {reported} is {actual!r}",
                )
        as_of = row.text("as_of")
        if as_of and not _valid_as_of(as_of):
            row.problem("as_of", f"{as_of!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        record.update(
            {
                "reported": reported or None,
                "value": _float(value),
                "qualifier": qualifier or None,
                "period_zh": row.text("period_zh"),
                "period_en": row.text("period_en"),
                "as_of": as_of,
                "baseline_zh": baseline_zh or None,
                "baseline_en": baseline_en or None,
                "baseline_reported": baseline_reported or None,
                "baseline_value": _float(baseline_value),
                "change_reported": change_reported or None,
                "change_value": _float(change_value),
                "change_unit_id": change_unit_id or None,
                "direction": direction or None,
            }
        )
        return record

    def figure(
        self,
        row: Row,
        reported_field: str,
        value_field: str,
        unit_zh: str | None,
        quote: str,
        located: Located | None,
        record: Record,
        prefix: str,
        *,
        qualifier: str = "",
    ) -> tuple[str, Decimal | None]:
        """Check a figure as reported against its number in base units and the quote."""
        reported = row.text(reported_field, required=False)
        value = row.number(value_field, required=False)
        record[f"{prefix}_start"] = record[f"{prefix}_end"] = None
        if bool(reported) != (row.cells[value_field] != ""):
            missing = value_field if reported else reported_field
            row.problem(missing, f"is empty, but {reported_field} and {value_field} go together")
            return reported, value
        if not reported:
            if prefix == "figure" and qualifier:
                row.problem("qualifier", "is set, but the row has no figure")
            return reported, value
        try:
            figure = parse_figure(reported)
        except FigureError as error:
            row.problem(reported_field, str(error))
            return reported, value
        if value is not None and figure.value != value:
            row.problem(
                value_field,
                f"{value} is not {_plain(figure.value)}, which is what {reported!r} says",
            )
        if unit_zh is not None and figure.unit not in ("", unit_zh):
            row.problem(
                reported_field, f"{reported!r} is in {figure.unit!r}, but the unit is {unit_zh!r}"
            )
        if prefix == "figure" and figure.qualifier != qualifier:
            row.problem("qualifier", f"is {qualifier!r} but {reported!r} says {figure.qualifier!r}")
        elif prefix != "figure" and figure.qualifier:
            row.problem(reported_field, f"{reported!r} is hedged; only the figure may be")
        if located is not None:
            try:
                start, end = located.span_of(reported, quote)
            except QuoteError:
                row.problem(reported_field, f"{reported!r} is not in the quote")
            else:
                record[f"{prefix}_start"], record[f"{prefix}_end"] = start, end
        return reported, value

    def locate(self, row: Row, name: str, quote: str, *, sentence: bool = True) -> Located | None:
        if not quote:
            return None
        try:
            return self.text.locate(quote, sentence=sentence)
        except QuoteError as error:
            row.problem(name, str(error))
            return None

    def milestones(self, domains: dict[str, Record]) -> None:
        out: dict[str, Record] = {}
        for position, row in enumerate(self.rows("milestones.csv")):
            when = row.text("date")
            day = _iso_date(when)
            if when and day is None:
                row.problem("date", f"{when!r} is not a date YYYY-MM-DD")
            quote = row.text("quote")
            located = self.locate(row, "quote", quote)
            if day and quote and f"{day.month}月{day.day}日" not in quote:
                row.problem("date", f"the quote does not give {day.month}月{day.day}日")
            title_zh = row.text("title_zh")
            for name in re.findall(r"《[^》]+》", title_zh):
                if quote and name not in quote:
                    row.problem("title_zh", f"{name} is not named in the quote")
            record: Record = {
                "id": row.slug("id"),
                "position": position,
                "date": when,
                "domain_id": row.reference("domain", domains, "domain"),
                "kind": row.choice("kind", MILESTONE_KINDS),
                "title_zh": title_zh,
                "title_en": row.text("title_en"),
                "quote": quote,
                "quote_start": located.start if located else None,
                "quote_end": located.end if located else None,
            }
            out.setdefault(record["id"], record)
        self.tables["milestones"] = list(out.values())

    def outlook(self, domains: dict[str, Record]) -> None:
        rows = self.rows("outlook.csv")
        outlook = [d for d in domains.values() if d["kind"] == "outlook"]
        if rows and not outlook:
            rows[0].problem("id", "there is no domain of kind 'outlook' to hold the outlook")
        out = []
        for position, row in enumerate(rows):
            text_zh = row.text("text_zh")
            located = self.locate(row, "text_zh", text_zh, sentence=False)
            out.append(
                {
                    "id": row.slug("id"),
                    "domain_id": outlook[0]["id"] if outlook else None,
                    "position": position,
                    "text_zh": text_zh,
                    "text_en": row.text("text_en"),
                    "start": located.start if located else None,
                    "end": located.end if located else None,
                }
            )
        self.tables["outlook"] = out

    def charts(
        self,
        domains: dict[str, Record],
        indicators: dict[str, Record],
        units: dict[str, Record],
        observations: dict[str, Record],
    ) -> None:
        charts: dict[str, Record] = {}
        chart_rows: dict[str, Row] = {}
        for position, row in enumerate(self.rows("charts.csv")):
            record: Record = {
                "id": row.slug("id", dotted=True),
                "domain_id": row.reference("domain", domains, "domain"),
                "position": position,
                "kind": row.choice("kind", CHART_KINDS),
                "title_zh": row.text("title_zh"),
                "title_en": row.text("title_en"),
                "axis_zh": row.text("axis_zh", required=False),
                "axis_en": row.text("axis_en", required=False),
                "scale": row.choice("scale", ("linear", "log")),
            }
            charts.setdefault(record["id"], record)
            chart_rows.setdefault(record["id"], row)
        self.tables["charts"] = list(charts.values())
        items: list[Record] = []
        per_chart: dict[str, list[tuple[Row, Record]]] = {}
        for row in self.rows("chart_items.csv"):
            chart_id = row.reference("chart", charts, "chart")
            obs_id = row.reference("observation", observations, "observation")
            share_id = row.reference(
                "share_observation", observations, "observation", required=False
            )
            item: Record = {
                "chart_id": chart_id,
                "position": len(per_chart.get(chart_id, [])),
                "observation_id": obs_id,
                "field": row.choice("field", ITEM_FIELDS),
                "label_zh": row.text("label_zh"),
                "label_en": row.text("label_en"),
                "series_zh": row.text("series_zh", required=False) or None,
                "series_en": row.text("series_en", required=False) or None,
                "share_observation_id": share_id or None,
            }
            per_chart.setdefault(chart_id, []).append((row, item))
            items.append(item)
        for chart_id, chart in charts.items():
            chart_items = per_chart.get(chart_id, [])
            if chart["kind"] != "timeline" and not chart_items:
                chart_rows[chart_id].problem("id", "the chart has no items in chart_items.csv")
            usable = [(r, i) for r, i in chart_items if i["observation_id"] not in self.broken]
            _check_chart(chart, usable, indicators, units, observations)
        self.tables["chart_items"] = items

    def cards(self, indicators: dict[str, Record], observations: dict[str, Record]) -> None:
        out = []
        overview_of: dict[str, int] = {}
        for position, row in enumerate(self.rows("cards.csv")):
            obs_id = row.reference("observation", observations, "observation")
            overview = row.choice("overview", ("0", "1"))
            obs = observations.get(obs_id)
            indicator = indicators.get(obs["indicator_id"]) if obs else None
            domain = indicator["domain_id"] if indicator else None
            if overview == "1" and domain:
                if domain in overview_of:
                    row.problem(
                        "overview",
                        f"domain {domain!r} already has its overview card "
                        f"on line {overview_of[domain]}",
                    )
                overview_of.setdefault(domain, row.line)
            out.append(
                {"observation_id": obs_id, "position": position, "overview": int(overview == "1")}
            )
        self.tables["cards"] = out

    def checks(self, observations: dict[str, Record]) -> None:
        from gui.data.consistency import run_check

        out = []
        for row in self.rows("checks.csv"):
            known = len(self.problems.items)
            record: Record = {
                "id": row.slug("id"),
                "kind": row.choice("kind", ("sum", "share")),
                "total": row.text("total"),
                "parts": row.text("parts"),
                "tolerance": _float(row.number("tolerance")),
                "note": row.text("note", required=False),
            }
            named = {record["total"], *record["parts"].split()}
            # Only a well-formed check on well-formed observations can be run.
            if len(self.problems.items) == known and not named & self.broken:
                run_check(row, record, observations)
            out.append(record)
        self.tables["checks"] = out

    def coverage(self, observations: dict[str, Record]) -> None:
        from gui.data.consistency import uncovered_figures

        rows = self.rows("non_indicators.csv")
        if self.broken:  # figures of a broken row are not placed; say so once, there
            return
        source_path = self.folder / self.source_name
        uncovered_figures(self.text, observations, rows, source_path, self.problems)


def _check_chart(
    chart: Record,
    items: list[tuple[Row, Record]],
    indicators: dict[str, Record],
    units: dict[str, Record],
    observations: dict[str, Record],
) -> None:
    kind = chart["kind"]
    dimensions: set[str] = set()
    for row, item in items:
        obs = observations.get(item["observation_id"])
        indicator = indicators.get(obs["indicator_id"]) if obs else None
        if obs is None or indicator is None or not item["field"]:
            continue
        if indicator["domain_id"] != chart["domain_id"]:
            row.problem(
                "observation",
                f"belongs to domain {indicator['domain_id']!r}, "
                f"not the chart's {chart['domain_id']!r}",
            )
        field_name = item["field"]
        if kind == "timeline":
            row.problem("chart", "a timeline draws the milestones and takes no items")
        if field_name == "value" and obs["value"] is None:
            row.problem("field", f"{obs['id']!r} has no value")
        if field_name == "change" and obs["change_value"] is None:
            row.problem("field", f"{obs['id']!r} has no change")
        if field_name == "label":
            if kind != "ranking":
                row.problem("field", "only a ranking lists labels without values")
            elif item["label_zh"] not in (obs["quote"] or ""):
                row.problem("label_zh", f"{item['label_zh']!r} is not named in the quote")
        unit_id = indicator["unit_id"] if field_name == "value" else obs["change_unit_id"]
        if field_name != "label" and unit_id in units:
            dimensions.add(units[unit_id]["dimension"])
        if kind == "before_after" and obs["baseline_value"] is None:
            row.problem("observation", f"{obs['id']!r} has no baseline for a before→after chart")
        if kind in ("composition", "grouped") and not item["series_zh"]:
            row.problem("series_zh", f"is empty; a {kind} chart needs a series for each item")
        if bool(item["series_zh"]) != bool(item["series_en"]):
            row.problem("series_en", "is needed in both languages")
        share = observations.get(item["share_observation_id"] or "")
        share_indicator = indicators.get(share["indicator_id"]) if share else None
        share_unit = units.get(share_indicator["unit_id"]) if share_indicator else None
        if share is not None and share_unit is not None and share_unit["zh"] != "%":
            row.problem("share_observation", f"{share['id']!r} is not a percentage")
        if chart["scale"] == "log" and field_name == "value" and (obs["value"] or 0) <= 0:
            row.problem("observation", "a log scale needs values above zero")
    if len(dimensions) > 1:
        row = items[0][0]
        row.problem(
            "observation",
            f"chart {chart['id']!r} mixes {', '.join(sorted(dimensions))} on one axis",
        )


def _search_rows(
    observations: dict[str, Record], indicators: dict[str, Record], units: dict[str, Record]
) -> list[Record]:
    rows = []
    for obs in observations.values():
        indicator = indicators.get(obs["indicator_id"])
        if indicator is None:
            continue
        unit = units.get(indicator["unit_id"], {"zh": "", "en": ""})
        rows.append(
            {
                "observation_id": obs["id"],
                "name_zh": indicator["name_zh"],
                "name_en": indicator["name_en"],
                "unit_zh": unit["zh"],
                "unit_en": unit["en"],
                "reported": " ".join(
                    x
                    for x in (obs["reported"], obs["baseline_reported"], obs["change_reported"])
                    if x
                ),
                "quote": obs["quote"],
            }
        )
    return rows


def _report_citation(report: Record) -> Record:
    released = _iso_date(report["released"])
    when_zh = f"{released.year}年{released.month}月{released.day}日" if released else ""
    when_en = f"{released.day} {released.strftime('%B')} {released.year}" if released else ""
    return {
        "id": "report",
        "title_zh": report["title_zh"],
        "title_en": report["title_en"],
        "authors_zh": report["publishers_zh"],
        "authors_en": report["publishers_en"],
        "date": report["released"],
        "text_zh": f"{report['publishers_zh']}:《{report['title_zh']}》,{when_zh}发布。",
        "text_en": f"{report['publishers_en']}. {report['title_en']}. Released {when_en}.",
    }


def _article_citation(article: Record, report: Record) -> Record:
    title_zh = article["title_zh"].replace("《", "〈").replace("》", "〉")
    return {
        "id": "article",
        "title_zh": article["title_zh"],
        "title_en": article["title_en"],
        "authors_zh": article["author_zh"],
        "authors_en": article["author_en"],
        "date": None,
        "text_zh": f"{article['byline_zh']}{article['author_zh']}:《{title_zh}——"
        f"{article['subtitle_zh']}》,{article['publication_zh']}。",
        "text_en": f'{article["author_en"]} ({article["byline_en"]}). "{article["title_en"]}: '
        f'{article["subtitle_en"]}". {article["publication_en"].capitalize()}; '
        f"reports the release of {report['released']}.",
    }


def _toml_line(path: Path, key: str, nth: int = 0) -> int:
    try:
        lines = path.read_text(encoding="utf-8-sig").split("\n")
    except (OSError, UnicodeDecodeError):
        return 0
    hits = [i + 1 for i, line in enumerate(lines) if line.strip().startswith(key)]
    return hits[nth] if len(hits) > nth else 0


def _iso_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if re.match(r"^\d{4}-\d{2}-\d{2}$", text) else None
    except ValueError:
        return None


def _valid_as_of(text: str) -> bool:
    match = AS_OF.match(text)
    if not match:
        return False
    year, month, day = match.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return False
    return True


def _float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")


__all__ = ["Edition", "SourceError", "display_path", "load_edition"]
