"""Offline: nothing the application does reaches past this machine's loopback; printing to a
file, exports and the window make no internet socket at all; the test guard catches any that
does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from tests import strace_log, system
from tests.offline_session import CANARY

ROOT = Path(__file__).resolve().parent.parent


def child_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    return env


# Socket system calls, seen by strace in Qt's C++ code and the libraries it loads as well as in
# Python (tests/strace_log.py reads them).
SYSCALLS = "socket,connect,bind,sendto,sendmsg,sendmmsg"


def run_part(part: str, folder: Path) -> dict[str, Any]:
    """One part of a session in a child process (tests/offline_session.py), under strace when
    it can run, so that the report also lists the socket system calls of the C code."""
    command = [sys.executable, "-m", "tests.offline_session", str(folder), part]
    trace = folder / "strace.txt"
    traced = system.missing("strace") is None
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


def traced(syscalls: list[str]) -> bool:
    """Whether the log holds the session's last act, a local socket bound to a known name."""
    return any(CANARY in line and line.split()[1].startswith("bind(") for line in syscalls)


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Every tab in both languages, print to a file, CSV and XLSX exports, the self-test."""
    return run_part("files", tmp_path_factory.mktemp("offline-files"))


@pytest.fixture(scope="module")
def printers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The printer listing, as the print dialog does first."""
    return run_part("printers", tmp_path_factory.mktemp("offline-printers"))


@pytest.fixture(params=["files", "printers"])
def session(request: pytest.FixtureRequest) -> dict[str, Any]:
    report: dict[str, Any] = request.getfixturevalue(request.param)
    return report


def test_the_sessions_did_their_work(files: dict[str, Any], printers: dict[str, Any]) -> None:
    """So that "no socket" below means something."""
    assert files["tabs"] >= 2 * 8
    assert files["print_exit"] == 0
    assert files["pdf_bytes"] > 10_000
    assert files["export_exits"] == {"csv": 0, "xlsx": 0}
    assert files["export_bytes"]["csv"] > 10_000
    assert files["export_bytes"]["xlsx"] > 10_000
    assert files["selftest_exit"] == 0
    assert isinstance(printers["printers"], list)
    assert "PySide6.QtPrintSupport" in printers["modules"]


def test_python_opens_no_internet_socket(session: dict[str, Any]) -> None:
    assert session["socket_events"] == []
    assert session["inet_sockets_open"] == []


@pytest.mark.system("strace")
def test_no_socket_leaves_the_machine(session: dict[str, Any]) -> None:
    """Below Python too (Qt, CUPS, D-Bus, the C library): no connect, bind or send to an address
    other than this machine's loopback, printer listing included, with or without CUPS."""
    assert traced(session["syscalls"])
    assert strace_log.off_the_machine(session["syscalls"]) == []


@pytest.mark.system("strace")
def test_files_and_window_make_no_internet_socket_at_all(files: dict[str, Any]) -> None:
    """The window, printing to a file, exports and the self-test make no AF_INET or AF_INET6
    socket, not even to loopback: only listing printers may talk to a local print service."""
    assert traced(files["syscalls"])
    assert strace_log.internet_lines(files["syscalls"]) == []


# As strace 5 and 6 print them (one line each in the log; the pid first, with -f).
RECORDED = {
    "loopback": [
        "7 connect(5, {sa_family=AF_INET, sin_port=htons(631), "
        'sin_addr=inet_addr("127.0.0.1")}, 16) = -1 ECONNREFUSED (Connection refused)',
        "7 connect(5, {sa_family=AF_INET6, sin6_port=htons(631), sin6_flowinfo=htonl(0), "
        'inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, 28) = -1 EINPROGRESS',
        '8 bind(6, {sa_family=AF_INET, sin_port=htons(0), sin_addr=inet_addr("127.0.0.53")}, 16)'
        " = 0",
        "7 connect(5, {sa_family=AF_INET6, sin6_port=htons(631), sin6_flowinfo=htonl(0), "
        'inet_pton(AF_INET6, "::ffff:127.0.0.1", &sin6_addr), sin6_scope_id=0}, 28 <unfinished',
        "7 <... connect resumed>) = 0",
        "7 socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 4",
        '7 connect(3, {sa_family=AF_UNIX, sun_path="/run/cups/cups.sock"}, 110) = 0',
        '7 sendto(3, "\\x14", 20, 0, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12)'
        " = 20",
    ],
    "elsewhere": [
        '7 connect(5, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("93.184.216.34")'
        "}, 16) = -1 EINPROGRESS (Operation now in progress)",
        "7 connect(5, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), "
        'inet_pton(AF_INET6, "2606:2800:220:1:248:1893:25c8:1946", &sin6_addr), '
        "sin6_scope_id=0}, 28) = -1 ENETUNREACH (Network is unreachable)",
        '7 sendmsg(4, {msg_name={sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("'
        '8.8.8.8")}, msg_namelen=16, msg_iov=[{iov_base="\\x12", iov_len=30}], msg_iovlen=1, '
        "msg_controllen=0, msg_flags=0}, MSG_NOSIGNAL) = 30",
        '7 bind(6, {sa_family=AF_INET, sin_port=htons(8080), sin_addr=inet_addr("0.0.0.0")}, 16)'
        " = 0",
        "7 connect(5, {sa_family=AF_INET6, sin6_port=htons(80), sin6_flowinfo=htonl(0), "
        'inet_pton(AF_INET6, "::ffff:10.0.0.1", &sin6_addr), sin6_scope_id=0}, 28) = 0',
        # An address strace prints in a way not read here counts as elsewhere.
        "7 connect(5, {sa_family=AF_INET, sin_port=htons(80), sin_addr=0x5db8d822}, 16) = 0",
    ],
}


def test_the_strace_reader_tells_loopback_from_elsewhere() -> None:
    assert strace_log.off_the_machine(RECORDED["loopback"]) == []
    found = strace_log.off_the_machine(RECORDED["elsewhere"])
    assert [use.address for use in found] == [
        "93.184.216.34",
        "2606:2800:220:1:248:1893:25c8:1946",
        "8.8.8.8",
        "0.0.0.0",
        "::ffff:10.0.0.1",
        "?",
    ]
    assert [use.call for use in found] == ["connect", "connect", "sendmsg", "bind"] + [
        "connect"
    ] * 2
    # Every internet socket counts for the sessions that may make none, loopback included.
    assert len(strace_log.internet_lines(RECORDED["loopback"])) == 5
    assert len(strace_log.internet_lines(RECORDED["elsewhere"])) == 6


@pytest.mark.system("strace")
def test_a_traced_connect_elsewhere_is_caught(tmp_path: Path) -> None:
    """The whole chain, strace's filter included, on a child that connects UDP sockets: a UDP
    connect only sets the peer address and sends nothing, so no packet leaves this test."""
    code = (
        "import socket\n"
        "for family, host in ((socket.AF_INET, '127.0.0.1'), (socket.AF_INET6, '::1'),"
        " (socket.AF_INET, '192.0.2.1')):\n"  # TEST-NET-1: documentation only, never routed
        "    with socket.socket(family, socket.SOCK_DGRAM) as sock:\n"
        "        try:\n"
        "            sock.connect((host, 9))\n"
        "        except OSError:\n"
        "            pass\n"
    )
    trace = tmp_path / "strace.txt"
    command = ["strace", "-f", "-qq", "-e", f"trace={SYSCALLS}", "-o", str(trace)]
    done = subprocess.run(
        [*command, sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    lines = trace.read_text().splitlines()
    assert [use.address for use in strace_log.addressed(lines)] == ["127.0.0.1", "::1", "192.0.2.1"]
    assert [use.address for use in strace_log.off_the_machine(lines)] == ["192.0.2.1"]


def test_no_qt_network_module_is_imported(session: dict[str, Any]) -> None:
    assert session["network_modules"] == []
    # The check is real: the modules the app does use are listed.
    assert {"PySide6.QtCore", "PySide6.QtGui"} <= set(session["modules"])


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
