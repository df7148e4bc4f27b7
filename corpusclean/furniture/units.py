"""The units learned furniture is counted on: the sentences of each line, with offsets.

By the time ``boilerplate.repeated`` runs, ``segment.units`` has put a line break where a
page's blocks were glued together and a space at glued sentence boundaries, so lines and
sentences here are the page's blocks and sentences whatever shape the scraper wrote.
:func:`text_units` splits what is left: line breaks, and sentence ends (``.!?…`` with
closing quotes or brackets) before a capital, a digit, a quote or a dash, with or without
a space between (never after an initial: "Н. Назарбаев", "А.Лукашенко").

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

    @property
    def whole_line(self) -> bool:
        return self.start == self.line_start and self.end == self.line_end


# A sentence ends at . ! ? … (a run of them), then closing quotes or brackets; the next one
# opens with a capital, a digit, an opening quote or bracket, or a dash.  The lookbehind keeps
# initials together: one capital letter standing alone before the period.
_BOUNDARY = regex.compile(
    r"(?<=[.!?…])(?<!(?:^|[\s(«\"„“])\p{Lu}\.)(?:[»”’)\]]|\"(?=\s))*(?P<gap>[^\S\n]*)(?=[\p{Lu}\d«\"„“(–—-])")
_LINE = regex.compile(r"[^\n]+")


def text_units(text: str) -> list[Unit]:
    """Every non-blank sentence of every line of ``text``, in order, trimmed of spaces."""
    units: list[Unit] = []
    for lm in _LINE.finditer(text):
        ls, le = lm.start(), lm.end()
        while le > ls and text[le - 1] in " \t\r":
            le -= 1
        while ls < le and text[ls] in " \t":
            ls += 1
        if ls >= le:
            continue
        cursor = ls
        line = text[ls:le]
        for m in _BOUNDARY.finditer(line):
            cut = ls + m.start("gap")
            if cut > cursor:
                units.append(Unit(cursor, cut, text[cursor:cut], ls, le))
            cursor = ls + m.end()
        if le > cursor:
            units.append(Unit(cursor, le, text[cursor:le], ls, le))
    return units


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
