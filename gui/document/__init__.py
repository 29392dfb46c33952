"""What every output says, decided once: the document tree.

No Qt here: PDF, Word, PowerPoint, the presentation mode and the print preview are renderers
that walk a tree built from the database; the punctuation rules they all apply are in
:mod:`gui.present.typography`.

- :mod:`gui.document.build`: ``sheet``, ``pack`` and ``briefing`` read the Store once and return
  a :class:`~gui.document.nodes.Document`;
- :mod:`gui.document.nodes`: the blocks (sections, paragraphs, figure tables, charts, points,
  notes, references, the timeline, the cover, the contents, the 要点) and page furniture;
- :mod:`gui.document.slides`: the document as slides, for the deck and the presentation mode.
"""
