"""Nothing lost: every output is proved before it replaces a file, and only a file is replaced.

A full disk (a small tmpfs where one can be mounted; always a real OS limit, RLIMIT_FSIZE), a
writer cut short, a signal during the write, a target that is a link, a pipe, a device, a
read-only file or the database being read: each leaves the old file exactly as it was, no
temporary file behind, and one line saying why (exit code 2).
"""

from __future__ import annotations

import contextlib
import os
import pty
import resource
import signal
import stat
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from gui.files import proof
from gui.files.atomic import WriteError, atomic_path, write_bytes

from .conftest import ROOT

FULL = "no space left on the device holding"
TOO_LARGE = "the file is larger than this system lets the program write (File too large)"


def cli_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # the limit is on every file the process writes
    return env


def run(
    *args: str | Path, limit: int | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """``python -m gui ARGS``; ``limit`` caps the size of any file it writes (RLIMIT_FSIZE,
    with SIGXFSZ ignored, so that a write past it fails with EFBIG as on a full disk)."""

    def cap() -> None:
        if limit is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [sys.executable, "-m", "gui", *(str(a) for a in args)],
        cwd=ROOT,
        env=cli_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=cap,
    )


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("error: ")
    return lines[0]


def pages(path: Path) -> int:
    return len(PdfReader(path, strict=True).pages)


# -- a full disk ------------------------------------------------------------------------------


@contextlib.contextmanager
def small_tmpfs(folder: Path, kilobytes: int) -> Iterator[Path]:
    folder.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={kilobytes}k", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here (needs root): {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def test_full_tmpfs_keeps_the_good_pdf(tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root; the RLIMIT_FSIZE test covers a full disk")
    with small_tmpfs(tmp_path / "disk", 200) as disk:
        target = disk / "X.pdf"
        first = run("print", "--domain", "hotline", "--output", target)
        assert first.returncode == 0, first.stderr
        good, count = target.read_bytes(), pages(target)
        second = run("print", "--domain", "all", "--output", target)
        assert second.returncode == 2, second.stdout
        line = one_line(second.stderr)
        assert f"{FULL} {disk}" in line
        assert line.endswith(f"{target} was left as it was")
        assert target.read_bytes() == good
        assert pages(target) == count
        assert leftovers(disk) == []


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (("print", "--domain", "all"), "X.pdf"),
        (("export", "--format", "xlsx"), "X.xlsx"),
        (("export", "--format", "csv"), "X.csv"),
    ],
)
def test_a_size_limit_keeps_the_old_file(tmp_path: Path, args: tuple[str, ...], name: str) -> None:
    """A real OS-level limit on every write (no mount needed): each write past it fails."""
    target = tmp_path / name
    target.write_bytes(b"the old file")
    done = run(*args, "--output", target, limit=3000)
    assert done.returncode == 2, done.stdout
    line = one_line(done.stderr)
    assert TOO_LARGE in line
    assert line.endswith(f"{target} was left as it was")
    assert target.read_bytes() == b"the old file"
    assert leftovers(tmp_path) == []


def test_chart_images_under_a_size_limit(tmp_path: Path) -> None:
    """Save chart as SVG/PNG, from the window's own functions, in a process with the limit."""
    script = """
import sys, signal, resource
from pathlib import Path
from gui.database.store import Store
from gui.paths import bundled_database
from gui.qtcommon.startup import application
from gui.qt.chart_view import ChartView
from gui.qt.chart_export import write_png, write_svg
from gui.files.atomic import WriteError
application()
store = Store(bundled_database())
chart = store.charts("hotline")[0]
view = ChartView(chart, "zh", store.milestones(), "footer")
view.build()
folder = Path(sys.argv[1])
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (2000, 2000))
for name, write in (("c.svg", write_svg), ("c.png", write_png)):
    try:
        write(view.scene, view.footer, folder / name)
    except WriteError as error:
        print(error)
    else:
        print("written", name)
"""
    for name in ("c.svg", "c.png"):
        (tmp_path / name).write_bytes(b"old")
    env = cli_env() | {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 2, done.stdout + done.stderr
    for line, name in zip(lines, ("c.svg", "c.png"), strict=True):
        assert TOO_LARGE in line, line
        assert (tmp_path / name).read_bytes() == b"old"
    assert leftovers(tmp_path) == []


# -- what the target is -------------------------------------------------------------------------


def make_fifo(path: Path) -> None:
    os.mkfifo(path)


def make_link(path: Path) -> None:
    (path.parent / "real.pdf").write_bytes(b"the file the link points to")
    path.symlink_to(path.parent / "real.pdf")


def make_device(path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("making a device node needs root (and /dev cannot be replaced without it)")
    os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # a second /dev/null


def make_read_only(path: Path) -> None:
    path.write_bytes(b"keep me")
    path.chmod(0o444)


def make_folder(path: Path) -> None:
    path.mkdir()


TARGETS: dict[str, tuple[Callable[[Path], None], str]] = {
    "FIFO": (make_fifo, "it is a named pipe (FIFO), not a regular file"),
    "symlink": (make_link, "it is a symbolic link"),
    "device": (make_device, "it is a device, not a regular file"),
    "read-only file": (make_read_only, "the file is read-only"),
    "folder": (make_folder, "it is a folder"),
}


def snapshot(path: Path) -> tuple[int, int, bytes]:
    status = path.lstat()
    content = path.read_bytes() if stat.S_ISREG(status.st_mode) else b""
    return status.st_mode, status.st_ino, content


@pytest.mark.parametrize("kind", sorted(TARGETS))
@pytest.mark.parametrize("command", ["print", "export"])
def test_only_a_regular_file_is_replaced(tmp_path: Path, kind: str, command: str) -> None:
    make, problem = TARGETS[kind]
    target = tmp_path / "out"
    make(target)
    before = snapshot(target)
    pointed = (tmp_path / "real.pdf").read_bytes() if kind == "symlink" else None
    args = ("print", "--domain", "hotline") if command == "print" else ("export", "--format", "csv")
    done = run(*args, "--output", target, timeout=60)  # a FIFO opened would hang: it is not
    assert done.returncode == 2, done.stdout
    line = one_line(done.stderr)
    assert line == f"error: cannot write {target}: {problem}" + (
        " (give the file it points to, or another name); nothing was changed"
        if kind == "symlink"
        else "; nothing was changed"
    )
    assert snapshot(target) == before
    if pointed is not None:
        assert (tmp_path / "real.pdf").read_bytes() == pointed
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("side", ["", "-wal"])
def test_the_database_being_read_is_not_an_output(
    tmp_path: Path, built_db: Path, side: str
) -> None:
    db = tmp_path / "mine.db"
    db.write_bytes(built_db.read_bytes())
    target = Path(f"{db}{side}")
    if side:
        target.write_bytes(b"")
    before = db.read_bytes()
    for args in (
        ("export", "--format", "xlsx", "--db", db, "--output", target),
        ("print", "--domain", "hotline", "--db", db, "--output", target),
    ):
        done = run(*args)
        assert done.returncode == 2
        assert one_line(done.stderr) == (
            f"error: cannot write {target}: it is the database being read; "
            "choose another name for the output"
        )
    assert db.read_bytes() == before


def test_a_relative_name_for_the_database_is_the_same_file(tmp_path: Path, built_db: Path) -> None:
    db = tmp_path / "mine.db"
    db.write_bytes(built_db.read_bytes())
    (tmp_path / "link.db").symlink_to(db)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "gui",
            "export",
            "--format",
            "csv",
            "--db",
            "link.db",
            "--output",
            "mine.db",
        ],
        cwd=tmp_path,
        env=cli_env() | {"PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "it is the database being read" in done.stderr
    assert db.read_bytes() == built_db.read_bytes()


# -- standard output ----------------------------------------------------------------------------


def test_csv_and_xlsx_to_standard_output(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "gui", "export", "--format", "csv", "--output", "-"],
        cwd=ROOT,
        env=cli_env(),
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("\ufeff编号,".encode())
    assert done.stderr.decode().strip().startswith("wrote standard output: ")
    piped = subprocess.run(
        [sys.executable, "-m", "gui", "export", "--format", "xlsx", "--output", "-"],
        cwd=ROOT,
        env=cli_env(),
        capture_output=True,
        timeout=60,
    )
    assert piped.returncode == 0, piped.stderr
    (tmp_path / "piped.xlsx").write_bytes(piped.stdout)
    assert zipfile.ZipFile(tmp_path / "piped.xlsx").testzip() is None


def test_a_pdf_is_not_written_to_a_terminal() -> None:
    leader, follower = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "gui", "print", "--domain", "hotline", "--output", "-"],
            cwd=ROOT,
            env=cli_env(),
            stdout=follower,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    finally:
        os.close(follower)
        os.close(leader)
    assert done.returncode == 2
    assert one_line(done.stderr) == (
        "error: standard output is a terminal; give --output FILE, or pipe it elsewhere"
    )


# -- signals ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP", "SIGINT"])
def test_a_signal_during_print_leaves_no_temporary_file(tmp_path: Path, name: str) -> None:
    number = getattr(signal, name)
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"the old pack")
    process = subprocess.Popen(
        [sys.executable, "-m", "gui", "print", "--domain", "all", "--output", str(target)],
        cwd=ROOT,
        env=cli_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not leftovers(tmp_path) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    assert leftovers(tmp_path), "the print ended before its temporary file was seen"
    process.send_signal(number)
    _, err = process.communicate(timeout=60)
    if name == "SIGINT":
        assert process.returncode == 130
        assert err.strip().splitlines()[-1] == "interrupted: nothing was written"
    else:
        assert process.returncode == -number  # ended by the signal, as it would have been
    assert leftovers(tmp_path) == []
    assert target.read_bytes() == b"the old pack"


# -- the proofs ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def good_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "pack.pdf"
    done = run("print", "--domain", "all", "--output", path)
    assert done.returncode == 0, done.stderr
    return path


def test_a_cut_or_wrong_pdf_is_refused(good_pdf: Path, tmp_path: Path) -> None:
    data = good_pdf.read_bytes()
    count = proof.pdf_pages(good_pdf)
    assert count == pages(good_pdf) > 1
    for cut in (len(data) // 2, len(data) - 200, len(data) - 10):
        broken = tmp_path / f"cut{cut}.pdf"
        broken.write_bytes(data[:cut])
        with pytest.raises(ValueError, match="PDF"):
            proof.pdf_pages(broken)
    with pytest.raises(ValueError, match=f"the PDF has {count} pages, not the {count + 1}"):
        proof.pdf_with_pages(lambda: count + 1)(good_pdf)


def test_a_writer_cut_short_keeps_the_old_file(good_pdf: Path, tmp_path: Path) -> None:
    target = tmp_path / "kept.pdf"
    target.write_bytes(good_pdf.read_bytes())
    data = good_pdf.read_bytes()
    check = proof.pdf_with_pages(lambda: 1)
    with pytest.raises(WriteError) as caught, atomic_path(target, verify=check) as temporary:
        temporary.write_bytes(data[: len(data) // 2])  # as Qt's writer did on a full disk
    assert "the file written did not read back whole (" in str(caught.value)
    assert str(caught.value).endswith(f"{target} was left as it was")
    assert target.read_bytes() == data
    assert leftovers(tmp_path) == []


def test_svg_png_and_xlsx_proofs(tmp_path: Path) -> None:
    svg = tmp_path / "a.svg"
    svg.write_text("<svg xmlns='http://www.w3.org/2000/svg'><rect/></svg>")
    proof.svg(svg)
    svg.write_text("<svg xmlns='http://www.w3.org/2000/svg'><rect")
    with pytest.raises(ValueError, match="the SVG does not parse"):
        proof.svg(svg)
    png = tmp_path / "a.png"
    from PySide6.QtGui import QColor, QImage

    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(png))
    proof.png(png)
    whole = png.read_bytes()
    png.write_bytes(whole[:-5])
    with pytest.raises(ValueError, match="PNG"):
        proof.png(png)
    book = tmp_path / "a.xlsx"
    with zipfile.ZipFile(book, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook><sheets><sheet/></sheets></workbook>")
    proof.xlsx(1)(book)
    with pytest.raises(ValueError, match="1 sheets, not 2"):
        proof.xlsx(2)(book)
    book.write_bytes(book.read_bytes()[:-30])
    with pytest.raises(ValueError, match="the workbook does not open"):
        proof.xlsx(1)(book)


def test_write_bytes_reads_the_same_bytes_back(tmp_path: Path) -> None:
    target = tmp_path / "a.csv"
    write_bytes(target, b"a,b\r\n")
    assert target.read_bytes() == b"a,b\r\n"
    assert oct(target.stat().st_mode & 0o777) == oct(0o666 & ~current_umask())


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
