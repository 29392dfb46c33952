"""The window shows what the database says, in both languages, and moves where it is told."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QGraphicsSimpleTextItem

from gui.database.store import Store
from gui.present.chartdata import chart_data
from gui.present.typography import normalise
from gui.qt.card import FigureCard
from gui.qt.chart_view import ChartView
from gui.qt.domain_tab import DomainTab
from gui.qt.figure_table import FigureTable
from gui.qt.main_window import SOURCE_TAB, MainWindow
from gui.qt.source_tab import SourceTab

from .chartread import read_screen, squeezed


def table(tab: DomainTab) -> FigureTable:
    assert tab.figures is not None, f"{tab.domain.id} has no table"
    return tab.figures


def card_texts(card: FigureCard) -> dict[str, str]:
    return {
        "name": card.name.text(),
        "figure": card.figure.text(),
        "unit": card.unit.text(),
        "change": card.change.text(),
        "period": card.period.text(),
    }


def test_tabs_come_from_the_database(make_window: Any, store: Store) -> None:
    window: MainWindow = make_window("zh")
    labels = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert labels == [d.tab_zh for d in store.domains()] + ["来源"]
    assert window.tab_ids == [d.id for d in store.domains()] + [SOURCE_TAB]


# Every Overview card and every hotline card, as the reader sees them: (observation, name,
# figure, unit, change, period). The Chinese figures and changes are the article's own words
# (data/source/): "2020年共440万市民通过热线反映了1103.94万件诉求,环比2019年上升55.24%".
CARDS = {
    ("zh", "overview"): [
        (
            "actors.party_members_deployed.undated",
            "下沉防控一线的在职党员",
            "43.3万名",
            "",
            "",
            "新冠肺炎疫情发生后（据上下文）",
        ),
        (
            "hotline.requests.2020",
            "市民通过热线反映的诉求",
            "1103.94万件",
            "",
            "↑ 55.24%（较2019年）",
            "2020年",
        ),
        (
            "matters.household_food_waste.202012",
            "家庭厨余垃圾分出量",
            "4246吨/日",
            "",
            "↑ 13倍（较条例实施前）",
            "截至2020年12月",
        ),
        (
            "organisations.registered.202010",
            "登记社会组织",
            "12919家",
            "",
            "→ 基本持平（较上年同期）",
            "截至2020年10月",
        ),
        (
            "safety.accidents.20200630",
            "生产安全事故起数",
            "95起",
            "",
            "↓ 60.3%（较上年同期）",
            "2020年上半年（截至6月30日）（据上下文）",
        ),
    ],
    ("zh", "hotline"): [
        (
            "hotline.requests.2020",
            "市民通过热线反映的诉求",
            "1103.94万件",
            "",
            "↑ 55.24%（较2019年）",
            "2020年",
        ),
        ("hotline.callers.2020", "通过热线反映诉求的市民", "440万", "人", "", "2020年"),
        ("hotline.answered_directly_share.2020", "直接解答占比", "59.35%", "", "", "2020年"),
        ("hotline.dispatched_share.2020", "派单办理占比", "40.65%", "", "", "2020年"),
        (
            "hotline.assessed_subdistricts.2020",
            "纳入“接诉即办”考评的街乡镇",
            "337个",
            "",
            "",
            "2020年",
        ),
        ("hotline.online_channels.undated", "累计开通的网络受理渠道", "15个", "", "", "未说明时期"),
        (
            "hotline.wechat_share.undated",
            "网络平台问题中来自微信公众号的占比",
            "六成以上",
            "",
            "",
            "未说明时期 · 下限",
        ),
    ],
    ("en", "overview"): [
        (
            "actors.party_members_deployed.undated",
            "In-service Party members sent to the front line",
            "433,000",
            "people",
            "",
            "After the outbreak (from the paragraph)",
        ),
        (
            "hotline.requests.2020",
            "Requests raised through the hotline",
            "11,039,400",
            "requests",
            "up 55.24% on 2019",
            "2020",
        ),
        (
            "matters.household_food_waste.202012",
            "Household food waste separated",
            "4,246",
            "tonnes per day",
            "up 13-fold on the pre-regulation level (增长了13倍, read as ×13 or ×14)",
            "As of December 2020",
        ),
        (
            "organisations.registered.202010",
            "Registered social organisations",
            "12,919",
            "organisations",
            "broadly unchanged year on year",
            "As of October 2020",
        ),
        (
            "safety.accidents.20200630",
            "Work-safety accidents",
            "95",
            "accidents",
            "down 60.3% year on year",
            "First half of 2020 (from the paragraph)",
        ),
    ],
    ("en", "hotline"): [
        (
            "hotline.requests.2020",
            "Requests raised through the hotline",
            "11,039,400",
            "requests",
            "up 55.24% on 2019",
            "2020",
        ),
        (
            "hotline.callers.2020",
            "Residents who raised requests through the hotline",
            "4.4 million",
            "people",
            "",
            "2020",
        ),
        (
            "hotline.answered_directly_share.2020",
            "Share answered directly",
            "59.35%",
            "",
            "",
            "2020",
        ),
        (
            "hotline.dispatched_share.2020",
            "Share passed on to other bodies",
            "40.65%",
            "",
            "",
            "2020",
        ),
        (
            "hotline.assessed_subdistricts.2020",
            "Subdistricts, townships and towns assessed under "
            '"Swift Response to Public Complaints"',
            "337",
            "subdistricts, townships and towns",
            "",
            "2020",
        ),
        (
            "hotline.online_channels.undated",
            "Online channels for requests opened to date",
            "15",
            "channels",
            "",
            "Period not stated",
        ),
        (
            "hotline.wechat_share.undated",
            "Share of problems reported online that came through WeChat official accounts",
            "60% or more",
            "",
            "",
            "Period not stated · lower bound",
        ),
    ],
}


@pytest.mark.parametrize(("lang", "domain"), list(CARDS))
def test_cards_show_the_figures_as_reported(make_window: Any, lang: str, domain: str) -> None:
    window: MainWindow = make_window(lang)
    shown = [
        (card.observation.id, *card_texts(card).values())
        for card in window.domain_tab(domain).cards
    ]
    assert shown == CARDS[lang, domain]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_card_shows_its_observation(make_window: Any, store: Store, lang: str) -> None:
    window: MainWindow = make_window(lang)
    for domain in store.domains():
        tab = window.domain_tab(domain.id)
        expected = (
            store.overview_cards() if domain.kind == "introduction" else store.cards(domain.id)
        )
        assert [c.observation.id for c in tab.cards] == [o.id for o in expected]
        for card, obs in zip(tab.cards, expected, strict=True):
            assert card.name.text() == obs.tr("name", lang)  # type: ignore[arg-type]
            assert card.period.text().startswith(obs.tr("period", lang))  # type: ignore[arg-type]
            if lang == "zh" and obs.value is not None:
                assert card.figure.text() == obs.reported  # exactly as the article prints it
            shown = normalise(obs.quote, keep_length=True)  # GB/T 15834 marks, as the window shows
            assert shown in card.toolTip().replace("&quot;", '"') or "&" in obs.quote


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_table_lists_every_figure(make_window: Any, store: Store, lang: str) -> None:
    window: MainWindow = make_window(lang)
    for domain in store.domains():
        tab = window.domain_tab(domain.id)
        observations = store.observations(domain.id)
        if not observations:  # the Overview and the outlook have no table
            assert tab.figures is None
            continue
        model = table(tab).model
        assert model.rowCount() == len(observations)
        for row, obs in enumerate(observations):
            assert model.text(row, 0) == obs.tr("name", lang)  # type: ignore[arg-type]
            if obs.value is None:  # a change only: no figure of its own, the change beside it
                assert model.text(row, 1) == "—"
                starts = ("↑", "↓", "→") if lang == "zh" else ("up ", "down ", "broadly")
                assert model.text(row, 3).startswith(starts)  # where every change stands
            elif lang == "zh":
                assert model.text(row, 1) == obs.reported  # as the article prints it, unit and all
            # the period's words, marked where they come from the paragraph (test_figures.py)
            assert model.text(row, 2).startswith(obs.tr("period", lang))  # type: ignore[arg-type]
            assert model.text(row, 4) == normalise(obs.quote, keep_length=True)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_figure_or_comparison_in_a_table_is_cut(
    make_window: Any, store: Store, lang: str
) -> None:
    """A figure is never drawn with "…": neither in the Figure column nor in the comparison
    ("down 60.3% year on year"); where the table is too narrow, it scrolls sideways."""
    from tests.window_probe import cut_figures

    window: MainWindow = make_window(lang)
    window.resize(1280, 800)
    window.show()
    for domain in store.domains():
        window.open_tab(domain.id)
        tab = window.domain_tab(domain.id)
        QApplication.processEvents()
        assert cut_figures(tab) == [], domain.id


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_chart_plots_the_database(make_window: Any, store: Store, lang: str) -> None:
    """Each tab draws its charts: every figure labelled on its mark, read from the items drawn."""
    window: MainWindow = make_window(lang)
    window.show()
    seen_kinds = set()
    for domain in store.domains():
        window.open_tab(domain.id)
        tab = window.domain_tab(domain.id)
        charts = store.charts(domain.id)
        assert [v.chart.id for v in tab.charts] == [c.id for c in charts]
        tab.build_charts()
        QApplication.processEvents()
        for view, chart in zip(tab.charts, charts, strict=True):
            expected = chart_data(chart, lang, store.milestones())  # type: ignore[arg-type]
            seen_kinds.add(chart.kind)
            if view.plot is None:  # names without figures: a list, in the article's order
                assert [n.text() for n in view.names] == [m.label for m in expected.marks]
                continue
            if view.plot.cards is not None:  # figures drawn apart: a tile each, no axis
                tiles = [tile for _, tile in view.plot.cards.tiles]
                assert len(tiles) == len(expected.marks)
                for tile, mark in zip(tiles, expected.marks, strict=True):
                    words = [
                        t.text()
                        for t in tile.childItems()
                        if isinstance(t, QGraphicsSimpleTextItem)
                    ]
                    assert squeezed(mark.text) in squeezed("".join(words))
                continue
            drawn = read_screen(view.plot)
            shown = " | ".join(label.text for label in drawn.labels)
            for mark in expected.marks:
                assert mark.text in shown  # the figure, labelled on the chart
                if lang == "zh":
                    assert mark.reported in shown  # as the article prints it
                if mark.before_text:
                    assert mark.before_text in shown
            # One bar or dot a figure, the categories in the data's order.
            assert len(drawn.bars) + len(drawn.points) >= len(expected.marks) + len(expected.events)
            names = [squeezed(r) for r in drawn.rows]
            wanted = [squeezed(label) for label in expected.categories if label]
            if chart.kind in ("bar", "before_after", "grouped"):
                assert names == wanted
            for event in expected.events:
                assert event.label in [label.text for label in drawn.labels]
    assert seen_kinds == {
        "bar",
        "ranking",
        "list",
        "composition",
        "before_after",
        "grouped",
        "timeline",
        "cards",
    }


def test_chart_tooltips_carry_figure_and_source(make_window: Any) -> None:
    window: MainWindow = make_window("zh")
    tab = window.domain_tab("hotline")
    tab.build_charts()
    plot = tab.charts[0].plot
    assert plot is not None
    tips = [item.toolTip() for item in plot.getPlotItem().items if item.toolTip()]
    assert any("1001.38万件" in tip and "相关数据显示" in tip for tip in tips)


def test_overview_card_opens_its_domain_and_sentence(make_window: Any, qtbot: Any) -> None:
    window: MainWindow = make_window("zh")
    overview = window.domain_tab("overview")
    card = next(c for c in overview.cards if c.observation.id == "hotline.requests.2020")
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert window.current_tab_id() == "hotline"
    hotline = window.domain_tab("hotline")
    selected = hotline.selected()
    assert selected is not None
    assert selected.id == "hotline.requests.2020"
    shown = table(hotline).source.view.toPlainText()
    assert "相关数据显示，2020年共440万市民通过热线反映了1103.94万件诉求，环比" in shown
    assert "原文句子（标点已按 GB/T 15834 规范化）" in shown  # and it says so
    # … then to the article, and back to the figure from the article.
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    table(hotline).source.button.click()
    assert window.current_tab_id() == SOURCE_TAB
    source: SourceTab = window.source_tab()
    assert source.marked_sentence().replace("\u2029", "\n") == normalise(
        source.text[selected.quote_start : selected.quote_end], keep_length=True
    )
    # In the middle of the view, not on its last lines (the sentence is far down the article).
    qtbot.wait(20)
    cursor = source.view.textCursor()
    top = source.view.cursorRect(cursor).top()
    cursor.setPosition(cursor.position() + len(selected.quote))
    bottom = source.view.cursorRect(cursor).bottom()
    room = source.view.viewport().height()
    assert source.view.verticalScrollBar().value() > 0
    assert abs((top + bottom) / 2 - room / 2) < room / 8, (top, bottom, room)
    source.observation_clicked.emit("safety.accidents.20200630")
    assert window.current_tab_id() == "safety"
    picked = window.domain_tab("safety").selected()
    assert picked is not None
    assert picked.id == "safety.accidents.20200630"


def test_article_marks_every_figure_as_a_link(make_window: Any, store: Store) -> None:
    window: MainWindow = make_window("zh")
    source = window.source_tab()
    # Shown with GB/T 15834 marks, one for one; the stored article stays as read.
    assert source.text == store.source_text()
    assert source.view.toPlainText() == normalise(store.source_text(), keep_length=True)
    assert "，" not in store.source_text()
    assert "，" in source.view.toPlainText()
    hrefs = set()
    block = source.view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isAnchor():
                hrefs.add(fragment.charFormat().anchorHref())
            it += 1
        block = block.next()
    # Every figure links; two that share one printed number ("均下降37.5%") share one link.
    linked = {href.split(":", 1)[1] for href in hrefs}
    spans: dict[tuple[int, int], str] = {}
    for start, end, ident in store.figure_spans():
        spans.setdefault((start, end), ident)
    assert linked == set(spans.values())
    assert {ident for _, _, ident in store.figure_spans()} == {o.id for o in store.observations()}
    assert len(linked) >= len(store.observations()) - 1


def test_language_switch_changes_interface_and_data(make_window: Any, store: Store) -> None:
    window: MainWindow = make_window("zh")
    window.open_tab("hotline")
    window.domain_tab("hotline").select_observation("hotline.requests.2020")
    assert window.actions_.menu("file").title() == "文件(&F)"
    window.set_language("en")
    assert window.actions_.menu("file").title() == "&File"
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        d.tab_en for d in store.domains()
    ] + ["Source"]
    tab = window.domain_tab("hotline")
    assert window.current_tab_id() == "hotline"
    assert tab.cards[0].figure.text() == "11,039,400"
    assert tab.cards[0].change.text() == "up 55.24% on 2019"
    assert table(tab).model.headers[0] == "Indicator"
    selected = tab.selected()
    assert selected is not None
    assert selected.id == "hotline.requests.2020"  # the selection survives
    assert window.session.settings.language() == "en"
    window.set_language("zh")
    assert table(window.domain_tab("hotline")).model.headers[0] == "指标"


def test_window_state_is_remembered(make_window: Any, app_settings: Any) -> None:
    window: MainWindow = make_window("zh")
    window.show()
    window.resize(700, 500)  # the offscreen screen is 800×600
    window.open_tab("safety")
    window.close()
    again: MainWindow = make_window("zh")
    assert again.current_tab_id() == "safety"
    assert again.size().width() == 700


def test_unchanged_settings_are_not_written_again(
    make_window: Any, app_settings: Any, settings_file: Path
) -> None:
    """Opening and closing the window as it was left rewrites nothing (nor waits for a disk)."""
    for _ in range(2):  # the first start places the window; the second restores it
        window: MainWindow = make_window("zh")
        window.show()
        window.close()
    app_settings.sync()
    written = settings_file.stat()
    again: MainWindow = make_window("zh")
    again.show()
    again.close()
    app_settings.set_last_tab(app_settings.last_tab())
    app_settings.sync()
    after = settings_file.stat()
    assert (after.st_ino, after.st_mtime_ns) == (written.st_ino, written.st_mtime_ns)
    app_settings.set_zoom(110)  # a change is written
    app_settings.sync()
    assert settings_file.stat().st_ino != written.st_ino
    assert app_settings.zoom() == 110


def test_ctrl_wheel_zooms_once_the_window_has_painted(make_window: Any, qtbot: Any) -> None:
    """The zoom's application-wide event filter comes with the first paint, not before."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    window: MainWindow = make_window("zh")
    with qtbot.waitSignal(window.painted, timeout=5000):
        window.show()
    card = window.domain_tab("overview").cards[0]
    before = window.session.settings.zoom()
    at = QPointF(card.rect().center())
    wheel = QWheelEvent(
        at,
        QPointF(card.mapToGlobal(at.toPoint())),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(card, wheel)
    assert window.session.settings.zoom() > before


def test_keyboard_moves_between_tabs(make_window: Any, qtbot: Any) -> None:
    window: MainWindow = make_window("zh")
    window.show()
    qtbot.waitExposed(window)
    window.open_tab("overview")
    window.actions_["view.next_tab"].trigger()
    assert window.current_tab_id() == "actors"
    window.actions_["view.previous_tab"].trigger()
    window.actions_["view.previous_tab"].trigger()
    assert window.current_tab_id() == SOURCE_TAB
    shortcuts = {s.toString() for s in window.actions_["view.next_tab"].shortcuts()}
    assert shortcuts == {"Ctrl+Tab", "Ctrl+PgDown"}
    assert "Ctrl+Q" in {s.toString() for s in window.actions_["file.quit"].shortcuts()}
    assert "F1" in {s.toString() for s in window.actions_["help.contents"].shortcuts()}


def test_widgets_have_accessible_names(make_window: Any) -> None:
    window: MainWindow = make_window("zh")
    tab: DomainTab = window.domain_tab("hotline")
    assert all(card.accessibleName() for card in tab.cards)
    assert table(tab).table.accessibleName()
    assert table(tab).filter.accessibleName()
    assert all(view.accessibleName() and view.accessibleDescription() for view in tab.charts)


def test_table_filter_is_literal(make_window: Any) -> None:
    window: MainWindow = make_window("zh")
    tab = window.domain_tab("hotline")
    table(tab).filter.setText("派单办理占比")
    assert table(tab).model.rowCount() == 1
    table(tab).filter.setText("1103.94万件")  # the sentence column is searched too
    assert table(tab).model.rowCount() == 6
    table(tab).filter.setText("[(*")  # regular-expression syntax is just text
    assert table(tab).model.rowCount() == 0


def test_chart_exports_carry_title_source_and_edition(make_window: Any, tmp_path: Path) -> None:
    window: MainWindow = make_window("zh")
    tab = window.domain_tab("organisations")
    view: ChartView = tab.charts[0]
    view.write_csv(tmp_path / "c.csv")
    raw = (tmp_path / "c.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:5] == ["图表", "类别", "系列", "数值", "原文数值"]
    assert [r[4] for r in rows[1:4]] == ["4534家", "7594家", "791家"]
    assert "2020-2021" in rows[-1][0]
    view.write_svg(tmp_path / "c.svg")
    svg = (tmp_path / "c.svg").read_text(encoding="utf-8")
    assert "<title>登记社会组织类型构成</title>" in svg
    view.write_png(tmp_path / "c.png")
    from PySide6.QtGui import QImage

    image = QImage(str(tmp_path / "c.png"))
    assert image.width() >= 640
    assert not (tmp_path / "missing").exists()
    from gui.files.atomic import WriteError

    with pytest.raises(WriteError, match="does not exist"):
        view.write_png(tmp_path / "missing" / "c.png")


def test_hostile_names_are_shown_literally(make_window: Any, sources: Path, tmp_path: Path) -> None:
    from gui.edition import build_database

    from . import csvedit

    hostile = "<b>粗体</b><img src=x><a href='http://x'>链接</a>"
    csvedit.edit(sources / "indicators.csv", "id", "hotline.requests", "name_zh", hostile)
    db = tmp_path / "hostile.db"
    build_database(sources, db)
    window: MainWindow = make_window("zh", db=db)
    tab = window.domain_tab("hotline")
    card = next(c for c in tab.cards if c.observation.id == "hotline.requests.2020")
    assert card.name.text() == hostile
    assert card.name.textFormat() == Qt.TextFormat.PlainText  # shown as typed: never markup
    assert "&lt;b&gt;" in card.toolTip()
    tab.select_observation("hotline.requests.2020")
    assert hostile in table(tab).source.view.toPlainText()
    assert table(tab).model.text(table(tab).model.row_of("hotline.requests.2020"), 0) == hostile


def test_unknown_tab_on_the_command_line(
    capsys: pytest.CaptureFixture[str], settings_file: Path
) -> None:
    from gui.cli import main

    assert main(["--tab", "nowhere", "--quit-after-paint"]) == 2
    err = capsys.readouterr().err
    assert "unknown tab 'nowhere'" in err
    assert "hotline" in err


def test_the_search_field_gives_way_before_any_tab_is_shortened(
    make_window: Any, qtbot: Any
) -> None:
    """Narrowed step by step, the window first narrows the search field, then shows it as a
    button, and only then shortens the longest tabs' names; no tab ever leaves the bar."""
    from PySide6.QtWidgets import QTabBar

    from gui.qt.search_box import FIELD_LEAST, FIELD_MOST
    from gui.qt.tab_bar import FairTabBar
    from gui.qtcommon.fonts import ui_px

    window: MainWindow = make_window("en")
    window.showNormal()  # not maximised, as on a small screen, so that it takes the widths given
    qtbot.waitExposed(window)
    bar = window.tabs.tabBar()
    assert isinstance(bar, FairTabBar)
    whole = [QTabBar.tabSizeHint(bar, i).width() for i in range(bar.count())]
    button = window.search_corner.button.sizeHint().width()

    def at(tabs_width: int) -> tuple[bool, int, list[int]]:
        window.resize(tabs_width, window.height())
        qtbot.waitUntil(lambda: window.tabs.width() == tabs_width)
        QApplication.processEvents()
        widths = [bar.tabRect(i).width() for i in range(bar.count())]
        for i in range(bar.count()):
            rect = bar.tabRect(i)
            assert rect.left() >= 0, f"tab {i} leaves the bar"
            assert rect.right() < bar.width(), f"tab {i} leaves the bar"
        corner = window.search_corner
        return corner.collapsed, corner.width(), widths

    natural = sum(whole)
    collapsed, field, widths = at(natural + ui_px(FIELD_MOST) + ui_px(40))
    assert (collapsed, widths) == (False, whole)
    assert field >= ui_px(FIELD_MOST)
    collapsed, field, widths = at(natural + ui_px(FIELD_LEAST) + ui_px(20))
    assert (collapsed, widths) == (False, whole)  # narrower, every name whole
    assert ui_px(FIELD_LEAST) <= field < ui_px(FIELD_MOST)
    collapsed, field, widths = at(natural + button + ui_px(20))
    assert (collapsed, widths) == (True, whole)  # a button, every name still whole
    collapsed, _, widths = at(natural - ui_px(120))
    assert collapsed
    assert max(widths) < max(whole)  # now the longest are shortened
    assert min(widths) == min(whole)  # the shortest stay whole


def test_the_figure_column_is_as_wide_as_the_figures_shown(make_window: Any, qtbot: Any) -> None:
    """Filtered to short figures, the Figure column narrows to the widest of them (it kept
    the width of a long figure filtered out); the filter cleared, it widens again, never
    cutting one."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from gui.qt.figure_table import FigureView
    from gui.qt.table_model import ObservationTableModel
    from tests.window_probe import cut_figures

    window: MainWindow = make_window("en")
    window.resize(1280, 800)
    window.show()
    window.open_tab("hotline")
    tab = window.domain_tab("hotline")
    view: FigureView = table(tab).table
    column = ObservationTableModel.FIGURE

    def widest_shown() -> int:
        """What the widest figure shown (or the header) needs, as the cell's delegate says."""
        model = view.model()
        delegate = view.itemDelegateForColumn(column) or view.itemDelegate()
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.font = view.font()
        cells = [
            delegate.sizeHint(option, model.index(row, column)).width()
            for row in range(model.rowCount())
        ]
        return max([*cells, view.horizontalHeader().sectionSizeHint(column)])

    qtbot.waitUntil(lambda: view.columnWidth(column) >= widest_shown())
    whole = view.columnWidth(column)
    assert whole <= widest_shown() + 12  # a little room either side, no more
    # Filtered to fewer figures (nine: the table still scrolls, so no scroll bar comes or
    # goes to measure it again by chance), then to fewer and shorter ones.
    for word, rows in (("requests", 9), ("calls", 3)):
        before = view.columnWidth(column)
        table(tab).filter.setText(word)
        qtbot.waitUntil(lambda rows=rows: view.model().rowCount() == rows)
        qtbot.waitUntil(lambda before=before: view.columnWidth(column) < before)
        assert widest_shown() <= view.columnWidth(column) <= widest_shown() + 12, word
    table(tab).filter.setText("")
    qtbot.waitUntil(lambda: view.columnWidth(column) == whole)
    assert cut_figures(tab) == []


def test_the_window_has_its_icon_once_it_has_painted(make_window: Any, qtbot: Any) -> None:
    """The icon comes just after the first paint, every rendered size of it."""
    from PySide6.QtGui import QIcon

    from gui.qtcommon.startup import ICON_SIZES

    QApplication.setWindowIcon(QIcon())  # as a fresh process starts
    window: MainWindow = make_window("zh")
    with qtbot.waitSignal(window.painted, timeout=5000):
        window.show()

    def sizes() -> list[int]:
        return sorted(s.width() for s in window.windowIcon().availableSizes())

    qtbot.waitUntil(lambda: sizes() == list(ICON_SIZES), timeout=5000)


def test_a_resize_shares_out_the_columns_without_reading_the_rows_again(
    make_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The columns' widths are read from the rows' texts once per change of rows: a resize
    (a tab's first layout sends several) only shares them out again, and a filter reads again."""
    from gui.qt.figure_table import FigureView
    from gui.qt.table_model import ObservationTableModel

    window: MainWindow = make_window("en")
    window.resize(1280, 800)
    window.show()
    window.open_tab("hotline")
    view: FigureView = table(window.domain_tab("hotline")).table
    column = ObservationTableModel.FIGURE
    qtbot.waitUntil(lambda: view.columnWidth(column) > 0)
    qtbot.wait(50)
    reads: list[int] = []
    measure = FigureView.sizeHintForColumn

    def counted(self: FigureView, column: int) -> int:
        reads.append(column)
        return measure(self, column)

    monkeypatch.setattr(FigureView, "sizeHintForColumn", counted)
    figure = view.columnWidth(column)
    indicator = {}
    for width in (1100, 1400, 1280):
        window.resize(width, 800)
        qtbot.waitUntil(lambda w=width: window.width() == w)
        qtbot.wait(20)
        indicator[width] = view.columnWidth(ObservationTableModel.INDICATOR)
        assert view.columnWidth(column) == figure  # the figures' width stays whole
    assert reads == []
    assert indicator[1400] > indicator[1100]  # the rest shared out again at each size
    table(window.domain_tab("hotline")).filter.setText("2020")
    qtbot.waitUntil(lambda: len(reads) > 0)
