"""Units of a text: the paragraphs and sentences that every boilerplate and metadata
rule judges, recovered from whatever shape the text came in.

A scraper may write one line per page block, blocks separated by blank lines, or the
whole page as one line, its blocks joined with nothing or with spaces.  :func:`units`
gives the same units in every shape:

* every line break ends a unit, and lines not separated by a blank line form a *block*;
* a sentence end (``. ! ? …`` and closers) before an opener ends a unit, with or without
  a space (glued junctions: :mod:`corpusclean.boilerplate.glue`), never after an initial
  or an abbreviation;
* a caption, credit, name or date run into the next sentence ends a unit
  (``службаВ чем``, ``Amanat27.08.2022``);
* on a line of :data:`SOFT_SPLIT_MIN_WORDS` words or more, or on the only line of a
  text of :data:`PAGE_LINE_MIN_WORDS` or more (a page whose blocks were joined with
  spaces), also a *soft* boundary: a capitalised function word or common
  word after a word without punctuation ("... сотрудничестве Подписание соглашения"),
  and the edges of a date stamp ("Kazinform 14.03.2023 09:45 В Шымкенте").

A shorter line is one unit (a paragraph of a dump in one line per block, judged
whole as before) unless it holds a glued junction: then it is split into its sentences.

>>> [u.text for u in units("Заголовок новости\\nПервое предложение. Второе\\nТретье. Четвёртое.Пятое")]
['Заголовок новости', 'Первое предложение. Второе', 'Третье.', 'Четвёртое.', 'Пятое']
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..dates import find_dates
from . import evidence
from . import memo as _memo
from .memo import compiled as _compiled
from .glue import (KK_VERB_END, _CLOSE, _OPEN, _date_ends, _date_starts, _punct_boundary, _word_at, glued_boundaries,
                   opener_kind)
from .glue import _DATELINE, _punct_junctions
from .glue import comment_count_at as _comment_count_at, comment_count_end as _comment_count_end

__all__ = ["Unit", "units", "page_line_count", "sentence_boundaries", "soft_boundaries", "SOFT_SPLIT_MIN_WORDS"]

# A line of this many words or more is read as several blocks joined with spaces, and
# also split at soft boundaries.  A paragraph of a news article runs 15-70 words (seeds,
# test layouts); a page joined with spaces runs hundreds.  Inside the body the soft units
# are judged leniently, so a long paragraph split this way loses nothing.
SOFT_SPLIT_MIN_WORDS = 80

# A text that is a single line of at least this many words is split at soft boundaries
# too: a short page (title, date, three paragraphs) joined with spaces runs 40-100 words.
PAGE_LINE_MIN_WORDS = 25

_WORD = regex.compile(r"[\p{L}\p{N}]+")
# Sentence punctuation, closers, then spaces, then an opener of the next sentence (or a
# copyright sign: "... деп айтты. © «Сайт», 2024" closes the page; or a hashtag: the tag line
# after the last sentence, "... сайланады. #мәслихат #заң").
_SPACED_SENTENCE = regex.compile(
    r"(?P<left>[\p{L}\p{N}%s])(?P<punct>(?:[.!?…]+[%s]*|[%s]+[.!?…]+))[^\S\n]+(?=[%s]?[\p{Lu}\p{N}–—©#-])"
    % (regex.escape(_CLOSE), regex.escape(_CLOSE), regex.escape(_CLOSE), regex.escape(_OPEN)))
_DIGIT = regex.compile(r"\d")
_CLOCK = regex.compile(r"\d:\d\d")
_GAP = regex.compile(r"(?<=\S)[^\S\n]+(?=\S)")
# The same gaps, less those before a basic lower-case letter (which never opens a unit in
# soft_boundaries): found by the regex engine instead of one Python step per gap, for speed.
_GAP_NOT_BEFORE_LOWER = regex.compile(r"(?<=\S)[^\S\n]+(?=[^\sа-яёa-z])")
_TOKEN_BEFORE = regex.compile(r"(?r)\S+")
# Endings of Kazakh finite verbs and predicates: ``glue.KK_VERB_END``.
_KK_VERB_END = KK_VERB_END
# a capitalised Cyrillic word followed by a lower-case one: a sentence that goes on
_KK_CAPITAL = regex.compile(r"[\p{Cyrillic}&&\p{Lu}]\p{Ll}+(?:[^\S\n]+(?:\p{Ll}|\()|:)", regex.V1)
# The last case segment of a token, when it ends in a letter ("В" of "2026В").
_LAST_LETTERS = regex.compile(r"(?:\p{Lu}?\p{Ll}+|\p{Lu}+)$")


@dataclass(frozen=True)
class Unit:
    """``text[start:end]`` of the analysed text: one sentence, caption or block.

    ``line`` is the index of its line, ``block`` of its block (lines without a blank
    line between them); ``whole`` says that the unit is its entire line."""

    start: int
    end: int
    text: str
    line: int
    block: int
    whole: bool


def sentence_boundaries(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Offsets in ``text[start:end]`` where a sentence starts after a sentence end and spaces."""
    out = []
    for m in _punct_junctions(_SPACED_SENTENCE, text, start, len(text) if end is None else end):
        at = _punct_boundary(text, m, (), spaced=True)
        if at is not None:
            out.append(at)
    return out


@lru_cache(maxsize=1)
def _relative_day() -> regex.Pattern:
    from ..dates import _relative_table

    return regex.compile("|".join(regex.escape(w) for w in sorted(_relative_table(), key=len, reverse=True)), regex.I)


def _inside_date(text: str, gap_start: int, gap_end: int) -> bool:
    lo = max(0, gap_start - 30)
    window = text[lo:gap_end + 30]
    if not _DIGIT.search(window) and not _relative_day().search(window):
        return False  # every date expression holds a digit or a relative day word (the common case)
    return any(lo + d.start < gap_start and lo + d.end > gap_end for d in find_dates(window))


# A pictograph and a number at the end of what precedes a gap ("👁 845", "💬 3"): counters,
# which never end a sentence.
_ICON_COUNTER_END = regex.compile(r"(?V1)[\p{So}--[©®№℗™]][^\S\n]*\d[\d\u00a0]*(?:[^\S\n]\d{3})*$")


# A day and a month (and a year) closed by sentence punctuation: "5 июня.", "12 сәуірде."
_DATE_ENDS_SENTENCE = regex.compile(r"\d{1,2}[^\S\n]+\p{Ll}+(?:[^\S\n]+\d{4}(?:[^\S\n]+\p{Ll}{1,6}\.?)?)?[.!?…]")


_COMPOUND_REST = regex.compile(r"(?:-\p{L}+)+")


def _compound_head(text: str, j: int) -> str:
    """The word at ``j``, or for a hyphenated compound its last part, which carries the case
    ("демократической" of "Народно-демократической")."""
    word = _word_at(text, j)
    rest = _COMPOUND_REST.match(text, j + len(word))
    return rest.group().rsplit("-", 1)[1] if rest else word


# A bracket or quote opened before a gap and closed after it, within this many characters
# either side, holds the gap: a name or an aside, never a unit boundary.
BRACKET_SPAN = 60
_PAIRS = (("(", ")"), ("«", "»"))


def _inside_brackets(text: str, start: int, end: int, j: int) -> bool:
    for o, c in _PAIRS:
        left = text.rfind(o, max(start, j - BRACKET_SPAN), j)
        if left >= 0 and text.find(c, left, j) < 0 and text.find(c, j, min(end, j + BRACKET_SPAN)) >= 0:
            return True
    return False


def soft_boundaries(text: str, start: int, end: int) -> list[int]:
    """Soft boundaries inside ``text[start:end]`` (one line): see the module docstring."""
    candidates: list[int] = []
    for g in (_GAP_NOT_BEFORE_LOWER if _memo.ENABLED else _GAP).finditer(text, start, end):
        j = g.end()
        if text[j].islower() and _memo.ENABLED:
            continue  # a lower-case word never opens a unit below (the common gap: checked first, for speed)
        prev = _TOKEN_BEFORE.search(text, max(start, g.start() - 60), g.start())
        if prev is None:
            continue
        ptok = prev.group()
        if (text[j].isupper() or text[j] in _OPEN) and _ICON_COUNTER_END.search(text, max(start, g.start() - 24), g.start()):
            candidates.append(j)  # after view counters shown as icons: "кездесті👁 845 Аудан әкімдігінде"
            continue
        if text[j].isupper() and _comment_count_end(text, max(start, g.start() - 40), g.start()):
            candidates.append(j)  # a comment after the section's label and count: "Пікірлер: 2 Бақыт, ...: Су ..."
            continue
        if text[j].isdigit() and _comment_count_at(text, j) and not _inside_date(text, g.start(), j):
            candidates.append(j)  # the label's count before it: "... новую амбулаторию 2 комментария Болат: ..."
            continue
        if ptok[-1] in ".!?…,;:–—-" + _OPEN:
            continue  # a sentence end (judged elsewhere) or a clause that goes on
        if _inside_date(text, g.start(), j):
            continue  # "14.03.2023 09:45", "3 Марта, 2023": one stamp
        if _date_ends(text, g.start()) and (text[j].isupper() or text[j].isdigit() or (
                text[j] in _OPEN and _CLOCK.search(text, max(start, g.start() - 30), g.start()))):
            # after a date stamp: "14.03.2023 09:45 В Шымкенте"; a stamp with its clock time before a
            # quote: "09:15 · 11 mausym 2024 «Aq jol» ..." (a date in a sentence has no time before a quote)
            candidates.append(j)
            continue
        pword = _LAST_LETTERS.search(ptok)
        if pword and pword.group().lower() in evidence.function_words():
            continue  # "в Мире": a preposition never ends a unit
        if text[j] in _OPEN:
            continue  # a quoted name inside the sentence: "в учреждении «Қоғамдық келісім»"
        if _inside_brackets(text, start, end, j):
            continue  # "Площадь Революции (бывшая Конная площадь)": brackets close what they open
        if _furniture_label(text, j):
            candidates.append(j)  # "... #заң Бөлісу: FB | TG", "... Arnamyzğa qosylyñyz Osy taqyrypta Oblystyq ..."
            continue
        kind = opener_kind(text, j)
        if kind == "label" and _WIRE_DATELINE.match(text, j):
            candidates.append(j)  # a wire dateline after a credit: "... / Дина Ахметова АСТАНА, 10 апреля. /ИА ...
            continue
        if kind == "common" and _counter_label(text, j):
            candidates.append(j)  # a counter after a headline: "... жителями района Просмотров: 1 932"
            continue
        if kind == "common" and pword and evidence.is_verb(pword.group()):
            continue  # "сообщает Футляр", "работает Высшая школа": a name after its verb
        if kind == "common" and not evidence.can_open_sentence(_compound_head(text, j)):
            continue  # "в состав Совета рабочих", "Фракция Народно-демократической": an oblique case goes on a name
        if kind == "common" and pword and pword.group()[:1].isupper() and evidence.is_adjective(pword.group()):
            continue  # "Великой Отечественной", "Российской Федерации": one name
        if kind == "digit":
            if (_date_starts(text, j) and not (pword and pword.group().islower() and _DATE_ENDS_SENTENCE.match(text, j))
                    and not _date_runs_on(text, j, end)):
                # a date stamp opens a unit; a date that a lower-case word runs into and a
                # full stop closes is the end of a sentence: "референдум прошёл 5 июня."
                candidates.append(j)
        elif kind == "opener":
            candidates.append(j)
        elif kind in ("kazakh", None) and _KK_CAPITAL.match(text, j):
            # Kazakh puts the verb last: a capitalised word after a finite verb form
            # ("салынады Құрылысқа", "жазылыңыз Тегтер") starts a sentence; a capitalised form
            # is no verb that ends one ("- Сізді Гонконгте ...": a pronoun, written so out of respect)
            if pword and pword.group()[:1].islower() and _KK_VERB_END.search(pword.group()) and (
                    evidence.KK_LETTER.search(pword.group()) or evidence.KK_LETTER.search(_word_at(text, j))):
                candidates.append(j)
        elif kind == "common":
            candidates.append(-j)  # needs a lower-case word after it (checked below)
    out = []
    firm = {c for c in candidates if c >= 0}
    for c in candidates:
        if c >= 0:
            out.append(c)
            continue
        j = -c
        nxt = _compiled(r"\S+[^\S\n]+(\S)").match(text[j:min(end, j + 80)])
        # the word goes on as a sentence (a lower-case word), or as a label with its count
        # ("Комментарии (2)"), or another unit starts right after it
        if (nxt is None or nxt.group(1).islower() or nxt.group(1) in "(" or j + nxt.start(1) in firm
                or _date_starts(text, j + nxt.start(1))):  # "Пятница, 15 марта 2024"
            out.append(j)
    return sorted(set(out))


# A lower-case word of three letters or more after a date, no clock time after it: the sentence
# goes on ("... выборы в Мажилис | 19 марта 2023 года впервые прошли ..."); a stamp is followed
# by a capital, a time or a one-letter preposition and a time ("26 марта 2024 в 18:15").
_RUNS_ON = regex.compile(r"[^\S\n]*\p{Ll}{3,}(?![^\S\n]*\d)")


def _date_runs_on(text: str, j: int, end: int) -> bool:
    """The date at ``j`` goes on into a lower-case word: a date inside a sentence, no stamp."""
    window = text[j:min(end, j + DATE_RUN_WINDOW)]
    first = next((d for d in find_dates(window) if d.start == 0 and not d.relative), None)
    return first is not None and _RUNS_ON.match(window, first.end) is not None


DATE_RUN_WINDOW = 60


def _counter_label(text: str, j: int) -> bool:
    """A counter's label opens at ``j`` ("... Кызылжарского района Просмотров: 1 932 · ..."):
    a counter word with its colon, its number next."""
    from .lines import _starts_with, norm

    m = _compiled(r"[^\S\n]*[\p{L} .]{1,30}?:[^\S\n]*\d").match(text, j)
    return m is not None and _starts_with("counter_word", norm(text[j:m.end()])) is not None


# A wire dateline: glue's place in capitals and its comma, then a day and a lower-case word
# (its month: "АСТАНА, 10 апреля.").
_WIRE_DATELINE = regex.compile(_DATELINE.pattern + r"\d{1,2}[^\S\n]+\p{Ll}{3,}")


# A related label without its colon opens a unit only when it has this many words ("Осы
# тақырыпта", "Читайте также"): a single word ("Танымал", "Актуально") may open a headline.
RELATED_LABEL_MIN_WORDS = 2


def _furniture_label(text: str, j: int) -> bool:
    """A label of the page's furniture opens at ``j`` in a line joined with spaces, after a
    word without punctuation: a share, tags, related or navigation label with its colon ("Бөлісу:
    FB | TG", "Теги: выборы", "Алдыңғы жаңалық: ..."), or a related label of RELATED_LABEL_MIN_WORDS words before a
    capitalised headline or a quote ("Осы тақырыпта Облыстық мәслихат ...").  Kazakh labels
    are known in both alphabets (``kazakh_latin``)."""
    from .lines import _starts_with, norm

    if not text[j].isupper():
        return False
    probe = text[j:j + 60]
    n = norm(probe)
    if _comment_count_at(text, j):
        return True  # a comment section's label with its count: "... sailandy Pıkırler (2) Äsel: ..."
    for cat in ("share_word", "tags", "related", "nav"):
        p = _starts_with(cat, n)
        if p is None:
            continue
        m = _compiled(r"[^\S\n]*".join(regex.escape(w) for w in p.split()) + r"[^\S\n]*(\S)", regex.I).match(probe)
        if m is None:
            continue
        after = m.group(1)
        if after == ":":
            return True
        if cat == "related" and len(p.split()) >= RELATED_LABEL_MIN_WORDS and (after.isupper() or after in _OPEN):
            return True
    return False


def _credit_cut(line: str) -> bool:
    """The line ends in a credit's value whose label does not open the line: a page line that
    ``segment.units`` broke after its credit ("... 👁 5 204 Фото: пресс-служба акимата." | "Аким ...")."""
    from .glue import credit_before

    line = line.strip()
    return bool(line) and credit_before(line + "\n", len(line)) and not credit_before(line + "\n", len(line), at_start=True)


def page_line_count(text: str) -> int:
    """The nonblank lines of ``text``, a page line broken after a credit counted once with the
    line after it (so a page joined into one line stays one page line once its credit is cut)."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    return len(lines) - sum(1 for ln in lines[:-1] if _credit_cut(ln))


@lru_cache(maxsize=16)
def units(text: str) -> tuple[Unit, ...]:
    """The units of ``text`` in order, with offsets (see the module docstring)."""
    glued = [b.offset for b in glued_boundaries(text)]
    # a text of one line is a page joined into one line (or a one-paragraph document, where
    # soft units are judged as before); removing units never makes it two lines, so the
    # decision does not change from step to step
    single_line = page_line_count(text) == 1
    cuts = glued
    out: list[Unit] = []
    pos, block, prev_blank, ci = 0, 0, True, 0
    for li, raw in enumerate(text.split("\n")):
        start, end = pos, pos + len(raw)
        pos = end + 1
        if not raw.strip():
            prev_blank = True
            continue
        if prev_blank and out:
            block += 1
        prev_blank = False
        while ci < len(cuts) and cuts[ci] <= start:
            ci += 1
        inner = []
        while ci < len(cuts) and cuts[ci] < end:
            inner.append(cuts[ci])
            ci += 1
        n_words = len(_WORD.findall(raw))
        long_line = n_words >= SOFT_SPLIT_MIN_WORDS or (single_line and n_words >= PAGE_LINE_MIN_WORDS)
        if long_line:
            inner = sorted(set(inner) | set(sentence_boundaries(text, start, end)) | set(soft_boundaries(text, start, end)))
        elif inner:
            inner = sorted(set(inner) | set(sentence_boundaries(text, start, end)))
        # else: a paragraph, one unit
        edges = [start, *inner, end]
        pieces = []
        for a, b in zip(edges, edges[1:]):
            s, e = a, b
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                pieces.append((s, e))
        for s, e in pieces:
            out.append(Unit(s, e, text[s:e], li, block, len(pieces) == 1))
    return tuple(out)
