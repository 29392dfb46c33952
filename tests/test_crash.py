"""An unexpected error is logged in the app-data folder and shown with the log's path."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from gui.cli import main
from gui.qt.crash import LOG_NAME
from gui.qt.error_hook import ErrorHook


def test_unexpected_error_is_logged_and_shown(
    qtbot: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hook = ErrorHook(tmp_path / "appdata")
    try:
        raise RuntimeError("a bug in a slot")
    except RuntimeError:
        hook(*sys.exc_info())
    log = (tmp_path / "appdata" / LOG_NAME).read_text(encoding="utf-8")
    assert "RuntimeError: a bug in a slot" in log
    assert "Traceback" in log
    assert hook.last_box is not None
    assert str(tmp_path / "appdata" / LOG_NAME) in hook.last_box.text()
    hook.last_box.close()
    assert "details in" in capsys.readouterr().err


def test_debug_shows_the_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shown: list[str] = []
    hook = ErrorHook(tmp_path, debug=True)
    hook.previous = lambda kind, error, trace: shown.append(str(error))
    try:
        raise ValueError("visible")
    except ValueError:
        hook(*sys.exc_info())
    assert shown == ["visible"]
    assert not (tmp_path / LOG_NAME).exists()


def test_no_display_is_a_message_not_an_abort(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    assert main([]) == 2
    assert "no display to open the window on" in capsys.readouterr().err
