"""Writing a file so that nothing is lost: written beside, proved, then renamed into place.

Every output goes through :func:`atomic_path`. The new file is written to a hidden temporary
file in the target's folder, flushed to the disk (``fsync``), read back by a check of its
format (a PDF's pages, an SVG's XML, an XLSX's zip; see :mod:`gui.files.proof`), and only then
renamed over the target. A full disk, a writer that stops half way, a signal or a crash leaves
the old file as it was and no temporary file behind; the error says why in one line.

The target itself must be a regular file that may be written, or a new name: a symbolic link,
a named pipe, a device, a folder, a read-only file or the file being read is refused with the
reason, since renaming over it would silently replace it. ``-`` means standard output where a
command allows it: the file is proved first, then copied there.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
import signal
import stat
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import FrameType

STDOUT = Path("-")

# The reasons the system gives, in words a user can act on (the rest keep the system's words).
_REASONS = {
    errno.ENOSPC: "no space left on the device",
    errno.EDQUOT: "the disk quota is used up",
    errno.EFBIG: "the file is larger than this system lets the program write (File too large)",
    errno.EROFS: "the file system is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "operation not permitted",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.EIO: "input/output error (a failing disk or a removed drive?)",
}


def display_path(path: Path) -> str:
    """A path as short as it can be said: relative to the working folder when inside it."""
    if path == STDOUT:
        return "standard output"
    absolute = Path(os.path.abspath(path))
    try:
        return str(absolute.relative_to(Path.cwd()))
    except ValueError:
        return str(absolute)


class WriteError(OSError):
    """A file that could not be written; the message names it and says why, in one line."""


def reason(error: OSError, folder: Path | None = None) -> str:
    """Why a system call failed, as a user reads it; a full disk names the folder written to."""
    if error.errno in _REASONS:
        where = ""
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            # The file that failed, if the error names one (a library's own temporary file),
            # else the folder being written to.
            place = Path(error.filename).parent if error.filename else folder
            where = f" holding {display_path(place)}" if place is not None else ""
        return _REASONS[error.errno] + where
    return error.strerror or str(error)


def os_error(message: str, filename: str | None = None) -> OSError:
    """An OSError for a system message passed on as text (Qt's ``errorString()``)."""
    for code in _REASONS:
        if message == os.strerror(code):
            return OSError(code, message, filename)
    return OSError(errno.EIO, message, filename)


# The application's own files (its code and the bundled data), never an output's place.
_PACKAGE = Path(__file__).resolve().parents[1]


def is_stdout(path: Path) -> bool:
    return path == STDOUT


def check_target(path: Path, inputs: Iterable[Path] = ()) -> None:
    """Refuse an output that renaming would wrongly replace; WriteError says why."""
    shown = display_path(path)
    try:
        status = path.lstat()
    except FileNotFoundError:
        status = None
    except OSError as error:
        raise WriteError(f"cannot write {shown}: {reason(error)}") from error
    if status is not None:
        problem = _not_replaceable(path, status)
        if problem:
            raise WriteError(f"cannot write {shown}: {problem}; nothing was changed")
    if _PACKAGE in path.resolve().parents:
        raise WriteError(
            f"cannot write {shown}: it is in this application's own folder ({_PACKAGE}); "
            "choose another folder for the output"
        )
    for source in inputs:
        if _same_file(path, Path(source)):
            raise WriteError(
                f"cannot write {shown}: it is the database being read; "
                "choose another name for the output"
            )


def _not_replaceable(path: Path, status: os.stat_result) -> str:
    mode = status.st_mode
    if stat.S_ISLNK(mode):
        return "it is a symbolic link (give the file it points to, or another name)"
    if stat.S_ISDIR(mode):
        return "it is a folder"
    if stat.S_ISFIFO(mode):
        return "it is a named pipe (FIFO), not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "it is a device, not a regular file"
    if stat.S_ISSOCK(mode):
        return "it is a socket, not a regular file"
    if not stat.S_ISREG(mode):
        return "it is not a regular file"
    # Write bits are asked of the file itself: renaming needs only the folder's permission,
    # and root may write anything, but a file made read-only is meant to stay as it is.
    if not mode & 0o222 or not os.access(path, os.W_OK):
        return "the file is read-only"
    return ""


def _same_file(output: Path, source: Path) -> bool:
    """``output`` is ``source`` or one of SQLite's files beside it."""
    names = [source, *(Path(f"{source}{suffix}") for suffix in ("-wal", "-shm", "-journal"))]
    for name in names:
        with contextlib.suppress(OSError):
            if os.path.samefile(output, name):
                return True
        if os.path.abspath(output) == os.path.abspath(name):
            return True
    return False


# -- temporary files removed on SIGTERM, SIGHUP and SIGINT ------------------------------------

_pending: set[Path] = set()
# Files a library writes on its own while an output is written (openpyxl's sheets), named when
# a signal comes: removed with the output's temporary file.
_libraries: list[Callable[[], Iterable[str]]] = []
_saved: dict[int, object] = {}
_lock = threading.Lock()
_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name)
)


def _on_signal(number: int, frame: FrameType | None) -> None:
    """Remove the files being written, then let the signal do what it would have done."""
    others = [Path(name) for files in list(_libraries) for name in files()]
    for temporary in [*_pending, *others]:
        with contextlib.suppress(OSError):
            temporary.unlink()
    _pending.clear()
    previous = _saved.pop(number, signal.SIG_DFL)
    signal.signal(number, previous)  # type: ignore[arg-type]
    if callable(previous):
        previous(number, frame)  # Python's own SIGINT handler: KeyboardInterrupt
    else:
        os.kill(os.getpid(), number)


@contextlib.contextmanager
def also_remove(files: Callable[[], Iterable[str]]) -> Iterator[None]:
    """Within an :func:`atomic_path` block: the files ``files()`` names then are removed too
    when a signal ends the program (a library's own temporary files, which it would remove
    only at a normal exit)."""
    _libraries.append(files)
    try:
        yield
    finally:
        _libraries.remove(files)


def _guard(temporary: Path) -> None:
    with _lock:
        _pending.add(temporary)
        if threading.current_thread() is not threading.main_thread():
            return  # signal handlers can only be set from the main thread
        for number in _SIGNALS:
            if number in _saved:
                continue
            current = signal.getsignal(number)
            # Only where the signal would end the process unawares; a handler of the
            # application's own (or an ignored signal) is left to do its work.
            if current in (signal.SIG_DFL, signal.default_int_handler):
                _saved[number] = current
                signal.signal(number, _on_signal)


def _unguard(temporary: Path) -> None:
    with _lock:
        _pending.discard(temporary)
        if _pending or threading.current_thread() is not threading.main_thread():
            return
        for number, previous in list(_saved.items()):
            if signal.getsignal(number) is _on_signal:
                signal.signal(number, previous)  # type: ignore[arg-type]
            del _saved[number]


# -- writing ----------------------------------------------------------------------------------


@contextlib.contextmanager
def atomic_path(
    path: Path,
    *,
    verify: Callable[[Path], None] | None = None,
    inputs: Iterable[Path] = (),
) -> Iterator[Path]:
    """A temporary path beside ``path``; proved and renamed to ``path`` if the block succeeds.

    ``verify`` reads the written file back and raises ValueError saying what is wrong with it.
    ``inputs`` are files being read (the database): the output may not be one of them. Raises
    :class:`WriteError` with one line; the old file, if any, is then as it was.
    """
    path = Path(path)
    if is_stdout(path):
        with _to_stdout(verify) as temporary:
            yield temporary
        return
    check_target(path, inputs)
    shown = display_path(path)
    folder = path.parent
    if not folder.is_dir():
        raise WriteError(f"cannot write {shown}: the folder {display_path(folder)} does not exist")
    existed = path.exists()
    kept = f"; {shown} was left as it was" if existed else ""
    temporary = _create_beside(path, shown)
    try:
        yield temporary
        try:
            _prove(temporary, verify)
        except ValueError as error:
            raise WriteError(
                f"cannot write {shown}: the file written did not read back whole ({error})"
            ) from error
        check_target(path, inputs)  # again: it may have changed while the file was written
        os.chmod(temporary, _mode_for(path))
        os.replace(temporary, path)
        _sync_folder(folder)
    except WriteError as error:
        raise WriteError(f"{error}{kept}") from error
    except OSError as error:
        raise WriteError(f"cannot write {shown}: {reason(error, folder)}{kept}") from error
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
        _unguard(temporary)


_NAME_MAX = 255  # bytes of a file name on every file system the application writes to


def _create_beside(path: Path, shown: str) -> Path:
    """A new, empty, hidden file beside ``path``, known to the signal handlers before it
    exists: a signal the moment it is made still removes it."""
    for _attempt in range(100):
        name = f".{path.name}.{secrets.token_hex(4)}.tmp"
        if len(os.fsencode(name)) > _NAME_MAX:  # a long name leaves no room for the marks
            name = f".bjgov.{secrets.token_hex(4)}.tmp"
        temporary = path.parent / name
        _guard(temporary)
        try:
            os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            _unguard(temporary)
            continue
        except OSError as error:
            _unguard(temporary)
            raise WriteError(f"cannot write {shown}: {reason(error, path.parent)}") from error
        except BaseException:
            with contextlib.suppress(OSError):
                temporary.unlink()
            _unguard(temporary)
            raise
        return temporary
    raise WriteError(f"cannot write {shown}: no free name for a temporary file beside it")


def _prove(temporary: Path, verify: Callable[[Path], None] | None) -> None:
    """Flush the written file to the disk, then read it back."""
    size = temporary.stat().st_size
    with open(temporary, "rb+") as handle:
        os.fsync(handle.fileno())
    if size == 0:
        raise ValueError("nothing was written")
    if verify is not None:
        verify(temporary)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; a folder cannot be opened on Windows)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


@contextlib.contextmanager
def _to_stdout(verify: Callable[[Path], None] | None) -> Iterator[Path]:
    """A temporary file in the system's temporary folder, proved, then copied to stdout."""
    shown = display_path(STDOUT)
    temporary = _create_beside(Path(tempfile.gettempdir()) / "bjgov-output", shown)
    try:
        yield temporary
        try:
            _prove(temporary, verify)
        except ValueError as error:
            raise WriteError(
                f"cannot write {shown}: the file written did not read back whole ({error}); "
                "nothing was written"
            ) from error
        except OSError as error:
            raise WriteError(f"cannot write {shown}: {reason(error, temporary.parent)}") from error
        try:
            with open(temporary, "rb") as source:
                shutil.copyfileobj(source, sys.stdout.buffer)
            sys.stdout.buffer.flush()
        except OSError as error:
            raise WriteError(f"cannot write {shown}: {reason(error)}") from error
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
        _unguard(temporary)


def write_bytes(path: Path, data: bytes, *, inputs: Iterable[Path] = ()) -> None:
    """Write ``data``; proved by reading the same bytes back."""

    def same(temporary: Path) -> None:
        if temporary.read_bytes() != data:
            raise ValueError("the bytes read back differ from those written")

    with atomic_path(path, verify=same, inputs=inputs) as temporary, open(temporary, "wb") as file:
        file.write(data)


def write_with(
    path: Path,
    writer: Callable[[Path], bool | None],
    *,
    verify: Callable[[Path], None] | None = None,
    inputs: Iterable[Path] = (),
) -> None:
    """Let ``writer`` fill a temporary file (a Qt save call, say); False means it failed."""
    with atomic_path(path, verify=verify, inputs=inputs) as temporary:
        if writer(temporary) is False:
            raise WriteError(f"cannot write {display_path(path)}: the writer reported a failure")


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
