"""The database: its shape, the read API, and the user's briefing list.

``schema`` declares every table (as ``columns`` describes a declaration), ``store`` is the only
place the application's SQL lives and hands out the records of ``model``, ``validation`` checks
an untrusted file before it is read, ``search`` answers from the database's index, and
``briefing`` keeps the user's pinned figures in a database of their own. The report's writing
rules the declaration and the records need are here too: ``numerals`` reads a figure as the
report writes it, ``citation`` words a citation record and ``typography`` normalises Chinese
punctuation (GB/T 15834), which every output applies. No Qt here (an import contract in
pyproject.toml).
"""
