from __future__ import annotations

import pytest

from gui.edition.sourcetext import Join, QuoteError, SourceText

TEXT = "第一句。目前全\n\n图片说明\n\n市共有6.32万个。\n\n标题\n\n第三句有14个和4个。"


def text() -> SourceText:
    return SourceText(TEXT, [Join("目前全", "市共有", "caption")])


def test_quote_across_a_join_maps_to_file_offsets() -> None:
    source = text()
    located = source.locate("目前全市共有6.32万个。")
    assert located.start == TEXT.index("目前全")
    assert located.end == TEXT.index("万个。") + 3
    assert source.without_gaps(located.start, located.end) == "目前全市共有6.32万个。"


def test_a_caption_is_still_a_sentence_of_its_own() -> None:
    located = text().locate("图片说明")
    assert TEXT[located.start : located.end] == "图片说明"


def test_figure_is_found_as_a_whole_number() -> None:
    quote = "第三句有14个和4个。"
    located = text().locate(quote)
    start, end = located.span_of("4个", quote)
    assert TEXT[start - 1 : end] == "和4个"


@pytest.mark.parametrize(
    ("quote", "message"),
    [
        ("不存在。", "not in the source"),
        ("一句。", "starts inside a sentence"),
        ("第一", "stops inside a sentence"),
        ("", "empty"),
    ],
)
def test_bad_quotes(quote: str, message: str) -> None:
    with pytest.raises(QuoteError, match=message):
        text().locate(quote)


def test_join_that_does_not_match() -> None:
    with pytest.raises(QuoteError, match="does not follow"):
        SourceText(TEXT, [Join("第一句", "不在文中", "x")])
