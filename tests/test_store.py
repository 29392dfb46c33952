"""The read API: read-only, lazy, clear about files it cannot read, safe with any search text."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.database.store import Store, StoreError


def test_opens_read_only(built_db: Path) -> None:
    with Store(built_db) as store:
        with pytest.raises(StoreError, match="asks for more than reading"):
            store._rows("DELETE FROM observations")
        store._connection.set_authorizer(None)  # below the authorizer: mode=ro, query_only
        with pytest.raises(StoreError, match=r"readonly|query_only"):
            store._rows("DELETE FROM observations")


def test_domains_in_the_report_order(store: Store) -> None:
    assert [d.id for d in store.domains()] == [
        "overview",
        "actors",
        "hotline",
        "matters",
        "organisations",
        "safety",
        "outlook",
    ]


def test_overview_has_one_headline_per_section(store: Store) -> None:
    cards = store.overview_cards()
    sections = [d.id for d in store.domains() if d.kind == "section"]
    assert [c.domain_id for c in cards] == sections


def test_cards_belong_to_their_domain(store: Store) -> None:
    for domain in store.domains():
        for card in store.cards(domain.id):
            assert card.domain_id == domain.id


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("垃圾", "matters.household_food_waste.202012"),  # two characters: LIKE
        ("厨余垃圾", "matters.total_food_waste.202012"),  # trigram index
        ("接诉即办", "hotline.assessed_subdistricts.2020"),
        ("1103.94万件", "hotline.requests.2020"),
        ("food waste", "matters.catering_food_waste.202012"),  # English words, any order
        ("WASTE food", "matters.catering_food_waste.202012"),
        ("吨/日", "matters.total_food_waste.202012"),  # a unit
        ("流行病学", "actors.epidemiology_team.undated"),  # the source sentence
    ],
)
def test_search_finds(store: Store, query: str, expected: str) -> None:
    assert expected in [o.id for o in store.search(query)]


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        "'",
        "AND",
        "OR NOT",
        "*",
        "垃圾*",
        "NEAR(a b)",
        "a:b",
        "(",
        ")",
        "%",
        "_",
        "\\",
        "'; DROP TABLE observations; --",
        "^",
        "-",
        "{}",
        "\x00",
        "   ",
        "",
    ],
)
def test_hostile_search_text_never_raises(store: Store, query: str) -> None:
    results = store.search(query)
    assert isinstance(results, list)
    assert store.search("垃圾")  # and the database still answers


def test_a_chinese_phrase_is_searched_by_word(store: Store) -> None:
    """垃圾分类 (the search field's own example) is in one name; the household food-waste
    figures hold its words (垃圾, 分类 in their sentence), and follow it."""
    found = [o.id for o in store.search("垃圾分类")]
    assert found[0] == "matters.demonstration_communities.2020"
    assert {
        "matters.household_food_waste.202012",
        "matters.household_food_waste_rate.202012",
    } <= set(found)
    assert "hotline.requests.2020" not in found  # none of its words


def test_search_treats_operators_as_text(store: Store) -> None:
    assert store.search("garbage OR waste") == []  # no result has all three words
    phrase = [o.id for o in store.search('"food waste"')]
    assert "matters.catering_food_waste.202012" in phrase
    assert store.search('"waste food"') == []  # a quoted phrase keeps its order
    assert store.search('food "waste') == store.search('food waste"')  # stray quotes


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_any_search_text_is_safe(built_db: Path, query: str) -> None:
    with Store(built_db) as store:
        store.search(query)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: None, "file not found"),
        (lambda p: p.mkdir(), "is a folder, not a database file"),
        (lambda p: p.write_bytes(b""), "is empty (0 bytes), not a database"),
        (lambda p: p.write_bytes(b"\x00garbage" * 500), "is not a valid SQLite database"),
    ],
)
def test_files_that_are_not_databases(tmp_path: Path, make: object, message: str) -> None:
    path = tmp_path / "x.db"
    make(path)  # type: ignore[operator]
    with pytest.raises(StoreError) as caught:
        Store(path)
    assert caught.value.path == path
    assert message in str(caught.value)
    assert str(caught.value).startswith(str(path))


def test_database_of_another_schema(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (x)")
    with pytest.raises(StoreError, match="not a governance database"):
        Store(path)


def test_database_of_a_newer_version(tmp_path: Path, built_db: Path) -> None:
    path = tmp_path / "newer.db"
    shutil.copy(built_db, path)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA user_version = 99")
    with pytest.raises(StoreError, match="schema version 99, a newer one"):
        Store(path)
