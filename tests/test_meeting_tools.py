"""Search, pin, reorder, note, undo, present, cite: the window's tools for a meeting."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtTest import QTest

from gui.qt.main_window import MainWindow

HOTLINE = "hotline.requests.2020"


def test_search_as_you_type_opens_the_figure(make_window: Any, tmp_path: Path) -> None:
    window: MainWindow = make_window("zh", briefing=tmp_path / "user")
    box = window.search
    assert box.update_results("厨余垃圾") > 0
    assert "matters.total_food_waste.202012" in box.result_ids()
    # Three figures' names speak of 接诉即办: the units assessed under it.
    assert box.update_results("接诉即办") == 3
    assert sorted(box.result_ids()) == [
        "hotline.assessed_city_agencies.2020",
        "hotline.assessed_state_enterprises.2020",
        "hotline.assessed_subdistricts.2020",
    ]
    # Query syntax is text to find: the lone quote is a character (in the English names) ...
    assert box.update_results('接诉即办 "') == 3
    assert sorted(box.result_ids()) == [
        "hotline.assessed_city_agencies.2020",
        "hotline.assessed_state_enterprises.2020",
        "hotline.assessed_subdistricts.2020",
    ]
    # ... and OR is a word a figure must hold too, not "either": none of the three has it.
    assert box.update_results('接诉即办 OR "') == 0
    assert box.update_results("接诉即办 towns") == 1
    for hostile in ("NEAR(", "*", "'; DROP TABLE observations; --", "_"):
        assert box.update_results(hostile) == 0, hostile
        assert box.result_ids() == []
        assert box.results.item(0).text() == "没有匹配的数字"  # "No figure matches", disabled
        assert not box.results.item(0).isEnabled()
    # LIKE's wildcard is escaped: "%" finds the figures with a percent sign in their sentence or
    # unit (up to 30 shown), where a wildcard would find every figure.
    assert box.update_results("%") == 30
    found = [window.store.observation(i) for i in box.result_ids()]
    assert all(o is not None and "%" in o.quote + o.unit.zh for o in found)
    box.update_results("1103.94万件")
    box.chosen.emit(box.result_ids()[0])
    assert window.current_tab_id() == "hotline"
    selected = window.current_observation()
    assert selected is not None
    assert selected.id in box.result_ids()


def test_pin_reorder_note_delete_undo_and_restart(
    make_window: Any, tmp_path: Path, app_settings: Any
) -> None:
    window: MainWindow = make_window("zh", briefing=tmp_path / "user")
    window.open_observation(HOTLINE)
    window.actions_["edit.pin"].trigger()  # Ctrl+B
    window.briefing.pin("safety.accidents.20200630")
    window.briefing.pin("matters.household_food_waste.202012")
    dock = window.briefing.dock
    order = [p.observation_id for p in dock.pins()]
    assert order == [HOTLINE, "safety.accidents.20200630", "matters.household_food_waste.202012"]
    dock.move_pin("matters.household_food_waste.202012", 0)
    dock.set_note(HOTLINE, "与去年对比")
    dock.select("safety.accidents.20200630")
    dock.list.setFocus()
    dock.delete.trigger()  # Delete
    assert [p.observation_id for p in dock.pins()] == [
        "matters.household_food_waste.202012",
        HOTLINE,
    ]
    window.actions_["edit.undo"].trigger()  # Ctrl+Z brings it back where it was
    assert [p.observation_id for p in dock.pins()] == [
        "matters.household_food_waste.202012",
        HOTLINE,
        "safety.accidents.20200630",
    ]
    window.actions_["edit.undo"].trigger()  # … and the note goes
    assert next(p for p in dock.pins() if p.observation_id == HOTLINE).note == ""
    window.actions_["edit.redo"].trigger()
    assert dock.list.count() == 3
    assert "与去年对比" in dock.list.item(1).text()
    window.close()
    again: MainWindow = make_window("zh", briefing=tmp_path / "user")
    assert [p.observation_id for p in again.briefing.dock.pins()] == [
        "matters.household_food_waste.202012",
        HOTLINE,
        "safety.accidents.20200630",
    ]


def test_unwritable_user_folder_turns_pinning_off(make_window: Any, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    window: MainWindow = make_window("zh", briefing=blocker / "user")
    assert not window.actions_["edit.pin"].isEnabled()
    assert not window.briefing.dock.isEnabled()
    assert str(blocker) in window.briefing.problem
    assert window.statusBar().currentMessage() == window.briefing.problem
    window.open_tab("hotline")  # the window still works


def test_presentation_mode_moves_with_the_keyboard(make_window: Any, tmp_path: Path) -> None:
    window: MainWindow = make_window("zh", briefing=tmp_path / "user")
    window.open_tab("hotline")
    show = window.present()  # no pins: the pack's slides, from the current domain's
    assert show.slides[0].kind == "title"
    assert show.slides[show.index].title == "社会治理体制简约高效"
    assert [f.figure for f in show.slides[show.index].figures] == [
        "1103.94万件",
        "440万",
        "59.35%",
        "40.65%",
    ]  # four a screen, read from across a room
    QTest.keyClick(show, Qt.Key.Key_Right)  # the rest of its figures, then its charts
    assert [f.figure for f in show.slides[show.index].figures] == ["337个", "15个", "六成以上"]
    QTest.keyClick(show, Qt.Key.Key_Right)
    assert [s.title for s in show.slides[show.index : show.index + 3]] == [
        "图4　热线诉求构成：按渠道、按办理方式",
        "图5　群众来电前三位",
        "图6　纳入“接诉即办”考评的单位",
    ]
    chart = show.slides[show.index].chart
    assert chart is not None
    assert chart.id == "hotline.composition"
    for _ in range(3):
        QTest.keyClick(show, Qt.Key.Key_Right)
    assert show.slides[show.index].title == "抓好两件“关键小事”"
    QTest.keyClick(show, Qt.Key.Key_PageUp)
    QTest.keyClick(show, Qt.Key.Key_Left)
    assert show.slides[show.index].title == "图5　群众来电前三位"
    QTest.keyClick(show, Qt.Key.Key_Home)
    assert show.index == 0
    QTest.keyClick(show, Qt.Key.Key_End)
    assert show.index == len(show.slides) - 1
    QTest.keyClick(show, Qt.Key.Key_Escape)
    assert not show.isVisible()
    window.briefing.pin(HOTLINE)
    pinned = window.present()
    assert [s.kind for s in pinned.slides] == ["title", "pin"]
    assert pinned.slides[1].figures[0].figure == "1103.94万件"
    pinned.close()


def test_copy_citation(make_window: Any, tmp_path: Path) -> None:
    window: MainWindow = make_window("zh", briefing=tmp_path / "user")
    window.open_observation(HOTLINE)
    window.actions_["edit.citation"].trigger()  # Ctrl+Shift+C
    text = QGuiApplication.clipboard().text()
    assert text.startswith("1103.94万件 — 相关数据显示")
    assert "北京市社会科学院" in text
    shortcuts = {s.toString() for s in window.actions_["edit.citation"].shortcuts()}
    assert shortcuts == {"Ctrl+Shift+C"}


def inked(image: QImage) -> QRect:
    """The box of what is drawn on a white slide, the slide number's corner left out."""
    left, top, right, bottom = image.width(), image.height(), -1, -1
    for y in range(0, round(image.height() * 0.9), 2):
        for x in range(0, image.width(), 2):
            if QColor(image.pixel(x, y)).lightness() < 200:
                left, right = min(left, x), max(right, x)
                top, bottom = min(top, y), max(bottom, y)
    return QRect(left, top, right - left + 1, bottom - top + 1)


def test_a_chart_takes_the_whole_slide_and_a_figure_keeps_its_unit(
    make_window: Any, tmp_path: Path
) -> None:
    window: MainWindow = make_window("en", briefing=tmp_path / "user")
    window.open_tab("actors")
    show = window.present()
    show.showNormal()
    show.resize(1366, 768)
    show.go(next(i for i, s in enumerate(show.slides) if s.kind == "chart"))
    drawn = inked(show.grab().toImage())
    assert drawn.width() > 0.8 * 1366, drawn  # not a strip at the left
    show.close()
    window.briefing.pin(HOTLINE)
    pinned = window.present()
    pinned.showNormal()
    pinned.resize(1366, 768)
    at = next(i for i, s in enumerate(pinned.slides) if s.figures)  # after the title slide
    pinned.go(at)
    figure = pinned.slides[at].figures[0]
    assert (figure.figure, figure.unit) == ("11,039,400", "requests")
    image = pinned.grab().toImage()
    # The unit on the figure's line: inked to the right of the figure, at its baseline.
    from PySide6.QtGui import QFontMetricsF

    from gui.qtcommon.fonts import font

    unit = max(768 / 40, 8.0)
    measured = QFontMetricsF(font(unit * 5.5, bold=True)).horizontalAdvance(figure.figure)
    columns = [
        x
        for x in range(round(unit * 3 + measured) + 4, 1366)
        if any(QColor(image.pixel(x, y)).lightness() < 128 for y in range(300, 430, 2))
    ]
    assert columns, "no unit beside the figure"
    pinned.close()
