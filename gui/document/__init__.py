"""What every output says, decided once: the document tree.

No Qt here: PDF, Word, PowerPoint, the presentation mode and the print preview are renderers
that walk a tree built from the database; the punctuation rules they all apply are in
:mod:`gui.data.typography`.
"""
