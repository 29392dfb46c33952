"""Writing a file all at once: a temporary file beside it, renamed into place.

A crash, a full disk or an unwritable folder leaves either the old file or none, never half
of a new one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path


def display_path(path: Path) -> str:
    """A path as short as it can be said: relative to the working folder when inside it."""
    absolute = Path(os.path.abspath(path))
    try:
        return str(absolute.relative_to(Path.cwd()))
    except ValueError:
        return str(absolute)


class WriteError(OSError):
    """A file that could not be written; the message names it and says why."""


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path in ``path``'s folder; renamed to ``path`` if the block succeeds."""
    folder = path.parent
    if not folder.is_dir():
        raise WriteError(
            f"cannot write {display_path(path)}: the folder {display_path(folder)} does not exist"
        )
    try:
        handle, name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise WriteError(f"cannot write {display_path(path)}: {error.strerror or error}") from error
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        if not temporary.exists() or temporary.stat().st_size == 0:
            raise WriteError(f"cannot write {display_path(path)}: nothing was written")
        os.chmod(temporary, _mode_for(path))
        os.replace(temporary, path)
    except WriteError:
        raise
    except OSError as error:
        raise WriteError(f"cannot write {display_path(path)}: {error.strerror or error}") from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


def write_bytes(path: Path, data: bytes) -> None:
    with atomic_path(path) as temporary:
        temporary.write_bytes(data)


def write_with(path: Path, writer: Callable[[Path], bool | None]) -> None:
    """Let ``writer`` fill a temporary file (a Qt save call, say); False means it failed."""
    with atomic_path(path) as temporary:
        if writer(temporary) is False:
            raise WriteError(f"cannot write {display_path(path)}")


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
