"""Every figure exported as CSV and XLSX, read back with the modules that read them."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from gui.cli import main
from gui.data.build import build_database
from gui.data.export import citation_text
from gui.data.store import Store
from gui.qtcommon.i18n import translator

from . import csvedit


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
        assert row[3] == (obs.reported or obs.change_reported)
        assert row[10] == obs.quote
        number = obs.value if obs.value is not None else obs.change_value
        assert float(row[4]) == number


def test_xlsx_has_a_sources_sheet(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "all.xlsx"
    assert main(["export", "--format", "xlsx", "--output", str(path), "--lang", "en"]) == 0
    book = load_workbook(path)
    assert book.sheetnames == ["indicators", "sources"]
    sheet, sources = book["indicators"], book["sources"]
    observations = store.observations()
    assert sheet.max_row - 1 == len(observations)
    first = [c.value for c in sheet[2]]
    assert first[0] == observations[0].id
    assert first[2] == observations[0].name_en
    assert isinstance(first[4], (int, float))
    row = next(
        r for r in sources.iter_rows(min_row=2, values_only=True) if r[0] == "hotline.requests.2020"
    )
    assert row[1] == "1103.94万件"
    assert str(row[2]).startswith("相关数据显示")
    assert "Beijing Academy of Social Sciences" in str(row[3])


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
    cell = next(r[2] for r in sheet.iter_rows(min_row=2) if r[0].value == "hotline.requests.2020")
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
    text = citation_text(obs, store.citations()["report"], "zh", translator("zh"))
    assert text.startswith("1103.94万件 — 相关数据显示")
    assert text.endswith("《北京社会治理发展报告(2020~2021)》,2021年7月1日发布")
    english = citation_text(obs, store.citations()["report"], "en", translator("en"))
    assert english.startswith("11,039,400 cases (1103.94万件) — ")
