"""Word and PowerPoint briefings read back with python-docx and python-pptx.

The expected figures are written out from the article (data/source), not worked out by the
code under test: the hotline's and the safety domain's key figures and charts, in Chinese as
the article prints them and in English in full.
"""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.oxml.ns import qn
from pptx import Presentation
from pptx.util import Emu

from gui.database.briefing import Pin
from gui.database.store import Store
from gui.files.atomic import WriteError
from gui.office.export import write_office
from gui.present.typography import normalise, plain

from .conftest import ROOT

TODAY = date(2026, 11, 30)

# The hotline's key figures as the article prints them (data/source), in the sheet's order.
HOTLINE_ZH = ["1103.94万件", "440万", "59.35%", "40.65%", "337个", "15个", "六成以上"]
HOTLINE_EN = ["11,039,400", "4.4 million", "59.35%", "40.65%", "337", "15", "60% or more"]
SAFETY_ZH = ["95起", "104人", "16个", "216个", "360余起"]
SAFETY_EN = ["95", "104", "16", "216", "more than 360"]
# Sentences of the article behind them, verbatim.
HOTLINE_SENTENCE = "直接解答655.23万件、占比59.35%"
SAFETY_SENTENCE = "北京市共发生各类生产安全事故95起、死亡104人"

# The report's title, as its citation names it.
CITED = {
    "zh": "《北京社会治理发展报告(2020~2021)》",
    "en": "Social Governance in Beijing (2020–2021)",
}
# The charts: categories top to bottom, series with their values and labels.
CHARTS_ZH: dict[str, tuple[tuple[str, ...], dict[str, tuple[Any, ...]], list[str]]] = {
    "群众来电前三位": (
        ("1. 疫情防控", "2. 市场管理", "3. 公共服务"),
        {"件": (1077000.0, 980000.0, 648000.0)},
        ["107.7万件", "98万件", "64.8万件"],
    ),
    "热线诉求构成：按渠道、按办理方式": (
        ("按渠道", "按办理方式"),
        {
            "电话": (10013800.0, None),
            "网络": (1025600.0, None),
            "直接解答": (None, 6552300.0),
            "派单办理": (None, 4487100.0),
        },
        [
            "1001.38万件 · 90.71%",
            "102.56万件 · 9.29%",
            "655.23万件 · 59.35%",
            "448.71万件 · 40.65%",
        ],
    ),
    "纳入“接诉即办”考评的单位": (
        ("街乡镇", "市属机构", "国资企业"),
        {"个/家": (337.0, 52.0, 44.0)},
        ["337个", "52家", "44家"],
    ),
    "网络安全宣传：点播与参与人次": (
        ("科普活动点播", "“我的安全e生活”短视频征集活动参与"),
        {"人次": (290000000.0, 610000000.0)},
        ["2.9亿人次", "6.1亿人次"],
    ),
    "2020年上半年事故起数和死亡人数同比降幅（总体及按行业领域）": (
        ("总体", "道路运输", "工矿商贸", "铁路交通"),
        {"事故起数": (60.3, 65.6, 42.9, 37.5), "死亡人数": (58.6, 63.0, 44.2, 37.5)},
        ["↓60.3%", "↓58.6%", "↓65.6%", "↓63.0%", "↓42.9%", "↓44.2%", "↓37.5%", "↓37.5%"],
    ),
}
PINS = [
    Pin("safety.accidents.20200630", 0, "先讲事故", "2020-2021"),
    Pin("hotline.requests.2020", 1, "", "2020-2021"),
    Pin("matters.household_food_waste.202012", 2, "与条例施行前比较", "2020-2021"),
]


@pytest.fixture(scope="module")
def office_files(
    qapp: Any, built_db: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    """The documents the tests read, written once (in the tests' QApplication)."""
    folder = tmp_path_factory.mktemp("office")
    made = {}
    with Store(built_db) as store:
        for lang in ("zh", "en"):
            for domain in ("hotline", "safety"):
                for fmt in ("docx", "pptx"):
                    path = folder / f"{domain}-{lang}.{fmt}"
                    write_office(store, path, fmt, domain=domain, lang=lang, today=TODAY)
                    made[path.name] = path
            for fmt in ("docx", "pptx"):
                path = folder / f"briefing-{lang}.{fmt}"
                write_office(store, path, fmt, lang=lang, pins=PINS, today=TODAY)
                made[path.name] = path
        path = folder / "hotline-zh-4x3.pptx"
        write_office(store, path, "pptx", domain="hotline", aspect="4:3", today=TODAY)
        made[path.name] = path
    return made


def docx_text(path: Path) -> str:
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return plain("\n".join(parts))  # without the joiners that keep a figure on one line


# -- Word ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected", "sentence"),
    [
        ("hotline-zh.docx", HOTLINE_ZH, HOTLINE_SENTENCE),
        ("hotline-en.docx", HOTLINE_EN + HOTLINE_ZH[:2], HOTLINE_SENTENCE),
        ("safety-zh.docx", SAFETY_ZH, SAFETY_SENTENCE),
        ("safety-en.docx", SAFETY_EN + SAFETY_ZH, SAFETY_SENTENCE),
    ],
)
def test_word_table_holds_every_figure_as_reported(
    office_files: dict[str, Path], name: str, expected: list[str], sentence: str
) -> None:
    document = Document(str(office_files[name]))
    assert len(document.tables) == 1
    table = document.tables[0]
    expected_rows = HOTLINE_ZH if "hotline" in name else SAFETY_ZH
    assert len(table.rows) == 1 + len(expected_rows)  # the header, then a row per key figure
    header = [cell.text for cell in table.rows[0].cells]
    figure_column = header.index("数值" if name.endswith("zh.docx") else "Figure")
    column = [plain(row.cells[figure_column].text) for row in table.rows[1:]]
    english = name.endswith("en.docx")
    shown = HOTLINE_EN if "hotline" in name else SAFETY_EN
    if english:  # the figure in full, then as the article prints it where that differs
        assert [cell.splitlines()[0] for cell in column] == shown
    else:
        assert column == (HOTLINE_ZH if "hotline" in name else SAFETY_ZH)
    text = docx_text(office_files[name])
    for figure in expected:
        assert figure in text
    assert sentence in text  # the source sentence, verbatim
    assert normalise(CITED[name.split("-")[1][:2]]) in text  # the citation, GB/T 15834


def test_word_charts_are_pictures_with_their_values_in_alt_text(
    office_files: dict[str, Path],
) -> None:
    document = Document(str(office_files["hotline-zh.docx"]))
    assert len(document.inline_shapes) == 3
    found = {}
    for shape in document.inline_shapes:
        properties = shape._inline.docPr
        found[properties.get("title")] = properties.get("descr")
        assert shape.width > Emu(5_000_000)  # nearly the text's width: readable
        image = shape._inline.graphic.graphicData.pic.blipFill.blip
        part = document.part.related_parts[image.embed]
        assert part.content_type == "image/png"
        assert (part.image.horz_dpi, part.image.vert_dpi) == (220, 220)  # Word's print default
    for title, (_, _, labels) in CHARTS_ZH.items():
        if normalise(title) in found:  # the tree's words: full-width punctuation
            for label in labels:
                assert label in found[normalise(title)]
    assert set(found) == {
        "群众来电前三位",
        "热线诉求构成：按渠道、按办理方式",
        "纳入“接诉即办”考评的单位",
    }


def test_word_fonts_name_east_asian_and_latin_faces(office_files: dict[str, Path]) -> None:
    """The official look (the default): 仿宋_GB2312 body, 黑体 headings, Latin in Times."""
    for name in ("hotline-zh.docx", "hotline-en.docx"):
        styles = Document(str(office_files[name])).styles
        body = styles["Normal"].element.rPr.rFonts
        assert body.get(qn("w:eastAsia")) == "仿宋_GB2312"
        assert body.get(qn("w:ascii")) == "Times New Roman"
        heading = styles["Heading 1"].element.rPr.rFonts
        assert heading.get(qn("w:eastAsia")) == "黑体"
        assert heading.get(qn("w:asciiTheme")) is None  # the theme would win over the name


def test_word_briefing_list_keeps_the_users_order_and_notes(
    office_files: dict[str, Path],
) -> None:
    table = Document(str(office_files["briefing-zh.docx"])).tables[0]
    rows = [[plain(cell.text) for cell in row.cells] for row in table.rows[1:]]
    assert [row[2] for row in rows] == ["95起", "1103.94万件", "4246吨/日"]
    assert [row[0] for row in rows] == ["城市安全", "接诉即办", "关键小事"]  # the domain
    assert "先讲事故" in rows[0][1]
    assert "与条例施行前比较" in rows[2][1]


# -- the command line -------------------------------------------------------------------------


def run_export(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["XDG_DATA_HOME"] = str(tmp_path / "share")
    return subprocess.run(
        [sys.executable, "-m", "gui", "export", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_export_command_writes_word_and_slides(tmp_path: Path) -> None:
    word = tmp_path / "hotline.docx"
    done = run_export(
        tmp_path, "--format", "docx", "--domain", "hotline", "--output", str(word), "--lang", "en"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"wrote {word}: 7 figures"
    assert "11,039,400" in docx_text(word)
    slides = tmp_path / "pack.pptx"
    done = run_export(tmp_path, "--format", "pptx", "--output", str(slides), "--slides", "4:3")
    assert done.returncode == 0, done.stderr
    deck = Presentation(str(slides))
    assert done.stdout.strip() == f"wrote {slides}: {len(deck.slides)} slides"
    assert deck.slide_width == Emu(9144000)  # 10 inches: 4:3


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--domain", "nowhere"], "unknown domain 'nowhere'; choose one of: overview"),
        (["--briefing"], "no briefing list yet: pin figures in the window first"),
    ],
)
def test_export_command_refuses_with_one_line_and_no_file(
    tmp_path: Path, args: list[str], message: str
) -> None:
    out = tmp_path / "out.pptx"
    done = run_export(tmp_path, "--format", "pptx", "--output", str(out), *args)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert message in done.stderr
    assert list(tmp_path.glob("*.pptx")) == []
    assert list(tmp_path.glob(".out.pptx*")) == []


def test_export_command_says_a_missing_folder(tmp_path: Path) -> None:
    out = tmp_path / "missing" / "pack.docx"
    done = run_export(tmp_path, "--format", "docx", "--output", str(out))
    assert done.returncode == 2
    assert "does not exist" in done.stderr
    assert done.stderr.count("\n") == 1
    assert not out.parent.exists()


@pytest.mark.parametrize(
    ("fmt", "reader", "template"),
    [("docx", "docx.parts.hdrftr", "default-footer.xml"), ("pptx", "pptx.oxml", "notesMaster.xml")],
)
def test_a_template_that_cannot_be_opened_is_named_not_blamed_on_the_output(
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fmt: str,
    reader: str,
    template: str,
) -> None:
    """As in a bundle that carries the library's templates but not the folder of the module
    that reads one (its code is in PyInstaller's archive): the path through that folder's '..'
    does not resolve."""
    package = importlib.import_module(fmt)
    module = importlib.import_module(reader)
    real = Path(str(package.__file__)).parent
    installed = tmp_path / "installed" / fmt
    shutil.copytree(real / "templates", installed / "templates")
    monkeypatch.setattr(package, "__file__", str(installed / "__init__.py"))
    inside = Path(str(module.__file__)).relative_to(real)
    monkeypatch.setattr(module, "__file__", str(installed / inside))
    output = tmp_path / f"pack.{fmt}"
    with pytest.raises(WriteError) as raised:
        write_office(store, output, fmt)
    tried = installed / inside.parent / ".." / "templates" / template
    assert not (installed / inside.parent).exists()
    assert str(raised.value) == (
        f"cannot make the {fmt} document: python-{fmt} could not open its template {tried} "
        "(No such file or directory); this installation of bjgov is incomplete (install it again)"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["installed"]  # no file, no leftover


def test_domain_and_briefing_are_for_office_formats_only(tmp_path: Path) -> None:
    done = run_export(
        tmp_path, "--format", "csv", "--domain", "hotline", "--output", str(tmp_path / "a.csv")
    )
    assert done.returncode == 2
    assert "--domain and --briefing are for --format docx or pptx" in done.stderr


# -- the window -------------------------------------------------------------------------------


def test_window_exports_word_and_slides(
    make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gui.qt import office_dialogs
    from gui.qt.office_dialogs import export_office_to

    window = make_window("en", briefing=tmp_path / "user")
    menu = window.actions_.menu("file.export")
    texts = [a.text() for a in menu.actions()]
    assert "As &Word document, official format (DOCX)…" in texts
    assert "As Word document, s&tandard format (DOCX)…" in texts
    assert "As Power&Point slides (PPTX)…" in texts
    window.open_tab("hotline")
    out = export_office_to(window.session, window, tmp_path / "h.docx", "docx", "hotline")
    assert out == tmp_path / "h.docx"
    assert "11,039,400" in docx_text(out)
    for pin in PINS:
        window.briefing.pin(pin.observation_id)
    dock = window.briefing.dock
    assert dock.export_button.isEnabled()
    asked: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        office_dialogs,
        "export_office",
        lambda _session, _window, fmt, pins, _style: asked.append(
            (fmt, [p.observation_id for p in pins])
        ),
    )
    dock.export_word.trigger()
    dock.export_slides.trigger()
    listed = [p.observation_id for p in PINS]
    assert asked == [("docx", listed), ("pptx", listed)]
    slides = export_office_to(
        window.session, window, tmp_path / "b.pptx", "pptx", None, window.briefing.pins()
    )
    assert slides is not None
    assert len(Presentation(str(slides)).slides) == 1 + len(PINS)


# -- a real office suite ----------------------------------------------------------------------


def flat(text: str) -> str:
    """Text without line breaks or spaces: a figure may wrap in a table cell."""
    return "".join(text.split())


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        ("hotline-zh.docx", [*HOTLINE_ZH, "1001.38万件", "448.71万件"]),
        ("safety-en.docx", [*SAFETY_EN, *SAFETY_ZH]),
        ("hotline-zh.pptx", [*HOTLINE_ZH, "1001.38万件", "107.7万件", "337个", "52家"]),
        ("hotline-zh-4x3.pptx", [*HOTLINE_ZH, "1001.38万件", "107.7万件", "337个", "52家"]),
        ("safety-en.pptx", [*SAFETY_EN, "42.9%", "610 million"]),
        ("briefing-zh.pptx", ["95起", "1103.94万件", "4246吨/日", "先讲事故"]),
    ],
)
def test_libreoffice_opens_them_and_shows_every_figure(
    office_files: dict[str, Path], tmp_path: Path, name: str, figures: list[str]
) -> None:
    from .officetools import pdf_pages_text, to_pdf

    pdf = to_pdf(office_files[name], tmp_path)
    pages = pdf_pages_text(pdf)
    text = flat("\n".join(pages))
    for figure in figures:
        assert flat(figure) in text, figure
    if name.endswith(".pptx"):
        assert len(pages) == len(Presentation(str(office_files[name])).slides)


def test_libreoffice_keeps_every_character_on_the_slide(
    office_files: dict[str, Path], tmp_path: Path
) -> None:
    """Nothing runs off a slide: every character LibreOffice draws lies inside the page."""
    import pypdfium2 as pdfium

    from .officetools import to_pdf

    for name in ("hotline-zh-4x3.pptx", "safety-en.pptx", "briefing-en.pptx"):
        document = pdfium.PdfDocument(str(to_pdf(office_files[name], tmp_path)))
        for number, page in enumerate(document, start=1):
            width, height = page.get_size()
            chars = page.get_textpage()
            for i in range(chars.count_chars()):
                left, bottom, right, top = chars.get_charbox(i)
                if right - left <= 0:
                    continue  # a space or a line break
                assert -0.5 <= left <= right <= width + 0.5, (name, number, i)
                assert -0.5 <= bottom <= top <= height + 0.5, (name, number, i)
            chars.close()
            page.close()
        document.close()
