"""Checks that a written Word or PowerPoint file opens: python-docx and python-pptx read it back.

Called on the temporary file before it is renamed into place, so a document that would not
open never replaces a good one; :mod:`gui.data.files` can call the same checks.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from gui.data.files import WriteError, display_path

SUFFIXES = (".docx", ".pptx")


def check_office(path: Path, kind: str) -> None:
    """WriteError unless ``path`` is a ``kind`` (docx or pptx) document that opens, with a body
    (a paragraph or table; a slide)."""
    try:
        if not zipfile.is_zipfile(path):
            raise ValueError("not a zip package")
        if kind == "docx":
            from docx import Document

            document = Document(str(path))
            if not document.paragraphs and not document.tables:
                raise ValueError("the document is empty")
        elif kind == "pptx":
            from pptx import Presentation

            if not len(Presentation(str(path)).slides):
                raise ValueError("the presentation has no slide")
        else:
            raise ValueError(f"unknown kind {kind!r}")
    except WriteError:
        raise
    except Exception as error:  # python-docx and python-pptx raise many kinds
        raise WriteError(f"cannot write {display_path(path)}: {error}") from error
