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
        ("不存在。", "the quote is not in the source text"),
        ("一句。", "the quote starts inside a sentence (after '第')"),
        ("第一", "the quote stops inside a sentence; quote up to the full stop"),
        ("", "the quote is empty"),
        (" 第一句。", "the quote begins or ends with white space"),
        ("第一句。 ", "the quote begins or ends with white space"),
    ],
)
def test_bad_quotes(quote: str, message: str) -> None:
    with pytest.raises(QuoteError) as refused:
        text().locate(quote)
    assert str(refused.value) == message


def test_join_that_does_not_match() -> None:
    with pytest.raises(QuoteError, match="does not follow"):
        SourceText(TEXT, [Join("第一句", "不在文中", "x")])


@pytest.mark.parametrize(
    ("quote", "part", "at"),
    [
        ("5人到了，共15", "5人", 0),  # at the very start: nothing stands before it
        ("15人和5人和25人", "5人", 4),  # the second of three is the first whole one
    ],
)
def test_a_figure_is_the_first_whole_number_of_its_quote(quote: str, part: str, at: int) -> None:
    located = SourceText(quote).locate(quote, sentence=False)
    assert located.span_of(part, quote) == (at, at + len(part))


def test_a_figure_found_only_inside_larger_numbers_is_not_in_the_quote() -> None:
    quote = "15人和2.5人"
    located = SourceText(quote).locate(quote, sentence=False)
    with pytest.raises(QuoteError, match=r"^'5人' is not in the quote$"):
        located.span_of("5人", quote)


def test_a_quote_may_open_or_close_the_text() -> None:
    """The text's start and its end bound a sentence as a line break does: here the text ends
    without a full stop, and its first quote is not read as following its last character."""
    source = SourceText("第一句。第二句")
    assert source.locate("第一句。").start == 0
    assert source.locate("第二句").end == len("第一句。第二句")
