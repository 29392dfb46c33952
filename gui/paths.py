"""Finding the application's files: one function for a source checkout, a wheel and a bundle.

- source checkout: ``resources/`` and ``data/`` beside the ``gui`` package;
- installed wheel: the same folders packed inside the package as ``gui/_bundled/``;
- frozen bundle (PyInstaller): the folders beside the program, under ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _roots() -> list[Path]:
    roots = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen))
    roots.append(_PACKAGE / "_bundled")
    roots.append(_PACKAGE.parent)
    return roots


def find(relative: str) -> Path:
    """The first existing ``relative`` path (``"resources/fonts"``, ``"data/governance.db"``).

    Raises FileNotFoundError naming every place looked in, so a broken install says where.
    """
    tried = []
    for root in _roots():
        candidate = root / relative
        if candidate.exists():
            return candidate
        tried.append(str(candidate))
    raise FileNotFoundError(f"{relative} not found; looked in: {', '.join(tried)}")


def bundled_database() -> Path:
    return find("data/governance.db")


def resource(relative: str) -> Path:
    return find(f"resources/{relative}")


def source_checkout() -> Path | None:
    """The repository root when running from a checkout (where ``data build`` can run)."""
    root = _PACKAGE.parent
    return root if (root / "data" / "edition.toml").exists() else None
