"""Chinese typography, applied once to every Chinese output and the window (GB/T 15834-2011).

GB/T 15834-2011 (标点符号用法) writes Chinese text with full-width marks: ，；：（）！？. The
stored article and much of what is built around it use their half-width forms (``,`` ``;``
``:`` ``(`` ``)``), which a reader in a government office sees as careless at once.
:func:`normalise` replaces a half-width mark by its full-width form where it touches Chinese
text, one character for one, so an offset into the stored article still points at the same
character of the normalised quote (the stored text stays as read). :func:`problems` is the one
checker every test of a Chinese output uses.

Not touched: marks between Latin letters or digits (``1,000``, ``7:30``, ``Fig. 1: …``),
web addresses, and GB/T 7714 references, whose separators (". ", ": ", ", ") are the standard's
own (the caller does not pass them through here).

A figure and its unit are one word: :func:`unbreakable` joins their characters with WORD
JOINER (U+2060), which line breakers following Unicode's rules (ICU, LibreOffice, Qt) never
break at. :data:`NO_LINE_START` and :data:`NO_LINE_END` are the marks a line may not begin or
end with (避头尾).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

FULL_WIDTH = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？"}
HALF_WIDTH = frozenset(FULL_WIDTH)
WORD_JOINER = "\u2060"

# Marks a line may not begin with (closing and pausing marks), nor end with (opening marks).
NO_LINE_START = frozenset("，。、；：？！）》」』】〕〉”’…—～·%‰")
NO_LINE_END = frozenset("（《「『【〔〈“‘")

# Han ideographs (with extension A and compatibility forms), CJK symbols and punctuation,
# full-width forms: a neighbour from these makes a half-width mark "Chinese". Ranges of code
# points, not a regular expression: Python's compiler of expressions walks every code point of
# a range, and these 29,000 took 2 % of the window's start-up.
_CJK_RANGES = (
    (0x4E00, 0x9FFF),
    (0x3400, 0x4DBF),
    (0x3000, 0x303F),
    (0xFF00, 0xFFEF),
    (0x2E80, 0x2FFF),
    (0xF900, 0xFAFF),
)
_CJK_MARKS = frozenset("“”‘’《》")
_URL = re.compile(r"(?:https?|ftp)://\S+|www\.\S+")
_DIGIT = re.compile(r"[0-9]")
_ANY_MARK = re.compile(r"[,;:()!?]")


def is_cjk(char: str) -> bool:
    """Whether ``char`` (its first character, if longer) is Chinese text or its punctuation."""
    if not char:
        return False
    code = ord(char[0])
    return char[0] in _CJK_MARKS or any(low <= code <= high for low, high in _CJK_RANGES)


@dataclass(frozen=True)
class Problem:
    """A half-width mark touching Chinese text: where, which, and the text around it."""

    index: int
    mark: str
    context: str

    def __str__(self) -> str:
        return f"half-width {self.mark!r} at {self.index} in …{self.context}…"


def _neighbour(text: str, index: int, step: int) -> str:
    """The nearest character before (step -1) or after (step 1) ``index`` that is not a space."""
    i = index + step
    while 0 <= i < len(text) and text[i] in " \u00a0\u2060":
        i += step
    return text[i] if 0 <= i < len(text) else ""


def _protected(text: str) -> set[int]:
    """Indexes inside web addresses: never changed."""
    inside: set[int] = set()
    for found in _URL.finditer(text):
        inside.update(range(found.start(), found.end()))
    return inside


def _chinese_marks(text: str) -> list[int]:
    """Indexes of the half-width marks that touch Chinese text (or, for brackets, enclose it)."""
    protected = _protected(text)
    found: set[int] = set()
    opened: list[int] = []
    pairs: list[tuple[int, int]] = []
    for i, char in enumerate(text):
        if i in protected or char not in HALF_WIDTH:
            continue
        if char == "(":
            opened.append(i)
            continue
        if char == ")":
            if opened:
                pairs.append((opened.pop(), i))
            elif is_cjk(_neighbour(text, i, -1)) or is_cjk(_neighbour(text, i, 1)):
                found.add(i)
            continue
        before, after = _neighbour(text, i, -1), _neighbour(text, i, 1)
        # 1,000 and 7:30 are numbers, whatever stands around them.
        if text[i - 1 : i].isdigit() and _DIGIT.match(text[i + 1 : i + 2] or "x"):
            continue
        if is_cjk(before) or is_cjk(after):
            found.add(i)
    for start in opened:  # unmatched opening brackets
        if is_cjk(_neighbour(text, start, -1)) or is_cjk(_neighbour(text, start, 1)):
            found.add(start)
    for start, end in pairs:
        inner = text[start + 1 : end]
        if (
            any(is_cjk(c) for c in inner)
            or is_cjk(_neighbour(text, start, -1))
            or is_cjk(_neighbour(text, end, 1))
        ):
            found.update((start, end))
    return sorted(found)


@functools.lru_cache(maxsize=4096)  # the same sentences again at each search keystroke
def normalise(text: str, *, keep_length: bool = False) -> str:
    """``text`` with every half-width mark that touches Chinese in its full-width form.

    A full-width mark carries its own space, so the spaces around a replaced mark go
    (``来源: 注`` → ``来源：注``), unless ``keep_length``: then each mark is replaced by one
    character and nothing else changes, so offsets into the text stay valid (the article's
    quotes, whose figures are found by offset).
    """
    # A mark made full-width is Chinese in its turn: in ``(注释):`` the colon touches Chinese
    # only once the bracket is ``）``. Again, then, until no mark is left (each pass fixes one
    # at least, so this ends).
    if not _ANY_MARK.search(text):  # most cells and labels: nothing to do, said fast
        return text
    marks = _chinese_marks(text)
    while marks:
        text = _full_width(text, marks, keep_length=keep_length)
        marks = _chinese_marks(text)
    return text


def _full_width(text: str, marks: list[int], *, keep_length: bool) -> str:
    """``text`` with the marks at ``marks`` full-width (and, unless ``keep_length``, the spaces
    around them gone)."""
    chars = list(text)
    for i in marks:
        chars[i] = FULL_WIDTH[text[i]]
    if keep_length:
        return "".join(chars)
    drop: set[int] = set()
    for i in marks:
        j = i + 1
        while j < len(chars) and chars[j] == " " and chars[i] not in "（":
            drop.add(j)
            j += 1
        j = i - 1
        while j >= 0 and chars[j] == " " and chars[i] not in "）":
            drop.add(j)
            j -= 1
    return "".join(c for k, c in enumerate(chars) if k not in drop)


def problems(text: str) -> list[Problem]:
    """Every half-width ``, ; : ( ) ! ?`` touching Chinese text: empty when ``text`` is right."""
    return [
        Problem(i, text[i], text[max(0, i - 8) : i + 9].replace("\n", " "))
        for i in _chinese_marks(text)
    ]


def unbreakable(text: str) -> str:
    """``text`` with a WORD JOINER between every two characters: a figure and its unit
    (``1103.94万件``, ``6月30日``) that no line breaker will split."""
    return WORD_JOINER.join(text) if len(text) > 1 else text


def plain(text: str) -> str:
    """``text`` without the joiners :func:`unbreakable` put in: for copying and comparing."""
    return text.replace(WORD_JOINER, "")
