"""Screen and paper draw the same chart: the same values, labels, order and scale.

Every chart of the database, in both languages, goes through the pyqtgraph renderer (the
window) and the painter renderer (paper and image exports). What each drew is read back from
its graphics items or its operations (tests/chartread.py) and compared with the chart's scene;
a few charts are also compared with the article's figures, written out here.
"""

from __future__ import annotations

import dataclasses
import math
from typing import Any

import pytest
from PySide6.QtCore import QBuffer
from PySide6.QtGui import QPdfWriter
from PySide6.QtWidgets import QApplication, QGraphicsSimpleTextItem

from gui.database.model import LANGS, Lang
from gui.database.store import Store
from gui.present.chartdata import chart_data
from gui.present.chartscene import DARK, LIGHT, PRINT, Palette, Scene, ValueScale, build_scene
from gui.printing.chartpaint import GAP, draw_scene
from gui.printing.layout import Op, Text, Typesetter
from gui.printing.paper import NORMAL
from gui.printing.words import translator
from gui.qt.chart_view import ChartView

from .chartread import (
    PaperChart,
    ScreenChart,
    dark_palette,
    linear_fit,
    read_paper,
    read_screen,
    same_text,
    squeezed,
    texts_between,
)

WIDTH = 250.0  # points: a chart in one of a portrait sheet's two columns
TOLERANCE = 1e-6  # data units: the screen places marks at the scene's values exactly
POINTS = 0.01  # points: rounding on paper


@dataclasses.dataclass
class Rendered:
    scene: Scene
    view: ChartView
    paper: PaperChart
    full: list[Op]  # paper, title and notes included


@pytest.fixture
def render(qtbot: Any, store: Store) -> Any:
    from gui.qtcommon.startup import application

    application()
    ts = Typesetter(QPdfWriter(QBuffer()))

    def make(chart_id: str, lang: Lang, dark: bool) -> Rendered:
        chart = next(c for d in store.domains() for c in store.charts(d.id) if c.id == chart_id)
        view = ChartView(chart, lang, store.milestones(), "")
        qtbot.addWidget(view)
        if dark:
            view.setPalette(dark_palette())
        view.resize(700, view.minimumHeight() + 40)
        view.show()
        view.build()
        qtbot.waitExposed(view)
        for _ in range(3):  # the plot's own layout settles on posted events
            QApplication.processEvents()
        scene = build_scene(chart_data(chart, lang, store.milestones()), translator(lang))
        assert view.scene == scene  # the window draws the scene the data gives
        body = dataclasses.replace(scene, title="", about=(), notes=())
        ops = draw_scene(body, WIDTH, ts, NORMAL).ops
        full = draw_scene(scene, WIDTH, ts, NORMAL).ops
        return Rendered(scene, view, read_paper(ops), full)

    return make


def chart_ids(store: Store) -> list[str]:
    return [c.id for d in store.domains() for c in store.charts(d.id)]


def every_chart() -> list[Any]:
    from gui.database.store import Store

    from .conftest import DATA

    with Store(DATA / "governance.db") as store:
        ids = chart_ids(store)
    return [pytest.param(i, lang, id=f"{i}-{lang}") for i in ids for lang in LANGS]


# -- comparing --------------------------------------------------------------------------------


def check_ticks_screen(scale: ValueScale, screen: ScreenChart) -> None:
    """The value axis's ticks at the scene's ticks, numbered as the scene says."""
    span = scale.units(scale.high) or 1.0
    units = [(scale.units(t.value), t.text) for t in scale.ticks]

    def tick_at(x: float) -> str:
        found = [text for u, text in units if abs(u - x) < span * 1e-6]
        assert len(found) == 1, (x, units)
        return found[0]

    drawn = [tick_at(x) for x in screen.ticks]
    reached = [text for u, text in units if u <= span * (1 + 1e-9)]
    assert set(reached) <= set(drawn), (reached, drawn)
    assert screen.tick_texts, "no number on the value axis"
    for x, text in screen.tick_texts:
        assert tick_at(x) == text


def check_ticks_paper(scale: ValueScale, paper: PaperChart, a: float, b: float) -> None:
    """Grid lines at the scene's ticks on the marks' own scale, numbered as the scene says."""
    units = {round(scale.units(t.value), 6): t.text for t in scale.ticks}
    drawn = {round((x - a) / b, 6) for x in paper.grid}
    assert drawn <= set(units), (drawn, units)
    reached = {u for u in units if u <= scale.units(scale.high) + TOLERANCE}
    assert reached <= drawn
    assert paper.baseline is not None
    numbers = [t for t in paper.texts if abs(t.y - (paper.baseline + 2)) < POINTS]
    assert numbers, "no number under the value axis"
    for t in numbers:
        at = round((t.x + t.width / 2 - a) / b, 6)
        # A number at the chart's edge is moved in to fit; it stays nearest its own line.
        nearest = min(units, key=lambda u: abs(u - at))
        assert units[nearest] == t.text, (t.text, at)


def screen_label_at(screen: ScreenChart, x: float, y: float) -> str:
    found = [lb.text for lb in screen.labels if abs(lb.x - x) < TOLERANCE and abs(lb.y - y) < 0.06]
    assert len(found) == 1, (x, y, found)
    return found[0]


def check_rows_screen(scene: Scene, screen: ScreenChart) -> None:
    wanted = [row.label for row in scene.rows if row.label]
    assert len(screen.rows) == len(wanted), (screen.rows, wanted)
    for drawn, label in zip(screen.rows, wanted, strict=True):
        assert same_text(drawn, label), (drawn, label)


def check_bars(scene: Scene, screen: ScreenChart, paper: PaperChart, palette: Palette) -> None:
    scale = scene.scale
    assert scale is not None
    bars = scene.bars
    # Screen: one rectangle a bar, in the scene's order, at its values in data units.
    assert len(screen.bars) == len(bars)
    for (left, right, y), colour, bar in zip(screen.bars, screen.fills, bars, strict=True):
        assert left == pytest.approx(scale.units(bar.start), abs=TOLERANCE)
        assert right == pytest.approx(scale.units(bar.end), abs=TOLERANCE)
        assert colour == palette.fill(bar.fill).base
        assert screen_label_at(screen, right, y) == bar.label.text
    check_rows_screen(scene, screen)
    check_ticks_screen(scale, screen)
    # Paper: one rectangle a bar, top to bottom, on one linear map from the scene's units.
    assert len(paper.bars) == len(bars)
    values = [(scale.units(b.end), s.x + s.w) for b, s in zip(bars, paper.bars, strict=True)]
    values += [(scale.units(b.start), s.x) for b, s in zip(bars, paper.bars, strict=True)]
    a, b, worst = linear_fit(values)
    assert b > 0
    assert worst < POINTS
    check_ticks_paper(scale, paper, a, b)
    x0 = min(s.x for s in paper.bars)
    for bar, shape in zip(bars, paper.bars, strict=True):
        assert shape.fill == LIGHT.fill(bar.fill).base
        label = [
            t
            for t in paper.texts
            if abs(t.x - (shape.x + shape.w + GAP)) < POINTS
            and shape.y <= t.y + t.height / 2 <= shape.y + shape.h
        ]
        assert [t.text for t in label] == [bar.label.text]
        assert label[0].bold == bar.label.bold
    assert paper.baseline is not None
    top = max((k.y + k.h for k in paper.keys), default=-math.inf)  # under the key, if any
    names = texts_between(paper.texts, top, paper.baseline, -1, x0)
    assert squeezed(names) == squeezed("".join(r.label for r in scene.rows))


def check_groups(scene: Scene, screen: ScreenChart, paper: PaperChart, palette: Palette) -> None:
    assert screen.key == [e.text for e in scene.key]
    top = paper.bars[0].y
    key = [t for t in paper.texts if t.y + t.height <= top]
    assert squeezed("".join(t.text for t in key)) == squeezed("".join(e.text for e in scene.key))
    assert [k.fill for k in paper.keys] == [LIGHT.fill(e.fill or 0).base for e in scene.key]
    check_bars(scene, screen, paper, palette)


def check_stacks(scene: Scene, screen: ScreenChart, paper: PaperChart, palette: Palette) -> None:
    scale = scene.scale
    assert scale is not None
    bars = scene.bars
    assert len(screen.bars) == len(bars)
    for (left, right, _), colour, bar in zip(screen.bars, screen.fills, bars, strict=True):
        assert (left, right) == pytest.approx((bar.start, bar.end), abs=TOLERANCE)
        assert colour == palette.fill(bar.fill).base
    assert sorted(lb.text for lb in screen.labels) == sorted(b.label.text for b in bars)
    check_rows_screen(scene, screen)
    assert not screen.value_axis_shown  # every part carries its figure: no grid to read
    # Paper: the parts in order, their widths in proportion, named in the order of the key.
    assert len(paper.bars) == len(bars)
    values = [(bar.end - bar.start, s.w) for bar, s in zip(bars, paper.bars, strict=True)]
    values += [(bar.start, s.x) for bar, s in zip(bars, paper.bars, strict=True)]
    a, _, worst = linear_fit(values)
    assert abs(a) < POINTS
    assert worst < POINTS
    assert [k.fill for k in paper.keys] == [LIGHT.fill(b.fill).base for b in bars]
    reading = sorted(paper.texts, key=lambda t: (round(t.y, 2), t.x))
    expected = "".join(row.label + "".join(b.label.text for b in row.bars) for row in scene.rows)
    assert squeezed("".join(t.text for t in reading)) == squeezed(expected)


def check_pairs(scene: Scene, screen: ScreenChart, paper: PaperChart, palette: Palette) -> None:
    scale = scene.scale
    assert scale is not None
    points = scene.points
    # Screen: a dot a value, hollow (the ground's colour) before, filled after.
    drawn = sorted(screen.points, key=lambda p: (-p[1], p[0]))
    wanted = sorted(
        (
            (scale.units(p.value or 0.0), len(scene.rows) - 1 - i, p)
            for i, r in enumerate(scene.rows)
            for p in r.points
        ),
        key=lambda w: (-w[1], w[0]),
    )
    assert len(drawn) == len(wanted)
    for (x, y, colour), (wx, wy, point) in zip(drawn, wanted, strict=True):
        assert (x, y) == pytest.approx((wx, wy), abs=TOLERANCE)
        assert colour == (palette.background if point.hollow else palette.accent)
        label = screen_label_at(screen, x, y + 0.05)
        assert label == point.label.text
    assert screen.key == [e.text for e in scene.key]
    check_rows_screen(scene, screen)
    check_ticks_screen(scale, screen)
    # Paper: the same dots on one linear map, each figure on its side of its dot.
    key_dots, row_dots = paper.dots[: len(scene.key)], paper.dots[len(scene.key) :]
    assert [d.fill == PRINT.background for d in key_dots] == [bool(e.hollow) for e in scene.key]
    assert len(row_dots) == len(points)
    values = []
    for dot, point in zip(row_dots, points, strict=True):
        assert (dot.fill == PRINT.background) == point.hollow
        values.append((scale.units(point.value or 0.0), dot.x + dot.w / 2))
    a, b, worst = linear_fit(values)
    assert b > 0
    assert worst < POINTS
    check_ticks_paper(scale, paper, a, b)
    for dot, point in zip(row_dots, points, strict=True):
        centre = dot.y + dot.h / 2
        beside = [
            t
            for t in paper.texts
            if abs(t.y + t.height / 2 - centre) < POINTS and t.text == point.label.text
        ]
        assert len(beside) == 1, point.label.text
        text = beside[0]
        if point.label.placement == "start":
            assert text.x + text.width <= dot.x
        else:
            assert text.x >= dot.x + dot.w
        assert text.colour == (PRINT.muted if point.label.muted else PRINT.ink)
    key = [t for t in paper.texts if t.y + t.height <= min(d.y for d in row_dots) - 3]
    assert [t.text for t in key] == [e.text for e in scene.key]


def check_timeline(scene: Scene, screen: ScreenChart, paper: PaperChart) -> None:
    assert [squeezed(r) for r in screen.rows] == [squeezed(r.label) for r in scene.rows]
    events = sorted(screen.labels, key=lambda lb: -lb.y)
    assert [lb.text for lb in events] == [p.label.text for p in scene.points]
    assert not screen.value_axis_shown
    dates = [t.text for t in paper.texts if t.colour == PRINT.muted]
    assert dates == [r.label for r in scene.rows]
    told = "".join(t.text for t in paper.texts if t.colour != PRINT.muted)
    assert squeezed(told) == squeezed("".join(p.label.text for p in scene.points))
    assert len(paper.dots) == len(scene.rows)


def check_list(scene: Scene, view: ChartView, paper: PaperChart) -> None:
    assert view.plot is None
    assert [n.text() for n in view.names] == [r.label for r in scene.rows]
    assert [t.text for t in paper.texts] == [r.label for r in scene.rows]


def check_words(rendered: Rendered) -> None:
    """Title, unit, scale and notes: in the view's labels and on paper, as the scene says."""
    scene, view = rendered.scene, rendered.view
    assert view.accessibleName() == scene.title
    assert view.accessibleDescription() == scene.summary
    if scene.about:
        assert view.about is not None
        assert view.about.text() == " · ".join(scene.about)
    assert [n.text() for n in view.notes] == list(scene.notes)
    texts = [op.text for op in rendered.full if isinstance(op, Text)]
    joined = squeezed("".join(texts))
    assert joined.startswith(squeezed(scene.title + " · ".join(scene.about)))
    assert joined.endswith(squeezed("".join(scene.notes)))


@pytest.mark.parametrize("colours", ["light", "dark"])
@pytest.mark.parametrize(("chart_id", "lang"), every_chart())
def test_screen_and_paper_draw_the_scene(
    render: Any, chart_id: str, lang: Lang, colours: str
) -> None:
    """The screen in the desktop's light or dark set, paper always light: the same chart."""
    palette = DARK if colours == "dark" else LIGHT
    rendered: Rendered = render(chart_id, lang, colours == "dark")
    scene, view, paper = rendered.scene, rendered.view, rendered.paper
    check_words(rendered)
    if scene.form == "list":
        check_list(scene, view, paper)
        return
    if scene.form == "cards":
        check_cards(scene, view, paper, palette)
        return
    assert view.plot is not None
    screen = read_screen(view.plot)
    assert screen.background == palette.background
    checks = {
        "bars": check_bars,
        "groups": check_groups,
        "stacks": check_stacks,
        "pairs": check_pairs,
    }
    if scene.form == "timeline":
        check_timeline(scene, screen, paper)
    else:
        checks[scene.form](scene, screen, paper, palette)


def test_every_form_is_covered(store: Store) -> None:
    forms = {
        build_scene(chart_data(c, lang, store.milestones()), translator(lang)).form
        for c in (c for d in store.domains() for c in store.charts(d.id))
        for lang in LANGS
    }
    assert forms == {"bars", "stacks", "pairs", "groups", "timeline", "list", "cards"}


def check_cards(scene: Scene, view: ChartView, paper: PaperChart, palette: Palette) -> None:
    """Figures drawn apart: a tile each, its name, figure with unit and period; no axis, no bar."""
    assert view.plot is not None
    screen = read_screen(view.plot)
    assert not screen.bars
    assert not screen.points
    assert not screen.value_axis_shown
    grid = view.plot.cards
    assert grid is not None
    assert len(grid.tiles) == len(scene.cards)
    boxes = []
    for (card, tile), wanted in zip(grid.tiles, scene.cards, strict=True):
        assert card == wanted
        box = tile.rect()
        assert box.width() > 0
        assert box.height() > 0
        texts = sorted(
            (t for t in tile.childItems() if isinstance(t, QGraphicsSimpleTextItem)),
            key=lambda t: (round(t.y(), 1), t.x()),
        )
        assert len(texts) == len(tile.childItems())
        for text in texts:  # every word inside its own tile
            inside = text.mapRectToItem(tile, text.boundingRect())
            assert box.contains(inside), (card.figure, inside, box)
        said = "".join(t.text() for t in texts)
        assert squeezed(said) == squeezed(card.mark.label + card.figure + card.period)
        assert tile.brush().color().name() == palette.background
        boxes.append(box)
    for i, a in enumerate(boxes):  # no tile over another
        assert not any(a.intersects(b) for b in boxes[i + 1 :])
    # Paper: an unfilled box a card, the card's words inside it in reading order, no bar.
    assert not paper.bars
    assert not paper.dots
    assert not paper.grid
    assert len(paper.frames) == len(scene.cards)
    for frame, card in zip(paper.frames, scene.cards, strict=True):
        said = texts_between(paper.texts, frame.y, frame.y + frame.h, frame.x, frame.x + frame.w)
        assert squeezed(said) == squeezed(card.mark.label + card.figure + card.period)
