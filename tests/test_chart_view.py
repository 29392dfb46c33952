"""A chart on screen and in its exports: dark desktops, lists, and text that is never markup."""

from __future__ import annotations

import shutil
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication, QGraphicsSimpleTextItem

from gui.database.model import LANGS, Lang
from gui.database.store import Store
from gui.present.chartscene import DARK, LIGHT
from gui.qt.chart_view import ChartView

from .chartread import dark_palette, read_screen

SVG = "{http://www.w3.org/2000/svg}"


def view_of(qtbot: Any, store: Store, chart_id: str, lang: Lang, footer: str = "") -> ChartView:
    from gui.qtcommon.startup import application

    application()
    chart = next(c for d in store.domains() for c in store.charts(d.id) if c.id == chart_id)
    view = ChartView(chart, lang, store.milestones(), footer)
    qtbot.addWidget(view)
    view.resize(700, view.minimumHeight() + 40)
    view.show()
    view.build()
    for _ in range(3):
        QApplication.processEvents()
    return view


def svg_texts(path: Path) -> list[str]:
    return [t.text or "" for t in ET.parse(path).getroot().iter(f"{SVG}text")]


def test_chart_follows_a_palette_change(qtbot: Any, store: Store) -> None:
    view = view_of(qtbot, store, "safety.year_on_year", "zh")
    assert view.plot is not None
    light = read_screen(view.plot)
    assert light.background == LIGHT.background
    assert set(light.fills) == {LIGHT.fills[0].base, LIGHT.fills[1].base}
    view.setPalette(dark_palette())  # as a desktop switching to dark while the app runs
    assert view.plot is not None
    dark = read_screen(view.plot)
    assert dark.background == DARK.background
    assert set(dark.fills) == {DARK.fills[0].base, DARK.fills[1].base}
    # Only the colours change: the same bars, labels and ticks.
    assert dark.bars == light.bars
    assert [lb.text for lb in dark.labels] == [lb.text for lb in light.labels]
    assert [t for _, t in dark.tick_texts] == [t for _, t in light.tick_texts]
    view.setPalette(QPalette())
    assert read_screen(view.plot).background == LIGHT.background


def test_dark_palette_from_the_start(qtbot: Any, store: Store) -> None:
    from gui.qtcommon.startup import application

    application()
    chart = next(c for c in store.charts("matters") if c.id == "matters.property_rates")
    view = ChartView(chart, "en", store.milestones(), "")
    qtbot.addWidget(view)
    view.setPalette(dark_palette())
    view.build()
    assert view.plot is not None
    drawn = read_screen(view.plot)
    assert drawn.background == DARK.background
    hollow = [p for p in drawn.points if p[2] == DARK.background]
    filled = [p for p in drawn.points if p[2] == DARK.accent]
    assert len(hollow) == len(filled) == 3


def test_list_chart_exports_its_list(qtbot: Any, store: Store, tmp_path: Path) -> None:
    """Issue: Copy / Save image of the five districts gave the title and no list."""
    footer = "来源: 报告  数据版本: 2020-2021"
    view = view_of(qtbot, store, "safety.top_districts", "zh", footer)
    view.write_svg(tmp_path / "list.svg")
    texts = svg_texts(tmp_path / "list.svg")
    names = ["大兴区", "顺义区", "朝阳区", "通州区", "房山区"]
    assert texts[0] == "事故总量下降最多的5个区"
    assert texts[1 : 1 + len(names)] == names  # in the article's order, unnumbered
    assert "按原文列举的顺序，原文未排名" in texts
    assert "".join(texts).endswith("来源: 报告数据版本: 2020-2021".replace("数据", "  数据"))
    view.write_png(tmp_path / "list.png")
    image = QImage(str(tmp_path / "list.png"))
    assert image.width() >= 1200  # twice the layout's pixels, for sharp pasting
    with qtbot.waitSignal(view.exported) as said:
        view.copy_image()
    assert "事故总量下降最多的5个区" in said.args[0]  # for the status bar
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasImage()
    assert all(name in mime.text() for name in names)
    assert footer in mime.text()


def test_save_dialogs_write_where_chosen_and_say_so(
    qtbot: Any, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Save image and Export data from the chart's own actions: the file lands where the dialog
    said (an SVG when that filter was chosen and no suffix typed), the status bar is told, and a
    folder that is not there gives a warning and no word of success."""
    from PySide6.QtWidgets import QFileDialog

    from gui.qt import chart_export

    view = view_of(qtbot, store, "safety.top_districts", "zh", "来源: 报告")
    _copy, save, data = view.actions_
    offered: list[str] = []

    def answer(target: Path, chosen: str) -> None:
        def dialog(_parent: Any, _title: str, start: str, _filters: str) -> tuple[str, str]:
            offered.append(start)
            return str(target), chosen

        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))

    answer(tmp_path / "list", "SVG vector image (*.svg)")
    with qtbot.waitSignal(view.exported) as said:
        save.trigger()
    assert said.args[0].endswith(str(tmp_path / "list.svg"))
    assert "大兴区" in svg_texts(tmp_path / "list.svg")
    assert offered[-1].endswith("safety.top_districts.png")

    answer(tmp_path / "list.csv", "CSV (*.csv)")
    with qtbot.waitSignal(view.exported) as said:
        data.trigger()
    assert said.args[0].endswith(str(tmp_path / "list.csv"))
    text = (tmp_path / "list.csv").read_bytes().decode("utf-8-sig")
    assert "大兴区" in text
    assert text.rstrip().endswith("来源: 报告")
    assert offered[-1].endswith("safety.top_districts.csv")

    warned: list[str] = []
    monkeypatch.setattr(chart_export, "warn", lambda _p, _t, text: warned.append(text))
    answer(tmp_path / "missing" / "list.png", "PNG image (*.png)")
    told: list[str] = []
    view.exported.connect(told.append)
    save.trigger()
    assert len(warned) == 1
    assert told == []
    assert not (tmp_path / "missing").exists()


def test_bar_chart_exports_like_paper(qtbot: Any, store: Store, tmp_path: Path) -> None:
    view = view_of(qtbot, store, "actors.people_mobilised", "en", "Source: the report")
    view.write_svg(tmp_path / "bars.svg")
    texts = svg_texts(tmp_path / "bars.svg")
    assert texts[0] == "Cadres and Party members sent to the front line"
    assert texts[1] == "Unit: people"
    figures = ["99,000", "42,000", "433,000"]  # 9.9万名, 4.2万名, 43.3万名, the article's order
    assert [t for t in texts if t in figures] == figures
    assert {"0", "100,000", "200,000", "300,000", "400,000"} <= set(texts)
    assert texts[-2] == (
        "The article lists the three groups separately and does not say whether they overlap: "
        "do not add them up."
    )
    assert texts[-1] == "Source: the report"


# -- text from the database is plain text everywhere -------------------------------------------


def crafted(built: Path, folder: Path) -> tuple[Path, Path]:
    """A copy of the database with markup in every text a chart shows, pointing at a picture."""
    red = folder / "red.png"
    picture = QImage(40, 40, QImage.Format.Format_RGB32)
    picture.fill(QColor("#ff0000"))
    assert picture.save(str(red))
    db = folder / "crafted.db"
    shutil.copy(built, db)
    tag = f'<img src="{red.as_uri()}" width="200" height="200"><b>'
    connection = sqlite3.connect(db)
    with connection:
        for table, columns in {
            "charts": ("title_zh", "title_en", "axis_zh", "axis_en"),
            "chart_items": ("label_zh", "label_en", "series_zh", "series_en"),
            "milestones": ("title_zh", "title_en"),
            "observations": ("period_zh", "period_en", "reported", "baseline_reported"),
        }.items():
            for column in columns:
                connection.execute(
                    f'UPDATE "{table}" SET "{column}" = ? || "{column}" '
                    f'WHERE "{column}" IS NOT NULL AND "{column}" != ""',
                    (tag,),
                )
    connection.close()
    return db, red


def has_red(image: QImage) -> bool:
    """Whether the crafted picture shows: no chart colour is a pure red."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    width, height = image.width(), image.height()
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(height, image.bytesPerLine())
    bgra = pixels[:, : width * 4].reshape(height, width, 4).astype(int)
    red = (bgra[..., 2] > 200) & (bgra[..., 1] < 80) & (bgra[..., 0] < 80)
    return bool(red.any())


@pytest.mark.parametrize("lang", LANGS)
def test_markup_in_every_chart_text_is_shown_literally(
    qtbot: Any, built_db: Path, tmp_path: Path, lang: Lang
) -> None:
    """An ``<img>`` in a crafted database is text: never loaded, drawn or embedded."""
    db, _ = crafted(built_db, tmp_path)
    with Store(db) as store:
        ids = [c.id for d in store.domains() for c in store.charts(d.id)]
        for chart_id in ids:
            view = view_of(qtbot, store, chart_id, lang)
            assert "<img" in view.scene.title
            assert not has_red(view.grab().toImage()), chart_id
            if view.plot is not None:
                for item in view.plot.getPlotItem().items:
                    if isinstance(item, pg.TextItem):
                        html = item.textItem.document().toHtml()
                        assert "<img" not in html
                axis = view.plot.getPlotItem().getAxis("bottom")
                assert not axis.label.isVisible()  # pyqtgraph's axis label is HTML: unused
                drawn = read_screen(view.plot)
                shown = [lb.text for lb in drawn.labels] + drawn.rows + drawn.key
                if view.plot.cards is not None:
                    tiles = view.plot.cards.tiles
                    shown += [
                        t.text()
                        for _, tile in tiles
                        for t in tile.childItems()
                        if isinstance(t, QGraphicsSimpleTextItem)
                    ]
                assert any("<img" in text for text in shown), chart_id
            else:
                assert all(name.text().startswith("<img") for name in view.names)
            view.write_svg(tmp_path / f"{chart_id}.svg")
            svg = (tmp_path / f"{chart_id}.svg").read_text(encoding="utf-8")
            assert "<image" not in svg
            assert "&lt;img" in svg
            assert any(t.startswith("<img") for t in svg_texts(tmp_path / f"{chart_id}.svg"))
            image = QImage()
            view.write_png(tmp_path / f"{chart_id}.png")
            assert image.load(str(tmp_path / f"{chart_id}.png"))
            assert not has_red(image), chart_id
            view.close()


def test_a_saved_svg_carries_the_glyphs_it_shows(qtbot: Any, store: Store, tmp_path: Path) -> None:
    """The font the SVG names is inside it, cut to the characters shown: it draws the same
    on a machine without Noto Sans CJK SC."""
    import base64
    import io
    import re

    from fontTools.ttLib import TTFont

    from gui.qtcommon.fonts import family

    view = view_of(qtbot, store, "safety.year_on_year", "zh", "来源: 报告")
    view.write_svg(tmp_path / "chart.svg")
    svg = (tmp_path / "chart.svg").read_text(encoding="utf-8")
    named = set(re.findall(r'font-family="([^"]+)"', svg))
    assert family() in named
    faces = re.findall(
        r'@font-face \{ font-family: "([^"]+)"; src: url\(data:font/ttf;base64,([^)]+)\)', svg
    )
    assert [name for name, _ in faces] == [family()]
    font = TTFont(io.BytesIO(base64.b64decode(faces[0][1])))
    covered = set(font.getBestCmap())
    shown = "".join(svg_texts(tmp_path / "chart.svg"))
    assert {ord(c) for c in shown if not c.isspace()} <= covered
    assert len(covered) < 400  # the glyphs shown, not the whole font
    title = "2020年上半年事故起数和死亡人数同比降幅（总体及按行业领域）"  # data/charts.csv
    assert svg_texts(tmp_path / "chart.svg")[0] == title
