"""Word knowledge for the repair steps, loaded once and lazily.

* :func:`morph` - pymorphy3's Russian analyser (dictionary lookup and suffix-based
  guesses); about 40 MB and 0.2 s to load.
* :func:`zipf` - Zipf frequency (log10 of occurrences per billion words) of a Russian
  word, from ``data/repair/ru_wordfreq.tsv`` (derived from wordfreq, CC BY-SA 4.0);
  0.0 for a word not in the list (i.e. rarer than Zipf 2.5).
* plain word lists under ``data/repair/`` (CamelCase names, brand parts,
  abbreviations, short function words) and the party registry's protected tokens.
* :func:`is_word` / :func:`frequency` - the public, language-aware look-up other steps
  use (``segment.units`` asks whether a part of a glued token is a complete word form):
  Russian through pymorphy3's dictionary and the frequency list, Kazakh through
  :mod:`corpusclean.repair.kazakh` (hunspell-kk's stems plus Kazakh suffix rules).

Nothing here imports pymorphy3 at module import time.
"""

from __future__ import annotations

import functools
from importlib import resources

__all__ = ["is_word", "frequency", "LANGUAGES", "morph", "zipf", "is_known", "word_list", "camelcase_names", "camelcase_parts",
           "abbreviations", "function_words", "kk_markers", "protected_tokens", "KK_LETTERS", "NON_RU_LETTERS"]

# Letters that occur in Kazakh but not in Russian; і (U+0456) is also Ukrainian and
# Belarusian, so any of these marks a word as "not for the Russian dictionary".
KK_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
NON_RU_LETTERS = KK_LETTERS | frozenset("їєўґЇЄЎҐ")

# A word listed at or above this Zipf frequency counts as a real word even when
# pymorphy3 does not know it (new words, loans, names written in lower case).  2.5 is
# the floor of the shipped list: everything in it is "known".
KNOWN_ZIPF = 2.5


def _data_lines(name: str) -> list[str]:
    text = resources.files("corpusclean").joinpath("data", "repair", name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln and not ln.startswith("#")]


@functools.lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """A plain one-word-a-line list from ``data/repair/``, as a frozenset."""
    return frozenset(_data_lines(name))


@functools.lru_cache(maxsize=1)
def _freq() -> dict[str, str]:
    """word -> Zipf*100 as written in the file (converted on lookup: loading stays
    one split of the whole file, about 0.05 s for 126k words)."""
    text = resources.files("corpusclean").joinpath("data", "repair", "ru_wordfreq.tsv").read_text(encoding="utf-8")
    fields = text.split()
    return dict(zip(fields[0::2], fields[1::2]))


def zipf(word: str) -> float:
    """Zipf frequency of a lower-case Russian word; 0.0 when it is not listed."""
    z = _freq().get(word)
    return int(z) / 100 if z is not None else 0.0


def frequency_words():
    """The words of the Russian frequency list (a view of its keys; for questions about the
    list as a whole, such as how many listed words open with a given string)."""
    return _freq().keys()


@functools.lru_cache(maxsize=1)
def morph():
    import pymorphy3  # heavy: only when a repair step runs

    return pymorphy3.MorphAnalyzer(lang="ru")


@functools.lru_cache(maxsize=65536)
def in_dictionary(word: str) -> bool:
    """pymorphy3 has ``word`` (lower case) in its dictionary (not a guess)."""
    return morph().word_is_known(word)


def is_known(word: str) -> bool:
    """A real word: in pymorphy3's dictionary or in the frequency list."""
    return word in _freq() or in_dictionary(word)


def camelcase_names() -> frozenset[str]:
    return frozenset(n.lower() for n in word_list("camelcase_names.txt"))


def camelcase_parts() -> frozenset[str]:
    return word_list("camelcase_parts.txt")


def abbreviations() -> frozenset[str]:
    return word_list("abbreviations.txt")


def function_words() -> frozenset[str]:
    return word_list("ru_function_words.txt")


def kk_markers() -> frozenset[str]:
    """Kazakh words without Kazakh-only letters ("мен", "туралы", "жобасы")."""
    return word_list("kk_marker_words.txt")


@functools.lru_cache(maxsize=1)
def protected_tokens() -> frozenset[str]:
    """Lower-cased tokens that must never be split or corrected: CamelCase names from
    our list plus the party registry's name tokens and fused forms (when the
    ``corpusclean.parties`` module is installed)."""
    tokens = set(camelcase_names())
    try:
        from ..parties import protected_tokens as party_tokens  # type: ignore[attr-defined]
    except ImportError:
        party_tokens = None
    if party_tokens is not None:
        tokens.update(t.lower() for t in party_tokens())
    return frozenset(tokens)


# Languages the look-up knows.
LANGUAGES = ("kk", "ru")
_RU_LETTERS = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
_KK_LETTERS = _RU_LETTERS | frozenset("әғқңөұүһі")
_HYPHENS = "-‐‑"


def _check_lang(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r} for the word look-up; known: {', '.join(LANGUAGES)}")


def is_word(token: str, lang: str) -> bool:
    """Whether ``token`` is a complete word form of ``lang`` ("ru" or "kk").

    Case is ignored (a capitalised sentence opener counts); a hyphenated token counts
    when every part does ("Бірінші-кезекте", "по-русски" when pymorphy3 lists it).
    Russian: in pymorphy3's dictionary or in the frequency list.  Kazakh: a stem of
    hunspell-kk followed by suffixes that Kazakh grammar allows in that order and
    allomorph (бағдарламасының, қатарына, келеді).  Letters of another alphabet, digits
    or other signs make the token no word of either language.  Names are words only
    where the dictionary lists them (pymorphy3 lists many Russian names; the Kazakh
    list has few)."""
    _check_lang(lang)
    low = token.lower()
    if not low:
        return False
    if any(h in low for h in _HYPHENS):
        parts = low.replace("‐", "-").replace("‑", "-").split("-")
        if not all(p.isalpha() for p in parts):
            return False  # "3-й", "COVID-19": not a word form of the dictionary
        if lang == "ru" and is_known("-".join(parts)):
            return True
        return all(is_word(p, lang) for p in parts)
    letters = _RU_LETTERS if lang == "ru" else _KK_LETTERS
    if not letters.issuperset(low):
        return False
    if lang == "ru":
        return is_known(low)
    from .kazakh import is_kazakh_word

    return is_kazakh_word(low)


def frequency(token: str, lang: str) -> float | None:
    """Zipf frequency of ``token`` (log10 of occurrences per billion words).

    Russian: from ``data/repair/ru_wordfreq.tsv``, 0.0 for a word rarer than Zipf 2.5.
    Kazakh: None - no Kazakh frequency list with a licence we can ship was found on the
    package registry (see docs/repair.md), so callers must decide on :func:`is_word`
    and on evidence in the text instead."""
    _check_lang(lang)
    if lang == "kk":
        return None
    return zipf(token.lower().replace("ё", "е")) or zipf(token.lower())
