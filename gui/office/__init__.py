"""Word (.docx) and PowerPoint (.pptx) documents, from the document tree (:mod:`gui.document`).

``export.write_office`` writes either (the command line, the window, the self-test) and reads it
back before it replaces anything. ``worddoc`` renders the tree in the named styles of
``docxstyles``; ``deck`` makes the slides on the layouts of ``deckmaster``, each chart a native
one (``deckcharts``). Text is measured and charts are drawn as on paper (:mod:`gui.printing`).
"""

import gui.qtcommon  # noqa: F401  (PySide6 without its import scan: see there)
