"""Files written and read back: safely in place, checked, and the spreadsheets.

``atomic`` writes every output beside its target, proves it and renames it into place (an error
leaves the old file and nothing half written); ``proof`` reads a written file back (a PDF's
pages, an SVG's XML, an XLSX's zip), through ``pdffile`` for the PDFs Qt writes, which also
appends their bookmarks and links; ``export`` writes every figure as CSV or XLSX. No Qt here (an
import contract in pyproject.toml).
"""
