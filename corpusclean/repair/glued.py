"""Split words that were run together, only when the split is clearly better.

Three rules, each with its reason code; all of them act on Russian words only (see
:class:`~corpusclean.repair.context.Context`) and never on a word that occurs twice in
the document (a repeated spelling is deliberate) or on a protected name:

``repair.glued.words``
    An unknown word (neither in pymorphy3's dictionary nor in the frequency list)
    that splits into two or three known words: parts of four letters or more must be
    in pymorphy3's dictionary with Zipf >= :data:`MIN_PART_ZIPF` and not only a name;
    two- and three-letter parts must be listed function words and may not open the
    word; a one-letter part must be a preposition whose next word takes its case
    ("в" + locative) or the conjunction "и".  A word that pymorphy3 reads as the first
    part used as a prefix of a dictionary word (кинообразования, суперзлодей,
    пятиконечная) is a compound, not a glued pair, and stays.  "принятиебюджета" ->
    "принятие бюджета".  Lower-case words, or a capitalised word that opens a sentence
    (then only parts of four letters or more).
``repair.glued.function_word``
    An unknown word that ends in в, к, с or и, whose remainder pymorphy3 analyses with
    confidence (dictionary, or a known suffix of four letters or more, not a name),
    while the whole cannot be analysed (its ending is no Russian ending), and whose
    next word takes the preposition's case:
    "Ответственностьв работе" -> "Ответственность в работе".
``repair.glued.case``
    Two capitalised Russian parts with no space, each a known word or name of three
    letters or more ("ЧжанМин" -> "Чжан Мин"), unless the word is a known CamelCase
    name (``data/repair/camelcase_names.txt``, the party registry's tokens), a known
    word, or has a brand part or name particle (``data/repair/camelcase_parts.txt``:
    "Каз", "Ойл", "Мак").  Words with three capitals or more (КазМунайГаз), with
    Kazakh letters (ҚазАқпарат), Latin (KazTransOil) or an upper-case run (ЕврАзЭС)
    are never split.  The same code marks a lower-case Russian word run into a
    capitalised word or a Latin name, as lost spaces at link boundaries leave them:
    "обсудилиКазахстан", "сКазахстаном" (a one-letter preposition only before a word
    in its case), "партииAMANAT"; the lower-case part must be a common dictionary word
    and the capitalised one a known word, an abbreviation ("ЕАЭС") or a Latin word;
    hashtags, handles, compounds and domains stay.
"""

from __future__ import annotations

import functools
from typing import Iterator

import regex

from ..edits import Change
from . import lexicon
from .context import Context
from .typos import correct as correct_typo
from .words import _GOVERNS as _GOVERNS_CASES
from .words import (PREPOSITIONS, PRONOUNS, RU_PREFIXES, candidate_words, governs, next_word, prose_follows, sentence_initial,
                    verb_agrees, word_counts)

__all__ = ["glued_changes", "split_words", "split_function_word", "split_case", "split_lower_upper",
           "split_capital_preposition", "split_short_preposition", "split_kazakh"]

# A part of four letters or more must be at least this frequent (Zipf 3.5: three
# times per million words).  Set on the LID dev sentences: the parts of real glued
# words in news are common words (Zipf 3.87-5.70 in the dev seeds), while 3.0 let rare
# words through ("прозерина" -> "прозе" 3.48 + "рина" 3.11).
MIN_PART_ZIPF = 3.5
# Shortest word the word splitter looks at (two four-letter parts at least, or a
# short function word and a longer part).
MIN_GLUED_LEN = 6
# Longest token the splitters look at: three long words run together; beyond it the
# split search (quadratic in the length) is not run at all (issue 10: bounded work).
MAX_GLUED_LEN = 48
# The remainder before a final preposition must be at least this long, and pymorphy3
# must analyse it through a known suffix at least this long (-ность, -ение, -ского).
MIN_REMAINDER_LEN = 7
MIN_SUFFIX_LEN = 4
# The whole glued word must have no analysis through a suffix longer than this
# ("...ностьв" only matches "-ьв").
MAX_GLUED_SUFFIX_LEN = 2

ONE_LETTER = frozenset("вксуои")
# Letters split off the end of a word by repair.glued.function_word: the prepositions
# в, к, с and the conjunction и (о and у end too many adjective and noun forms).
TAIL_LETTERS = frozenset("вкси")
_NAME_TAGS = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Init"}
_CONTENT_POS = {"NOUN", "ADJF", "ADJS", "VERB", "INFN", "PRTF", "PRTS", "GRND", "ADVB", "COMP"}
# Two capitalised parts of three letters or more ("ДдУу" is a pattern, not a name).
_CAMEL = regex.compile(r"^([А-ЯЁ][а-яё]{2,})([А-ЯЁ][а-яё]{2,})$")
_RU_WORD = regex.compile(r"^[а-яё]+$")


def _part_ok(part: str, first: bool) -> bool:
    """A possible part of a split; ``first``: it would open the word."""
    if len(part) >= 4:
        return (lexicon.in_dictionary(part) and _zipf(part) >= MIN_PART_ZIPF
                and not _only_a_name(part))
    if len(part) >= 2:
        # "про", "под", "не", "ко" open countless compounds (подбассейн, Нечайка), so a
        # short function word may only follow another part ("сказал|что"); so may a
        # closed-class word of three letters ("кого|его", "меня|нет", "никого|там").
        return not first and (part in lexicon.function_words() or (len(part) == 3 and _closed_class(part)))
    return part in ONE_LETTER


def _inflected_noun_before_genitive(a: str, b: str) -> bool:
    """``a`` ends in ы or и and reads only as a noun (no numeral: пяти-, семи- open
    compounds), ``b`` as a genitive: an inflected noun and its genitive ("точки|зрения",
    "часы|радости"), while a compound's first part is a stem with о/е ("водо|провод") and a
    nominative in -а may be a stem too ("мода|листов" is модалистов)."""
    ra = _readings(a)
    if a[-1] not in "ыи" or not ra or any(p.tag.POS != "NOUN" for p in ra):
        return False
    return any(p.tag.POS in _NOMINAL_POS and p.tag.case in ("gent", "gen2") for p in _readings(b))


MIN_UNLISTED_PART_LEN = 6


def _unlisted_agreeing(word: str, rare: str, other: str, first: bool = True) -> bool:
    """``rare``, a dictionary form below the frequency list (6+ letters, not only a name),
    and the common ``other`` agree as adjective and noun (``rare`` first: "ненадежное|дело";
    else ``other`` first: "своего|безнадежного"); the whole is no known-prefix compound."""
    if len(rare) < MIN_UNLISTED_PART_LEN or not lexicon.in_dictionary(rare) or _only_a_name(rare):
        return False
    a, b = (rare, other) if first else (other, rare)
    return _reads_as_compound(word, a) != "known" and _agree(a, b)


def _rare_pair_linked(word: str, a: str, rest: str) -> bool:
    """A rarer listed first part ``a`` and a common ``rest`` are two words when the grammar
    links them (see :func:`_linked`); when pymorphy3 reads ``a`` as a guessed prefix and
    it ends in a vowel (a compound's linking vowel), only a subject and its predicate do."""
    if _reads_as_compound(word, a) == "guessed" and a[-1] in _VOWELS and not _closed_class(a):
        return _subject_predicate(a, rest)
    return _linked(a, rest)


def _only_a_name(word: str) -> bool:
    """Every dictionary reading of ``word`` is a name ("рина", "тао")."""
    readings = _readings(word)
    return bool(readings) and all(set(p.tag.grammemes) & _NAME_TAGS for p in readings)


def _reads_as_compound(word: str, first: str) -> str | None:
    """How pymorphy3 reads ``word`` as a compound: "known" for one of its known
    word-forming prefixes (кино-, радио-, супер-, не-) + a dictionary word, "guessed" for
    the guessed prefix ``first`` + a dictionary word (пяти|конечная, мода|листов), else
    None."""
    known, guessed = _compound_readings(word)
    if known:
        return "known"
    return "guessed" if first in guessed else None


@functools.lru_cache(maxsize=8192)
def _compound_readings(word: str) -> tuple[bool, frozenset[str]]:
    """(a known prefix + dictionary word reading exists, the guessed prefixes of such
    readings) among pymorphy3's first three readings of ``word``; parsed once per word."""
    guessed = set()
    for p in lexicon.morph().parse(word)[:3]:
        stack = p.methods_stack
        if len(stack) != 2 or type(stack[0][0]).__name__ != "DictionaryAnalyzer":
            continue  # not "prefix + dictionary word" ("пред|ложилаизменить" is a guess)
        name = type(stack[1][0]).__name__
        if name == "KnownPrefixAnalyzer":
            return True, frozenset()
        if name == "UnknownPrefixAnalyzer":
            guessed.add(stack[1][1])
    return False, frozenset(guessed)


_VOWELS = frozenset("аеёиоуыэюя")
_NOMINAL_POS = {"NOUN", "ADJF", "PRTF", "NPRO"}
_AFTER_ADVERB = {"ADJF", "ADJS", "VERB", "INFN", "PRTF", "PRTS", "ADVB", "GRND", "COMP"}
_AFTER_VERB = {"NOUN", "NPRO", "ADJF", "PRTF", "ADVB", "INFN", "NUMR"}


@functools.lru_cache(maxsize=16384)
def _readings(word: str) -> tuple:
    """pymorphy3's dictionary readings of ``word`` (cached: the split search asks often)."""
    return tuple(p for p in lexicon.morph().parse(word) if p.is_known)


def _agree(a: str, b: str) -> bool:
    """``a`` reads as an adjective or participle that agrees with ``b`` (a noun, adjective
    or participle) in case, number and, in the singular, gender: "консультативный|совет",
    "харьковское|государственное".  Compounds never put a full adjective form first."""
    for pa in _readings(a):
        if pa.tag.POS not in ("ADJF", "PRTF") or pa.tag.case is None:
            continue
        for pb in _readings(b):
            if (pb.tag.POS in ("NOUN", "ADJF", "PRTF") and pb.tag.case == pa.tag.case
                    and pb.tag.number == pa.tag.number
                    and (pa.tag.number == "plur" or pb.tag.gender in (pa.tag.gender, None)
                         or "ms-f" in pb.tag.grammemes)):
                return True
    return False


def _subject_verb(a: str, b: str) -> bool:
    """``a`` reads as a noun or pronoun in the nominative and ``b`` as a finite verb agreeing
    with it in number (and gender in the past singular): "взрыв|произошел", "путин|подписал"."""
    for pa in _readings(a):
        if pa.tag.POS not in ("NOUN", "NPRO") or pa.tag.case != "nomn":
            continue
        for pb in _readings(b):
            if pb.tag.POS != "VERB" or pb.tag.number != pa.tag.number:
                continue
            if pb.tag.tense == "past":
                if pa.tag.number == "plur" or pb.tag.gender in (pa.tag.gender, None) or "ms-f" in pa.tag.grammemes:
                    return True
            elif pb.tag.person == "3per":
                return True
    return False


def _phrase(a: str, b: str) -> bool:
    """Some grammatical sign that ``a`` and ``b`` are two words of one phrase: agreement,
    subject and verb, a noun and a genitive ("поток|пассажиров"), an adverb before what it
    modifies ("очень|странный"), a verb before its object or an infinitive."""
    if _agree(a, b) or _subject_verb(a, b) or _numeral_before_noun(a, b):
        return True
    ra, rb = _readings(a), _readings(b)
    pos_a = {p.tag.POS for p in ra}
    if "NOUN" in pos_a and any(p.tag.POS in _NOMINAL_POS and p.tag.case in ("gent", "gen2") for p in rb):
        return True
    if "ADVB" in pos_a and any(p.tag.POS in _AFTER_ADVERB for p in rb):
        return True
    if pos_a & {"VERB", "INFN", "GRND"} and any(p.tag.POS in _AFTER_VERB and p.tag.case != "nomn" for p in rb):
        return True
    return False


def _numeral_before_noun(a: str, b: str) -> bool:
    """Round 5: ``a`` reads as a numeral and ``b`` as a plural noun in one of its oblique
    cases ("трёх|областях", "двух|регионов"); a numeral compound puts an adjective or a
    singular stem after it (трёхэтажный, двухлетка)."""
    cases = {p.tag.case for p in _readings(a) if p.tag.POS == "NUMR" and p.tag.case != "nomn"}
    return bool(cases) and any(p.tag.POS == "NOUN" and p.tag.number == "plur" and p.tag.case in cases
                               for p in _readings(b))


def _finite_verb(b: str) -> bool:
    """Round 5: every dictionary reading of ``b`` is a finite verb form ("году|было",
    "веков|была", "позже|покончил"): a compound is a noun or an adjective and ends in
    neither, so a common first word before a verb form is two words, whatever vowel
    ends it.  (A prefix + verb, подписал, is in the dictionary whole or has a prefix for a
    first part, which pymorphy3 reads as a known prefix.)"""
    rb = _readings(b)
    return (len(b) >= 4 and any(p.tag.POS == "VERB" for p in rb)
            and all(p.tag.POS in ("VERB", "PRCL") for p in rb))  # было is a particle too


# A three-letter noun after an agreeing adjective must be this common ("световых|лет",
# "иностранных|дел", "этот|год").
MIN_SHORT_NOUN_ZIPF = 4.5


def _short_agreeing_noun(a: str, b: str) -> bool:
    """Round 5: a three-letter common noun ``b`` after a full adjective, participle or
    pronominal adjective ``a`` (4+ letters) that agrees with it: compounds never put a
    full adjective form first, and the pair is a noun phrase."""
    if len(b) != 3 or len(a) < 4 or _zipf(b) < MIN_SHORT_NOUN_ZIPF or _only_a_name(b):
        return False
    if not any(p.tag.POS == "NOUN" for p in _readings(b)):
        return False
    return _agree(a, b)


def _comparative_before_genitive(a: str, b: str) -> bool:
    """Round 5: ``a`` reads as a comparative ("ниже", "выше", "больше") and ``b`` as a noun
    in the genitive that is no other case ("ниже|показателя"), the comparison's object;
    compounds on выше-/ниже- are participles and adjectives (вышеупомянутого)."""
    rb = _readings(b)
    return (any(p.tag.POS == "COMP" for p in _readings(a)) and bool(rb)
            and all(p.tag.POS == "NOUN" and p.tag.case in ("gent", "gen2") for p in rb))


_PREPOSITION_ONLY_POS = frozenset({"PREP", "ADVB", "CONJ", "COMP"})


def _preposition_closes(b: str, following: str | None) -> bool:
    """Round 5: the second part ``b`` (4+ letters, or a listed preposition of three: для,
    под, без) is a preposition and nothing that makes compounds (no noun, adjective or verb
    reading: возле, около, вдоль), and the next word of the text reads as a nominal form in
    an oblique case it governs ("дворы|возле школ", "полки|для ручной"): no Russian
    compound ends in a preposition."""
    rb = _readings(b)
    if len(b) < 3 or not following or not rb or not any(p.tag.POS == "PREP" for p in rb):
        return False
    # a listed preposition is one whatever else the dictionary reads it as (для, под: a
    # gerund of длить, a noun); another only with no reading that builds compounds
    if b not in PREPOSITIONS and (len(b) < 4 or any(p.tag.POS not in _PREPOSITION_ONLY_POS for p in rb)):
        return False
    cases = _GOVERNS_CASES.get(b)
    return any(p.tag.POS in _NOMINAL_POS and p.tag.case not in (None, "nomn") and (not cases or p.tag.case in cases)
               for p in _readings(following.lower()))


def _listed(part: str) -> bool:
    """A dictionary word in the frequency list (Zipf >= 2.5) that is not only a name."""
    return lexicon.in_dictionary(part) and _zipf(part) >= lexicon.KNOWN_ZIPF and not _only_a_name(part)


def _zipf(word: str) -> float:
    """Zipf of ``word``, reading ё as е where the list has only the е spelling."""
    return lexicon.zipf(word) or ("ё" in word and lexicon.zipf(word.replace("ё", "е"))) or 0.0


# Parts of speech of words that open no Russian compound: pronouns, conjunctions,
# particles, predicatives, finite verbs and infinitives (a compound's first part is a
# noun, adjective, numeral or adverb stem: водо|провод, пяти|конечная).
_CLOSED_POS = frozenset({"NPRO", "CONJ", "PRCL", "PRED", "VERB", "INFN", "PREP"})
# ... an adverb or an interjection counts when the word is also a conjunction, particle
# or pronoun (где, когда, так, там, что, нет; not "бис", only an interjection: бислама is
# a language); a pronominal adjective (тот, эти, всю, его) always.
_FUNCTION_POS = frozenset({"NPRO", "CONJ", "PRCL"})
# Prefixes that are also words (вы, раз, не, ни) and все/всё, which opens compound
# adjectives (всемирный, всеразрушительный): never split off as a closed-class word.
_VERB_PREFIX_WORDS = frozenset({"вы", "раз", "не", "ни", "все", "всё"})


@functools.lru_cache(maxsize=8192)
def _closed_class(word: str) -> bool:
    """Every dictionary reading of ``word`` is a closed-class word or a finite verb form
    (если, когда, тебя, могу, нет, его, тот), so it opens no compound: pymorphy3's guess
    that it is a prefix ("если|хотите" read as one word) is wrong.  Not a word that
    pymorphy3 knows as a word-forming prefix (после-, много-, само-, не-) or a verb
    prefix (вы-, раз-)."""
    if word in _VERB_PREFIX_WORDS or word in _known_prefixes():
        return False
    readings = _readings(word)
    if not readings:
        return False
    pos = {p.tag.POS for p in readings}
    for p in readings:
        if p.tag.POS in _CLOSED_POS or (p.tag.POS == "ADJF" and "Apro" in p.tag.grammemes):
            continue
        if p.tag.POS in ("ADVB", "INTJ") and pos & _FUNCTION_POS:
            continue
        return False
    return True


@functools.lru_cache(maxsize=1)
def _known_prefixes() -> frozenset[str]:
    """The word-forming prefixes pymorphy3's known-prefix analyser knows (авиа-, после-,
    много-, не-): words that do open compounds."""
    for unit in lexicon.morph()._units:
        analyzer = unit.analyzer
        if type(analyzer).__name__ == "KnownPrefixAnalyzer":
            matcher = analyzer.get_prefixes.__self__
            return frozenset(p.rstrip("-") for p in getattr(matcher, "_prefixes", ()))
    return frozenset()


def _linked(a: str, b: str) -> bool:
    """A grammatical link that makes ``a`` and ``b`` two words even when one of them is
    rare: agreement, subject and verb or short predicate, a verb and its object, an adverb
    and what it modifies, or a closed-class first word.  Not a noun and a genitive: two
    nouns are also how compounds the dictionary lacks read ("пани|кода" is паникода)."""
    if _agree(a, b) or _subject_verb(a, b) or _subject_predicate(a, b) or _closed_class(a):
        return True
    pos_a = {p.tag.POS for p in _readings(a)}
    rb = _readings(b)
    if "ADVB" in pos_a and any(p.tag.POS in _AFTER_ADVERB for p in rb):
        return True
    return bool(pos_a & {"VERB", "INFN", "GRND"}) and "NOUN" not in pos_a and any(
        p.tag.POS in _AFTER_VERB and p.tag.case != "nomn" for p in rb)


def _subject_predicate(a: str, b: str) -> bool:
    """``a`` a noun in the nominative and ``b`` a short adjective or participle agreeing
    with it in number (and gender in the singular): "люди|одинаковы", "дело|сделано"."""
    for pa in _readings(a):
        if pa.tag.POS != "NOUN" or pa.tag.case != "nomn":
            continue
        for pb in _readings(b):
            if pb.tag.POS in ("ADJS", "PRTS") and pb.tag.number == pa.tag.number and (
                    pa.tag.number == "plur" or pb.tag.gender in (pa.tag.gender, None) or "ms-f" in pa.tag.grammemes):
                return True
    return False


def _verb_after_not(rest: str) -> bool:
    """Every reading of ``rest`` is a finite verb, an infinitive or a gerund: Russian
    writes не apart from these ("не|люблю", "не|принимай"), and verbs that need не
    (ненавидеть, недоумевать) are in the dictionary whole."""
    readings = _readings(rest)
    return bool(readings) and all(p.tag.POS in ("VERB", "INFN", "GRND") for p in readings)


def _governed_not_nominative(prep: str, word: str) -> bool:
    """``word`` reads as a nominal form in a case ``prep`` takes, and that form differs
    from the nominative of the same word and number ("решения" is not "решение"; "бассейн"
    in the accusative is its nominative, so "под|бассейн" may be a prefixed noun)."""
    cases = _GOVERNS_CASES.get(prep, ())
    for p in _readings(word):
        if p.tag.POS not in _NOMINAL_POS or p.tag.case not in cases:
            continue
        nom = p.inflect({"nomn"} | ({p.tag.number} if p.tag.number else set()))
        if nom is not None and nom.word != word:
            return True
    return False


def _opens_phrase(first: str, rest: str) -> bool:
    """A short function word (two or three letters) may open a glued pair only with the
    grammar to show it is a word: a preposition before a noun, adjective or pronoun in a
    case it takes and that is no nominative ("на|службе", "по|словам", "для|тушения"), a personal pronoun before a
    verb agreeing with it ("мы|уходим"), or a word listed in
    ``data/repair/ru_glue_openers.txt`` (что, как, это: words that are no prefix of
    Russian) before a known word.  The rest must be a common dictionary word of four
    letters or more.

    Issue 12, more of the same evidence: a preposition may take a rarer listed form
    (Zipf >= 2.5) when it is no prefix ("для|обученья") or a three-letter pronoun in its case
    ("для|них"); "не" splits off a verb form ("не|люблю"); any closed-class word (see
    :func:`_closed_class`: где, нет, нас, был, тот) may open a pair before a common
    word, or before a closed-class word of three letters ("что|они", "кто|это")."""
    if len(first) == 2 and len(rest) >= 3 and _closed_class(first) and _opens_no_listed_word(first) and _listed(rest):
        return True  # round 5: "ее|атрибутами", "их|очень": no listed word opens with ее or их
    if len(rest) == 3:
        if first in PREPOSITIONS:
            return any(p.tag.POS == "NPRO" or "Apro" in p.tag.grammemes for p in _readings(rest)) and \
                _governed_not_nominative(first, rest)
        return len(first) == 3 and _closed_class(first) and _closed_class(rest)
    if len(rest) < 4:
        return False
    if first == "не":
        return _listed(rest) and _verb_after_not(rest)
    if first in PREPOSITIONS:
        # A form that is also a nominative may be the stem of a prefixed noun instead
        # (под|бассейн, над|стройка, при|город): only unambiguous cases count.
        # A rarer form only after a preposition that is no prefix ("под|модулем" is подмодулем).
        return ((_part_ok(rest, False) or (_listed(rest) and first not in RU_PREFIXES))
                and _governed_not_nominative(first, rest))
    if not _part_ok(rest, False):
        # a rarer listed word that a closed-class word governs: "был|отражением"; round 5:
        # a rarer verb that agrees with a personal pronoun ("он|председательствовал")
        if first in PRONOUNS and first not in _VERB_PREFIX_WORDS and _listed(rest):
            return verb_agrees(first, rest)
        return (_listed(rest) and len(first) == 3 and _closed_class(first) and first not in PRONOUNS
                and _linked(first, rest))
    if first in PRONOUNS:
        # "мы|решили"; not "она|пошли"; before anything but a verb, only a closed-class
        # word or an adverb ("она|также"), not a noun ("он|атак" is "она|так")
        if first in _VERB_PREFIX_WORDS or any(p.tag.POS == "VERB" for p in _readings(rest)):
            return verb_agrees(first, rest)
        return _closed_class(rest) or all(p.tag.POS == "ADVB" for p in _readings(rest))
    if first in lexicon.word_list("ru_glue_openers.txt") or (len(first) == 3 and _closed_class(first)):
        # (two-letter closed-class words are too often a word's first letters: "те|рено")
        return any(p.tag.POS for p in _readings(rest))
    return False


# A two-letter closed-class word opens at most this many listed words longer than itself
# by two letters or more for the rule of :func:`_opens_no_listed_word`.
MAX_LISTED_WORDS_OPENED = 5


@functools.lru_cache(maxsize=64)
def _opens_no_listed_word(first: str) -> bool:
    """Round 5: (almost) no word of the frequency list opens with ``first`` (ее, её, их: 0 of
    126,549; но: 607, он: 28), so an unknown word that does is the word glued to the next
    one, whatever follows: evidence from the lexicon, not a list of openers."""
    words = lexicon.frequency_words()
    return sum(1 for w in words if w.startswith(first) and len(w) > len(first) + 1) <= MAX_LISTED_WORDS_OPENED


def split_words(word: str, following: str | None, long_parts_only: bool = False) -> list[str] | None:
    """The best split of ``word`` (see :func:`_split_words`), memoised per word."""
    if len(word) + len(following or "") > SPLIT_MEMO_MAX_CHARS:
        return _split_words(word, following, long_parts_only)
    parts = _split_words_memo(word, following, long_parts_only)
    return None if parts is None else list(parts)


# Splits are pure functions of the word (and its neighbour): the pipeline's confirming pass
# and repeated words ask again, so answers are kept (bounded).
SPLIT_MEMO_SIZE = 16384
SPLIT_MEMO_MAX_CHARS = 200  # longer arguments are not kept


@functools.lru_cache(maxsize=SPLIT_MEMO_SIZE)
def _split_words_memo(word: str, following: str | None, long_parts_only: bool) -> tuple[str, ...] | None:
    parts = _split_words(word, following, long_parts_only)
    return None if parts is None else tuple(parts)


def _split_words(word: str, following: str | None, long_parts_only: bool = False) -> list[str] | None:
    """The best split of the lower-case ``word`` into 2 or 3 known parts, or None.

    ``following`` is the next word in the text (for a final one-letter preposition);
    ``long_parts_only`` allows only parts of four letters or more, and a first short
    function word that opens a phrase (for a capitalised word, which may well be a name:
    "Кадрина" is not "Кадр и на"; "Наслужбе" is "На службе")."""
    splits: list[list[str]] = []
    for i in range(1, len(word)):
        a, rest = word[:i], word[i:]
        if 2 <= len(a) <= 3:
            if (a in lexicon.function_words() or _closed_class(a)) and _opens_phrase(a, rest) and (
                    _reads_as_compound(word, a) != "known" or (a == "не" and _verb_after_not(rest))):
                splits.append([a, rest])
            continue
        if a == "а" and len(rest) >= 4 and _closed_class(rest) and _listed(rest):
            # round 5: the conjunction а glued to a closed-class word ("а|также", not
            # "атак|же"; "а|если"): no Russian word is а + a pronoun or conjunction
            splits.append([a, rest])
            continue
        if not _part_ok(a, True):
            # A rarer inflected form of a common adjective (консультативный 2.93): only
            # two listed words that agree ("консультативный|совет").
            # Issue 12: any grammatical link with a common next word ("опускаем|руки":
            # a verb and its object), and two rarer listed words when they agree
            # ("склероз|уносит", "трусливый|дрожит").
            if (len(a) >= 4 and len(rest) >= 4 and _listed(a) and _listed(rest)
                    and _reads_as_compound(word, a) != "known"
                    and (_zipf(rest) >= MIN_PART_ZIPF and (_agree(a, rest) or _rare_pair_linked(word, a, rest))
                         or _agree(a, rest) or _subject_verb(a, rest) or _subject_predicate(a, rest))):
                splits.append([a, rest])
            elif _unlisted_agreeing(word, a, rest) and _part_ok(rest, False):
                splits.append([a, rest])  # "ненадежное|дело": a full adjective form agreeing
            elif (len(a) >= MIN_UNLISTED_PART_LEN and lexicon.in_dictionary(a) and not _only_a_name(a)
                  and _reads_as_compound(word, a) != "known" and _preposition_closes(rest, following)):
                splits.append([a, rest])  # round 5: "предусмотренные|для ношения", "перешедшими|через"
            continue
        if a in PREPOSITIONS and _part_ok(rest, False) and _governed_not_nominative(a, rest) and not any(
                p.tag.POS in ("ADJF", "PRTF") and "Apro" not in p.tag.grammemes for p in _readings(rest)):
            # a long preposition before a noun or pronoun in its case, even where pymorphy3
            # knows it as a prefix ("после|смерти", "около|года"); an adjective after it is
            # how compounds read (после|военного is послевоенного, known whole)
            splits.append([a, rest])
            continue
        compound = _reads_as_compound(word, a) if len(a) > 1 else None
        if compound == "known":
            continue
        if compound == "guessed":
            # pymorphy3 reads the first part as a guessed prefix (пяти|конечная).  A
            # compound joins with a vowel; after a consonant the pair is two words when
            # the grammar says so (поток|пассажиров, путин|подписал), after a vowel only
            # when they agree (харьковское|государственное) or the subject has its
            # predicate (люди|одинаковы); a closed-class first word opens no compound
            # (если|хотите, когда|здание, тебя|преследуют: issue 12).
            # (a short rest only as a function word: "объем|лет" is объемлет, a verb)
            if (_part_ok(rest, False) or (len(rest) >= 4 and _listed(rest))) and (
                    _agree(a, rest) or _subject_predicate(a, rest) or _closed_class(a)
                    or (a[-1] not in _VOWELS and _phrase(a, rest))
                    or _inflected_noun_before_genitive(a, rest)
                    or _comparative_before_genitive(a, rest) or _preposition_closes(rest, following)
                    or _finite_verb(rest)):
                splits.append([a, rest])
            elif _short_agreeing_noun(a, rest):
                splits.append([a, rest])
            continue
        if (_part_ok(rest, False) or (len(rest) >= 4 and _listed(rest) and _linked(a, rest))
                or _unlisted_agreeing(word, rest, a, first=False) or _short_agreeing_noun(a, rest)
                or (_listed(a) and _preposition_closes(rest, following))):
            splits.append([a, rest])
        for j in range(1, len(rest)):
            b, c = rest[:j], rest[j:]
            if _part_ok(b, False) and _part_ok(c, False):
                splits.append([a, b, c])
    found = [(_score(parts), parts) for parts in splits
             if (any(len(p) >= 4 for p in parts) or all(_closed_class(p) or p in PREPOSITIONS for p in parts))
             and _shape_ok(parts, long_parts_only)
             and _grammar_ok(parts, following) and not _compound_adjective(parts)
             and not _neighbours_form_a_word(parts) and not _noun_compound(parts)
             and not _verb_ending_li(parts)]
    if not found:
        return None
    fewest = min(len(parts) for _, parts in found)
    ranked = sorted((f for f in found if len(f[1]) == fewest), key=lambda f: -f[0])
    governed = [parts for _score_, parts in ranked if _preposition_governs_next(parts)]
    if len(governed) == 1 and all(parts is governed[0] or 2 <= len(parts[0]) <= 3 for _score_, parts in ranked):
        # Round 5: a one-letter preposition taking the rest in its case, against splits that
        # open with a short word instead ("в|отделе" over "вот|деле", "в|отставку" over
        # "вот|ставку"): the score leaves short parts out, so it cannot weigh them; the
        # grammar of the preposition can.
        return governed[0]
    # Two different splits with the same number of parts and similar frequencies: the
    # text does not tell which is meant, so leave it.
    if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < AMBIGUITY_MARGIN:
        close = [parts for score, parts in ranked if ranked[0][0] - score < AMBIGUITY_MARGIN]
        governed = [parts for parts in close if _preposition_governs_next(parts)]
        # Round 5: of splits about as frequent, the one where a one-letter preposition takes
        # the next part in a form that is no nominative ("в|отставку" over "вот|ставку",
        # "в|отделе" over "вот|деле"): the grammar tells what frequency does not.
        return governed[0] if len(governed) == 1 else None
    return ranked[0][1]


def _preposition_governs_next(parts: list[str]) -> bool:
    """The first part is a one-letter preposition and the second a noun or pronoun in a
    case it takes, in a form that is no nominative."""
    return (len(parts) == 2 and len(parts[0]) == 1 and parts[0] in PREPOSITIONS
            and _governed_not_nominative(parts[0], parts[1])
            and all(p.tag.POS in ("NOUN", "NPRO") for p in _readings(parts[1])))


def _verb_ending_li(parts: list[str]) -> bool:
    """Round 5: "ли" split off a noun ("прием|ли" for the verse imperative приемли): an
    unknown word in -ли is far more often a verb form the dictionary lacks (a past plural,
    an old imperative) than a noun glued to the particle, which follows verbs, adverbs and
    pronouns ("знаешь|ли", "так|ли")."""
    if len(parts) < 2 or parts[-1] != "ли":
        return False
    readings = _readings(parts[-2])
    return bool(readings) and all(p.tag.POS == "NOUN" for p in readings)


def _score(parts: list[str]) -> float:
    """The frequency of the rarest content part (parts of four letters or more; of all
    parts when all are short closed-class words: "что|они")."""
    return min(_zipf(p) for p in parts if len(p) >= 4 or all(len(q) < 4 for q in parts))


# A second split of the same length must be this much rarer (in Zipf units: 10x) for
# the best one to be taken.
AMBIGUITY_MARGIN = 1.0


def _shape_ok(parts: list[str], long_parts_only: bool) -> bool:
    """Three parts: all long except a middle "и" ("мира|и|стабильности"); a
    capitalised word: long parts only."""
    if long_parts_only:
        # a short first part got here only as a function word opening a phrase; a short
        # second part only as a closed-class word of three letters ("Любовь|это",
        # "Она|так")
        return all(len(p) >= 4 or (k == 0 and len(parts) == 2 and len(p) >= 2)
                   or (k == 1 and len(parts) == 2 and len(p) == 3 and _closed_class(p)) for k, p in enumerate(parts))
    if len(parts) == 3:
        return all(len(p) >= 4 or (k == 1 and p == "и") for k, p in enumerate(parts))
    return True


# Linking vowels of Russian compounds (средне|чешский, велико|польское).  "и" is no
# linking vowel: it ends genitives (нехватки|рабочих), and numeral compounds
# (пяти|конечная) are caught as prefix + word by pymorphy3.
LINKING_VOWELS = "ое"


def _neighbours_form_a_word(parts: list[str]) -> bool:
    """Three parts of which two neighbours together are a dictionary word: the text
    may hold a compound or a longer word there (внешне|торговым -> внешнеторговым,
    матч|и -> матчи, и|горного -> игорного), so the split is not clear."""
    # (or that pymorphy3 reads as a compound: "пяти|конечная" in "пятиконечнаязвезда")
    return len(parts) == 3 and any(lexicon.in_dictionary(parts[k] + parts[k + 1])
                                   or (len(parts[k]) > 1 and _reads_as_compound(parts[k] + parts[k + 1], parts[k]))
                                   for k in range(2))


def _noun_compound(parts: list[str]) -> bool:
    """Two nouns and nothing else, with no sign of a phrase between them (the second no
    genitive): "бизнес|центр", "спорт|комплекс" are one compound noun, not two words."""
    if len(parts) != 2 or min(len(p) for p in parts) < 4:
        return False
    a, b = parts
    if not all(p.tag.POS == "NOUN" for w in parts for p in _readings(w)):
        return False
    return not _phrase(a, b)


def _compound_adjective(parts: list[str]) -> bool:
    """"средне|чешский", "велико|польское": a first part ending in the linking vowel
    о/е before an adjective is how Russian builds compound adjectives."""
    if len(parts) != 2 or len(parts[0]) < 4 or parts[0][-1] not in LINKING_VOWELS:
        return False
    if _agree(parts[0], parts[1]):
        return False  # a full adjective form agreeing with the next: "харьковское|государственное"
    if _closed_class(parts[0]) or all(p.tag.POS == "COMP" for p in _readings(parts[0])
                                      if p.tag.POS not in _CLOSED_POS and p.tag.POS != "ADVB"):
        return False  # no adjective or noun stem before it: "только|один", "кроме|одного", "больше|всего"
    if parts[0] in PREPOSITIONS and not any(p.tag.POS in ("ADJF", "PRTF") and "Apro" not in p.tag.grammemes
                                            for p in _readings(parts[1])):
        return False  # a preposition before a pronoun: "после|того", "после|этого"
    ra = _readings(parts[0])
    if ra and all(p.tag.POS == "NOUN" and p.tag.case not in ("nomn", "accs") for p in ra):
        return False  # round 5: an inflected noun is no stem ("качестве|новых", "мире|действующим")
    return any(p.tag.POS in ("ADJF", "PRTF") for p in lexicon.morph().parse(parts[1]) if p.is_known)


def _grammar_ok(parts: list[str], following: str | None) -> bool:
    """One-letter parts: at most one; a preposition only at either end of the word
    ("в|работе", "работать|в"), "и" also between two parts; the next word must take
    the preposition's case."""
    if sum(len(p) == 1 for p in parts) > 1:
        return False
    for k, p in enumerate(parts):
        if len(p) == 1 and p != "и" and 0 < k < len(parts) - 1:
            return False
        if p == "а" and k == 0 and len(parts) == 2 and _closed_class(parts[1]):
            continue  # the conjunction а before a closed-class word ("а|также", "а|если")
        if len(p) == 1:
            nxt = parts[k + 1] if k + 1 < len(parts) else following
            if not governs(p, nxt):
                return False
    return True


def _suffix_len(parse) -> int | None:
    """Length of the known suffix a guess rests on; None when the reading rests on a
    dictionary word (alone or after a prefix: "не|копируемого")."""
    for step in parse.methods_stack:
        name = type(step[0]).__name__
        if name == "DictionaryAnalyzer":
            return None
        if name == "KnownSuffixAnalyzer":
            return len(step[1])
    return 0


def split_function_word(word: str, following: str | None) -> list[str] | None:
    """Split a final one-letter preposition (or "и") off an unknown ``word`` (memoised)."""
    if len(word) + len(following or "") > SPLIT_MEMO_MAX_CHARS:
        return _split_function_word(word, following)
    parts = _split_function_word_memo(word, following)
    return None if parts is None else list(parts)


@functools.lru_cache(maxsize=SPLIT_MEMO_SIZE)
def _split_function_word_memo(word: str, following: str | None) -> tuple[str, ...] | None:
    parts = _split_function_word(word, following)
    return None if parts is None else tuple(parts)


def _split_function_word(word: str, following: str | None) -> list[str] | None:
    low = word.lower()
    last = low[-1]
    remainder = low[:-1]
    if last not in TAIL_LETTERS or len(remainder) < MIN_REMAINDER_LEN:
        return None
    m = lexicon.morph()
    best = m.parse(remainder)[0]
    tags = set(best.tag.grammemes)
    if tags & _NAME_TAGS or best.tag.POS not in _CONTENT_POS:
        return None
    suffix = _suffix_len(best)
    if suffix is not None and suffix < MIN_SUFFIX_LEN:
        return None
    for p in m.parse(low):
        s = _suffix_len(p)
        if s is None or s > MAX_GLUED_SUFFIX_LEN:
            return None
    if not governs(last, following):
        return None
    return [word[:-1], word[-1]]


def split_case(word: str) -> list[str] | None:
    """Split "СунТао" into "Сун", "Тао" unless it is a known CamelCase name."""
    m = _CAMEL.match(word)
    if not m:
        return None
    low = word.lower()
    if low in lexicon.protected_tokens() or lexicon.is_known(low):
        return None
    a, b = m.group(1), m.group(2)
    parts = lexicon.camelcase_parts()
    if a.lower() in parts or b.lower() in parts:
        return None
    if not (lexicon.is_known(a.lower()) and lexicon.is_known(b.lower())):  # "ТипДанн": a cut-off header
        return None
    return [a, b]


# A lower-case Russian word run into a capitalised one or a Latin name, as lost spaces
# at link boundaries leave them: "обсудилиКазахстан", "сКазахстаном", "партииAMANAT".
# The capitalised part has three letters or more, so units stay ("кВт", "мВт", "кПа").
_LOWER_UPPER = regex.compile(r"^([а-яё]+)([А-ЯЁ][а-яёА-ЯЁ]{2,}|[A-Z][A-Za-z]{2,})$")
_TOKEN = regex.compile(r"\p{L}+")
_NOT_A_WORD_EDGE = set("-‐‑_'’/@#.\\&%$=+") | set("0123456789")


def split_lower_upper(word: str) -> list[str] | None:
    """Split "обсудилиКазахстан" / "партииAMANAT" after the lower-case Russian word."""
    m = _LOWER_UPPER.match(word)
    if not m:
        return None
    left, right = m.group(1), m.group(2)
    parts = lexicon.camelcase_parts()
    if word.lower() in lexicon.protected_tokens() or left in parts or right.lower() in parts:
        return None
    cyrillic_right = right[0] in "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
    if cyrillic_right and not (right.isupper() or lexicon.is_known(right.lower())):
        return None
    if len(left) == 1:  # "сКазахстаном"; not before an abbreviation ("мРНК")
        ok = cyrillic_right and not right.isupper() and left in ONE_LETTER and governs(left, right)
    else:
        ok = (lexicon.in_dictionary(left) and not _only_a_name(left)
              and (lexicon.zipf(left) >= MIN_PART_ZIPF or left in lexicon.function_words()))
    return [left, right] if ok else None


def _lower_upper_changes(text: str, ctx: Context, counts) -> Iterator[Change]:
    for m in _TOKEN.finditer(text):
        word = m.group()
        if word.islower() or not word[0].islower() or not _LOWER_UPPER.match(word):
            continue
        s, e = m.span()
        if e - s > MAX_GLUED_LEN:
            continue
        before = text[s - 1] if s else " "
        after = text[e] if e < len(text) else " "
        if before in _NOT_A_WORD_EDGE or (after in _NOT_A_WORD_EDGE and after != "."):
            continue  # part of a compound, a handle, a hashtag, a code or a domain
        if after == "." and e + 1 < len(text) and text[e + 1].isalnum():
            continue  # "сайтеKazinform.kz"
        if counts[word.lower()] > 1 or ctx.is_protected(s, e) or not ctx.russian_ok(s, e):
            continue
        parts = split_lower_upper(word)
        if parts:
            yield Change(s, e, " ".join(parts), "repair.glued.case")


# Cases a capitalised one-letter preposition takes before a noun when split off
# (о + accusative is rare and "Опольское" is a name: о only before a locative).
_CAPITAL_PREPOSITION_CASES = {"В": {"accs", "loct", "loc2"}, "К": {"datv"}, "С": {"ablt", "gent", "gen2"},
                              "У": {"gent", "gen2"}, "О": {"loct"}}


# A word one final letter short of a common dictionary form is that form cut short.
MIN_LOST_LETTER_TARGET_ZIPF = 3.5


def _lost_final_letter(low: str) -> bool:
    """Whether ``low`` with one letter added at its end is a dictionary form of Zipf >=
    :data:`MIN_LOST_LETTER_TARGET_ZIPF` ("включе" + н = включен: issue 12, round 6).  The
    end of a word is where a cut or a slip of the last key loses a letter; a preposition
    glued to a noun in its case ("вгороде", "вряде") makes no such form."""
    for c in "абвгдежзийклмнопрстуфхцчшщъыьэюя":
        cand = low + c
        if lexicon.zipf(cand) >= MIN_LOST_LETTER_TARGET_ZIPF and lexicon.in_dictionary(cand):
            return True
    return False


def split_capital_preposition(word: str, following: str | None = None) -> list[str] | None:
    """"Вгороде" -> "В", "городе": a capitalised one-letter preposition glued to a
    lower-case dictionary noun in a case it governs (a sentence opener lost its space).
    Not "Ипотека" or "Свобода": the whole word must be unknown; not "Опольское": the
    rest must be a noun or pronoun.  Issue 12: a capital conjunction И before a common
    word of five letters or more ("И|счастье", "И|среди"; the whole unknown)."""
    if word[:1] == "И" and len(word) >= MIN_GLUED_LEN and word[1:].islower():
        rest = word[1:]
        if _part_ok(rest, False) and any(p.tag.POS for p in _readings(rest)) and not _reads_as_compound(word.lower(), "и"):
            return [word[0], rest]
        return None
    cases = _CAPITAL_PREPOSITION_CASES.get(word[:1])
    if cases is None or len(word) < MIN_CAPITAL_PREPOSITION_LEN or not word[1:].islower():  # "Вряде", "Вэтом"
        return None
    if _lost_final_letter(word.lower()):
        return None  # "Включе ли": "Включен" cut short, not "В ключе"
    rest = word[1:]
    if len(word) < MIN_GLUED_LEN - 1:
        # Round 5: four letters ("Втом", "Унеё", "Вмае") only before a pronoun or a common
        # noun in a case the preposition takes, in a form that is no nominative
        return [word[0], rest] if _short_rest_governed(word[0], rest, cases) else None
    if _listed(rest) and _capital_preposition_phrase(rest, cases, following):
        return [word[0], rest]
    if not (lexicon.in_dictionary(rest) and lexicon.zipf(rest) >= MIN_PART_ZIPF and not _only_a_name(rest)):
        return None
    if any(p.is_known and p.tag.POS in ("NOUN", "NPRO") and p.tag.case in cases for p in lexicon.morph().parse(rest)):
        return [word[0], rest]
    # Issue 12: an adjective or pronoun in a case the preposition takes, in a form that is
    # no nominative ("В|каждом", "В|своей", "С|новыми"): adjectives open a phrase, while
    # a nominative-looking form may be a prefixed word ("Встречный" is known anyway).
    if any(p.tag.POS in ("ADJF", "PRTF") and p.tag.case in cases and p.tag.case != "nomn"
           and not _nominative_form(p) for p in _readings(rest)):
        return [word[0], rest]
    return None


# Shortest capitalised word the one-letter preposition rule looks at ("Втом", "Унеё").
MIN_CAPITAL_PREPOSITION_LEN = 4
# A three-letter noun after the preposition must be this common ("Вмае"; a rarer one is
# as likely the end of a name).
MIN_SHORT_REST_ZIPF = 4.5


def split_short_preposition(word: str) -> list[str] | None:
    """Round 5: an unknown lower-case word of four or five letters that is a one-letter
    preposition glued to a pronoun or a common noun of three or four letters in a case it
    takes, in a form that is no nominative ("вэтом", "втом", "сней", "вмае"): too short for
    the word splitter, and the same evidence as a sentence opener's (:func:`_short_rest_governed`)."""
    cases = _CAPITAL_PREPOSITION_CASES.get(word[:1].upper())
    if cases is None or not 4 <= len(word) < MIN_GLUED_LEN or lexicon.is_known(word):
        return None
    rest = word[1:]
    if len(rest) == 4 and not any(p.tag.POS == "NPRO" or "Apro" in p.tag.grammemes for p in _readings(rest)):
        return None  # a noun of four letters only through the splitter ("сдела" may be сделал)
    return [word[0], rest] if _short_rest_governed(word[0], rest, cases) else None


def _doubled_preposition(word: str, fix: str) -> bool:
    """The typo rule would take out a doubled first letter that is a capital one-letter
    preposition ("Ввозрасте" -> возрасте, "Ссестрами"): the preposition lost its space,
    so the glue rule decides (the typo rule never sees the word once it is split)."""
    return (len(word) > 2 and word[0].isupper() and word[0] in _CAPITAL_PREPOSITION_CASES
            and word[1] == word[0].lower() and fix == word[1:].lower())


def _short_rest_governed(prep: str, rest: str, cases: set[str]) -> bool:
    """A three- or four-letter ``rest`` after a one-letter preposition: a pronoun (том,
    ней, этом) or a common noun in a case ``prep`` takes, in a form that is no nominative."""
    for p in _readings(rest):
        if p.tag.case not in cases or p.tag.case == "nomn" or _nominative_form(p):
            continue
        if p.tag.POS == "NPRO" or "Apro" in p.tag.grammemes:
            return True
        if p.tag.POS == "NOUN" and _zipf(rest) >= MIN_SHORT_REST_ZIPF and not _only_a_name(rest):
            return True
    return False


def _capital_preposition_phrase(rest: str, cases: set[str], following: str | None) -> bool:
    """Round 5: a rarer listed ``rest`` (Zipf >= 2.5) after a capital one-letter preposition
    with the grammar of a phrase: a noun in a case the preposition takes, in a form that
    is no nominative ("С|сестрами", "В|хронике", "К|октябрю"), or an adjective in such a
    case that agrees with the next word ("В|военные годы", "В|базовую поставку": the
    accusative of a plural adjective is its nominative, so agreement is the evidence)."""
    readings = _readings(rest)
    if any(p.tag.POS == "NOUN" and p.tag.case in cases and p.tag.case != "nomn" and not _nominative_form(p)
           for p in readings) and all(p.tag.POS == "NOUN" for p in readings):
        return True
    if not following or not any(p.tag.POS in ("ADJF", "PRTF") and p.tag.case in cases for p in readings):
        return False
    low = following.lower()
    return any(pa.tag.POS in ("ADJF", "PRTF") and pa.tag.case in cases and pb.tag.POS == "NOUN"
               and pb.tag.case == pa.tag.case and pb.tag.number == pa.tag.number
               and (pa.tag.number == "plur" or pb.tag.gender in (pa.tag.gender, None))
               for pa in readings for pb in _readings(low))


def _nominative_form(parse) -> bool:
    """The word form of ``parse`` is also its nominative (same number and gender)."""
    grams = {"nomn"} | ({parse.tag.number} if parse.tag.number else set())
    if parse.tag.number == "sing" and parse.tag.gender:
        grams.add(parse.tag.gender)
    nom = parse.inflect(grams)
    return nom is None or nom.word == parse.word


# --- Kazakh --------------------------------------------------------------------------

# Each part of a Kazakh split has at least this many letters ("ол", "да" glued to a
# neighbour are too ambiguous with suffixes to split).
MIN_KK_PART_LEN = 3
# Shortest glued Kazakh word examined.
MIN_KK_GLUED_LEN = 8
# ... or this many when both parts are closed-class words (олар|бұл, үшін|бұл, олай|деп).
MIN_KK_CLOSED_PAIR_LEN = 6


def _closed_pair(word: str) -> list[str] | None:
    """The one split of a short unknown ``word`` into two closed-class words of three
    letters or more (``data/repair/kk_function_words.txt``), or None: such words are
    words of their own, and two of them make no compound."""
    if _known(word):
        return None
    closed = lexicon.word_list("kk_function_words.txt")
    found = [[word[:i], word[i:]] for i in range(MIN_KK_PART_LEN, len(word) - MIN_KK_PART_LEN + 1)
             if word[:i] in closed and word[i:] in closed]
    return found[0] if len(found) == 1 else None
# Without an ending on the first part, it must be this long for a noun-phrase split
# (әскер|қатарына); shorter listed stems are often verb forms or fragments (шыға|нақтары).
MIN_KK_PHRASE_HEAD_LEN = 5
# Numerals open Kazakh compounds written as one word (екіжақты, мыңжылдық).
_KK_NUMERALS = frozenset("бір екі үш төрт бес алты жеті сегіз тоғыз он жиырма отыз қырық елу жүз мың".split())


# Kazakh words never begin with these letters, nor with a consonant before қ ғ ң
# (a split point there cuts a word in the middle: әске|рқатарына).
_KK_NO_START = frozenset("ңьъыйһ")
_KK_CONSONANTS = frozenset("бвгғджзйклмнңпрстфхһцчшщқ")
def _kk_can_start(part: str) -> bool:
    return part[0] not in _KK_NO_START and not (part[0] in _KK_CONSONANTS and part[1] in "қғң")


# Each part's analysis must rest on a listed word or stem of this many letters:
# short stems are found inside too many longer words (хатта|м+асы, кіш+ті, таман+ы).
MIN_KK_STEM_LEN = 4
# ... or of three letters next to a complete word form (a first part with an ending).
MIN_KK_INFLECTED_STEM_LEN = 3


# Native Kazakh words do not begin with р or л (loans do: Ресей, радио), so a second
# part opening with one needs a stem as long as a phrase head's (қалды|рылады).
_KK_LOAN_START = frozenset("рл")


def _short_stem(part: str, minimum: int = MIN_KK_STEM_LEN, deep: bool = False) -> bool:
    """The part's analysis rests on a stem shorter than ``minimum`` letters.  A noun
    phrase's head (the second part of a split without an ending on the first) needs a
    stem of :data:`MIN_KK_PHRASE_HEAD_LEN`: шарт, қор, ат are found inside too many
    compounds (дерек|қоры, қаған|атымен)."""
    return _root_len(part, deep) < minimum


def _known(part: str) -> bool:
    """A Kazakh word form of the lexicon, or a Russian loan with Kazakh endings
    (:func:`corpusclean.repair.kazakh.loan_stem`: инвестициялар, компаниясының)."""
    from .kazakh import loan_stem

    return lexicon.is_word(part, "kk") or loan_stem(part) is not None


def _root_len(part: str, deep: bool = False) -> int:
    """:func:`corpusclean.repair.kazakh.root_length`, or the length of the loan the part
    is made of."""
    from .kazakh import loan_stem, root_length

    if part in lexicon.word_list("kk_adjectives.txt"):
        return len(part)  # a listed adjective is a word whole (тегін is no тег+і+н)
    length = root_length(part, deep)
    if length:
        return length
    loan = loan_stem(part)
    return len(loan) if loan else 0


def _inflected(part: str) -> bool:
    """:func:`corpusclean.repair.kazakh.inflected`, or a loan with an ending on it."""
    from .kazakh import inflected, loan_stem

    if inflected(part):
        return True
    loan = loan_stem(part)
    return loan is not None and loan != part


def _ending_like(part: str) -> bool:
    """The second part looks like the rest of a word, not a word: it opens with two
    consonants on a short stem (кеңеске|нде, толғаны|спен; loans such as "спорт" keep
    a stem of four letters or more), or its stem is itself an ending (алаң|дар+лық+тай)."""
    from .kazakh import analyse, suffix_strings

    analysis = analyse(part)
    if analysis is None:
        from .kazakh import loan_stem

        return loan_stem(part) is None
    if analysis[0] in suffix_strings():
        return True
    return part[0] in _KK_CONSONANTS and part[1] in _KK_CONSONANTS and len(analysis[0]) < 4


def _converb_before_verb(a: str, b: str) -> bool:
    """``a`` is a converb (-ып/-іп/-п, or -а/-е/-й on a word the stem list does not hold
    whole: not қала, ала) and ``b`` a verb form: Kazakh writes compound verbs as
    separate words (сақталып отыр, біліп беремін, түсіндіре білу)."""
    from .kazakh import stems, verb_form

    if not (verb_form(a, ("ып", "іп", "п")) or (a not in stems() and verb_form(a, ("а", "е", "й")))):
        return False
    return verb_form(b) or _auxiliary(b)


def _auxiliary(b: str) -> bool:
    """``b`` is a form of an auxiliary verb (``data/repair/kk_auxiliary_verbs.txt``:
    отыр, бер, өт, ...), which follows a converb as a separate word."""
    from .kazakh import verb_root

    listed = lexicon.word_list("kk_auxiliary_verbs.txt")
    if verb_root(b) in listed:
        return True
    # The present of the position verbs, -ыр on the root and a personal ending (жат+ыр,
    # жат+ыр+мыз): the stem list holds жатыр as a noun, so the rules do not read it.
    for ending in _KK_PRESENT_PERSONAL:
        if b.endswith(ending) and b[:-len(ending)] in listed:
            return True
    return False


# -ыр/-ір and the personal endings after it (жатыр, жатырмын, жатырсыздар).
_KK_PRESENT_PERSONAL = tuple(sorted({v + "р" + p for v in "ыі" for p in (
    "", "мын", "мін", "мыз", "міз", "сың", "сің", "сыз", "сіз", "сыңдар", "сіңдер", "сыздар", "сіздер")},
    key=lambda e: (-len(e), e)))


def _possessed(a: str) -> bool:
    """``a`` is a noun of a listed stem of :data:`MIN_KK_STEM_LEN` letters or more with a
    third-person possessive (конкурс+ы, кезең+і, мәтін+дер+і): a phrase's head, which
    ends its word."""
    from .kazakh import possessed_stem

    stem = possessed_stem(a)
    return stem is not None and len(stem) >= MIN_KK_STEM_LEN


def _bare_word_before_form(word: str, a: str, b: str) -> bool:
    """``a`` is a listed word or a Russian loan as it stands (an adjective, adverb or bare
    noun: ерекше, жағдай, тәртіп, миллион) and ``b`` a form with an ending on it, a case, plural or personal
    ending or a verb form (құрметпен, жасалған, орнатуға) or, after an adjective of
    ``data/repair/kk_adjectives.txt``, any noun (үлкен|жоба), both on stems of
    :data:`MIN_KK_STEM_LEN` letters or more: a modifier or object before its head.  Not
    when a letter or two more of the word make a verb root (ұшыр|атылуға is ұшыра+т+ыл+у+ға):
    then the boundary is the analyser's gap, not the writer's."""
    from .kazakh import russian_loan, stems, verb_form, verb_roots

    if not (a in stems() or russian_loan(a)) or _root_len(a) < MIN_KK_STEM_LEN or _root_len(b, True) < MIN_KK_STEM_LEN:
        return False
    # A listed adjective (kk_adjectives.txt) is a word of its own before a bare noun too
    # (ерекше|назар), and so is a verb's dictionary form before a noun on a long stem
    # (өзгерту|партия, the object's verb before the next phrase's head); other bare words
    # need an ending on the second part.
    if not (_inflected(b) or verb_form(b) or a in lexicon.word_list("kk_adjectives.txt")
            or (_verbal_noun(a) and _root_len(b, True) >= MIN_KK_PHRASE_HEAD_LEN)):
        return False
    if any(word[:len(a) + k] in verb_roots() for k in (1, 2)):
        return False
    return not _maybe_compound(a, b)


def _verbal_noun(a: str) -> bool:
    """``a`` is a verb's dictionary form as the stem list holds it (өзгерту, қатысу), on a
    root of :data:`MIN_KK_STEM_LEN` letters or more."""
    from .kazakh import stems

    return "v" in stems().get(a, "") and a.endswith(("у", "ю")) and len(a) > MIN_KK_STEM_LEN


# Finite verb endings (past with its personal endings, present, converb): a verb form that
# closes a clause, not a compound's first element.
_KK_FINITE_ENDINGS = ("ды", "ді", "ты", "ті", "дым", "дім", "тым", "тім", "ады", "еді", "йды", "йді", "ып", "іп", "п")


# A three-letter stem (қол, заң, күн, рет) is a word of its own next to a part whose stem
# has this many letters or more and which carries the evidence of two words.
MIN_KK_LONG_STEM_LEN = 5


@functools.lru_cache(maxsize=1)
def _long_suffixes() -> tuple[str, ...]:
    """The endings of three letters or more (дыр, ған, лар), for str.startswith."""
    from .kazakh import suffix_strings

    return tuple(sorted(sfx for sfx in suffix_strings() if len(sfx) >= 3))


def _short_beside_long(word: str, a: str, b: str, a_complete: bool) -> bool:
    """A part on a three-letter stem beside a long, strongly known part (idea 4 of issue
    12): the stems are three letters or more, one of them :data:`MIN_KK_LONG_STEM_LEN` or
    more; a short second part needs a complete first part (``a_complete``: an ending,
    a possessive, a converb or a closed-class word: күннен|бастап is not, жақтың|келіншектеріне
    is), a short first part a second part that is no suffix's start (тай|дырылған) nor an
    adjective made with -сыз/-ғы (қол|жетімсіз is one word); otherwise the evidence of
    :func:`_bare_word_before_form`: an ending on the second part (заң|шығару,
    басты|мәселе)."""
    from .kazakh import russian_loan, verb_form, verb_roots

    ra, rb = _root_len(a), _root_len(b, True)
    if min(ra, rb) < MIN_KK_INFLECTED_STEM_LEN or max(ra, rb) < MIN_KK_LONG_STEM_LEN:
        return False
    if any(word[:len(a) + k] in verb_roots() for k in (1, 2)) or _maybe_compound(a, b):
        return False
    if ra < MIN_KK_STEM_LEN and (b.endswith(_KK_ADJECTIVE_ENDINGS + _KK_DERIVED_ENDINGS)
                                 or (b.endswith(_KK_LY_ENDINGS) and not verb_form(b))
                                 or b.startswith(_long_suffixes())):
        return False  # көп|векторлы, қол|жетерлік, екі|жақты: compound adjectives
    # A Russian loan is no compound's first element (миллиард|теңгені, миллион|тоннаға).
    loan = russian_loan(a) and _inflected(b)
    if rb < MIN_KK_STEM_LEN:
        return a_complete or loan
    return a_complete or loan or _inflected(b) or verb_form(b)


def _maybe_compound(a: str, b: str) -> bool:
    """``a`` + ``b`` has the shape of a compound noun the stem list lacks with a case
    ending (өнер|кәсіп+ке, ауыл|шаруашылығ+ы+нан are written as one word): ``b`` is a bare
    listed noun and one case ending, and ``a`` a noun that is no verb form (болып, болса),
    numeral, adjective of ``data/repair/kk_adjectives.txt`` (үлкен, бүкіл) or word with an
    adjective's derivational ending (жол+ғы, ішкі)."""
    from .kazakh import nominal_analysis, russian_loan, stems, verb_form

    if russian_loan(a):
        return False  # a loan opens no Kazakh compound written as one word
    found = nominal_analysis(b)
    if not found or len(found) != 2 or found[0] not in stems() or found[1] not in _KK_CASE_ENDINGS:
        return False
    if a in _KK_NUMERALS or a in lexicon.word_list("kk_adjectives.txt") or (verb_form(a) and "n" not in stems().get(a, "")):
        return False
    return not a.endswith(_KK_ADJECTIVE_ENDINGS)


# Case endings after a bare noun (the shape of a compound's second element with a case).
_KK_CASE_ENDINGS = frozenset(("ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "ны", "ні", "ды",
                              "ді", "ты", "ті", "да", "де", "та", "те", "дан", "ден", "тан", "тен", "нан", "нен",
                              "мен", "бен", "пен"))
# After a short first part, a second part with a derivational ending makes a compound
# adjective or noun written as one word (көп|вектор+лы, қол|жет+ер+лік); -ды/-ті may also
# be an accusative or a past tense (-дық/-тік also), so they count only when no verb
# reading is found.
_KK_DERIVED_ENDINGS = ("лы", "лі", "лық", "лік")
_KK_LY_ENDINGS = ("ды", "ді", "ты", "ті", "дық", "дік", "тық", "тік")
# Endings that make adjectives of nouns (жол+ғы, іш+кі, күш+ті is not one: also accusative).
_KK_ADJECTIVE_ENDINGS = ("ғы", "гі", "қы", "кі", "сыз", "сіз", "дай", "дей", "тай", "тей")


def split_kazakh(word: str) -> list[str] | None:
    """:func:`_split_kazakh`, memoised per word."""
    if len(word) > SPLIT_MEMO_MAX_CHARS:
        return _split_kazakh(word)
    parts = _split_kazakh_memo(word)
    return None if parts is None else list(parts)


@functools.lru_cache(maxsize=SPLIT_MEMO_SIZE)
def _split_kazakh_memo(word: str) -> tuple[str, ...] | None:
    parts = _split_kazakh(word)
    return None if parts is None else tuple(parts)


def _split_kazakh(word: str) -> list[str] | None:
    """The one split of an unknown lower-case Kazakh ``word`` into two known words,
    or None.  Kazakh writes compounds as one word (көшбасшы, келісімшарт), so a split
    also needs evidence that the parts are two words: one part is a closed-class word
    (``data/repair/kk_function_words.txt``: бұл|жобаны, аймағы|үшін), the first part
    carries an ending (бағдарламасының|негізгі, аудандық|мұражайға) or a third-person
    possessive (конкурсы|болады), or is a converb before a verb (сақталып|отыр), or the
    second is the head of a noun phrase, with a third-person possessive
    (әскер|қатар+ы+на), after a first part of :data:`MIN_KK_PHRASE_HEAD_LEN` letters or
    more that is no numeral.  A split where the second part reads as endings of the
    first (айтыл|мады) or rests on a two-letter stem is never made, and a word that
    reads as two words at two places (шаруашылығы|нашар, шаруашылығына|шар) is left
    alone."""
    if MIN_KK_CLOSED_PAIR_LEN <= len(word) < MIN_KK_GLUED_LEN:
        return _closed_pair(word)
    if not MIN_KK_GLUED_LEN <= len(word) <= MAX_GLUED_LEN or _known(word):
        return None
    from .kazakh import continues, genitive, has_possessive, russian_loan, verb_form
    from .kazakh import stems as kazakh_stems

    found = []
    readings = []
    closed = lexicon.word_list("kk_function_words.txt")
    for i in range(len(_KK_REFLEXIVE), len(word) - MIN_KK_PART_LEN + 1):
        a, b = word[:i], word[i:]
        if i < MIN_KK_PART_LEN and a != _KK_REFLEXIVE:
            continue
        if not (_kk_can_start(b) and _known(a) and _known(b)):
            continue
        if continues(word, a) or _ending_like(b) or _longer_stem_with_verb_endings(word, a):
            continue  # the second part reads as endings of the first
        readings.append([a, b])
        if a == _KK_REFLEXIVE:
            if _reflexive_head(b):
                found.append([a, b])
            continue
        # A closed-class word (бұл, үшін, біздің) is a word of its own whatever its stem's
        # length: it needs no other evidence of two words.
        a_closed, b_closed = a in closed, b in closed
        # A first part with a case, plural or personal ending is a complete word form,
        # which a compound's first element is not: then three-letter stems will do on
        # both sides (бейбітшілікті|қол+дай+ды, кредиттердің|үлесі).
        a_inflected = _inflected(a)
        converb = _converb_before_verb(a, b)
        complete = a_inflected or a_closed or converb or _possessed(a) or _attributive(a)
        # Shorter stems only next to a first part that is nothing but a form with an
        # ending: not a listed word or verb root that merely ends like one (бейне is no
        # бей+не: бейне|бақылау; жеңілде- is a verb: жеңілде|тілген).  A noun with a
        # possessive and a case (орталығы+нда) makes no verb, whatever +у reads as.
        verb_root = verb_form(a + "у") and not has_possessive(a)
        a_min = (MIN_KK_INFLECTED_STEM_LEN if a_inflected and not verb_root and a not in kazakh_stems()
                 else MIN_KK_STEM_LEN)
        b_min = MIN_KK_INFLECTED_STEM_LEN if (complete and not verb_root) or a_closed else MIN_KK_STEM_LEN
        # An auxiliary after a converb is a word of its own, however short its root
        # (атап|өтті, айтып|берді).
        # A genitive before a noun with a possessive is the Kazakh possessive phrase
        # (қарыздың|өс+у+і+не, елдің|іс+і): two words, however short the second stem.
        b_free = b_closed or (converb and _auxiliary(b)) or (genitive(a) and _possessed_form(b))
        # A postposition or particle of four letters or more (үшін, туралы) follows a
        # complete form, whatever its stem's length (ел+іңіз|үшін, іс+те+у+і|үшін).
        a_free = a_closed or (b_closed and len(b) >= MIN_KK_STEM_LEN and (a_inflected or _possessed_form(a)))
        # Round 5: a closed-class word of three letters (жоқ, бар, деп, бұл) after a form
        # with an ending on a three-letter stem (шешу+і|жоқ, қал+ды+м|деп): a complete word
        # form before a word of its own.
        a_free = a_free or (b_closed and len(b) == MIN_KK_PART_LEN and _root_len(a) >= MIN_KK_INFLECTED_STEM_LEN
                            and (a_inflected or _possessed_form(a) or verb_form(a, _KK_FINITE_ENDINGS)))
        # A numeral before a Russian loan counts it (екі|миллиард, бес|процент).
        if a in _KK_NUMERALS and russian_loan(b):
            found.append([a, b])
            continue
        if ((_short_stem(a, a_min) and not a_free) or (_short_stem(b, b_min) and not b_free)
                or (b[0] in _KK_LOAN_START and _short_stem(b, MIN_KK_PHRASE_HEAD_LEN))):
            if _short_beside_long(word, a, b, complete or b_closed):
                found.append([a, b])
            continue  # a two-letter stem, or a loan's start on a short stem
        if complete or b_closed:
            found.append([a, b])
            continue
        if (len(a) >= MIN_KK_PHRASE_HEAD_LEN and a not in _KK_NUMERALS and has_possessive(b)
                and not _short_stem(b, MIN_KK_PHRASE_HEAD_LEN, deep=True)):
            found.append([a, b])
            continue
        if _bare_word_before_form(word, a, b):
            found.append([a, b])
    # Two places where the word reads as two words (шаруашылығы|нашар, шаруашылығына|шар):
    # the lexicon cannot tell which is meant.
    if len(found) != 1:
        return None
    if len(readings) == 1:
        return found[0]
    # Two places: the reading with the evidence of two words, on stems of four letters or
    # more, wins when each other reading rests on a two-letter stem (өте|тиімді, not
    # өтет|иімді); otherwise (шаруашылығы|нашар, шаруашылығына|шар; үлкен|арасында,
    # үлке|нарасында) the word stays.
    if _reading_strength(found[0]) >= MIN_KK_STEM_LEN and all(
            _reading_strength(r) < MIN_KK_INFLECTED_STEM_LEN for r in readings if r != found[0]):
        return found[0]
    # Measured by the longest stem each part is read on (a closed-class word counts as
    # strong whatever its length): the one reading with evidence wins when it rests on
    # stems of four letters or more and each other reading has a part on a stem of
    # three letters or fewer (бұл|қаланың over бұлқа|ланың, үшін|екенін over
    # үші|некенін); readings of like strength (демалысқа|шықты, демалыс|қашықты) stay.
    if _longest_strength(found[0], closed) >= MIN_KK_STEM_LEN and all(
            _longest_strength(r, closed) < MIN_KK_STEM_LEN for r in readings if r != found[0]):
        return found[0]
    return None


def _longest_strength(parts: list[str], closed: frozenset[str]) -> int:
    """The weaker part's longest stem (:func:`corpusclean.repair.kazakh.longest_stem`,
    or the loan a part is made of); a closed-class word counts as strong."""
    from .kazakh import loan_stem, longest_stem

    out = []
    for part in parts:
        if part in closed:
            continue
        loan = loan_stem(part)
        out.append(max(longest_stem(part), len(loan) if loan else 0))
    return min(out, default=MAX_GLUED_LEN)


# The reflexive pronoun: two letters, but a word of its own before a noun with a
# possessive ending (өз|бағдарлама+мыз+ды, өз|ел+і+нде).
_KK_REFLEXIVE = "өз"
# ... whose stem has this many letters (өзен, өзек, өзгеріс are words: өз|ен+і is none).
MIN_KK_REFLEXIVE_HEAD = 5
# Participle endings: a participle before a noun is a modifier, a word of its own
# (жетілдірген|жөн, айтылатын|мәселе).
_KK_PARTICIPLE_ENDINGS = ("ған", "ген", "қан", "кен", "атын", "етін", "йтын", "йтін")
# Adjectives of time and place (биыл+ғы, жыл+ғы, сырт+қы): modifiers, words of their own.
_KK_ATTRIBUTIVE_SUFFIXES = frozenset(("ғы", "гі", "қы", "кі"))


def _reflexive_head(b: str) -> bool:
    """``b`` may follow өз as a word of its own: a noun with a possessive ending of any
    person on a stem of :data:`MIN_KK_REFLEXIVE_HEAD` letters or more."""
    from .kazakh import longest_stem

    return _possessed_form(b) and longest_stem(b) >= MIN_KK_REFLEXIVE_HEAD


def _possessed_form(b: str) -> bool:
    """``b`` reads as a noun with a possessive ending (any person, maybe a case after it)
    and is no bare listed word that merely ends like one."""
    from .kazakh import ending_of, possessive_form, stems

    return possessive_form(b) and not (b in stems() and ending_of(b) is None)


def _attributive(a: str) -> bool:
    """``a`` is a participle on a verb root of three letters or more (жетілдір+ген) or an
    adjective made with -ғы/-қы on a stem of three letters or more (биыл+ғы): a modifier,
    which ends its word, not a compound's first element."""
    from .kazakh import nominal_analysis, verb_form

    if a.endswith(_KK_PARTICIPLE_ENDINGS) and verb_form(a, _KK_PARTICIPLE_ENDINGS):
        return True
    found = nominal_analysis(a)
    return found is not None and len(found) == 2 and found[1] in _KK_ATTRIBUTIVE_SUFFIXES and len(found[0]) >= 3


def _longer_stem_with_verb_endings(word: str, a: str) -> bool:
    """Whether a listed stem one to three letters longer than ``a`` starts ``word`` and the
    rest reads as verb endings on it: hunspell-kk lists derived verbs as bare stems
    (жеңілдет, кешіктір), so жеңілдет+іл+ген is one word, not жеңілде|тілген."""
    from .kazakh import MAX_SUFFIXES, _verbal
    from .kazakh import stems as kazakh_stems

    listed = kazakh_stems()
    for k in (1, 2, 3):
        head = word[:len(a) + k]
        if len(head) < len(word) and head in listed and _verbal(word, MAX_SUFFIXES, False, extra=head):
            return True
    return False


def _reading_strength(parts: list[str]) -> int:
    """The shorter of the two parts' stems (root lengths), for ranking two readings."""
    return min(_root_len(parts[0]), _root_len(parts[1], True))


def _postposition(part: str) -> bool:
    """A closed-class word of :data:`MIN_KK_STEM_LEN` letters or more (бойынша, туралы):
    no place or personal name ends in one, so it splits a capitalised word too."""
    return len(part) >= MIN_KK_STEM_LEN and part in lexicon.word_list("kk_function_words.txt")


def _first_part_complete(parts: list[str]) -> bool:
    a, b = parts[0], parts[1]
    return (a in lexicon.word_list("kk_function_words.txt") or _inflected(a) or _possessed(a)
            or _converb_before_verb(a, b))


# The personal pronoun that opens many Kazakh sentences: two letters, so no split rule
# looks at it; at a sentence start, glued to a word on a long stem (Ол|министрлік), it is a
# word of its own (no Kazakh word opens with ол + a word of that length: олар, олжа are short).
_KK_OPENING_PRONOUN = "ол"
MIN_KK_AFTER_PRONOUN_STEM = 6


def _split_pronoun_opener(low: str) -> list[str] | None:
    """"олминистрлік" (a capitalised sentence opener, lower-cased) -> ол, министрлік when
    the rest is a known word on a stem of :data:`MIN_KK_AFTER_PRONOUN_STEM` letters or
    more that no ending of ол could begin, and a form the suffix rules derive (a stem
    with an ending, or a verb form): the stem list holds surnames bare (Олжабаев stays)."""
    from .kazakh import nominal_analysis, verb_form

    if not low.startswith(_KK_OPENING_PRONOUN) or _known(low):
        return None
    rest = low[len(_KK_OPENING_PRONOUN):]
    if not (_kk_can_start(rest) and _known(rest)) or _root_len(rest, True) < MIN_KK_AFTER_PRONOUN_STEM:
        return None
    analysis = nominal_analysis(rest)
    if not ((analysis is not None and len(analysis) > 1) or verb_form(rest)):
        return None
    return [_KK_OPENING_PRONOUN, rest]


# A lower-case Kazakh word run into a capitalised one, as a lost space at a link or a
# sentence boundary leaves it (арқылыАуыл шаруашылығы): the capital opens a word of its own.
_KK_LOWER_UPPER = regex.compile(r"^([а-яәғқңөұүһі]{3,})([А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі]{2,})$")


def split_kazakh_lower_upper(word: str) -> list[str] | None:
    """Split "арқылыАуыл" after the lower-case part when both parts are known words (the
    Kazakh lexicon, or a Russian loan with Kazakh endings for the left part) and the whole
    is no listed CamelCase name; an unknown capitalised part may be a name the writer
    spelt that way, and stays (ҚазАқпарат starts with a capital and never matches)."""
    m = _KK_LOWER_UPPER.match(word)
    if not m or word.lower() in lexicon.protected_tokens():
        return None
    left, right = m.group(1), m.group(2)
    if not (_known(left) and lexicon.is_word(right, "kk")):
        return None
    return [left, right]


def _kazakh_changes(text: str, ctx: Context, counts) -> Iterator[Change]:
    from .words import kazakh_words

    protected = lexicon.protected_tokens()
    for s, e, word in kazakh_words(text, ctx):
        low = word.lower()
        if not MIN_KK_CLOSED_PAIR_LEN <= len(word) <= MAX_GLUED_LEN or counts[low] > 1 or low in protected:
            continue
        parts = split_kazakh_lower_upper(word)
        if parts:
            yield Change(s, e, " ".join(parts), "repair.glued.kazakh")
            continue
        if not (word.islower() or (word[0].isupper() and word[1:].islower() and sentence_initial(text, s))):
            continue
        parts = split_kazakh(low)
        if parts and not word.islower() and parts[0] in lexicon.word_list("kk_clause_final_words.txt"):
            parts = None  # деп, екен close a clause: a sentence does not open with one
        if parts and not word.islower() and not _first_part_complete(parts) and not _postposition(parts[1]):
            # A capitalised word may be a place or a name made of two words (Жаңаөзен,
            # Ақтөбе, Қызылорда): at a sentence start only a first part that is a complete
            # word form of its own (an ending, a possessive, a closed-class word) splits it.
            parts = None
        if not parts and not word.islower():
            parts = _split_pronoun_opener(low)
        if parts:
            cut = len(parts[0])
            yield Change(s, e, word[:cut] + " " + word[cut:], "repair.glued.kazakh")


# Words on either side of a CamelCase token where prose must show (issue 12, round 6).
CASE_PROSE_WINDOW = 3
_LINE_WORD = regex.compile(r"\p{L}+")


def _prose_near(text: str, s: int, e: int) -> bool:
    """Whether a lower-case Cyrillic word of two letters or more stands among the
    :data:`CASE_PROSE_WINDOW` words before or after ``text[s:e]`` on its line.  A
    CamelCase name is glued inside prose ("встретился с ЧжанМин в"); a run of capitalised
    labels with none ("Сег Смещение Тип СимВек ТипДанн Сег", a table header) is
    notation, and its CamelCase words stay."""
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    line_end = len(text) if line_end < 0 else line_end
    before = _LINE_WORD.findall(text, line_start, s)[-CASE_PROSE_WINDOW:]
    after = _LINE_WORD.findall(text, e, line_end)[:CASE_PROSE_WINDOW]
    return any(len(w) > 1 and w.islower() and _RU_WORD.match(w) for w in before + after)


def glued_changes(text: str, ctx: Context | None = None) -> Iterator[Change]:
    ctx = ctx or Context(text)
    counts = word_counts(text)
    protected = lexicon.protected_tokens()
    yield from _lower_upper_changes(text, ctx, counts)
    for s, e, word in candidate_words(text, ctx):
        low = word.lower()
        if counts[low] > 1 or low in protected or not 4 <= len(word) <= MAX_GLUED_LEN:
            continue
        parts = split_case(word)
        if parts and _prose_near(text, s, e):
            yield Change(s, e, " ".join(parts), "repair.glued.case")
            continue
        if parts:
            continue
        if _LOWER_UPPER.match(word):
            continue  # "обсудилиКазахстан": done by _lower_upper_changes
        if not (word.islower() or (word[0].isupper() and word[1:].islower() and sentence_initial(text, s))):
            continue
        if not _RU_WORD.match(low) or lexicon.is_known(low):
            continue
        fix = correct_typo(low)
        if fix is not None and fix != low[:-1] and not _doubled_preposition(word, fix):
            # one clear slip from a common word: a misspelling, left to repair.typos (a
            # final letter that is a preposition before a word in its case is glue:
            # "работаетв команде")
            continue
        if not word.islower():
            if not prose_follows(text, e):
                continue  # a sentence of prose goes on; a list of names or a one-word line does not
            parts = split_capital_preposition(word, next_word(text, e))
            if parts:
                yield Change(s, e, " ".join(parts), "repair.glued.function_word")
                continue
        following = next_word(text, e)
        if len(low) >= MIN_GLUED_LEN:
            parts = split_words(low, following, long_parts_only=not word.islower())
            if parts:
                out, pos = [], 0
                for p in parts:  # keep the writer's capital letters
                    out.append(word[pos:pos + len(p)])
                    pos += len(p)
                yield Change(s, e, " ".join(out), "repair.glued.words")
                continue
        if word.islower() and len(low) < MIN_GLUED_LEN:
            parts = split_short_preposition(low)
            if parts:
                yield Change(s, e, " ".join(parts), "repair.glued.function_word")
                continue
        parts = split_function_word(word, following)
        if parts:
            yield Change(s, e, " ".join(parts), "repair.glued.function_word")
    yield from _kazakh_changes(text, ctx, counts)
