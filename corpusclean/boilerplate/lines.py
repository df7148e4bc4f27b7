"""Lines of a page and what each is alone: the records, the thresholds, the phrase data.

* :class:`Line` (one unit of the text as the rules judge it) and :class:`Layout` (every line
  with its kind, and the fields read from them); :func:`line_span` and :func:`removal_spans`,
  the spans that remove lines;
* the thresholds of every rule (named constants, with how they were set) and the phrase data
  of ``data/boilerplate/{ru,kk,common}.tsv`` and the stopword lists (:func:`phrases`,
  :func:`stopwords`, :func:`norm`: how phrases match);
* the predicates that judge one line by its shape and phrases, before zones are known: menu,
  breadcrumb, share, counter, rates, credit, notice, copyright owner, subscribe, ad, navigation
  link, comment rows, related and tags labels, attribution, date line, promo.

>>> norm("  «Читайте также:» ")
'читайте также'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import regex

from ..dates import find_dates
from .memo import compiled as _compiled, memo_by_line, memo_by_text


# --- thresholds (named, with how they were set) ---------------------------------------
# A body paragraph is a sentence of at least GOOD_MIN_WORDS words, or any line of at
# least LONG_MIN_WORDS words.  News leads and subtitles run 5-9 words, body sentences
# 12+; 10 separates them on the seeds and on the test layouts (Kazakh words are longer,
# so Kazakh sentences have fewer of them: 10 rather than 12 keeps short kk paragraphs).
GOOD_MIN_WORDS = 10
LONG_MIN_WORDS = 30
# Headlines in Russian and Kazakh news run 4-18 words; 25 leaves room for long ones.
HEADLINE_MAX_WORDS = 25
# A title has at least this many words; shorter headline-like lines are labels
# (rubric, site name, menu item) unless nothing longer stands in the header.
TITLE_MIN_WORDS = 4
LABEL_MAX_WORDS = 3
# Phrase rules only fire on short lines, so a body sentence that merely contains a
# phrase ("... сообщает пресс-служба ...") stays.  Each limit is the longest line of its
# kind in the seeds and the test layouts, with some room, and stays below the length of
# a body sentence (GOOD_MIN_WORDS) where a body sentence could carry the phrase:
ATTRIBUTION_MAX_WORDS = 12        # "Об этом сообщает <агентство>" runs 4-8 words
ATTRIBUTION_SINGLE_WORD_MAX = 8   # "Сообщает X", "Автор: X": a one-word lead needs a short line
# Without a colon the source after the lead is a name: "Об этом сообщает пресс-служба акимата
# области" names it in 2-5 words.  A longer rest, or one with a number, is a sentence that
# happens to open with the phrase ("По данным переписи 1959 года население составляло ...");
# found on the UD sentences of eval/lid/dev.tsv grouped into pseudo-articles.
ATTRIBUTION_VALUE_MAX_WORDS = 6
CREDIT_MAX_WORDS = 15             # "Фото: пресс-служба акимата области" 3-8 words
# A credit that ends in a full stop names its source in at most this many words; more is a
# sentence glued to it ("Сурет: телеарнаАтырау қаласында ... өтті.") and the line stays.
CREDIT_VALUE_MAX_WORDS = 7
SUBSCRIBE_MAX_WORDS = 20          # "Подписывайтесь на наш канал в Telegram и ..." up to ~15
NOTICE_MAX_WORDS = 40             # cookie and copyright footers run long (header/footer only)
NOTICE_MAX_WORDS_BODY = 12        # inside the body a notice must be short
# An advertising mark with the advertiser ("Реклама. ТОО «...», БИН ...") runs 5-12 words.
AD_MARK_MAX_WORDS = 20
COUNTER_MAX_WORDS = 5             # "Просмотров: 1 204", "Комментарии (0)"
TAG_LINE_MAX_WORDS = 12           # a line of tags under a bare "Теги:" label
TAG_MAX_WORDS = 6                 # one tag: a name or a short phrase
# A menu line: at least MENU_MIN_WORDS words, MENU_MIN_NAV of them section names making
# up MENU_NAV_SHARE of the line, and few stopwords ("О партии", "О нас" are menu items).  The seeds' menu scores
# 0.9; headlines that name a section ("Партия обсудила экономику") score under 0.3.
MENU_MIN_WORDS = 4
MENU_MIN_NAV = 3
MENU_NAV_SHARE = 0.5
MENU_MAX_STOP_SHARE = 0.2
# Inside the body, an unlabelled run of headline-like lines is a related list only when
# it is this long (programme lists are introduced by a colon or bullets, and exempt).
RELATED_RUN_MIN_BODY = 4
RELATED_ITEM_MIN_WORDS = 4
# Repeated paragraphs count as duplicates from this length (short replies such as
# "– Да." may repeat in an interview).
DUPLICATE_MIN_WORDS = 5
# A list introduced by a line ending in ":" protects at most this many following lines.
LIST_MAX_ITEMS = 30
LIST_ITEM_MAX_WORDS = 25

# A comment section: a comments label with a count ("Комментарии (3)", "Пікірлер: 2"), or
# a prompt to comment ("Войдите, чтобы оставить комментарий"), after the first body
# paragraph opens it; every later line is part of it (names, comments) except notices.
# Prompts run 3-8 words in the test layouts; 12 leaves room and stays well under the
# length of a body sentence that merely mentions comments.
COMMENTS_OPENER_MAX_WORDS = 12
# The head of one comment (a name or two and "32 минуты назад") and a reply button with its
# votes run 2-7 words.
COMMENT_HEADER_MAX_WORDS = 8
# A line that opens with a multi-word navigation phrase ("Читать полностью на сайте
# источника", "Все новости раздела") is a link up to this length (the links in the test
# layouts run 2-6 words; a sentence that starts so is longer or ends in a period).
NAV_PREFIX_MAX_WORDS = 8
# A related list whose items are teaser sentences ending in periods: a bare related label
# that opens the last block of the page, followed by at most TEASER_MAX_ITEMS lines of one
# sentence each (shorter than LONG_MIN_WORDS).  Related blocks show 3-6 teasers; an
# article that ran on after such a label would have a later block.
TEASER_MAX_ITEMS = 8
# Without a blank line before the label, a single sentence after it may be the article's
# closing line: at least two teasers, every one ending in a period, are needed.
TEASER_MIN_ITEMS_IN_BLOCK = 2
# A subtitle printed under the title (no final period) is the longer of two headline
# lines that stand directly one above the other; the upper one is the title unless
# more than this share of its words is capitalised (a site or paper name: "Официальный
# сайт Президента Республики Казахстан"; Russian and Kazakh headlines are in sentence
# case, 1-3 capitals in 5-12 words).
SUBTITLE_TITLE_MAX_CAPS = 0.5

# Kinds removed by ``boilerplate.lines`` (reason ``boilerplate.<kind>``).
BOILERPLATE_KINDS = frozenset({"nav", "related", "counter", "share", "notice", "ad", "credit", "symbol", "date_other",
                               "comments"})
REASON_OF_KIND = {k: f"boilerplate.{k}" for k in BOILERPLATE_KINDS}
REASON_OF_KIND["date_other"] = "boilerplate.date"

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*")
_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\p{N}]")
_LETTER = regex.compile(r"\p{L}")
_CLOSERS = "»\"”’')]"
_BULLET = regex.compile(r"^\s*(?:[-–—•·*▪►✓✔]|\d{1,2}[.)]\s|[a-zа-я][)]\s)")
_NUMBER_ONLY = regex.compile(r"^[^\p{L}\p{N}]*\d[\d\s.,]*[^\p{L}\p{N}]*$")
# A feed's time stamp opening a headline ("18:10 Заголовок"); not the start of a time range,
# which opens a row of a programme or a schedule ("10:00–11:00 – регистрация участников").
_TIME = r"(?:[01]?\d|2[0-3]):[0-5]\d"
_TIME_LEAD = regex.compile(rf"^\s*{_TIME}\b(?!\s*[–—-]\s*{_TIME}\b)")
# A time range: an event's hours ("10:00–13:00", "с 10:00 до 13:00", "11:00-ден 14:00-ге дейін"),
# never a publication stamp (a page is published at one time).
_TIME_RANGE = regex.compile(rf"(?<![\d:]){_TIME}\s*[–—-]\s*{_TIME}(?![\d:])"
                            rf"|(?i:\bс\s+){_TIME}\s+(?i:до)\s+{_TIME}"
                            rf"|{_TIME}-?(?:ден|дан|тен|тан)\s+{_TIME}-?(?:ге|ға|ке|қа)\s+(?i:дейін)")
# A data-table row in trafilatura's Markdown-like output: starts and ends with "|", two cells or more.
# Possessive: the same rows, but a long line of pipes that does not end in one fails at once
# (it backtracked through every cell: quadratic, 1.6 s on a 160 kB "| а | а ..." line; issue 10).
_TABLE_ROW = regex.compile(r"^\s*\|(?:[^|\n]*+\|){2,}+\s*$")
_BREADCRUMB_SEP = regex.compile(r"\s(?:/|›|»|>|\||→|::)\s")
_UPDATED = regex.compile(r"(?i)обновлен|изменен|жаңартыл|өзгертіл")
_INNER_SENTENCE = regex.compile(r"[.!?…]\s+[\p{Lu}«\"–—-]")
_HASHTAGS = regex.compile(r"^\s*#[\p{L}\p{N}_]+(?:[-][\p{L}\p{N}_]+)*(?:[\s,;]+#[\p{L}\p{N}_]+(?:[-][\p{L}\p{N}_]+)*)*[\s,;.]*$")


_ANY_SENTENCE_END = regex.compile(r"[.!?…]")
_SENTENCE_INSIDE = regex.compile(r"\p{Ll}{2}[.!?…]+[»\"”)]*\s+\S")
_SPACES = regex.compile(r"\s+")
_EDGE_START = regex.compile(r"^[^\p{L}\p{N}]+")
_EDGE_END = regex.compile(r"(?r)[^\p{L}\p{N}+]+$")  # searched backwards: linear on long lines


@memo_by_text()
def norm(s: str) -> str:
    """Lower case, ё as е, edge punctuation off, spaces collapsed: how phrases match."""
    s = _SPACES.sub(" ", s.casefold().replace("ё", "е"))
    s = _EDGE_START.sub("", s, count=1)
    m = _EDGE_END.search(s)
    return s[: m.start()] if m else s


def _data(name: str) -> str:
    return resources.files("corpusclean").joinpath("data", "boilerplate", name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def phrases() -> dict[str, frozenset[str]]:
    """Category -> phrases (normalised), over all languages: the language of a page is
    not known yet when these steps run, and the lists do not conflict (tested)."""
    from .kazakh_latin import latin_forms

    out: dict[str, set[str]] = {}
    for name in ("common.tsv", "kk.tsv", "ru.tsv"):
        for line in _data(name).splitlines():
            if line.strip():
                cat, phrase = line.split("\t")
                item = norm(phrase) if cat != "notice" else phrase.casefold().replace("ё", "е")
                out.setdefault(cat, set()).add(item)
                if name == "kk.tsv":
                    # Kazakh pages in the 2021 Latin alphabet print the same phrases ("Bölısu:", "Osy taqyrypta")
                    out[cat].update(latin_forms(item))
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    words: set[str] = set()
    for name in ("stopwords-kk.txt", "stopwords-ru.txt"):
        words.update(w.strip() for w in _data(name).splitlines() if w.strip())
    return frozenset(words)


@lru_cache(maxsize=None)
def _alternation(category: str) -> regex.Pattern:
    items = sorted(phrases().get(category, ()), key=len, reverse=True)
    return regex.compile(r"(?<![\p{L}\p{N}])(?:%s)(?![\p{L}\p{N}])" % "|".join(regex.escape(p) for p in items))


def _starts_with(category: str, n: str) -> str | None:
    """The longest phrase of ``category`` that ``n`` (normalised) starts with, whole words."""
    m = _alternation(category).match(n)
    return m.group() if m else None


@dataclass
class Line:
    """One line of the text: ``text[start:end]`` (no line break) and what it is."""

    index: int
    start: int
    end: int
    text: str
    block: int
    words: list[str] = field(default_factory=list)
    kind: str = "blank"
    value: str | None = None   # rubric, attribution, tags or date that the line carries
    norm: str = ""
    whole: bool = True         # the unit is its whole line of the text (else a sentence of it)

    @property
    def n(self) -> int:
        return len(self.words)

    @property
    def blank(self) -> bool:
        return not self.text.strip()


@dataclass
class Layout:
    text: str
    lines: list[Line]
    body_start: int | None = None
    body_end: int | None = None
    title: int | None = None
    date: int | None = None
    published: str | None = None
    rubric: str | None = None
    site: str | None = None
    tags: list[str] = field(default_factory=list)

    def of_kind(self, *kinds: str) -> list[Line]:
        return [line for line in self.lines if line.kind in kinds]


def line_span(text: str, line: Line) -> tuple[int, int]:
    """The span that removes ``line``: a whole line with its line break; a unit inside a
    line with the spaces after it (or, last on its line, the spaces before it)."""
    if line.whole:
        end = line.end + 1 if line.end < len(text) and text[line.end] == "\n" else line.end
        return line.start, end
    s, e = line.start, line.end
    k = e
    while k < len(text) and text[k] in " \t":
        k += 1
    if k > e and k < len(text) and text[k] != "\n":
        return s, k
    j = s
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    if j == 0 or text[j - 1] == "\n":
        # the first unit of its line: its spaces go with it; at the end of the line too
        return s, k
    return j, e


def removal_spans(text: str, removed: "list[tuple[Line, str]]") -> list[tuple[int, int, str]]:
    """``(start, end, reason)`` spans that remove the given units, sorted and clipped
    so that no two overlap (two neighbouring units of one line share the space between)."""
    spans = sorted((*line_span(text, ln), reason) for ln, reason in removed)
    out: list[tuple[int, int, str]] = []
    last = 0
    for s, e, reason in spans:
        s = max(s, last)
        if e > s:
            out.append((s, e, reason))
            last = e
    return out


# --- features ----------------------------------------------------------------------------
def _core(text: str) -> str:
    return text.rstrip().rstrip(_CLOSERS).rstrip()


def _ends_sentence(text: str) -> bool:
    return _core(text)[-1:] in (".", "!", "?", "…")


def _ends_period(text: str) -> bool:
    return _core(text)[-1:] in (".", "…")


def _starts_upper(text: str) -> bool:
    s = text.lstrip(" «\"“'(-–—•·*")
    return bool(s) and (s[0].isupper() or s[0].isdigit())


_QUOTE_LINE = regex.compile(r"^\s*[«\"“„].*[»\"”]\s*$")
_DIALOGUE = regex.compile(r"^\s*[-–—]")


@memo_by_line()
def _headline_like(line: Line) -> bool:
    """Short, starts upper case or with a digit or quote, no closing . , ; : …
    (a line opening with a dash is a line of dialogue, not a headline)"""
    if not (1 <= line.n <= HEADLINE_MAX_WORDS) or _DIALOGUE.match(line.text):
        return False
    if _SENTENCE_INSIDE.search(line.text):
        return False  # "... поправок. [1]": a sentence end inside, so not a headline
    last = _core(line.text)[-1:]
    return last not in (".", ",", ";", ":", "…") and _starts_upper(line.text)


def _starts_with_verb(value: str) -> bool:
    from .evidence import is_verb  # pymorphy3: loaded only when an attribution is judged

    first = _WORD.match(value)
    return first is not None and first.group()[:1].islower() and is_verb(first.group())


def _asks_or_exclaims(line: Line) -> bool:
    return _core(line.text)[-1:] in ("?", "!")


def _stop_share(line: Line) -> float:
    if not line.words:
        return 0.0
    sw = stopwords()
    return sum(1 for w in line.words if w.casefold() in sw) / len(line.words)


def _run_on(line: Line) -> bool:
    """A unit cut out of a longer line that holds no sentence punctuation at all: a run of
    headlines or menu items joined with spaces, not a paragraph."""
    return not line.whole and not _ANY_SENTENCE_END.search(line.text)


@memo_by_line()
def _good(line: Line) -> bool:
    if line.n >= LONG_MIN_WORDS and not _ANY_SENTENCE_END.search(line.text):
        return False  # 30 words and not one sentence mark: headlines or menu items run together
    if line.n >= LONG_MIN_WORDS:
        return True
    if line.n < GOOD_MIN_WORDS:
        return _schedule_row(line)
    if _ends_period(line.text):
        return True
    return _ends_sentence(line.text) and bool(_INNER_SENTENCE.search(line.text)) or _schedule_row(line)


# A row of a schedule names, besides its date and hours, a place or a person in at least
# SCHEDULE_ROW_MIN_WORDS words ("25 марта, 10:00–13:00 – Актау, 14-й микрорайон").
SCHEDULE_ROW_MIN_WORDS = 2


def _schedule_row(line: Line) -> bool:
    """A row of an announced schedule: a calendar day ("25 марта", "12.04", "8 апреля") and a
    time range (an event's hours), with a place or a name.  Content of the article however
    short and headline-like: a list of links shows the day a page was published, and at most
    one time of it ("Заголовок — 01.04.2024", "12.03.2024 15:40 Заголовок"), never a range."""
    if _TIME_RANGE.search(line.text) is None:
        return False
    days = [d for d in find_dates(line.text) if any(c.isdigit() for c in line.text[d.start:d.end])]
    if not days:
        return False
    rest = line.text[: min(d.start for d in days)] + " " + line.text[max(d.end for d in days):]
    rest = _TIME_RANGE.sub(" ", rest)
    return len([w for w in _WORD.findall(rest) if _LETTER.search(w)]) >= SCHEDULE_ROW_MIN_WORDS


# --- phrase-driven kinds (any zone) ------------------------------------------------------
@memo_by_line()
def _menu(line: Line) -> bool:
    if line.n < MENU_MIN_WORDS or _ends_sentence(line.text) or "," in line.text:
        return False
    nav = phrases().get("nav_word", frozenset())
    hits = sum(1 for w in line.words if w.casefold().replace("ё", "е") in nav)
    return hits >= MENU_MIN_NAV and hits / line.n >= MENU_NAV_SHARE and _stop_share(line) <= MENU_MAX_STOP_SHARE


# Cells that open with a figure, this many at least and half of all cells: the rows of a table
# joined with spaces, never a breadcrumb (crumbs are words: "Главная / Политика / Выборы-2023").
TABLE_RUN_MIN_FIGURES = 3


@memo_by_line()
def _breadcrumb(line: Line) -> bool:
    """"Главная / Новости / Политика"; the last crumb may be the article's own title."""
    parts = _BREADCRUMB_SEP.split(line.text.strip())
    if len(parts) < 3 or line.n > 30 or _ends_period(line.text):
        return False
    figures = sum(1 for p in parts if p.strip()[:1].isdigit())
    if figures >= TABLE_RUN_MIN_FIGURES and figures * 2 >= len(parts):
        return False  # the rows of a bar table run together ("AMANAT | 62 | 1 418 | 22,9 «Ауыл» | 8 | 311 ..."): content
    return all(1 <= len(_WORD.findall(p)) <= 4 for p in parts[:-1]) and len(_WORD.findall(parts[-1])) >= 1


@memo_by_line()
def _share(line: Line) -> bool:
    words = phrases().get("share_word", frozenset())
    n = line.norm
    if not n:
        return False
    if n in words:
        return True
    if len(line.words) > 12:
        return False
    rest = _alternation("share_word").sub(" ", n)
    return not _LETTER_OR_DIGIT.search(rest)


_COUNTER_SEP = regex.compile(r"\s[·•|]\s")


@memo_by_line()
def _counter(line: Line) -> bool:
    if line.n > COUNTER_MAX_WORDS:
        # counters side by side: "Время чтения: 3 мин · 1 247 просмотров", "Оқылды: 310 | Пікірлер: 2"
        parts = _COUNTER_SEP.split(line.text.strip())
        return len(parts) >= 2 and all(
            len(_WORD.findall(p)) <= COUNTER_MAX_WORDS and regex.search(r"\d", p)
            and _alternation("counter_word").search(norm(p)) is not None for p in parts)
    m = _alternation("counter_word").search(line.norm)
    if m is None:
        return False
    # without a number only the bare word ("Просмотры", "Пікір қалдыру"): "Комментарии
    # экспертов" is a subheading
    return any(w.isdigit() for w in line.words) or (line.n <= 2 and m.group() == line.norm)


def _icon_counter(line: Line) -> bool:
    """Counters shown as icons and numbers, without a word: "👁 1 245 💬 0"."""
    if line.n > COUNTER_MAX_WORDS or _LETTER.search(line.text) or not _SO.search(line.text):
        return False
    return any(w.isdigit() for w in line.words)


# A rates widget ("Курс валют: USD 447,20 EUR 485,10 RUB 4,86", "$ 447.2 € 485.1"): at least
# RATES_MIN_PAIRS currency codes or signs, each with its rate, and at most RATES_MAX_OTHER
# other words (the label); no sentence.  A sentence that gives a rate ("Курс доллара составил
# 447,20 тенге") names one currency in words and goes on.
RATES_MIN_PAIRS = 2
RATES_MAX_OTHER = 3
_RATE = regex.compile(r"(?<![\p{L}\p{N}])(?:[A-Z]{3}|[$€₽¥£₸])(?![\p{L}\p{N}])\s*[:=]?\s*[+-]?\d+(?:[.,]\d+)?")


@memo_by_line()
def _rates(line: Line) -> bool:
    pairs = _RATE.findall(line.text)
    if len(pairs) < RATES_MIN_PAIRS or _ends_sentence(line.text):
        return False
    rest = _RATE.sub(" ", line.text)
    return len([w for w in _WORD.findall(rest) if _LETTER.search(w)]) <= RATES_MAX_OTHER


@lru_cache(maxsize=2)
def _credit_colon(with_bylines: bool = False) -> regex.Pattern:
    """A credit label or a byline label (a name's role: "Автор:", "Тілші:", "Avtory:", "Оператор:")
    with its colon: after a short caption or a headline of a page joined with spaces ("<headline>
    Авторы: Гүлім Серікова <first sentence>") it opens a credit; a role word without its colon
    ("Автор законопроекта ...") is a sentence."""
    # Only a credit label closes a caption before it ("Делегаты съезда Фото: ..."); a byline label
    # mid-line follows a headline, which must not go with it (with_bylines: where the label opens
    # the unit).
    items = phrases().get("credit", frozenset()) | (phrases().get("byline", frozenset()) if with_bylines else frozenset())
    items = sorted(items, key=len, reverse=True)
    return regex.compile(r"(?<![\p{L}\p{N}])(?:%s)\s*:" % "|".join(regex.escape(p) for p in items))


@memo_by_line()
def _credit(line: Line) -> bool:
    if line.n > CREDIT_MAX_WORDS:
        return False
    if not line.whole and _asks_or_exclaims(line):
        return False  # a credit cut out of a joined line that runs on into an exclamation: text follows it
    p = _starts_with("credit", line.norm)
    if p is None:
        # an image caption that ends in its credit: "Делегаты съезда. Фото: пресс-служба"
        m = _credit_colon().search(line.text.casefold().replace("ё", "е"))
        return m is not None and m.start() > 0 and not _good(line)
    if line.norm == p:
        return True
    rest = line.text.lstrip()[len(p):].lstrip() if line.text.lstrip().casefold().startswith(p) else ""
    if _ends_period(line.text) and len(_WORD.findall(rest)) > CREDIT_VALUE_MAX_WORDS:
        return False  # "Бейне: телеарнаАтырау қаласында ... өтті.": a sentence run on after the credit
    # "Фото: ...", "Фото — ...", "Фото из открытых источников" (a listed multi-word phrase)
    return rest[:1] in (":", "-", "–", "—", "/", "|", "©") or " " in p or _credit_source(rest)


def _credit_source(rest: str) -> bool:
    """What follows a credit word without a mark names where the picture comes from: a
    lower-case function word (a preposition: "с", "из", "от") and a short source, no verb
    and no question or exclamation ("Фото с сайта партии"; not "Фото не сохранилось")."""
    from .evidence import is_verb  # pymorphy3: loaded only when such a line is judged

    words = _WORD.findall(rest)
    if not 2 <= len(words) <= CREDIT_VALUE_MAX_WORDS or _core(rest)[-1:] in ("?", "!"):
        return False
    if not words[0].islower() or words[0] not in stopwords():
        return False
    return not any(w.islower() and is_verb(w) for w in words)


@memo_by_line()
def _notice(line: Line, zone: str) -> bool:
    limit = NOTICE_MAX_WORDS_BODY if zone == "body" else NOTICE_MAX_WORDS
    if line.n > limit:
        return False
    low = line.text.casefold().replace("ё", "е")
    if "©" in line.text or "(c)" in low:
        return True
    if zone == "body":
        # inside the article a notice stands alone and opens with its phrase ("Нашли ошибку?
        # ...", "Главный редактор: ..."); a sentence that mentions "главный редактор" is text
        start = norm(line.text)
        return any(start.startswith(p) for p in phrases().get("notice", ()))
    return any(p in low for p in phrases().get("notice", ()))


_COPYRIGHT = regex.compile(r"(?:©|\([cс]\))\s*(?:\d{4}(?:\s*[-–—]\s*\d{4})?\s*[,.]?\s*)?(?P<name>[^|;,]*?)\s*(?:\.\s|\.$|[|;,]|\s[-–—]\s|$)",
                        regex.I)
# A site name in a copyright line has at most this many words ("© 2023 Степной курьер.").
SITE_MAX_WORDS = 6
# Years after the name ("© Kazinform 2024", "1997-2024"), and what no site name holds: a
# version number ("5.0.6.26") or a slash-separated credit tail.
_COPYRIGHT_YEARS = regex.compile(r"[\s,]*(?:19|20)\d{2}(?:\s*[-–—]\s*(?:19|20)\d{2})?$")
_NOT_A_SITE_NAME = regex.compile(r"\d+\.\d+|\s/\s|/\s*\d")


def _copyright_owner(text: str) -> str | None:
    """The name after © in a footer line ("© 2008-2024 Tengrinews.kz. Все права ...")."""
    m = _COPYRIGHT.search(text)
    if m is None:
        return None
    name = m.group("name").strip(" .«»\"")
    if not name:  # "Ұлттық телеарна © 2023": the name stands before the sign
        name = text[: m.start()].strip(" .,|«»\"")
    name = _COPYRIGHT_YEARS.sub("", name).strip(" .,")  # "(c) Kazinform 2024": the year is no part of the name
    if name.count("«") > name.count("»"):  # "ИА «Казинформ», 1997": the strip took the closing mark
        name += "»"
    if _NOT_A_SITE_NAME.search(name) or any(name.count(a) != name.count(b) for a, b in ("()", "[]")):
        return None  # a software credit or a cut tail ("Paragraph 2020 / 5.0.6.26)"), not a site's name
    words = _WORD.findall(name)
    if not words or len(words) > SITE_MAX_WORDS or ":" in name or not _LETTER.search(name):
        return None
    low = name.casefold().replace("ё", "е")
    if any(p in low for p in phrases().get("notice", ())) or _starts_with("credit", norm(name)):
        return None
    return name


def _subscribe(line: Line) -> bool:
    return line.n <= SUBSCRIBE_MAX_WORDS and bool(_alternation("subscribe").search(line.norm))


_AD_MARK_SEP = regex.compile(r"\s*[.:]\s")  # not a dash: "Реклама – двигатель торговли" is a sentence


def _ad_mark(line: Line) -> bool:
    """An advertising label followed by the advertiser: "Реклама. ТОО «...», БИН ...",
    "Жарнама: ЖШС ..." (a sentence that goes on after the word without a mark stays)."""
    if line.n > AD_MARK_MAX_WORDS:
        return False
    p = _starts_with("ad", line.norm)
    if p is None:
        return False
    text = line.text.lstrip()
    return _AD_MARK_SEP.match(text, len(p)) is not None and text[: len(p)].casefold().replace("ё", "е") == p


def _nav_link(line: Line) -> bool:
    """A navigation phrase as the whole line."""
    return line.norm in phrases().get("nav", ())


def _nav_prefix(line: Line) -> bool:
    """A short line that opens with a multi-word navigation phrase ("Читать полностью на
    сайте источника"); used in the header and footer only, so that a subheading in the
    body ("Обратная связь с жителями") stays.  "Подробнее программу обсудят ..." is a
    sentence: one-word phrases and lines ending a sentence do not count."""
    if line.n > NAV_PREFIX_MAX_WORDS or _ends_sentence(line.text):
        return False
    p = _starts_with("nav", line.norm)
    return p is not None and " " in p


_COUNT_ONLY = regex.compile(r"^[\s(\[:–—-]*\d*[\s)\]]*$")


_AGO = regex.compile(r"(?i)(?:\d+\s+(?:секунд\w*|минут\w*|час\w*|дн(?:я|ей)|день|недел\w*|месяц\w*)\s+назад"
                    r"|\d+\s+(?:секунд|минут|сағат|күн|апта|ай)\s+бұрын"
                    r"|(?:вчера|сегодня|кеше|бүгін),?\s+(?:в\s+)?\d{1,2}:\d{2})\s*$")
_VOTES = regex.compile(r"[+-−–]\s?\d+|\(\s*\p{L}+\s+\d+\s*\)|\d+")


def _comment_header(line: Line) -> bool:
    """The head of a reader's comment: a name and how long ago it was written ("Асель »
    Ерлан 32 минуты назад", "Дана 2 сағат бұрын")."""
    return line.n <= COMMENT_HEADER_MAX_WORDS and _starts_upper(line.text) and bool(_AGO.search(line.text))


def _comment_reply(line: Line) -> bool:
    """A reply button with its votes: "Ответить -1 (всего 1)", "Жауап беру +2"."""
    if line.n > COMMENT_HEADER_MAX_WORDS:
        return False
    p = _starts_with("comment_reply", line.norm)
    if p is None:
        return False
    rest = line.text.lstrip()[len(p):]
    return not _LETTER.search(_VOTES.sub(" ", rest)) or line.norm == p


def _comments_opener(line: Line, next_line: "Line | None") -> bool:
    """"Комментарии (3)", "Пікірлер: 2", "3 комментария", a bare "Комментарии" above a
    prompt, a prompt to comment ("Войдите, чтобы оставить комментарий"), the head of a
    comment ("Асель » Ерлан 32 минуты назад") or a reply button ("Ответить -1 (всего 1)")."""
    if line.n > COMMENTS_OPENER_MAX_WORDS or _ends_period(line.text):
        return False  # "В акимате оставить комментарий отказались." is a sentence of the article
    if _comment_header(line) or _comment_reply(line):
        return True
    if _alternation("comment_prompt").search(line.norm):
        return True
    m = _alternation("comment_label").search(line.norm)
    if m is None:
        return False
    rest = line.norm[: m.start()] + " " + line.norm[m.end():]
    if not _COUNT_ONLY.match(rest):
        return False
    if any(ch.isdigit() for ch in rest):
        return True
    return next_line is not None and bool(_alternation("comment_prompt").search(next_line.norm))


@memo_by_line()
def _label_of(line: Line, category: str) -> tuple[bool, str]:
    """Whether the line opens with a ``category`` label; and what follows a colon.

    "Читайте также" / "Читайте также:" -> (True, ""); "Теги: А, Б" -> (True, "А, Б").
    A line that goes on after the label without a colon or dash is a sentence, not a label.
    """
    p = _starts_with(category, line.norm)
    if p is None:
        return False, ""
    if line.norm == p:
        return True, ""
    m = _compiled(r"\s*[^\p{L}\p{N}]*?" + r"\s*".join(regex.escape(w) for w in p.split()) + r"\s*([:—–-])\s*(.*)$",
                  regex.I).match(line.text)
    if m:
        return True, m.group(2).strip()
    return False, ""


@memo_by_line()
def _attribution(line: Line) -> str | None:
    """The source named by a standalone attribution line, or None."""
    if line.n > ATTRIBUTION_MAX_WORDS or line.n < 2:
        return None
    if any(not d.relative for d in find_dates(line.text)):
        return None  # "Автор: Иван Петров, 12.03.2023" is a date line
    text = line.text.strip()
    p = _starts_with("attribution", line.norm)
    if p is not None:
        m = _compiled(r"[^\p{L}\p{N}]*" + r"\s+".join(regex.escape(w) for w in p.split()) + r"(?![\p{L}\p{N}])\s*[:—–-]?\s*",
                      regex.I).match(text)
        if m is None:
            return None
        colon = ":" in m.group() or "—" in m.group() or "–" in m.group()
        if " " not in p and not colon and line.n > ATTRIBUTION_SINGLE_WORD_MAX:
            return None
        value = text[m.end():].strip().rstrip(".").strip()
        if not value:
            return None
        if " " not in p and not colon and _starts_with_verb(value):
            return None  # "Текст написал ...": a one-word lead is followed by the source, not a verb
        if not colon and _INNER_SENTENCE.search(value):
            return None
        if not colon and (len(value.split()) > ATTRIBUTION_VALUE_MAX_WORDS or regex.search(r"\d", value)):
            return None
        return value
    ends = _alternation("attribution_end")
    m = None
    for m in ends.finditer(line.norm):
        pass
    if m is not None and m.end() == len(line.norm) and line.n <= ATTRIBUTION_SINGLE_WORD_MAX:
        value = line.norm[: m.start()].strip()
        lead = _starts_with("attribution_lead", value)
        # take the original spelling of the words between lead and verb
        words = line.words
        skip = len(lead.split()) if lead else 0
        keep = len(value.split()) - skip
        if keep <= 0:
            return None
        return " ".join(words[skip:skip + keep]) if keep <= len(words) else None
    return None


def _tags_from(value: str) -> list[str]:
    value = value.strip().strip(".")
    if not value:
        return []
    if _compiled(r"[,;#|•·]").search(value):
        parts = _compiled(r"\s*[,;#|•·]\s*").split(value)
    elif all(w[:1].isupper() or w[:1].isdigit() for w in value.split()):
        parts = value.split()
    else:
        parts = [value]
    # a tag is a name or a short phrase; a piece that ends like a sentence ("Жаңалықтарды
    # Telegram арнамыздан оқыңыз!") or runs long is a promo glued to the tags, not a tag
    return [t for t in (p.strip().strip("#").strip() for p in parts)
            if t and len(t.split()) <= TAG_MAX_WORDS and not t.endswith(("!", "?", "…"))]


def _date_line(line: Line, reference_date) -> str | None:
    """The ISO date of a line that is (almost) only a date, '' for an unresolved
    relative date, None for other lines."""
    if line.n > 12:
        return None
    found = find_dates(line.text, reference_date)
    if not found:
        return None
    rest = line.text
    for d in reversed(found):
        rest = rest[: d.start] + " " + rest[d.end:]
    left = [w for w in _WORD.findall(rest) if not w.isdigit()]
    if len(left) > 3 or _ends_period(rest) and len(left) > 1:
        return None
    before = line.text[: found[-1].start].rstrip()
    if len(left) >= 3 and before[-1:].islower() and line.text.rstrip()[-1:] in ".!?…":
        return None  # a sentence that ends in a date: "Напомним, голосование прошло 19 марта."
    if _UPDATED.search(line.text[: found[0].start]):
        return ""  # an update stamp: a date line, but not the publication date
    return found[0].iso
_SO = regex.compile(r"\p{So}")


def _probe(piece: str) -> Line:
    line = Line(0, 0, len(piece), piece, 0, whole=False)
    line.words = _WORD.findall(piece)
    line.norm = norm(piece)
    return line


def _field_date(line: Line) -> bool:
    """A date line ("30.05.2024, 09:05") or a labelled field with a date ("Автор: Иван
    Петров, 12.03.2024 15:40"), not a headline stamped with its date ("Маслихат принял
    бюджет 12.03.2024": three words or more besides the date, no label)."""
    found = [d for d in find_dates(line.text) if not d.relative]
    if not found or _date_line(line, None) is None:
        return False
    rest = line.text[: found[0].start] + " " + line.text[found[-1].end:]
    letters = [w for w in _WORD.findall(rest) if _LETTER.search(w)]
    return ":" in line.text[: found[0].start] or len(letters) < TITLE_MIN_WORDS - 1


def _stamped(ln: Line) -> bool:
    """A headline with a date or time at its start or end ("Заголовок 15.04.2022")."""
    found = [d for d in find_dates(ln.text) if not d.relative]  # "12 марта ..." may be a schedule
    if not found:
        return False
    d = found[0]
    rest = (ln.text[: d.start] + ln.text[d.end:]).strip(" |,-–—")
    return (d.start <= 1 or d.end >= len(ln.text.rstrip()) - 1) and len(_WORD.findall(rest)) >= 3


# A site's promo after the article names its accounts: at least PROMO_MIN_NETWORKS social
# networks, or one and an account handle ("@site", "site_official", "t.me/site"), in at most
# PROMO_MAX_WORDS words.  A closing sentence that mentions one network stays.
PROMO_MIN_NETWORKS = 2
PROMO_MAX_WORDS = 20
_HANDLE = regex.compile(r"(?<![\p{L}\p{N}])@[\p{L}\p{N}_.]{3,}|(?<![\p{L}\p{N}])[\p{Latin}\p{N}]+_[\p{Latin}\p{N}_]+|t\.me/\S+")


def _promo(line: Line) -> bool:
    """A site's promo after the article: it names a social network and an account handle, or
    names networks and addresses the reader ("Присоединяйтесь ...", "... қосылыңыз"); a
    closing sentence that reports ("Видео выложили в Telegram и на YouTube.") stays."""
    if line.n > PROMO_MAX_WORDS:
        return False
    networks = {m.group() for m in _alternation("share_word").finditer(line.norm) if len(m.group()) >= 3}
    if not networks:
        return False
    if _HANDLE.search(line.text):
        return True
    return len(networks) >= PROMO_MIN_NETWORKS and any(_addresses_reader(w) for w in line.words)


_KK_POLITE = regex.compile(r"(?:ңыз|ңіз|ыңыз|іңіз)$")


def _addresses_reader(word: str) -> bool:
    """An imperative ("Присоединяйтесь", "Подписывайтесь") or a Kazakh polite form ("қосылыңыз")."""
    from .evidence import is_imperative

    low = word.casefold()
    return bool(_KK_POLITE.search(low)) or is_imperative(low)
