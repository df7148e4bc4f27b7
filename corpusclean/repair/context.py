"""Where a repair may act: protected spans (URLs, e-mail addresses) and language.

:class:`Context` answers, for an offset in the current text, whether the Russian
dictionary may judge the word there.  It reads ``doc.meta["paragraph_langs"]`` (spans
``{start, end, lang, confidence}`` set by ``lang.detect``) and ``doc.meta["lang"]``
when present, and always adds a local check: a sentence that holds a letter found in
Kazakh (or Ukrainian) but not in Russian is never checked against the Russian
dictionary, so a Kazakh project name quoted in a Russian sentence is safe too; nor is
a sentence with a Kazakh word spelt without those letters ("мен", "туралы", listed in
``data/repair/kk_marker_words.txt``).
"""

from __future__ import annotations

import bisect
import functools

import regex

from .lexicon import NON_RU_LETTERS, kk_markers

__all__ = ["protected_spans", "Context", "URL_OR_EMAIL"]

_TLD = r"(?:kz|ru|com|org|net|info|gov|edu|io|me|tv|uz|kg|by|ua|tj|tm|cn|uk|de|fr|us|eu|biz|news|media|рф|қаз|бел|укр)"
URL_OR_EMAIL = regex.compile(
    r"(?:https?://|ftp://|www\.)[^\s«»\"<>]+"  # explicit URLs
    r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
    # bare domains: Liter.kz, akorda.kz/ru (the look-behind starts a match only at the
    # start of a token, which keeps the scan linear)
    r"|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\." + _TLD + r"\b(?:/[^\s«»\"<>]*)?",
    regex.I,
)

_WORD = regex.compile(r"\p{Cyrillic}+")
_NON_RU = regex.compile("[" + "".join(sorted(NON_RU_LETTERS)) + "]")
# Letters of Kazakh that neither Russian nor Ukrainian has (і is Ukrainian too).
_KAZAKH_ONLY = regex.compile("[әғқңөұүһӘҒҚҢӨҰҮҺ]")
# Between sentences: a line break, or spaces after . ! ? …
_SENTENCE_SEP = regex.compile(r"\n|(?<=[.!?…])[^\S\n]+")


_NON_SPACE = regex.compile(r"\S+")


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Sorted (start, end) spans of URLs, domains and e-mail addresses.

    Only space-free chunks holding a "." or "@" can hold one, so the pattern runs on
    those alone (running it over the whole text cost 70 µs per sentence)."""
    spans = []
    for chunk in _NON_SPACE.finditer(text):
        piece = chunk.group()
        if "." in piece or "@" in piece:
            base = chunk.start()
            spans.extend((base + m.start(), base + m.end()) for m in URL_OR_EMAIL.finditer(piece))
    return spans


def in_spans(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) touches any of the sorted ``spans``."""
    i = bisect.bisect_right(spans, (end, end)) - 1
    while i >= 0:
        s, e = spans[i]
        if e <= start:
            # spans are sorted by start and do not overlap, so earlier ones end earlier
            return False
        if s < end and e > start:
            return True
        i -= 1
    return False


def _sentence_flags(piece: str) -> tuple[bool, bool]:
    """(holds a non-Russian letter or a Kazakh marker word, holds a Kazakh-only letter)."""
    foreign = bool(_NON_RU.search(piece) or not kk_markers().isdisjoint(_WORD.findall(piece.lower())))
    return foreign, bool(_KAZAKH_ONLY.search(piece))


# sentences repeat (the confirming pass, each edit's new context): flags of short ones are kept
_sentence_flags_memo = functools.lru_cache(maxsize=16384)(_sentence_flags)
SENTENCE_MEMO_MAX_CHARS = 1000


class Context:
    """Language and protection facts about one text, for the repair steps."""

    def __init__(self, text: str, doc=None):
        self.text = text
        self.protected = protected_spans(text)
        meta = getattr(doc, "meta", None) or {}
        spans = meta.get("paragraph_langs") or []
        self.lang_spans = sorted((int(s["start"]), int(s["end"]), s.get("lang")) for s in spans
                                 if isinstance(s, dict) and "start" in s and "end" in s)
        self._lang_starts = [start for start, _, _ in self.lang_spans]
        self.doc_lang = meta.get("lang")
        # Sentences (inside lines) that hold a non-Russian letter.
        self._foreign: list[tuple[int, int]] = []
        self._kazakh: list[tuple[int, int]] = []
        pos = 0
        for m in _SENTENCE_SEP.finditer(text):
            self._note(pos, m.start())
            pos = m.end()
        self._note(pos, len(text))

    def _note(self, start: int, end: int) -> None:
        piece = self.text[start:end]
        memo = _sentence_flags_memo if len(piece) <= SENTENCE_MEMO_MAX_CHARS else _sentence_flags
        foreign, kazakh = memo(piece)
        if foreign:
            self._foreign.append((start, end))
        if kazakh:
            self._kazakh.append((start, end))

    def is_protected(self, start: int, end: int) -> bool:
        return in_spans(self.protected, start, end)

    def lang_at(self, pos: int) -> str | None:
        """The language of the paragraph span holding ``pos`` (None if not known)."""
        i = bisect.bisect_right(self._lang_starts, pos) - 1
        if i >= 0:
            s, e, lang = self.lang_spans[i]
            if s <= pos < e:
                return lang
        return None

    def russian_ok(self, start: int, end: int) -> bool:
        """May the Russian dictionary judge the word at [start, end)?"""
        lang = self.lang_at(start)
        if lang is not None and lang != "ru":
            return False
        if lang is None and not self.lang_spans and self.doc_lang not in (None, "ru"):
            return False
        return not in_spans(self._foreign, start, end)

    def kazakh_ok(self, start: int, end: int) -> bool:
        """May the Kazakh lexicon judge the word at [start, end)?  Inside a paragraph
        that ``lang.detect`` marked Kazakh; without paragraph languages, in a Kazakh
        document, or (no language known at all) in a sentence with a Kazakh-only letter."""
        lang = self.lang_at(start)
        if lang is not None:
            return lang == "kk"
        if self.lang_spans:
            return False
        if self.doc_lang is not None:
            return self.doc_lang == "kk"
        return in_spans(self._kazakh, start, end)

    @property
    def may_hold_kazakh(self) -> bool:
        """Whether :meth:`kazakh_ok` can hold anywhere in the text (a cheap test that
        lets a Russian text skip the Kazakh rules)."""
        if self.lang_spans:
            return any(lang == "kk" for _, _, lang in self.lang_spans)
        if self.doc_lang is not None:
            return self.doc_lang == "kk"
        return bool(self._kazakh)
