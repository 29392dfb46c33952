"""What some tests need from the system, in one place, and how they skip without it.

A Python package cannot give a test a CUPS server, strace, an X server with a window manager,
poppler's tools, desktop-file-validate or the libraries the frozen bundle leaves to the system.
A test that needs one says so with ``@pytest.mark.system("cups")`` or ``system.require("cups")``
(or ``system.skip(...)`` for what it finds out itself). Where the thing is missing the test skips
with one line that reads the same everywhere:

    system: needs a running CUPS server: lpstat -r says 'scheduler is not running' (Debian: …)

With ``CI=true`` such a skip fails the test instead: ``.ci/run`` installs and starts all of it,
so a skip there means the machine is not what CI promises. Skips for other reasons (a test that
cannot run as root, say) do not start with ``system:`` and stay skips.

This module is a pytest plugin (tests/conftest.py loads it): the ``system`` marker, the CI
guard and the ``x_display`` fixture (Xvfb with openbox, for tests that open real windows).
"""

from __future__ import annotations

import contextlib
import functools
import os
import select
import shlex
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import pytest

PREFIX = "system: "


@dataclass(frozen=True)
class Requirement:
    what: str  # what the test needs, as the reason says it
    debian: str  # the Debian packages that give it
    probe: Callable[[], str]  # why it is missing here, or "" when it is there


def _programs(*names: str) -> Callable[[], str]:
    def probe() -> str:
        missing = [name for name in names if shutil.which(name) is None]
        return f"no {', '.join(missing)} on the PATH" if missing else ""

    return probe


def _strace() -> str:
    if shutil.which("strace") is None:
        return "no strace on the PATH"
    probe = subprocess.run(
        ["strace", "-f", "-qq", "-o", os.devnull, "true"], capture_output=True, check=False
    )
    if probe.returncode != 0:  # ptrace may be forbidden in a container
        return f"strace cannot trace here: {probe.stderr.decode(errors='replace').strip()[:120]}"
    return ""


def _cups() -> str:
    if shutil.which("lpstat") is None:
        return "no lpstat on the PATH"
    done = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, timeout=20)
    answer = (done.stdout + done.stderr).strip()
    if done.returncode != 0 or answer != "scheduler is running":
        return f"lpstat -r says {answer!r} (.ci/start-services starts it)"
    return ""


def _qt_xcb_libraries() -> str:
    """The system libraries Qt's X11 plugin links to, as ldd finds them."""
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        return ""  # not a Linux wheel: nothing to check
    missing = unresolved_libraries(plugin)
    if missing:
        return f"Qt's xcb plugin misses {', '.join(missing)}"
    return ""


def _gb18030_sources() -> str:
    if shutil.which("localedef") is None:
        return "no localedef on the PATH"
    sources = Path("/usr/share/i18n")
    missing = [f for f in ("locales/zh_CN", "charmaps/GB18030.gz") if not (sources / f).exists()]
    return f"no {', '.join(missing)} in {sources}" if missing else ""


def _mount() -> str:
    """Whether a small tmpfs can be mounted (as root, or through sudo without a password)."""
    if shutil.which("mount") is None:
        return "no mount on the PATH"
    if os.geteuid() != 0 and shutil.which("sudo") is None:
        return "not root, and no sudo"
    with tempfile.TemporaryDirectory() as folder:
        done = subprocess.run(
            [*_as_root(), "mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", folder],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            return f"mount says {done.stderr.strip()!r}"
        subprocess.run([*_as_root(), "umount", folder], check=False)
    return ""


def _read_only_mount() -> str:
    """Whether a folder can be shown read-only elsewhere (a bind mount remounted ``ro``)."""
    if shutil.which("mount") is None:
        return "no mount on the PATH"
    if os.geteuid() != 0 and shutil.which("sudo") is None:
        return "not root, and no sudo"
    with tempfile.TemporaryDirectory() as folder, tempfile.TemporaryDirectory() as view:
        try:
            with read_only_view(Path(folder), Path(view)):
                pass
        except subprocess.CalledProcessError as error:
            said = (error.stderr or b"").decode(errors="replace").strip()
            return f"{shlex.join(error.cmd)} says {said!r}"
    return ""


@contextmanager
def read_only_view(folder: Path, view: Path) -> Iterator[Path]:
    """``folder`` seen at ``view`` through a read-only bind mount: read-only media, which even
    root cannot write to (permissions do not stop root)."""
    run = functools.partial(subprocess.run, check=True, capture_output=True)
    run([*_as_root(), "mount", "--bind", str(folder), str(view)])
    try:
        run([*_as_root(), "mount", "-o", "remount,ro,bind", str(view)])
        yield view
    finally:
        subprocess.run([*_as_root(), "umount", "-l", str(view)], check=False)


def _as_root() -> list[str]:
    return [] if os.geteuid() == 0 else ["sudo", "-n"]


@contextmanager
def small_disk(folder: Path, kilobytes: int) -> Iterator[Path]:
    """A real disk of ``kilobytes`` at ``folder`` (a tmpfs), for tests of a full disk."""
    require("tmpfs")
    folder.mkdir(parents=True, exist_ok=True)
    options = f"size={kilobytes}k,mode=1777"
    subprocess.run(
        [*_as_root(), "mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], check=True
    )
    try:
        yield folder
    finally:
        subprocess.run([*_as_root(), "umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> Path:
    """Fill the disk ``folder`` is on, to the last byte; the file that fills it."""
    filler = folder / "filler"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    try:
        for size in (65536, 4096, 1):  # then smaller pieces, till not a byte fits
            with contextlib.suppress(OSError):
                while os.write(descriptor, b"\0" * size):
                    pass
    finally:
        os.close(descriptor)
    return filler


def _display() -> str:
    return _programs("Xvfb", "openbox")() or _qt_xcb_libraries()


REQUIREMENTS = {
    "tmpfs": Requirement(
        "a small tmpfs to fill (mount, as root or through sudo), for a real full disk",
        "mount sudo",
        _mount,
    ),
    "read-only-mount": Requirement(
        "a read-only bind mount (mount, as root or through sudo), for read-only media",
        "mount sudo",
        _read_only_mount,
    ),
    "cups": Requirement(
        "a running CUPS server with the PDF printer",
        "cups cups-client printer-driver-cups-pdf",
        _cups,
    ),
    "strace": Requirement("strace, allowed to trace", "strace", _strace),
    "display": Requirement(
        "an X server with a window manager (Xvfb and openbox) and Qt's X11 libraries",
        "xvfb xauth openbox and Qt's libraries in .ci/apt-packages.txt",
        _display,
    ),
    "xdotool": Requirement(
        "xdotool, to drive windows on the X server", "xdotool", _programs("xdotool")
    ),
    "poppler": Requirement(
        "poppler's pdftotext and pdffonts", "poppler-utils", _programs("pdftotext", "pdffonts")
    ),
    "desktop-file-validate": Requirement(
        "desktop-file-validate", "desktop-file-utils", _programs("desktop-file-validate")
    ),
    "appstreamcli": Requirement("appstreamcli", "appstream", _programs("appstreamcli")),
    "dpkg-root": Requirement(
        "root (or sudo without a password), dpkg-deb, lintian and desktop-file-validate, to "
        "build, check and install the .deb",
        "dpkg lintian desktop-file-utils",
        lambda: (
            _programs("dpkg-deb", "lintian", "desktop-file-validate")()
            or (
                ""
                if as_root() is not None
                else "not root, and sudo asks for a password: dpkg -i needs root"
            )
        ),
    ),
    "icu-tools": Requirement(
        "ICU's icupkg and binutils, to cut ICU's data down for the frozen bundle",
        "icu-devtools binutils",
        _programs("icupkg", "nm", "objdump", "objcopy", "ld"),
    ),
    "binutils": Requirement(
        "binutils' objdump, which PyInstaller reads every library with on Linux",
        "binutils",
        _programs("objdump"),
    ),
    "libreoffice": Requirement(
        "LibreOffice, headless, to open the Word and PowerPoint briefings",
        "libreoffice-writer-nogui libreoffice-impress-nogui",
        lambda: (
            ""
            if shutil.which("soffice") or shutil.which("libreoffice")
            else "no soffice or libreoffice on the PATH"
        ),
    ),
    "gb18030-locale": Requirement(
        "glibc's localedef and the zh_CN locale's source, to make a GB18030 locale",
        "locales",
        _gb18030_sources,
    ),
    "cc": Requirement(
        "a C compiler, to build a library that lacks one of its own", "gcc", _programs("cc")
    ),
    # Found by tests/test_freeze.py itself, which names the libraries and their packages.
    "bundle-libraries": Requirement(
        "the libraries the frozen bundle leaves to the system",
        "Qt's libraries in .ci/apt-packages.txt",
        lambda: "",
    ),
}


def as_root() -> list[str] | None:
    """The prefix that runs a command as root here ([] for root, sudo's if it needs no
    password), or None if nothing does."""
    if os.geteuid() == 0:
        return []
    if shutil.which("sudo") is None:
        return None
    done = subprocess.run(["sudo", "-n", "true"], capture_output=True, check=False)
    return ["sudo", "-n"] if done.returncode == 0 else None


def reason(name: str, why: str, debian: str | None = None) -> str:
    need = REQUIREMENTS[name]
    return f"{PREFIX}needs {need.what}: {why} (Debian: {debian or need.debian})"


@functools.cache
def missing(name: str) -> str | None:
    """The skip reason when requirement ``name`` is not met here, else None (probed once)."""
    why = REQUIREMENTS[name].probe()
    return reason(name, why) if why else None


def _skip(message: str) -> NoReturn:
    # Reported at the test, as a skip marker is, rather than at this line: pytest's summary
    # then names the tests that need the system.
    raise pytest.skip.Exception(message, _use_item_location=True)


def require(name: str) -> None:
    """Skip the calling test, with the requirement's reason, unless it is met."""
    found = missing(name)
    if found:
        _skip(found)


def skip(name: str, why: str, debian: str | None = None) -> NoReturn:
    """Skip for a requirement found missing by the test itself (a queue, a library)."""
    _skip(reason(name, why, debian))


def is_system_skip(message: str) -> bool:
    return message.startswith(PREFIX)


# --- shared libraries ------------------------------------------------------------------------


def unresolved_libraries(library: Path, env: dict[str, str] | None = None) -> list[str]:
    """The libraries ``ldd`` cannot find for ``library`` (sonames, sorted, each once)."""
    done = subprocess.run(
        ["ldd", str(library)], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    return sorted(
        {line.split("=>")[0].strip() for line in done.stdout.splitlines() if "not found" in line}
    )


def left_out_by_the_bundle(
    needed_by: dict[str, set[str]], environment: set[str]
) -> dict[str, list[str]]:
    """Of the libraries a bundle cannot resolve (name → the files that need it), those the
    environment it was built from has (a package ships a file of that name): the bundle's
    fault. The rest the system lacks."""
    return {name: sorted(users) for name, users in needed_by.items() if name in environment}


# Debian names a library package after its soname (libfoo.so.1 → libfoo1, libfoo-2.so.0 →
# libfoo-2-0, in lower case); these do not follow the rule.
# --- an X server with a window manager -------------------------------------------------------


@dataclass(frozen=True)
class Display:
    name: str  # ":N"

    def env(self, base: dict[str, str] | None = None) -> dict[str, str]:
        """An environment for a child that opens its windows on this display (Qt's xcb)."""
        env = dict(os.environ if base is None else base)
        env.pop("WAYLAND_DISPLAY", None)
        env.update(DISPLAY=self.name, QT_QPA_PLATFORM="xcb")
        return env


@contextmanager
def x_display_running(
    folder: Path, timeout: float = 30, size: str = "1280x1024"
) -> Iterator[Display]:
    """Xvfb on a free display (a screen of ``size`` pixels) with openbox managing it, for as
    long as the block runs."""
    require("display")
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    processes = [xvfb]
    try:
        # Xvfb writes its display number to the pipe once it accepts clients.
        with os.fdopen(read, "rb") as pipe:
            ready, _, _ = select.select([pipe], [], [], timeout)
            number = pipe.readline().decode().strip() if ready else ""
        if not number.isdigit():
            raise RuntimeError(f"Xvfb did not start within {timeout} s")
        display = Display(f":{number}")
        started = folder / f"openbox-started-{number}"
        processes.append(
            subprocess.Popen(
                ["openbox", "--sm-disable", "--startup", f"touch {shlex.quote(str(started))}"],
                env=display.env(),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        deadline = time.monotonic() + timeout
        while not started.exists():  # openbox runs the command once it manages the screen
            if time.monotonic() > deadline or processes[-1].poll() is not None:
                raise RuntimeError(f"openbox did not start on {display.name}")
            time.sleep(0.05)
        yield display
    finally:
        for process in reversed(processes):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


# --- the plugin --------------------------------------------------------------------------------

# CI installs and starts everything the system-service tests need (.ci/run): there, a skip for a
# missing one is a failure. Other CI services set CI=true too.
UNDER_CI = os.environ.get("CI", "").lower() in ("true", "1", "yes")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "system(name, ...): needs a system program or service (tests/system.py); skips with a "
        "reason where it is missing, fails under CI=true",
    )


def pytest_runtest_setup(item: pytest.Item) -> None:
    for mark in item.iter_markers("system"):
        for name in mark.args:
            require(name)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    if UNDER_CI and report.skipped and call.excinfo is not None:
        message = str(getattr(call.excinfo.value, "msg", ""))
        if call.excinfo.errisinstance(pytest.skip.Exception) and is_system_skip(message):
            report.outcome = "failed"
            report.longrepr = f"CI=true, yet the system lacks what this test needs: {message}"
    return report


@pytest.fixture(scope="session")
def x_display(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Display]:
    """Xvfb with openbox, shared by the tests that open real windows (skips where missing)."""
    with x_display_running(tmp_path_factory.mktemp("x")) as display:
        yield display
