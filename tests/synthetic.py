"""A synthetic governance database of any size, for benchmarks: ``python -m tests.synthetic OUT N``.

Same schema and edition as the bundled database (domains, units, citations, the article,
charts and milestones are copied), plus N generated indicators spread over the five domains,
each with one observation whose name, figure and sentence are made of the report's own words.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import sys
from pathlib import Path

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


def make(path: Path, count: int, seed: int = 7) -> Path:
    shutil.copy(bundled_database(), path)
    rng = random.Random(seed)
    connection = sqlite3.connect(path)
    domains = [
        r[0]
        for r in connection.execute(
            "SELECT id FROM domains WHERE kind = 'section' ORDER BY position"
        )
    ]
    indicators, observations, search = [], [], []
    for i in range(count):
        domain = domains[i % len(domains)]
        words = rng.sample(WORDS, 2)
        english = " ".join(rng.sample(ENGLISH, 2))
        value = rng.randint(1, 99_999)
        name = f"{words[0]}{words[1]}指标{i}"
        ident = f"{domain}.synthetic_{i}"
        reported = f"{value}个"
        quote = f"截至2020年,{words[0]}方面共有{reported},{words[1]}工作持续推进。"
        indicators.append((ident, domain, 10_000 + i, name, f"{english} indicator {i}", "groups"))
        observations.append(
            (
                f"{ident}.2020",
                ident,
                10_000 + i,
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
    with connection:
        connection.executemany(
            "INSERT INTO indicators (id, domain_id, position, name_zh, name_en, unit_id) "
            "VALUES (?, ?, ?, ?, ?, ?)",
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
    connection.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
    connection.commit()
    connection.execute("VACUUM")
    connection.close()
    return path


if __name__ == "__main__":
    make(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 100_000)
