"""Sessions of the application under an audit hook, for ``tests/test_offline.py``.

Run as ``python -m tests.offline_session FOLDER PART``: records every socket the Python side
opens, connects, binds or resolves, then does one part of a session and prints a JSON report on
its last line. The audit hook sees the whole process, imports included, which a patch installed
by a test could not.

- ``files``: builds every tab in both languages (no print dialog), prints the briefing pack with
  the ``print`` command, exports every figure as CSV and XLSX and runs the self-test. None of
  this has any business with an internet socket.
- ``printers``: lists the printers, as the print dialog does first. The print system may answer
  on this machine's loopback (libcups falls back to localhost:631 when its socket file is
  missing), never from anywhere else.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from pathlib import Path
from typing import Any

AUDITED = {
    "socket.__new__",
    "socket.connect",
    "socket.bind",
    "socket.sendto",
    "socket.sendmsg",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "socket.getnameinfo",
}
LOCAL = getattr(socket, "AF_UNIX", -1)
events: list[str] = []


def audit(event: str, args: tuple[Any, ...]) -> None:
    if event not in AUDITED:
        return
    if event == "socket.__new__" and len(args) > 1 and args[1] == LOCAL:
        return  # a local socket (D-Bus, CUPS): not the network
    if event in ("socket.connect", "socket.bind") and args and args[0].family == LOCAL:
        return
    events.append(f"{event} {args[1:]!r}"[:300])


def inet_sockets_open() -> list[str]:
    """Internet sockets this process holds open now, from /proc (Linux); C code included."""
    net = Path("/proc/self/net")
    if not net.is_dir():
        return []
    inodes: dict[str, str] = {}
    for table in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6"):
        path = net / table
        if path.exists():
            for line in path.read_text().splitlines()[1:]:
                fields = line.split()
                inodes[fields[9]] = f"{table} {fields[1]} → {fields[2]}"
    found = []
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:[") and target[8:-1] in inodes:
            found.append(inodes[target[8:-1]])
    return found


def files_session(folder: Path) -> dict[str, Any]:
    from PySide6.QtCore import QSettings

    from gui.cli import main
    from gui.database.model import LANGS
    from gui.database.store import Store
    from gui.paths import bundled_database
    from gui.qt.domain_tab import DomainTab
    from gui.qt.main_window import MainWindow
    from gui.qt.session import Session
    from gui.qt.settings import Settings
    from gui.qtcommon.i18n import Translations
    from gui.qtcommon.startup import application

    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder / "settings"))
    app = application()
    translations = Translations()
    translations.install("zh")
    store = Store(bundled_database())
    # As run_window does, with the briefing list's user folder under the test's folder.
    window = MainWindow(Session(store, Settings(), "zh", translations), folder / "user")
    window.show()
    tabs = 0
    for lang in LANGS:
        window.set_language(lang)
        for tab_id in window.tab_ids:
            window.open_tab(tab_id)
            page = window.page(tab_id)
            if isinstance(page, DomainTab):
                page.build_charts()
            app.processEvents()
            window.grab()
            tabs += 1
    window.close()
    store.close()
    translations.install("en")
    pdf = folder / "all.pdf"
    printed = main(["print", "--domain", "all", "--output", str(pdf)])
    exported = {
        kind: main(["export", "--format", kind, "--output", str(folder / f"figures.{kind}")])
        for kind in ("csv", "xlsx")
    }
    selftest = main(["selftest"])
    return {
        "tabs": tabs,
        "print_exit": printed,
        "pdf_bytes": pdf.stat().st_size if pdf.exists() else 0,
        "export_exits": exported,
        "export_bytes": {
            kind: (folder / f"figures.{kind}").stat().st_size
            for kind in exported
            if (folder / f"figures.{kind}").exists()
        },
        "selftest_exit": selftest,
    }


def printers_session(folder: Path) -> dict[str, Any]:
    from gui.qtcommon.startup import application

    application()
    # What the print dialog does first: ask the print system (CUPS on Linux) for its printers.
    from PySide6.QtPrintSupport import QPrinterInfo

    return {
        "printers": [info.printerName() for info in QPrinterInfo.availablePrinters()],
        "default": QPrinterInfo.defaultPrinterName(),
    }


PARTS = {"files": files_session, "printers": printers_session}


def canary(folder: Path) -> None:
    """A local socket bound to a name the test looks for in strace's log: proof that the
    system calls of this process were traced, when the session itself made none."""
    if LOCAL == -1:
        return
    with socket.socket(LOCAL) as sock:
        sock.bind(str(folder / CANARY))


CANARY = "offline-canary.sock"


def run(folder: Path, part: str) -> dict[str, Any]:
    sys.addaudithook(audit)
    report = PARTS[part](folder)
    canary(folder)
    report["socket_events"] = events
    report["inet_sockets_open"] = inet_sockets_open()
    report["network_modules"] = sorted(
        name for name in sys.modules if name.split(".")[-1] in ("QtNetwork", "QtWebSockets")
    )
    report["modules"] = sorted(name for name in sys.modules if name.startswith("PySide6."))
    return report


if __name__ == "__main__":
    print(json.dumps(run(Path(sys.argv[1]), sys.argv[2]), ensure_ascii=False))
