"""Find party mentions in text.

One pass over word starts walks a character trie of every surface form of every name
(nominatives and Russian case forms).  Characters are folded before the walk: lower
case, Latin look-alike letters mapped to one skeleton (so ``Аmanat`` with a Cyrillic
``А`` meets ``Amanat``), and spaces, hyphens and dashes between words skipped (so
``НурОтан``, ``Nur-Otan`` and ``Nur Otan`` are one key).  After a stem, the rest of the
word (or a hyphenated suffix, also ``Nur Otan – ның``) must be a Kazakh suffix chain
licensed by the stem's final sound and harmony (:mod:`.morph`).

A candidate then passes the context rules (docs/parties.md):

* letter abbreviations match only as written (case and script exact);
* forms that are also common words (отан, аманат, ауыл, ақ жол, адал, байтақ,
  республика ...) need a capital letter and quotes or a party cue next to them
  (партия, партии, партиясы, фракция ...); with a derivational suffix (-лық) only
  quotes count (``Республикалық партия`` is 'Republican party');
* ``Отан`` alone needs a party cue, and when the publication date is known it must
  fall in the name's period;
* a common-word name is not taken before its period began (date known);
* forms with ``near`` words need one of them close by; an ambiguous abbreviation
  (КПК) goes to the reading whose near word is nearest, or whose closed period holds a
  year written in its sentence, or to none (ЦК is no country's cue);
* a common-word name whose evidence is only its form (quotes, title case) needs party
  context in its sentence or the one before (:mod:`.context`), and is not a party when a
  head noun names another kind of body («Бірлік» форумы, платформа «Аманат»);
* member nouns and adjectives (нуротановцы, ақжолдықтар) are mentions of kind ``derived``.
"""

from __future__ import annotations

import bisect
import re

import datetime as _dt
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

import regex

from .context import (SentenceIndex, has_party_context, head_after_names_other_body, head_before_names_other_body,
                      is_context_word)
from .morph import kk_class, kk_tails, latin_tail
from .registry import Form, Name, Organisation, Registry

__all__ = ["Mention", "Matcher", "fold", "doc_language"]

# Latin and Cyrillic letters that look alike fold to one skeleton character.
_FOLD = str.maketrans({
    "а": "a", "е": "e", "ё": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j",
    "ѕ": "s", "һ": "h", "в": "b", "н": "h", "к": "k", "м": "m", "т": "t", "ʻ": "'", "’": "'", "‘": "'",
})
SEPARATORS = frozenset(" \u00a0\u202f-\u2010\u2011\u2012\u2013\u2014")
DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014")
OPEN_QUOTES = frozenset("«„“\"'‘‹”")
CLOSE_QUOTES = frozenset("»“”\"'’›")
MAX_SEPARATOR_RUN = 3  # "Nur – Otan": space, dash, space

# Words that make a following or preceding bare name a party (GRAMMAR §3.2, §6).
_CUE_BEFORE = frozenset("""партия партии партию партией партиею партиях партиям партиями фракция фракции фракцию
фракцией фракциях съезд съезда съезде съездом съезду партиясы партиясының фракциясы party partisi
partiyasy крыло крыла крылом крыле движение движения движению движением движении""".split())
# Abbreviations of party types written before a name: НДПП «Ауыл», ДПК «Ак жол», РПП «Отан».
_CUE_BEFORE_EXACT = frozenset({"НДПП", "ДПК", "РПП", "НДП", "ХДП", "НП", "ДП"})
_CUE_AFTER_PREFIXES = ("партия", "партии", "партию", "партией", "партиясы", "партиял", "фракция", "фракци", "қозғалыс",
                       "partiya", "partiia", "partiy", "party", "partisi", "partia", "partıı", "partii")
_MODIFIER_AFTER = regex.compile(r"^(?:саяси|жасылдар|халық|қазақстан|жастар|\w+(?:лық|лік|дық|дік|тық|тік))$")
# Movement words are cues only bare: "движение «Жас Отан»", not "волонтёрское движение «Асар»"
_MOVEMENT = ("движени", "қозғалыс")
_RU_ADJECTIVE_BEFORE = regex.compile(r"\w{2,}(?:ое|ого|ому|ым|ом|ой|ая|ую|ые|ых|ым)\s+$")
# A youth wing: name + жастар қанаты (the wing word is a cue only after жастар)
_WING_AFTER = ("қанат",)
_WORD = regex.compile(r"[\w\-ʻ’']+")
# Kinds of thing that carry a common-word name and are not parties (a newspaper
# «Республика», a civic platform «Аманат», a forum «Бірлік», a village Ақжол, a company):
# the head noun before the opening quote (Russian: газета «Республика») or after the name
# (Kazakh: «Байтақ» газеті, «Асар» волонтёр жастар тобы) names the kind; such a name is not
# a party whatever the quotes.  The lists are data (corpusclean/data/parties/heads_*.txt).
# The name is talked about as a word: «Адал» – это по-казахски «честный», «Аманат» сөзі.
_META_AFTER = regex.compile(r"^[\s»”“\"']*(?:[–—-]\s*(?:это\s+)?)?(?:по-казахски|по-русски|по-английски|означа|переводит"
                            r"|в переводе|деген сөз|дегеніміз|сөзі|мағына)", regex.IGNORECASE)
# Kazakh words for a party's people and bodies: a common-word name in the genitive before
# one of them (Ақ жолдың депутаттары, Жастар Рухының белсенділері) is the party.
_MEMBER_MODIFIERS = frozenset({"жаңа", "бұрынғы", "өңірлік", "облыстық", "қалалық", "аудандық", "мәжілістегі"})
_MEMBER_AFTER = ("депутат", "мүше", "төраға", "төрайым", "хатшы", "фракция", "съез", "филиал", "белсенді",
                 "жетекші", "көшбасшы", "үміткер")
# Words that join two names in a list: a capitalised common-word name next to a party
# mention across one of them (У Республики и «Ак жола») is a party too.
_COORDINATION = regex.compile(r"^[\s»“”\"']*(?:,|и|или|а также|және|мен|бен|пен|and|,\s*и)[\s«„“\"']*$")

# A common-word name is not taken this long before its registry period began (news of
# a planned name precedes registration; 60 days covers the 2022 AMANAT and Baytaq cases
# in the reference, where the congress preceded the registry date by days to weeks).
PERIOD_GRACE_DAYS = 60
# How far (characters, each side) near-words for abbreviations are looked for: about two
# sentences of news prose; "ЦК КПК" and "Китай" in seed-like texts are 20-300 apart.
NEAR_WINDOW = 400
# Share of Latin letters above which a text is Latin-script Kazakh, where Latin spellings
# of common words (Adal, Auyl) need the same evidence as Cyrillic ones.
LATIN_TEXT_SHARE = 0.5


def fold(s: str) -> str:
    return s.lower().translate(_FOLD)


# fold() of single characters, as met (a text uses a few hundred distinct characters)
_FOLDED: dict[str, str] = {}
_FOLDED_MAX = 8192


@dataclass
class Mention:
    start: int
    end: int
    org: Organisation
    name: Name
    form: Form
    surface: str
    case: str = ""  # Russian case of the surface, "" when nominative or not Russian
    stem_end: int = 0
    tail: str = ""  # Kazakh suffix chain as written (without separator)
    tail_morphs: tuple[str, ...] = ()
    quoted: bool = False
    # a suffix written after the closing quote («AMANAT»-тың): span of the suffix itself;
    # the mention (and the entity) is the name inside the quotes
    outer_tail: tuple[int, int] | None = None
    # a capitalised common-word name inside a sentence without other evidence
    weak: bool = False
    # a common-word name whose only evidence is its form (quotes, capitals, a list):
    # it needs party context in its sentence or the one before (docs/parties.md, rule 12)
    needs_context: bool = False

    @property
    def kind(self) -> str:
        """``derived`` for member nouns and adjectives (нуротановцы, нұротандықтар), else ``name``."""
        return "derived" if "derived" in self.form.flags or "deriv" in self.tail_morphs else "name"

    def entity(self) -> dict:
        return {"id": self.org.id, "name": self.name.label, "surface": self.surface, "start": self.start,
                "end": self.end, "kind": self.kind}


def doc_language(text: str, declared: str | None = None) -> str:
    """``ru`` or ``kk``: the declared language when it is one of them, else a guess from
    Kazakh-only letters."""
    if declared in ("ru", "kk"):
        return declared
    letters = sum(1 for c in text if c.isalpha())
    kaz = sum(1 for c in text if c in "әғқңөұүһіӘҒҚҢӨҰҮҺІ")
    return "kk" if letters and kaz / letters > 0.01 else "ru"


def _date(value) -> _dt.date | None:
    if not value:
        return None
    try:
        return _dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _bound(s: str | None) -> _dt.date | None:
    if not s:
        return None
    parts = (s + "-01-01")[:10] if len(s) == 4 else (s + "-01")[:10] if len(s) == 7 else s[:10]
    return _date(parts)


_TERM = ""


class Matcher:
    def __init__(self, registry: Registry):
        self.registry = registry
        self.trie: dict = {}
        for org, name, form, text, case in registry.surface_forms():
            node = self.trie
            for ch in fold(text):
                if ch in SEPARATORS:
                    continue
                node = node.setdefault(ch, {})
            node.setdefault(_TERM, []).append((org, name, form, case))

    # --- scanning ---------------------------------------------------------------------
    def find(self, text: str, published=None) -> list[Mention]:
        """Mentions in ``text``, left to right, not overlapping; ``published`` (an ISO date
        or datetime string, or None) enables the period rules."""
        date = _date(published)
        latin_text = _latin_share(text) > LATIN_TEXT_SHARE
        out: list[Mention] = []
        weak: list[Mention] = []
        sentences = SentenceIndex(text)
        i = 0
        # Only word starts whose first character can begin a walk down the trie can start a
        # mention (at any other word start the walk finds nothing): they are found by one
        # regex search instead of a loop over every character.
        for start in _start_chars(frozenset(self.trie)).finditer(text):
            j = start.start()
            if j < i or not text[j].isalnum() or (j > 0 and text[j - 1].isalnum()):
                continue
            m = self._at(text, j, date, latin_text, weak, sentences)
            if m is None:
                continue
            out.append(m)
            i = m.end
        return _with_party_context(text, _join_listed(text, out, weak), sentences)

    def _walk(self, text: str, i: int) -> list[tuple[int, list]]:
        node, j, n = self.trie, i, len(text)
        ends = []
        folded = _FOLDED
        while j < n:
            c = text[j]
            if c in SEPARATORS:
                k = j
                while k < n and text[k] in SEPARATORS and k - j <= MAX_SEPARATOR_RUN:
                    k += 1
                if k >= n or text[k] in SEPARATORS or not text[k].isalnum() or fold(text[k]) not in node:
                    break
                if sum(1 for x in text[j:k] if x in DASHES) > 1:
                    break
                j = k
                continue
            f = folded.get(c)
            if f is None:
                f = fold(c)
                if len(folded) < _FOLDED_MAX:
                    folded[c] = f
            if len(f) != 1 or f not in node:
                break
            node = node[f]
            j += 1
            if _TERM in node:
                ends.append((j, node[_TERM]))
        return ends

    def _at(self, text: str, i: int, date, latin_text: bool, weak: list | None = None,
            sentences: SentenceIndex | None = None) -> Mention | None:
        for stem_end, readings in reversed(self._walk(text, i)):
            candidates = []
            for org, name, form, case in readings:
                tail = self._tail(text, stem_end, form, case)
                if tail is None:
                    continue
                end, tail_text, morphs, outer = tail
                if "abbr" in form.flags and text[i:stem_end] != form.text:
                    continue
                m = Mention(i, end, org, name, form, text[i:end], case, stem_end, tail_text, morphs, outer_tail=outer)
                m.quoted = _quoted(text, i, stem_end, end)
                if self._accept(m, text, date, latin_text, sentences):
                    candidates.append(m)
                elif m.weak and weak is not None and not any(w.start == m.start for w in weak):
                    weak.append(m)
            chosen = self._resolve(candidates, text, date, sentences)
            if chosen is not None:
                return chosen
        return None

    @staticmethod
    def _tail(text: str, stem_end: int, form: Form, case: str):
        """(end, tail, morphemes) if what follows the stem ends the word or is a licensed
        Kazakh suffix chain; None otherwise."""
        n = len(text)
        if stem_end >= n or not (text[stem_end].isalnum()):
            if not case and form.kk != "none":
                tails = _tails_for(form)
                hyph = _hyphen_tail(text, stem_end)
                if hyph and text[hyph[0]:hyph[1]].lower() in tails:
                    word = text[hyph[0]:hyph[1]]
                    return hyph[1], word, tails[word.lower()], None
                if stem_end < n and text[stem_end] in CLOSE_QUOTES:
                    hyph = _hyphen_tail(text, stem_end + 1)
                    if hyph and text[hyph[0]:hyph[1]].lower() in tails:
                        word = text[hyph[0]:hyph[1]]
                        return stem_end, word, tails[word.lower()], hyph
            return stem_end, "", (), None
        if case or form.kk == "none":
            return None
        k = stem_end
        while k < n and text[k].isalnum():
            k += 1
        word = text[stem_end:k]
        tails = _tails_for(form)
        if word.lower() in tails:
            return k, word, tails[word.lower()], None
        return None

    def _accept(self, m: Mention, text: str, date, latin_text: bool, sentences: SentenceIndex | None = None) -> bool:
        f, name = m.form, m.name
        first = m.surface[:1]
        latin = f.is_latin
        common = "common" in f.flags or (latin and "common_latn" in f.flags and latin_text
                                          and not (f.text.isupper() and text[m.start:m.stem_end].isupper()))
        # (AMANAT, YNTYMAQ in capitals are the party's styling, not the word)
        member_word = common and _fused_member_word(text, m)
        if member_word:
            # ақжолдықтар, Ақжолдық депутат: a multiword name fused with -лық is no ordinary
            # word (ауылдық 'rural' and отандық 'domestic' are: one-word names stay below)
            return True
        if (common or latin or "cap" in f.flags or "cue" in f.flags or "generic" in f.flags) and not first.isupper():
            # a lower-case common-word name counts only quoted right next to a party cue:
            # партии «ак жол»
            if not ("common" in f.flags and m.quoted
                    and (_cue_before(text, m.start, 0) or _cue_after(text, m.end, 0))):
                return False
        if "common" in f.flags and _generic_around(text, m):
            return False
        if "generic" in f.flags and not _generic_name_ok(text, m):
            return False
        if date is not None and (common or "cue" in f.flags or "generic" in f.flags):
            start = _bound(name.valid_from)
            if start is not None and date < start - _dt.timedelta(days=PERIOD_GRACE_DAYS):
                return False
            if "period" in f.flags:
                stop = _bound(name.valid_to)
                if stop is not None and date > stop:
                    return False
        if "cue" in f.flags:
            near_cue = _cue_before(text, m.start, 0) or _cue_after(text, m.end, 0)
            quoted_cue = m.quoted and (_cue_before(text, m.start, 2) or _cue_after(text, m.end, 2))
            if not (near_cue or quoted_cue):
                return False
        elif common:
            if not m.quoted and _followed_by_name(text, m.end):
                return False  # "партии Азат Перуашев": a person, not the party
            derived = "deriv" in m.tail_morphs
            strong = not derived and (_cue_before(text, m.start, 2) or _cue_after(text, m.end, 2)
                                      or _genitive_before_member(text, m))
            # a suffix after a hyphen (Amanat-tyñ) is how a name is declined, not a common word
            hyphenated = bool(m.tail) and m.stem_end < len(text) and text[m.stem_end] in DASHES
            evidence = strong or m.quoted or hyphenated or (not derived and _title_cased_inside_sentence(text, m))
            if not evidence:
                if not derived and first.isupper():
                    m.weak = True  # kept aside: a party if a list joins it to a party mention
                    m.needs_context = True
                return False
            # A Russian case form («Ак жолом», «Ауыла») stands for an organisation on its own
            # (after a head noun the name stays nominative: платформа «Аманат»), and a quoted
            # name with every word capitalised («Жастар Рухы») is a proper name: both need
            # no more context.  Other quoted or title-cased forms do (rule 12).
            m.needs_context = not (strong or m.case or _title_cased_multiword(text, m))
        if f.near and "ambiguous" not in f.flags and _near_score(text, m.start, m.end, f.near) == 0:
            return False
        return True

    @staticmethod
    def _resolve(cands: list[Mention], text: str, date, sentences: SentenceIndex | None = None) -> Mention | None:
        # An ambiguous abbreviation (КПК: China, Kazakhstan, the Kazakh SSR) takes the reading
        # its context supports: a near word (the nearest country wins), or a closed period
        # holding a year written in the mention's sentence (ЦК КПК in 1989).  A reading whose
        # period excludes that year, or else the publication date, is out.
        if any("ambiguous" in c.form.flags for c in cands):
            year = _year_near(text, cands[0].start, sentences)
            when = year or date
            kept = []
            for c in cands:
                if "ambiguous" not in c.form.flags:
                    kept.append(c)
                    continue
                if when is not None and not _in_period(c.name, when):
                    continue
                if _near_distance(text, c.start, c.end, c.form.near) is not None or (
                        year is not None and c.name.valid_to and _in_period(c.name, year)):
                    kept.append(c)
            cands = kept
        if not cands:
            return None
        ids = {c.org.id for c in cands}
        if len(ids) == 1:
            return cands[0]
        # several organisations: the one whose period holds the date
        if date is not None:
            inside = [c for c in cands if _in_period(c.name, date)]
            if len({c.org.id for c in inside}) == 1:
                return inside[0]
            cands = inside or cands
        # then the one whose near word is closest; a tie goes to the one with more of them
        ranked = sorted(((_near_distance(text, c.start, c.end, c.form.near), -_near_score(text, c.start, c.end, c.form.near),
                          c.org.id, c) for c in cands), key=lambda t: (t[0] is None, t[0] or 0, t[1], t[2]))
        best = ranked[0]
        if best[0] is None:
            return None
        if len(ranked) == 1 or ranked[1][0] is None or (ranked[1][0], ranked[1][1]) != (best[0], best[1]):
            return best[3]
        return None


_LYQ_END = regex.compile(r"(?:лық|лік|дық|дік|тық|тік)$")
_YEAR = regex.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def _year_near(text: str, pos: int, sentences: SentenceIndex | None) -> _dt.date | None:
    """The year written closest to ``pos`` in its sentence, as 1 July of that year."""
    if sentences is None:
        return None
    lo, hi = sentences.sentence(pos, pos + 1)
    years = [(abs(m.start() - pos), m.start(), int(m.group())) for m in _YEAR.finditer(text, lo, hi)]
    if not years:
        return None
    return _dt.date(min(years)[2], 7, 1)


def _inside_sentence(text: str, start: int) -> bool:
    """A word or a comma (not a sentence end, not the start of the text) stands before."""
    k = start
    while k > 0 and text[k - 1] in " \u00a0«„“\"'":
        k -= 1
    return k > 0 and (text[k - 1].isalnum() or text[k - 1] in ",;:")


def _generic_around(text: str, m: Mention) -> bool:
    """The word before the opening quote or after the closing quote (past adjectives in
    -лық/-лік: «Аманат» қоғамдық қоры) names a non-party kind of thing (газета
    «Республика», «Байтақ» газеті).  A declined name after a noun is its possessor
    (программа «Ак жола», «Ақ жолдың» бағдарламасы), not its kind."""
    if m.case or m.tail:
        return False
    if m.quoted and _META_AFTER.match(text[m.end:m.end + 40]):
        return True
    k = m.start - (1 if m.quoted else 0)
    while k > 0 and text[k - 1] in " \u00a0":
        k -= 1
    e = k
    while k > 0 and text[k - 1].isalnum():
        k -= 1
    if e > k and head_before_names_other_body(text[k:e]):
        return True
    j = m.end
    while j < len(text) and (text[j] in CLOSE_QUOTES or text[j] in " \u00a0"):
        j += 1
    for _ in range(3):
        s = j
        while j < len(text) and (text[j].isalnum() or text[j] == "-"):
            j += 1
        word = text[s:j].lower()
        if not word:
            return False
        if head_after_names_other_body(word):
            return True
        if not _LYQ_END.search(word) or is_context_word(word):
            return False  # a head that is no kind of body, or a party adjective (депутаттық тобы)
        while j < len(text) and text[j] in " \u00a0":
            j += 1
    return False


_KK_GENITIVE = regex.compile(r"(?:ның|нің|дың|дің|тың|тің)$")
_RU_ADJ = regex.compile(r"(?:ая|яя|ой|ей|ую|юю)$")


def _generic_name_ok(text: str, m: Mention) -> bool:
    """A short name made of generic words (Народная партия, Халық партиясы) is the party
    when quoted, or capitalised inside a sentence and neither followed by a capitalised
    word (Народная партия Испании) nor after a capitalised Kazakh genitive (Испанияның
    Халық партиясы) or Russian adjective (Испанская Народная партия)."""
    if m.quoted:
        return True
    if not _inside_sentence(text, m.start) or _followed_by_name(text, m.end):
        return False
    k = m.start
    while k > 0 and text[k - 1] in " \u00a0":
        k -= 1
    e = k
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    before = text[k:e]
    return not (before[:1].isupper() and (_KK_GENITIVE.search(before.lower()) or _RU_ADJ.search(before.lower())))


def _genitive_before_member(text: str, m: Mention) -> bool:
    """A Kazakh genitive name followed by a word for party members or bodies."""
    if not m.tail_morphs or m.tail_morphs[-1] != "gen":
        return False
    after = text[m.end:m.end + 60].lstrip(" \u00a0»“”\"'").lower()
    first, _sp, rest = after.partition(" ")
    if first in _MEMBER_MODIFIERS:  # Жастар Рухы-ның жаңа төрағасы
        after = rest.lstrip(" \u00a0")
    return after.startswith(_MEMBER_AFTER)


# A list word or comma between two names is short: "«Ак жола», «Ауыла» и".
LIST_GAP_MAX_CHARS = 12


def _join_listed(text: str, out: list[Mention], weak: list[Mention]) -> list[Mention]:
    """Weak candidates joined to an accepted mention by a list word or comma.

    Only the nearest accepted mention on each side can be joined (a gap holding another
    name is no list gap), so each candidate looks at two neighbours found by bisection:
    linear in the number of mentions, whatever the text's length.
    """
    accepted = sorted(out, key=lambda x: (x.start, x.end))
    starts = [m.start for m in accepted]
    pending = sorted((w for w in weak), key=lambda x: (x.start, x.end))
    added: list[Mention] = []
    changed = True
    while changed and pending:  # a list of several: «Ак жола, Ауыла и Respublica»
        changed = False
        rest: list[Mention] = []
        for w in pending:
            i = bisect.bisect_left(starts, w.start)
            prev = accepted[i - 1] if i > 0 else None
            nxt = accepted[i] if i < len(accepted) else None
            if (prev is not None and prev.end > w.start) or (nxt is not None and nxt.start < w.end):
                continue  # overlaps an accepted mention: never joined
            gaps = []
            if prev is not None:
                gaps.append((prev.end, w.start))
            if nxt is not None:
                gaps.append((w.end, nxt.start))
            joined = any(b - a <= LIST_GAP_MAX_CHARS and _COORDINATION.match(text[a:b]) for a, b in gaps)
            if joined:
                accepted.insert(i, w)
                starts.insert(i, w.start)
                added.append(w)
                changed = True
            else:
                rest.append(w)
        pending = rest
    if not added:
        return out
    return sorted(out + added, key=lambda x: x.start)


def _title_cased_multiword(text: str, m: Mention) -> bool:
    words = _WORD.findall(text[m.start:m.stem_end])
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and not text[m.start:m.stem_end].isupper()


def _fused_member_word(text: str, m: Mention) -> bool:
    """A multiword name written as one word with the derivational suffix: ақжолдықтар,
    Ақжолдық (a member noun or adjective), not ақ жолдық."""
    if "deriv" not in m.tail_morphs or len(m.form.text.split()) < 2:
        return False
    return not any(c in SEPARATORS for c in text[m.start:m.stem_end])


def _with_party_context(text: str, mentions: list[Mention], sentences: SentenceIndex) -> list[Mention]:
    """Drop the mentions that need party context and have none: no context word in their
    sentence or the one before, and no mention there that stands on its own evidence.
    A mention with context words counts as such evidence for the others (a list of
    common-word names after one партия)."""
    needy = [m for m in mentions if m.needs_context or m.weak]
    if not needy:
        return mentions
    windows = {id(m): sentences.window(m.start, m.end) for m in needy}
    ok = {id(m) for m in needy if has_party_context(text, *windows[id(m)])}
    anchors = [m.start for m in mentions if not (m.needs_context or m.weak) or id(m) in ok]
    anchors.sort()
    keep = []
    for m in mentions:
        if (m.needs_context or m.weak) and id(m) not in ok:
            lo, hi = windows[id(m)]
            i = bisect.bisect_left(anchors, lo)
            if not (i < len(anchors) and anchors[i] < hi):
                continue
        keep.append(m)
    return keep


def _title_cased_inside_sentence(text: str, m: Mention) -> bool:
    """A multiword name with every word capitalised, not at a sentence start (``Ақ Жол``,
    ``Жастар Рухы`` inside a sentence), is a proper name, not the phrase ``ақ жол``."""
    words = _WORD.findall(text[m.start:m.stem_end])
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or text[m.start:m.stem_end].isupper():
        return False
    k = m.start
    while k > 0 and text[k - 1] in " \u00a0":
        k -= 1
    if not (k > 0 and (text[k - 1].isalnum() or text[k - 1] in ",;:")):
        return False
    # a wish ("Сапарыңызға Ақ Жол!", "Ақ Жол тілейміз") is not a party
    after = text[m.end:m.end + 20].lstrip(" \u00a0")
    return not (after.startswith("!") or after.lower().startswith(("тіле", "желаю", "желаем")))


def _followed_by_name(text: str, end: int) -> bool:
    """The next word (after one space) is capitalised and not a party cue: the match is
    the first part of a longer proper name, typically a person (Азат Перуашев)."""
    if end >= len(text) or text[end] != " ":
        return False
    k = end + 1
    s = k
    while k < len(text) and text[k].isalpha():
        k += 1
    word = text[s:k]
    low = word.lower()
    return (bool(word) and word[:1].isupper() and not word.isupper()
            and not low.startswith(_CUE_AFTER_PREFIXES + ("қазақстан", "казахстан")))


def _in_period(name: Name, date) -> bool:
    a, b = _bound(name.valid_from), _bound(name.valid_to)
    return (a is None or a <= date) and (b is None or date <= b)


@lru_cache(maxsize=None)
def _tails_cached(cls: str, harmony: str, last: str, mode: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    if mode in ("suffix", "suffix+px3"):
        out.update(kk_tails(cls, harmony, last))
    if mode in ("px3", "suffix+px3"):
        for t, seq in kk_tails("V", harmony, "", True).items():
            out.setdefault(t, seq)
    for t, seq in list(out.items()):  # the same chains in Latin-script Kazakh (GRAMMAR §5)
        out.setdefault(latin_tail(t, "2021"), seq)
        out.setdefault(latin_tail(t, "2018"), seq)
    return out


def _tails_for(form: Form) -> dict[str, tuple[str, ...]]:
    last_word = form.text.split(" ")[-1]
    cls, harmony = kk_class(last_word, abbreviation="abbr" in form.flags)
    return _tails_cached(cls, harmony, last_word[-1:].lower(), form.kk)


def _hyphen_tail(text: str, pos: int):
    """Span of a suffix written after a hyphen or spaced dash: ``-ға``, `` – ның``."""
    n, k = len(text), pos
    if k < n and text[k] == " ":
        k += 1
    if k >= n or text[k] not in DASHES:
        return None
    spaced_before = k > pos
    k += 1
    if k < n and text[k] == " ":
        if not spaced_before:
            return None
        k += 1
    elif spaced_before:
        return None
    s = k
    while k < n and text[k].isalpha():
        k += 1
    if k == s or (k < n and text[k].isalnum()):
        return None
    return s, k


def _quoted(text: str, start: int, stem_end: int, end: int) -> bool:
    if start == 0 or text[start - 1] not in OPEN_QUOTES:
        return False
    return (end < len(text) and text[end] in CLOSE_QUOTES) or (stem_end < len(text) and text[stem_end] in CLOSE_QUOTES)


def _cue_before(text: str, start: int, max_between: int) -> bool:
    """A party cue word among the words just before ``start`` (quotes and spaces between
    are fine; other punctuation ends the search)."""
    k = start
    between = 0
    while True:
        # the mention's own opening quote may stand between; a closing quote on the left
        # ends another quoted name ("партии «Ак жол» Азат Перуашев"), so the search stops
        while k > 0 and (text[k - 1] in " \u00a0" or (between == 0 and text[k - 1] in OPEN_QUOTES)):
            k -= 1
        e = k
        while k > 0 and (text[k - 1].isalnum() or text[k - 1] == "-"):
            k -= 1
        word = text[k:e]
        if not word:
            return False
        if word.lower() in _CUE_BEFORE or word in _CUE_BEFORE_EXACT:
            # a movement with an adjective before it (волонтёрское, общественное движение)
            # is some other kind of movement, not the party's
            return not (word.lower().startswith(_MOVEMENT) and _RU_ADJECTIVE_BEFORE.search(text[max(0, k - 30):k]))
        between += 1
        if between > max_between or word[:1].isupper():
            return False  # a capitalised word between belongs to another name


def _cue_after(text: str, end: int, max_between: int) -> bool:
    """A party cue word among the words just after ``end`` (Kazakh: name + партиясы)."""
    k, n = end, len(text)
    between = 0
    prev = ""
    while True:
        while k < n and (text[k] in " \u00a0" or (between == 0 and text[k] in CLOSE_QUOTES)):
            k += 1
        if between == 0 and k < n and text[k] in DASHES and k > end and text[k + 1:k + 2] == " ":
            k += 1  # a definition: Байтак – партия зелёных
            while k < n and text[k] in " \u00a0":
                k += 1
        s = k
        while k < n and (text[k].isalnum() or text[k] == "-"):
            k += 1
        word = text[s:k].lower()
        if not word:
            return False
        if word.startswith(_CUE_AFTER_PREFIXES) or (prev == "жастар" and word.startswith(_WING_AFTER)):
            # «Асар» қоғамдық қозғалысы: a movement with an adjective between is another kind
            return not (word.startswith(_MOVEMENT) and between > 0)
        prev = word
        if between >= max_between or not _MODIFIER_AFTER.match(word):
            return False
        between += 1


def _near_distance(text: str, start: int, end: int, words: Iterable[str]) -> int | None:
    """Characters between the mention and the closest near word within NEAR_WINDOW, or None."""
    lo, hi = max(0, start - NEAR_WINDOW), min(len(text), end + NEAR_WINDOW)
    best = None
    low = text.lower()
    for w in words:
        for m in _near_pattern(w).finditer(low, lo, hi):
            if m.end() <= start:
                d = start - m.end()
            elif m.start() >= end:
                d = m.start() - end
            else:
                continue  # the mention itself
            best = d if best is None else min(best, d)
    return best


def _near_score(text: str, start: int, end: int, words: Iterable[str]) -> int:
    lo, hi = max(0, start - NEAR_WINDOW), min(len(text), end + NEAR_WINDOW)
    window = " " + text[lo:start].lower() + " " + text[end:hi].lower()
    window = _SPACES.sub(" ", window)
    score = 0
    for w in words:
        score += len(_word_start_pattern(w).findall(window))
    return score


_SPACES = regex.compile(r"\s+")


@lru_cache(maxsize=None)
def _near_pattern(word: str) -> regex.Pattern:
    """``word`` at a word start, its spaces matching any run of spaces (compiled once)."""
    return regex.compile(r"(?<!\w)" + regex.escape(word).replace(r"\ ", r"\s+"))


@lru_cache(maxsize=None)
def _word_start_pattern(word: str) -> regex.Pattern:
    return regex.compile(r"(?<!\w)" + regex.escape(word))


def _latin_share(text: str) -> float:
    latin = cyr = 0
    for c, count in Counter(text).items():  # per distinct character: a text has few
        if "a" <= c.lower() <= "z":
            latin += count
        elif "\u0400" <= c <= "\u04ff":
            cyr += count
    return latin / (latin + cyr) if latin + cyr else 0.0


def _char_class(points: list[int]) -> str:
    """A character class body (stdlib ``re``) with runs of code points as ranges."""
    parts, i = [], 0
    while i < len(points):
        j = i
        while j + 1 < len(points) and points[j + 1] == points[j] + 1:
            j += 1
        lo, hi = chr(points[i]), chr(points[j])
        parts.append(re.escape(lo) if i == j else f"{re.escape(lo)}-{re.escape(hi)}")
        i = j + 1
    return "".join(parts)


@lru_cache(maxsize=8)
def _start_chars(first: frozenset[str]) -> re.Pattern:
    """Word starts where a mention can begin: an alphanumeric character that folds to one
    character beginning a trie path (``first``), not after an alphanumeric character.  In
    stdlib ``re``, ``[^\\W_]`` is exactly ``str.isalnum``; past the BMP every alphanumeric
    character is let through (they are rare; :meth:`Matcher._walk` decides)."""
    chars = [chr(o) for o in range(0x10000)]
    lows = list(map(str.lower, chars))
    if all(isinstance(v, str) for v in _FOLD.values()):  # translate() of one character: one look-up
        heads = {low for low in set(lows) if len(low) == 1 and _FOLD.get(ord(low), low) in first}
    else:
        heads = {low for low in set(lows) if len(low) == 1 and low.translate(_FOLD) in first}
    starts = [o for o, low in enumerate(lows) if low in heads and chars[o].isalnum()]
    return re.compile(f"(?<![^\\W_])(?=[^\\W_])[{_char_class(starts)}\U00010000-\U0010FFFF]")
