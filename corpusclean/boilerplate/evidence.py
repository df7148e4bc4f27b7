"""What a word tells about a unit boundary next to it (Russian and Kazakh).

The segmenter never decides from a list of names.  It asks three questions of the words
on either side of a candidate boundary:

* does the right word *open* a sentence or clause?  A function word written with a
  capital ("В", "На", "Он", "Бұл", "Ол"; the stopword lists of ``data/boilerplate``), or
  a capitalised common word that is not a name ("Подписание", "Эксперты", "Заместитель":
  known to the Russian dictionary, its best reading not a name, place or organisation);
* is the left part a complete word form on its own (the Russian dictionary or frequency
  list knows it; a Kazakh word with Kazakh letters; an acronym in capitals)?
* does the whole token recur unbroken elsewhere in the text (a CamelCase name such as
  "ЦентрКредит" does, a glued junction practically never)?

Word knowledge comes from :mod:`corpusclean.repair.lexicon` (pymorphy3 and the Russian
frequency list, loaded lazily) and the repair helper's CamelCase lists as a last guard.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import regex

from ..repair import lexicon
from .kazakh_latin import cyrillic_readings as latin_kazakh_cyrillic  # the 2021 alphabet read back

__all__ = ["function_words", "is_opener", "is_common_capitalised", "complete_word", "is_acronym",
           "protected_camelcase", "KK_LETTER", "latin_kazakh_cyrillic", "latin_kazakh_word", "KK_LETTER_EITHER_SCRIPT"]

KK_LETTER = regex.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
# The same in Cyrillic and in the 2021 Latin alphabet, whose letters English and Russian
# transliteration never write (ä ğ ı ñ ö ş ū ü, and q; a capital "I" is any Latin word's).
KK_LETTER_EITHER_SCRIPT = regex.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІäğıñöşūüqÄĞÑÖŞŪÜQ]")
# A capitalised word counts as a common word (not a name) when the Russian frequency list
# has its lower-case form at least this often (Zipf).  3.0 is about one in a million words:
# "подписание" 3.9, "эксперты" 4.2; rare lower-case forms of names ("аляске") fall below.
COMMON_WORD_MIN_ZIPF = 3.0
# A left part shorter than this is not judged a complete word ("Каз", "iPh"), except a
# function word.
LEFT_MIN_LETTERS = 4
# Tags of pymorphy3 that make a reading a name rather than a common word.
_NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Init"})


def _data(name: str) -> str:
    return resources.files("corpusclean").joinpath("data", "boilerplate", name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Lower-case function words of both languages (prepositions, conjunctions,
    pronouns, particles): they open clauses and never end a title or a caption."""
    words: set[str] = set()
    for name in ("stopwords-kk.txt", "stopwords-ru.txt"):
        words.update(w.strip() for w in _data(name).splitlines() if w.strip() and not w.startswith("#"))
    words.update(lexicon.function_words())
    return frozenset(words)


def _cyrillic_ru(word: str) -> bool:
    return bool(regex.fullmatch(r"[а-яё]+", word))


@lru_cache(maxsize=65536)
def _is_name_reading(low: str) -> bool:
    """The most likely pymorphy3 reading of ``low`` is a name, place or organisation."""
    parses = lexicon.morph().parse(low)
    if not parses:
        return False
    return bool(_NAME_TAGS & set(parses[0].tag.grammemes))


def is_opener(word: str) -> bool:
    """A capitalised function word ("В", "На", "Он", "Бұл"): opens a sentence or clause."""
    return bool(word) and word[0].isupper() and word.lower() in function_words()


@lru_cache(maxsize=65536)
def is_common_capitalised(word: str) -> bool:
    """A capitalised Russian common word that is not a name ("Подписание", "Эксперты",
    "Заместитель"; not "России", "Полетаев", "Мунай").  Kazakh words are judged by
    :func:`is_opener` only: no Kazakh dictionary tells names from common words yet."""
    if len(word) < 2 or not word[0].isupper() or not word[1:].islower():
        return False
    low = word.lower()
    if not _cyrillic_ru(low):
        return False
    if lexicon.zipf(low) < COMMON_WORD_MIN_ZIPF and not lexicon.in_dictionary(low):
        return False
    return not _is_name_reading(low)


_VERB_POS = frozenset({"VERB", "INFN", "PRTS", "GRND"})


@lru_cache(maxsize=65536)
def is_verb(word: str) -> bool:
    """The most likely reading of a lower-case Russian ``word`` is a verb form."""
    low = word.lower()
    if not _cyrillic_ru(low):
        return False
    parses = lexicon.morph().parse(low)
    return bool(parses) and parses[0].tag.POS in _VERB_POS


@lru_cache(maxsize=65536)
def is_imperative(word: str) -> bool:
    """The most likely reading of a Russian ``word`` is an imperative ("присоединяйтесь")."""
    low = word.lower()
    if not _cyrillic_ru(low):
        return False
    parses = lexicon.morph().parse(low)
    return bool(parses) and parses[0].tag.POS == "VERB" and "impr" in parses[0].tag


@lru_cache(maxsize=65536)
def is_adjective(word: str) -> bool:
    """The most likely reading of a Russian ``word`` is a full adjective or an ordinal."""
    low = word.lower()
    if not _cyrillic_ru(low):
        return False
    parses = lexicon.morph().parse(low)
    return bool(parses) and parses[0].tag.POS in ("ADJF", "PRTF", "NUMR")


_DECLINED = frozenset({"NOUN", "ADJF", "PRTF", "NPRO", "NUMR"})


@lru_cache(maxsize=65536)
def can_open_sentence(word: str) -> bool:
    """A Russian word that may stand first in a sentence without a preposition: a
    declined word only in the nominative ("Подписание", "Эксперты"; not "Совета",
    "Пресненского"), any other part of speech ("Персонально", "Добавьте")."""
    low = word.lower()
    if not _cyrillic_ru(low):
        return True
    for p in lexicon.morph().parse(low):
        if p.tag.POS not in _DECLINED or "nomn" in p.tag:
            return True
    return False


def complete_word(word: str) -> bool:
    """``word`` (the part left of a junction) is a word form on its own."""
    if not word:
        return False
    low = word.lower()
    if low in function_words():
        return True
    letters = regex.sub(r"[^\p{L}]", "", word)
    if len(letters) < LEFT_MIN_LETTERS:
        return is_acronym(word)
    if is_acronym(word):
        return True
    if regex.search(r"\p{Latin}", letters):
        return not regex.search(r"\p{Cyrillic}", letters)  # a Latin token (handle, brand, domain)
    if KK_LETTER.search(letters):
        return True  # Kazakh: no dictionary yet; its letters say it is a Kazakh word form
    return _cyrillic_ru(low) and lexicon.is_known(low)


def is_acronym(word: str) -> bool:
    """Two or more capital letters and nothing else ("РК", "МВД", "СЦК", "СИЗО")."""
    return len(word) >= 2 and word.isupper() and word.isalpha()


def protected_camelcase(token: str, left: str, right: str) -> bool:
    """A CamelCase name the repair steps protect, or a junction between ``left`` and
    ``right`` where one of them is a brand part ("Банк", "Каз", "Ойл")."""
    if token.lower() in lexicon.protected_tokens():
        return True
    return left.lower() in lexicon.camelcase_parts() or right.lower() in lexicon.camelcase_parts()


@lru_cache(maxsize=65536)
def latin_kazakh_word(word: str) -> bool:
    """A Latin word that reads as a Kazakh word form or function word ("ünı", "Izdeu",
    "ūsyndy", "Osy"), not an English or Russian name ("Telegram", "Respublica")."""
    from ..repair.kazakh import is_kazakh_word

    if len(word) < 2 or not regex.fullmatch(r"\p{Latin}+", word):
        return False
    for cyr in latin_kazakh_cyrillic(word):
        if cyr in function_words() or (len(cyr) >= 3 and is_kazakh_word(cyr) and not lexicon.in_dictionary(cyr)):
            return True
    return False
