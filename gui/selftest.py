"""``bjgov selftest``: prove that this installation can read, draw and print its data, offline.

Each check prints one line, ``ok   name: detail`` or ``FAIL name: detail``, then a summary; the
exit code is 0 only if every check passed. The checks use the same code paths as the window and
the print command (the resource finder, the read API, the bundled font, the translators, the
main window and the PDF writer), so a broken wheel or frozen bundle fails here first.

Nothing is written outside a temporary folder: the window gets its own settings file there and
the sheet is printed there.
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from gui import __version__
from gui.database.schema import SCHEMA_VERSION
from gui.paths import bundled_database, resource
from gui.qtcommon.fonts import FONT_FILE
from gui.qtcommon.i18n import CATALOGUES

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication, QImage

    from gui.database.store import Store

EXIT_OK, EXIT_FAILED = 0, 1
# A standard button of Qt's own catalogue: it must come back in Chinese once the Chinese
# translators are installed.
KNOWN_QT = ("QPlatformTheme", "Cancel")
# A plural of ours: English must say "1 figure", from its own catalogue.
PLURAL = "%n figures pinned for the meeting, in the order chosen, with notes."
# Characters no font draws: line breaks and other control characters.
_UNDRAWN = {"Cc"}
_SHOWN_MISSING = 8
_BASE_FONT = re.compile(rb"/BaseFont\s*/([^\s/<>\[\]()]+)")


class CheckError(Exception):
    """A check's failure, with the detail to print."""


@dataclass
class _Context:
    """What the checks share: the database path, a temporary folder, and what earlier checks
    opened (later checks that need it fail with a pointer to the first failure)."""

    given: Path | None
    folder: Path
    store: Store | None = None
    closers: list[Callable[[], object]] = field(default_factory=list)

    @property
    def db(self) -> Path:
        """The database asked for, else the bundled one (FileNotFoundError names where the
        resource finder looked)."""
        return self.given or bundled_database()

    def need_store(self) -> Store:
        if self.store is None:
            raise CheckError("not run: the database could not be opened (see above)")
        return self.store


def run_selftest(db: Path | None = None, out: Callable[[str], object] = print) -> int:
    """Run every check on ``db`` (default: the bundled database); 0 if all passed."""
    from gui.qtcommon.startup import use_offscreen_without_display

    use_offscreen_without_display()
    started = time.monotonic()
    failed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="bjgov-selftest-") as folder:
        context = _Context(given=db, folder=Path(folder))
        out(f"selftest of bjgov {__version__}, Python {sys.version.split()[0]}, {sys.platform}")
        try:
            for name, check in CHECKS:
                try:
                    detail = check(context)
                except CheckError as error:
                    failed.append(name)
                    out(f"FAIL {name}: {_one_line(str(error))}")
                except Exception as error:  # a crash is a failed check, not a traceback
                    failed.append(name)
                    out(f"FAIL {name}: {type(error).__name__}: {_one_line(str(error))}")
                else:
                    out(f"ok   {name}: {_one_line(detail)}")
        finally:
            for close in reversed(context.closers):
                close()
    seconds = time.monotonic() - started
    if failed:
        out(f"selftest: {len(failed)} of {len(CHECKS)} checks failed ({', '.join(failed)})")
        return EXIT_FAILED
    out(f"selftest: all {len(CHECKS)} checks passed in {seconds:.1f} s")
    return EXIT_OK


def _one_line(text: str, limit: int = 1000) -> str:
    """One check, one line: messages of several lines (numpy's import errors) are joined."""
    joined = " ".join(text.split())
    return joined if len(joined) <= limit else joined[: limit - 1] + "…"


# -- the checks, in order ---------------------------------------------------------------------


def check_files(context: _Context) -> str:
    """The resource finder locates the bundled database, the font, its licence and the compiled
    translations (where it found them tells which layout this is: checkout, wheel or bundle)."""
    from gui.qtcommon.i18n import catalogue_path

    found = []
    for label, path in (
        ("database", bundled_database()),
        ("font", resource(FONT_FILE)),
        ("licence", resource("fonts/OFL.txt")),
        ("translations", catalogue_path("zh")),
    ):
        if not path.is_file():
            raise CheckError(f"{label} {path} is missing")
        found.append(f"{label} {path}")
    return "; ".join(found)


def check_database(context: _Context) -> str:
    """The read API opens the file (read-only; its header, schema version and tables), then
    SQLite's own consistency check."""
    from gui.database.store import Store, StoreError

    try:
        store = Store(context.db)
    except StoreError as error:
        raise CheckError(str(error)) from error
    context.store = store
    context.closers.append(store.close)
    try:
        rows = store.quick_check()
    except StoreError as error:
        raise CheckError(str(error)) from error
    if rows != ["ok"]:
        shown = "; ".join(rows[:3]) + (f"; … {len(rows) - 3} more" if len(rows) > 3 else "")
        raise CheckError(f"{store.path}: quick_check found damage: {shown}")
    return f"{store.path} ({store.path.stat().st_size // 1024} KB, read-only): quick_check ok"


def check_schema(context: _Context) -> str:
    """What the window needs is there: domains, figures, the schema version it reads."""
    store = context.need_store()
    domains = store.domains()
    if not domains:
        raise CheckError(f"{store.path}: has no domains")
    figures = len(store.observations())
    return (
        f"version {SCHEMA_VERSION}, edition {store.edition.id}, "
        f"{len(domains)} domains, {figures} figures"
    )


def check_font_data(context: _Context) -> str:
    """Every character stored in the database has a glyph in the bundled font."""
    store = context.need_store()
    where = database_characters(store)
    missing = _missing_glyphs(where)
    if missing:
        raise CheckError(f"{_describe_missing(missing, where)} in {store.path.name}")
    return f"{len(where)} distinct characters of every text column, all in {Path(FONT_FILE).name}"


def check_font_interface(context: _Context) -> str:
    """Every character of the interface strings (English sources and Chinese translations)."""
    path = resource(f"translations/{CATALOGUES['zh']}.ts")  # every string, and its Chinese
    where = interface_characters(path)
    missing = _missing_glyphs(where)
    if missing:
        raise CheckError(f"{_describe_missing(missing, where)} in {path.name}")
    return f"{len(where)} distinct characters of {path.name}, all in {Path(FONT_FILE).name}"


def check_translations(context: _Context) -> str:
    """Our compiled catalogues load and answer, installed (Chinese) and not (English plurals
    while Chinese is installed), and so does Qt's catalogue for the standard dialogs."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

    from gui.qtcommon.i18n import QT_CATALOGUES, Translations, catalogue_path, tr, translator

    qt_catalogue = QT_CATALOGUES["zh"]

    _application()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load(qt_catalogue, folder):
        raise CheckError(f"Qt's catalogue {qt_catalogue}.qm not found in {folder}")
    translations = Translations()
    translations.install("zh")  # MissingCatalogueError says how a missing .qm is made
    try:
        ours = tr("Source")
        qt = QCoreApplication.translate(*KNOWN_QT)
        one = translator("en")(PLURAL, 1)
    finally:
        translations.install("en")
    path = catalogue_path("zh")
    if not _has_han(ours):
        raise CheckError(f"{path}: 'Source' was not translated (got {ours!r})")
    if not _has_han(qt):
        raise CheckError(f"{qt_catalogue}: {KNOWN_QT[1]!r} was not translated (got {qt!r})")
    if not one.startswith("1 figure pinned"):
        raise CheckError(f"{catalogue_path('en')}: no English singular (got {one!r})")
    return f"'Source' → {ours!r}; 1 → {one[:15]!r}… ({path}); Qt → {qt!r} ({folder})"


def check_tabs(context: _Context) -> str:
    """Build the main window and draw every tab, in both languages, without showing it."""
    from PySide6.QtCore import QSettings

    from gui.database.model import LANGS
    from gui.qt.domain_tab import DomainTab
    from gui.qt.main_window import MainWindow
    from gui.qt.session import Session
    from gui.qt.settings import Settings
    from gui.qtcommon.i18n import Translations

    store = context.need_store()
    app = _application()
    # Settings in the temporary folder: the self-test never touches the user's.
    settings = Settings(QSettings(str(context.folder / "settings.ini"), QSettings.Format.IniFormat))
    translations = Translations()
    charts = drawn = tabs = 0
    size = ""
    window: MainWindow | None = None
    try:  # English again however this ends: a damaged database may fail the window itself
        translations.install(LANGS[0])
        session = Session(store, settings, LANGS[0], translations)
        window = MainWindow(session)
        tabs = len(window.tab_ids)
        for lang in LANGS:
            session.set_language(lang)
            for tab_id in window.tab_ids:
                window.open_tab(tab_id)
                page = window.page(tab_id)
                if isinstance(page, DomainTab):
                    page.build_charts()
                    charts += len(page.charts)
                app.processEvents()
                image = window.grab().toImage()
                if image.isNull() or page.width() <= 0 or page.height() <= 0:
                    raise CheckError(f"tab {tab_id!r} ({lang}) has no size")
                if _is_blank(image):
                    raise CheckError(f"tab {tab_id!r} ({lang}) drew a blank image")
                drawn += 1
                size = f"{image.width()}×{image.height()}"
    finally:
        translations.install("en")
        if window is not None:
            window.deleteLater()
        app.processEvents()
    return (
        f"{tabs} tabs × {len(LANGS)} languages drawn at {size} "
        f"({drawn} images, {charts} charts, platform {app.platformName()})"
    )


def check_pdf(context: _Context) -> str:
    """Print one domain's summary sheet to a PDF in the temporary folder."""
    store = context.need_store()
    try:
        from gui.printing.export import write_pdf
    except ImportError as error:
        raise CheckError(f"printing is not available ({error})") from error
    _application()
    domain = store.domains()[0].id
    output = context.folder / "sheet.pdf"
    pages = write_pdf(store, output, domain=domain, lang="zh")
    data = output.read_bytes() if output.is_file() else b""
    if not data.startswith(b"%PDF-"):
        raise CheckError(f"{output.name} was not written as a PDF")
    if pages < 1:
        raise CheckError(f"the sheet of {domain!r} has {pages} pages")
    # Chinese must be embedded as text in a TrueType font, not boxes or outlines.
    fonts = sorted({name.decode("ascii", "replace") for name in _BASE_FONT.findall(data)})
    if b"/FontFile2" not in data or not fonts:
        raise CheckError(f"the sheet of {domain!r} embeds no TrueType font (fonts: {fonts})")
    return (
        f"sheet of {domain!r}: {pages} page(s), {len(data) // 1024} KB, "
        f"font {', '.join(fonts)} embedded"
    )


def check_office(context: _Context) -> str:
    """Write one domain as a Word document and as slides, in the temporary folder, and read
    both back: python-docx and python-pptx start from templates of their own, which a bundle
    must carry."""
    from docx import Document
    from pptx import Presentation

    from gui.office.export import write_office

    store = context.need_store()
    domain = store.domains()[0]
    title = domain.tr("title", "zh")
    found = []
    for fmt in ("docx", "pptx"):
        output = context.folder / f"sheet.{fmt}"
        count = write_office(store, output, fmt, domain=domain.id, lang="zh")
        if fmt == "docx":
            texts = [p.text for p in Document(str(output)).paragraphs]
            what = f"{count} figures"
        else:
            slides = Presentation(str(output)).slides
            texts = [s.shapes.title.text for s in slides if s.shapes.title is not None]
            what = f"{len(slides)} slides"
        if title not in texts:
            raise CheckError(f"{output.name} does not read back with its title {title!r}")
        found.append(f"{output.name} ({what}, {output.stat().st_size // 1024} KB)")
    return f"{domain.id!r} written and read back: {', '.join(found)}"


def check_locale(context: _Context) -> str:
    """What Qt asks of ICU's data (the bundle carries a cut-down copy on Linux): Chinese sorted
    by pinyin; on Linux also a time zone's Chinese name and GB 18030 known by name."""
    from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone

    _application()
    chinese = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    if QCollator(chinese).compare("啊", "中") >= 0:  # a before zhong; by code point, after
        raise CheckError("Chinese is not sorted by pinyin (no collation data for zh)")
    if not sys.platform.startswith("linux"):
        return "Chinese sorted by pinyin"
    zone = QTimeZone(b"Asia/Shanghai").displayName(
        QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, chinese
    )
    if not _has_han(zone):
        raise CheckError(f"Asia/Shanghai has no Chinese name (got {zone!r})")
    if not QStringDecoder("GB18030").isValid():
        raise CheckError("the GB 18030 encoding is unknown")
    return f"Chinese sorted by pinyin; Asia/Shanghai is {zone!r}; GB 18030 known"


CHECKS: tuple[tuple[str, Callable[[_Context], str]], ...] = (
    ("files", check_files),
    ("database", check_database),
    ("schema", check_schema),
    ("font-data", check_font_data),
    ("font-interface", check_font_interface),
    ("translations", check_translations),
    ("locale", check_locale),
    ("tabs", check_tabs),
    ("pdf", check_pdf),
    ("office", check_office),
)


# -- helpers ----------------------------------------------------------------------------------


def database_characters(store: Store) -> dict[str, str]:
    """Each distinct character stored as text anywhere in the database → first ``table.column``."""
    where: dict[str, str] = {}
    for place, text in store.text_values():
        _collect(where, text, place)
    return where


def interface_characters(ts_file: Path) -> dict[str, str]:
    """Each distinct character of a ``.ts`` file's English sources and translations."""
    where: dict[str, str] = {}
    root = ET.parse(ts_file).getroot()
    for message in root.iter("message"):
        for tag in ("source", "translation"):
            element = message.find(tag)
            if element is not None:  # a plural's forms are elements inside its translation
                text = "".join(element.itertext()).strip()
                _collect(where, text, f"{tag} {message.findtext('source')!r}")
    return where


def _collect(where: dict[str, str], text: str, place: str) -> None:
    for char in text:
        if char not in where and unicodedata.category(char) not in _UNDRAWN:
            where[char] = place


def _missing_glyphs(chars: Iterable[str]) -> list[str]:
    from PySide6.QtGui import QRawFont

    _application()  # QRawFont needs the GUI font machinery
    path = resource(FONT_FILE)
    raw = QRawFont(str(path), 12.0)
    if not raw.isValid():
        raise CheckError(f"{path}: Qt cannot load this font")
    # The code point, not the str: PySide6's str→QChar conversion misreports some characters.
    return sorted(char for char in chars if not raw.supportsCharacter(ord(char)))


def _describe_missing(missing: list[str], where: dict[str, str]) -> str:
    shown = ", ".join(
        f"U+{ord(char):04X} {char!r} ({_name(char)}) in {where[char]}"
        for char in missing[:_SHOWN_MISSING]
    )
    more = f", … {len(missing) - _SHOWN_MISSING} more" if len(missing) > _SHOWN_MISSING else ""
    count = f"{len(missing)} character{'s' if len(missing) != 1 else ''}"
    return f"{count} not in {Path(FONT_FILE).name}: {shown}{more}"


def _name(char: str) -> str:
    return unicodedata.name(char, "unnamed").lower()


def _has_han(text: str) -> bool:
    return any("\u4e00" <= char <= "\u9fff" for char in text)


def _is_blank(image: QImage) -> bool:
    """True if a sampled grid of the image is one colour (nothing was drawn)."""
    step_x, step_y = max(1, image.width() // 40), max(1, image.height() // 40)
    colours = {
        image.pixel(x, y)
        for x in range(0, image.width(), step_x)
        for y in range(0, image.height(), step_y)
    }
    return len(colours) <= 1


def _application() -> QGuiApplication:
    from gui.qtcommon.startup import application

    return application()
