"""The database: its shape, the read API, and the user's briefing list.

``schema`` declares every table (as ``columns`` describes a declaration), ``store`` is the only
place the application's SQL lives and hands out the records of ``model``, ``validation`` checks
an untrusted file before it is read, ``search`` answers from the database's index, and
``briefing`` keeps the user's pinned figures in a database of their own. ``numerals``, which
reads a figure as the report writes it, is here as the declaration needs it. No Qt here (an
import contract in pyproject.toml).
"""
