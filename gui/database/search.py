"""Search without scanning: whatever a user typed, answered from an index.

What a user may type is matched as text, never as a query language: brackets, ``AND``, ``*``
or ``NEAR`` are characters to find, an unbalanced quote is a character too, and a word (or a
"quoted phrase") is found where it stands inside any searched column, case aside.

The index (:data:`gui.database.schema.GRAMS_TABLE`) holds, for each row, every run of one, two and
three characters of its searched columns, each as one token: a word of one or two characters
is one token, and a longer one the tokens of its runs of three. So every word reads a list of
rows in the index and no row's text; a word of three characters or more is then checked in
the rows the index names (its runs of three may stand apart in a row), and only until enough
rows are found.

Chinese is written without spaces, so a run of four characters or more is searched by word
too: ``垃圾分类`` finds what holds the whole run first, then what holds all its words
(``垃圾``, ``圾分``, ``分类``), then what holds any of them. Its words are taken as the run's
pairs of characters, as search engines index Chinese without a dictionary (Lucene's CJK
bigrams): a pair that is no word (``圾分``) costs little, as what matches only it comes last.
Within each of these, rows come in the article's order.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from gui.database.schema import GRAMS, SEARCH_COLUMNS, SearchRow

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_WORD = re.compile(r'"([^"]+)"|(\S+)')
# Compiled when first typed: Python's compiler of expressions walks every code point of a
# range, and these 28,000 took 1 % of the window's start-up.
_HAN_RUN = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{4,}"
_SPACE = re.compile(r"\s")
MAX_QUERY = 200  # characters; longer input is cut, not refused
LONGEST = 3  # the longest run of characters one token of the index stands for
# The runs of three a long word is looked up by: enough to make a match rare, few enough to
# stay quick (a 200-character paste would otherwise ask for 198 lists of rows).
MOST_RUNS = 12
# Rows of one pass checked for a long word at most: its runs of three stand together in nearly
# every row the index names, so this bounds only a query built to make them stand apart.
MOST_CHECKED = 2_000


def fold(text: str) -> str:
    """Text as searched: case aside, on both sides of the comparison."""
    return text.casefold()


def _token(run: str) -> str:
    """One run of characters as an index token: ASCII letters and digits only, so the index's
    plain ``ascii`` tokenizer keeps it whole, whatever the characters (``。`` is ``a3002``)."""
    return chr(ord("a") + len(run) - 1) + "x".join(f"{ord(c):x}" for c in run)


def grams(texts: Iterable[str]) -> str:
    """What the index holds for a row whose searched columns hold ``texts``: each distinct run
    of one to :data:`LONGEST` characters of one column, white space excluded, as a token."""
    runs: dict[str, None] = {}  # each distinct run once, in the order first met
    for text in texts:
        for part in _SPACE.split(fold(text)):
            for size in range(1, LONGEST + 1):
                for i in range(len(part) - size + 1):
                    runs[part[i : i + size]] = None
    return " ".join([_token(run) for run in runs])


def _tokens(word: str) -> list[str]:
    """The tokens every row holding ``word`` (folded, without white space) holds."""
    if len(word) <= LONGEST:
        return [_token(word)]
    runs = list(dict.fromkeys(word[i : i + LONGEST] for i in range(len(word) - LONGEST + 1)))
    if len(runs) > MOST_RUNS:  # evenly spread, the first and last included
        step = (len(runs) - 1) / (MOST_RUNS - 1)
        runs = [runs[round(i * step)] for i in range(MOST_RUNS)]
    return [_token(run) for run in runs]


def words_of(word: str) -> list[str]:
    """The words a typed word is also searched by: the pairs of characters of a Chinese word
    of four characters or more (``垃圾分类``: 垃圾, 圾分, 分类), else none."""
    if not re.fullmatch(_HAN_RUN, word):
        return []
    return list(dict.fromkeys(word[i : i + 2] for i in range(len(word) - 1)))


@dataclass(frozen=True)
class Step:
    """One pass over the index: the rows ``match`` names (an FTS5 query of tokens, in the
    article's order), of which those holding every word of ``check`` are found."""

    match: str
    check: tuple[str, ...]


def typed_words(text: str) -> list[str]:
    """The distinct words (or quoted phrases) of what was typed, folded, white space inside a
    quoted phrase kept."""
    cleaned = _CONTROL.sub(" ", text)[:MAX_QUERY]
    words = [fold((quoted or word).strip()) for quoted, word in _WORD.findall(cleaned)]
    return list(dict.fromkeys(w for w in words if w))


def _all(tokens: Iterable[str]) -> str:
    return " AND ".join(dict.fromkeys(tokens))


def steps(text: str) -> list[Step]:
    """The passes that answer ``text``, best matches first; none for no query."""
    words = typed_words(text)
    if not words:
        return []
    required: list[str] = []
    for word in words:
        for part in _SPACE.split(word):  # a quoted phrase: each of its words in the index
            if part:
                required.extend(_tokens(part))
    checked = tuple(w for w in words if len(w) > LONGEST or _SPACE.search(w))
    found = [Step(_all(required), checked)]
    parts = {w: words_of(w) for w in words}
    runs = [w for w in words if parts[w]]
    if not runs:
        return found
    # A Chinese run found by its words: all of them, then any; other words as typed.
    others = [w for w in words if w not in runs]
    other_tokens = [t for w in others for p in _SPACE.split(w) if p for t in _tokens(p)]
    other_checks = tuple(w for w in checked if w in others)
    pairs = [p for run in runs for p in parts[run]]
    found.append(Step(_all([*other_tokens, *(_token(p) for p in pairs)]), other_checks))
    anyof = ["(" + " OR ".join(_token(p) for p in parts[run]) + ")" for run in runs]
    found.append(Step(" AND ".join([*dict.fromkeys(other_tokens), *anyof]), other_checks))
    return found


def holds(texts: Iterable[str], check: tuple[str, ...]) -> bool:
    """Whether the row whose searched columns hold ``texts`` holds each word of ``check``
    inside one of its columns."""
    folded = [fold(t) for t in texts]
    return all(any(word in t for t in folded) for word in check)


Query = Callable[[str, Sequence[Any]], Sequence[Any]]


def find(query: Query, text: str, limit: int) -> list[str]:
    """The ids of the observations ``text`` finds, best first, at most ``limit``; ``query``
    runs one SQL statement with its parameters and returns its rows."""
    found: dict[int, str] = {}
    for step in steps(text):
        _pass(query, step, found, limit)
        if len(found) >= limit:
            break
    return list(found.values())[:limit]


def _pass(query: Query, step: Step, found: dict[int, str], limit: int) -> None:
    columns = ", ".join(SEARCH_COLUMNS) if step.check else "NULL"
    after, size, checked = 0, limit, 0
    while len(found) < limit and checked < MOST_CHECKED:
        rowids = [
            int(row[0])
            for row in query(
                f"SELECT rowid FROM {GRAMS} WHERE {GRAMS} MATCH ? AND rowid > ? "
                "ORDER BY rowid LIMIT ?",
                (step.match, after, size),
            )
        ]
        if not rowids:
            return
        after = rowids[-1]
        new = [r for r in rowids if r not in found]
        if new:
            marks = ", ".join("?" * len(new))
            rows = query(
                f"SELECT rowid, observation_id, {columns} FROM {SearchRow.table} "
                f"WHERE rowid IN ({marks}) ORDER BY rowid",
                tuple(new),
            )
            for row in rows:
                if not step.check or holds(row[2:], step.check):
                    found[int(row[0])] = str(row[1])
                    if len(found) >= limit:
                        return
        checked += len(rowids)
        if len(rowids) < size:
            return
        size = min(size * 4, 1_000)


def fill_grams(connection: sqlite3.Connection, after: int = 0) -> None:
    """Index the runs of ``search_index``'s rows whose rowid is greater than ``after`` (the
    build: all; a benchmark's database: those it added)."""
    rows = connection.execute(
        f"SELECT rowid, {', '.join(SEARCH_COLUMNS)} FROM {SearchRow.table} WHERE rowid > ?",
        (after,),
    )
    connection.executemany(
        f"INSERT INTO {GRAMS} (rowid, grams) VALUES (?, ?)",
        ((row[0], grams(row[1:])) for row in rows.fetchall()),
    )
