"""Correct misspelt Russian words, only when the correction is clear.

A word is corrected (``repair.typos``) only when all of these hold:

* it is written in lower-case Russian letters (never a capitalised word, a name, an
  abbreviation, a Latin-script word or a number) and is at least
  :data:`MIN_TYPO_LEN` letters long;
* the Russian dictionary may judge it (no Kazakh letter in its sentence, its paragraph
  is Russian; see :class:`~corpusclean.repair.context.Context`);
* it is unknown: neither in pymorphy3's dictionary nor in the frequency list (so its
  Zipf frequency is below 2.5), and it occurs only once in the document;
* exactly one word one edit away (a letter deleted, inserted, replaced, or two
  neighbours swapped; the first letter stays) is a plausible word (in pymorphy3's dictionary with Zipf >=
  :data:`MIN_PLAUSIBLE_ZIPF`), and that word is common (Zipf >=
  :data:`MIN_TARGET_ZIPF`, so at least 30 times as frequent as the unknown word).

Candidates are generated directly (about 66 per letter of the word) and looked up in
the frequency dict: no precomputed edit-distance index.
"""

from __future__ import annotations

from typing import Iterator

import regex

from ..edits import Change
from . import lexicon
from .context import Context
from .words import candidate_words, word_counts

__all__ = ["typo_changes", "correct", "edits1"]

# Shortest word considered: short words have many neighbours and are often foreign
# or rare words.  7 was set on 300k tokens of Russian software translations, where 6
# changed "ладино" (a language) to "ладно" and "стиков" to "стихов".
MIN_TYPO_LEN = 7
# Any neighbour in the dictionary at least this frequent (once per million words) is a
# plausible reading; two plausible readings make the word ambiguous.
MIN_PLAUSIBLE_ZIPF = 3.0
# The single plausible neighbour must be at least this frequent (Zipf 4: 10 per
# million words).  The unknown word is below the list's floor (Zipf 2.5), so the
# correction is at least 10^1.5 (about 30) times more frequent.
MIN_TARGET_ZIPF = 4.0

ALPHABET = "абвгдежзийклмнопрстуфхцчшщъыьэюяё"
_RU_LOWER = regex.compile(r"^[а-яё]+$")


def edits1(word: str) -> set[str]:
    """All strings one deletion, transposition, replacement or insertion away that
    keep the first letter (typing errors rarely hit it, while changing it turns rare
    words into common ones: "зазаки" -> "казаки")."""
    splits = [(word[:i], word[i:]) for i in range(1, len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    transposes = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    replaces = {a + c + b[1:] for a, b in splits if b for c in ALPHABET if c != b[0]}
    inserts = {a + c + b for a, b in splits for c in ALPHABET}
    return (deletes | transposes | replaces | inserts) - {word}


def _same_but_yo(a: str, b: str) -> bool:
    return a.replace("ё", "е") == b.replace("ё", "е")


def correct(word: str) -> str | None:
    """The correction of the lower-case ``word``, or None to leave it."""
    if len(word) < MIN_TYPO_LEN or not _RU_LOWER.match(word) or lexicon.is_known(word):
        return None
    plausible = [c for c in edits1(word)
                 if lexicon.zipf(c) >= MIN_PLAUSIBLE_ZIPF and lexicon.in_dictionary(c) and not _same_but_yo(c, word)]
    if len(plausible) != 1:
        return None
    target = plausible[0]
    if lexicon.zipf(target) < MIN_TARGET_ZIPF:
        return None
    return target


def typo_changes(text: str, ctx: Context | None = None) -> Iterator[Change]:
    ctx = ctx or Context(text)
    counts = word_counts(text)
    protected = lexicon.protected_tokens()
    for s, e, word in candidate_words(text, ctx):
        if not word.islower() or counts[word] > 1 or word in protected:
            continue
        fixed = correct(word)
        if fixed:
            yield Change(s, e, fixed, "repair.typos")
