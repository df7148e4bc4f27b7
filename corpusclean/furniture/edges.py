"""Line openings: furniture that runs into the first sentence of a page joined with spaces.

A scraper that joins a page's blocks with spaces leaves the site's menu or name in front
of the headline with no punctuation between ("Ауыл Өңір Тұлға Сұхбат Ауылдағы мектепке ...").
No sentence boundary separates them, so the menu is not a unit of its own; but the opening
words repeat on the site's pages while what follows changes.  For the first unit of the
document's first line and of every long line
(:data:`~corpusclean.boilerplate.segmentation.SOFT_SPLIT_MIN_WORDS` words or more: a page
joined into one line), every opening of :data:`EDGE_MIN_WORDS` to :data:`EDGE_MAX_WORDS`
words is counted; the learned opening is the longest one that nearly always comes with the
same words (:data:`EDGE_DOMINANCE`) and is nearly always followed by a capitalised word (the
headline), and it is removed only where a capitalised word follows.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .units import unit_key

__all__ = ["Opening", "openings", "opening_keys", "chain_ends", "EDGE_MIN_WORDS", "EDGE_MAX_WORDS", "EDGE_DOMINANCE",
           "OPENING_MARK", "CAPITAL_MARK"]

# A menu or a site name has at least three words here (a one- or two-word opening is a
# city in a dateline, "Астана.", or a title's first words); twelve covers the longest
# menus of the test layouts (nine items) with room.
EDGE_MIN_WORDS = 3
EDGE_MAX_WORDS = 12
# An opening P extended by one word is the same furniture when at least this share of the
# documents with P have the longer one too ("Хроники Околица Земляки" -> "... Огород Почта");
# where the next word varies (the headline begins), P ends.
EDGE_DOMINANCE = 0.8
# Openings are kept apart from whole units in the counts by this mark before their key (a
# unit's key never starts with punctuation), and their counts before a capital by the second.
OPENING_MARK = "^"
CAPITAL_MARK = "+"

_WORD = regex.compile(r"\S+")
_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\p{N}]")
_CONTINUES = regex.compile(r"[,;:–—-]$")


@dataclass(frozen=True, slots=True)
class Opening:
    """The first ``words`` words of a line: ``text[start:end]``; ``next_start``
    is where the following word begins (the removal runs up to it), ``before_capital`` says
    that this word starts with a capital letter (a headline does; a number does not count:
    "Курс доллара на 7 апреля" opens every page of a currency feed, and is content)."""

    start: int
    end: int
    next_start: int
    words: int
    key: str
    before_capital: bool


def _opening_lines(text: str) -> set[int]:
    """Starts of the lines whose first unit may open with furniture: the document's first
    line, and every long line (a page or a part of one joined with spaces)."""
    from ..boilerplate.segmentation import SOFT_SPLIT_MIN_WORDS

    starts, pos, first = set(), 0, True
    for line in text.split("\n"):
        if line.strip() and (first or len(_WORD.findall(line)) >= SOFT_SPLIT_MIN_WORDS):
            starts.add(pos)
            first = False
        pos += len(line) + 1
    return starts


def openings(text: str) -> list[list[Opening]]:
    """Per line that may open with furniture, its openings, shortest first.  The words are
    counted from the line's start across unit boundaries: the shared units split a menu
    from the headline on some pages and not on others ("... Мұрағат Маслихат утвердил")."""
    from .learn import is_candidate

    out = []
    for line_start in sorted(_opening_lines(text)):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        words = []
        for m in _WORD.finditer(text, line_start, line_end):
            if _LETTER_OR_DIGIT.search(m.group()):  # "|" between menu items is no word
                words.append((m.start(), m.end()))
                if len(words) > EDGE_MAX_WORDS:
                    break
        found = []
        for k in range(EDGE_MIN_WORDS, len(words)):
            s, e = words[0][0], words[k - 1][1]
            piece = text[s:e]
            if _CONTINUES.search(piece) or not is_candidate(piece):
                continue
            nxt = text[words[k][0]]
            found.append(Opening(s, e, words[k][0], k, OPENING_MARK + unit_key(piece), nxt.isupper()))
        if found:
            out.append(found)
    return out


def opening_keys(text: str) -> set[str]:
    """What the learner counts for a document's openings: each opening's key, and the key with
    :data:`CAPITAL_MARK` when a capitalised word follows it."""
    keys = set()
    for line in openings(text):
        for o in line:
            keys.add(o.key)
            if o.before_capital:
                keys.add(CAPITAL_MARK + o.key)
    return keys


def chain_ends(counts: dict[str, int], capital: dict[str, int]) -> dict[str, int]:
    """The learned openings among frequent ones (key -> documents; ``capital``: documents where
    a capitalised word follows it).  An opening of :data:`EDGE_MIN_WORDS` words, or one word
    more than a chain member and nearly as frequent, is a member; the last member of a chain
    is learned when a capitalised word (a new block: the headline) nearly always follows it.
    "Мемлекет басшысы Қасым-Жомарт Тоқаев" opening many paragraphs of a site is followed by
    a verb ("...Тоқаев жарлыққа қол қойды"): it is not furniture."""
    members: set[str] = set()
    for key in sorted(counts, key=lambda k: (len(k.split(" ")), k)):
        n_words = len(key.split(" "))
        parent = key.rsplit(" ", 1)[0]
        if n_words == EDGE_MIN_WORDS or (parent in members and counts[key] >= EDGE_DOMINANCE * counts[parent]):
            members.add(key)
    parents = {k.rsplit(" ", 1)[0] for k in members if len(k.split(" ")) > EDGE_MIN_WORDS}
    return {k: counts[k] for k in sorted(members)
            if k not in parents and capital.get(k, 0) >= EDGE_DOMINANCE * counts[k]}
