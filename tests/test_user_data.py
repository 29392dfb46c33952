"""Old and damaged user data: the briefing list migrated forward, moved aside when unreadable,
shown read-only when it may not be written, patient but honest when another program holds it;
the user's folders found without a HOME, and found once with a HOME that is not UTF-8."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from gui.database.briefing import (
    FILE_NAME,
    USER_VERSION,
    BriefingReadOnlyError,
    open_briefing,
)

from .conftest import ROOT

IDS = ["hotline.requests.2020", "safety.accidents.20200630", "matters.household_food_waste.202012"]


def version_0(folder: Path) -> Path:
    """The shape before versions: pins without notes or editions, user_version 0."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / FILE_NAME
    with sqlite3.connect(path) as c:
        c.execute("CREATE TABLE pins (observation_id TEXT PRIMARY KEY, position INTEGER)")
        c.executemany("INSERT INTO pins VALUES (?, ?)", [(i, n) for n, i in enumerate(IDS)])
    return path


def version_1(folder: Path) -> Path:
    """Today's shape before this change (user_version 1), positions with a gap."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / FILE_NAME
    with sqlite3.connect(path) as c:
        c.executescript(
            "CREATE TABLE pins (observation_id TEXT PRIMARY KEY, position INTEGER NOT NULL, "
            "note TEXT NOT NULL DEFAULT '', edition TEXT NOT NULL DEFAULT ''); "
            "CREATE INDEX pins_position ON pins (position); PRAGMA journal_mode = WAL; "
            "PRAGMA user_version = 1;"
        )
        c.executemany(
            "INSERT INTO pins VALUES (?, ?, ?, '2020-2021')",
            [(IDS[0], 0, "先讲"), (IDS[1], 4, ""), (IDS[2], 9, "比较")],
        )
    return path


def shape(path: Path) -> tuple[int, str]:
    with sqlite3.connect(path) as c:
        version = c.execute("PRAGMA user_version").fetchone()[0]
        sql = c.execute("SELECT sql FROM sqlite_master WHERE name = 'pins'").fetchone()[0]
    return version, sql


@pytest.mark.parametrize("make", [version_0, version_1])
def test_an_old_list_is_migrated_and_kept(tmp_path: Path, make: Any) -> None:
    make(tmp_path)
    store = open_briefing(tmp_path).store
    pins = store.pins()
    assert [p.observation_id for p in pins] == IDS
    assert [p.position for p in pins] == [0, 1, 2]
    if make is version_1:
        assert [p.note for p in pins] == ["先讲", "", "比较"]
    store.pin("outlook.x", position=1)
    assert [p.observation_id for p in store.pins()][:2] == [IDS[0], "outlook.x"]
    store.close()
    version, sql = shape(tmp_path / FILE_NAME)
    assert version == USER_VERSION == 2
    if sqlite3.sqlite_version_info >= (3, 37, 0):
        assert sql.rstrip().endswith("STRICT")
    again = open_briefing(tmp_path).store  # the migrated file opens as it is
    assert len(again.pins()) == 4
    again.close()


def test_the_window_starts_with_an_old_list(make_window: Any, tmp_path: Path) -> None:
    version_0(tmp_path / "user")
    window = make_window("en", briefing=tmp_path / "user")
    assert [p.observation_id for p in window.briefing.pins()] == IDS
    assert window.briefing.problem == ""
    window.briefing.show_dock()
    assert window.briefing.dock.list.count() == 3


def run_print(tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["XDG_DATA_HOME"] = str(tmp_path / "share")
    env.update(extra)
    return subprocess.run(
        [sys.executable, "-m", "gui", "print", "--briefing", "--output", str(tmp_path / "b.pdf")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def user_folder(tmp_path: Path) -> Path:
    return tmp_path / "share" / "bjgov" / "bjgov"


def test_print_reads_an_old_list_without_changing_it(tmp_path: Path) -> None:
    path = version_0(user_folder(tmp_path))
    before = path.read_bytes()
    done = run_print(tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"wrote {tmp_path / 'b.pdf'}: 1 page"
    assert path.read_bytes() == before  # print only reads: the window migrates
    assert sorted(p.name for p in path.parent.iterdir()) == [FILE_NAME]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"not a database" * 100, "cannot be read (file is not a database)"),
        (None, "cannot be read; the window moves it aside and starts a new one"),
    ],
)
def test_an_unreadable_list_is_one_line_then_moved_aside(
    tmp_path: Path, make_window: Any, content: bytes | None, problem: str
) -> None:
    folder = user_folder(tmp_path)
    folder.mkdir(parents=True)
    path = folder / FILE_NAME
    if content is None:  # an SQLite file with a pins table that is not a list of pins
        with sqlite3.connect(path) as c:
            c.execute("CREATE TABLE pins (figure TEXT)")
    else:
        path.write_bytes(content)
    before = path.read_bytes()
    done = run_print(tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip() == f"error: the briefing list {path} {problem}"
    assert path.read_bytes() == before
    window = make_window("en", briefing=folder)  # the window starts, and says what it did
    moved = [p for p in folder.iterdir() if p.name.endswith(".corrupt")]
    assert len(moved) == 1
    assert moved[0].read_bytes() == before  # never deleted
    assert window.briefing.notice == (
        f"The briefing list could not be read and was moved aside to: {moved[0]}"
    )
    assert window.briefing.pins() == []


@pytest.fixture
def read_only_list(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "user"
    store = open_briefing(folder).store
    for ident in IDS:
        store.pin(ident, note="注")
    store.close()
    path = folder / FILE_NAME
    path.chmod(0o444)
    yield folder
    path.chmod(0o644)


def test_a_read_only_list_is_read_and_left_alone(read_only_list: Path) -> None:
    path = read_only_list / FILE_NAME
    before = path.read_bytes()
    store = open_briefing(read_only_list).store
    assert store.read_only == f"{path} is read-only"
    assert [p.observation_id for p in store.pins()] == IDS
    with pytest.raises(BriefingReadOnlyError, match="nothing was changed"):
        store.pin("outlook.x")
    store.close()
    assert path.read_bytes() == before
    assert sorted(p.name for p in read_only_list.iterdir()) == [FILE_NAME]  # no -shm, no -wal


def test_a_read_only_list_is_shown_and_printed(make_window: Any, read_only_list: Path) -> None:
    window = make_window("en", briefing=read_only_list)
    assert [p.observation_id for p in window.briefing.pins()] == IDS
    assert window.briefing.problem.startswith(
        "The briefing list is read-only: it can be printed, not changed."
    )
    dock = window.briefing.dock
    assert dock.list.count() == 3
    assert dock.print_button.isEnabled()
    assert not dock.remove_button.isEnabled()
    window.briefing.pin("outlook.x")
    assert window.statusBar().currentMessage() == window.briefing.problem
    assert len(window.briefing.pins()) == 3


def test_print_reads_a_read_only_list(tmp_path: Path) -> None:
    folder = user_folder(tmp_path)
    store = open_briefing(folder).store
    store.pin(IDS[0])
    store.close()
    (folder / FILE_NAME).chmod(0o444)
    done = run_print(tmp_path)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in folder.iterdir()) == [FILE_NAME]


def test_read_only_side_files_left_behind_are_removed(tmp_path: Path) -> None:
    """An earlier read-only open left 444 -shm/-wal; made writable again, the list opens."""
    store = open_briefing(tmp_path).store
    store.pin(IDS[0])
    store.close()
    for suffix in ("-shm", "-wal"):
        side = tmp_path / f"{FILE_NAME}{suffix}"
        side.write_bytes(b"")
        side.chmod(0o444)
    store = open_briefing(tmp_path).store
    assert store.read_only == ""
    store.pin(IDS[1])
    assert [p.observation_id for p in store.pins()] == IDS[:2]
    for side in tmp_path.glob(f"{FILE_NAME}-*"):
        assert side.stat().st_mode & 0o200, side
    store.close()


# -- a lock held by another program ------------------------------------------------------------


HOLD = """
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
"""


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[Any]:
    started: list[subprocess.Popen[str]] = []

    def hold(path: Path, seconds: float = 30) -> None:
        process = subprocess.Popen(
            [sys.executable, "-c", HOLD, str(path), str(seconds)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "locked"
        started.append(process)

    def release() -> None:
        for process in started:
            process.kill()
            process.wait()

    hold.release = release  # type: ignore[attr-defined]
    yield hold
    release()


def test_a_lock_waits_then_says_so_and_leaves_no_phantom(
    make_window: Any, tmp_path: Path, holder: Any
) -> None:
    folder = tmp_path / "user"
    window = make_window("en", briefing=folder)
    window.briefing.pin(IDS[0])
    dock = window.briefing.dock
    assert dock.undo_stack.count() == 1
    holder(folder / FILE_NAME)
    started = time.monotonic()
    window.briefing.pin(IDS[1])
    waited = time.monotonic() - started
    assert 1.5 < waited < 10  # waits briefly, then gives up
    assert window.statusBar().currentMessage() == (
        f"the briefing list {folder / FILE_NAME} is in use by another program; "
        "nothing was changed (try again in a moment)"
    )
    assert dock.undo_stack.count() == 1  # no phantom "Pin figure"
    assert [p.observation_id for p in window.briefing.pins()] == IDS[:1]
    dock.undo_stack.undo()  # an undo refused is said, and leaves the stack
    assert "is in use by another program" in window.statusBar().currentMessage()
    assert dock.undo_stack.count() == 0
    assert [p.observation_id for p in window.briefing.pins()] == IDS[:1]
    holder.release()
    window.briefing.pin(IDS[1])
    assert [p.observation_id for p in window.briefing.pins()] == IDS[:2]
    assert dock.undo_stack.count() == 1


def test_an_old_list_locked_at_start_is_shown_read_only(tmp_path: Path, holder: Any) -> None:
    path = version_1(tmp_path)
    holder(path)
    store = open_briefing(tmp_path).store  # the migration would have to write: it cannot
    assert store.read_only == f"{path} was in use by another program when it was opened"
    assert [p.observation_id for p in store.pins()] == IDS
    store.close()
    holder.release()
    assert shape(path)[0] == 1  # migrated in memory only; the file waits for a free moment


# -- where the user's data lives ----------------------------------------------------------------


FOLDERS = """
import os, sys
if sys.argv[1:] == ["no-passwd-entry"]:  # a user the password database does not know
    import pwd
    def unknown(uid):
        raise KeyError(f"getpwuid(): uid not found: {uid}")
    pwd.getpwuid = unknown
from PySide6.QtCore import QSettings
from gui.qtcommon.startup import application
from gui.qtcommon.userdata import app_data_folder, fallback_notice, use_config_folder
from gui.database.briefing import open_briefing
from gui.qt.settings import Settings
application(widgets=False)
use_config_folder()
settings = Settings()
settings.set_language("en")
settings._store.sync()
folder = app_data_folder()
store = open_briefing(folder).store
store.pin("hotline.requests.2020")
store.close()
print(os.fsencode(folder).hex())
print(os.fsencode(settings._store.fileName()).hex())
print(fallback_notice())
"""


def run_folders(env: dict[bytes, bytes], *args: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", FOLDERS, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def base_env() -> dict[bytes, bytes]:
    env = {
        k: v
        for k, v in os.environb.items()
        if not k.startswith((b"XDG_", b"HOME", b"DISPLAY", b"WAYLAND"))
    }
    env[b"QT_QPA_PLATFORM"] = b"offscreen"
    env[b"PYTHONPATH"] = os.fsencode(ROOT)
    env[b"PYTHONDONTWRITEBYTECODE"] = b"1"
    return env


def test_a_home_that_is_not_utf8_is_one_home(tmp_path: Path) -> None:
    home = os.fsencode(tmp_path) + b"/h\xff"
    os.mkdir(home)
    lines = run_folders(base_env() | {b"HOME": home})
    assert bytes.fromhex(lines[0]) == home + b"/.local/share/bjgov/bjgov"
    assert os.listdir(os.fsencode(tmp_path)) == [b"h\xff"]  # no second home beside it
    assert os.path.exists(home + b"/.local/share/bjgov/bjgov/briefing.db")
    assert os.path.exists(home + b"/.config/bjgov/bjgov.ini")  # the settings too


@pytest.mark.parametrize("home", [None, b"/"])
def test_no_home_and_no_xdg_is_never_the_root(tmp_path: Path, home: bytes | None) -> None:
    """No HOME (or HOME=/), no XDG variables, no home in the password database: the user's
    data goes to a private folder in the temporary folder, and the window says so."""
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    root_before = sorted(os.listdir("/"))
    env = base_env() | {b"TMPDIR": os.fsencode(scratch)}
    if home is not None:
        env[b"HOME"] = home
    lines = run_folders(env, "no-passwd-entry")
    fallback = scratch / f"bjgov-{os.getuid()}"
    assert Path(bytes.fromhex(lines[0]).decode()) == fallback / ".local/share/bjgov/bjgov"
    assert Path(bytes.fromhex(lines[1]).decode()) == fallback / ".config/bjgov/bjgov.ini"
    assert lines[2] == (
        f"No home folder: the briefing list is kept in {fallback}, which the system may clear."
    )
    assert (fallback / ".local/share/bjgov/bjgov/briefing.db").exists()
    assert (fallback / ".config/bjgov/bjgov.ini").exists()
    assert oct(fallback.stat().st_mode & 0o777) == oct(0o700)
    assert sorted(os.listdir("/")) == root_before  # nothing made at /.config or /.local


def test_someone_else_s_folder_in_the_temporary_folder_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pwd
    import tempfile

    from gui.qtcommon import userdata

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    (scratch / f"bjgov-{os.getuid()}").symlink_to(tmp_path)  # planted before we came
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.delenv(name, raising=False)

    def unknown(uid: int) -> Any:
        raise KeyError(uid)

    monkeypatch.setattr(pwd, "getpwuid", unknown)  # a user the password database does not know
    assert userdata.app_data_folder() is None  # the window then says it cannot keep a list
    assert userdata.config_folder() is None
    assert userdata.fallback_notice() == ""


def test_the_xdg_rules_for_the_user_s_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An absolute $XDG_DATA_HOME / $XDG_CONFIG_HOME is taken as it is; a relative one is
    ignored for the home's; without a HOME, the password database's home is taken only where
    that folder exists, else the private temporary folder is."""
    import pwd
    import tempfile

    from gui.qtcommon import userdata

    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg config"))
    assert userdata.app_data_folder() == tmp_path / "xdg data" / "bjgov" / "bjgov"
    assert userdata.config_folder() == tmp_path / "xdg config"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative")
    assert userdata.app_data_folder() == home / ".local/share/bjgov/bjgov"
    assert userdata.config_folder() == home / ".config"
    assert userdata.fallback_notice() == ""

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.delenv("HOME")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.delenv(name)
    real = pwd.getpwuid(os.getuid())
    for pw_home, expected in ((home, home), (tmp_path / "nonexistent", None)):
        entry = pwd.struct_passwd((*real[:5], str(pw_home), real[6]))
        monkeypatch.setattr(pwd, "getpwuid", lambda uid, entry=entry: entry)
        fallback = scratch / f"bjgov-{os.getuid()}"
        base = expected or fallback
        assert userdata.app_data_folder() == base / ".local/share/bjgov/bjgov"
        assert userdata.config_folder() == base / ".config"
        said = userdata.fallback_notice()
        assert (str(fallback) in said) == (expected is None)
