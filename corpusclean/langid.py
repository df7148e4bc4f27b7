"""Language identification that knows Kazakh, deterministic in every process.

>>> detect_language("Қазақстан осы өңірдегі бейбітшілікті қолдайды.").lang
'kk'
>>> detect_language("Партия провела съезд в Астане.").lang
'ru'
>>> detect_language("12.05.2024, 18:10") .lang is None
True

How the default backend (``"corpusclean"``) decides, cheapest evidence first:

1. No letters: ``lang`` is None.
2. Script: letters are counted per script.  Text mostly in a script that one
   language owns (Greek, Georgian, Hangul, ...) gets that language.  Latin letters
   inside Cyrillic words (``вiн`` with a Latin ``i``) are read as their Cyrillic
   look-alikes first.
3. Cyrillic text: letters that only some languages use decide which candidates
   the n-gram model may choose from: Ukrainian (ї є ґ, or і), Belarusian (ў),
   Serbian and Macedonian (ђ ј љ њ ћ џ ѓ ќ ѕ), Tatar (җ), Bashkir (ҡ ҙ ҫ),
   Kyrgyz (ө ү ң without any of ә ғ қ ұ һ і, plus a Kyrgyz spelling cue).
   Kazakh and Russian are always candidates.
4. Kazakh against Russian: the lingua n-gram model restricted to the candidates,
   plus two kinds of evidence it lacks on short text, added as log-odds: lowercase
   words spelt with Kazakh letters (capitalised ones may be names in a Russian
   text), and short function words that belong to one language only
   (``corpusclean/data/lid/*.txt``).
5. Latin text: Kazakh in Latin script (2017, 2018 and 2021 alphabets) is read by
   transliterating it to Cyrillic and scoring it as in 4; other Latin text goes to
   lingua restricted to common Latin-script languages.

The ``"langdetect"`` backend (named in the design card) is kept with its seed
fixed; it has no Kazakh profile and is not right for this corpus (see
docs/language.md).  Nothing is downloaded: lingua's models ship in its wheel.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable

import regex

__all__ = ["LanguageResult", "detect_language", "BACKENDS", "KAZAKH_LETTERS"]

BACKENDS = ("corpusclean", "langdetect")

# Letters of the Kazakh Cyrillic alphabet that Russian lacks.  ө ү ң are shared with
# Kyrgyz (and ө ү with Mongolian, ә һ with Tatar and Bashkir), і with Ukrainian and
# Belarusian, so each also goes through the candidate rules below.
KAZAKH_LETTERS = "әғқңөұүһі"
_KK_ONLY = set("әғқұһ")  # not in Kyrgyz; ә һ also Tatar/Bashkir, handled by their own letters
_KK_SHARED_TURKIC = set("өүң")
_UK_ONLY = set("їєґ")
_BE_ONLY = set("ў")
_SR_MK = set("ђјљњћџѓќѕ")
_TT_ONLY = set("җ")
_BA_ONLY = set("ҡҙҫ")

# --- thresholds and weights (log-odds units; set by reasoning, see docs/language.md) ----
# Lingua's probability is clipped so that a handful of other cues can still overturn a
# confident but wrong answer on a short text: 0.9975 <-> 6.0.
MODEL_LOGIT_CLIP = 6.0
# One function word that belongs to one language only: as strong as lingua being 92 %
# sure.  Two such words outweigh a clipped model answer only together with letters.
FUNCTION_WORD_WEIGHT = 2.5
# One lowercase word spelt with Kazakh letters (ә ғ қ ұ ү ө ң һ і).  Capitalised words
# are left out: in Russian news they are mostly Kazakh names and titles.
KAZAKH_WORD_WEIGHT = 1.5
# A neighbouring paragraph's (or the document's) language, for short paragraphs: a
# weak prior that only decides when the paragraph itself says little.
PRIOR_WEIGHT = 1.0
# At most this many characters go to the n-gram model: longer text gains nothing in
# accuracy and costs time linearly.
MODEL_MAX_CHARS = 2000

# Scripts that (nearly) one language owns.  Arabic and Devanagari are shared by
# several languages: they get the main one with a lower confidence.
_SCRIPT_LANG = {
    "Greek": ("el", 0.95), "Georgian": ("ka", 0.95), "Armenian": ("hy", 0.95), "Hebrew": ("he", 0.9),
    "Hangul": ("ko", 0.95), "Hiragana": ("ja", 0.95), "Katakana": ("ja", 0.95), "Thai": ("th", 0.95),
    "Arabic": ("ar", 0.6), "Devanagari": ("hi", 0.6), "Han": ("zh", 0.8), "Bengali": ("bn", 0.9),
    "Tamil": ("ta", 0.95), "Telugu": ("te", 0.95), "Gujarati": ("gu", 0.95), "Gurmukhi": ("pa", 0.95),
}

_WORD = regex.compile(r"[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*")
# Latin look-alikes inside a Cyrillic word, read as Cyrillic.
_HOMOGLYPHS = str.maketrans({
    "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "k": "к",
    "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "X": "Х", "I": "І", "K": "К", "M": "М",
    "H": "Н", "T": "Т", "B": "В",
})

_LINGUA_CYRILLIC = ("kk", "ru", "uk", "be", "bg", "mk", "sr", "mn")
_LINGUA_LATIN = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "tr", "az", "ro", "sv", "fi", "hu", "lv", "lt",
                 "et", "id")


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


def kazakh_function_words() -> frozenset[str]:
    return _wordlist("kk_function_words.txt")


def russian_function_words() -> frozenset[str]:
    return _wordlist("ru_function_words.txt")


# --- models (loaded once, on first use) ---------------------------------------------------
@lru_cache(maxsize=None)
def _lingua(codes: tuple[str, ...]):
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    langs = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in codes]
    return LanguageDetectorBuilder.from_languages(*langs).build()


def _lingua_probs(text: str, codes: Iterable[str]) -> dict[str, float]:
    codes = tuple(sorted(set(codes)))
    det = _lingua(codes)
    out = {c: 0.0 for c in codes}
    for cv in det.compute_language_confidence_values(text[:MODEL_MAX_CHARS]):
        out[cv.language.iso_code_639_1.name.lower()] = float(cv.value)
    return out


@lru_cache(maxsize=1)
def _langdetect_factory():
    from langdetect import DetectorFactory
    from langdetect.detector_factory import init_factory

    DetectorFactory.seed = 0  # langdetect samples n-grams at random; a fixed seed makes it repeatable
    init_factory()
    from langdetect import detector_factory

    return detector_factory._factory


def _detect_langdetect(text: str) -> LanguageResult:
    from langdetect.lang_detect_exception import LangDetectException

    script = _dominant_script(text)[0]
    factory = _langdetect_factory()
    det = factory.create()
    det.append(text)
    try:
        probs = det.get_probabilities()
    except LangDetectException:
        return LanguageResult(None, 0.0, script)
    if not probs:
        return LanguageResult(None, 0.0, script)
    best = probs[0]
    return LanguageResult(best.lang.split("-")[0], round(float(best.prob), 4), script)


# --- evidence ------------------------------------------------------------------------------
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


def _dominant_script(text: str) -> tuple[str | None, int]:
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            s = _script_of(ch)
            counts[s] = counts.get(s, 0) + 1
    if not counts:
        return None, 0
    best = max(sorted(counts), key=lambda s: counts[s])
    return best, sum(counts.values())


def _cyrillic_words(text: str) -> str:
    """Latin look-alikes inside mostly-Cyrillic words become Cyrillic (``вiн`` -> ``він``)."""

    def fix(m: regex.Match) -> str:
        w = m.group()
        cyr = sum(1 for ch in w if _script_of(ch) == "Cyrillic")
        return w.translate(_HOMOGLYPHS) if cyr and cyr < len(w) else w

    return _WORD.sub(fix, text)


def _kyrgyz_cue(words: list[str]) -> bool:
    """Kyrgyz spelling that Kazakh lacks: a velar before a back vowel written к/г
    (Kazakh writes қ/ғ), doubled long vowels, э at the start of a native word, ң."""
    for w in words:
        if "ң" in w or regex.search(r"[кг][аоуы]|аа|оо|уу|ээ|өө|үү|ыы|^э", w):
            return True
    return False


def _logit(p: float) -> float:
    p = min(max(p, 1e-9), 1 - 1e-9)
    return max(-MODEL_LOGIT_CLIP, min(MODEL_LOGIT_CLIP, math.log(p / (1 - p))))


def _kk_ru_score(text: str, words: list[str], p_kk: float, p_ru: float, prior: str | None) -> float:
    """Log-odds that the text is Kazakh rather than Russian."""
    total = p_kk + p_ru
    score = _logit(p_kk / total) if total > 0 else 0.0
    kk_fw, ru_fw = kazakh_function_words(), russian_function_words()
    for w in words:
        lw = w.lower()
        if lw in kk_fw:
            score += FUNCTION_WORD_WEIGHT
        elif lw in ru_fw:
            score -= FUNCTION_WORD_WEIGHT
        elif w == lw and any(ch in KAZAKH_LETTERS for ch in lw):
            score += KAZAKH_WORD_WEIGHT
    if prior == "kk":
        score += PRIOR_WEIGHT
    elif prior == "ru":
        score -= PRIOR_WEIGHT
    return score


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def _detect_cyrillic(text: str, prior: str | None) -> tuple[str, float]:
    text = _cyrillic_words(text)
    words = [w for w in _WORD.findall(text) if any(_script_of(c) == "Cyrillic" for c in w)]
    letters = {ch for ch in text.lower() if ch.isalpha()}
    if letters & _TT_ONLY and not letters & _BA_ONLY:
        return "tt", 0.9
    if letters & _BA_ONLY:
        return "ba", 0.9
    lower_words = [w.lower() for w in words]
    kk_only = bool(letters & _KK_ONLY)
    if not kk_only and "і" not in letters and letters & _KK_SHARED_TURKIC and _kyrgyz_cue(lower_words):
        return "ky", 0.9
    cands = {"kk", "ru"}
    if letters & _UK_ONLY or ("і" in letters and not kk_only and not letters & _KK_SHARED_TURKIC):
        cands |= {"uk", "be"}
    if letters & _BE_ONLY:
        cands.add("be")
    if letters & _SR_MK:
        cands |= {"sr", "mk"}
    if not letters & set("ыэё") and regex.search(r"ъ[^аеёиоуыэюя\W]|ъ\b", text.lower()):
        cands.add("bg")  # Bulgarian writes ъ as a vowel; Russian only before е ё ю я
    probs = _lingua_probs(text, cands)
    best = max(sorted(probs), key=lambda c: probs[c])
    if best not in ("kk", "ru"):
        return best, probs[best]
    score = _kk_ru_score(text, words, probs.get("kk", 0.0), probs.get("ru", 0.0), prior)
    share = probs.get("kk", 0.0) + probs.get("ru", 0.0)
    p = _sigmoid(score)
    return ("kk", p * share) if score > 0 or (score == 0 and prior == "kk") else ("ru", (1 - p) * share)


# Kazakh Latin alphabets: 2021 (ä ğ ı ñ ö ş ū ü), 2018 (á ǵ ı ń ó ú ý, sh ch), 2017 (a' g' n'
# o' u' y' i' s' c').  Read back into Cyrillic to score them with the Kazakh model.
_KK_LATIN_MARKS = set("áǵńóúýäğñūıÁǴŃÓÚÝÄĞÑŪ")
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


def _detect_latin(text: str, prior: str | None) -> tuple[str, float]:
    probs = _lingua_probs(text, _LINGUA_LATIN)
    best = max(sorted(probs), key=lambda c: probs[c])
    marks = sum(1 for ch in text if ch in _KK_LATIN_MARKS)
    turkic_guess = best in ("tr", "az")
    if marks or turkic_guess or "q" in text.lower():
        cyr = _latin_to_cyrillic(text)
        words = _WORD.findall(cyr)
        kk_probs = _lingua_probs(cyr, ("kk", "ru"))
        score = _kk_ru_score(cyr, words, kk_probs["kk"], kk_probs["ru"], prior)
        # Latin-script Kazakh needs either its own letters or a Turkic-looking text whose
        # Cyrillic reading is clearly Kazakh.
        if score > 0 and (marks or score > MODEL_LOGIT_CLIP / 2):
            return "kk", _sigmoid(score)
    return best, probs[best]


def detect_language(text: str, *, backend: str = "corpusclean", prior: str | None = None) -> LanguageResult:
    """The language of ``text`` (a sentence, a paragraph or a document).

    ``prior`` (optional ISO code, e.g. the document's language) tips the balance
    between Kazakh and Russian when the text itself says little.
    """
    if backend not in BACKENDS:
        raise ValueError(f"unknown language-id backend {backend!r}; known: {', '.join(BACKENDS)}")
    script, n_letters = _dominant_script(text)
    if script is None:
        return LanguageResult(None, 0.0, None)
    if backend == "langdetect":
        return _detect_langdetect(text)
    if script == "Cyrillic":
        lang, conf = _detect_cyrillic(text, prior)
    elif script == "Latin":
        lang, conf = _detect_latin(text, prior)
    elif script in _SCRIPT_LANG:
        lang, conf = _SCRIPT_LANG[script]
    else:
        return LanguageResult(None, 0.0, script)
    return LanguageResult(lang, round(float(conf), 4), script)
