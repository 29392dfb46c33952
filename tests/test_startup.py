"""Starting Qt: a missing system library or display is named in one line, not a Qt abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from gui import cli
from gui.qtcommon import startup

from . import system


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libxcb-render-util.so.0", "libxcb-render-util0"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
        ("libEGL.so.1", "libegl1"),
        ("libfontconfig.so.1", "libfontconfig1"),
        ("libgio-2.0.so.0", "libglib2.0-0"),
        ("libwayland-client.so.0.22.0", "libwayland-client0"),
    ],
)
def test_the_debian_package_of_a_library(soname: str, package: str) -> None:
    assert startup.debian_package(soname) == package


@pytest.fixture(scope="module")
def plugin_needing_a_missing_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A shared library linked against ``libbjgov-gone.so.7``, which is then deleted: what a
    Qt plugin is on a machine that lacks one of its libraries."""
    system.require("cc")
    compiler = "cc"
    folder = tmp_path_factory.mktemp("plugin")
    (folder / "gone.c").write_text("int gone(void) { return 7; }\n")
    (folder / "plugin.c").write_text("int gone(void);\nint plugin(void) { return gone(); }\n")
    gone = folder / "libbjgov-gone.so.7"
    subprocess.run(
        [compiler, "-shared", "-fPIC", "-Wl,-soname,libbjgov-gone.so.7", "-o", gone, "gone.c"],
        cwd=folder,
        check=True,
    )
    plugin = folder / "libplugin.so"
    subprocess.run(
        [compiler, "-shared", "-fPIC", "-o", plugin, "plugin.c", str(gone)],
        cwd=folder,
        check=True,
    )
    gone.unlink()
    return plugin


def test_a_missing_library_is_named(plugin_needing_a_missing_library: Path) -> None:
    assert startup.missing_library(plugin_needing_a_missing_library) == "libbjgov-gone.so.7"


def test_qt_s_own_plugin_agrees_with_the_system_s_loader() -> None:
    """The X11 plugin shipped with PySide6: what it lacks is what ldd says it lacks."""
    plugin = startup.xcb_plugin()
    assert plugin.is_file()
    unresolved = system.unresolved_libraries(plugin)
    missing = startup.missing_library(plugin)
    if unresolved:
        assert missing in unresolved
    else:
        assert missing is None


def test_the_window_says_which_library_is_missing_and_exits_2(
    plugin_needing_a_missing_library: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(startup, "xcb_plugin", lambda: plugin_needing_a_missing_library)
    assert cli.main([]) == 2
    err = capsys.readouterr().err
    assert err == (
        "error: Qt cannot open a window on X11: the system library libbjgov-gone.so.7 is "
        "missing (Debian and Ubuntu: sudo apt install libbjgov-gone7)\n"
    )
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # the offscreen platform needs no X11
    assert startup.window_problem() is None


def test_no_display_is_said_in_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert cli.main(["--quit-after-paint"]) == 2
    assert capsys.readouterr().err == (
        "error: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); "
        "to print without one, use: python -m gui print --domain all --output FILE.pdf\n"
    )


def test_headless_commands_choose_offscreen_only_without_a_display(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    startup.use_offscreen_without_display()
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.setenv("DISPLAY", ":0")
    startup.use_offscreen_without_display()
    assert "QT_QPA_PLATFORM" not in os.environ


def test_one_application_for_printing_and_the_window(qapp: object) -> None:
    from PySide6.QtWidgets import QApplication

    app = startup.application(widgets=False)
    assert app is QApplication.instance()
    assert startup.application() is app
    assert app.applicationName() == "bjgov"
    assert app.organizationName() == "bjgov"


def test_the_window_saves_its_state_before_the_process_ends(tmp_path: Path) -> None:
    """`python -m gui` ends without Python's teardown (gui.cli.run), only once the window has
    closed and its settings are on disk."""
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")},
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "gui", "--tab", "hotline", "--quit-after-paint"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    saved = (tmp_path / "config" / "bjgov" / "bjgov.ini").read_text(encoding="utf-8")
    assert "last_tab=hotline" in saved.splitlines()
    assert any(line.startswith("geometry=@ByteArray(") for line in saved.splitlines())
