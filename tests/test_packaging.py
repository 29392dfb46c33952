"""Packaging: the wheel's contents, the resource finder's layouts, the icon, the desktop files.

The slow tests that install the wheel and freeze the application are in test_wheel.py and
test_freeze.py.
"""

from __future__ import annotations

import configparser
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from gui import __version__, paths

from .conftest import packaging_script

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "org.bjgov.Reference"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def icon_name(size: int) -> str:
    return f"bjgov-{size}.png"


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], env=env, capture_output=True, text=True, timeout=120, check=False
    )


# -- the wheel --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built from this checkout with the build backend of the test environment."""
    folder = tmp_path_factory.mktemp("wheel")
    result = run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "--no-build-isolation",
        "--quiet",
        "--wheel-dir",
        folder,
        ROOT,
    )
    assert result.returncode == 0, result.stderr
    (built,) = folder.glob("bjgov-*.whl")
    return built


def test_wheel_carries_resources_and_database(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        bundled = "gui/_bundled/"
        for relative in (
            "data/governance.db",
            "resources/fonts/NotoSansCJKsc-Regular-subset.ttf",
            "resources/fonts/OFL.txt",
            "resources/translations/bjgov_zh_CN.ts",
            "resources/icons/bjgov.svg",
            *(f"resources/icons/bjgov-{size}.png" for size in ICON_SIZES),
        ):
            assert bundled + relative in names
            assert archive.read(bundled + relative) == (ROOT / relative).read_bytes()
        assert "gui/selftest.py" in names
        assert "gui/py.typed" in names
        assert "hatch_build.py" not in names
        # Nothing of the checkout beyond the package: no tests, sources or caches.
        assert not [n for n in names if n.startswith(("tests/", "data/", "resources/"))]
        assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_wheel_carries_compiled_translations(wheel: Path, tmp_path: Path) -> None:
    """The build hook ran lrelease: the .qm of every .ts is in the wheel, and answers."""
    from PySide6.QtCore import QTranslator

    sources = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    assert [ts.name for ts in sources] == [
        "bjgov_en.ts",
        "bjgov_zh_CN.ts",
        "qtbase_extra_zh_CN.ts",
    ]
    with zipfile.ZipFile(wheel) as archive:
        folder = "gui/_bundled/resources/translations/"
        compiled = sorted(
            n for n in archive.namelist() if n.startswith(folder) and n.endswith(".qm")
        )
        assert compiled == [folder + ts.with_suffix(".qm").name for ts in sources]
        archive.extractall(tmp_path, compiled)
    zh, en = QTranslator(), QTranslator()
    assert zh.load(str(tmp_path / folder / "bjgov_zh_CN.qm"))
    assert en.load(str(tmp_path / folder / "bjgov_en.qm"))
    assert zh.translate("bjgov", "Key figures") == "主要数据"
    pinned = "%n figures pinned for the meeting, in the order chosen, with notes."
    assert en.translate("bjgov", pinned, None, 1) == pinned.replace("figures", "figure")


def test_wheel_metadata(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        info = f"bjgov-{__version__}.dist-info"
        metadata = archive.read(f"{info}/METADATA").decode()
        entry_points = configparser.ConfigParser()
        entry_points.read_string(archive.read(f"{info}/entry_points.txt").decode())
    requires = [
        line.split(":", 1)[1].strip()
        for line in metadata.splitlines()
        if line.startswith("Requires-Dist:")
    ]
    runtime = sorted(
        re.split(r"[<>=!~ ]", r)[0].lower().replace("_", "-") for r in requires if ";" not in r
    )
    assert {"pyqtgraph", "pyside6-essentials", "sqlite-utils"} <= set(runtime)
    assert "pyside6" not in runtime  # the subset, not the full PySide6 (hundreds of MB more)
    assert all(("<" in r) for r in requires if ";" not in r), "runtime pins need upper bounds"
    assert "Provides-Extra: test" in metadata
    assert "Provides-Extra: freeze" in metadata
    assert dict(entry_points["gui_scripts"]) == {"bjgov": "gui.cli:run"}
    assert dict(entry_points["console_scripts"]) == {"bjgov-cli": "gui.cli:run"}


def test_essentials_has_every_qt_module_the_app_imports() -> None:
    """PySide6-Essentials is enough: each PySide6 module the code imports is in its wheel."""
    import importlib.metadata

    files = importlib.metadata.files("PySide6-Essentials") or []
    shipped = {Path(str(f)).name.split(".")[0] for f in files if str(f).endswith((".so", ".pyd"))}
    imported = {
        module
        for source in (ROOT / "gui").rglob("*.py")
        for module in re.findall(
            r"^\s*(?:from|import)\s+PySide6\.(\w+)", source.read_text(encoding="utf-8"), re.M
        )
    }
    assert {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport"} <= imported
    assert imported <= shipped, imported - shipped
    assert "QtNetwork" not in imported


# -- the resource finder in a checkout and under a frozen bundle's sys._MEIPASS ------------------


def test_checkout_layout() -> None:
    assert paths.bundled_database() == ROOT / "data" / "governance.db"
    assert paths.resource("fonts/OFL.txt") == ROOT / "resources" / "fonts" / "OFL.txt"
    assert paths.source_checkout() == ROOT


def test_frozen_layout_comes_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "governance.db").write_bytes(b"frozen")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.bundled_database() == tmp_path / "data" / "governance.db"
    # What the bundle lacks is still found further down (here, in the checkout).
    assert paths.resource("fonts/OFL.txt") == ROOT / "resources" / "fonts" / "OFL.txt"


def test_missing_file_names_every_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    with pytest.raises(FileNotFoundError) as error:
        paths.resource("nothing/here.txt")
    message = str(error.value)
    for place in (tmp_path, ROOT / "gui" / "_bundled", ROOT):
        assert str(place / "resources" / "nothing" / "here.txt") in message


# -- the icon ---------------------------------------------------------------------------------


def test_icon_pngs_are_rendered_from_the_svg() -> None:
    result = run(
        sys.executable,
        PACKAGING / "render_icons.py",
        "--check",
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_icon_reads_at_16_pixels(qapp: object) -> None:
    """Three white bars on blue, a pixel apart, with a red top on the tallest."""
    from PySide6.QtGui import QImage

    image = QImage(str(ROOT / "resources" / "icons" / "bjgov-16.png"))
    assert (image.width(), image.height()) == (16, 16)

    def colour(x: int, y: int) -> str:
        c = image.pixelColor(x, y)
        if c.red() > 200 and c.green() > 200 and c.blue() > 200:
            return "white"
        if c.red() > 150 and c.green() < 100:
            return "red"
        return "blue" if c.blue() > c.red() + 40 else "other"

    row = [colour(x, 10) for x in range(3, 13)]  # across the three bars, above the baseline
    bar, gap = ["white", "white"], ["blue", "blue"]
    assert row == [*bar, *gap, *bar, *gap, *bar]
    assert colour(11, 3) == "red"
    assert colour(12, 6) == "white"
    assert image.pixelColor(0, 0).alpha() == 0  # transparent corner


# -- desktop integration ----------------------------------------------------------------------


def desktop_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def unquote_exec(value: str) -> list[str]:
    """An Exec value's arguments, unescaped as the desktop entry specification says."""
    general = value.replace("\\\\", "\0")  # the string escapes first: \\ is one backslash
    general = general.replace("\\s", " ").replace("\0", "\\")
    args, current, quoted, i = [], "", False, 0
    while i < len(general):
        char = general[i]
        if quoted and char == "\\" and i + 1 < len(general):
            current += general[i + 1]
            i += 2
            continue
        if char == '"':
            quoted = not quoted
        elif char == " " and not quoted:
            args.append(current)
            current = ""
        else:
            current += char
        i += 1
    return [*args, current]


def test_desktop_entry() -> None:
    entry = desktop_entry(PACKAGING / f"{APP_ID}.desktop")
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "bjgov"
    assert entry["Icon"] == "bjgov"
    assert entry["Name[zh_CN]"] == "北京社会治理参考"


def validate_desktop_entry(path: Path) -> None:
    result = run("desktop-file-validate", path)
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip() == ""  # not even a hint


@pytest.mark.system("desktop-file-validate")
def test_desktop_entry_validates() -> None:
    validate_desktop_entry(PACKAGING / f"{APP_ID}.desktop")


@pytest.mark.system("appstreamcli")
def test_appstream_metainfo_validates() -> None:
    result = run("appstreamcli", "validate", "--no-net", PACKAGING / f"{APP_ID}.metainfo.xml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Validation was successful" in result.stdout


def install_desktop(tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    """install-desktop.sh for a user, for a program path with a space, a dollar and a
    backslash, which the Exec line must escape: the share folder, the program, the env."""
    folder = tmp_path / "my apps $HOME\\x"
    folder.mkdir()
    program = folder / "bjgov"
    program.write_text("#!/bin/sh\nexit 0\n")
    program.chmod(0o755)
    share = tmp_path / "share"
    env = dict(os.environ, HOME=str(tmp_path), PATH="/usr/bin:/bin")
    result = run(
        "sh", PACKAGING / "install-desktop.sh", "--prefix", share, "--exec", program, env=env
    )
    assert result.returncode == 0, result.stderr
    return share, program, env


def test_install_desktop_for_a_user_then_uninstall(tmp_path: Path) -> None:
    share, program, env = install_desktop(tmp_path)
    installed = share / "applications" / f"{APP_ID}.desktop"
    entry = desktop_entry(installed)
    assert unquote_exec(entry["Exec"]) == [str(program)]
    assert entry["TryExec"].replace("\\\\", "\\") == str(program)
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").read_bytes() == (
        PACKAGING / f"{APP_ID}.metainfo.xml"
    ).read_bytes()
    for size in ICON_SIZES:
        icon = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "bjgov.png"
        assert icon.read_bytes() == (ROOT / "resources" / "icons" / icon_name(size)).read_bytes()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "bjgov.svg").exists()

    result = run("sh", PACKAGING / "install-desktop.sh", "--prefix", share, "--uninstall", env=env)
    assert result.returncode == 0, result.stderr
    left = [p for p in share.rglob("*") if p.is_file() and ("bjgov" in p.name or APP_ID in p.name)]
    assert left == []


@pytest.mark.system("desktop-file-validate")
def test_installed_desktop_entry_validates(tmp_path: Path) -> None:
    """The entry as installed, its escaped Exec and TryExec lines included."""
    share, _, _ = install_desktop(tmp_path)
    validate_desktop_entry(share / "applications" / f"{APP_ID}.desktop")


def test_install_desktop_without_a_program_says_so(tmp_path: Path) -> None:
    env = dict(os.environ, HOME=str(tmp_path), PATH="/usr/bin:/bin")
    result = run("sh", PACKAGING / "install-desktop.sh", "--prefix", tmp_path / "share", env=env)
    assert result.returncode == 2
    assert result.stderr == "install-desktop.sh: no bjgov program found; give --exec PROGRAM\n"
    assert not (tmp_path / "share").exists()


# -- ICU's data, cut down for the Linux bundle (packaging/icu_data.py) -------------------------


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        ("coll/root.res", True),
        ("coll/ucadata.icu", True),  # the root rules' tables
        ("coll/res_index.res", True),
        ("coll/zh.res", True),  # pinyin, strokes…
        ("coll/zh_Hant_TW.res", True),
        ("coll/en_US_POSIX.res", True),
        ("coll/ja.res", False),  # the interface speaks English and Chinese only
        ("coll/de.res", False),
        ("zone/zh.res", True),
        ("zone/tzdbNames.res", True),
        ("zone/fr.res", False),
        ("zoneinfo64.res", True),
        ("likelySubtags.res", True),
        ("root.res", True),
        ("zh_Hans_CN.res", True),
        ("fr.res", False),
        ("gb18030.cnv", True),
        ("windows-936-2000.cnv", True),
        ("ibm-943_P15A-2003.cnv", False),  # Shift-JIS
        ("cnvalias.icu", True),
        ("unames.icu", False),
        ("brkitr/zh.res", False),
        ("translit/root.res", False),
        ("curr/zh.res", False),
    ],
)
def test_icu_cut_keeps_what_qt_asks_for(item: str, kept: bool) -> None:
    assert packaging_script("icu_data").keep(item) is kept


def test_icu_cut_without_its_tools_keeps_the_whole_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A machine without icupkg still builds the bundle, with the data whole, and says so."""
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty folder: none of the tools
    library = tmp_path / "libicudata.so.73"
    library.write_bytes(b"\x7fELF")
    assert packaging_script("icu_data").trim_or_keep(library, tmp_path / "icu") == str(library)
    error = capsys.readouterr().err
    assert error == (
        "WARNING: ICU's data kept whole (+25 MB): icupkg, nm, objdump, objcopy, ld not found "
        "(Debian: icu-devtools, binutils)\n"
    )
    assert not (tmp_path / "icu").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the cut is for Linux's bundle")
@pytest.mark.system("icu-tools")
def test_icu_cut_data_answers_qt(tmp_path: Path) -> None:
    """Qt loaded with the cut-down data (preloaded in place of PySide6's) still sorts Chinese
    by pinyin, names a time zone in Chinese, knows GB 18030 (the self-test's check), and sorts
    in a language whose rules were left out by the root rules."""
    import PySide6

    (wheel,) = (Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*")
    cut = Path(packaging_script("icu_data").trim_or_keep(wheel, tmp_path))
    assert cut.parent == tmp_path
    assert cut.name == wheel.name
    assert cut.stat().st_size < wheel.stat().st_size / 4
    script = (
        "from PySide6.QtCore import QCollator, QLocale\n"
        "from gui.selftest import check_locale\n"
        "print(check_locale(None))\n"
        "japanese = QCollator(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))\n"
        "print(sorted(['b', 'B', 'a'], key=japanese.sortKey))\n"
        "print(next(line for line in open('/proc/self/maps') if 'libicudata' in line).split()[-1])"
    )
    env = dict(os.environ, LD_PRELOAD=str(cut), QT_QPA_PLATFORM="offscreen")
    result = run(sys.executable, "-c", script, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Chinese sorted by pinyin; Asia/Shanghai is '中国标准时间'; GB 18030 known",
        "['a', 'b', 'B']",
        str(cut),
    ]


# -- the bundle's stand-in for PySide6's QtOpenGL binding (packaging/rthook_qtopengl.py) ----------


def test_charts_draw_with_qtopengl_left_out(tmp_path: Path) -> None:
    """As in the bundle: the runtime hook runs first, the binding never loads, the self-test
    passes (every tab's charts drawn) and a use of the binding says what is missing."""
    hook = PACKAGING / "rthook_qtopengl.py"
    script = (
        f"import runpy; runpy.run_path({str(hook)!r})\n"
        "from gui.cli import main\n"
        "code = main(['selftest'])\n"
        "import PySide6.QtOpenGL as gl\n"
        "try:\n"
        "    gl.QOpenGLBuffer\n"
        "except ImportError as error:\n"
        "    print(error)\n"
        "print(sum('QtOpenGL.' in line for line in open('/proc/self/maps')))\n"
        "raise SystemExit(code)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    env.pop("XDG_CONFIG_HOME", None)
    result = run(sys.executable, "-c", script, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    *checks, error, mapped = result.stdout.splitlines()
    assert [line for line in checks if line.startswith("ok   tabs: ")]
    assert error == "PySide6.QtOpenGL is left out of this bundle (asked for QOpenGLBuffer)"
    assert mapped == "0"
