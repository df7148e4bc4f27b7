"""Language identification that knows Kazakh, deterministic in every process.

>>> detect_language("Қазақстан осы өңірдегі бейбітшілікті қолдайды.").lang
'kk'
>>> detect_language("Партия провела съезд в Астане.").lang
'ru'
>>> detect_language("12.05.2024, 18:10").lang is None
True

How the default backend (``"corpusclean"``) decides, cheapest evidence first:

1. No letters: ``lang`` is None.
2. Script: letters are counted per script.  Text mostly in a script that one
   language owns (Greek, Georgian, Hangul, ...) gets that language; Arabic script is
   split by its letters (Kazakh as written in China, Urdu, Uyghur, Persian, Arabic).
   Latin letters inside Cyrillic words (``вiн`` with a Latin ``i``) are read as their
   Cyrillic look-alikes first.
3. Cyrillic text: letters (and a few function words) decide which candidates the
   n-gram model may choose from: Ukrainian and Belarusian (ї є ґ і, Ukrainian words),
   Belarusian (ў), Serbian and Macedonian (ђ ј љ њ ћ џ ѓ ќ ѕ), Bulgarian (ъ as a
   vowel); Tatar (җ) and Bashkir (ҡ ҙ ҫ) by letter; Kyrgyz, which the model lacks, by
   rule (none of ә ғ қ ұ һ і, and Kyrgyz words or spelling that no Russian loanword in
   Kazakh has).  Kazakh and Russian are always candidates.  @handles, hashtags, URLs and
   capitalised Latin words (brands) inside Cyrillic text are set aside.
4. Kazakh against Russian: lingua restricted to the candidates, with its
   log-probabilities clipped and scaled down on short text, plus evidence it weighs
   poorly there: function words that belong to one language only
   (``corpusclean/data/lid/*_function_words.txt``) and lowercase words spelt with
   Kazakh letters.  Quoted titles and capitalised words with Kazakh letters (names,
   in a Russian text) are hidden from the model when enough text remains.
   When words alone settle the answer whatever the model says, the model is not asked
   (``SETTLED_MARGIN``); its answers are cached.
5. Latin text: Kazakh in Latin script (2018 and 2021 alphabets, and ``q`` spellings)
   needs its own letters or words, and is then read by transliterating it to
   Cyrillic and scoring it as in 4; other Latin text goes to langdetect (seeded).

The ``"langdetect"`` backend (named in the design card) is kept with its seed
fixed; it has no Kazakh profile and is not right for this corpus (see
docs/language.md).  Nothing is downloaded: lingua's models ship in its wheel.
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable

import regex

__all__ = ["LanguageResult", "detect_language", "known_languages", "BACKENDS", "KAZAKH_LETTERS"]

BACKENDS = ("corpusclean", "langdetect")

# Letters of the Kazakh Cyrillic alphabet that Russian lacks.  ө ү ң are shared with
# Kyrgyz (and ө ү with Mongolian, ә һ with Tatar and Bashkir), і with Ukrainian and
# Belarusian, so each also goes through the candidate rules below.
KAZAKH_LETTERS = "әғқңөұүһі"
_KK_ONLY = set("әғқұһ")  # not in Kyrgyz; ә һ also Tatar/Bashkir, handled by their own letters
_KK_SHARED_TURKIC = set("өүң")
_KK_WORD_LETTERS = set("әғқңөұүһ")
_UK_ONLY = set("їєґ")
_BE_ONLY = set("ў")
_SR_MK = set("ђјљњћџѓќѕ")
_TT_ONLY = set("җ")
_BA_ONLY = set("ҡҙҫ")

# --- thresholds and weights (log-odds units; set by reasoning, see docs/language.md) ----
# Lingua's log-probabilities are clipped at -6 (p = 0.0025) so that a handful of other cues
# can still overturn a confident but wrong answer on a short text.
MODEL_LOGIT_CLIP = 6.0
# One function word that belongs to one language only: as strong as lingua being 92 %
# sure.  Two such words outweigh a clipped model answer only together with letters.
FUNCTION_WORD_WEIGHT = 2.5
# One lowercase word spelt with Kazakh letters (ә ғ қ ұ ү ө ң һ; not і, which Ukrainian has).  Capitalised words
# are left out: in Russian news they are mostly Kazakh names and titles.
KAZAKH_WORD_WEIGHT = 1.5
# A neighbouring paragraph's (or the document's) language, for short paragraphs: a
# weak prior that only decides when the paragraph itself says little.
PRIOR_WEIGHT = 1.0
# Below this many letters (in the words the model reads) the model's log-probabilities are
# scaled down in proportion: short texts (the "< 40 characters") carry little n-gram
# evidence, and a page's one-word lines should follow the document's language (the prior).
MODEL_FULL_WEIGHT_LETTERS = 30
# langdetect is as sure of "OK" (Portuguese, 1.0) as of a paragraph; Latin-script answers
# from it are scaled down below this many letters (about four words).
LATIN_FULL_CONFIDENCE_LETTERS = 20
# When the evidence outside the model (function words, Kazakh words, the prior) already
# puts one language this far ahead with the model's answer at its worst (clipped against
# it, fully for the others), the model cannot change the answer, and the confidence
# rounds to 1.0 at four decimals: the model is not asked.  e^-10 = 0.0000454, so
# 1 / (1 + e^-10) = 0.99995 rounds to 1.0 (plus ln(n-1) for n candidates).
SETTLED_MARGIN = 10.0
# At most this many characters go to the n-gram model: longer text gains nothing in
# accuracy and costs time linearly.
MODEL_MAX_CHARS = 2000

# Scripts that (nearly) one language owns.  Devanagari and Han are shared by several
# languages: they get the main one with a lower confidence.  Arabic: _detect_arabic.
_SCRIPT_LANG = {
    "Greek": ("el", 0.95), "Georgian": ("ka", 0.95), "Armenian": ("hy", 0.95), "Hebrew": ("he", 0.9),
    "Hangul": ("ko", 0.95), "Hiragana": ("ja", 0.95), "Katakana": ("ja", 0.95), "Thai": ("th", 0.95),
    "Devanagari": ("hi", 0.6), "Han": ("zh", 0.8), "Bengali": ("bn", 0.9),
    "Tamil": ("ta", 0.95), "Telugu": ("te", 0.95), "Gujarati": ("gu", 0.95), "Gurmukhi": ("pa", 0.95),
}

def _langdetect_languages() -> frozenset[str]:
    """The languages langdetect has profiles for (read from its package folder, no model
    loaded), as the primary codes it is reported with (zh-cn -> zh)."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("langdetect")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    folder = Path(list(spec.submodule_search_locations)[0]) / "profiles"
    return frozenset(p.name.split("-")[0] for p in folder.iterdir()) if folder.is_dir() else frozenset()


# Every code ``detect_language`` can return (with either backend): the Cyrillic rules,
# the scripts one language owns, the Arabic-script rules and langdetect's profiles.
# ``--accept-lang`` is checked against it.
KNOWN_LANGUAGES: frozenset[str] = frozenset(
    {"kk", "ru", "uk", "be", "bg", "mk", "sr", "tt", "ba", "ky", "ur", "ug", "fa", "ar"}
    | {lang for lang, _conf in _SCRIPT_LANG.values()} | _langdetect_languages())

_WORD = regex.compile(r"[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*")
# Latin look-alikes inside a Cyrillic word, read as Cyrillic.
_HOMOGLYPHS = str.maketrans({
    "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "k": "к",
    "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "X": "Х", "I": "І", "K": "К", "M": "М",
    "H": "Н", "T": "Т", "B": "В",
})


@dataclass(frozen=True, slots=True)
class LanguageResult:
    """``lang``: ISO 639-1 code or None (no letters); ``confidence`` in [0, 1];
    ``script``: the dominant script (``Cyrillic``, ``Latin``, ...) or None."""

    lang: str | None
    confidence: float
    script: str | None = None

    def to_dict(self) -> dict:
        return {"lang": self.lang, "confidence": self.confidence, "script": self.script}


# --- data ------------------------------------------------------------------------------
@lru_cache(maxsize=None)
def _wordlist(name: str) -> frozenset[str]:
    text = resources.files("corpusclean").joinpath("data", "lid", name).read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def function_words(code: str) -> frozenset[str]:
    """Short words that belong to one language only (``kk``, ``ru``, ``uk``, ``ky``)."""
    return _wordlist(f"{code}_function_words.txt")


# --- models (loaded once, on first use) ---------------------------------------------------
@lru_cache(maxsize=None)
def _lingua(codes: tuple[str, ...]):
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    langs = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in codes]
    return LanguageDetectorBuilder.from_languages(*langs).build()


# Short texts that make lingua load the models lang.detect asks it for: Kazakh and Russian
# (every run), Ukrainian and Belarusian (any line with і and no letter only Kazakh has, such
# as a Kazakh credit line "Тілші: ..."; 4 to 10 of the 200-500 texts sent to the model in
# each dev set).  lingua loads a language's models on first use, into one store that all
# its detectors share; with_preloaded_language_models() loads more than runs use (RSS 180 MB
# against 156 MB after every load the 12c, 12d and a 0.6 MB generated run made, 158 MB after
# these three texts).
_MODEL_WARM_UPS = ((("kk", "ru"), "Партия провела съезд."),
                   (("be", "kk", "ru", "uk"), "Це було вчора у Києві."),
                   (("be", "kk", "ru", "uk"), "Гэта было ўчора ў Мінску."))


def load_models() -> None:
    """Load now, not on first use, the models lang.detect uses: called before worker
    processes fork (``Pipeline.load``), so that they share one copy instead of each loading
    its own (Ukrainian and Belarusian: 0.3-0.6 s of CPU in each worker).  The answers do
    not depend on when a model was loaded."""
    for codes, sample in _MODEL_WARM_UPS:
        _lingua(codes).compute_language_confidence_values(sample)


def _lingua_probs(text: str, codes: Iterable[str]) -> dict[str, float]:
    return dict(_lingua_probs_cached(text[:MODEL_MAX_CHARS], tuple(sorted(set(codes)))))


# lang.detect reads an unsure paragraph twice (the second time with a prior, which the
# model does not see), and pages repeat lines: the model's answer for a text is kept.
LINGUA_CACHE_SIZE = 2048


@lru_cache(maxsize=LINGUA_CACHE_SIZE)
def _lingua_probs_cached(sample: str, codes: tuple[str, ...]) -> tuple[tuple[str, float], ...]:
    det = _lingua(codes)
    out = {c: 0.0 for c in codes}
    sample = sample.encode("utf-8", "replace").decode("utf-8")  # lone surrogates -> "?"
    for cv in det.compute_language_confidence_values(sample):
        out[cv.language.iso_code_639_1.name.lower()] = float(cv.value)
    return tuple(out.items())


@lru_cache(maxsize=1)
def _langdetect_factory():
    from langdetect import DetectorFactory
    from langdetect.detector_factory import init_factory

    DetectorFactory.seed = 0  # langdetect samples n-grams at random; a fixed seed makes it repeatable
    init_factory()
    from langdetect import detector_factory

    return detector_factory._factory


def _detect_langdetect(text: str) -> LanguageResult:
    import random

    from langdetect.lang_detect_exception import LangDetectException

    script = _dominant_script(text)[0]
    factory = _langdetect_factory()
    det = factory.create()
    det.append(text[:MODEL_MAX_CHARS])
    state = random.getstate()  # langdetect reseeds the global generator; leave the caller's alone
    try:
        probs = det.get_probabilities()
    except LangDetectException:
        return LanguageResult(None, 0.0, script)
    finally:
        random.setstate(state)
    if not probs:
        return LanguageResult(None, 0.0, script)
    best = probs[0]
    return LanguageResult(best.lang.split("-")[0], round(float(best.prob), 4), script)


# --- evidence ------------------------------------------------------------------------------
@lru_cache(maxsize=4096)  # a page uses a few hundred distinct characters; each is looked up once
def _script_of(ch: str) -> str:
    o = ord(ch)
    if 0x0400 <= o <= 0x052F or 0x1C80 <= o <= 0x1C8F or 0x2DE0 <= o <= 0x2DFF or 0xA640 <= o <= 0xA69F:
        return "Cyrillic"
    if o < 0x0250 or 0x1E00 <= o <= 0x1EFF:
        return "Latin"
    name = unicodedata.name(ch, "")
    for script in ("Greek", "Georgian", "Armenian", "Hebrew", "Arabic", "Devanagari", "Thai", "Hangul", "Hiragana",
                   "Katakana", "Bengali", "Tamil", "Telugu", "Gujarati", "Gurmukhi"):
        if name.upper().startswith(script.upper()):
            return script
    if name.startswith("CJK") or name.startswith("KANGXI"):
        return "Han"
    if name.startswith("LATIN"):
        return "Latin"
    return "Other"


def _count_scripts(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ch, n in Counter(text).items():  # per distinct character: a paragraph has few
        if ch.isalpha():
            s = _script_of(ch)
            counts[s] = counts.get(s, 0) + n
    return counts


# @handles, #hashtags, URLs and e-mail addresses, and Latin words that start with a capital
# (brands, names: DJI Phantom, @Zhirinovskiy) say nothing about the language of the
# Cyrillic words around them.
_NOT_LANGUAGE = regex.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\w+|[@#][\w.]+")
_CAPITALISED_LATIN = regex.compile(r"(?<!\p{L})[A-Z][A-Za-z0-9+.&'-]*(?!\p{L})")


def _without_brands(text: str) -> str:
    """``text`` without handles, hashtags, URLs and capitalised Latin words."""
    return _CAPITALISED_LATIN.sub(" ", _NOT_LANGUAGE.sub(" ", text))
# Cyrillic letters needed for those to be set aside: a few words, not one initial
MIN_CYRILLIC_LETTERS = 3


def _dominant_script(text: str) -> tuple[str | None, int]:
    counts = _count_scripts(text)
    if not counts:
        return None, 0
    if counts.get("Cyrillic", 0) >= MIN_CYRILLIC_LETTERS and counts.get("Latin", 0):
        core = _count_scripts(_without_brands(text))
        if core.get("Cyrillic", 0) > core.get("Latin", 0):
            return "Cyrillic", sum(counts.values())
    best = max(sorted(counts), key=lambda s: counts[s])
    return best, sum(counts.values())


# Bulgarian ъ as a vowel (Russian writes ъ only before е ё ю я)
_BG_HARD_SIGN = regex.compile(r"ъ[^аеёиоуыэюя\W]|ъ\b")
_HOMOGLYPH_CHARS = regex.compile("[" + regex.escape("".join(chr(c) for c in _HOMOGLYPHS)) + "]")
_HOMOGLYPH_SET = frozenset(chr(c) for c in _HOMOGLYPHS)
# The ranges _script_of calls Cyrillic, as one character class (for finding Cyrillic words fast)
_CYRILLIC_CHAR = regex.compile("[\u0400-\u052F\u1C80-\u1C8F\u2DE0-\u2DFF\uA640-\uA69F]")


def _cyrillic_word_list(text: str) -> list[str]:
    return [w for w in _WORD.findall(text) if _CYRILLIC_CHAR.search(w)]


def _cyrillic_words(text: str) -> str:
    """Latin look-alikes inside mostly-Cyrillic words become Cyrillic (``вiн`` -> ``він``)."""
    if not _HOMOGLYPH_CHARS.search(text):
        return text  # no look-alike letter at all: nothing to read differently

    def fix(m: regex.Match) -> str:
        w = m.group()
        if w.isascii() or _HOMOGLYPH_SET.isdisjoint(w):
            return w  # no Cyrillic letter, or no look-alike to read differently
        cyr = sum(1 for ch in w if _script_of(ch) == "Cyrillic")
        return w.translate(_HOMOGLYPHS) if cyr and cyr < len(w) else w

    return _WORD.sub(fix, text)


def _kyrgyz_cue(words: list[str]) -> bool:
    """Kyrgyz spelling that Kazakh lacks, in the first word and in lowercase words (not
    names): ө/ү after the first syllable (Kyrgyz labial harmony), doubled long vowels,
    кы/гы (Kazakh қы/ғы), -ти/-ди/-ним for Kazakh -ті/-ді/-нім.  Only asked about text that has none of ә ғ қ ұ
    һ і.  Spellings that Kazakh text shows in Russian loanwords (к/г before а о у: вагон,
    экономика; ч; a word-initial э) are no evidence: a Kyrgyz verdict needs
    Kyrgyz letters or words (issue 14: "Вагондары бос." is Kazakh)."""
    for i, w in enumerate(words):
        if (i == 0 or w == w.lower()) and _KYRGYZ_SPELLING.search(w.lower()):
            return True
    return False


_KYRGYZ_SPELLING = regex.compile(
    r"аа|ээ|өө|үү|ыы|уу"  # doubled long vowels (not оо: кооператив, зоопарк)
    r"|^[кг]ы"  # word-initial: Kazakh writes қы/ғы (қыз, қырғыз), Russian never кы/гы (inside a word
    # a Kazakh suffix on a loanword has it: ноутбугы, блогы)
    r"|[аеиоуыэюяөү][^аеиоуыэюяөүәіұ]*[өү]"  # ө ү after the first syllable (Kyrgyz labial harmony)
    r"|[тдн]и[мз]?$")  # -ти -ди -ним where Kazakh writes -ті -ді -нім
# Short quoted titles (up to 60 characters) and capitalised words spelt with Kazakh letters:
# in a Russian text these are names («Ақ жол», Нұрлан); the model reads the text without
# them when enough is left.  Longer quotes are content, not names, and stay.
_QUOTED = regex.compile(r"«[^«»\n]{1,60}»|“[^“”\n]{1,60}”|\"[^\"\n]{1,60}\"")  # titles, not long quotes
_NAME_LIKE = regex.compile(r"\b\p{Lu}[\p{L}-]*[әғқңөұүһіӘҒҚҢӨҰҮҺІ][\p{L}-]*")
# Letters that must be left after masking names for the masked text to be used.
MASKED_MIN_LETTERS = 20


def _mask_names(text: str) -> str:
    masked = _NAME_LIKE.sub(" ", _QUOTED.sub(" ", text))
    return masked if _has_letters(masked, MASKED_MIN_LETTERS) else text


def _has_letters(text: str, n: int) -> bool:
    """At least ``n`` letters in ``text`` (stops counting there)."""
    for ch in text:
        if ch.isalpha():
            n -= 1
            if n <= 0:
                return True
    return n <= 0


_FUNCTION_WORD_CODES = ("kk", "ru", "uk", "ky")


@lru_cache(maxsize=1)
def _function_word_table() -> dict[str, tuple[str, ...]]:
    """Function word -> the languages whose list holds it (one look-up per word, not four)."""
    table: dict[str, list[str]] = {}
    for code in _FUNCTION_WORD_CODES:
        for w in function_words(code):
            table.setdefault(w, []).append(code)
    return {w: tuple(codes) for w, codes in table.items()}


def _function_word_hits(words: list[str]) -> dict[str, int]:
    hits = dict.fromkeys(_FUNCTION_WORD_CODES, 0)
    table = _function_word_table()
    for w in words:
        lw = w.lower()
        codes = table.get(lw)
        if codes is None:
            continue
        if len(w) == 1 and w != lw:
            continue  # a capital letter alone is an initial or a unit (°С), not a preposition
        for code in codes:
            hits[code] += 1
    return hits


def _kazakh_words(words: list[str]) -> int:
    """Lowercase words spelt with Kazakh letters other than і (capitalised ones may be
    names; і is Ukrainian and Belarusian too)."""
    return sum(1 for w in words if w == w.lower() and not _KK_WORD_LETTERS.isdisjoint(w))


# Words a text without і ї є ґ needs before a Ukrainian word in it makes Ukrainian a candidate.
UK_MIN_WORDS_WITHOUT_LETTERS = 3
# Russian function words that are Ukrainian words too: no evidence between those two.
_RU_UK_SHARED = frozenset("была были было в все для до за на над нам нас ним них по при про стала так то тут "
                          "через вам вас я".split())


def _choose(text: str, codes: Iterable[str], words: list[str], prior: str | None,
            hits: dict[str, int] | None = None) -> tuple[str, float]:
    """Combine the model's probabilities (for ``text`` among ``codes``) with word evidence,
    as log-scores per language; the confidence is the softmax share of the winner.
    ``hits``: :func:`_function_word_hits` of ``words`` when the caller has it already."""
    codes = tuple(sorted(set(codes)))
    if "uk" in codes:
        words = [w for w in words if w.lower() not in _RU_UK_SHARED]
        hits = None
    if hits is None:
        hits = _function_word_hits(words)
    kk_words = _kazakh_words(words)
    # The model's word is worth less on short text: its probabilities there are extreme but
    # rest on a few n-grams (one name, one word).
    letters = sum(len(w) for w in words)
    shrink = min(1.0, letters / MODEL_FULL_WEIGHT_LETTERS)
    evidence = {}
    for code in codes:
        e = FUNCTION_WORD_WEIGHT * hits.get(code, 0)
        if code == "kk":
            e += KAZAKH_WORD_WEIGHT * kk_words
        if code == prior:
            e += PRIOR_WEIGHT
        evidence[code] = e
    settled = _settled(evidence, shrink)
    if settled is not None:
        return settled, 1.0
    probs = _lingua_probs(text, codes)
    scores = {}
    for code, p in probs.items():
        scores[code] = shrink * (max(math.log(p), -MODEL_LOGIT_CLIP) if p > 0 else -MODEL_LOGIT_CLIP) + evidence[code]
    best = max(sorted(scores), key=lambda c: scores[c])
    top = scores[best]
    total = sum(math.exp(v - top) for v in scores.values())
    return best, 1.0 / total


def _settled(evidence: dict[str, float], shrink: float) -> str | None:
    """The language that wins whatever the model says, with a confidence that rounds to
    1.0, or None.  Worst case for the leader: the model clipped against it (-6 x shrink)
    and fully for every other language (0)."""
    if len(evidence) < 2:
        return None
    ranked = sorted(evidence, key=lambda c: (-evidence[c], c))
    lead, second = ranked[0], ranked[1]
    margin = evidence[lead] - shrink * MODEL_LOGIT_CLIP - evidence[second]
    return lead if margin >= SETTLED_MARGIN + math.log(len(evidence) - 1) else None


def _detect_cyrillic(text: str, prior: str | None) -> tuple[str, float]:
    text = _cyrillic_words(text)
    if any(_script_of(ch) == "Latin" for ch in set(text) if ch.isalpha()):  # per distinct character
        core = _without_brands(text)
        if any(ch.isalpha() for ch in core):
            text = core  # the model reads the Cyrillic words, not @Zhirinovskiy or DJI Phantom
    words = _cyrillic_word_list(text)
    letters = {ch for ch in set(text.lower()) if ch.isalpha()}
    if letters & _TT_ONLY and not letters & _BA_ONLY:
        return "tt", 0.9
    if letters & _BA_ONLY:
        return "ba", 0.9
    kk_only = bool(letters & _KK_ONLY)
    word_hits = _function_word_hits(words)
    if not kk_only and "і" not in letters:
        hits = word_hits
        if hits["ky"] and hits["ky"] > hits["ru"] and hits["ky"] >= hits["kk"]:
            return "ky", 0.8
    cands = {"kk", "ru"}
    uk_words = word_hits["uk"]
    # a line that is one Ukrainian word (але, та) may be a Russian interjection ("-- Але!"):
    # without і ї є ґ, Ukrainian needs more words around its own
    if not letters & _UK_ONLY and "і" not in letters and len(words) < UK_MIN_WORDS_WITHOUT_LETTERS:
        uk_words = 0
    if not kk_only and (letters & _UK_ONLY or "і" in letters or uk_words):
        cands |= {"uk", "be"}
        if (letters & _UK_ONLY or uk_words) and not letters & _KK_SHARED_TURKIC:
            cands.discard("kk")  # Ukrainian letters or words, and no Kazakh letter but і
    if letters & _BE_ONLY:
        cands.add("be")
    if letters & _SR_MK:
        cands |= {"sr", "mk"}
    if "ъ" in letters and not letters & set("ыэё") and _BG_HARD_SIGN.search(text.lower()):
        cands.add("bg")  # Bulgarian writes ъ as a vowel; Russian only before е ё ю я
    all_words = words
    if cands == {"kk", "ru"}:
        masked = _mask_names(text)
        if masked is not text:
            text, words = masked, _cyrillic_word_list(masked)
    lang, conf = _choose(text, cands, words, prior, word_hits if words is all_words else None)
    if lang == "kk" and not kk_only and "і" not in letters and _kyrgyz_cue(all_words):
        # Turkic, but with none of ә ғ қ ұ һ і and with Kyrgyz spelling: Kyrgyz (which the
        # model does not know) rather than Kazakh.
        return "ky", conf
    return lang, conf


# Kazakh Latin alphabets: 2021 (ä ğ ı ñ ö ş ū ü), 2018 (á ǵ ı ń ó ú ý, sh ch), 2017 (a' g' n'
# o' u' y' i' s' c').  Read back into Cyrillic to score them with the Kazakh model.
_LATIN_TO_CYR = [
    ("sh", "ш"), ("ch", "ч"), ("s'", "ш"), ("c'", "ч"), ("a'", "ә"), ("g'", "ғ"), ("n'", "ң"), ("o'", "ө"),
    ("u'", "ү"), ("y'", "ұ"), ("i'", "й"), ("á", "ә"), ("ä", "ә"), ("ǵ", "ғ"), ("ğ", "ғ"), ("ń", "ң"), ("ñ", "ң"),
    ("ó", "ө"), ("ö", "ө"), ("ú", "ұ"), ("ū", "ұ"), ("ü", "ү"), ("ý", "у"), ("ş", "ш"), ("ç", "ч"), ("ı", "ы"),
    ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("j", "ж"), ("z", "з"), ("i", "і"),
    ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("q", "қ"), ("r", "р"), ("s", "с"),
    ("t", "т"), ("u", "ү"), ("f", "ф"), ("h", "һ"), ("c", "ц"), ("y", "ы"), ("w", "у"), ("x", "х"),
]
_LATIN_RE = regex.compile("|".join(regex.escape(a) for a, _ in _LATIN_TO_CYR))
_LATIN_MAP = dict(_LATIN_TO_CYR)


def _latin_to_cyrillic(text: str) -> str:
    return _LATIN_RE.sub(lambda m: _LATIN_MAP[m.group()], text.lower())


# Evidence for Kazakh in Latin script, counted in points: letters only Kazakh alphabets use
# (2 each), ñ ı ý á ó ú (1: Spanish, Turkish, Czech use some of them), q not before u in a
# lowercase word or twice in a name (1 per word, at most 2: Turkish has no q, Romance
# languages write qu, English names like Iraq have one), Kazakh words (1 each).  Letters
# no Kazakh alphabet has veto it.  Kazakh needs LATIN_KAZAKH_MIN_POINTS and a Cyrillic
# reading that the Kazakh/Russian scorer calls Kazakh.
LATIN_KAZAKH_MIN_POINTS = 2
LATIN_KAZAKH_MIN_POINTS_WITH_KK_PRIOR = 1
_KK_LATIN_STRONG = set("ǵńū")
_KK_LATIN_WEAK = set("ñıýáóú")
_NOT_KK_LATIN = set("éèêëàâãåæçíìîïõôøœßłąęśćźżčřěšžāēīėįųķļņőűəð")
_KK_LATIN_WORDS = frozenset("""arqyly boldy bolyp boıynsha boiynşa búgin bügın degen dep edi eken emes jyl jyly joq
jáne jäne keıin keiın olar osy sıaqty siaqty turaly týraly úshin üşin""".split())


def _latin_kazakh_points(text: str) -> int:
    low = text.lower()
    letters = set(low)
    if letters & _NOT_KK_LATIN:
        return 0
    points = 2 * len(letters & _KK_LATIN_STRONG) + len(letters & _KK_LATIN_WEAK)
    words = _WORD.findall(low)
    orig = _WORD.findall(text)
    points += min(2, sum(1 for w in orig if len(regex.findall(r"q(?!u)", w.lower())) >= (1 if w.islower() else 2)))
    points += sum(1 for w in words if w in _KK_LATIN_WORDS)
    return points


def _detect_latin(text: str, prior: str | None) -> tuple[str, float]:
    # in a Kazakh document one point of Latin-Kazakh evidence is enough for a short line
    needed = LATIN_KAZAKH_MIN_POINTS_WITH_KK_PRIOR if prior == "kk" else LATIN_KAZAKH_MIN_POINTS
    if _latin_kazakh_points(text) >= needed:
        cyr = _latin_to_cyrillic(text)
        lang, conf = _choose(cyr, ("kk", "ru"), _WORD.findall(cyr), prior)
        if lang == "kk":
            return "kk", conf
    r = _detect_langdetect(text)  # 55 languages in 0.4 s and ~70 MB; lingua's Latin set costs 5 s, 500 MB
    letters = sum(1 for ch in text if ch.isalpha())
    return r.lang, r.confidence * min(1.0, letters / LATIN_FULL_CONFIDENCE_LETTERS)


def _detect_arabic(text: str) -> tuple[str, float]:
    """Arabic script by its letters: Kazakh (as written in China: the hamza ٴ and ٵ ٶ ٷ ٸ),
    Urdu, Uyghur, Persian, else Arabic."""
    letters = set(text)
    if letters & set("\u0674\u0675\u0676\u0677\u0678"):
        return "kk", 0.9
    if letters & set("ٹڈڑںے"):
        return "ur", 0.8
    if letters & set("ېۆۈ"):
        return "ug", 0.8
    if letters & set("پچژگ"):
        return "fa", 0.7
    return "ar", 0.6


# Codes the rules above answer besides the models (Cyrillic candidates, Arabic-script languages).
_RULE_LANGS = ("ba", "be", "kk", "ky", "mk", "ru", "sr", "tt", "uk", "ar", "fa", "ug", "ur")


@lru_cache(maxsize=1)
def known_languages() -> frozenset[str]:
    """Every ISO 639-1 code :func:`detect_language` can answer: the rules' codes, the
    script-owned languages and langdetect's profiles (read from its package, not loaded)."""
    import importlib.util
    import os

    codes = set(_RULE_LANGS) | {lang for lang, _ in _SCRIPT_LANG.values()}
    spec = importlib.util.find_spec("langdetect")
    if spec is not None and spec.origin:
        profiles = os.path.join(os.path.dirname(spec.origin), "profiles")
        try:
            codes |= {name.split("-")[0] for name in os.listdir(profiles)}
        except OSError:
            pass
    return frozenset(codes)


def detect_language(text: str, *, backend: str = "corpusclean", prior: str | None = None) -> LanguageResult:
    """The language of ``text`` (a sentence, a paragraph or a document).

    ``prior`` (optional ISO code, e.g. the document's language) tips the balance
    between Kazakh and Russian when the text itself says little.
    """
    return detect_counting_letters(text, backend=backend, prior=prior)[0]


def detect_counting_letters(text: str, *, backend: str = "corpusclean",
                            prior: str | None = None) -> tuple[LanguageResult, int]:
    """:func:`detect_language`'s answer and the number of letters (``str.isalpha``) in
    ``text``, which the script count has already found (the lang.detect step weighs each
    paragraph's answer by its letters)."""
    if backend not in BACKENDS:
        raise ValueError(f"unknown language-id backend {backend!r}; known: {', '.join(BACKENDS)}")
    script, n_letters = _dominant_script(text)
    if script is None:
        return LanguageResult(None, 0.0, None), n_letters
    if backend == "langdetect":
        return _detect_langdetect(text), n_letters
    if script == "Cyrillic":
        lang, conf = _detect_cyrillic(text, prior)
    elif script == "Latin":
        lang, conf = _detect_latin(text, prior)
    elif script == "Arabic":
        lang, conf = _detect_arabic(text)
    elif script in _SCRIPT_LANG:
        lang, conf = _SCRIPT_LANG[script]
    else:
        return LanguageResult(None, 0.0, script), n_letters
    return LanguageResult(lang, round(float(conf), 4), script), n_letters
