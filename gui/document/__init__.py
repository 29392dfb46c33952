"""What every output says, decided once: the document tree and the rules of Chinese type.

No Qt here: PDF, Word, PowerPoint, the presentation mode and the print preview are renderers
that walk a tree built from the database; :mod:`gui.document.typography` holds the GB/T 15834
punctuation rules every Chinese output and the window apply.
"""
