"""Offline: the application opens no network socket, and the test guard catches any that does."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


def child_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    return env


# Socket system calls, seen by strace in Qt's C++ code and the libraries it loads as well as in
# Python. A line names the address family of the socket it creates or the address it uses.
SYSCALLS = "socket,connect,bind,sendto,sendmsg"
INTERNET = re.compile(r"\bAF_INET6?\b")


def strace_works() -> bool:
    if shutil.which("strace") is None:
        return False
    probe = subprocess.run(
        ["strace", "-f", "-qq", "-o", os.devnull, "true"], capture_output=True, check=False
    )
    return probe.returncode == 0  # ptrace may be forbidden in a container


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One full session in a child process: every tab in both languages, print, self-test.

    Under strace when it can run, so that the report also lists the socket system calls.
    """
    folder = tmp_path_factory.mktemp("offline")
    command = [sys.executable, "-m", "tests.offline_session", str(folder)]
    trace = folder / "strace.txt"
    traced = strace_works()
    if traced:
        command = ["strace", "-f", "-qq", "-e", f"trace={SYSCALLS}", "-o", str(trace), *command]
    result = subprocess.run(
        command,
        cwd=ROOT,
        env=child_env(folder),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    report: dict[str, Any] = json.loads(result.stdout.splitlines()[-1])
    report["syscalls"] = trace.read_text().splitlines() if traced else None
    return report


def test_full_session_and_print_open_no_socket(session: dict[str, Any]) -> None:
    # The session did what it says, so that "no socket" means something.
    assert session["tabs"] >= 2 * 8
    assert session["print_exit"] == 0
    assert session["pdf_bytes"] > 10_000
    assert session["selftest_exit"] == 0
    assert session["socket_events"] == []
    assert session["inet_sockets_open"] == []


def test_no_internet_socket_system_call(session: dict[str, Any]) -> None:
    """Below Python: Qt, CUPS, D-Bus and the C library create no internet socket either."""
    if session["syscalls"] is None:
        pytest.skip("strace cannot run here (Debian: strace; ptrace must be allowed)")
    assert [line for line in session["syscalls"] if INTERNET.search(line)] == []


def test_no_qt_network_module_is_imported(session: dict[str, Any]) -> None:
    assert session["network_modules"] == []
    # The check is real: the modules the app does use are listed.
    assert {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"} <= set(session["modules"])


GUARDED = textwrap.dedent(
    """
    import socket


    def test_connect_inet_swallowed():
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            sock.connect(("127.0.0.1", 9))
        except OSError:
            pass  # the guard must fail the test even when the code carries on
        finally:
            sock.close()


    def test_bind_inet6():
        with socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as sock:
            sock.bind(("::1", 0))


    def test_connect_ex():
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.connect_ex(("127.0.0.1", 9))


    def test_create_connection():
        socket.create_connection(("example.org", 80), timeout=1)


    def test_name_lookup():
        socket.getaddrinfo("example.org", 443)


    def test_unix_sockets_are_allowed(tmp_path):
        path = str(tmp_path / "s")
        with socket.socket(socket.AF_UNIX) as server, socket.socket(socket.AF_UNIX) as client:
            server.bind(path)
            server.listen()
            client.connect(path)


    def test_socketpair_is_allowed():
        left, right = socket.socketpair()
        left.sendall(b"x")
        assert right.recv(1) == b"x"
        left.close()
        right.close()
    """
)


def test_guard_fails_tests_that_touch_the_network(tmp_path: Path) -> None:
    (tmp_path / "test_inner.py").write_text(GUARDED)
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    pytest_args = ["-p", "tests.network_guard", "-p", "no:cacheprovider", "-q", "-rfE"]
    config = ["--rootdir", str(tmp_path), "-c", str(tmp_path / "pytest.ini")]
    result = subprocess.run(
        [sys.executable, "-m", "pytest", *pytest_args, *config, str(tmp_path / "test_inner.py")],
        cwd=tmp_path,
        env=child_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    out = result.stdout
    assert result.returncode == 1, out + result.stderr
    failed = sorted(
        line.split("::")[1].split(" ")[0] for line in out.splitlines() if line.startswith("FAILED")
    )
    assert failed == [
        "test_bind_inet6",
        "test_connect_ex",
        "test_connect_inet_swallowed",
        "test_create_connection",
        "test_name_lookup",
    ]
    assert "5 failed, 2 passed" in out
    assert "network access during a test: socket.connect ('127.0.0.1', 9)" in out
    assert "network access during a test: socket.getaddrinfo 'example.org'" in out
