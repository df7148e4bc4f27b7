"""Inflection of party names: Russian case forms and Kazakh suffix chains.

Everything here follows ``shared/reference/GRAMMAR.md`` (sections cited inline).  The
functions are pure and small so that the matcher (which needs every surface form) and
the rewriter (which needs the same case in another name) share one model.

Russian (GRAMMAR §1): a quoted proper name without a generic word declines on its last
word only (``Нур Отана``, ``Ак жола``, ``Республики``); a descriptive name declines its
adjectives and head noun and keeps the genitive complement (``Коммунистической партией
Китая``).  Latin-script names and letter abbreviations do not decline (§1.4, §1.5).

Kazakh (GRAMMAR §2-3): the first suffix is chosen by the final sound class of the stem
(V vowel, N nasal, S sonant, Z voiced sibilant, T voiceless and б в г д) and by vowel
harmony (back or front, from the last vowel).  Names ending in the 3rd-person possessive
(``... партиясы``) take the possessive case forms (-ның, -на, -н, -нда, -нан, -мен).
"""

from __future__ import annotations

from functools import lru_cache

RU_CASES = ("nom", "gen", "dat", "acc", "ins", "prep")

_BACK = set("аоұыуяёюэ") | set("aouyūı")
_FRONT = set("әеіөүиё") | set("eiäöü")
_VOWELS_CYR = set("аәеёиоөуұүыіэюя")
_VOWELS_LAT = set("aeiouyäöüūı")
_N = set("мнң") | set("mnñŋ")
_S = set("йурл") | set("lrw")
_Z = set("жз") | set("jz")

# Kazakh reading of a final capital letter in an abbreviation (GRAMMAR §2.1: harmony by
# pronunciation).  ЖСДП reads ...пы, ҚХП ...пы, НПК ...ка, ЕР ...эр.
_LETTER_READING = {
    "Л": ("S", "front"), "М": ("N", "front"), "Н": ("N", "front"), "Р": ("S", "front"),
    "С": ("T", "front"), "Ф": ("T", "front"), "L": ("S", "front"), "M": ("N", "front"),
    "N": ("N", "front"), "R": ("S", "front"), "S": ("T", "front"), "F": ("T", "front"),
}


def kk_class(word: str, abbreviation: bool = False) -> tuple[str, str]:
    """Final sound class and harmony of a Kazakh stem (Cyrillic or Latin).

    >>> kk_class("Отан"), kk_class("AMANAT"), kk_class("Бірлік"), kk_class("ЖСДП", True)
    (('N', 'back'), ('T', 'back'), ('T', 'front'), ('V', 'back'))
    """
    w = word.strip()
    if abbreviation:
        last = w[-1:]
        return _LETTER_READING.get(last.upper(), ("V", "back"))
    low = w.lower()
    harmony = "back"
    for ch in reversed(low):
        if ch in _FRONT and ch not in "иё":
            harmony = "front"
            break
        if ch in _BACK:
            break
    last = low[-1:]
    if last in _VOWELS_CYR or last in _VOWELS_LAT:
        cls = "V"
    elif last in _N:
        cls = "N"
    elif last in _S:
        cls = "S"
    elif last in _Z:
        cls = "Z"
    else:
        cls = "T"
    return cls, harmony


# Suffix allomorphs (GRAMMAR §3.1): morpheme -> class -> (back, front)
_TABLE: dict[str, dict[str, tuple[str, str]]] = {
    "gen": {"V": ("ның", "нің"), "N": ("ның", "нің"), "S": ("дың", "дің"), "Z": ("дың", "дің"), "T": ("тың", "тің")},
    "dat": {"V": ("ға", "ге"), "N": ("ға", "ге"), "S": ("ға", "ге"), "Z": ("ға", "ге"), "T": ("қа", "ке")},
    "acc": {"V": ("ны", "ні"), "N": ("ды", "ді"), "S": ("ды", "ді"), "Z": ("ды", "ді"), "T": ("ты", "ті")},
    "loc": {"V": ("да", "де"), "N": ("да", "де"), "S": ("да", "де"), "Z": ("да", "де"), "T": ("та", "те")},
    "abl": {"V": ("дан", "ден"), "N": ("нан", "нен"), "S": ("дан", "ден"), "Z": ("дан", "ден"), "T": ("тан", "тен")},
    "ins": {"V": ("мен", "мен"), "N": ("мен", "мен"), "S": ("мен", "мен"), "Z": ("бен", "бен"), "T": ("пен", "пен")},
    "locattr": {"V": ("дағы", "дегі"), "N": ("дағы", "дегі"), "S": ("дағы", "дегі"), "Z": ("дағы", "дегі"),
                "T": ("тағы", "тегі")},
    "pl": {"V": ("лар", "лер"), "N": ("дар", "дер"), "S": ("лар", "лер"), "Z": ("дар", "дер"), "T": ("тар", "тер")},
    "deriv": {"V": ("лық", "лік"), "N": ("дық", "дік"), "S": ("лық", "лік"), "Z": ("дық", "дік"), "T": ("тық", "тік")},
}
# After the 3rd-person possessive (GRAMMAR §3.2)
_PX3: dict[str, tuple[str, str]] = {
    "gen": ("ның", "нің"), "dat": ("на", "не"), "acc": ("н", "н"), "loc": ("нда", "нде"),
    "abl": ("нан", "нен"), "ins": ("мен", "мен"), "locattr": ("ндағы", "ндегі"),
}
KK_CASES = ("gen", "dat", "acc", "loc", "abl", "ins", "locattr")


def _suffix(morph: str, cls: str, harmony: str, stem_last: str = "") -> str:
    if morph == "pl" and cls == "S" and stem_last in ("л", "l"):
        return "дар" if harmony == "back" else "дер"
    if morph == "deriv" and cls == "S" and stem_last in ("л", "l"):
        return "дық" if harmony == "back" else "дік"
    back, front = _TABLE[morph][cls]
    return back if harmony == "back" else front


def kk_tail(morphs: tuple[str, ...], cls: str, harmony: str, stem_last: str = "", px3: bool = False) -> str:
    """The suffix string for a morpheme sequence after a stem of the given class.

    >>> kk_tail(("gen",), "T", "back"), kk_tail(("dat",), "N", "back"), kk_tail(("pl", "gen"), "T", "back")
    ('тың', 'ға', 'тардың')
    >>> kk_tail(("dat",), "V", "back", px3=True)
    'на'
    """
    out = []
    for i, m in enumerate(morphs):
        if px3 and i == 0 and m in _PX3:
            s = _PX3[m][0 if harmony == "back" else 1]
        elif m == "px3":
            s = "ы" if harmony == "back" else "і"
        else:
            s = _suffix(m, cls, harmony, stem_last)
        out.append(s)
        cls, _h = kk_class(s)
        stem_last = s[-1]
        if m == "px3":
            px3 = True
            continue
        px3 = False
    return "".join(out)


# Morpheme sequences a name may carry (GRAMMAR §3.3: 1-3 morphemes).
_SEQUENCES: tuple[tuple[str, ...], ...] = (
    *((c,) for c in KK_CASES),
    ("pl",), *(("pl", c) for c in KK_CASES), ("pl", "px3"), *(("pl", "px3", c) for c in KK_CASES),
    ("deriv",), ("deriv", "pl"), *(("deriv", c) for c in KK_CASES), *(("deriv", "pl", c) for c in KK_CASES),
)


@lru_cache(maxsize=None)
def kk_tails(cls: str, harmony: str, stem_last: str = "", px3: bool = False) -> dict[str, tuple[str, ...]]:
    """Every licensed suffix chain after a stem: ``{tail: morphemes}``."""
    out: dict[str, tuple[str, ...]] = {}
    for seq in _SEQUENCES:
        if px3 and seq[0] in ("pl", "deriv"):
            continue  # a possessive stem (партиясы) takes a case directly
        out.setdefault(kk_tail(seq, cls, harmony, stem_last, px3), seq)
    return out


# Kazakh Latin orthographies (GRAMMAR §5): suffixes in Latin-script Kazakh text.
_LATIN_2021 = str.maketrans({"а": "a", "ә": "ä", "б": "b", "г": "g", "ғ": "ğ", "д": "d", "е": "e", "і": "ı",
                             "ы": "y", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "ñ", "п": "p",
                             "р": "r", "с": "s", "т": "t"})
_LATIN_2018 = str.maketrans({"а": "a", "ә": "á", "б": "b", "г": "g", "ғ": "ǵ", "д": "d", "е": "e", "і": "i",
                             "ы": "y", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "ń", "п": "p",
                             "р": "r", "с": "s", "т": "t"})


def latin_tail(tail: str, orthography: str = "2021") -> str:
    """A Cyrillic suffix chain in a Kazakh Latin orthography (``2021`` or ``2018``).

    >>> latin_tail("тың"), latin_tail("ға", "2018")
    ('tyñ', 'ǵa')
    """
    return tail.translate(_LATIN_2021 if orthography == "2021" else _LATIN_2018)


def tail_orthography(tail: str) -> str | None:
    """``cyrillic``, ``2021`` or ``2018`` for a suffix chain as written."""
    if any("\u0400" <= c <= "\u04ff" for c in tail):
        return "cyrillic"
    if any(c in "ńǵáóúý" for c in tail):
        return "2018"
    return "2021"


# --- Russian ---------------------------------------------------------------------------
_ADJ_F = {"nom": "ая", "gen": "ой", "dat": "ой", "acc": "ую", "ins": "ой", "prep": "ой"}
_ADJ_F_SOFT = {"nom": "яя", "gen": "ей", "dat": "ей", "acc": "юю", "ins": "ей", "prep": "ей"}
_ADJ_M = {"nom": "ый", "gen": "ого", "dat": "ому", "acc": "ый", "ins": "ым", "prep": "ом"}
_ADJ_M_I = {"nom": "ий", "gen": "ого", "dat": "ому", "acc": "ий", "ins": "им", "prep": "ом"}
_HUSH = set("гкхжшчщ")


def _ru_noun(word: str) -> dict[str, str] | None:
    """Case forms of one Russian (or russified) noun, or None if it does not decline."""
    low = word.lower()
    if not low or not all(c.isalpha() or c == "-" for c in low):
        return None
    if any("a" <= c <= "z" for c in low):
        return None  # Latin script: indeclinable in Russian text (GRAMMAR §1.4)
    if word.isupper() and len(word) > 1:
        return None  # letter abbreviation (§1.5)
    stem, last = word[:-1], low[-1]
    if low.endswith("ия"):
        s = word[:-1]
        return {"nom": word, "gen": s + "и", "dat": s + "и", "acc": s + "ю", "ins": s + "ей", "prep": s + "и"}
    if last == "а":
        gen = "и" if stem[-1:].lower() in _HUSH else "ы"
        return {"nom": word, "gen": stem + gen, "dat": stem + "е", "acc": stem + "у", "ins": stem + "ой", "prep": stem + "е"}
    if last == "я":
        return {"nom": word, "gen": stem + "и", "dat": stem + "е", "acc": stem + "ю", "ins": stem + "ей", "prep": stem + "е"}
    if last == "ь":
        return {"nom": word, "gen": stem + "и", "dat": stem + "и", "acc": word, "ins": word + "ю", "prep": stem + "и"}
    if last in "бвгджзклмнпрстфхцчшщқғңһ":
        ins = "ем" if last in "жшчщц" else "ом"
        return {"nom": word, "gen": word + "а", "dat": word + "у", "acc": word, "ins": word + ins, "prep": word + "е"}
    return None


def _ru_adj(word: str) -> dict[str, str] | None:
    low = word.lower()
    for ending, table in (("ая", _ADJ_F), ("яя", _ADJ_F_SOFT), ("ый", _ADJ_M), ("ий", _ADJ_M_I), ("ой", _ADJ_M)):
        if low.endswith(ending) and len(low) > 3:
            stem = word[: -len(ending)]
            if ending == "ий" and stem[-1:].lower() in _HUSH:
                table = {**_ADJ_M_I, "ins": "им"}
            return {c: stem + table[c] for c in RU_CASES}
    return None


# Member nouns and adjectives made from a party name (нуротанов-ец, нуротанов-ский): the
# noun declines like отец (fleeting е), the adjective like российский.
_RU_MEMBER_ENDINGS = ("ец", "ца", "цу", "цем", "це", "цы", "цев", "цам", "цами", "цах")
_RU_MEMBER_ADJ_ENDINGS = ("ский", "ская", "ское", "ские", "ского", "ской", "скому", "ским", "скую", "ском", "ских",
                          "скими")


def ru_member_forms(stem: str) -> tuple[str, ...]:
    """Every case form of the member noun and adjective on a stem in -ов.

    >>> ru_member_forms("нуротанов")[:3], "нуротановцами" in ru_member_forms("нуротанов")
    (('нуротановец', 'нуротановца', 'нуротановцу'), True)
    """
    return tuple(stem + e for e in _RU_MEMBER_ENDINGS + _RU_MEMBER_ADJ_ENDINGS)


def ru_paradigm(name: str, mode: str) -> dict[str, str]:
    """Russian case forms of a name.

    ``mode`` is ``none`` (indeclinable), ``last`` (only the last word declines: quoted
    proper names) or ``phrase`` (leading adjectives and the head noun decline, the rest
    is a fixed complement).

    >>> ru_paradigm("Нур Отан", "last")["gen"], ru_paradigm("Единая Россия", "phrase")["ins"]
    ('Нур Отана', 'Единой Россией')
    >>> ru_paradigm("Коммунистическая партия Китая", "phrase")["ins"]
    'Коммунистической партией Китая'
    """
    if mode == "none":
        return {c: name for c in RU_CASES}
    words = name.split(" ")
    if mode == "last":
        forms = _ru_noun(words[-1])
        if forms is None:
            return {c: name for c in RU_CASES}
        head = " ".join(words[:-1])
        return {c: (head + " " + forms[c]) if head else forms[c] for c in RU_CASES}
    if mode == "phrase":
        out = {c: [] for c in RU_CASES}
        i = 0
        while i < len(words):
            adj = _ru_adj(words[i]) if i < len(words) - 1 else None
            if adj is None:
                break
            for c in RU_CASES:
                out[c].append(adj[c])
            i += 1
        noun = _ru_noun(words[i]) if i < len(words) else None
        rest = words[i + 1:]
        for c in RU_CASES:
            out[c].append(noun[c] if noun else words[i])
            out[c].extend(rest)
        return {c: " ".join(v) for c, v in out.items()}
    raise ValueError(f"unknown Russian inflection mode {mode!r}; use none, last or phrase")
