"""What a screen reader hears: every control named, no two alike, charts and cards reachable.

The tree is Qt's own accessibility tree (``QAccessible``), the one AT-SPI hands to Orca, walked
from the window down through what is shown.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication

from gui.database.store import Store
from gui.qt.main_window import SOURCE_TAB, MainWindow

Role = QAccessible.Role
# What a user acts on. Scroll bars and splitter handles are named by Qt for their direction,
# as every desktop names them; cells are read with their column's header.
INTERACTIVE = {
    Role.PushButton,
    Role.Button,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.PageTab,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.SpinBox,
    Role.Slider,
    Role.Link,
    Role.Chart,
    Role.Table,
    Role.List,
    Role.MenuItem,
}


def walk(interface: QAccessibleInterface) -> list[QAccessibleInterface]:
    """Every interface under ``interface`` that is shown, depth first."""
    found = []
    for i in range(interface.childCount()):
        child = interface.child(i)
        if child is None or not child.isValid() or child.state().invisible:
            continue
        found.append(child)
        found += walk(child)
    return found


def controls(window: MainWindow) -> list[tuple[str, str]]:
    root = QAccessible.queryAccessibleInterface(window)
    assert root is not None
    return [
        (child.role().name, child.text(QAccessible.Text.Name))
        for child in walk(root)
        if child.role() in INTERACTIVE
    ]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_control_of_every_tab_has_a_name_of_its_own(
    make_window: Any, store: Store, lang: str, qtbot: Any, tmp_path: Path
) -> None:
    window: MainWindow = make_window(lang, briefing=tmp_path / "user")
    window.briefing.pin("hotline.requests.2020")  # the dock's list and buttons are shown too
    window.show()
    qtbot.waitExposed(window)
    seen_roles: set[str] = set()
    for tab_id in window.tab_ids:
        window.open_tab(tab_id)
        page = window.page(tab_id)
        build = getattr(page, "build_charts", None)
        if build is not None:
            build()
        QApplication.processEvents()
        found = controls(window)
        unnamed = [role for role, name in found if not name.strip()]
        assert unnamed == [], f"{tab_id} ({lang}): unnamed {unnamed}"
        twice = {name: n for name, n in Counter(name for _, name in found).items() if n > 1}
        assert twice == {}, f"{tab_id} ({lang}): said twice {twice}"
        seen_roles |= {role for role, _ in found}
        if tab_id not in (SOURCE_TAB, "outlook"):
            names = [name for _, name in found]
            # The article's 1103.94万件, said the way each language writes it, by the card's
            # button, which says the figure is listed.
            shown = {"zh": "1103.94万件 ", "en": "11,039,400 "}[lang]
            listed = [n for n in names if n.startswith(shown)]
            assert len(listed) == 1 or tab_id != "hotline", names
    # The tree reaches what matters: cards are buttons, charts are charts.
    assert {"Button", "Chart", "PageTab", "EditableText", "Table"} <= seen_roles


def test_a_chart_reads_its_values(make_window: Any, store: Store) -> None:
    window: MainWindow = make_window("zh")
    view = window.domain_tab("hotline").charts[1]
    interface = QAccessible.queryAccessibleInterface(view)
    assert interface is not None
    assert interface.role() == Role.Chart
    assert interface.text(QAccessible.Text.Name) == "群众来电前三位"
    description = interface.text(QAccessible.Text.Description)
    for figure in ("107.7万件", "98万件", "64.8万件"):  # the article's top three topics
        assert figure in description
    card = window.domain_tab("hotline").cards[0]
    card_interface = QAccessible.queryAccessibleInterface(card)
    assert card_interface is not None
    assert card_interface.role() == Role.Button
    assert card_interface.text(QAccessible.Text.Name) == "市民通过热线反映的诉求：1103.94万件"
    pin = QAccessible.queryAccessibleInterface(card.pin)
    assert pin is not None
    assert pin.text(QAccessible.Text.Name) == "将 1103.94万件 市民通过热线反映的诉求 加入简报清单"
