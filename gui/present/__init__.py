"""How a figure, a date, a line of text and a chart are shown, decided once for every renderer.

The window, paper and PDF, Word, PowerPoint and the exports all take these and decide nothing
of their own: ``figures`` says a figure in Chinese or English, ``localformat`` writes dates and
axis numbers, ``linebreak`` says where a line may end, ``chartdata`` and ``chartscene`` lay a
chart out (marks, scale, labels, key), ``citation`` words a reference (GB/T 7714),
``typography`` normalises Chinese punctuation (GB/T 15834), and ``translate`` is the shape of
the translation function they are given. No Qt here (an import contract in pyproject.toml).
"""
