"""What every chart renderer takes from the scene (gui/data/chartscene.py) rather than deciding
on its own: the print palette, where a label breaks, where a stack's labels go, what a value
axis counts in. The expectations are written out by hand."""

from __future__ import annotations

from gui.data.chartscene import DARK, LIGHT, PRINT, Fill


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
    from gui.printing.paper import INK, swatch

    box = swatch(1, 0, 0, 10, 10)
    assert (box.fill, box.hatch, box.hatch_colour) == ("#dfe8f1", "/", "#2f5d8a")
    assert box.stroke == INK == "#1a1a1a"
    dark = swatch(1, 0, 0, 10, 10, DARK)
    assert (dark.fill, dark.hatch, dark.stroke) == ("#2a3b4f", "/", "#e8eaed")
