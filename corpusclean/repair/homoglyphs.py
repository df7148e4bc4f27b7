"""Latin letters that look like Cyrillic ones inside Cyrillic words, and the reverse.

A word here is a run of letters: a hyphen, a digit or any other character ends it, so
"Nur Otan-ға" is the Latin word "Otan" and the Cyrillic word "ға", each left alone.  A
run glued to a digit, "%", "\\" or "_" is a unit or a code ("20кг", "%0A") and stays,
and so does a Latin name with a short Cyrillic case ending ("Facebookе", "AMANATа").
A word that mixes the two scripts is folded to one script when every letter of the
other script has a look-alike there:

* to Cyrillic (``repair.homoglyphs.cyrillic``): "пaртия" (Latin a) -> "партия";
* to Latin (``repair.homoglyphs.latin``): "Аmanat" (Cyrillic А) -> "Amanat".

When both directions are possible (every letter is a look-alike, as in "ОOO" with one
Cyrillic О) the script that dominates the line wins ("ООО" in a Russian sentence),
then the script with more letters in the word; a tie is left alone.  Kazakh і
(U+0456) is a Cyrillic letter: it stays in a Cyrillic word and becomes Latin i only in
a word that is otherwise Latin.
"""

from __future__ import annotations

from typing import Iterator

import regex

from ..edits import Change
from .context import Context

__all__ = ["homoglyph_changes", "LATIN_TO_CYRILLIC", "CYRILLIC_TO_LATIN"]

# Pairs that look the same in common fonts (lower case: а е о р с х у і ё; capitals:
# А В Е К М Н О Р С Т Х У І Ё).  Lower-case к, м, т, н have no Latin twin.
_PAIRS = "aа eе oо pр cс xх yу iі ëё AА BВ EЕ KК MМ HН OО PР CС TТ XХ YУ IІ ËЁ"
LATIN_TO_CYRILLIC = {p[0]: p[1] for p in _PAIRS.split()}
CYRILLIC_TO_LATIN = {p[1]: p[0] for p in _PAIRS.split()}

_WORD = regex.compile(r"\p{L}+")
_LATIN = regex.compile(r"\p{Latin}")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
# A Latin name with a Russian or Kazakh case ending and no hyphen ("Facebookе",
# "AMANATа"): the ending is meant to be Cyrillic.
_BRAND_AND_ENDING = regex.compile(r"^\p{Latin}{3,}\p{Cyrillic}{1,3}$")


def fold_word(word: str, line_script: str | None = None) -> tuple[str, str] | None:
    """The folded word and its reason, or None if ``word`` should stay.

    ``line_script`` ("cyrillic", "latin" or None) breaks the tie when every letter of
    the word has a twin in the other script."""
    if _BRAND_AND_ENDING.match(word):
        return None
    latin = [c for c in word if _LATIN.match(c)]
    cyrillic = [c for c in word if _CYRILLIC.match(c)]
    if not latin or not cyrillic or len(latin) + len(cyrillic) != len(word):
        return None
    to_cyr = all(c in LATIN_TO_CYRILLIC for c in latin)
    to_lat = all(c in CYRILLIC_TO_LATIN for c in cyrillic)
    if to_cyr and to_lat:
        if line_script is not None:
            to_cyr = line_script == "cyrillic"
        elif len(cyrillic) == len(latin):
            return None
        else:
            to_cyr = len(cyrillic) > len(latin)
        to_lat = not to_cyr
    if to_cyr:
        return "".join(LATIN_TO_CYRILLIC.get(c, c) for c in word), "repair.homoglyphs.cyrillic"
    if to_lat:
        return "".join(CYRILLIC_TO_LATIN.get(c, c) for c in word), "repair.homoglyphs.latin"
    return None


# A line's script dominates when it has this many times more letters of it than of the
# other script (set by hand: Russian news lines with a Latin party name or URL are far
# above it, a line that mixes two languages evenly is below it).
DOMINANCE = 3


def _line_script(text: str, start: int, end: int) -> str | None:
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    around = text[ls:start] + " " + text[end:le]
    cyr = len(_CYRILLIC.findall(around))
    lat = len(_LATIN.findall(around))
    if cyr >= DOMINANCE * max(lat, 1):
        return "cyrillic"
    if lat >= DOMINANCE * max(cyr, 1):
        return "latin"
    return None


# A letter run glued to a digit, "%", "\\" or "_" is a unit, a code or a placeholder
# ("20кг", "%0A", "\\uHHHH", "%liс"), not a word.
_CODE_CHARS = set("0123456789%\\_$&#=<>{}")


def _in_code(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return before in _CODE_CHARS or after in _CODE_CHARS


def homoglyph_changes(text: str, ctx: Context | None = None) -> Iterator[Change]:
    ctx = ctx or Context(text)
    for m in _WORD.finditer(text):
        word = m.group()
        if word.isascii() or not _LATIN.search(word) or not _CYRILLIC.search(word):
            continue
        if _in_code(text, m.start(), m.end()):
            continue
        folded = fold_word(word, _line_script(text, m.start(), m.end()))
        if folded is None or ctx.is_protected(m.start(), m.end()):
            continue
        new, reason = folded
        for i, (a, b) in enumerate(zip(word, new)):
            if a != b:
                yield Change(m.start() + i, m.start() + i + 1, b, reason)
