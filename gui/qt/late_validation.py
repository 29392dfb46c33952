"""Validating a large database after the window has painted, in a thread of its own.

A small file (the bundled edition, read into memory) is validated before anything is drawn.
A large one is read where it lies, and checking every row of 100,000 figures takes seconds:
the window paints first, and this checks the same file, as of the same moment, on a connection
of its own; a broken rule ends in the same refusal as at open.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from gui.database.store import Store, StoreError


class LateValidation(QObject):
    """Validates ``path`` once :meth:`start` is called; ``failed`` carries the StoreError,
    ``passed`` says all rules hold. :meth:`stop` ends it early (the window closing)."""

    failed = Signal(object)
    passed = Signal()

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._checker: Store | None = None
        self._thread: threading.Thread | None = None
        self._stopping = False

    def start(self) -> None:
        if self._thread is not None or self._stopping:
            return
        try:  # opened here, so stop() can interrupt it whatever the thread is doing
            self._checker = Store(self._path, validate=False)
        except StoreError as error:
            self.failed.emit(error)
            return
        self._thread = threading.Thread(target=self._run, name="validation", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        checker = self._checker
        assert checker is not None
        try:
            checker.validate()
        except StoreError as error:
            if not self._stopping:
                self.failed.emit(error)  # queued to the window's thread
            return
        finally:
            checker.close()
        if not self._stopping:
            self.passed.emit()

    def stop(self) -> None:
        """Stop a validation still running, and wait for its thread."""
        self._stopping = True
        if self._checker is not None and self._thread is not None and self._thread.is_alive():
            self._checker.interrupt()
            self._thread.join()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()
