"""``edition.toml``: the edition's name and article, the works it cites, the article's joins."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from gui.database.schema import META_KEYS, CitationRow, Meta, MetaRow
from gui.edition.problems import Problems
from gui.edition.punctuation import half_width
from gui.edition.sourcetext import Join
from gui.edition.values import iso_date

REPORT_KEYS = (
    "title_zh",
    "title_en",
    "author_zh",
    "author_en",
    "publisher_zh",
    "publisher_en",
    "place_zh",
    "place_en",
    "released",
)
ARTICLE_KEYS = (
    "title_zh",
    "subtitle_zh",
    "title_en",
    "subtitle_en",
    "author_zh",
    "author_en",
    "newspaper_zh",
    "newspaper_en",
    "date",
)
# Where the article was read online and when (GB/T 7714's 获取和访问路径 and 引用日期): both or
# neither, and only for a page someone has opened; without them it is cited as the paper.
ARTICLE_ONLINE = ("url", "accessed")
# Dates a citation gives, each checked to be a day: (table, key).
DATES = (("report", "released"), ("article", "date"), ("article", "accessed"))
# Chinese text written for this edition, punctuated as GB/T 15834 asks (the article's headline
# and subtitle are its own words, verbatim).
AUTHORED_ZH = (
    ("edition", "title_zh"),
    ("report", "title_zh"),
    ("report", "author_zh"),
    ("report", "publisher_zh"),
    ("report", "place_zh"),
    ("article", "newspaper_zh"),
)


@dataclass(frozen=True)
class Header:
    id: str
    title_zh: str
    title_en: str
    source: str  # the article's file, relative to the sources folder
    citations: list[CitationRow]
    joins: list[Join]

    def meta(self) -> list[MetaRow]:
        meta = Meta(
            edition_id=self.id,
            edition_title_zh=self.title_zh,
            edition_title_en=self.title_en,
            source_path=self.source,
        )
        return [MetaRow(key=key, value=getattr(meta, key)) for key in META_KEYS]


def read_header(folder: Path, problems: Problems) -> Header | None:
    """The header of the edition in ``folder``; None, with the problems said, if it is wrong."""
    path = folder / "edition.toml"
    try:
        text = path.read_text(encoding="utf-8-sig")
        document = tomllib.loads(text)
    except OSError as error:
        problems.add(path, 0, "file", f"cannot be read: {error.strerror or error}")
        return None
    except UnicodeDecodeError as error:
        problems.add(path, 0, "encoding", f"not UTF-8 at byte {error.start}")
        return None
    except tomllib.TOMLDecodeError as error:
        # Before Python 3.14 the line is given only in the message: "… (at line 5, column 6)",
        # or "… (at end of document)", which 3.14 numbers as the last line.
        where = re.search(r" \(at line (\d+), column \d+\)$", str(error))
        last = text.count("\n") + 1
        line = getattr(error, "lineno", int(where.group(1)) if where else last)
        problems.add(path, line, "toml", str(error).split(" (at line")[0])
        return None

    def need(table: str, key: str) -> str:
        value = document.get(table, {}).get(key)
        if not isinstance(value, str) or not value.strip():
            problems.add(
                path, toml_line(path, key, table=table), f"{table}.{key}", "missing or not text"
            )
            return ""
        return value.strip()

    edition = {k: need("edition", k) for k in ("id", "title_zh", "title_en", "source")}
    report = {k: need("report", k) for k in REPORT_KEYS}
    article = {k: need("article", k) for k in ARTICLE_KEYS}
    for key in ARTICLE_ONLINE:
        value = document.get("article", {}).get(key, "")
        article[key] = value.strip() if isinstance(value, str) else ""
    if bool(article["url"]) != bool(article["accessed"]):
        missing = "accessed" if article["url"] else "url"
        problems.add(
            path,
            toml_line(path, "url" if article["url"] else "accessed", table="article"),
            f"article.{missing}",
            "is missing: an address and the date it was read go together (GB/T 7714)",
        )
    given = {"report": report, "article": article}
    for table, key in DATES:
        when = given[table][key]
        if when and not iso_date(when):
            problems.add(
                path,
                toml_line(path, key, table=table),
                f"{table}.{key}",
                f"{when!r} is not a date YYYY-MM-DD",
            )
    given["edition"] = edition
    for table, key in AUTHORED_ZH:
        said = half_width(given[table][key])
        if said:
            problems.add(path, toml_line(path, key, table=table), f"{table}.{key}", said)
    if article["url"] and not article["url"].startswith(("http://", "https://")):
        problems.add(
            path,
            toml_line(path, "url", table="article"),
            "article.url",
            "is not a web address (http:// …)",
        )
    joins = []
    for i, join in enumerate(document.get("joins", [])):
        keys = ("before", "after", "reason")
        if not isinstance(join, dict) or any(key not in join for key in keys):
            message = "needs before, after and reason"
        else:
            not_text = [key for key in keys if not isinstance(join[key], str)]
            if not not_text:
                joins.append(Join(join["before"], join["after"], join["reason"]))
                continue
            message = f"{' and '.join(not_text)} must be text"
        problems.add(path, toml_line(path, "[[joins]]", i), f"joins[{i}]", message)
    if problems:
        return None
    return Header(
        id=edition["id"],
        title_zh=edition["title_zh"],
        title_en=edition["title_en"],
        source=edition["source"],
        citations=[_report(report), _article(article)],
        joins=joins,
    )


def _report(report: dict[str, str]) -> CitationRow:
    return CitationRow(
        id="report",
        kind="report",
        authors_zh=report["author_zh"],
        authors_en=report["author_en"],
        title_zh=report["title_zh"],
        title_en=report["title_en"],
        subtitle_zh=None,
        subtitle_en=None,
        container_zh=report["publisher_zh"],
        container_en=report["publisher_en"],
        place_zh=report["place_zh"],
        place_en=report["place_en"],
        date=report["released"],
        url=None,
        accessed=None,
    )


def _article(article: dict[str, str]) -> CitationRow:
    return CitationRow(
        id="article",
        kind="article",
        authors_zh=article["author_zh"],
        authors_en=article["author_en"],
        title_zh=article["title_zh"],
        title_en=article["title_en"],
        subtitle_zh=article["subtitle_zh"],
        subtitle_en=article["subtitle_en"],
        container_zh=article["newspaper_zh"],
        container_en=article["newspaper_en"],
        place_zh=None,
        place_en=None,
        date=article["date"],
        url=article["url"] or None,
        accessed=article["accessed"] or None,
    )


def toml_line(path: Path, key: str, nth: int = 0, *, table: str = "") -> int:
    """The line of the ``nth`` line starting with ``key`` (in ``[table]`` if given), else 0."""
    try:
        lines = path.read_text(encoding="utf-8-sig").split("\n")
    except (OSError, UnicodeDecodeError):
        return 0
    current = ""
    hits = []
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if stripped.startswith("[") and not stripped.startswith(key):
            current = stripped.strip("[]").strip()
        elif stripped.startswith(key) and (not table or current == table):
            hits.append(number)
    return hits[nth] if len(hits) > nth else 0
