"""No module of the package imports, by any road, a module that imports it: not inside the
window, not between the data layer and the compiler, not by a type hint (a hint that names a
module is an import in the reader's head, and grimp counts it too). Each module can then be
read, changed and tested from the bottom up."""

from __future__ import annotations

import grimp

from .conftest import ROOT


def cycles(graph: grimp.ImportGraph, package: str) -> list[list[str]]:
    """Every circle among the modules under ``package``: each as the module, then the shortest
    road back to it. A circle has at least one step from a name to a larger one, so looking
    from the smaller end of each direct import finds every circle."""
    modules = sorted(m for m in graph.modules if m == package or m.startswith(package + "."))
    found = []
    for module in modules:
        for other in graph.find_modules_directly_imported_by(module):
            if other in modules and module < other:
                chain = graph.find_shortest_chain(importer=other, imported=module)
                if chain is not None:
                    found.append([module, *chain])
    return found


def test_no_cycle_anywhere_in_the_package() -> None:
    graph = grimp.build_graph("gui", exclude_type_checking_imports=False)
    on_disk = {
        ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for path in (ROOT / "gui").rglob("*.py")
    }
    assert on_disk <= graph.modules  # the whole package, not a corner of it
    assert cycles(graph, "gui") == []


def test_a_circle_added_to_the_graph_is_found() -> None:
    """The check can fail: a circle of two modules, and one made by an import that closes a
    longer road, each added to the graph, are each reported from end to end."""
    graph = grimp.build_graph("gui", exclude_type_checking_imports=False)
    assert graph.chain_exists(importer="gui.qt.chart_view", imported="gui.present.chartscene")
    graph.add_import(importer="gui.present.chartscene", imported="gui.qt.chart_view")
    assert graph.chain_exists(importer="gui.edition.load", imported="gui.database.numerals")
    graph.add_import(importer="gui.database.numerals", imported="gui.edition.load")
    found = cycles(graph, "gui")
    assert ["gui.present.chartscene", "gui.qt.chart_view", "gui.present.chartscene"] in found
    longer = [f for f in found if f[:2] == ["gui.database.numerals", "gui.edition.load"]]
    assert len(longer) == 1
    assert longer[0][-1] == "gui.database.numerals"
    assert len(longer[0]) > 3
