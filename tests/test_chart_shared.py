"""What every chart renderer takes from the scene (gui/present/chartscene.py) rather than deciding
on its own: the print palette, where a label breaks, where a stack's labels go, what a value
axis counts in. The expectations are written out by hand."""

from __future__ import annotations

import pytest

from gui.database.store import Store
from gui.document.figurespans import figure_spans
from gui.present.chartdata import chart_data
from gui.present.chartscene import (
    DARK,
    LIGHT,
    PRINT,
    AxisUnit,
    Beside,
    Fill,
    axis_unit,
    beside,
    build_scene,
    card_grid,
    fitting_size,
    wrap_label,
)
from gui.present.linebreak import opportunities
from gui.present.localformat import axis_number


def test_print_palette_is_the_grey_and_hatching_paper_has_always_printed() -> None:
    assert (PRINT.background, PRINT.ink, PRINT.muted) == ("#ffffff", "#1a1a1a", "#5c5c5c")
    assert (PRINT.grid, PRINT.rule, PRINT.accent) == ("#d0d0d0", "#9a9a9a", "#2f5d8a")
    assert PRINT.fills == (
        Fill("#2f5d8a"),
        Fill("#dfe8f1", "/", "#2f5d8a"),
        Fill("#8fb0cf"),
        Fill("#ffffff", "x", "#355c7d"),
        Fill("#4f7fa8", "-", "#ffffff"),
    )
    # A sixth series takes the first fill again.
    assert PRINT.fill(5) == Fill("#2f5d8a")


def test_print_fills_stay_apart_in_black_and_white() -> None:
    # Grey levels (HSL lightness): 92, 232, 175, 255, 123; the light ones are hatched.
    assert [f.lightness for f in PRINT.fills] == [92, 232, 175, 255, 123]
    looks = {(f.lightness // 25, f.hatch) for f in PRINT.fills}
    assert len(looks) == len(PRINT.fills)
    # Figures on the strong solid fill are white, elsewhere ink.
    assert [f.text for f in PRINT.fills] == ["#ffffff", "#1a1a1a", "#1a1a1a", "#1a1a1a", "#1a1a1a"]


def test_print_palette_is_not_the_screens() -> None:
    """Paper keeps its colours whatever the desktop is: a palette of its own, not the screen's."""
    assert PRINT is not LIGHT
    assert PRINT.background != DARK.background


def test_paper_swatches_are_the_print_palettes_fills() -> None:
    from gui.printing.paper import swatch

    box = swatch(1, 0, 0, 10, 10)
    assert (box.fill, box.hatch, box.hatch_colour) == ("#dfe8f1", "/", "#2f5d8a")
    assert box.stroke == PRINT.ink == "#1a1a1a"
    dark = swatch(1, 0, 0, 10, 10, DARK)
    assert (dark.fill, dark.hatch, dark.stroke) == ("#2a3b4f", "/", "#e8eaed")


# -- what a value axis counts in --------------------------------------------------------------


def test_an_axis_counts_in_the_largest_magnitude_its_values_reach() -> None:
    assert axis_unit(11_039_400, "zh") == AxisUnit(10_000, "万")
    assert axis_unit(610_000_000, "zh") == AxisUnit(100_000_000, "亿")
    assert axis_unit(10_000, "zh") == AxisUnit(10_000, "万")
    assert axis_unit(9_999, "zh") == AxisUnit(grouped=True)
    assert axis_unit(337, "zh") == AxisUnit()
    assert axis_unit(4_400_000, "en") == AxisUnit(1_000_000, " million")
    assert axis_unit(999_999, "en") == AxisUnit(grouped=True)
    assert axis_unit(999, "en") == AxisUnit()


def test_a_log_axis_keeps_its_values() -> None:
    assert axis_unit(433_000, "zh", log=True) == AxisUnit(grouped=True)
    assert axis_unit(610_000_000, "en", log=True) == AxisUnit(grouped=True)
    assert axis_unit(800, "en", log=True) == AxisUnit()


def test_the_scenes_ticks_and_the_slides_axis_use_the_same_magnitudes() -> None:
    """Screen and paper number the scene's ticks; a slide numbers its own, in the same 万."""
    from gui.office.deckcharts import number_format

    assert [axis_number(v, "zh") for v in (0, 5_000, 2_500_000, 100_000_000)] == [
        "0",
        "5000",
        "250万",
        "1亿",
    ]
    assert [axis_number(v, "en") for v in (0, 5_000, 2_500_000, 3_000_000)] == [
        "0",
        "5,000",
        "2,500,000",
        "3M",
    ]
    assert number_format(AxisUnit(10_000, "万")) == '[=0]0;General"万"'
    assert number_format(AxisUnit(100_000_000, "亿")) == '[=0]0;General"亿"'
    assert number_format(AxisUnit(1_000_000, " million")) == '[=0]0;General" million"'
    assert number_format(AxisUnit(grouped=True)) == "#,##0"
    assert number_format(AxisUnit()) == "General"


# -- where a stack's labels go ----------------------------------------------------------------


def test_a_part_is_labelled_at_its_start_centre_or_end_by_where_it_lies() -> None:
    assert beside(0, 10, 100, "above") == Beside("above", "start", 0)
    assert beside(10, 30, 100, "below") == Beside("below", "start", 10)  # centre 20
    assert beside(20, 30, 100, "below") == Beside("below", "centre", 25)  # a quarter: centre
    assert beside(40, 60, 100, "above") == Beside("above", "centre", 50)
    assert beside(50, 100, 100, "above") == Beside("above", "centre", 75)  # three quarters
    assert beside(60, 100, 100, "below") == Beside("below", "end", 100)
    assert beside(0, 0, 0, "above") == Beside("above", "start", 0)  # nothing to stack


def test_the_hotline_stacks_place_each_label_and_keep_name_and_value_apart(store: Store) -> None:
    """电话反映1001.38万件、占比90.71%,网络反映102.56万件、占比9.29%;直接解答655.23万件、
    占比59.35%,派单办理448.71万件、占比40.65%: both stacks sum to 1103.94万件."""
    chart = next(c for c in store.charts("hotline") if c.id == "hotline.composition")
    scene = build_scene(chart_data(chart, "zh", store.milestones()), lambda t, n=-1: t)
    labels = [bar.label for bar in scene.bars]
    assert [(lb.text, lb.placement, lb.name, lb.value, lb.bold) for lb in labels] == [
        ("电话 1001.38万件 · 90.71%", "key", "电话", "1001.38万件 · 90.71%", True),
        ("网络 102.56万件 · 9.29%", "key", "网络", "102.56万件 · 9.29%", False),
        ("直接解答 655.23万件 · 59.35%", "key", "直接解答", "655.23万件 · 59.35%", True),
        ("派单办理 448.71万件 · 40.65%", "key", "派单办理", "448.71万件 · 40.65%", False),
    ]
    spots = [lb.beside for lb in labels]
    assert all(spot is not None for spot in spots)
    # Each part's centre against the longest stack, 1103.94万: 45%, 95%; 30%, 80%.
    assert [(s.side, s.align) for s in spots if s is not None] == [
        ("above", "centre"),
        ("below", "end"),
        ("above", "centre"),
        ("below", "end"),
    ]
    assert [s.at for s in spots if s is not None] == pytest.approx(
        [5_006_900, 11_039_400, 3_276_150, 11_039_400]
    )


# -- where a label breaks -----------------------------------------------------------------------
# Measured here one unit a character, so a width is a number of characters.


def test_a_label_that_fits_is_one_line_as_it_is() -> None:
    assert wrap_label("热线诉求", 4, len) == ["热线诉求"]
    assert wrap_label(" a ", 10, len) == [" a "]
    assert wrap_label("", 10, len) == [""]


def test_chinese_breaks_between_characters_english_between_words() -> None:
    assert wrap_label("按渠道按办理方式", 4, len) == ["按渠道按", "办理方式"]
    assert wrap_label("Telephone requests", 10, len) == ["Telephone", "requests"]
    assert wrap_label("一\n二三", 5, len) == ["一", "二三"]


def test_a_figure_keeps_its_unit_where_the_renderer_asks() -> None:
    assert wrap_label("电话1001.38万件", 9, len) == ["电话1001.38", "万件"]

    def kept(text: str) -> list[int]:
        return opportunities(text, figure_spans(text))

    assert wrap_label("电话1001.38万件", 9, len, breaks=kept) == ["电话", "1001.38万件"]


def test_no_last_line_of_one_character() -> None:
    assert wrap_label("北京市人民政府", 6, len) == ["北京市人民", "政府"]


def test_at_most_so_many_lines_the_last_cut_with_an_ellipsis() -> None:
    assert wrap_label("北京市人民政府办公厅", 4, len) == ["北京市人", "民政府办", "公厅"]
    assert wrap_label("北京市人民政府办公厅", 4, len, most=2) == ["北京市人", "民政府…"]
    assert wrap_label("北京市人民政府办公厅", 4, len, most=3) == ["北京市人", "民政府办", "公厅"]
    assert wrap_label("Beijing municipal government", 9, len, most=2) == [
        "Beijing",
        "municipa…",
    ]


def test_the_measure_is_the_renderers() -> None:
    """A renderer whose font is twice as wide (a bold one, a larger size) breaks sooner."""

    def wide(text: str) -> float:
        return 2.0 * len(text)

    assert wrap_label("按渠道按办理方式", 8, wide) == ["按渠道按", "办理方式"]
    assert wrap_label("按渠道按办理方式", 8, len) == ["按渠道按办理方式"]


def test_a_cards_figure_is_made_smaller_until_each_word_fits() -> None:
    """Measured here a tenth of the size a character: "1103.94万件" is 9 characters."""

    def width_of(word: str, size: float) -> float:
        return len(word) * size / 10

    # 9 characters fit 10 units at 11.1 points or less.
    assert fitting_size(["1103.94万件"], 14, 9, 0.5, 10, width_of) == 11
    assert fitting_size(["1103.94万件"], 14.7, 9, 0.25, 10, width_of) == pytest.approx(10.95)
    # Never under the least size, whether or not the word fits there.
    assert fitting_size(["1103.94万件"], 14, 9, 0.5, 5, width_of) == 9
    # Every word is measured on its own: the longest decides.
    assert fitting_size(["23,792", "checkpoints"], 14, 9, 0.5, 12, width_of) == 10.5
    assert fitting_size(["337个"], 14, 9, 0.5, 10, width_of) == 14


def test_cards_go_three_abreast_at_most() -> None:
    assert card_grid(4, 300, 6) == (3, 96)  # (300 - 2 × 6) / 3
    assert card_grid(3, 300, 6) == (3, 96)
    assert card_grid(2, 300, 6) == (2, 147)
    assert card_grid(1, 300, 6) == (1, 300)
    assert card_grid(0, 300, 6) == (1, 300)
