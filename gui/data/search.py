"""Turning whatever a user typed into a safe full-text query.

Each word, or each "quoted phrase", becomes a quoted FTS5 phrase, so brackets, ``AND``, ``*``
or ``NEAR`` are just characters to find; an unbalanced quote is a character too. The trigram
index needs three characters; a shorter word (``垃圾``, ``12``) is matched with ``LIKE``
instead, escaped the same way.
"""

from __future__ import annotations

import re

from gui.data.schema import SEARCH_COLUMNS

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_WORD = re.compile(r'"([^"]+)"|(\S+)')
MAX_QUERY = 200  # characters; longer input is cut, not refused


def search_clause(text: str) -> tuple[str, tuple[str, ...], str] | None:
    """``(where, parameters, order)`` for the ``search_index`` table, or None for no query."""
    cleaned = _CONTROL.sub(" ", text)[:MAX_QUERY]
    words = [(quoted or word).strip() for quoted, word in _WORD.findall(cleaned)]
    words = [w for w in words if w]
    if not words:
        return None
    phrases = [w for w in words if len(w) >= 3]
    short = [w for w in words if len(w) < 3]
    conditions: list[str] = []
    parameters: list[str] = []
    if phrases:
        conditions.append("search_index MATCH ?")
        parameters.append(" ".join('"' + w.replace('"', '""') + '"' for w in phrases))
    for word in short:
        pattern = "%" + re.sub(r"([\\%_])", r"\\\1", word) + "%"
        conditions.append(
            "(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in SEARCH_COLUMNS) + ")"
        )
        parameters.extend([pattern] * len(SEARCH_COLUMNS))
    order = "rank" if phrases else "rowid"
    return " AND ".join(conditions), tuple(parameters), order
