"""A citation's wording, made when it is shown: GB/T 7714-2015, in Chinese and in English.

The database keeps what a citation is made of (responsibility, title, newspaper or publisher,
dates, address); the words and punctuation around them are presentation, here, so the style is
changed in one place. GB/T 7714-2015 (信息与文献 参考文献著录规则) gives:

- a book, [M]: ``主要责任者. 题名[M]. 出版地: 出版者, 出版年.``
- a newspaper article, [N]: ``主要责任者. 题名: 其他题名信息[N]. 报纸名, 出版日期.``; read
  online it is [N/OL] and ends ``[引用日期]. 获取和访问路径.``

The separators are those of the standard's own examples: ". " between elements, ": " before
other title information (a subtitle) and the publisher, ", " before the year or the date, ISO
dates. The English rendering keeps the same order and marks, with the names and titles in
English and a note that the work is in Chinese. The names and titles are the edition's text,
their Chinese punctuation normalised as everywhere it is shown (GB/T 15834:
《北京社会治理发展报告（2020~2021）》); the standard's separators stay as they are.
"""

from __future__ import annotations

from gui.database.model import Lang
from gui.database.schema import CitationRow
from gui.present.typography import normalise

# A book whose place of publication is unknown, as GB/T 7714-2015 marks it.
NO_PLACE = {"zh": "[出版地不详]", "en": "[S.l.]"}


def reference(c: CitationRow, lang: Lang) -> str:
    """The reference in ``lang``: what every output cites."""
    return citation_zh(c) if lang == "zh" else citation_en(c)


def citation_zh(c: CitationRow) -> str:
    """The reference in Chinese, e.g. the report's:
    ``北京市社会科学院. 北京社会治理发展报告（2020~2021）[M]. 北京: 社会科学文献出版社, 2021.``"""
    place = c.place_zh or NO_PLACE["zh"]
    return _reference(c, c.authors_zh, c.title_zh, c.subtitle_zh, c.container_zh, place)


def citation_en(c: CitationRow) -> str:
    """The same reference with English names and titles, noting the work is in Chinese."""
    place = c.place_en or NO_PLACE["en"]
    text = _reference(c, c.authors_en, c.title_en, c.subtitle_en, c.container_en, place)
    return f"{text} (In Chinese.)"


def _reference(
    c: CitationRow,
    authors: str,
    title: str,
    subtitle: str | None,
    container: str,
    place: str,
) -> str:
    authors, title, container, place = (normalise(t) for t in (authors, title, container, place))
    subtitle = normalise(subtitle) if subtitle else subtitle
    online = "/OL" if c.url else ""
    full_title = f"{title}: {subtitle}" if subtitle else title
    if c.kind == "article":
        issue = f"{container}, {c.date}"
        accessed = f"[{c.accessed}]" if c.url and c.accessed else ""
        address = f" {c.url}." if c.url else ""
        return f"{authors}. {full_title}[N{online}]. {issue}{accessed}.{address}"
    return f"{authors}. {full_title}[M{online}]. {place}: {container}, {c.date[:4]}."
