"""Correct misspelt words, only when the correction is clear.

Russian (``repair.typos``).  A word is corrected only when all of these hold:

* it is written in lower-case Russian letters (never a capitalised word, a name, an
  abbreviation, a Latin-script word or a number), is :data:`MIN_TYPO_LEN` to
  :data:`MAX_TYPO_LEN` letters long and occurs once in the document;
* the Russian dictionary may judge it (see :class:`~corpusclean.repair.context.Context`);
* it is unknown: neither in pymorphy3's dictionary nor in the frequency list;
* among the words one edit away (first letter kept) that pymorphy3's dictionary has at
  Zipf >= :data:`MIN_PLAUSIBLE_ZIPF` (of the form or of its lemma), the most likely one
  wins clearly.  Likelihood is the kind of edit: a transposition, a dropped or doubled
  letter, or a vowel or voicing confusion that sounds alike (о/а, е/и: "помагают",
  "делигация") is a likely slip; a neighbouring key is less likely; any other letter
  least.  The winner must be likelier than every other plausible word (or as likely
  and :data:`AMBIGUITY_MARGIN` more frequent) and common enough
  (:data:`MIN_TARGET_ZIPF`).  "помагают" -> "помогают", not "полагают".
* when no word is one edit away, two likely slips (a dropped vowel and a transposition,
  ...) may reach a single common word (Zipf >= :data:`MIN_TARGET_ZIPF_2`) in words of
  :data:`MIN_TWO_EDIT_LEN` to :data:`MAX_TWO_EDIT_LEN` letters.

Kazakh (``repair.typos.kazakh``): a lower-case word (or a capitalised sentence opener)
in Kazakh text that the Kazakh lexicon does not know and that holds three consonants
in a row, which Kazakh words do not, where exactly one known word is one dropped vowel
inside that run away ("маңзды" -> "маңызды", "мамандр" -> "мамандар").  There is no
Kazakh frequency list to rank by, so uniqueness decides.

Bounded work: a word longer than :data:`MAX_TYPO_LEN` letters is never examined, so the
candidates of one word are at most about 70 x 40; corrections are cached per word.
"""

from __future__ import annotations

import functools
from typing import Iterator

import regex

from ..edits import Change
from . import lexicon
from .context import Context
from .words import RU_PREFIXES, candidate_words, kazakh_words, next_word, sentence_initial, word_counts

__all__ = ["typo_changes", "correct", "correct_capitalised", "correct_kazakh", "edits1", "MAX_TYPO_LEN"]

# Shortest word considered: short words have many neighbours and are often foreign
# or rare words.  7 was set on 300k tokens of Russian software translations, where 6
# changed "ладино" (a language) to "ладно" and "стиков" to "стихов".
MIN_TYPO_LEN = 7
# Six-letter words are corrected only through a likely slip to a common form (Zipf 4.0)
# with no other listed word one edit away within SHORT_MARGIN of it ("сегоня").
MIN_SHORT_TYPO_LEN = 6
SHORT_MARGIN = 2.0
# From this length a word with exactly one listed word one likely slip away is corrected
# to it when that word (or its lemma) reaches MIN_RARE_TARGET_ZIPF.
MIN_RARE_TARGET_LEN = 10
MIN_RARE_TARGET_ZIPF = 2.5
# Longest word considered (issue 10: one 5,000-letter "word" took 3.5 GB of
# candidates).  The longest Russian dictionary words are about 25 letters.
MAX_TYPO_LEN = 32
# Any neighbour in the dictionary at least this frequent is a plausible reading.
MIN_PLAUSIBLE_ZIPF = 3.0
# The chosen neighbour (form or lemma) must be at least this frequent (three times
# per million words).  4.0 missed "сформулирвала" (lemma 3.54) and "проанализировть"
# (3.63); the unknown word is below the list's floor (2.5), so the correction is still
# about 10x more frequent.
MIN_TARGET_ZIPF = 3.5
# A correction through a less likely edit (a neighbouring key or any other letter)
# needs the form itself at Zipf 4.0: on software translations a lemma-based 3.5 let
# loans through ("коммите" -> "кормите", "подключей" -> "подключен", "бамбара").
MIN_TARGET_ZIPF_UNLIKELY = 4.0
# A second plausible neighbour as likely as the best one must be this much rarer
# (Zipf units: 10x) for the best one to be taken.
AMBIGUITY_MARGIN = 1.0
# Two-edit corrections: longer words only, and a common target.
MIN_TWO_EDIT_LEN = 9
MAX_TWO_EDIT_LEN = 20
MIN_TARGET_ZIPF_2 = 4.0
# A capitalised sentence opener is corrected only to a word whose own form (not only its
# lemma) is this frequent: it may be a name the dictionary lacks, and a common word is
# then the safer reading ("делегация" 3.96, "инициативы" 3.98).
MIN_TARGET_ZIPF_CAPITAL = 3.5
# Kazakh: shortest word considered (short words have many one-letter neighbours).
MIN_KK_TYPO_LEN = 5

ALPHABET = "абвгдежзийклмнопрстуфхцчшщъыьэюяё"
KK_ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
_RU_LOWER = regex.compile(r"^[а-яё]+$")

# Letters confused by sound (unstressed vowels, voicing at the end of a syllable).
_SOUNDS_ALIKE = {frozenset(p) for p in ("ао", "еи", "ея", "иы", "еэ", "ёо", "ёе", "бп", "вф", "гк", "дт",
                                        "жш", "зс", "шщ", "цс")}
# Neighbouring keys of the ЙЦУКЕН layout (rows; neighbours within a row).
_ROWS = ("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю")
_NEIGHBOURS = {frozenset((r[i], r[i + 1])) for r in _ROWS for i in range(len(r) - 1)}

# Edit costs: lower is likelier.
LIKELY, NEIGHBOUR_KEY, OTHER = 1, 2, 3


def _replace_cost(a: str, b: str) -> int:
    pair = frozenset((a, b))
    if pair in _SOUNDS_ALIKE:
        return LIKELY
    return NEIGHBOUR_KEY if pair in _NEIGHBOURS else OTHER


def edits1_costed(word: str, alphabet: str = ALPHABET) -> dict[str, int]:
    """Strings one edit away that keep the first letter, each with the cost of the
    likeliest edit that makes it (typing errors rarely hit the first letter, while
    changing it turns rare words into common ones: "зазаки" -> "казаки")."""
    out: dict[str, int] = {}

    def add(cand: str, cost: int) -> None:
        if cand != word and (cand not in out or out[cand] > cost):
            out[cand] = cost

    n = len(word)
    for i in range(1, n + 1):
        a, b = word[:i], word[i:]
        for c in alphabet:  # a dropped letter
            add(a + c + b, LIKELY)
        if b:
            add(a + b[1:], LIKELY if _likely_extra(a, b) else NEIGHBOUR_KEY)  # an extra letter
            if len(b) > 1:
                add(a + b[1] + b[0] + b[2:], LIKELY)  # two letters swapped
            for c in alphabet:
                if c != b[0]:
                    add(a + c + b[1:], _replace_cost(b[0], c))
    return out


def _likely_extra(a: str, b: str) -> bool:
    """Whether the letter ``b[0]``, typed between ``a`` and ``b[1:]``, is a likely extra
    letter: doubled (next to the same letter), or the soft sign of a verb's "-ться" where
    the form is "-тся" ("начнуться"), the commonest Russian spelling slip.  (An echo of
    the letter two places away, "одоной" for одной, was tried in round 5 and dropped: it
    made "оторазил" отразил, "пехотое" пехоте, "сложенее" сложнее.)"""
    if a[-1] == b[0] or (len(b) > 1 and b[1] == b[0]):
        return True
    return b[0] == "ь" and a[-1] == "т" and b[1:] in ("ся", "сь")


def edits1(word: str) -> set[str]:
    """All strings one deletion, transposition, replacement or insertion away that
    keep the first letter."""
    return set(edits1_costed(word))


_SOUND_TWINS = {a: "".join(sorted({b for p in _SOUNDS_ALIKE if a in p for b in p} - {a})) for a in ALPHABET}


# Letters a two-slip correction may insert: vowels and signs, the letters most often
# lost (проанализировть); all 33 letters made the search ten times slower.
_TWO_SLIP_INSERTS = "аеиоуыэюяёьй"


def _likely_edits(word: str, insertions: bool = True) -> set[str]:
    """Strings one likely slip away (first letter kept): a dropped vowel or sign (when
    ``insertions``), a doubled letter, two letters swapped, a sound-alike letter.
    About 15 per letter with insertions, 3 without."""
    out = set()
    for i in range(1, len(word) + 1):
        a, b = word[:i], word[i:]
        if insertions:
            out.update(a + c + b for c in _TWO_SLIP_INSERTS)
        if b:
            if a[-1] == b[0]:
                out.add(a + b[1:])
            if len(b) > 1:
                out.add(a + b[1] + b[0] + b[2:])
            out.update(a + c + b[1:] for c in _SOUND_TWINS.get(b[0], ""))
    out.discard(word)
    return out


def _same_but_yo(a: str, b: str) -> bool:
    """``a`` and ``b`` differ only in ё/е or э/е: spelling variants ("хэширование",
    "хеширование"), not a correction."""
    return a.replace("ё", "е").replace("э", "е") == b.replace("ё", "е").replace("э", "е")


# An unknown word that pymorphy3 reads as a word-forming prefix (RU_PREFIXES, or one its
# known-prefix analyser lists) + a dictionary word is a derived word the dictionary lacks
# ("просканировано", "перенацелить"), not a misspelling, for the rules that accept rarer
# targets.
_RU_PREFIXES = RU_PREFIXES


def _derived(word: str) -> bool:
    """pymorphy3 reads ``word`` as a prefix + a dictionary word (a derived word)."""
    for p in lexicon.morph().parse(word)[:2]:
        stack = p.methods_stack
        if len(stack) == 2 and type(stack[0][0]).__name__ == "DictionaryAnalyzer":
            kind = type(stack[1][0]).__name__
            if kind == "KnownPrefixAnalyzer" or (kind == "UnknownPrefixAnalyzer" and stack[1][1] in _RU_PREFIXES):
                return True
    return False


def _lost_letter_or_swap(word: str, cand: str, variants: bool = True) -> bool:
    """``cand`` is ``word`` with a lost letter put back, a doubled letter taken out, two
    neighbours swapped back or an unstressed vowel of a sound-alike pair (о/а, е/и, е/я)
    changed: the slips the rules for rarer targets undo.  A changed consonant or и/ы there
    is as often a spelling variant of a loan or a name's adjective ("ладинский",
    "галисийский", "псалтирная").  Without ``variants`` (for targets below the frequency
    list) a doubled letter is taken out only when it is a vowel or н: loans keep their
    doubled consonants ("макассарский" is no misspelling of макасарский)."""
    if len(cand) == len(word) + 1:
        return True
    if len(cand) == len(word) - 1:
        return any(word[:i] + word[i + 1:] == cand and word[i] == word[i - 1]
                   and (variants or word[i] in "аеёиоуыэюян") for i in range(1, len(word)))
    if len(cand) != len(word):
        return False
    diff = [i for i, (a, b) in enumerate(zip(word, cand)) if a != b]
    if len(diff) == 1:
        return frozenset((word[diff[0]], cand[diff[0]])) in _UNSTRESSED_TWINS
    return len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == cand[diff[1]] and word[diff[1]] == cand[diff[0]]


_UNSTRESSED_TWINS = frozenset(frozenset(p) for p in ("ао", "еи", "ея"))


def _zipf(word: str) -> float:
    """Zipf of ``word``, reading ё as е where the list has only the е spelling (the list
    writes "распространенные"; a text may write "распространённые")."""
    return lexicon.zipf(word) or ("ё" in word and lexicon.zipf(word.replace("ё", "е"))) or 0.0


def _strength(word: str) -> float:
    """Zipf frequency of the word or of its lemma, whichever is higher (inflected forms
    of common verbs are rare: "сформулировала" 2.60, "сформулировать" 3.54)."""
    best = _zipf(word)
    for p in lexicon.morph().parse(word)[:2]:
        if p.is_known:
            best = max(best, lexicon.zipf(p.normal_form))
    return best


@functools.lru_cache(maxsize=16384)
def correct(word: str) -> str | None:
    """The correction of the lower-case Russian ``word``, or None to leave it."""
    if not MIN_FIVE_LETTER_TYPO_LEN <= len(word) <= MAX_TYPO_LEN or not _RU_LOWER.match(word) or lexicon.is_known(word):
        return None
    if _old_or_spoken_variant(word):
        return None
    if len(word) == MIN_FIVE_LETTER_TYPO_LEN:
        return _correct_five_letters(word)
    if "ё" in word and lexicon.is_known(word.replace("ё", "е")):
        return None  # "включёны": a known word with ё written where the list has е
    listed = []
    for cand, cost in edits1_costed(word).items():
        # Listed in the frequency list first (a dict look-up), then in the dictionary.
        if not _zipf(cand) or not lexicon.in_dictionary(cand) or _same_but_yo(cand, word):
            continue
        listed.append((cost, -_strength(cand), cand))
    listed.sort()
    plausible = [c for c in listed if -c[1] >= MIN_PLAUSIBLE_ZIPF]
    if word.endswith("о") and (lexicon.is_known(word[:-1] + "ый") or lexicon.is_known(word[:-1] + "ий")):
        return None  # an adverb or short form of a known adjective ("распределённо")
    if word.startswith("не") and lexicon.is_known(word[2:]):
        return None  # "неопределено": "не определено" run together, not a misspelling
    if len(word) >= MIN_RARE_TARGET_LEN and len(listed) == 1 and listed[0][0] == LIKELY:
        # A long word with a single listed word one likely slip away: long words have
        # few neighbours, so a rarer target is safe ("провзглашаемых", "бзоговорочно").
        return listed[0][2] if -listed[0][1] >= MIN_RARE_TARGET_ZIPF else None
    likely = [c for c in listed if c[0] == LIKELY]
    if (len(word) >= MIN_RARE_TARGET_LEN_2 and len(likely) == 1 and -likely[0][1] >= MIN_RARE_TARGET_ZIPF
            and all(-c[1] < -likely[0][1] or _costlier_form_of_same_word(c, likely[0]) for c in listed if c is not likely[0])
            and not _only_names(likely[0][2])
            and _lost_letter_or_swap(word, likely[0][2]) and not _derived(word)):
        # Issue 12: one listed word a lost letter or a swap away, every other one a less
        # likely slip to a rarer word ("собланов" -> соблазнов, "притуплется").
        return likely[0][2]
    if not listed and len(word) >= MIN_UNLISTED_TARGET_LEN and not _derived(word):
        return _correct_unlisted(word)
    if not plausible:
        return _correct_two(word) if not listed else None
    cost, neg, best = plausible[0]
    if -neg < MIN_TARGET_ZIPF:
        return None
    if cost > LIKELY and _zipf(best) < MIN_TARGET_ZIPF_UNLIKELY:
        return None  # an unlikely slip needs a common form, not a common lemma ("коммите" is no "кормите")
    if any(c_cost < cost for c_cost, _, _ in listed):
        return None  # a rarer word a likelier slip away ("прекрутить": прикрутить, not прекратить)
    if _only_names(best):
        return None  # "викторна" is no "виктора"
    if _undoubled_or_lost(word, best, listed):
        return None  # "частоо": часто (a doubled о) or частого (a lost г): the text does not tell
    if len(word) < MIN_TYPO_LEN:
        # A six-letter word: a likely slip to a common form, and no other listed word
        # near it in frequency at any cost ("сегоня" -> "сегодня"; not "ладино" -> "ладно").
        if cost > LIKELY:
            return None
        rivals = [(c_cost, -c_neg, c) for c_cost, c_neg, c in listed if c != best and not _only_names(c)]
        if not _six_letter_target_ok(word, best, -neg, rivals):
            return None
    for other_cost, other_neg, _ in plausible[1:]:
        if other_cost == cost and -other_neg > -neg - AMBIGUITY_MARGIN:
            return None  # as likely and about as frequent: the text does not tell
        if other_cost > cost and -other_neg > -neg + AMBIGUITY_MARGIN:
            return None  # less likely as a slip, but a far more common word
    return best


def _undoubled_or_lost(word: str, best: str, listed: list[tuple[int, float, str]]) -> bool:
    """``best`` takes out one of a doubled letter of ``word`` while another listed word puts a
    lost letter back between the two ("частоо": часто, or частого with its г lost): a
    doubled letter and a letter lost between two equal ones are the same slip on the
    page, so frequency alone does not settle it (issue 12, round 6)."""
    if len(best) != len(word) - 1:
        return False
    doubled = {i for i in range(1, len(word)) if word[i] == word[i - 1] and word[:i] + word[i + 1:] == best}
    for cost, _, cand in listed:
        if cost == LIKELY and cand != best and len(cand) == len(word) + 1:
            if any(cand[:i] == word[:i] and cand[i + 1:] == word[i:] for i in doubled):
                return True
    return False


# Round 5 (issue 12): five-letter words ("власи", "протв", "сатли", "ратёт"), only
# through a lost letter, a swap or an unstressed vowel to a very common form, with no
# other listed word that is not only a name within FIVE_LETTER_MARGIN of it.
MIN_FIVE_LETTER_TYPO_LEN = 5
MIN_FIVE_LETTER_TARGET_ZIPF = 4.2
FIVE_LETTER_MARGIN = 1.5


def _correct_five_letters(word: str) -> str | None:
    """The correction of an unknown five-letter lower-case Russian ``word``, or None.
    Short words have many neighbours, so the bar is a likely slip (:func:`_lost_letter_or_swap`)
    to a form itself common (Zipf >= :data:`MIN_FIVE_LETTER_TARGET_ZIPF`) that no other
    listed neighbour comes near in frequency; names do not compete ("васи" beside власти)
    and are never the target."""
    if not _RU_LOWER.match(word) or lexicon.is_known(word) or lexicon.in_dictionary(word):
        return None
    if "ё" in word and lexicon.is_known(word.replace("ё", "е")):
        return None
    listed = [(cand, cost) for cand, cost in edits1_costed(word).items()
              if _zipf(cand) and lexicon.in_dictionary(cand) and not _same_but_yo(cand, word) and _real_yo(cand)]
    likely = [c for c, cost in listed if cost == LIKELY and _lost_letter_or_swap(word, c)]
    if len(likely) != 1 or _only_names(likely[0]):
        return None
    best = likely[0]
    floor = MIN_FIVE_LETTER_TARGET_ZIPF if len(listed) > 1 else MIN_TARGET_ZIPF  # alone: "ратёт" -> растёт
    if _zipf(best) < floor:
        return None
    rivals = [c for c, _cost in listed if c != best and not _only_names(c)]
    if any(_zipf(c) > _zipf(best) - FIVE_LETTER_MARGIN for c in rivals):
        return None
    return best


def _six_letter_target_ok(word: str, best: str, strength: float, rivals: list[tuple[int, float, str]]) -> bool:
    """Whether a six-letter ``word`` may be corrected to ``best`` (one likely slip away, its
    strength given), against its other listed neighbours ``rivals`` (cost, strength, word;
    names left out).  The rule of issue 12: ``best``'s own form at Zipf 4.0 and no rival
    within :data:`SHORT_MARGIN` of it.  Round 5, for a lost letter, a swap or an unstressed
    vowel (:func:`_lost_letter_or_swap`): with no rival at all, the usual target floor
    (Zipf 3.5, lemma counted: "краблю" -> кораблю, "дескую" -> детскую); a rival that only
    a less likely slip reaches counts within :data:`AMBIGUITY_MARGIN` ("сеонов": сезонов,
    not слонов)."""
    if _zipf(best) >= MIN_TARGET_ZIPF_UNLIKELY and not any(z > strength - SHORT_MARGIN for _c, z, _w in rivals):
        return True
    if not _lost_letter_or_swap(word, best):
        return False
    if not rivals:
        return strength >= MIN_TARGET_ZIPF
    return strength >= MIN_TARGET_ZIPF_UNLIKELY and not any(
        z > strength - (SHORT_MARGIN if c_cost == LIKELY else AMBIGUITY_MARGIN) for c_cost, z, _w in rivals)


def _costlier_form_of_same_word(other: tuple, best: tuple) -> bool:
    """``other`` (cost, -strength, word) is a form of the same lemma as ``best`` reached by a
    less likely slip: lemma frequency cannot rank two forms of one word, the slip can
    ("воздержалсь": воздержались, a lost letter, over воздержался, a changed one)."""
    if other[0] <= best[0]:
        return False
    lemmas = {p.normal_form for p in lexicon.morph().parse(best[2]) if p.is_known}
    return any(p.is_known and p.normal_form in lemmas for p in lexicon.morph().parse(other[2]))


_RU_VOWELS = frozenset("аеёиоуыэюя")


def _old_or_spoken_variant(word: str) -> bool:
    """``word`` is an older or spoken spelling of a known word, not a slip (round 5, the
    verse of fortunes-ru): a past reflexive in -ся after a vowel for -сь ("родилася": родилась),
    ь before a vowel for и ("фамилья": фамилия, "Марья"), a final -е for the adverb's -ее
    ("заране": заранее, "боле").  Correcting them rewrites the author's spelling."""
    if word[-4:] in ("лася", "лися", "лося") and lexicon.is_known(word[:-2] + "сь"):
        return True  # a past form only: "решаюся" is решаются with a lost т, not решаюсь
    if word.endswith("е") and lexicon.is_known(word + "е"):
        return True
    return any(word[i] == "ь" and word[i + 1] in _RU_VOWELS and lexicon.is_known(word[:i] + "и" + word[i + 1:])
               for i in range(1, len(word) - 1))


def _real_yo(cand: str) -> bool:
    """A candidate with ё is spelt so in the dictionary (растёт), not only found by reading
    its ё as е ("ракёт", a slip of the word being read, is no spelling of ракет)."""
    return "ё" not in cand or any(p.is_known and p.word == cand for p in lexicon.morph().parse(cand))


# Issue 12: from this length a word whose only listed neighbour one likely slip away is
# rarer (Zipf >= MIN_RARE_TARGET_ZIPF) is corrected to it when every other listed
# neighbour is a less likely slip to a rarer word.
MIN_RARE_TARGET_LEN_2 = 8
# From this length a word with no listed neighbour at all is corrected to the one
# dictionary word (not listed: rarer than Zipf 2.5) one likely slip away, if there is
# exactly one ("ндтреснутый" -> надтреснутый): long words have few neighbours.
MIN_UNLISTED_TARGET_LEN = 10


def _correct_unlisted(word: str) -> str | None:
    """The one dictionary word one likely slip away from ``word`` (no listed word is one
    edit away), not only a name, or None."""
    found = None
    for cand, cost in edits1_costed(word).items():
        if cost != LIKELY or _same_but_yo(cand, word) or not lexicon.in_dictionary(cand):
            continue
        if found is not None:
            return None
        found = cand
    return found if found is not None and not _only_names(found) and _lost_letter_or_swap(word, found, variants=False) else None


_VOWEL_TWINS = frozenset(frozenset(p) for p in ("ао", "еи", "ея", "иы"))
# A dictionary form below the frequency list's floor (Zipf < 2.5) that one vowel of a
# sound-alike pair turns into a very common word (Zipf >= 5.0, 300x more frequent at
# least) is a misspelling of it ("окало" is a form of окать, but "окало 40%" is около).
MIN_REAL_WORD_TARGET_ZIPF = 5.0
MIN_REAL_WORD_LEN = 5


@functools.lru_cache(maxsize=16384)
def correct_rare_form(word: str) -> str | None:
    """The correction of a rare dictionary form (a misspelling that happens to be a
    word), or None: exactly one listed word one sound-alike vowel away, at
    :data:`MIN_REAL_WORD_TARGET_ZIPF`, and every other listed word one edit away below
    :data:`MIN_PLAUSIBLE_ZIPF`.  On 91,000 tokens of clean Russian (LID dev, quotations)
    this finds nothing to change."""
    if not MIN_REAL_WORD_LEN <= len(word) <= MAX_TYPO_LEN or not _RU_LOWER.match(word):
        return None
    if _zipf(word) or not lexicon.in_dictionary(word) or _only_names(word):
        return None
    best, others = None, 0
    for cand, cost in edits1_costed(word).items():
        z = _zipf(cand)
        if not z or not lexicon.in_dictionary(cand) or _same_but_yo(cand, word):
            continue
        twin = (cost == LIKELY and len(cand) == len(word)
                and all(a == b or frozenset((a, b)) in _VOWEL_TWINS for a, b in zip(word, cand)))
        if twin and z >= MIN_REAL_WORD_TARGET_ZIPF:
            if best is not None:
                return None
            best = cand
        elif z >= MIN_PLAUSIBLE_ZIPF:
            others += 1
    if best is None:
        return _lost_letter_of_unseen_word(word)
    return best if best is not None and not others and not _only_names(best) else None


# Round 6 (issue 12): a participle whose word the frequency list never sees (form and
# lemma below Zipf 2.5: "возращены", a form of возрастить) and one listed word a lost
# letter away ("возвращены"), in words of this length at least.  Adjectives, adverbs and
# verbs were tried and dropped: "балийский" -> балтийский (x4), "однородно" -> однородной
# (x2) in the gettext text.
MIN_UNSEEN_FORM_LEN = 8


def _lost_letter_of_unseen_word(word: str) -> str | None:
    """The one listed word (strength >= :data:`MIN_PLAUSIBLE_ZIPF`) that puts a lost letter
    back into the rare dictionary form ``word``, when neither ``word`` nor its lemma is in
    the frequency list and no other listed word is one edit away; else None."""
    if len(word) < MIN_UNSEEN_FORM_LEN or _strength(word) or _derived(word):
        return None
    if not all(p.tag.POS in ("PRTF", "PRTS") for p in lexicon.morph().parse(word) if p.is_known):
        return None  # only a participle: "балийский" (Balinese), "однородно", "попускаю" are words
    found = []
    for cand, cost in edits1_costed(word).items():
        if not _zipf(cand) or not lexicon.in_dictionary(cand) or _same_but_yo(cand, word):
            continue
        found.append((cand, cost))
    if len(found) != 1:
        return None
    cand, cost = found[0]
    if cost != LIKELY or len(cand) != len(word) + 1 or _strength(cand) < MIN_PLAUSIBLE_ZIPF or _only_names(cand):
        return None
    return cand


_NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Init"})


def _only_names(word: str) -> bool:
    """Every dictionary reading of ``word`` is a name ("виктора", "марата")."""
    known = [p for p in lexicon.morph().parse(word) if p.is_known]
    return bool(known) and all(_NAME_TAGS & set(p.tag.grammemes) for p in known)


def _name_like(word: str) -> bool:
    """pymorphy3 reads ``word`` (or guesses it, from its ending) as a name first
    ("бозумбаев", "жанетта"), or every dictionary reading of it is a name."""
    parses = lexicon.morph().parse(word)
    if parses and _NAME_TAGS & set(parses[0].tag.grammemes):
        return True
    known = [p for p in parses if p.is_known]
    return bool(known) and all(_NAME_TAGS & set(p.tag.grammemes) for p in known)


@functools.lru_cache(maxsize=4096)
def correct_capitalised(word: str) -> str | None:
    """The correction of a capitalised sentence opener (given in lower case), or None.

    A capitalised word may be a name, so on top of :func:`correct` the word must not
    read as a name (pymorphy3 guesses surnames, first names and places from their
    endings) and the correction must be a common word, not a name, with its own form
    at :data:`MIN_TARGET_ZIPF_CAPITAL` ("Делигация" -> "Делегация")."""
    fixed = correct(word)
    if fixed is None or _name_like(fixed):
        return None
    if _zipf(fixed) < MIN_TARGET_ZIPF_CAPITAL and not _plain_slip_to_a_word(word, fixed):
        return None
    if _name_like(word) and not (_zipf(fixed) >= MIN_TARGET_ZIPF_CAPITAL_GUESSED and not _dictionary_name(word)
                                 and _lost_letter_or_swap(word, fixed)):
        # Issue 12: pymorphy3 guesses a name from the ending alone ("мужчена", "истоия");
        # a guess does not outweigh a likely slip from a very common word.
        return None
    return fixed


# Round 5: a capitalised opener that reads as no name at all (not even by a guess from
# its ending) is corrected to a rarer word (form in the frequency list, or lemma at Zipf
# 3.0) when the slip is a lost, doubled or swapped letter or an unstressed vowel
# ("Авиабааза", "Отрзаив", "Придерживаллся"): such words are no names, and correct()
# already found one clear target.  Not towards an adjective in -ский/-цкий, which a capital
# mostly makes a name's ("Пиротский округ", a province, is no "Пиратский").
MIN_CAPITAL_PLAIN_LEMMA_ZIPF = 3.0
MIN_CAPITAL_PLAIN_LEN = 8


def _plain_slip_to_a_word(word: str, fixed: str) -> bool:
    """See above: ``word`` (lower case) is no name by any reading, 8+ letters, and
    ``fixed`` a listed form or a form of a listed lemma one plain slip away."""
    if len(word) < MIN_CAPITAL_PLAIN_LEN or _name_like(word) or not _lost_letter_or_swap(word, fixed):
        return False
    if _PLACE_ADJECTIVE.search(fixed):
        return False  # a capitalised -ский/-цкий adjective is mostly a place's or a person's: "Пиротский округ"
    return _zipf(fixed) >= lexicon.KNOWN_ZIPF or _strength(fixed) >= MIN_CAPITAL_PLAIN_LEMMA_ZIPF


_PLACE_ADJECTIVE = regex.compile(r"[сц]к(?:ий|ая|ое|ие|ого|ой|ому|ом|им|их|ую|ими)$")


# A capitalised opener that pymorphy3 only guesses to be a name (from its ending) is still
# corrected to a word this common through a likely slip.
MIN_TARGET_ZIPF_CAPITAL_GUESSED = 4.0


def _dictionary_name(word: str) -> bool:
    """pymorphy3's dictionary (not a guess) reads ``word`` as a name."""
    return any(p.is_known and _NAME_TAGS & set(p.tag.grammemes) for p in lexicon.morph().parse(word))


@functools.lru_cache(maxsize=4096)
def tied_candidates(word: str) -> tuple[str, ...]:
    """The equally likely, about equally frequent corrections of a lower-case Russian
    ``word`` that :func:`correct` leaves because the word alone does not tell them apart
    (inflected forms: "советскй" -> советской / советский), or ()."""
    if not MIN_TYPO_LEN <= len(word) <= MAX_TYPO_LEN or correct(word) is not None:
        return ()
    if not _RU_LOWER.match(word) or lexicon.is_known(word) or ("ё" in word and lexicon.is_known(word.replace("ё", "е"))):
        return ()
    plausible = sorted((cost, -_strength(cand), cand) for cand, cost in edits1_costed(word).items()
                       if _zipf(cand) and lexicon.in_dictionary(cand) and not _same_but_yo(cand, word))
    plausible = [c for c in plausible if -c[1] >= MIN_PLAUSIBLE_ZIPF]
    if len(plausible) < 2:
        return ()
    cost, neg, best = plausible[0]
    if -neg < MIN_TARGET_ZIPF or (cost > LIKELY and _zipf(best) < MIN_TARGET_ZIPF_UNLIKELY):
        return ()
    ties = [c for c_cost, c_neg, c in plausible if c_cost == cost and -c_neg > -neg - AMBIGUITY_MARGIN]
    if any(c_cost > cost and -c_neg > -neg + AMBIGUITY_MARGIN for c_cost, c_neg, _ in plausible):
        return ()
    return tuple(ties) if 2 <= len(ties) <= MAX_TIES else ()


# At most this many tied corrections are judged by the neighbouring words.
MAX_TIES = 6
# Round 6 (issue 12): rarer forms of one lemma a likely slip away ("упрощат": упрощает 3.28,
# упрощать, упрощают) may be settled by the neighbours when the likeliest is this common.
MIN_RARE_TIE_ZIPF = 3.0


@functools.lru_cache(maxsize=16384)
def _rare_ties(word: str) -> tuple[str, ...]:
    """Listed forms of one lemma, each one likely slip from ``word`` and none at the
    :data:`MIN_TARGET_ZIPF` that :func:`tied_candidates` needs, when no listed word of
    another lemma is one edit away: "упрощат" -> (упрощает, упрощать, упрощают), and
    the neighbours choose ("Документ упрощает").  Issue 15: cached, as the result
    depends on ``word`` alone (the lexicon and :func:`correct` are fixed)."""
    if not MIN_TYPO_LEN <= len(word) <= MAX_TYPO_LEN or not _RU_LOWER.match(word) or lexicon.is_known(word):
        return ()
    if correct(word) is not None or _derived(word):
        return ()
    listed = [(cand, cost) for cand, cost in edits1_costed(word).items()
              if _zipf(cand) and lexicon.in_dictionary(cand) and not _same_but_yo(cand, word)]
    if not 2 <= len(listed) <= MAX_TIES or any(cost != LIKELY for _, cost in listed):
        return ()
    lemmas = {p.normal_form for cand, _ in listed for p in lexicon.morph().parse(cand)[:1]}
    if len(lemmas) != 1 or max(_zipf(cand) for cand, _ in listed) < MIN_RARE_TIE_ZIPF:
        return ()
    if any(_only_names(cand) for cand, _ in listed):
        return ()
    return tuple(sorted(cand for cand, _ in listed))


def _fits_context(cand: str, prev: str | None, nxt: str | None, short_forms: bool) -> bool:
    """The neighbours take ``cand``: it agrees with the next word as an adjective
    ("советской армии"; not when a tied reading is a short form, a predicate that may
    stand before its subject: "опубликована третья"), or it is in a case the preposition
    before it takes ("при изучении").  Issue 12: an infinitive after a verb, a
    predicative or должен ("должно вмешаться", not вмешается), a finite verb after a
    subject it agrees with ("государство вмешается")."""
    from .glued import _agree, _readings, _subject_verb
    from .words import PREPOSITIONS, governs

    if nxt and not short_forms and _agree(cand, nxt.lower()):
        return True
    if not prev:
        return False
    low_prev = prev.lower()
    if low_prev in PREPOSITIONS:
        return governs(low_prev, cand)
    pos = {p.tag.POS for p in _readings(cand)}
    if pos == {"INFN"}:
        return any(p.tag.POS in ("VERB", "INFN", "PRED") or p.normal_form == "должный" for p in _readings(low_prev))
    if pos == {"VERB"}:
        # only a word that is nothing but a nominative (or the accusative like it:
        # "государство"): "суда" (genitive of суд, or ships) is no subject to go by
        prev_readings = _readings(low_prev)
        return (bool(prev_readings) and all(p.tag.case in ("nomn", "accs") for p in prev_readings)
                and _subject_verb(low_prev, cand))
    return False


def _by_context(text: str, s: int, e: int, word: str) -> str | None:
    """The one tied correction of ``word`` (at [s, e) in ``text``) that its neighbours
    take, or None."""
    ties = tied_candidates(word)
    rare = not ties
    if rare:
        ties = _rare_ties(word)
    if not ties:
        return None
    nxt = next_word(text, e)
    m = _PREV_WORD.search(text, max(0, s - 40), s)
    prev = m.group(1) if m else None
    if not nxt and not prev:
        return None
    if rare:
        # rarer forms: only the word before decides, and only when it is one part of speech
        # ("Документ упрощает", "решили упрощать"; not "правила", a noun or a verb)
        from .glued import _readings

        if not prev or len({p.tag.POS for p in _readings(prev.lower())}) != 1:
            return None
        nxt = None
    short_forms = _has_short_form(ties)
    fitting = [c for c in ties if _fits_context(c, prev, nxt, short_forms)]
    return fitting[0] if len(fitting) == 1 else None


@functools.lru_cache(maxsize=4096)
def _has_short_form(ties: tuple[str, ...]) -> bool:
    """A dictionary reading of one of ``ties`` is a short adjective or participle
    (cached per tie set: issue 15)."""
    return any(p.is_known and p.tag.POS in ("ADJS", "PRTS") for c in ties for p in lexicon.morph().parse(c))


_PREV_WORD = regex.compile(r"(?<![\w-])(\p{Cyrillic}+) $")


def _lower_next(text: str, end: int) -> bool:
    """A lower-case word follows: the capitalised word opens a sentence of prose, not a
    list of names or a one-word line ("Манстер" in a list of provinces stays)."""
    from .words import prose_follows

    return prose_follows(text, end)


def _correct_two(word: str) -> str | None:
    """Two likely slips away from exactly one common word."""
    if not MIN_TWO_EDIT_LEN <= len(word) <= MAX_TWO_EDIT_LEN:
        return None
    found = set()
    # The second slip is one without an insertion: about 35n x 3n look-ups, not (35n)^2.
    for first in _likely_edits(word):
        for cand in _likely_edits(first, insertions=False):
            if (cand != word and lexicon.zipf(cand) >= MIN_TARGET_ZIPF_2 and lexicon.in_dictionary(cand)
                    and not _same_but_yo(cand, word)):
                found.add(cand)
                if len(found) > 1:
                    return None
    return found.pop() if found else None


_KK_VOWELS = "аәеиоөұүыіэюя"
_KK_CONSONANTS = frozenset("бвгғджзклмнңпрстфхһцчшщқ")  # й and у are left out: they glide


@functools.lru_cache(maxsize=16384)
def correct_kazakh(word: str, lost_vowel_only: bool = False) -> str | None:
    """The correction of a lower-case Kazakh ``word``, or None: the one known word that
    one likely slip explains.  The slips: a vowel dropped inside what is then a run of
    three consonants, one Kazakh letter typed as its Russian look-alike or the reverse,
    or two neighbours swapped (first letter kept).  Every slip is tried and exactly one
    known word may come out of all of them: two ("біздңі" is біздің with ң and і
    swapped, or біздіңі with a lost і) leave the word, and so does a single one that
    rests on a stem shorter than :data:`MIN_KK_CORRECTION_STEM` (елдегі is ел+де+гі).
    ``lost_vowel_only``: only a lost vowel is undone (for a capitalised sentence opener,
    which may be a name: Уганда, not Уғанда), though every slip still counts as a
    reading."""
    if not MIN_KK_TYPO_LEN <= len(word) <= MAX_TYPO_LEN or lexicon.is_word(word, "kk"):
        return None
    fixed = _signed_correction(word, lost_vowel_only)
    if fixed is None and not lost_vowel_only:
        fixed = _undoubled(word) or _unsigned_correction(word) or _lone_neighbour(word)
    return fixed


def _undoubled(word: str) -> str | None:
    """The one known word that dropping a letter typed twice (:func:`_doubled_by_slip`)
    gives, when no other slip of :func:`_slips` gives a known word: a doubled letter is
    the weaker sign, since a lost vowel or a swap often leaves one too (аудан|н|дағы is
    ауданындағы, бағыыт is бағыты), so it is the reading of last resort."""
    cands = {word[:i] + word[i + 1:] for i in range(1, len(word)) if _doubled_by_slip(word, i)}
    known = [c for c in sorted(cands) if lexicon.is_word(c, "kk") and _takes(c, -1)]
    if len(known) != 1 or any(lexicon.is_word(c, "kk") for c, _at in _slips(word)):
        return None
    return known[0]


def _signed_correction(word: str, lost_vowel_only: bool) -> str | None:
    """The slips of :func:`correct_kazakh` that leave a sign of damage (see there)."""
    readings: dict[str, bool] = {}  # known word -> whether the rule may take it
    for cand, lost_at in _slips(word):
        if lost_at == _NO_SIGN and not any(readings.values()):
            return None  # nothing to take: the readings that cannot be taken need no look-up
        if cand in readings and readings[cand]:
            continue
        if lexicon.is_word(cand, "kk"):
            readings[cand] = readings.get(cand, False) or (
                _takes(cand, lost_at) and (lost_at >= 0 or not lost_vowel_only))
            if len(readings) > MAX_KK_READINGS:
                return None
    if len(readings) == 1:
        cand, ok = readings.popitem()
        return cand if ok else None
    return _clearly_likeliest(readings) if len(word) >= MIN_KK_RANKED_LEN else None


# More known words than this one slip away: the word is too ambiguous to rank.
MAX_KK_READINGS = 6
# Of several known words one slip away, one wins when it rests on a stem of this many
# letters (or is listed whole) and every other on a stem KK_STEM_MARGIN letters shorter:
# with no Kazakh frequency list, a long listed stem is the likelier word (біздің, listed
# whole, over бәз+дің, без+дің; ерекше over ерік+ше), while readings on stems of like
# length (қол+дай+ды, қал+дай+ды) leave the word as written.
MIN_KK_RANKED_STEM = 5
MAX_KK_OTHER_STEM = 3
# ... in words of this many letters or more (сздер is сөздер or сіздер: short words
# have readings of like likelihood that stems do not tell apart).
MIN_KK_RANKED_LEN = 7


def _clearly_likeliest(readings: dict[str, bool]) -> str | None:
    """The one takeable reading whose stem is clearly the longest, or None."""
    from .kazakh import longest_stem

    ranked = sorted(((longest_stem(c), c, ok) for c, ok in readings.items()), reverse=True)
    (best, cand, ok), (second, _c, _ok) = ranked[0], ranked[1]
    if not ok or best < MIN_KK_RANKED_STEM or second > MAX_KK_OTHER_STEM:
        return None
    return cand


# Slips that leave no sign of damage (no cluster, no broken harmony): a vowel written as
# its partner of the other height (е/і, а/ы, о/ұ, ө/ү: өзгерестер for өзгерістер,
# ұсыныстырын for ұсыныстарын) and a vowel put between two consonants the way they are
# said (министірлігіне for министрлігіне).  Taken only in a long word, where exactly one
# word of all those one edit away (any letter put in, left out, changed or swapped)
# rests on a long stem and every other on a clearly shorter one: the stem list lacks
# about one word in twenty of clean text, and such a word is often one edit from a
# known word too (біріктіруі, күшейіп), so the bar is high.
_KK_HEIGHT_PARTNERS = {"е": "і", "і": "е", "а": "ы", "ы": "а", "о": "ұ", "ұ": "о", "ө": "ү", "ү": "ө"}
MIN_KK_UNSIGNED_LEN = 8
MIN_KK_UNSIGNED_STEM = 7
KK_UNSIGNED_MARGIN = 3


def _unsigned_candidates(word: str) -> set[str]:
    """The words one slip without a sign away (never at the first or last letter)."""
    out = set()
    n = len(word)
    for i in range(1, n - 1):
        ch = word[i]
        if ch in _KK_HEIGHT_PARTNERS:
            out.add(word[:i] + _KK_HEIGHT_PARTNERS[ch] + word[i + 1:])
            if word[i - 1] in _KK_CONSONANTS and word[i + 1] in _KK_CONSONANTS:
                out.add(word[:i] + word[i + 1:])
    return out


def _one_edit_away(word: str) -> set[str]:
    """Every string one insertion, deletion, replacement or swap from ``word`` (the first
    letter kept)."""
    n = len(word)
    out = {word[:i] + c + word[i:] for i in range(1, n + 1) for c in KK_ALPHABET}
    out |= {word[:i] + word[i + 1:] for i in range(1, n)}
    out |= {word[:i] + c + word[i + 1:] for i in range(1, n) for c in KK_ALPHABET if c != word[i]}
    out |= {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, n - 1)}
    out.discard(word)
    return out


def _unsigned_correction(word: str) -> str | None:
    """The one known word a slip without a sign explains, when it clearly outranks every
    known word one edit away by the length of its stem (see above), or None."""
    from .kazakh import longest_stem

    if len(word) < MIN_KK_UNSIGNED_LEN:
        return None
    cands = sorted(((longest_stem(c), c) for c in _unsigned_candidates(word) if lexicon.is_word(c, "kk")),
                   reverse=True)
    if len(cands) != 1 or cands[0][0] < MIN_KK_UNSIGNED_STEM:
        return None  # two such slips give known words (наурызыныда: -ында or -ынада): no way to pick
    best, cand = cands[0]
    # Only a neighbour that opens with a listed stem near ``best`` in length can rank
    # close to it (a verb made from a noun rests on the noun: two letters of slack more),
    # so the rest need no analysis (bounded work: about 90 x 40 look-ups a word).
    low = best - KK_UNSIGNED_MARGIN - 2
    listed = _kk_stems()
    for other in _one_edit_away(word):
        if other == cand or not any(other[:k] in listed for k in range(max(low, 2), len(other) + 1)):
            continue
        if lexicon.is_word(other, "kk") and longest_stem(other) > best - KK_UNSIGNED_MARGIN:
            return None
    return cand


# A lone neighbour (round 5): a typist's swap or lost letter often leaves no sign at all
# (жатахқанаға for жатақханаға, партиялра, төрағлары for төрағалары).  Such a word is taken
# for a slip only when, of every known word one edit of any kind away, exactly one rests on
# a long stem, is reached by the likely slips (two neighbours swapped, or a letter lost
# inside the word, not in its last two letters, where the suffix rules would stretch over
# a loan's own ending: синхронды is no синхрондық) and every other rests on a stem of at
# most MAX_KK_LONE_OTHER_STEM letters (a verb form: two) and KK_UNSIGNED_MARGIN shorter.
# A verb on a short root is a likely word of its own (біл+ме+йміз beside білім+дей+міз for
# білімейміз, a vowel said between two consonants).  A changed letter is
# no such slip: on the software translations it turned loans into words (контрастын ->
# контрактын, макросы -> матросы), as did a lost ь or a loan letter (модулінде).
MIN_KK_LONE_LEN = 7
MIN_KK_LONE_STEM = 5
MAX_KK_LONE_OTHER_STEM = 4
# Letters a lost-letter reading may put back: the native vowels and consonants (not ь ъ,
# nor the loan letters э ё ю я и у й щ ц, which spell loans the list lacks).
_KK_LONE_LETTERS = "аәеоөұүыібвгғджзклмнңпрстфхһчшқ"


def _lone_slips(word: str) -> set[str]:
    """The words a swap of two neighbours or a letter lost inside ``word`` (before its
    last two letters) would give back (first letter kept)."""
    n = len(word)
    out = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, n - 1) if word[i] != word[i + 1]}
    out |= {word[:i] + c + word[i:] for i in range(1, n - 1) for c in _KK_LONE_LETTERS}
    out.discard(word)
    return out


def _lone_neighbour(word: str) -> str | None:
    """The one known word a likely slip gives back, when no other known word one edit
    away rests on a comparable stem (see above), or None."""
    from .kazakh import longest_stem, verb_form

    if len(word) < MIN_KK_LONE_LEN:
        return None
    listed = _kk_stems()
    known = []
    # the signed slips too: they may change the first letter (каласында is қаласында)
    for other in _one_edit_away(word) | {cand for cand, _at in _slips(word)}:
        # only a word opening with a listed stem can be known (bounded work)
        if any(other[:k] in listed for k in range(MIN_KK_CORRECTION_STEM, len(other) + 1)) and lexicon.is_word(
                other, "kk"):
            known.append((longest_stem(other), other))
    if not known:
        return None
    known.sort(reverse=True)
    best, cand = known[0]
    if best < MIN_KK_LONE_STEM or cand not in _lone_slips(word):
        return None
    for stem, other in known[1:]:
        # a verb form on a short root is a likely word (біл+ме+йміз, кел+ген): only a
        # two-letter root is too short to count
        limit = MIN_KK_CORRECTION_STEM - 1 if verb_form(other) else MAX_KK_LONE_OTHER_STEM
        if stem > min(best - KK_UNSIGNED_MARGIN, limit):
            return None
    return cand


@functools.lru_cache(maxsize=1)
def _kk_stems() -> frozenset[str]:
    """The listed stems and verb roots, and the voiced forms of stems ending in п к қ
    (кітап: кітаб+ы), for the prefix test of :func:`_unsigned_correction`."""
    from .kazakh import stems, verb_roots

    out = set(stems()) | set(verb_roots())
    out |= {w[:-1] + {"п": "б", "к": "г", "қ": "ғ"}[w[-1]] for w in stems() if w[-1] in "пкқ"}
    return frozenset(out)


# Kazakh letters typed as the Russian letters they look or sound like, and the reverse
# slips; each is undone only where the letter breaks a rule of Kazakh spelling that the
# right letter keeps (see :func:`_letter_fixes`).  н/ң, х/һ and и/і in most places break
# none, so they are not guessed.
_KK_BACK = frozenset("аоұы")
_KK_FRONT = frozenset("әеіөү")
_TO_FRONT_VOWEL = {"а": "ә", "о": "ө", "ы": "і"}
_TO_BACK_VOWEL = {v: k for k, v in _TO_FRONT_VOWEL.items()}
_KK_ALL_VOWELS = frozenset("аәеиоөұүыіэюяё")
# Shortest word in which a wrong letter or a swap is looked for (short words have many
# one-letter neighbours in the lexicon).
MIN_KK_CONFUSION_LEN = 6
# A correction must rest on a listed stem this long (short stems let the suffix rules
# stretch over a slip).
MIN_KK_CORRECTION_STEM = 3


def _harmony_of(word: str, skip: int) -> str:
    """"b" or "f" when every native vowel of ``word`` but the one at ``skip`` is back or
    front, "" when they mix or there is none."""
    vowels = {("b" if ch in _KK_BACK else "f") for i, ch in enumerate(word)
              if i != skip and (ch in _KK_BACK or ch in _KK_FRONT)}
    return vowels.pop() if len(vowels) == 1 else ""


def _letter_fixes(word: str) -> Iterator[str]:
    """Words one letter away from ``word`` where that letter breaks Kazakh spelling and
    the replacement keeps it:

    * к/г beside a back vowel (Kazakh writes қ/ғ there: казақ -> қазақ), қ/ғ beside a
      front vowel (Kazakh writes к/г: пернеғе -> пернеге);
    * а/о/ы in a word whose other native vowels are all front, ә/ө/і in a word whose
      other vowels are all back (vowel harmony: маселе -> мәселе, корсеткіш -> көрсеткіш);
    * у or и after a consonant and before a consonant or the end (not a glide, so a
      Kazakh vowel: у -> ұ/ү, и -> і: улттық -> ұлттық, мемлекеттик -> мемлекеттік); и
      not as the first letter (it opens loans: инвестиция)."""
    n = len(word)
    for i, ch in enumerate(word):
        near = {word[j] for j in (i - 1, i + 1) if 0 <= j < n}
        if ch in "кг" and near & _KK_BACK:
            yield word[:i] + {"к": "қ", "г": "ғ"}[ch] + word[i + 1:]
        elif ch in "қғ" and near & _KK_FRONT and not near & _KK_BACK:
            yield word[:i] + {"қ": "к", "ғ": "г"}[ch] + word[i + 1:]
        elif ch in _TO_FRONT_VOWEL and _harmony_of(word, i) == "f":
            yield word[:i] + _TO_FRONT_VOWEL[ch] + word[i + 1:]
        elif ch in _TO_BACK_VOWEL and _harmony_of(word, i) == "b":
            yield word[:i] + _TO_BACK_VOWEL[ch] + word[i + 1:]
        elif ch in "уи" and (i or ch == "у") and not near & _KK_ALL_VOWELS:
            for alt in ("ұү" if ch == "у" else "і"):  # ы is on a Russian keyboard; і is not
                yield word[:i] + alt + word[i + 1:]


# Where :func:`_slips` marks a candidate that shows no sign of damage: it is never
# taken, but a known word there makes the word ambiguous.
_NO_SIGN = -2
_LOOK_ALIKES = {"а": "ә", "ә": "а", "о": "ө", "ө": "о", "у": "ұү", "ұ": "уү", "ү": "уұ", "к": "қ", "қ": "к",
                "г": "ғ", "ғ": "г", "н": "ң", "ң": "н", "и": "і", "і": "иы", "ы": "і", "х": "һ", "һ": "х"}


def _bad_clusters(word: str) -> int:
    """How many runs of three consonants, or pairs of vowels (no glide) side by side,
    ``word`` holds: Kazakh words hold few, and a swap of two neighbours often makes one
    (біздің -> біздңі)."""
    count = 0
    for i in range(len(word) - 1):
        a, b = word[i], word[i + 1]
        if a in _KK_CONSONANTS and b in _KK_CONSONANTS and i + 2 < len(word) and word[i + 2] in _KK_CONSONANTS:
            count += 1
        if (a in _KK_BACK or a in _KK_FRONT) and (b in _KK_BACK or b in _KK_FRONT):
            count += 1
    return count


def _slips(word: str) -> Iterator[tuple[str, int]]:
    """(candidate, where a vowel was put back or -1) for each slip :func:`correct_kazakh`
    undoes.  A dropped vowel is only looked for where three consonants meet, which
    Kazakh words do not allow (маңзды, мамандр, ардагрлер: a vowel was lost); a swap only
    where the word holds such a cluster (or two vowels side by side) and the swap
    leaves fewer.""" 
    for i in range(1, len(word)):
        # a vowel may go between word[i-1] and word[i] when a run of three
        # consonants spans that gap, or the consonant pair there cannot stand in Kazakh
        if _KK_CONSONANTS.issuperset(word[i - 1:i + 1]) and (
                _three_consonants_around(word, i) or _pair_needs_vowel(word, i)):
            for v in _KK_VOWELS:
                yield word[:i] + v + word[i:], i
    if len(word) < MIN_KK_CONFUSION_LEN:
        return
    for cand in _letter_fixes(word):
        yield cand, -1
    clusters = _bad_clusters(word)
    swaps = [word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, len(word) - 1) if word[i] != word[i + 1]]
    for cand in swaps:
        if clusters and _bad_clusters(cand) < clusters:
            yield cand, -1
    # Last, the slips without a sign of damage (any other swap or Kazakh/Russian
    # look-alike letter): never taken, but a known word there makes the word ambiguous.
    for cand in swaps:
        yield cand, _NO_SIGN
    for i, ch in enumerate(word):
        for alt in _LOOK_ALIKES.get(ch, ""):
            yield word[:i] + alt + word[i + 1:], _NO_SIGN
    # A vowel of the other height, or a vowel said between two consonants and written,
    # is a reading too (тағдырымін: -мын or -мен; министрылер: министрілер or министрлер).
    for cand in _unsigned_candidates(word):
        yield cand, _NO_SIGN


# Endings whose vowel a lost-vowel correction may put back (plural, genitive, accusative,
# the possessives: белес+тер+ді, сіз+дер+дің, ниет+і+нде), when they directly follow a
# listed noun stem of MIN_KK_ENDING_STEM letters or more.
_KK_VOWEL_ENDINGS = frozenset("лар лер дар дер тар тер ның нің дың дің тың тің ны ні ды ді ты ті ы і сы сі ым ім "
                              "ың ің ымыз іміз ыңыз іңіз".split())
MIN_KK_ENDING_STEM = 4
# After a stem this long, the vowel of any ending may be put back: the suffix rules do
# not stretch over a slip this far into a long stem.
MIN_KK_ANY_ENDING_STEM = 5


def _takes(cand: str, lost_at: int) -> bool:
    """Whether the known word ``cand`` rests on a stem of :data:`MIN_KK_CORRECTION_STEM`
    letters or more, and a vowel put back at ``lost_at`` falls inside it, not on its
    last letter, or in the first ending after a noun stem of :data:`MIN_KK_ENDING_STEM`
    letters when that ending is a plural, genitive, accusative or possessive
    (:data:`_KK_VOWEL_ENDINGS`); other endings are where the rules can stretch over a
    loan (растр+лық is no раст|а|+р+лық)."""
    from .kazakh import _nominal, analyse

    if lost_at == _NO_SIGN:
        return False
    analysis = analyse(cand)
    if analysis is None or len(analysis[0]) < MIN_KK_CORRECTION_STEM:
        return False
    if lost_at >= 0 and lost_at >= len(analysis[0]) - 1:
        stem, first = analysis[0], analysis[1] if len(analysis) > 1 else ""
        if len(stem) >= MIN_KK_ANY_ENDING_STEM and lost_at >= len(stem):
            return True  # after a long stem any ending's vowel (өңір+де+гі, жабдықтал+ған)
        return (len(stem) >= MIN_KK_ENDING_STEM and first in _KK_VOWEL_ENDINGS
                and len(stem) <= lost_at < len(stem) + len(first) and _nominal(cand, 5) == analysis)
    return True


# Obstruents: no Kazakh word ends in one of these followed by н (қайтадн, жазылыпн).
_KK_OBSTRUENTS = frozenset("бвгғджзкпстфхһцчшщқ")
# Letters Kazakh never writes twice: no ending opens with them, so no morpheme boundary
# doubles them (ң only ever follows a vowel; ж and һ open no suffix).
_KK_NEVER_DOUBLED = frozenset("жңһ")


def _pair_needs_vowel(word: str, i: int) -> bool:
    """Whether the consonants ``word[i-1]`` + ``word[i]`` cannot meet in a Kazakh word, so a
    vowel was lost between them: ң after any consonant (ң closes a syllable, always after
    a vowel: бағдарламанң), or a final н after an obstruent (қайтадн)."""
    if word[i] == "ң":
        return True
    return word[i] == "н" and i == len(word) - 1 and word[i - 1] in _KK_OBSTRUENTS


def _doubled_by_slip(word: str, i: int) -> bool:
    """Whether ``word[i]`` repeats ``word[i-1]`` where Kazakh spelling never doubles a
    letter: at the end of the word (жобасынн), ы or і (no word holds two side by side:
    толықтыығы), a letter of :data:`_KK_NEVER_DOUBLED` (қажжет), or a doubled consonant
    against a third one (кітаппта).  Geminates at a
    morpheme boundary (ат+тар, сан+ны, көл+лер) stand between vowels and stay."""
    ch = word[i]
    if ch != word[i - 1]:
        return False
    if i == len(word) - 1 or ch in _KK_NEVER_DOUBLED:
        return True
    if ch in "ыі":
        return True  # the high vowels: a compound may join а+а (қара+ағаш), never ы+ы
    return ch in _KK_CONSONANTS and (word[i + 1] in _KK_CONSONANTS or (i >= 2 and word[i - 2] in _KK_CONSONANTS))


def _three_consonants_around(word: str, i: int) -> bool:
    """Whether the gap before ``word[i]`` lies inside a run of three consonants."""
    for start in (i - 2, i - 1):
        if start >= 0 and start + 3 <= len(word) and _KK_CONSONANTS.issuperset(word[start:start + 3]):
            return True
    return False


def typo_changes(text: str, ctx: Context | None = None) -> Iterator[Change]:
    ctx = ctx or Context(text)
    counts = word_counts(text)
    protected = lexicon.protected_tokens()
    for s, e, word in candidate_words(text, ctx):
        low = word.lower()
        if counts[low] > 1 or low in protected:
            continue
        if word.islower():
            fixed = correct(word) or _by_context(text, s, e, word) or correct_rare_form(word)
        elif word[0].isupper() and word[1:].islower() and sentence_initial(text, s) and _lower_next(text, e):
            fixed = correct_capitalised(low)  # "Делигация прибыла": a sentence opener
        else:
            continue
        if fixed:
            yield Change(s, e, word[0] + fixed[1:], "repair.typos")
    for s, e, word in kazakh_words(text, ctx):
        low = word.lower()
        if counts[low] > 1 or low in protected:
            continue
        if not (word.islower() or (word[0].isupper() and word[1:].islower() and sentence_initial(text, s))):
            continue
        fixed = correct_kazakh(low, lost_vowel_only=not word.islower())
        if fixed:
            yield Change(s, e, word[0] + fixed[1:] if word[0].isupper() else fixed, "repair.typos.kazakh")
