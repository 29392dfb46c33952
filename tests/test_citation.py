"""GB/T 7714-2015 references of the report ([M]) and the article ([N], read online [N/OL]),
in Chinese and in an English rendering, exactly as the standard punctuates them."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from gui.database.schema import CitationRow
from gui.database.store import Store
from gui.edition import SourceError, load_edition
from gui.present.citation import citation_en, citation_zh, reference

# The article's headline prints (2020~2021) half-width; shown, it is set full-width (GB/T 15834),
# in the window as on paper.
ARTICLE_ZH = (
    "高文兴. 《北京社会治理发展报告（2020~2021）》发布: 北京社会治理精细化走向深入[N]. "
    "公益时报, 2021-07-20."
)
ARTICLE_EN = (
    "GAO Wenxing. Report on the Development of Social Governance in Beijing (2020–2021) "
    "released: fine-grained social governance in Beijing goes deeper[N]. China Philanthropy "
    "Times, 2021-07-20. (In Chinese.)"
)
# The author and the place are this edition's inference, in brackets (data/REVIEW.md, R11).
REPORT_ZH = (
    "[北京市社会科学院]. 北京社会治理发展报告（2020~2021）[M]. [北京]: 社会科学文献出版社, 2021."
)
REPORT_EN = (
    "[Beijing Academy of Social Sciences]. Report on the Development of Social Governance in "
    "Beijing (2020–2021)[M]. [Beijing]: Social Sciences Academic Press (China), 2021. "
    "(In Chinese.)"
)


def test_the_article_and_the_report_in_both_languages(store: Store) -> None:
    citations = store.citations()
    assert reference(citations["article"], "zh") == ARTICLE_ZH
    assert reference(citations["article"], "en") == ARTICLE_EN
    assert reference(citations["report"], "zh") == REPORT_ZH
    assert reference(citations["report"], "en") == REPORT_EN


def changed(row: CitationRow, **fields: str | None) -> CitationRow:
    given = {f.name: getattr(row, f.name) for f in dataclasses.fields(CitationRow)}
    return CitationRow(**{**given, **fields})


def test_a_page_read_online_is_cited_with_its_address_and_the_day_it_was_read(
    store: Store,
) -> None:
    url = "http://www.example.invalid/a.htm"
    online = changed(store.citations()["article"], url=url, accessed="2030-01-02")
    assert citation_zh(online) == (
        "高文兴. 《北京社会治理发展报告（2020~2021）》发布: 北京社会治理精细化走向深入[N/OL]. "
        f"公益时报, 2021-07-20[2030-01-02]. {url}."
    )


def test_an_address_without_the_day_it_was_read_is_refused(sources: Path) -> None:
    toml = sources / "edition.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(
        text.replace('date = "2021-07-20"\n', 'date = "2021-07-20"\nurl = "http://x.invalid/"\n'),
        encoding="utf-8",
    )
    with pytest.raises(SourceError) as caught:
        load_edition(sources)
    line = text[: text.index('date = "2021-07-20"')].count("\n") + 2
    assert [str(p) for p in caught.value.problems] == [
        f"{toml}:{line}: article.accessed: is missing: an address and the date it was read "
        "go together (GB/T 7714)"
    ]


def test_a_book_whose_place_is_unknown_says_so(store: Store) -> None:
    unknown = changed(store.citations()["report"], place_zh=None, place_en=None)
    assert citation_zh(unknown) == (
        "[北京市社会科学院]. 北京社会治理发展报告（2020~2021）[M]. "
        "[出版地不详]: 社会科学文献出版社, 2021."
    )
    assert citation_en(unknown).endswith(
        "[M]. [S.l.]: Social Sciences Academic Press (China), 2021. (In Chinese.)"
    )
