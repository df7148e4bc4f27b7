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


# --- titles printed beside a date (related rows of a page joined with spaces) -------------
# A related list prints other pages' titles with the day each was published: "— <title>
# (12.03.2024)", "26.03.2024 · <title>", "<title> — 01.04.2024".  Joined with spaces, the rows
# run into each other and into the text around them, so no unit is a title alone; but each
# title stands right before or right after a numeric date stamp.  The learner counts, per page,
# the keys of the STAMP_TITLE_MIN_WORDS to STAMP_TITLE_MAX_WORDS words on either side of each
# stamp (:func:`stamp_sides`); the step removes the longest of them that is another page's title,
# with the stamp and the marks between (:func:`stamped_titles`).
STAMP_TITLE_MIN_WORDS = 3
STAMP_TITLE_MAX_WORDS = 25
_STAMP = regex.compile(r"\(?(?<![\d.])\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?![\d.]\d)(?:,?\s+\d{1,2}:\d{2})?\)?")
_ROW_MARKS = regex.compile(r"[\s—–·|•-]*")
_ROW_MARKS_BACK = regex.compile(r"(?r)[\s—–·|•-]*")
_TOKEN = regex.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class StampSide:
    """A title candidate beside a date stamp: ``text[start:end]`` (whole words) and its key;
    ``cut`` is the span that goes with it (the candidate, the stamp and the marks between)."""

    start: int
    end: int
    key: str
    cut: tuple[int, int]


def stamp_sides(text: str) -> list[StampSide]:
    """Every candidate title of STAMP_TITLE_MIN_WORDS..STAMP_TITLE_MAX_WORDS words that ends
    right before a numeric date stamp or starts right after one (with dashes, bullets or bars
    between), on the stamp's line."""
    out: list[StampSide] = []
    for m in _STAMP.finditer(text):
        ls = text.rfind("\n", 0, m.start()) + 1
        le = text.find("\n", m.end())
        le = len(text) if le < 0 else le
        # after the stamp: "26.03.2024 · <title> ..."
        a = _ROW_MARKS.match(text, m.end(), le).end()
        tokens = [t for t in _TOKEN.finditer(text, a, le)][:STAMP_TITLE_MAX_WORDS]
        for k in range(STAMP_TITLE_MIN_WORDS, len(tokens) + 1):
            if _STAMP.fullmatch(tokens[k - 1].group()):
                break
            s, e = a, tokens[k - 1].end()
            out.append(StampSide(s, e, unit_key(text[s:e]), (m.start(), e)))
        # before the stamp: "— <title> (12.03.2024)", "<title> — 01.04.2024"
        b = _ROW_MARKS_BACK.search(text, ls, m.start()).start()
        tokens = [t for t in _TOKEN.finditer(text, ls, b)][-STAMP_TITLE_MAX_WORDS:]
        for k in range(STAMP_TITLE_MIN_WORDS, len(tokens) + 1):
            if _STAMP.fullmatch(tokens[-k].group()):
                break
            s, e = tokens[-k].start(), b
            out.append(StampSide(s, e, unit_key(text[s:e]), (s, m.end())))
    return out


def stamped_titles(text: str, titles: frozenset, own: int | None = None) -> list[tuple[int, int]]:
    """Spans to remove: for each date stamp, the longest candidate beside it whose key hashes
    into ``titles`` (other pages' titles; never the page's own, ``own``), with the stamp and
    the marks between; the marks before a row ("— ", "· ") go with it."""
    best: dict[tuple[int, bool], StampSide] = {}
    for side in stamp_sides(text):
        h = unit_hash(side.key)
        if h not in titles or h == own:
            continue
        slot = (side.cut[0] if side.cut[0] != side.start else side.cut[1], side.cut[0] == side.start)
        if slot not in best or side.end - side.start > best[slot].end - best[slot].start:
            best[slot] = side
    spans = []
    for side in best.values():
        s, e = side.cut
        ls = text.rfind("\n", 0, s) + 1
        s = _ROW_MARKS_BACK.search(text, ls, s).start()
        while s < e and text[s].isspace():
            s += 1
        le = text.find("\n", e)
        le = len(text) if le < 0 else le
        while e < le and text[e] in " \t":
            e += 1
        spans.append((s, e))
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


# --- a site's sentence with something run into its front --------------------------------
# A byline, a caption or a name runs into the site's promo where the page's blocks were joined
# with spaces ("Әлия ҚАЙРАТҚЫЗЫ Жаңалықтарды WhatsApp арқылы алғыңыз келе ме?"): the unit is
# different on every page, the sentence is the same.  A unit's *tail* starts at a word in
# sentence case (a capital, then a lower-case letter) right after a word that ends in no
# sentence mark (a name, a figure, "16+"), and runs to the unit's end; tails of TAIL_MIN_WORDS
# words or more are counted like units (the same keys: the promo alone on one page and after a
# byline on the next count together), at most MAX_TAILS per unit (the shortest ones: the
# sentence that something ran into ends the unit).
TAIL_MIN_WORDS = 3
MAX_TAILS = 4
_SENTENCE_CASE = regex.compile(r"\p{Lu}\p{Ll}")
_SENTENCE_MARK_END = regex.compile(r"[.!?…:;,][»\"”’)]*$")


def unit_tails(unit: Unit) -> list[tuple[int, str]]:
    """(start in the text, key) of each tail of ``unit`` (see above), longest first."""
    tokens = list(_TOKEN.finditer(unit.text))
    out: list[tuple[int, str]] = []
    for i in range(1, len(tokens) - TAIL_MIN_WORDS + 1):
        if not _SENTENCE_CASE.match(tokens[i].group()) or _SENTENCE_MARK_END.search(tokens[i - 1].group()):
            continue
        out.append((unit.start + tokens[i].start(), unit_key(unit.text[tokens[i].start():])))
    return out[-MAX_TAILS:]
