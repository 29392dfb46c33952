"""A synthetic governance database of any size, for benchmarks.

``python -m tests.synthetic OUT N [--cards K] [--domain ID] [--seed S]``

Same schema and edition as the bundled database (domains, units, citations, the article,
charts and milestones are copied), plus N generated indicators, each with one observation whose
name, figure and sentence are made of the report's own words. They are spread over the five
section domains (20,000 a tab at N = 100,000), or all put in ``--domain``; ``--cards K`` gives
the first K of them a figure card as well (a tab then has thousands of cards to lay out). The
result passes the validation at open, as a database built by ``data build`` does.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from gui.database.schema import GRAMS
from gui.database.search import fill_grams
from gui.paths import bundled_database

WORDS = [
    "垃圾分类",
    "物业管理",
    "接诉即办",
    "社会组织",
    "城市安全",
    "疫情防控",
    "志愿者",
    "热线",
    "社区",
    "党组织",
    "网络安全",
    "示范小区",
    "厨余垃圾",
    "业委会",
    "基金会",
    "街乡镇",
]
ENGLISH = [
    "waste sorting",
    "property",
    "hotline",
    "social organisation",
    "safety",
    "COVID-19",
    "volunteers",
    "community",
    "Party",
    "cyber",
    "model community",
    "food waste",
]
FIRST = 10_000  # positions of generated rows start here, after the edition's own


def make(
    path: Path, count: int, seed: int = 7, *, cards: int = 0, domain: str | None = None
) -> Path:
    """Write the database to ``path`` and return it."""
    shutil.copy(bundled_database(), path)
    rng = random.Random(seed)
    connection = sqlite3.connect(path)
    sections = [
        r[0]
        for r in connection.execute(
            "SELECT id FROM domains WHERE kind = 'section' ORDER BY position"
        )
    ]
    if domain is not None and domain not in sections:
        raise ValueError(f"unknown domain {domain!r}; choose one of: {', '.join(sections)}")
    card_start = connection.execute("SELECT coalesce(max(position), -1) + 1 FROM cards")
    first_card = int(card_start.fetchone()[0])
    indexed = int(
        connection.execute("SELECT coalesce(max(rowid), 0) FROM search_index").fetchone()[0]
    )
    indicators, observations, search, card_rows = [], [], [], []
    for i in range(count):
        home = domain or sections[i % len(sections)]
        words = rng.sample(WORDS, 2)
        english = " ".join(rng.sample(ENGLISH, 2))
        value = rng.randint(1, 99_999)
        name = f"{words[0]}{words[1]}指标{i}"
        ident = f"{home}.synthetic_{i}"
        reported = f"{value}个"
        quote = f"截至2020年,{words[0]}方面共有{reported},{words[1]}工作持续推进。"
        indicators.append(
            (ident, home, FIRST + i, name, f"{english} indicator {i}", "groups", "level")
        )
        observations.append(
            (
                f"{ident}.2020",
                ident,
                FIRST + i,
                reported,
                float(value),
                "2020年",
                "2020",
                "2020",
                quote,
                0,
                len(quote),
            )
        )
        search.append(
            (f"{ident}.2020", name, f"{english} indicator {i}", "个", "groups", reported, quote)
        )
        if i < cards:
            card_rows.append((f"{ident}.2020", first_card + i, 0))
    with connection:
        connection.executemany(
            "INSERT INTO indicators (id, domain_id, position, name_zh, name_en, unit_id, measure) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            indicators,
        )
        connection.executemany(
            "INSERT INTO observations (id, indicator_id, position, reported, value, period_zh, "
            "period_en, as_of, quote, quote_start, quote_end) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            observations,
        )
        connection.executemany(
            "INSERT INTO search_index (observation_id, name_zh, name_en, unit_zh, unit_en, "
            "reported, quote) VALUES (?, ?, ?, ?, ?, ?, ?)",
            search,
        )
        connection.executemany(
            "INSERT INTO cards (observation_id, position, overview) VALUES (?, ?, ?)", card_rows
        )
        fill_grams(connection, after=indexed)
    for index in ("search_index", GRAMS):
        connection.execute(f"INSERT INTO {index}({index}) VALUES ('optimize')")
    connection.commit()
    connection.execute("VACUUM")
    connection.close()
    return path


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.synthetic", description=__doc__)
    parser.add_argument("output", type=Path)
    parser.add_argument("count", type=int, nargs="?", default=100_000)
    parser.add_argument("--cards", type=int, default=0, help="give the first K figures a card")
    parser.add_argument("--domain", help="put every generated figure in this domain")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    make(args.output, args.count, args.seed, cards=args.cards, domain=args.domain)


if __name__ == "__main__":
    main()
