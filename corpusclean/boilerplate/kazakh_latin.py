"""Kazakh phrases in the 2021 Latin alphabet: the phrase lists read pages in either script.

Kazakh sites in the Latin alphabet print the same menus, labels and counters as Cyrillic ones
("Basty bet", "Saiasat", "Oqyldy: 538", "Bölısu:", "Osy taqyrypta"), and no list holds them.
Rather than a second list, every Kazakh phrase is also given in Latin letters, letter by
letter (``data/boilerplate/kk_latin_2021.map``: the 2021 alphabet, a Cyrillic letter and its
Latin form a row, nothing for ъ and ь).  Phrases are normalised by case folding, and a capital "I" (of "ı")
folds to "i": so a phrase with "ı" also stands with "i" for it, everywhere or only at the
start of its words ("Izdeu", "ızdeu", "IZDEU").

>>> sorted(latin_forms("іздеу"))
['izdeu', 'ızdeu']
>>> sorted(latin_forms("басты бет"))
['basty bet']

The same map read backwards gives the Cyrillic readings of a Latin word
(``cyrillic_readings``), for the evidence that a Latin word is Kazakh:

>>> cyrillic_readings("aitty"), cyrillic_readings("saiasat"), cyrillic_readings("Izdeu")
(('айтты',), ('сайасат', 'саясат'), ('іздеу',))
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    text = resources.files("corpusclean").joinpath("data", "boilerplate", "kk_latin_2021.map").read_text(encoding="utf-8")
    out = {}
    for row in text.splitlines():
        if row.strip():
            cyrillic, _, latin = row.partition(" ")
            out[cyrillic] = latin
    return out


def to_latin(phrase: str) -> str:
    """A lower-case Cyrillic Kazakh phrase in the 2021 Latin alphabet ("осы тақырыпта" ->
    "osy taqyrypta"); other characters stay."""
    table = _table()
    return "".join(table.get(ch, ch) for ch in phrase)


def latin_forms(phrase: str) -> set[str]:
    """The Latin forms a normalised Cyrillic ``phrase`` takes in a normalised page (see the
    module docstring); empty when it has no Cyrillic letter."""
    latin = to_latin(phrase)
    if latin == phrase:
        return set()
    at_word_start = " ".join(w[:1].replace("ı", "i") + w[1:] for w in latin.split(" "))
    return {latin, latin.replace("ı", "i"), at_word_start}


# Reading Latin back into Cyrillic: the map reversed.  Where two Cyrillic letters share a
# Latin form the first row is the reading ("e" is е, not э; "h" is х, not һ).  What the map
# cannot say stays as code: "i" is both и and й (й after a vowel: "aitty" = "айтты"), so
# "ia", "iu", "io" after a vowel may be й + a ("saiasat" = "сайасат") or я ("саясат"), and a
# capital "I" opening a word stands for "ı" as often as for "i" (see the module docstring).
_VOWELS = frozenset("aäeıioöuūüy")
# Letters the 2021 alphabet lacks but Latin Kazakh pages still write (the 2017-2018 drafts'
# "w" for у; "x" for х in loanwords): read as their Cyrillic letter, not as "not Kazakh".
_LETTERS_OUTSIDE_2021 = {"w": "у", "x": "х"}


@lru_cache(maxsize=1)
def _reverse_table() -> tuple[tuple[tuple[str, str], ...], dict[str, str]]:
    """(digraphs, letters): the Latin forms of two letters and their Cyrillic letter, and the
    one-letter forms, each read as the first Cyrillic letter of the map that writes it."""
    digraphs: dict[str, str] = {}
    letters: dict[str, str] = dict(_LETTERS_OUTSIDE_2021)
    for cyrillic, latin in _table().items():
        if len(latin) > 1:
            digraphs.setdefault(latin, cyrillic)
        elif latin:
            letters.setdefault(latin, cyrillic)
    return tuple(sorted(digraphs.items(), key=lambda pair: -len(pair[0]))), letters


def _reading(low: str, digraph_after_vowel: bool) -> str | None:
    """One Cyrillic reading of the lower-case Latin word ``low``; None when a letter has none.
    ``digraph_after_vowel``: read "ia", "iu", "io" after a vowel as я, ю, ё (else й + a vowel)."""
    digraphs, letters = _reverse_table()
    out, k = [], 0
    while k < len(low):
        after_vowel = k > 0 and low[k - 1] in _VOWELS - {"i"}
        for lat, cyr in digraphs:
            if low.startswith(lat, k) and (digraph_after_vowel or lat[0] != "i" or not after_vowel):
                out.append(cyr)
                k += len(lat)
                break
        else:
            ch = low[k]
            if ch == "i":
                out.append("й" if after_vowel else "и")
            elif ch in letters:
                out.append(letters[ch])
            else:
                return None
            k += 1
    return "".join(out)


@lru_cache(maxsize=65536)
def cyrillic_readings(word: str) -> tuple[str, ...]:
    """Cyrillic readings of a Latin Kazakh ``word`` (lower-cased), most likely first
    ("aitty" -> "айтты"; "saiasat" -> "сайасат", "саясат"); empty when it holds a letter
    the 2021 alphabet has no reading for ("Respublica")."""
    low = word.lower().replace("i\u0307", "i")  # "İ".lower() is "i" + a combining dot
    readings: list[str] = []
    for digraph_after_vowel in (False, True):
        r = _reading(low, digraph_after_vowel)
        if r is None:
            return ()
        if word[:1] == "I" and r[:1] == "и":
            r = "і" + r[1:]  # a capital "I" opens "іздеу" more often than "издеу"
        if r not in readings:
            readings.append(r)
    return tuple(readings)
