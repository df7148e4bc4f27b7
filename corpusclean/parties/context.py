"""Context evidence for party names that are also common words or names of other bodies.

Two questions, both answered from data files under ``corpusclean/data/parties/``:

* Is a sentence about parties?  ``context_words.txt`` lists word prefixes (партия,
  партиясы, фракция, депутаттар, съезд, филиал, төраға, хатшы, partııasy ...).  A name
  such as «Аманат» or «Бірлік» is a party only with one of them in its sentence or the
  one before (:meth:`SentenceIndex.window`).
* Does a head noun name another kind of body?  ``heads_before.txt`` (Russian order:
  платформа «Аманат», форум «Бірлік») and ``heads_after.txt`` (Kazakh order: «Бірлік»
  форумы, «Аманат» азаматтық платформасы, «Асар» волонтёр жастар тобы).

>>> has_party_context("Вчера прошёл съезд. Делегаты «Аманата» проголосовали.", 0, 54)
True
>>> head_before_names_other_body("форум")
True
"""

from __future__ import annotations

import bisect
from functools import lru_cache
from importlib import resources

import regex

__all__ = ["SentenceIndex", "has_party_context", "head_before_names_other_body", "head_after_names_other_body",
           "is_context_word", "word_prefixes"]

# A sentence ends at . ! ? … (optionally followed by closing quotes or brackets) before
# spaces and a capital letter, a digit or an opening quote, or at a line break; the next
# sentence starts after the spaces.
_SENTENCE_END = regex.compile(r"[.!?…]+[»”\"')\]]*\s+(?=[\p{Lu}\d«„“\"(—–-])|\n\s*")
_WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}\-]*")


@lru_cache(maxsize=None)
def word_prefixes(name: str) -> tuple[str, ...]:
    """The sorted prefixes in ``corpusclean/data/parties/<name>.txt``."""
    text = resources.files("corpusclean").joinpath("data", "parties", name).read_text(encoding="utf-8")
    return tuple(sorted({w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#")}))


@lru_cache(maxsize=None)
def _prefix_re(name: str) -> regex.Pattern:
    words = sorted(word_prefixes(name), key=lambda w: (-len(w), w))
    return regex.compile("^(?:" + "|".join(regex.escape(w) for w in words) + ")")


def is_context_word(word: str) -> bool:
    """``word`` (any case) starts with a party-context prefix."""
    return bool(_prefix_re("context_words.txt").match(word.lower()))


def head_before_names_other_body(word: str) -> bool:
    return bool(_prefix_re("heads_before.txt").match(word.lower()))


def head_after_names_other_body(word: str) -> bool:
    return bool(_prefix_re("heads_after.txt").match(word.lower()))


def has_party_context(text: str, lo: int, hi: int, skip: tuple[int, int] | None = None) -> bool:
    """A party-context word in ``text[lo:hi]`` (outside the span ``skip``)."""
    for m in _WORD.finditer(text, lo, hi):
        if skip is not None and m.start() < skip[1] and m.end() > skip[0]:
            continue
        if is_context_word(m.group()):
            return True
    return False


class SentenceIndex:
    """Sentence starts of one text, for looking up a span's sentence and the one before."""

    def __init__(self, text: str):
        self.text = text
        self.starts = sorted({0} | {m.end() for m in _SENTENCE_END.finditer(text)})

    def window(self, start: int, end: int) -> tuple[int, int]:
        """From the start of the sentence before the one holding ``start`` to the end of
        the sentence holding ``end``."""
        i = bisect.bisect_right(self.starts, start) - 1
        lo = self.starts[max(0, i - 1)]
        j = bisect.bisect_right(self.starts, max(start, end - 1))
        hi = self.starts[j] if j < len(self.starts) else len(self.text)
        return lo, hi

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The sentence (or sentences) holding ``text[start:end]``."""
        i = bisect.bisect_right(self.starts, start) - 1
        j = bisect.bisect_right(self.starts, max(start, end - 1))
        return self.starts[i], (self.starts[j] if j < len(self.starts) else len(self.text))
