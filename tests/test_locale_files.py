"""File names in any locale: a Chinese name under GB18030 is written where the system says.

Python names files in the locale's encoding, Qt 6 always in UTF-8; before, under GB18030 a
complete PDF was left as a hidden temporary file while the command said nothing was written.
The locale is generated into a folder of the test's own (``localedef`` + ``LOCPATH``, no root
needed); where the system cannot make it, the test says so and skips.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from . import system
from .conftest import ROOT

LOCALE = "zh_CN.GB18030"


@pytest.fixture(scope="module")
def gb18030(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """An environment whose locale (and so Python's file-system encoding) is GB18030."""
    system.require("gb18030-locale")
    folder = tmp_path_factory.mktemp("locales")
    made = subprocess.run(
        ["localedef", "-i", "zh_CN", "-f", "GB18030", str(folder / LOCALE)],
        capture_output=True,
        text=True,
        check=False,
    )
    if not (folder / LOCALE).exists():
        why = made.stderr.strip()[:200]
        system.skip("gb18030-locale", f"localedef cannot make {LOCALE}: {why}")
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "PYTHONUTF8", "PYTHONIOENCODING", "LANG")
        and not k.startswith("LC_")
    }
    env.update(LOCPATH=str(folder), LC_ALL=LOCALE, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = str(ROOT)
    probe = subprocess.run(
        [sys.executable, "-c", "import sys; print(sys.getfilesystemencoding())"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    if probe.stdout.strip() != "gb18030":
        pytest.skip(f"Python does not take the locale's encoding here ({probe.stdout.strip()})")
    return env


def gb(path: Path, name: str) -> bytes:
    return os.fsencode(path) + b"/" + name.encode("gb18030")


def run(env: dict[str, str], *args: str | bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [
            sys.executable.encode(),
            b"-m",
            b"gui",
            *(a.encode() if isinstance(a, str) else a for a in args),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )


def test_print_and_export_with_chinese_names(
    gb18030: dict[str, str], tmp_path: Path, built_db: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    database = gb(tmp_path, "数据库.db")
    shutil.copyfile(built_db, database)  # a --db with a Chinese name too
    printed = run(
        gb18030,
        "print",
        "--domain",
        "hotline",
        "--db",
        database,
        "--output",
        gb(folder, "热线简报.pdf"),
    )
    assert printed.returncode == 0, printed.stderr.decode("gb18030")
    said = printed.stdout.decode("gb18030")
    told = re.search(r"热线简报\.pdf: (\d+) pages?$", said.strip())
    assert told, said
    exported = run(
        gb18030,
        "export",
        "--format",
        "xlsx",
        "--db",
        database,
        "--output",
        gb(folder, "全部数字.xlsx"),
    )
    assert exported.returncode == 0, exported.stderr.decode("gb18030")
    names = sorted(os.listdir(os.fsencode(folder)))
    # The names the system's encoding gives, nothing else: no UTF-8 twin, no temporary file.
    assert names == sorted(["热线简报.pdf".encode("gb18030"), "全部数字.xlsx".encode("gb18030")])
    pdf = gb(folder, "热线简报.pdf")
    with open(pdf, "rb") as handle:
        assert len(PdfReader(handle, strict=True).pages) == int(told.group(1))


def test_a_name_from_a_dialog_is_the_system_s_name(gb18030: dict[str, str], tmp_path: Path) -> None:
    """What the window does with a Save dialog's answer: a chart saved as SVG under its
    Chinese name, the dialog's default name shown as the system spells the folder."""
    script = """
import os, sys
from pathlib import Path
from gui.database.store import Store
from gui.paths import bundled_database
from gui.qtcommon.startup import application
from gui.qtcommon.qtfiles import from_qt, to_qt
from gui.qt.chart_view import ChartView
from gui.qt.chart_export import write_svg
application()
store = Store(bundled_database())
view = ChartView(store.charts("hotline")[0], "zh", store.milestones(), "footer")
view.build()
folder = Path(os.fsdecode(os.fsencode(sys.argv[1])))
assert to_qt(folder / "图表.svg").endswith("/图表.svg"), to_qt(folder / "图表.svg")
write_svg(view.scene, view.footer, from_qt(to_qt(folder) + "/图表.svg"))
print("ok")
"""
    done = subprocess.run(
        [sys.executable, "-", str(tmp_path)],
        input=script.encode(),  # as a source file (UTF-8): argv is decoded as GB18030
        env=gb18030,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode("gb18030", "replace")
    assert os.listdir(os.fsencode(tmp_path)) == ["图表.svg".encode("gb18030")]
