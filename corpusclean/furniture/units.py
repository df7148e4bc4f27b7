"""The units learned furniture is counted on: the sentences of each line, with offsets.

The shared units of :func:`corpusclean.boilerplate.units` (the units every boilerplate rule
judges: lines, sentences glued with nothing, captions and names run into the next sentence,
the blocks of a page joined with spaces), each split further at sentence ends (``.!?…``
with closing quotes or brackets) before a capital, a digit, a quote or a dash, with or
without a space between (never after an initial, "Н. Назарбаев", "А.Лукашенко", nor inside
a decimal, "2.5"), so a site's promo sentence at the end of a paragraph is a unit of its own.

:func:`unit_key` is the normalised form that is counted across a site's pages, and
:func:`unit_hash` its 64-bit digest: the learner keeps hashes, not texts.

>>> [u.text for u in text_units("Первое предложение. Второе!«Третье» здесь\\nСтрока")]
['Первое предложение.', 'Второе!', '«Третье» здесь', 'Строка']
>>> unit_key("  Подписывайтесь  на наш КАНАЛ! ")
'подписывайтесь на наш канал'
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass

import regex

__all__ = ["Unit", "text_units", "unit_key", "unit_hash"]


@dataclass(frozen=True, slots=True)
class Unit:
    """``text[start:end]`` of the analysed text; ``line_start``/``line_end`` bound its line."""

    start: int
    end: int
    text: str
    line_start: int
    line_end: int


# A sentence ends at . ! ? … (a run of them), then closing quotes or brackets; the next one
# opens with a capital, a digit, an opening quote or bracket, or a dash.  The lookbehind keeps
# initials together (one capital letter standing alone before the period) and decimals (2.5).
_BOUNDARY = regex.compile(
    r"(?<=[.!?…])(?!(?<=\d[.])\d)(?<!(?:^|[\s(«\"„“])\p{Lu}\.)(?:[»”’)\]]|\"(?=\s))*(?P<gap>[^\S\n]*)(?=[\p{Lu}\d«\"„“(–—-])")


def text_units(text: str) -> list[Unit]:
    """Every sentence of ``text``, in order, trimmed of spaces: the shared units of
    :func:`corpusclean.boilerplate.units` (lines, glued junctions, soft boundaries of
    space-joined pages), each split further at every sentence end (a paragraph line that
    ends with the site's promo sentence is one shared unit but two units here)."""
    from ..boilerplate import units as shared_units

    out: list[Unit] = []
    for su in shared_units(text):
        ls = text.rfind("\n", 0, su.start) + 1
        le = text.find("\n", su.end)
        le = len(text) if le < 0 else le
        while le > ls and text[le - 1] in " \t\r":
            le -= 1
        while ls < le and text[ls] in " \t":
            ls += 1
        cursor = su.start
        for m in _BOUNDARY.finditer(text, su.start, su.end):
            _append(out, text, cursor, m.start("gap"), ls, le)
            cursor = m.end()
        _append(out, text, cursor, su.end, ls, le)
    return out


def _append(out: list[Unit], text: str, s: int, e: int, ls: int, le: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append(Unit(s, e, text[s:e], ls, le))


_EDGE = regex.compile(r"^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$")
_SPACES = regex.compile(r"\s+")


def unit_key(text: str) -> str:
    """Case, spacing and the punctuation around a unit do not matter: the same promo
    ends in "." on one page and runs on without it on another."""
    s = unicodedata.normalize("NFC", text).casefold()
    s = _SPACES.sub(" ", s)
    return _EDGE.sub("", s)


def unit_hash(key: str) -> int:
    """A 64-bit digest of a unit key (stable across processes and runs, unlike hash())."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")
