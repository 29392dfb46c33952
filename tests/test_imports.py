"""The window's modules import one another without a cycle (type hints aside), so each can be
read, changed and tested from the bottom up."""

from __future__ import annotations

import grimp


def cycles(package: str) -> list[list[str]]:
    graph = grimp.build_graph("gui", exclude_type_checking_imports=True)
    modules = sorted(m for m in graph.modules if m.startswith(package))
    edges = {
        m: {i for i in graph.find_modules_directly_imported_by(m) if i.startswith(package)}
        for m in modules
    }
    found = []
    for module in modules:
        for other in edges[module]:
            if module < other and graph.chain_exists(importer=other, imported=module):
                chain = graph.find_shortest_chain(importer=other, imported=module) or ()
                if all(step.startswith(package) for step in chain):
                    found.append([module, *chain])
    return found


def test_no_cycle_inside_the_window() -> None:
    assert cycles("gui.qt") == []


def test_no_cycle_inside_the_data_layer() -> None:
    assert cycles("gui.data") == []
