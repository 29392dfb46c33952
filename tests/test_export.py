"""Every figure exported as CSV and XLSX, read back with the modules that read them."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from gui.cli import main
from gui.database.store import Store
from gui.edition import build_database
from gui.files.export import citation_text
from gui.present.typography import is_cjk, problems
from gui.qtcommon.i18n import translator

from . import csvedit
from .conftest import DATA


def test_csv_has_every_figure_as_reported(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "all.csv"
    assert main(["export", "--format", "csv", "--output", str(path)]) == 0
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:4] == ["编号", "领域", "指标", "原文数值"]
    observations = store.observations()
    assert len(rows) - 1 == len(observations)
    for row, obs in zip(rows[1:], observations, strict=True):
        assert row[0] == obs.id
        assert row[3] == (obs.reported or "")
        assert row[10] == obs.quote
        if obs.value is not None:
            assert float(row[4]) == obs.value
    by_id = {row[0]: row for row in rows[1:]}
    # A change-only row: no figure, value or unit that could be read as a count.
    assert by_id["safety.road_transport_accidents.20200630"][3:7] == ["", "", "", ""]
    assert by_id["safety.road_transport_accidents.20200630"][9] == "↓ 65.6%（较上年同期）"
    assert by_id["organisations.covid_foundations.undated"][6] == "余"
    assert by_id["hotline.integrated_hotlines.undated"][7:9] == ["未说明时期", ""]


def test_english_csv_words_hedges_periods_and_changes(tmp_path: Path) -> None:
    path = tmp_path / "all.csv"
    assert main(["export", "--format", "csv", "--output", str(path), "--lang", "en"]) == 0
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert rows[0][6:10] == ["hedge", "period", "as of", "comparison"]
    by_id = {row[0]: row for row in rows[1:]}
    assert by_id["organisations.covid_foundations.undated"][3:10] == [
        "200余家",
        "200",
        "organisations",
        "more than",
        "After the outbreak",  # 新冠肺炎疫情发生后 opens the figure's own sentence
        "",
        "",
    ]
    assert by_id["safety.road_transport_accidents.20200630"][3:10] == [
        "",
        "",
        "",
        "",
        # 截至2020年6月30日…上半年 are the paragraph's words, not those of 其中,道路运输事故…
        "First half of 2020 (from the paragraph)",
        "2020-06-30",
        "down 65.6% year on year",
    ]
    assert by_id["hotline.integrated_hotlines.undated"][7] == "Period not stated"


def test_xlsx_has_a_sources_sheet(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "all.xlsx"
    assert main(["export", "--format", "xlsx", "--output", str(path), "--lang", "en"]) == 0
    book = load_workbook(path)
    assert book.sheetnames == ["indicators", "sources"]
    sheet, sources = book["indicators"], book["sources"]
    observations = store.observations()
    assert sheet.max_row - 1 == len(observations)
    first = [c.value for c in sheet[2]]
    assert first[-1] == observations[0].id
    assert first[0] == observations[0].name_en
    assert isinstance(first[4], (int, float))
    row = next(
        r for r in sources.iter_rows(min_row=2, values_only=True) if r[4] == "hotline.requests.2020"
    )
    assert row[:2] == ("Requests raised through the hotline", "1103.94万件")
    assert str(row[2]).startswith("相关数据显示，2020年")  # the Chinese sentence, GB/T 15834
    assert str(row[3]) == (
        "GAO Wenxing. Report on the Development of Social Governance in Beijing (2020–2021) "
        "released: fine-grained social governance in Beijing goes deeper[N]. China "
        "Philanthropy Times, 2021-07-20. (In Chinese.)\n"
        # The author and the place are this edition's inference, in brackets (ISBD).
        "[Beijing Academy of Social Sciences]. Report on the Development of Social Governance in "
        "Beijing (2020–2021)[M]. [Beijing]: Social Sciences Academic Press (China), 2021. "
        "(In Chinese.)"
    )


def test_xlsx_is_ready_to_filter_and_read(tmp_path: Path, store: Store) -> None:
    """A bold header frozen with the names, an AutoFilter, numbers with separators, days as
    dates, a year or a month alone as text that says so, the pack's key figures marked, the
    names first, and no half-width mark touching Chinese but in the GB/T 7714 references."""
    path = tmp_path / "all.xlsx"
    assert main(["export", "--format", "xlsx", "--output", str(path)]) == 0
    book = load_workbook(path)
    sheet, sources = book["指标"], book["来源"]
    rows = len(store.observations()) + 1
    assert sheet.auto_filter.ref == f"A1:K{rows}"
    assert sources.auto_filter.ref == f"A1:E{rows}"
    for each in (sheet, sources):
        assert each.freeze_panes == "B2"
        assert all(c.font.b for c in each[1])
        assert not any(c.font.b for c in each[2])
    titles = [c.value for c in sheet[1]]
    assert titles[:5] == ["指标", "领域", "要点数字", "原文数值", "数值（基本单位）"]
    by_id = {r[-1].value: r for r in sheet.iter_rows(min_row=2)}
    # Values stay numbers, shown with separators and the decimals they have.
    requests = by_id["hotline.requests.2020"]
    assert (requests[4].value, requests[4].data_type) == (11039400, "n")
    assert requests[4].number_format == "#,##0"
    share = by_id["hotline.requests_by_phone_share.2020"][4]
    assert (share.value, share.number_format) == (90.71, "#,##0.00")
    assert by_id["matters.committee_formation_rate.202011"][4].number_format == "#,##0.0"
    # A day is a date; a year or a month alone is text and says so.
    day = by_id["safety.accidents.20200630"][8]
    assert (day.data_type, day.is_date, day.number_format) == ("d", True, "yyyy-mm-dd")
    assert day.value.date() == date(2020, 6, 30)
    assert by_id["hotline.requests.2020"][8].value == "2020（仅到年份）"
    assert by_id["matters.committee_formation_rate.202011"][8].value == "2020-11（仅到月份）"
    assert by_id["hotline.integrated_hotlines.undated"][8].value is None
    # The key figures are the cards of every domain, as the data lists them.
    with (DATA / "cards.csv").open(encoding="utf-8") as cards:
        key = {row["observation"] for row in csv.DictReader(cards)}
    assert len(key) > 20
    assert {i for i, r in by_id.items() if r[2].value == "是"} == key
    assert {r[2].value for i, r in by_id.items() if i not in key} == {None}
    # The first column is Chinese: the indicators' names, then the sources' too.
    for each in (sheet, sources):
        assert all(is_cjk(r[0].value[0]) for r in each.iter_rows(min_row=2))
    # GB/T 15834 in every Chinese cell but the references (GB/T 7714's own separators).
    cells = [c for each in (sheet, sources) for row in each.iter_rows() for c in row]
    references = {c.value for c in sources["D"]}
    wrong = [
        f"{c.coordinate}: {p}"
        for c in cells
        if isinstance(c.value, str) and c.value not in references
        for p in problems(c.value)
    ]
    assert wrong == []
    assert any(problems(str(r)) for r in references)  # the check would see a wrong mark


def test_formula_like_text_stays_text(sources: Path, tmp_path: Path) -> None:
    csvedit.edit(
        sources / "indicators.csv",
        "id",
        "hotline.requests",
        "name_zh",
        '=HYPERLINK("http://x","点我")',
    )
    db = tmp_path / "hostile.db"
    build_database(sources, db)
    path = tmp_path / "h.xlsx"
    assert main(["export", "--format", "xlsx", "--output", str(path), "--db", str(db)]) == 0
    sheet = load_workbook(path)["指标"]
    cell = next(r[0] for r in sheet.iter_rows(min_row=2) if r[-1].value == "hotline.requests.2020")
    assert cell.data_type == "s"
    assert cell.value == '=HYPERLINK("http://x","点我")'
    csv_path = tmp_path / "h.csv"
    assert main(["export", "--format", "csv", "--output", str(csv_path), "--db", str(db)]) == 0
    assert "'=HYPERLINK" in csv_path.read_text(encoding="utf-8-sig")


def test_export_to_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "missing" / "all.csv"
    assert main(["export", "--format", "csv", "--output", str(target)]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not target.parent.exists()


def test_citation_text(store: Store) -> None:
    obs = store.observation("hotline.requests.2020")
    assert obs is not None
    text = citation_text(obs, store.citations(), "zh", translator("zh"))
    first, article, report = text.split("\n")
    assert first.startswith("1103.94万件 — 相关数据显示，2020年共440万市民")  # GB/T 15834
    assert first.endswith("网络反映102.56万件、占比9.29%。")
    assert article == (
        "高文兴. 《北京社会治理发展报告（2020~2021）》发布: 北京社会治理精细化走向深入[N]. "
        "公益时报, 2021-07-20."
    )
    assert report == (
        "[北京市社会科学院]. 北京社会治理发展报告（2020~2021）[M]. [北京]: 社会科学文献出版社, "
        "2021."
    )
    english = citation_text(obs, store.citations(), "en", translator("en"))
    assert english.startswith("11,039,400 requests (1103.94万件) — 相关数据显示")
    assert english.split("\n")[2].startswith("[Beijing Academy of Social Sciences]. Report")
    change_only = store.observation("safety.railway_deaths.20200630")
    assert change_only is not None
    assert citation_text(change_only, store.citations(), "en", translator("en")).startswith(
        "down 37.5% year on year — 其中，道路运输事故起数"
    )
