"""A malformed source gives ``file:line: field: problem``, exit code 2, and changes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gui.cli import main
from gui.edition import build_database

from . import csvedit

OBS = "hotline.requests.2020"


@pytest.fixture
def built(sources: Path, built_db: Path) -> tuple[Path, bytes, int]:
    """The sources with a database already built from them, and that database's state.

    A copy of the session's build: the sources are the committed ones until the test edits
    them, and one build, not one a test, keeps the mutation run's pace."""
    db = sources / "governance.db"
    shutil.copyfile(built_db, db)
    return sources, db.read_bytes(), db.stat().st_mtime_ns


def build_fails(sources: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    assert main(["data", "build", "--sources", str(sources)]) == 2
    lines = capsys.readouterr().err.strip().split("\n")
    assert lines[-1].startswith("error: ")
    assert "database was not changed" in lines[-1]
    return [line.replace(str(sources) + "/", "") for line in lines[:-1]]


def unchanged(sources: Path, state: tuple[Path, bytes, int]) -> bool:
    db = sources / "governance.db"
    leftovers = [p.name for p in sources.iterdir() if p.name.startswith(".")]
    return (db.read_bytes(), db.stat().st_mtime_ns, leftovers) == (state[1], state[2], [])


def test_missing_field(built: tuple[Path, bytes, int], capsys: pytest.CaptureFixture[str]) -> None:
    sources = built[0]
    line = csvedit.edit(sources / "observations.csv", "id", OBS, "value", "")
    assert f"observations.csv:{line}: value: is empty, but reported and value go together" in (
        build_fails(sources, capsys)
    )
    assert unchanged(sources, built)


def test_value_that_is_not_a_number(
    built: tuple[Path, bytes, int], capsys: pytest.CaptureFixture[str]
) -> None:
    sources = built[0]
    line = csvedit.edit(sources / "observations.csv", "id", OBS, "value", "1103.94万")
    assert build_fails(sources, capsys) == [
        f"observations.csv:{line}: value: '1103.94万' is not a number"
    ]
    assert unchanged(sources, built)


def test_value_that_disagrees_with_the_figure_as_reported(
    built: tuple[Path, bytes, int], capsys: pytest.CaptureFixture[str]
) -> None:
    sources = built[0]
    line = csvedit.edit(sources / "observations.csv", "id", OBS, "value", "11039000")
    problems = build_fails(sources, capsys)
    assert problems[0] == (
        f"observations.csv:{line}: value: 11039000 is not 11039400, "
        "which is what '1103.94万件' says"
    )
    assert unchanged(sources, built)


def test_unknown_unit(built: tuple[Path, bytes, int], capsys: pytest.CaptureFixture[str]) -> None:
    sources = built[0]
    line = csvedit.edit(sources / "indicators.csv", "id", "hotline.requests", "unit", "widgets")
    assert f"indicators.csv:{line}: unit: unknown unit 'widgets'" in build_fails(sources, capsys)
    assert unchanged(sources, built)


def test_unknown_domain(built: tuple[Path, bytes, int], capsys: pytest.CaptureFixture[str]) -> None:
    sources = built[0]
    line = csvedit.edit(sources / "indicators.csv", "id", "hotline.requests", "domain", "nowhere")
    assert f"indicators.csv:{line}: domain: unknown domain 'nowhere'" in build_fails(
        sources, capsys
    )
    assert unchanged(sources, built)


def test_duplicate_id(built: tuple[Path, bytes, int], capsys: pytest.CaptureFixture[str]) -> None:
    sources = built[0]
    header, data = csvedit.rows(sources / "observations.csv")
    first = next(i for i, row in enumerate(data) if row["id"] == OBS)
    csvedit.write(sources / "observations.csv", header, [*data, dict(data[first])])
    assert (
        f"observations.csv:{len(data) + 2}: id: duplicate id '{OBS}' (first on line {first + 2})"
    ) in build_fails(sources, capsys)
    assert unchanged(sources, built)


def test_quote_not_in_the_source(
    built: tuple[Path, bytes, int], capsys: pytest.CaptureFixture[str]
) -> None:
    sources = built[0]
    _header, data = csvedit.rows(sources / "observations.csv")
    quote = next(row["quote"] for row in data if row["id"] == OBS)
    line = csvedit.edit(
        sources / "observations.csv", "id", OBS, "quote", quote.replace("440万市民", "400万市民")
    )
    problems = build_fails(sources, capsys)
    assert f"observations.csv:{line}: quote: the quote is not in the source text" in problems
    assert unchanged(sources, built)


def test_missing_column(built: tuple[Path, bytes, int], capsys: pytest.CaptureFixture[str]) -> None:
    sources = built[0]
    header, data = csvedit.rows(sources / "units.csv")
    header.remove("dimension")
    for row in data:
        del row["dimension"]
    csvedit.write(sources / "units.csv", header, data)
    assert "units.csv:1: dimension: missing column" in build_fails(sources, capsys)
    assert unchanged(sources, built)


def test_parts_that_no_longer_add_up(
    built: tuple[Path, bytes, int], capsys: pytest.CaptureFixture[str]
) -> None:
    sources = built[0]
    line = csvedit.edit(
        sources / "checks.csv",
        "id",
        "organisations_by_type",
        "parts",
        "organisations.social_groups.202010 organisations.foundations.202010",
    )
    assert build_fails(sources, capsys) == [
        f"checks.csv:{line}: parts: 4534 + 791 = 5325, but organisations.registered.202010 is 12919"
    ]
    assert unchanged(sources, built)


def test_figure_of_the_article_not_accounted_for(
    built: tuple[Path, bytes, int], capsys: pytest.CaptureFixture[str]
) -> None:
    sources = built[0]
    header, data = csvedit.rows(sources / "non_indicators.csv")
    csvedit.write(
        sources / "non_indicators.csv", header, [row for row in data if row["text"] != "净网2020"]
    )
    problems = build_fails(sources, capsys)
    assert len(problems) == 1
    assert problems[0].startswith("source/000_af4bb8a01035f3e5.txt:55: figure: '2020' in “")
    assert "“净网2020”" in problems[0]
    assert problems[0].endswith(
        "is neither an observation's figure nor listed in non_indicators.csv"
    )
    assert unchanged(sources, built)


def test_file_not_in_utf8(
    built: tuple[Path, bytes, int], capsys: pytest.CaptureFixture[str]
) -> None:
    sources = built[0]
    path = sources / "units.csv"
    path.write_bytes(path.read_text(encoding="utf-8").encode("gbk"))
    problems = build_fails(sources, capsys)
    assert len(problems) == 1
    assert problems[0].startswith("units.csv:3: encoding: byte 0x")
    assert problems[0].endswith("is not UTF-8; save the file as UTF-8")
    assert unchanged(sources, built)


def test_spreadsheet_export_with_bom_and_crlf_builds_the_same(
    sources: Path, tmp_path: Path, built_db: Path
) -> None:
    for path in sources.glob("*.csv"):
        text = path.read_text(encoding="utf-8")
        path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    exported = tmp_path / "exported.db"
    build_database(sources, exported)
    assert exported.read_bytes() == built_db.read_bytes()


def test_blank_lines_before_the_header_build_the_same(
    sources: Path, tmp_path: Path, built_db: Path
) -> None:
    cards = sources / "cards.csv"
    cards.write_bytes(b"\xef\xbb\xbf\r\n , \n" + cards.read_bytes())  # as a spreadsheet may
    padded = tmp_path / "padded.db"
    build_database(sources, padded)
    assert padded.read_bytes() == built_db.read_bytes()


def test_a_header_after_blank_lines_is_named_by_its_own_line(
    built: tuple[Path, bytes, int], capsys: pytest.CaptureFixture[str]
) -> None:
    sources = built[0]
    cards = sources / "cards.csv"
    rest = cards.read_text(encoding="utf-8").split("\n", 1)[1]
    cards.write_text("\n\nobservation,overveiw\n" + rest, encoding="utf-8")
    assert build_fails(sources, capsys) == [
        "cards.csv:3: overview: missing column",
        "cards.csv:3: header: unknown column 'overveiw'",
    ]
    assert unchanged(sources, built)


def test_output_folder_missing(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = sources / "no" / "such" / "governance.db"
    assert main(["data", "build", "--sources", str(sources), "--output", str(target)]) == 2
    err = capsys.readouterr().err
    assert "cannot write" in err
    assert "does not exist" in err
    assert not target.parent.exists()


def test_output_that_cannot_be_replaced(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = sources / "governance.db"
    target.mkdir()
    (target / "keep").write_text("x")
    assert main(["data", "build", "--sources", str(sources), "--output", str(target)]) == 2
    assert "cannot write" in capsys.readouterr().err
    assert (target / "keep").read_text() == "x"
    assert [p.name for p in sources.iterdir() if p.name.startswith(".")] == []
