"""Summary sheets and briefing packs for paper and PDF, drawn with QPainter.

``export.write_pdf`` writes a PDF (the command line, Export PDF…, the self-test);
``printer.print_document`` prints on a ``QPrinter`` (Print…, Print Preview, CUPS). Documents are
laid out first from the document tree (:mod:`gui.document`), never the Store (``sheet``,
``pack``, ``briefing``, ``chartpaint``, ``flow``, ``layout``, ``linebreak``) as drawing
operations in points, then painted; ``outline`` adds a PDF's bookmarks and links; ``typeface``
gives them the bundled font under a name of its own.
"""

import gui.qtcommon  # noqa: F401  (PySide6 without its import scan: see there)
