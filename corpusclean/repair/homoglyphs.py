"""Latin letters that look like Cyrillic ones inside Cyrillic words, and the reverse.

A word here is a run of letters: a hyphen, a digit or any other character ends it, so
"Nur Otan-ға" is the Latin word "Otan" and the Cyrillic word "ға", each left alone.  A
run glued to a digit, "%", "\\" or "_" is a unit or a code ("20кг", "%0A") and stays,
and so does a Latin name with a short Cyrillic case ending ("Facebookе", "AMANATа"),
and two words glued where the script changes and a capital begins the second
("Zakon.kzНа": the Cyrillic "На" stays Cyrillic; splitting is the splitters' job).
A word that mixes the two scripts is folded to one script when every letter of the
other script has a look-alike there:

* to Cyrillic (``repair.homoglyphs.cyrillic``): "пaртия" (Latin a) -> "партия";
* to Latin (``repair.homoglyphs.latin``): "Аmanat" (Cyrillic А) -> "Amanat".

When both directions are possible (every letter is a look-alike, as in "ОOO" with one
Cyrillic О) the script that dominates the line wins ("ООО" in a Russian sentence), else
the script with more letters in the word ("МОСКВA"); a tie is left alone.  The line is
read only from words with a letter that has no twin, whose script the repair cannot
change, so running the step twice gives the same text.  Kazakh і
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


# Two words glued at a script boundary, the second capitalised: "kzНа" in
# "Zakon.kzНа месте", "УкрайнаUkraine".  Each part is in one script already; folding
# would turn the Cyrillic "На" into Latin "Ha" (issue 12), so the word is left to the
# splitters (segment.units, repair.glued).
_GLUED_AT_SCRIPT_BOUNDARY = regex.compile(r"^(?:\p{Latin}+(?<=\p{Ll})(?=\p{Lu})\p{Cyrillic}+"
                                          r"|\p{Cyrillic}+(?<=\p{Ll})(?=\p{Lu})\p{Latin}+)$")
# Any mixed-script word has a Latin and a Cyrillic letter side by side: a line without
# such a pair needs no look-alike work at all (most lines; issue 15 measured 1.8x).
_SCRIPT_PAIR = regex.compile(r"\p{Latin}\p{Cyrillic}|\p{Cyrillic}\p{Latin}")
# A run of capitals in one script closed by lower-case letters of the other ("ПРЕФИКСaa",
# "NAMEдд"): a placeholder with a suffix, not a look-alike slip, which keeps the case of
# the word it falls in (issue 12, round 6: "ПРЕФИКСaa, ПРЕФИКСab" in a manual).
_CAPITALS_THEN_OTHER_LOWER = regex.compile(r"^(?:(?=\p{Cyrillic})\p{Lu}{2,}(?=\p{Latin})\p{Ll}+"
                                           r"|(?=\p{Latin})\p{Lu}{2,}(?=\p{Cyrillic})\p{Ll}+)$")
# Letters only Kazakh (or Ukrainian, Belarusian) writes: a line without one is no line
# where a Latin I or i stands for Cyrillic і (Russian has no і; "IСвободно" in a Russian
# line is a marker glued to a word, issue 12 round 6).
_NON_RUSSIAN_CYRILLIC = regex.compile(r"[әғқңөұүһіїєўґӘҒҚҢӨҰҮҺІЇЄЎҐ]")


def _direction(word: str) -> str | None:
    """"cyrillic", "latin", "both" (every letter has a twin) or None (no fold), for a
    word holding letters of both scripts."""
    if (_BRAND_AND_ENDING.match(word) or _GLUED_AT_SCRIPT_BOUNDARY.match(word)
            or _CAPITALS_THEN_OTHER_LOWER.match(word)):
        return None
    latin = [c for c in word if _LATIN.match(c)]
    cyrillic = [c for c in word if _CYRILLIC.match(c)]
    if not latin or not cyrillic or len(latin) + len(cyrillic) != len(word):
        return None
    to_cyr = all(c in LATIN_TO_CYRILLIC for c in latin)
    to_lat = all(c in CYRILLIC_TO_LATIN for c in cyrillic)
    if to_cyr and to_lat:
        return "both"
    return "cyrillic" if to_cyr else "latin" if to_lat else None


def fold_word(word: str, line_script: str | None = None) -> tuple[str, str] | None:
    """The folded word and its reason, or None if ``word`` should stay.

    ``line_script`` ("cyrillic", "latin" or None) decides a word whose every letter has
    a twin in the other script."""
    direction = _direction(word)
    if direction == "both":
        direction = line_script
        if direction is None:
            cyr = len(_CYRILLIC.findall(word))
            lat = len(word) - cyr
            direction = "cyrillic" if cyr > lat else "latin" if lat > cyr else None
    if direction == "cyrillic":
        return "".join(LATIN_TO_CYRILLIC.get(c, c) for c in word), "repair.homoglyphs.cyrillic"
    if direction == "latin":
        return "".join(CYRILLIC_TO_LATIN.get(c, c) for c in word), "repair.homoglyphs.latin"
    return None


# A line's script dominates when it has this many times more letters of it than of the
# other script (set by hand: Russian news lines with a Latin party name or URL are far
# above it, a line that mixes two languages evenly is below it).
DOMINANCE = 3


def _dominant(cyr: int, lat: int) -> str | None:
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


def _kazakh_word(word: str) -> bool:
    from .lexicon import is_word

    return is_word(word, "kk")


def homoglyph_changes(text: str, ctx: Context | None = None) -> Iterator[Change]:
    ctx = ctx or Context(text)
    pos = 0
    for line in text.split("\n"):
        if _SCRIPT_PAIR.search(line):
            yield from _line_changes(text, line, pos, ctx)
        pos += len(line) + 1


_TWINS = frozenset(LATIN_TO_CYRILLIC) | frozenset(CYRILLIC_TO_LATIN)


def _line_changes(text: str, line: str, base: int, ctx: Context) -> Iterator[Change]:
    cyr = lat = 0  # letters of words whose script the repair cannot change
    words = []
    for m in _WORD.finditer(line):
        word = m.group()
        start, end = base + m.start(), base + m.end()
        mixed = bool(not word.isascii() and _LATIN.search(word) and _CYRILLIC.search(word))
        direction = None
        if mixed and not _in_code(text, start, end) and not ctx.is_protected(start, end):
            direction = _direction(word)
            if direction is not None:
                words.append((start, word))
        if all(c in _TWINS for c in word):
            continue  # "ООО", "МОСКВА": could be either script
        if direction in ("cyrillic", "latin"):  # counted as it will be
            cyr, lat = (cyr + len(word), lat) if direction == "cyrillic" else (cyr, lat + len(word))
        else:
            c = len(_CYRILLIC.findall(word))
            cyr, lat = cyr + c, lat + len(_LATIN.findall(word))
    script = _dominant(cyr, lat)
    i_line = bool(_NON_RUSSIAN_CYRILLIC.search(line))
    for start, word in words:
        folded = fold_word(word, script)
        if folded is None:
            continue
        if (folded[1] == "repair.homoglyphs.cyrillic" and not i_line and ("I" in word or "i" in word)
                and not _kazakh_word(folded[0])):
            continue  # Cyrillic і only in a Kazakh word or where the line is Kazakh (or Ukrainian)
        new, reason = folded
        for i, (a, b) in enumerate(zip(word, new)):
            if a != b:
                yield Change(start + i, start + i + 1, b, reason)
