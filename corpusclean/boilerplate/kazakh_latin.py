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
