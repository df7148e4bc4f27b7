"""Spaces around punctuation, quotes and brackets.

Runs of spaces, no-break spaces, zero-width characters and soft hyphens belong to
``space.normalize``; this module only adds a missing space or removes a misplaced one:

* ``repair.spacing.after``: a sentence ends and the next begins with no space
  ("года.Однако"), a comma, semicolon or colon joins two words ("мира,стабильности",
  "Например,в", "заявил:мы"), or a
  guillemet touches the word outside it ("партии«AMANAT»провела");
* ``repair.spacing.before``: a space before , ; : ! ? or a final full stop
  ("партии , которая");
* ``repair.spacing.inside``: spaces just inside «guillemets», (round) and [square]
  brackets.

It never touches URLs, domains and e-mail addresses (``Liter.kz``), abbreviations
("т.е.", "г.Алматы", "ул.Абая"), initials ("Н.Назарбаев"), names with a dot
("Яндекс.Музыка"), decimals ("3.5", "2,7") or times ("10:30"): the rules need letters on
both sides, and a full stop ends a sentence only after a lower-case word of two letters
or more that is not a listed abbreviation.
"""

from __future__ import annotations

from typing import Iterator

import regex

from ..edits import Change
from .context import Context
from .lexicon import abbreviations

__all__ = ["spacing_changes"]

# "слово.Слово": a lower-case Cyrillic letter, sentence punctuation, then a capitalised
# Cyrillic word (or a one-letter one: "года.В Астане"; "«" counts as the space the quote rule
# adds before it, so a second run finds nothing new).  Latin "ASP.Net", "Vote.Kz" are names or domains, so they stay.
_MISSING_AFTER_SENTENCE = regex.compile(
    r"(?<=(?=\p{Cyrillic})\p{Ll})([.!?]|…|\.\.\.)(?=(?=\p{Cyrillic})\p{Lu}(?:(?=\p{Cyrillic})\p{Ll}|[ ,«]))")
# A one-letter Russian word and the space after it: "граждан,а также", "вдвое,а цены".
_ONE_LETTER_WORD = r"[аивскуояАИВСКУОЯ](?=[^\S\n])"
# "слово,слово", "заявил:мы": comma, semicolon or colon between two Cyrillic words of two
# letters or more, or before a one-letter word ("Например,в прошлом")
# (Latin "mode,ownership" is often code or a list of options, and digits "54,19", "10:30",
# "1:0" are numbers, so they stay).
_MISSING_AFTER_COMMA = regex.compile(r"(?<=\p{Cyrillic}\p{Cyrillic})[,;:](?=\p{Cyrillic}\p{Cyrillic}|"
                                     + _ONE_LETTER_WORD + r")")
# Guillemets glued to a word outside them: "партии«AMANAT»", "«AMANAT»провела".
_MISSING_AROUND_QUOTES = regex.compile(r"(?<=\p{L})(?=«)|(?<=»)(?=\p{L})")
# Spaces before , ; ! ? or a single full stop that ends a word group, or before a colon
# after a word (not after a digit: "2 : 1" is a score).
_SPACE_BEFORE = regex.compile(
    r"(?:(?<=[\p{L}\p{N})\]»”])[^\S\n]+(?=(?:[,;!?]|\.(?!\.))(?:[^\S\n]|$|[»”)\]]))"
    r"|(?<=\p{L})[^\S\n]+(?=:(?:[^\S\n]|$)))",
    regex.M,
)
# A pair of guillemets or brackets on one line around words, with spaces just inside:
# "« текст »", "( 4-ое место )".  No nested or stray brackets in between, and the
# opening one is not escaped ("\(" in a pattern).  The inside is matched greedily by a class
# that excludes both brackets and the line break, so each opening bracket scans at most to
# the next bracket: linear time even on a multi-megabyte line with unclosed quotes (a lazy
# "spaces, words, spaces" pattern backtracked quadratically there).
_PAIRS = [regex.compile(r"(?<!\\)" + regex.escape(o) + r"([^" + regex.escape(o + c) + r"\n]*)" + regex.escape(c))
          for o, c in (("«", "»"), ("(", ")"), ("[", "]"))]
_HAS_LETTER = regex.compile(r"\p{L}")
_INNER_SPACE = " \t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
# The word before a full stop, possibly with inner dots (т.е, и.о).
_WORD_BEFORE = regex.compile(r"(?:\p{L}+\.)*\p{L}+$")


def _not_a_sentence_end(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviation or an initial."""
    m = _WORD_BEFORE.search(text, max(0, dot - 40), dot)
    if not m:
        return True
    word = m.group()
    last = word.rsplit(".", 1)[-1]
    if len(last) < 2 or "." in word:  # an initial, or a dotted abbreviation such as т.е
        return True
    if not word.islower():  # a name with a dot: «Яндекс.Музыка», Mail.Ru
        return True
    return word.lower() in abbreviations() or last.lower() in abbreviations()


_TOKEN_AROUND = regex.compile(r"\S+")
_CODE_SIGNS = set("_=%#<>/\\@+")


def _code_colon(text: str, colon: int) -> bool:
    """The colon at ``colon`` is part of a notation, not prose: its token holds a code
    sign or another colon ("послед_клавиш:команда", "чч:мм:сс", "--from=ВЛАДЕЛЕЦ:ГРУППА"),
    or the word before it is in capitals ("ВЛАДЕЛЕЦ:ГРУППА")."""
    start = colon
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    m = _TOKEN_AROUND.match(text, start)
    token = m.group() if m else ""
    if token.count(":") > 1 or _CODE_SIGNS & set(token):
        return True
    left = regex.search(r"\p{L}+$", text[start:colon])
    return bool(left) and left.group().isupper()


_QUOTE_OPEN = "«\"„“'"
_QUOTE_CLOSE = "»\"“”'"
MAX_QUOTED_NOTATION_WORDS = 3
_WORD_RUN = regex.compile(r"\p{L}+")


def _notation_separator(text: str, pos: int) -> bool:
    """The comma, semicolon or colon at ``pos`` separates items of a notation, not words of
    prose (issue 12, round 6, software translations):

    * its space-free token holds two semicolons before its end ("приложение;пакет;программа;"),
      or two commas and ends with an ellipsis ("биб,биб,…"): a keyword list or a syntax
      pattern, which prose spaces ("мира,стабильности,процветания" and
      "тракторов,велосипедов, и" are prose: a final sign is the sentence's own);
    * the words on either side, of three letters or more, repeat one another ("мод,мод",
      "чётный:нечётный");
    * a colon inside a short quotation of at most :data:`MAX_QUOTED_NOTATION_WORDS` words
      ("имя:цвет" in quotes, «#: файл:строка»): a quoted format (a comma there is a
      slip: «Мир,труд»)."""
    sign = text[pos]
    start = pos
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    m = _TOKEN_AROUND.match(text, start)
    token = m.group() if m else ""
    body = token.rstrip(")]»\"")
    if sign == ";" and body.rstrip(";").count(";") > 1:
        return True
    if sign == "," and body.count(",") > 1 and body.endswith(("…", "...")):
        return True
    left = regex.search(r"\p{L}+$", text[start:pos])
    right = _WORD_RUN.match(text, pos + 1)
    if left and right and min(len(left.group()), len(right.group())) >= 3:
        a, b = left.group().lower(), right.group().lower()
        if a in b or b in a:
            return True
    if sign != ":":
        return False
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    opening = max(text.rfind(q, line_start, pos) for q in _QUOTE_OPEN)
    if opening < 0:
        return False
    closing = [i for i in (text.find(q, pos, line_end) for q in _QUOTE_CLOSE) if i >= 0]
    if not closing:
        return False
    inside = text[opening + 1:min(closing)]
    return len(_WORD_RUN.findall(inside)) <= MAX_QUOTED_NOTATION_WORDS


def spacing_changes(text: str, ctx: Context | None = None) -> Iterator[Change]:
    ctx = ctx or Context(text)
    found: list[Change] = []
    for m in _MISSING_AFTER_SENTENCE.finditer(text):
        if ctx.is_protected(m.start() - 1, m.end() + 1):
            continue
        if m.group() == "." and _not_a_sentence_end(text, m.start()):
            continue
        found.append(Change(m.end(), m.end(), " ", "repair.spacing.after"))
    for m in _MISSING_AFTER_COMMA.finditer(text):
        if ctx.is_protected(m.start() - 1, m.end() + 1):
            continue
        if m.group() == ":" and _code_colon(text, m.start()):
            continue
        if _notation_separator(text, m.start()):
            continue
        found.append(Change(m.end(), m.end(), " ", "repair.spacing.after"))
    for m in _MISSING_AROUND_QUOTES.finditer(text):
        if ctx.is_protected(m.start() - 1, m.end() + 1):
            continue
        found.append(Change(m.start(), m.start(), " ", "repair.spacing.after"))
    for m in _SPACE_BEFORE.finditer(text):
        if ctx.is_protected(m.start(), m.end() + 1):
            continue
        if text.startswith(" .", m.end() + 1):  # a spaced ellipsis ". . ." stays
            continue
        found.append(Change(m.start(), m.end(), "", "repair.spacing.before"))
    for rx in _PAIRS:
        for m in rx.finditer(text):
            inner = m.group(1)
            if not _HAS_LETTER.search(inner) or ctx.is_protected(m.start(), m.end()):
                continue
            lead = len(inner) - len(inner.lstrip(_INNER_SPACE))
            trail = len(inner) - len(inner.rstrip(_INNER_SPACE))
            if lead:
                found.append(Change(m.start(1), m.start(1) + lead, "", "repair.spacing.inside"))
            if trail:
                found.append(Change(m.end(1) - trail, m.end(1), "", "repair.spacing.inside"))
    # The rules can meet at one spot ("( ,"): keep the first change at each position.
    found.sort(key=lambda c: (c.start, c.end))
    end = -1
    for ch in found:
        if ch.start >= end and not (ch.start == end and ch.start == ch.end):
            yield ch
            end = ch.end
