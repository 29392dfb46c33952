"""Summary sheets and briefing packs for paper and PDF, drawn with QPainter.

``export.write_pdf`` writes a PDF (the command line, Export PDF…, the self-test);
``printer.print_document`` prints on a ``QPrinter`` (Print…, Print Preview, CUPS). Documents are
laid out first (``sheet``, ``pack``, ``chartpaint``, ``flow``, ``layout``) as drawing operations
in points, then painted; ``typeface`` gives them the bundled font under a name of its own.
"""

import gui.qtcommon  # noqa: F401  (PySide6 without its import scan: see there)
