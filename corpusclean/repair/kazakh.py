"""Kazakh word forms: a stem list plus the suffix rules of Kazakh grammar.

:func:`analyse` tells whether a lower-case Cyrillic Kazakh word is a stem from
``data/repair/kk_stems.tsv`` (hunspell-kk's 53,955 stems, built by
``tools/build_kk_stems.py``) followed by up to :data:`MAX_SUFFIXES` suffixes, each in the
allomorph that Kazakh grammar selects after what precedes it
(``shared/reference/GRAMMAR.md`` §2-3): vowel harmony (the last vowel decides back -ның
or front -нің) and the class of the final sound (vowel, nasal, sonant, sibilant or
voiceless: -ның / -дың / -тың).  Suffixes stack in their grammatical order (stem,
derivation, plural, possessive, case, -дағы, personal ending), so бағдарламасының
(бағдарлама+сы+ның), аудандық (аудан+дық) and қатарына (қатар+ы+на) are known while
бағдарламаның+ы is not.  Verbs (stems listed in the dictionary form -у/-ю) take voice,
negation, then a tense, participle or converb ending (жасалған, келеді, болып), and
participles take nominal endings (барғанда).

:func:`loan_stem` reads a Russian loan with Kazakh endings (инвестиция+лар,
компания+сы+ның: a common noun of pymorphy3's dictionary and the Russian frequency list
in the nominative singular); only the glued-word splitter uses it, so :func:`analyse`,
:func:`is_kazakh_word` and the typo rules are unchanged by it.

Only what the rules license is accepted; there is no guessing for unknown stems, so a
name or a new loan word is simply unknown (and the repair steps leave unknown words
alone unless a split or a one-edit correction yields known words).
"""

from __future__ import annotations

import functools
from importlib import resources

__all__ = ["analyse", "verb_root", "verb_roots", "nominal_analysis", "russian_loan", "loan_stem", "possessed_stem", "possessive_form", "genitive", "verb_form", "ending_of", "has_possessive", "continues", "inflected", "suffix_strings", "root_length", "longest_stem", "is_kazakh_word", "stems", "MAX_SUFFIXES", "MAX_WORD_LEN"]

# Suffixes stripped at most (партия+лар+ы+ның+дағы = 4); deeper chains are rare and
# every extra level widens what the rules accept.
MAX_SUFFIXES = 5
# Longer "words" are not analysed at all (bounded work: the analysis tries each
# split point of the last SUFFIX_WINDOW letters at each level).
MAX_WORD_LEN = 40
SUFFIX_WINDOW = 8

BACK = frozenset("аоұыя")  # я: back in loans (Сербияның), as Apertium counts it
FRONT = frozenset("әеіөүэ")
AMBIGUOUS = frozenset("уиюё")  # loan letters: either harmony is accepted
VOWELS = BACK | FRONT | AMBIGUOUS
NASAL = frozenset("мнң")
SONANT = frozenset("йурлию")
SIBILANT = frozenset("жз")


@functools.lru_cache(maxsize=1)
def stems() -> dict[str, str]:
    """stem -> its classes ("n" nominal, "v" verb in -у/-ю, "x" uninflected), from
    hunspell-kk's stems and our short list of common news words it lacks."""
    out: dict[str, str] = {}
    for name in ("kk_stems.tsv", "kk_stems_extra.tsv"):
        text = resources.files("corpusclean").joinpath("data", "repair", name).read_text(encoding="utf-8")
        for line in text.splitlines():
            if line and not line.startswith("#"):
                word, _, classes = line.partition("\t")
                out[word] = "".join(sorted(set(out.get(word, "") + classes)))
    # hunspell-kk lists some stems in -т a second time with the first letter of an ending
    # stuck on (мемлекетт, қызметт, бюджетт, бюджетк, көрсетк) for its affix rules; every
    # form that spelling licenses is also the plain -т stem's (мемлекет+ті, бюджет+ке)
    # except forms with a letter typed twice or a cluster (бюджетт+ке, бюджетк+те), which
    # it would make known words.
    for word in [w for w in out if w.endswith(("тт", "тк")) and w[:-1] in out]:
        del out[word]
    return out


# The negated converb ending a verb root takes (кешіктір+мей, бар+май, жаз+бай, кет+пей).
NEGATED_ENDINGS = ("мей", "май", "бей", "бай", "пей", "пай")
MIN_NEGATION_ROOT_LEN = 6


# Suffix tables are keyed by every stem the analyser tries, which come from the input: a
# bound keeps memory flat on a long run (issue 15).
TABLE_MEMO_SIZE = 65536


@functools.lru_cache(maxsize=1)
def _verb_roots() -> frozenset[str]:
    """Verb roots: the dictionary form without its final -у (жасау -> жаса, қою -> қой)."""
    roots = set()
    listed = stems()
    for word, classes in listed.items():
        if "v" in classes and len(word) > 2:
            if word.endswith("ю"):
                roots.add(word[:-1] + "й")
            elif word.endswith("у"):
                roots.add(word[:-1])
    # hunspell-kk lists some derived verbs (causatives, passives) only as bare stems tagged
    # nominal (кешіктір, кешіктіріл) beside their negated forms (кешіктірмей): a stem the
    # list also holds with the negation -ма/-ме/-ба/-бе/-па/-пе + -й is a verb root, so
    # кешіктіріл+у and кешіктір+іл+ген read as one word, not as кешік|тірілу.
    for word in listed:
        if len(word) > 4 and word.endswith(NEGATED_ENDINGS):
            root = word[:-3]
            # Derived verbs are long; a short root read this way (ішіс) would make new
            # readings of short pieces of glued words, so only derived-length roots count.
            if len(root) >= MIN_NEGATION_ROOT_LEN and root in listed:
                roots.add(root)
    return frozenset(roots)


def verb_roots() -> frozenset[str]:
    """Every verb root of the stem list (жаса, қой, ұшыра)."""
    return _verb_roots()


def _harmony(stem: str) -> str:
    """"b" (back), "f" (front) or "*" (either) from the last vowel of ``stem``."""
    for ch in reversed(stem):
        if ch in BACK:
            return "b"
        if ch in FRONT:
            return "f"
        if ch in AMBIGUOUS:
            return "*"
    return "*"


def _final(stem: str) -> str:
    """The final-sound class: V vowel, N nasal, S sonant, Z sibilant, T voiceless.
    A soft or hard sign is silent: стиль takes the endings of л (стиль+дер)."""
    ch = stem[-1]
    if ch in "ьъ" and len(stem) > 1:
        ch = stem[-2]
    if ch in "аоұыяәеіөүэё":
        return "V"
    if ch in NASAL:
        return "N"
    if ch in SONANT:
        return "S"
    if ch in SIBILANT:
        return "Z"
    return "T"


def _pick(stem: str, back: dict[str, str]) -> set[str]:
    """The allomorphs of a suffix after ``stem``: ``back`` maps final-sound classes to
    the back-vowel form; the front form is derived by vowel harmony."""
    form = back.get(_final(stem), back.get("*"))
    if form is None:
        return set()
    forms = [form] if isinstance(form, str) else list(form)
    h = _harmony(stem)
    out = set()
    for f in forms:
        front = f.translate(_TO_FRONT)
        if h in "b*":
            out.add(f)
        if h in "f*":
            out.add(front)
    return out


_TO_FRONT = str.maketrans({"а": "е", "ы": "і", "ұ": "ү", "о": "ө", "ғ": "г", "қ": "к"})

# Suffix tables, back-vowel forms by the final-sound class of what precedes them
# (GRAMMAR.md §3.1; "*" = any class).
_PLURAL = {"V": "лар", "N": "дар", "S": ("лар", "дар"), "Z": "дар", "T": "тар"}
_GEN = {"V": "ның", "N": "ның", "S": "дың", "Z": "дың", "T": "тың"}
_DAT = {"V": "ға", "N": "ға", "S": "ға", "Z": "ға", "T": "қа"}
_ACC = {"V": "ны", "N": "ды", "S": "ды", "Z": "ды", "T": "ты"}
_LOC = {"V": "да", "N": "да", "S": "да", "Z": "да", "T": "та"}
_ABL = {"V": "дан", "N": "нан", "S": "дан", "Z": "дан", "T": "тан"}
_INS = {"V": ("мен", "менен"), "N": ("мен", "менен"), "S": ("мен", "менен"), "Z": ("бен", "бенен"),
        "T": ("пен", "пенен")}
_ATTR = {"V": "дағы", "N": "дағы", "S": "дағы", "Z": "дағы", "T": "тағы"}
_PX3 = {"V": "сы", "*": "ы"}
_PX1 = {"V": "м", "*": "ым"}
_PX2 = {"V": "ң", "*": "ың"}
_PX1PL = {"V": "мыз", "*": "ымыз"}
_PX2POL = {"V": "ңыз", "*": "ыңыз"}
# -лы / -лық / -ла: after vowels and р й у "л", after л м н ң ж з "д", voiceless "т".
_L_CLASS = {"V": "л", "N": "д", "Z": "д", "T": "т"}


def _l_forms(stem: str, rest: str) -> set[str]:
    c = _final(stem)
    lead = _L_CLASS.get(c) if c != "S" else ("д" if stem[-1] == "л" else "л")
    return _pick(stem, {"*": lead + rest})


def _derivations(stem: str) -> set[str]:
    """Noun-to-noun derivations (аудан+дық, бас+шы, заң+сыз, қазақ+ша, жаз+ғы)."""
    out = _l_forms(stem, "ық") | _l_forms(stem, "ы")
    out |= _pick(stem, {"*": ("шы", "сыз", "ша", "шыл")})
    out |= _pick(stem, {"V": "дай", "N": "дай", "S": "дай", "Z": "дай", "T": "тай"})
    out |= _pick(stem, {"V": "ғы", "N": "ғы", "S": "ғы", "Z": "ғы", "T": "қы"})
    out |= _pick(stem, {"*": "кер"})
    return out


def _comparatives(stem: str) -> set[str]:
    """The comparative: жақсы+рақ, арзан+ырақ, тез+ірек (after derivations, once)."""
    return _pick(stem, {"V": "рақ", "*": "ырақ"})


def _cases(stem: str) -> set[str]:
    return (_pick(stem, _GEN) | _pick(stem, _DAT) | _pick(stem, _ACC) | _pick(stem, _LOC) | _pick(stem, _ABL)
            | _pick(stem, _INS) | _pick(stem, _ATTR))


def _cases_after_possessive(stem: str) -> set[str]:
    """Case endings after a possessive: партиясы+на, +нда, +н, +нан (§3.2); үйім+е."""
    if stem[-1] in "ыі":
        return _pick(stem, {"*": ("ның", "на", "н", "нда", "нан", "мен", "ндағы", "нша")})
    return _pick(stem, {"*": "а"}) | _cases(stem)


def _possessives(stem: str) -> set[str]:
    return (_pick(stem, _PX3) | _pick(stem, _PX1) | _pick(stem, _PX2) | _pick(stem, _PX1PL)
            | _pick(stem, _PX2POL))


def _personal(stem: str) -> set[str]:
    """Predicative personal endings (мұғаліммін, дайынбыз) and the plural -дар of
    address."""
    c = _final(stem)
    lead = "м" if c in "VNS" else "б" if c == "Z" else "п"
    # 1st person plural: -мыз after vowels and й у р л, -быз after м н ң ж з (дайын+быз).
    lead_pl = "м" if c in "VS" else "б" if c in "NZ" else "п"
    return _pick(stem, {"*": (lead + "ын", lead_pl + "ыз", "сың", "сыз")})


# Nominal slots, in the order they follow a stem.
_DER, _PL, _PX, _CASE, _PERS = 1, 2, 3, 4, 5
_CMP = 1.5  # the comparative: after derivations, before the plural, never twice


def _proxy(stem: str) -> str:
    """A two-letter stand-in with the same final sound and harmony as ``stem``: the
    suffix tables depend on nothing else, so they are computed once per stand-in."""
    last = stem[-1]
    if last in VOWELS:
        return last
    return {"b": "а", "f": "е", "*": "и"}[_harmony(stem)] + last


def _nominal_suffixes(stem: str) -> list[tuple[str, int, bool]]:
    """(suffix, slot, needs_a_possessive_before) pairs that may follow ``stem``."""
    return _nominal_table(_proxy(stem))


def _by_suffix(table: list[tuple[str, int, bool]]) -> dict[str, tuple[tuple[int, bool], ...]]:
    """A suffix table indexed by the suffix string: suffix -> its (slot, flag) entries in
    the table's order, so that a look-up of one tail visits exactly the entries a scan of
    the whole table would match, in the same order."""
    out: dict[str, list[tuple[int, bool]]] = {}
    for suffix, slot, flag in table:
        out.setdefault(suffix, []).append((slot, flag))
    return {suffix: tuple(entries) for suffix, entries in out.items()}


@functools.lru_cache(maxsize=TABLE_MEMO_SIZE)
def _nominal_index(proxy: str) -> dict[str, tuple[tuple[int, bool], ...]]:
    return _by_suffix(_nominal_table(proxy))


@functools.lru_cache(maxsize=TABLE_MEMO_SIZE)
def _verb_index(proxy: str) -> dict[str, tuple[tuple[int, bool], ...]]:
    return _by_suffix(_verb_table(proxy, 0))


@functools.lru_cache(maxsize=TABLE_MEMO_SIZE)
def _nominal_table(stem: str) -> list[tuple[str, int, bool]]:
    out = [(s, _DER, False) for s in _derivations(stem)]
    out += [(s, _CMP, False) for s in _comparatives(stem)]
    out += [(s, _PL, False) for s in _pick(stem, _PLURAL)]
    out += [(s, _PX, False) for s in _possessives(stem)]
    out += [(s, _CASE, False) for s in _cases(stem)]
    out += [(s, _CASE, True) for s in _cases_after_possessive(stem)]
    out += [(s, _PERS, False) for s in _personal(stem)]
    return out


# Verb slots: voice, negation, then one ending.
_VOICE, _NEG, _END = 1, 2, 3


def _verb_suffixes(root: str, slot: int) -> list[tuple[str, int, bool]]:
    """(suffix, slot, makes_a_noun) after the verb form ``root``."""
    return _verb_table(_proxy(root), slot)


@functools.lru_cache(maxsize=TABLE_MEMO_SIZE)
def _verb_table(root: str, slot: int) -> list[tuple[str, int, bool]]:
    c = _final(root)
    out: list[tuple[str, int, bool]] = []
    if slot < _VOICE:
        if c == "V":
            out += [(s, _VOICE, False) for s in _pick(root, {"*": ("л", "н", "с", "т", "р", "ғыз")})]
        else:
            out += [(s, _VOICE, False) for s in _pick(root, {"*": ("ыл", "ын", "ыс", "дыр", "тыр", "ғыз", "қыз")})]
    if slot < _NEG:
        # -ма after vowels and р й у л (алма, келме), -ба after м н ң ж з, -па after voiceless.
        lead = "м" if c == "V" or root[-1] in "руйл" else "б" if c in "NZ" else "п"
        out += [(s, _NEG, False) for s in _pick(root, {"*": lead + "а"})]
    vowel = c == "V"
    g = "қ" if c == "T" else "ғ"
    d = "т" if c == "T" else "д"
    # Participles and verbal nouns, then nouns made from verbs: -ма (хатта+ма), -ым
    # (шеш+ім), -ыс (күре+с), -ғыш (кеңейт+кіш).
    nouns = (["ма" if vowel or root[-1] in "руйл" else ("ба" if c in "NZ" else "па"), ("м" if vowel else "ым"),
              ("с" if vowel else "ыс"), g + "ыш",
              g + "ан", "у", "ушы", "уы", "р" if vowel else "ар", "мақ" if vowel or root[-1] in "руйл" else
              ("бақ" if c in "NZ" else "пақ"), ("йтын" if vowel else "атын"), g + "ы"])
    finite = ([("й" if vowel else "а"), ("п" if vowel else "ып"), ("йды" if vowel else "ады"), d + "ы",
               d + "ым", d + "ың", d + "ық", d + "ыңыз", d + "ыңдар", d + "ық", g + "алы", g + "анша",
               "са", "сын", ("ңыз" if vowel else "ыңыз"), ("йық" if vowel else "айық"), ("йын" if vowel else "айын"),
               ("ймын" if vowel else "амын"), ("йсың" if vowel else "асың"), ("йсыз" if vowel else "асыз"),
               ("ймыз" if vowel else "амыз"), g + "ай", ("пты" if vowel else "ыпты"), ("пей" if vowel else "май")])
    if slot < _END:
        out += [(s, _END, True) for s in _pick(root, {"*": tuple(nouns)})]
        out += [(s, _END, False) for s in _pick(root, {"*": tuple(finite)})]
    return out


def _has_class(classes: str | None, word: str, cls: str) -> bool:
    if classes is None:
        return False
    if cls in classes or cls == "*":
        return True
    # hunspell-kk's words in -ық/-ік whose flags the build tool does not sort ("x":
    # азаматтық, басшылық, меншік, тетік) are nouns and adjectives: they take the
    # nominal endings, with the voicing қ -> ғ, к -> г before a vowel (азаматтығын).
    return cls == "n" and "x" in classes and word.endswith(("ық", "ік"))


# A Russian loan takes Kazakh endings (компания+ның, инвестиция+лар, процес+ке): a noun
# of this many letters or more that pymorphy3's dictionary has in the nominative singular.
MIN_LOAN_LEN = 5
_KAZAKH_ONLY = frozenset("әғқңөұүһі")
_KK_CONSONANT_LETTERS = frozenset("бвгджзклмнпрстфхцчшщ")
_LOAN_BLOCK_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Init", "Fixd"})
LOANS = True


@functools.lru_cache(maxsize=65536)
def russian_loan(word: str) -> bool:
    """``word`` is a Russian common noun as it stands in the nominative singular
    (pymorphy3's dictionary and the frequency list: инвестиция, компания, миллиард), which Kazakh declines with
    Kazakh endings chosen by the harmony of its last vowel; never a name, an
    abbreviation or an indeclinable word."""
    if not LOANS or len(word) < MIN_LOAN_LEN or any(ch in _KAZAKH_ONLY for ch in word) or word[-1] in "ьъй":
        return False
    from . import lexicon

    # In the frequency list too (Zipf >= 2.5): a rare dictionary word (ментал) is more
    # likely a piece of a Kazakh word than a loan (мен|таланттарға).
    if not lexicon.in_dictionary(word) or not lexicon.frequency(word, "ru"):
        return False
    for p in lexicon.morph().parse(word):
        tag = p.tag
        if (tag.POS == "NOUN" and "nomn" in tag and "sing" in tag and p.normal_form == word
                and not set(tag.grammemes) & _LOAN_BLOCK_TAGS):
            return True
    return False


@functools.lru_cache(maxsize=65536)
def loan_stem(word: str) -> str | None:
    """The Russian loan (:func:`russian_loan`) that ``word`` is, or that Kazakh nominal
    endings follow in it (инвестиция+лар, компания+сы+ның, процес+ке: a final double
    consonant is written single before an ending), or None.  Kept apart from
    :func:`analyse`, which the typo rules use: only the glued-word splitter counts loans
    as known words."""
    if not LOANS or len(word) > MAX_WORD_LEN or len(word) < MIN_LOAN_LEN:
        return None
    for i in range(len(word), MIN_LOAN_LEN - 1, -1):
        head = word[:i]
        if russian_loan(head):
            if i == len(word) or _strip_nominal(word, MAX_SUFFIXES, _PERS + 1, 0, head) is not None:
                return head
        elif i < len(word) and head[-1] in _KK_CONSONANT_LETTERS and russian_loan(head + head[-1]):
            if _strip_nominal(word, MAX_SUFFIXES, _PERS + 1, 0, head) is not None:
                return head
    return None


def _is_stem(word: str, cls: str, extra: str = "") -> bool:
    if extra and word == extra:
        return True
    if _has_class(stems().get(word), word, cls):
        return True
    # A loan's doubled final consonant is written once before an ending (Kazakh spelling
    # rules for loans: процесс -> процес+ке, класс -> клас+қа, грамм -> грам+ы); the
    # double stays allowed too, as writers keep it (процесс+ке).
    if word and cls != "v" and word[-1] in _KK_CONSONANT_LETTERS and _has_class(stems().get(word + word[-1]), word, cls):
        return True
    # Stem-final voicing before a vowel-initial suffix: кітап -> кітабы, тілек -> тілегі.
    if word and word[-1] in "бгғ" and cls != "v":
        base = word[:-1] + {"б": "п", "г": "к", "ғ": "қ"}[word[-1]]
        return _has_class(stems().get(base), base, cls)
    return False


@functools.lru_cache(maxsize=65536)
def analyse(word: str) -> tuple[str, ...] | None:
    """(stem, suffix, ...) of a lower-case Kazakh word, or None when the rules cannot
    derive it from a listed stem."""
    if not word or len(word) > MAX_WORD_LEN:
        return None
    if word in stems():
        return (word,)
    found = _nominal(word, MAX_SUFFIXES)
    if found:
        return found
    return _verbal(word, MAX_SUFFIXES, want_noun=False)


def nominal_analysis(word: str) -> tuple[str, ...] | None:
    """(stem, suffix, ...) of ``word`` read as a nominal, or None (a listed word whole
    is read by the rules too: мемлекетке -> мемлекет+ке)."""
    if not word or len(word) > MAX_WORD_LEN:
        return None
    return _nominal(word, MAX_SUFFIXES)


def _nominal(word: str, depth: int) -> tuple[str, ...] | None:
    """An analysis of ``word`` as a nominal (stem + nominal suffixes)."""
    return _strip_nominal(word, depth, _PERS + 1, 0)


@functools.lru_cache(maxsize=65536)
def _strip_nominal(word: str, depth: int, above: int, need: int, extra: str = "",
                   floor: int = 2) -> tuple[str, ...] | None:
    """Analyse ``word`` as stem + nominal suffixes whose last slot is below ``above``
    (and equals ``need`` when ``need`` is set); ``floor``: only on a stem of that many
    letters or more."""
    if depth <= 0:
        return None
    n = len(word)
    known = _any_suffix()
    for i in range(max(floor, 2, n - SUFFIX_WINDOW), n):
        tail = word[i:]
        if tail not in known:
            continue  # no table holds it: the scan of the head's table would match nothing
        head = word[:i]
        if VOWELS.isdisjoint(head):
            continue
        for slot, needs_px in _nominal_index(_proxy(head)).get(tail, ()):
            if slot >= above or (need and slot != need):
                continue
            if needs_px:
                inner = _strip_nominal(head, depth - 1, _PX + 1, _PX, extra, floor)
                if inner:
                    return inner + (tail,)
                continue
            if _is_stem(head, "n", extra) or (slot == _PERS and _is_stem(head, "x")):
                return (head, tail)
            # Derivations stack (бас+шы+лық); other slots come once each, in order.
            inner = _strip_nominal(head, depth - 1, slot + 1 if slot == _DER else slot, 0, extra, floor)
            if inner:
                return inner + (tail,)
            # A participle or verbal noun takes nominal endings: барған+да, жасау+ға.
            verbal = _verbal(head, depth - 1, True, _END + 1, extra, floor)
            if verbal:
                return verbal + (tail,)
    return None


_PLURAL_FORMS = ("лар", "лер", "дар", "дер", "тар", "тер")


def _denominal_root(word: str) -> bool:
    """A verb made from a noun by -ла/-да/-та (хат+та, жоспар+ла, тақырып+та) or
    -лан/-дан/-тан (жоспар+лан)."""
    for cut in (2, 3):
        if len(word) > cut + 1:
            stem, tail = word[:-cut], word[-cut:]
            if stem.endswith(_PLURAL_FORMS):
                continue  # the list holds plural forms whole; кітаптар+ла is no verb
            if tail in (_l_forms(stem, "а") if cut == 2 else _l_forms(stem, "ан")) and _is_stem(stem, "n"):
                return True
    return False


@functools.lru_cache(maxsize=65536)
def _verbal(word: str, depth: int, want_noun: bool, above: int = _END + 1,
            extra: str = "", floor: int = 1) -> tuple[str, ...] | None:
    """Analyse ``word`` as verb root + verbal suffixes; ``want_noun``: the last suffix
    must be one that makes a noun (participle, verbal noun); ``floor``: only on a root
    of that many letters or more."""
    if depth <= 0:
        return None
    n = len(word)
    roots = _verb_roots()
    known = _any_suffix()
    for i in range(max(floor, 2, n - SUFFIX_WINDOW), n):
        tail = word[i:]
        if tail not in known:
            continue  # no table holds it (see _strip_nominal)
        head = word[:i]
        for slot, noun in _verb_index(_proxy(head)).get(tail, ()):
            if slot >= above or (want_noun and not noun):
                continue
            # A verb made from a noun takes no -р/-ар participle here: кітапта+р+лар
            # would make "кітаптарлар" a word.
            if head in roots or (extra and head == extra) or (tail not in ("р", "ар", "ер") and _denominal_root(head)):
                return (head, tail)
            inner = _verbal(head, depth - 1, False, slot, extra, floor)
            if inner:
                return inner + (tail,)
    return None


def longest_stem(word: str) -> int:
    """Length of the longest listed stem (or verb root) that the suffix rules read
    ``word`` on, or of the word itself when the list holds it whole and the rules find
    no reading in it (the list holds many inflected forms whole, біздің, сөздер: the
    rules' stem is the fairer measure); 0 when the word is unknown.  :func:`analyse`
    takes the shortest reading (ірі is ір+і to it); a word read on a long stem is the
    likelier word of two that one slip away both explain (ерекше, not ерік+ше)."""
    if not word or len(word) > MAX_WORD_LEN:
        return 0
    if word in stems():
        return len(word)
    for k in range(len(word) - 1, 1, -1):
        if (_strip_nominal(word, MAX_SUFFIXES, _PERS + 1, 0, "", k) is not None
                or _verbal(word, MAX_SUFFIXES, False, _END + 1, "", k) is not None):
            return k
    return 0


def verb_form(word: str, last: tuple[str, ...] = ()) -> bool:
    """Whether ``word`` reads as a verb: a root of three letters or more followed by
    verbal endings (the last one among ``last`` when given: -ып for a converb), or a
    bare verb root (отыр, тұр: the form auxiliaries take after a converb)."""
    if not word or len(word) > MAX_WORD_LEN:
        return False
    if not last and word in _verb_roots():
        return True
    found = _verbal(word, MAX_SUFFIXES, False)
    return found is not None and len(found[0]) >= 3 and (not last or found[-1] in last)


def verb_root(word: str) -> str | None:
    """The verb root ``word`` is read on (атап -> ата, өтті -> өт; отыр -> отыр), or None."""
    if not word or len(word) > MAX_WORD_LEN:
        return None
    if word in _verb_roots():
        return word
    found = _verbal(word, MAX_SUFFIXES, False)
    return found[0] if found else None


def is_kazakh_word(word: str) -> bool:
    """A lower-case Cyrillic word the stem list and the suffix rules derive."""
    return analyse(word) is not None


# Endings that mark a listed word as an inflected or derived form (the stem list holds
# many such forms whole: аудандық, бағдарламасының): case, possessive + case,
# derivation.  Two letters or more, so a bare stem ending in -а or -ы is not one.
_ENDINGS = tuple(sorted({
    "ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "на", "не", "ны", "ні", "ды", "ді",
    "ты", "ті", "да", "де", "та", "те", "нда", "нде", "дан", "ден", "тан", "тен", "нан", "нен", "мен", "бен",
    "пен", "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі", "лық", "лік", "дық", "дік", "тық", "тік",
    "сы", "сі", "лар", "лер", "дар", "дер", "тар", "тер", "ған", "ген", "қан", "кен", "атын", "етін",
}, key=lambda e: (-len(e), e)))


def ending_of(word: str) -> str | None:
    """The inflectional or derivational ending a known Kazakh word ends in, or None.
    The rest must itself have a vowel (so "тарих" is no "тар" form)."""
    for e in _ENDINGS:
        if word.endswith(e) and len(word) - len(e) >= 2:
            rest = word[:-len(e)]
            if any(ch in VOWELS for ch in rest) and (rest in stems() or analyse(rest) is not None):
                return e
    return None


def has_possessive(word: str) -> bool:
    """Whether ``word`` reads as a noun with a third-person possessive, maybe followed
    by a case ending (қатар+ы+на, бағдарлама+сы): the head of a Kazakh noun phrase
    ("әскер қатарына"), which a compound's second part is not (келісім+шартқа)."""
    if not word or len(word) > MAX_WORD_LEN:
        return False
    if _ends_in_px3(word):
        return True
    for ending in _pick(word[:-1] or word, {"*": ("ның", "на", "н", "нда", "нан", "мен", "ндағы")}):
        if word.endswith(ending) and _ends_in_px3(word[:-len(ending)]):
            return True
    return False


def possessive_form(word: str) -> bool:
    """Whether ``word`` reads as a noun with a possessive ending of any person, maybe
    followed by a case ending (бағдарлама+мыз+ды, ел+і+нде, өсу+і+не): what the reflexive
    өз and a genitive before it call for (өз бағдарламамызды, қарыздың өсуіне)."""
    if not word or len(word) > MAX_WORD_LEN:
        return False
    if _strip_nominal(word, MAX_SUFFIXES, _PX + 1, _PX) is not None:
        return True
    for cut in range(1, 6):
        head, tail = word[:-cut], word[-cut:]
        if len(head) < 3:
            break
        if tail in ("а", "е"):
            continue  # үйім+е: rare, and бағдарлам+а would read a bare noun as one
        if tail in _cases_after_possessive(head) | _cases(head) and _strip_nominal(
                head, MAX_SUFFIXES, _PX + 1, _PX) is not None:
            return True
    return False


_GENITIVE = frozenset(("ның", "нің", "дың", "дің", "тың", "тің"))


def genitive(word: str) -> bool:
    """Whether ``word`` reads as a noun in the genitive on a stem of three letters or more
    (қарыз+дың, бағдарлама+сы+ның)."""
    found = nominal_analysis(word)
    return found is not None and len(found) > 1 and found[-1] in _GENITIVE and len(found[0]) >= 3


def possessed_stem(word: str) -> str | None:
    """The stem of ``word`` read as a noun whose last ending is a third-person
    possessive (конкурс+ы, мәтін+дер+і), or None."""
    if not word or word[-1] not in "ыі" or len(word) > MAX_WORD_LEN:
        return None
    found = _strip_nominal(word, MAX_SUFFIXES, _PX + 1, _PX)
    return found[0] if found and found[-1] in ("ы", "і", "сы", "сі") else None


def _ends_in_px3(word: str) -> bool:
    if not word or word[-1] not in "ыі":
        return False
    return _strip_nominal(word, MAX_SUFFIXES, _PX + 1, _PX) is not None


def continues(word: str, stem: str) -> bool:
    """Whether ``word`` reads as ``stem`` (taken as a noun or a verb root) followed by
    endings the rules allow: then a split after ``stem`` would cut one word in two
    (айтыл|мады is айтыл+ма+ды, оқыма|ған is оқы+ма+ған, билігі|нде is билік+і+нде)."""
    if not word.startswith(stem) or len(word) > MAX_WORD_LEN:
        return False
    return (_strip_nominal(word, MAX_SUFFIXES, _PERS + 1, 0, stem) is not None
            or _verbal(word, MAX_SUFFIXES, False, _END + 1, stem) is not None)


def inflected(word: str) -> bool:
    """Whether ``word`` reads as a noun with a plural, case or personal ending last, or is a listed word ending in one (аудандық, бағдарламасының): a
    complete word form, not a compound's first element (a bare stem) or a verb root
    with a voice suffix (па+т)."""
    if not word or len(word) > MAX_WORD_LEN:
        return False
    # Not the possessive: -ым/-ім/-ы/-і also end derived nouns and bare stems
    # (келісім, білім, толғаны), so they prove nothing.
    for need in (_PL, _CASE, _PERS):
        found = _strip_nominal(word, MAX_SUFFIXES, need + 1, need)
        if found is not None and len(found[0]) >= 3:
            return True
    return word in stems() and ending_of(word) is not None


@functools.lru_cache(maxsize=1)
def _any_suffix() -> frozenset[str]:
    """Every suffix string of every table any head can select: a table depends only on
    the head's stand-in (:func:`_proxy`), which is a vowel letter or one of а е и before
    the last letter, so the tables of every such stand-in over all letters of both
    alphabets (and the signs ь ъ) hold every suffix a scan could match."""
    out: set[str] = set()
    letters = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі"
    for last in letters:
        for proxy in ([last] if last in VOWELS else [h + last for h in "аеи"]):
            out.update(sfx for sfx, _slot, _px in _nominal_table(proxy))
            out.update(sfx for sfx, _slot, _noun in _verb_table(proxy, 0))
    return frozenset(out)


@functools.lru_cache(maxsize=1)
def suffix_strings() -> frozenset[str]:
    """Every ending the rules know, in every allomorph (дар, ның, ған, ...)."""
    out: set[str] = set()
    for last in "аәеиоөұүыіэюябвгғджзйклмнңпрстуфхһцчшщ":
        for h in "аеи":
            proxy = last if last in VOWELS else h + last
            out.update(sfx for sfx, _slot, _px in _nominal_table(proxy))
            out.update(sfx for sfx, _slot, _noun in _verb_table(proxy, 0))
    return frozenset(out)


# Endings taken off by :func:`root_length`, in the reverse of their order in a word.
_CASE_ENDINGS = ("ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "на", "не", "ны", "ні", "ды",
                 "ді", "ты", "ті", "да", "де", "та", "те", "нда", "нде", "дан", "ден", "тан", "тен", "нан", "нен",
                 "мен", "бен", "пен", "н")
_PX3_ENDINGS = ("сы", "сі", "ы", "і")
_PLURAL_ENDINGS = ("лар", "лер", "дар", "дер", "тар", "тер")


# A listed word this short is a word of its own, not a stem with an ending.
SHORT_WORD_LEN = 4


def root_length(word: str, deep: bool = False) -> int:
    """Length of the listed stem left when a case, a possessive and a plural ending are
    taken off ``word`` in that order, each only if it leaves a listed word (the list
    holds many inflected forms whole: қорларына -> қорлары -> қорлар -> қор, so 3;
    қатарына -> қатар, 5); 0 when the word is unknown.  ``deep``: a word listed whole
    is measured by the stem the suffix rules find in it, when they find one (the list
    holds қорларына whole; the rules read қор+лар+ы+на, 3)."""
    analysis = analyse(word)
    if analysis is None:
        return 0
    if word in stems() and (len(word) < SHORT_WORD_LEN
                            or (len(word) == SHORT_WORD_LEN and _verbal(word, MAX_SUFFIXES, False) is None)):
        # A short listed word is measured whole (ірі is no ір+і, ерте no ер+те); one of
        # four letters that reads as a verb form keeps its root (алды is ал+ды).
        return len(word)
    current = word if word in stems() else analysis[0]
    if deep and word in stems():
        # The list holds many inflected forms whole (қорларына): the rules' own
        # reading may rest on a shorter stem (қор+лар+ы+на).
        ruled = _nominal(word, MAX_SUFFIXES)
        if ruled is not None and len(ruled[0]) >= 2:
            current = ruled[0]
    for endings, shortest in ((_CASE_ENDINGS, 2), (_PX3_ENDINGS, 2), (_PLURAL_ENDINGS, 3)):
        for ending in sorted(endings, key=len, reverse=True):
            rest = current[:-len(ending)]
            if current.endswith(ending) and len(rest) >= shortest and rest in stems():
                current = rest
                break
    return len(current)
