"""Turning whatever a user typed into a safe full-text query.

Each word, or each "quoted phrase", becomes a quoted FTS5 phrase, so brackets, ``AND``, ``*``
or ``NEAR`` are just characters to find; an unbalanced quote is a character too. The trigram
index needs three characters; a shorter word (``垃圾``, ``12``) is matched with ``LIKE``
instead, escaped the same way.

Chinese is written without spaces, so a run of four characters or more is searched by word
too: ``垃圾分类`` finds what holds the whole run first, then what holds its words (``垃圾``,
``分类``), the most of them first. Its words are taken as the run's pairs of characters, as
search engines index Chinese without a dictionary (Lucene's CJK bigrams): a pair that is no
word (``圾分``) costs little, as what matches only it ranks last.
"""

from __future__ import annotations

import re

from gui.data.schema import SEARCH_COLUMNS

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_WORD = re.compile(r'"([^"]+)"|(\S+)')
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{4,}")
MAX_QUERY = 200  # characters; longer input is cut, not refused


def words_of(word: str) -> list[str]:
    """The words a typed word is also searched by: the pairs of characters of a Chinese word
    of four characters or more (``垃圾分类``: 垃圾, 圾分, 分类), else none."""
    if not _HAN_RUN.fullmatch(word):
        return []
    return list(dict.fromkeys(word[i : i + 2] for i in range(len(word) - 1)))


def _like(word: str) -> tuple[str, list[str]]:
    """``word`` anywhere in any searched column, with LIKE's wildcards taken literally."""
    pattern = "%" + re.sub(r"([\\%_])", r"\\\1", word) + "%"
    condition = "(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in SEARCH_COLUMNS) + ")"
    return condition, [pattern] * len(SEARCH_COLUMNS)


def search_clause(text: str) -> tuple[str, tuple[str, ...], str] | None:
    """``(where, parameters, order)`` for the ``search_index`` table, or None for no query.

    ``parameters`` fill the placeholders of ``where`` and then those of ``order``.
    """
    cleaned = _CONTROL.sub(" ", text)[:MAX_QUERY]
    words = [(quoted or word).strip() for quoted, word in _WORD.findall(cleaned)]
    words = [w for w in words if w]
    if not words:
        return None
    split = {w: words_of(w) for w in words}
    phrases = [w for w in words if len(w) >= 3 and not split[w]]
    conditions: list[str] = []
    parameters: list[str] = []
    if phrases:
        conditions.append("search_index MATCH ?")
        parameters.append(" ".join('"' + w.replace('"', '""') + '"' for w in phrases))
    for word in (w for w in words if len(w) < 3):
        condition, patterns = _like(word)
        conditions.append(condition)
        parameters.extend(patterns)
    # A Chinese run: the whole run, or any of its words; ranked by how much of it is found.
    scores: list[str] = []
    score_parameters: list[str] = []
    for word, parts in split.items():
        if not parts:
            continue
        alternatives = [_like(w) for w in (word, *parts)]
        conditions.append("(" + " OR ".join(c for c, _ in alternatives) + ")")
        for _, patterns in alternatives:
            parameters.extend(patterns)
        whole, *each = alternatives
        scores.append(f"{len(parts) + 1} * {whole[0]}")
        score_parameters.extend(whole[1])
        for condition, patterns in each:
            scores.append(condition)
            score_parameters.extend(patterns)
    order = "rank" if phrases else "rowid"
    if scores:
        order = f"({' + '.join(scores)}) DESC, {order}"
    return " AND ".join(conditions), (*parameters, *score_parameters), order
