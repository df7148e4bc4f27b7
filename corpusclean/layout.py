"""Line and block classification of a page-text dump (Russian and Kazakh).

While steps run, each non-empty line of a dump is a paragraph and lines that stand
together without a blank line form a block (see ``space.normalize``).  :func:`analyse`
gives every line a *kind* from general features only:

* shape: number of words, end punctuation, capitalisation, bullets, stopword share;
* position: lines before the first body paragraph form the *header*, lines after the
  last one the *footer*; the body lies between ("good" lines, :data:`GOOD_MIN_WORDS`);
* neighbourhood: runs of short headline-like lines (related-news lists), labels that
  open a block ("Читайте также", "Теги:"), a title next to a date;
* timestamps (:mod:`corpusclean.dates`) and per-language phrase lists in
  ``data/boilerplate/{ru,kk,common}.tsv``.

The header and footer are judged strictly, the body leniently: inside the body only a
line that matches a phrase list (share buttons, "нашли ошибку", a credit, a menu) or a
labelled related block goes.  The steps in ``steps/boilerplate.py`` and
``steps/metadata.py`` each remove the kinds they own; they all call :func:`analyse` on
the text as it stands, and the analysis is built so that removing lines of a boilerplate
kind does not change the kind of any other line (tested in tests/test_layouts.py).

>>> lay = analyse("Новости Политика Экономика Спорт Регионы\\nПартия провела съезд в Астане\\n"
...               "12 марта 2023, 10:45\\nДелегаты съезда обсудили программу партии на ближайшие пять лет.\\n"
...               "Просмотров: 120")
>>> [(l.kind, l.text[:20]) for l in lay.lines]  # doctest: +NORMALIZE_WHITESPACE
[('nav', 'Новости Политика Эко'), ('title', 'Партия провела съезд'), ('date', '12 марта 2023, 10:45'),
 ('content', 'Делегаты съезда обсу'), ('counter', 'Просмотров: 120')]
>>> lay.published
'2023-03-12T10:45'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import regex

from .boilerplate import units
from .dates import find_dates

__all__ = ["Line", "Layout", "analyse", "phrases", "stopwords", "norm", "BOILERPLATE_KINDS", "line_span", "removal_spans"]

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
_TIME_LEAD = regex.compile(r"^\s*(?:[01]?\d|2[0-3]):[0-5]\d\b")
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
    out: dict[str, set[str]] = {}
    for name in ("common.tsv", "kk.tsv", "ru.tsv"):
        for line in _data(name).splitlines():
            if line.strip():
                cat, phrase = line.split("\t")
                out.setdefault(cat, set()).add(norm(phrase) if cat != "notice" else phrase.casefold().replace("ё", "е"))
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
    from .boilerplate.evidence import is_verb  # pymorphy3: loaded only when an attribution is judged

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


def _good(line: Line) -> bool:
    if line.n >= LONG_MIN_WORDS and not _ANY_SENTENCE_END.search(line.text):
        return False  # 30 words and not one sentence mark: headlines or menu items run together
    if line.n >= LONG_MIN_WORDS:
        return True
    if line.n < GOOD_MIN_WORDS:
        return False
    if _ends_period(line.text):
        return True
    return _ends_sentence(line.text) and bool(_INNER_SENTENCE.search(line.text))


# --- phrase-driven kinds (any zone) ------------------------------------------------------
def _menu(line: Line) -> bool:
    if line.n < MENU_MIN_WORDS or _ends_sentence(line.text) or "," in line.text:
        return False
    nav = phrases().get("nav_word", frozenset())
    hits = sum(1 for w in line.words if w.casefold().replace("ё", "е") in nav)
    return hits >= MENU_MIN_NAV and hits / line.n >= MENU_NAV_SHARE and _stop_share(line) <= MENU_MAX_STOP_SHARE


def _breadcrumb(line: Line) -> bool:
    """"Главная / Новости / Политика"; the last crumb may be the article's own title."""
    parts = _BREADCRUMB_SEP.split(line.text.strip())
    if len(parts) < 3 or line.n > 30 or _ends_period(line.text):
        return False
    return all(1 <= len(_WORD.findall(p)) <= 4 for p in parts[:-1]) and len(_WORD.findall(parts[-1])) >= 1


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


def _counter(line: Line) -> bool:
    if line.n > COUNTER_MAX_WORDS:
        return False
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


def _rates(line: Line) -> bool:
    pairs = _RATE.findall(line.text)
    if len(pairs) < RATES_MIN_PAIRS or _ends_sentence(line.text):
        return False
    rest = _RATE.sub(" ", line.text)
    return len([w for w in _WORD.findall(rest) if _LETTER.search(w)]) <= RATES_MAX_OTHER


@lru_cache(maxsize=1)
def _credit_colon() -> regex.Pattern:
    items = sorted(phrases().get("credit", ()), key=len, reverse=True)
    return regex.compile(r"(?<![\p{L}\p{N}])(?:%s)\s*:" % "|".join(regex.escape(p) for p in items))


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
    return rest[:1] in (":", "-", "–", "—", "/", "|", "©") or " " in p


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
    m = regex.match(r"\s*[^\p{L}\p{N}]*?" + r"\s*".join(regex.escape(w) for w in p.split()) + r"\s*([:—–-])\s*(.*)$",
                    line.text, regex.I)
    if m:
        return True, m.group(2).strip()
    return False, ""


def _attribution(line: Line) -> str | None:
    """The source named by a standalone attribution line, or None."""
    if line.n > ATTRIBUTION_MAX_WORDS or line.n < 2:
        return None
    if any(not d.relative for d in find_dates(line.text)):
        return None  # "Автор: Иван Петров, 12.03.2023" is a date line
    text = line.text.strip()
    p = _starts_with("attribution", line.norm)
    if p is not None:
        m = regex.match(r"[^\p{L}\p{N}]*" + r"\s+".join(regex.escape(w) for w in p.split()) + r"(?![\p{L}\p{N}])\s*[:—–-]?\s*",
                        text, regex.I)
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
    if regex.search(r"[,;#|•·]", value):
        parts = regex.split(r"\s*[,;#|•·]\s*", value)
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


# --- the analysis --------------------------------------------------------------------------
def _split(text: str) -> list[Line]:
    """The units of ``text`` (:func:`corpusclean.boilerplate.units`) as the lines the
    rules judge: a line of a dump in one line per block is one unit, a paragraph of
    several sentences or a page joined into one line is split into its sentences; a
    furniture span at the start or the end of a unit is a piece of its own
    (:func:`_pieces`)."""
    lines: list[Line] = []
    for u in units(text):
        pieces = _pieces(text, u.start, u.end, u.whole)
        for s, e in pieces:
            line = Line(len(lines), s, e, text[s:e], u.block, whole=u.whole and len(pieces) == 1)
            line.words = _WORD.findall(line.text)
            line.norm = norm(line.text)
            line.kind = "unknown"
            lines.append(line)
    return lines


_ANY_WORD = regex.compile(r"\p{L}[\p{L}-]*")


# Before the section names of a menu run into a page joined with spaces, the site's name may
# stand ("Дала Жаршысы Главная Политика ..."): at most MENU_SITE_MAX_WORDS capitalised words.
MENU_SITE_MAX_WORDS = 3
_TOKEN = regex.compile(r"\S+")
_TOKEN_EDGES = regex.compile(r"^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$")


def _menu_prefix(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A unit cut out of a joined line that opens with a menu ("Главная Новости Политика
    Общество Маслихат утвердил ...", "Дала Жаршысы Главная Политика ... RU | ҚАЗ Главная /
    Политика / Партии AMANAT утвердил ..."): the run of capitalised section names and links,
    with the marks between them, a site name before them and single other capitalised words
    between them (a language switch, "Іздеу"), is a unit of its own when MENU_MIN_NAV section
    names or more stand in it, they make MENU_NAV_SHARE of its words, and at least
    TITLE_MIN_WORDS other words follow.  A section name followed by a quote or a lower-case
    word opens the headline ("Партия «Ауыл» добилась ..."), not the menu."""
    nav = phrases().get("nav_word", frozenset())
    links = phrases().get("nav", frozenset())
    toks = [(m.start(), m.end(), _TOKEN_EDGES.sub("", m.group())) for m in _TOKEN.finditer(text, start, end)]

    def is_nav(k: int) -> int:
        """How many tokens a section name or link at ``k`` takes (0: none)."""
        word = toks[k][2]
        if not word or not word[0].isupper() or text[toks[k][1] - 1] == ":":
            return 0  # "Фото:" opens a credit, not a menu item
        for n in (3, 2):  # links of several words: "Басты бет", "Лента новостей"
            if k + n <= len(toks) and norm(" ".join(t[2] for t in toks[k:k + n])) in links:
                return n
        if word.casefold().replace("ё", "е") in nav or norm(word) in links:
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt is not None and (text[nxt[0]] in _OPEN_QUOTES or nxt[2][:1].islower()):
                return 0  # "Партия «Ауыл» ...", "Политика партии ...": the headline begins
            return 1
        return 0

    def capitalised(k: int) -> bool:
        word = toks[k][2]
        return bool(word) and word[0].isupper() and _LETTER.search(word) is not None and len(word) <= 14

    k, navs, words, close, site = 0, 0, 0, None, 0
    while k < len(toks):
        if not toks[k][2]:  # a mark between items: "|", "/", "·", "»"
            k += 1
            continue
        n = is_nav(k)
        if n:
            navs, words, k = navs + 1, words + n, k + n
            close = k
            continue
        if capitalised(k) and k + 1 < len(toks):
            nxt = k + 1
            while nxt < len(toks) and not toks[nxt][2]:
                nxt += 1
            if navs == 0 and site < MENU_SITE_MAX_WORDS:
                site, words, k = site + 1, words + 1, k + 1
                continue
            if navs and nxt < len(toks) and (nxt > k + 1 or is_nav(nxt)):
                words, k = words + 1, k + 1  # one other item between section names or marks
                continue
        break
    if close is None or navs < MENU_MIN_NAV or navs < MENU_NAV_SHARE * (words - site):
        return [(start, end)]
    pos = toks[close - 1][1]
    # the marks right after the last item belong to the menu ("Главная / Политика /")
    while close < len(toks) and not toks[close][2]:
        pos, close = toks[close][1], close + 1
    if len(_WORD.findall(text, pos, end)) < TITLE_MIN_WORDS:
        return [(start, end)]
    j = pos
    while j < end and text[j].isspace():
        j += 1
    return [(start, pos), (j, end)]


# --- furniture at the edges of a unit ------------------------------------------------------
# A unit cut out of a joined page may still open with furniture glued to its first words
# ("Просмотров: 3 907Центральная ...", "Фото: пресс-служба партииВ Астане ...", "Саясат«Нұр
# Отан» партиясы ...") or end with it ("... «Ауыл».#тарифы #НПК"): the segmenter leaves the
# junction alone when no evidence about the words on either side decides it.  Judged from the
# furniture side, the prefix is a piece of its own when it ends at a junction and, alone, is a
# counter, a date stamp, a credit or a section label; the rest is judged like any unit, so a
# body sentence never goes with the furniture in front of it.
# The prefix lies within the first EDGE_PREFIX_MAX_WORDS words (a credit with its label and
# value runs 2-9 words, a date stamp with a view counter 4-6).
EDGE_PREFIX_MAX_WORDS = 12
# At most this many prefixes are cut off one unit ("Қаралым: 1 015" + "Фото: ..." + body).
EDGE_PREFIX_MAX_PIECES = 4
# A section label glued to a headline ("Саясат«Нұр Отан» ...", "Басты бет » Саясат«Ақ жол» ...")
# has at most this many words.
EDGE_LABEL_MAX_WORDS = 6

_OPEN_QUOTES = "«“„\""
_CLOSE_GLUE = "»”)\""
_SO = regex.compile(r"\p{So}")
_COUNT_WITH_UNIT = regex.compile(r"\d\s*\p{Ll}{1,4}\.?$")
_LOWER_UPPER = regex.compile(r"\p{Ll}\p{Lu}")
_LETTERS_AT = regex.compile(r"\p{L}+")
_LETTERS_BEFORE = regex.compile(r"(?r)\p{L}+")
_EDGE_CANDIDATE = regex.compile(r"(?<=\S)(?=[\p{Lu}«“„\"])|(?<=\S)\s+(?=[\p{Lu}«“„\"])")
_LABEL_SEP = regex.compile(r"\s*[»›/|·>→]\s*")


def _script(ch: str) -> str:
    return "latin" if "a" <= ch.casefold() <= "z" else "other"


def _right_word_opens(text: str, i: int, left: str) -> bool:
    """The word at ``i`` can open a unit after a glued ``left`` character: a word in sentence
    case, an acronym after a lower-case letter, a digit or a closing mark, or a one-letter
    capitalised function word ("партииВ Астане")."""
    from .boilerplate.evidence import is_opener

    m = _LETTERS_AT.match(text, i)
    word = m.group() if m else ""
    if len(word) >= 2 and word[1:].islower():
        return True
    if len(word) >= 2 and word.isupper():
        return not left.isupper()
    return len(word) == 1 and is_opener(word)


def _glued_edge(text: str, i: int) -> bool:
    """Two units touch at ``i`` with nothing between them: "партииВ", "ОмаровЕлордада",
    "қызметі«Ақ", "907Центральная", "AMANATВ" (Latin capitals, then a Cyrillic word)."""
    a, b = text[i - 1], text[i]
    if b in _OPEN_QUOTES:
        return i + 1 < len(text) and text[i + 1].isupper() and (a.islower() or a.isdigit() or a in _CLOSE_GLUE)
    if not b.isupper() or not _right_word_opens(text, i, a):
        return False
    if a.isdigit() or a in _CLOSE_GLUE or a in ":.":
        return True  # (a full stop only counts where the piece before it is furniture: "4 мин.Банки")
    if a.isupper():
        return a.isalpha() and _script(a) != _script(b)  # "AMANATВ Астане"; not "КазМунайГаз"
    if not a.islower():
        return False
    from .boilerplate.evidence import protected_camelcase

    left = _LETTERS_BEFORE.search(text, 0, i)
    right = _LETTERS_AT.match(text, i)
    token = (left.group() if left and left.end() == i else "") + (right.group() if right else "")
    if len(_LOWER_UPPER.findall(token)) > 1:
        return False  # three case segments: a name ("КазМунайГаз", "ТрансТелеКом")
    return not protected_camelcase(token, left.group() if left else "", right.group() if right else "")


_KK_WORD = regex.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
_NEXT_WORD = regex.compile(r"[^\S\n]+([«\"“„]|\p{Ll}+)")
# Kazakh locative, dative and ablative endings ("Елордада", "Астанаға", "Алматыдан").
_KK_CASE_END = regex.compile(r"(?:да|де|та|те|ға|ге|қа|ке|дан|ден|тан|тен|нан|нен)$")


def _opens_sentence(text: str, i: int, end: int) -> bool:
    """The word at ``i`` (after a space) opens a sentence, not a name that goes on: a
    capitalised function word ("В", "Бұл"), a Russian common word in the nominative
    ("Партия", "Депутаты"), or a Kazakh word in sentence case before a lower-case word
    ("Қала әкімдігі ...")."""
    from .boilerplate.evidence import can_open_sentence, is_common_capitalised, is_opener

    m = _LETTERS_AT.match(text, i)
    if m is None:
        return False
    word = m.group()
    if is_opener(word) or is_common_capitalised(word) and can_open_sentence(word):
        return True
    if not word[1:].islower():
        return False
    nxt = _NEXT_WORD.match(text, m.end(), end)
    if nxt is None:
        return False
    if nxt.group(1)[:1].islower():
        return bool(_KK_WORD.search(word) or _KK_WORD.search(nxt.group(1)))
    # "Ерлан Омаров Елордада «Нұр Отан» ...": a Kazakh word with a case ending before a quote
    return len(word) >= 5 and bool(_KK_CASE_END.search(word))


def _probe(piece: str) -> Line:
    line = Line(0, 0, len(piece), piece, 0, whole=False)
    line.words = _WORD.findall(piece)
    line.norm = norm(piece)
    return line


# An image caption printed before its credit ("Делегаты съезда Фото: пресс-служба ...") has at
# most this many words.
CAPTION_MAX_WORDS = 8


def _credit_value_words(line: Line) -> int | None:
    """Words after a credit label and its colon or dash ("Фото: пресс-служба партии" -> 3),
    the label at the start or after a short caption ("Делегаты съезда Фото: Иван Петров")."""
    p = _starts_with("credit", line.norm)
    text = line.text.lstrip()
    if p is None:
        m = _credit_colon().search(text.casefold().replace("ё", "е"))
        if m is None or not m.start() or not text[m.start()].isupper():
            return None
        caption = text[: m.start()]
        if len(_WORD.findall(caption)) > CAPTION_MAX_WORDS or _ANY_SENTENCE_END.search(caption):
            return None
        return len(_WORD.findall(text, m.end()))
    if not text.casefold().replace("ё", "е").startswith(p):
        return None
    rest = text[len(p):].lstrip()
    if rest[:1] not in (":", "-", "–", "—", "/", "|"):
        return None
    return len(_WORD.findall(rest))


def _section_label(piece: str) -> bool:
    """Only section names and navigation links, maybe between crumb marks ("Саясат",
    "Басты бет » Саясат", "Главная / Политика")."""
    nav, links = phrases().get("nav_word", frozenset()), phrases().get("nav", frozenset())
    parts = [p for p in _LABEL_SEP.split(piece.strip()) if p]
    if not parts or len(_WORD.findall(piece)) > EDGE_LABEL_MAX_WORDS:
        return False
    for part in parts:
        n = norm(part)
        if n in links:
            continue
        words = _WORD.findall(part)
        if not words or not all(w.casefold().replace("ё", "е") in nav and w[0].isupper() for w in words):
            return False
    return True


@lru_cache(maxsize=1)
def _edge_first_words() -> frozenset[str]:
    """First words of the phrases a furniture prefix opens with (a cheap test before the
    junctions of a unit are looked at)."""
    out: set[str] = set()
    for cat in ("counter_word", "credit", "nav_word", "nav", "share_word", "related"):
        out.update(p.split(" ")[0] for p in phrases().get(cat, ()) if p)
    return frozenset(out)


def _label_start(text: str, start: int, stop: int, end: int) -> int | None:
    """The first word start after ``start`` and before ``stop`` where a tags, related or
    share label opens what follows (up to ``end``), or None."""
    for w in _WORD.finditer(text, start, stop):
        p = w.start()
        if p == start:
            continue
        probe = _probe(text[p:end])
        if _label_of(probe, "tags")[0] or _label_of(probe, "related")[0] or _starts_with("share_word", probe.norm):
            return p
    return None


def _furniture_prefix(text: str, start: int, end: int, whole: bool) -> tuple[int, int] | None:
    """``(prefix_end, rest_start)`` when the unit ``text[start:end]`` opens with furniture glued
    to what follows (or, for a counter or date stamp ending in a number, followed by a space
    and a capital); None otherwise."""
    first = _WORD.match(text, start)
    if first is None or first.start() != start and text[start:first.start()].strip(_OPEN_QUOTES + " ") \
            and not _SO.match(text, start):
        return None
    w0 = first.group().casefold().replace("ё", "е")
    if not (w0[:1].isdigit() or w0 in _edge_first_words() or _SO.match(text, start) or _RATE.search(text, start, min(end, start + 60))
            or _credit_colon().search(text[start:min(end, start + 120)].casefold().replace("ё", "е"))):
        return None
    words = 0
    for m in _EDGE_CANDIDATE.finditer(text, start, end):
        i = m.end()
        if i >= end:
            break
        words = len(_WORD.findall(text, start, m.start()))
        if words > EDGE_PREFIX_MAX_WORDS:
            break
        if i <= start or not words:
            continue
        glued = m.start() == m.end()
        if glued and not _glued_edge(text, i) or not glued and whole:
            continue  # in a dump of one line per block only a glued junction counts
        piece = text[start:m.start()]
        if not _LETTER_OR_DIGIT.search(text, i, end):
            break
        line = _probe(piece)
        ends_number = piece[-1:].isdigit()
        dated = (glued or _SO.search(piece)) and _date_line(line, None) is not None  # "11:30 👁 1 245 💬 0"
        if ends_number and (_counter(line) or _icon_counter(line) or dated):
            return m.start(), i
        if _COUNT_WITH_UNIT.search(piece) and _counter(line):
            return m.start(), i  # "Время чтения: 4 мин.Банки ..."
        if ends_number and _rates(line):
            # the whole widget: the rates after this one too ("... EUR 485,10 RUB 4,86")
            cut, k = m.start(), i
            while (r := _RATE.match(text, k, end)) is not None:
                cut = r.end()
                k = cut
                while k < end and text[k].isspace():
                    k += 1
            if k < end and _LETTER_OR_DIGIT.search(text, k, end):
                return cut, k
            return None
        if _label_of(line, "related") == (True, "") and not piece.rstrip().endswith(":"):
            return m.start(), i  # "Похожие материалы Токаев предложил ...": the label, then its items
        value = _credit_value_words(line)
        credit = value is not None and 1 <= value <= CREDIT_VALUE_MAX_WORDS and line.n <= CREDIT_MAX_WORDS
        if credit:
            label = _label_start(text, start, m.start(), end)
            if label is not None:
                # "Сурет: ... қызметі Тегтер: Сенат, заң": the credit ends where a tag, share
                # or related label begins; the label and its values are a piece of their own
                cut = label
                while cut > start and text[cut - 1].isspace():
                    cut -= 1
                return cut, label
        if not glued:
            if credit and _opens_sentence(text, i, end):
                return m.start(), i  # "Фото: Руслан Пряников Партия «Республика» ..." (a page joined with spaces)
            continue
        if credit:
            return m.start(), i
        if _section_label(piece) or _share(line):
            return m.start(), i
    return None


_HASHTAG_TAIL = regex.compile(r"(?<=[.!?…»\"”)][^\S\n]*)#[\p{L}\p{N}_]+(?:[-][\p{L}\p{N}_]+)*"
                              r"(?:[\s,;]+#[\p{L}\p{N}_]+(?:[-][\p{L}\p{N}_]+)*)*[\s,;.]*$")


@lru_cache(maxsize=1)
def _tags_label_glued() -> regex.Pattern:
    items = sorted(phrases().get("tags", ()), key=len, reverse=True)
    return regex.compile(r"(?<=[.!?…»\"”)\p{Ll}\d])(?=(?i:%s)\s*:)" % "|".join(regex.escape(p) for p in items))


def _tag_suffix(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``(body_end, tags_start)`` when the unit ends in a line of tags run on after its last
    sentence ("... партии «Ауыл».#тарифы #НПК", "... 2024.Теги: выборы, маслихат"); None
    otherwise.  The tags are a piece of their own, the sentence stays."""
    if "#" not in text[start:end] and not any(p in text[start:end].casefold() for p in phrases().get("tags", ())):
        return None
    m = _HASHTAG_TAIL.search(text, start, end)
    tail = m.start() if m else None
    if tail is None:
        for m in _tags_label_glued().finditer(text, start, end):
            after = text[m.start():end]
            if text[m.start()].isupper() and len(_WORD.findall(after)) <= TAG_LINE_MAX_WORDS + 1 \
                    and not _SENTENCE_INSIDE.search(after):
                tail = m.start()
                break
    if tail is None:
        return None
    body_end = tail
    while body_end > start and text[body_end - 1].isspace():
        body_end -= 1
    if not _LETTER.search(text, start, body_end):
        return None
    return body_end, tail


def _counter_suffix(text: str, start: int, end: int, whole: bool) -> tuple[int, int] | None:
    """``(body_end, counter_start)`` when the unit ends in a view counter run on after a
    headline ("... по регионам Просмотров: 3 907", "... регионамПросмотров: 3 907"): a
    capitalised counter word, its number last; after a space only in a unit cut out of a
    longer line."""
    if not text[end - 1:end].isdigit():
        return None
    icons = _ICON_COUNTER_TAIL.search(text, max(start, end - 40), end)
    if icons is not None and icons.start() > start:
        # "... тұрғындармен кездесті👁 845": view counters shown as an icon and a number,
        # glued to (or after) the headline or sentence they follow; no title or sentence
        # ends in a pictograph and a number
        body_end = icons.start()
        while body_end > start and text[body_end - 1].isspace():
            body_end -= 1
        if len(_WORD.findall(text, start, body_end)) >= 2 and _date_line(_probe(text[start:body_end]), None) is None:
            return body_end, icons.start()
    for m in _counter_words_cased().finditer(text, max(start, end - 60), end):
        i = m.start()
        if i <= start or not text[i].isupper():
            continue
        glued = not text[i - 1].isspace()
        if glued and not _glued_edge(text, i) or not glued and whole:
            continue
        line = _probe(text[i:end])
        if not _counter(line):
            continue
        body_end = i
        while body_end > start and text[body_end - 1].isspace():
            body_end -= 1
        if len(_WORD.findall(text, start, body_end)) < 2 or _date_line(_probe(text[start:body_end]), None) is not None:
            return None  # a date stamp with its counter is one date line ("12 наурыз Оқылды: 1 245")
        return body_end, i
    return None


# One or more "pictograph, number" pairs at the end of a unit: "👁 845", "👁 1 209 💬 3" (not the
# signs of a copyright year or an issue number: "© 2023", "№ 11").
_ICON_COUNTER_TAIL = regex.compile(r"(?V1)(?:[\p{So}--[©®№℗™]][^\S\n]*\d[\d\u00a0 ]*)+$")


@lru_cache(maxsize=1)
def _counter_words_cased() -> regex.Pattern:
    items = sorted(phrases().get("counter_word", ()), key=len, reverse=True)
    alt = "|".join(regex.escape(p).replace("е", "[её]") for p in items)
    return regex.compile(r"(?i)(?<![\p{L}\p{N}])(?:%s)(?![\p{L}\p{N}])" % alt)


@lru_cache(maxsize=1)
def _inner_label() -> regex.Pattern:
    items = sorted({p for cat in ("related", "tags", "share_word") for p in phrases().get(cat, ()) if p},
                   key=len, reverse=True)
    return regex.compile(r"(?<=\S)(?P<gap>[^\S\n]*)(?=(?i:%s)[^\S\n]*:)" % "|".join(regex.escape(p) for p in items))


def _label_cuts(text: str, start: int, end: int, whole: bool) -> list[int]:
    """Where a capitalised label with its colon ("Поделиться:", "Читайте также:", "Теги:")
    starts inside a unit after other furniture run on before it ("Теги: а, б Поделиться:
    Читайте также: ..."): glued to what precedes it, or after a space in a unit cut out of
    a longer line.  Not after a sentence mark or a comma (then it is text)."""
    if ":" not in text[start:end]:
        return []
    cuts = []
    for m in _inner_label().finditer(text, start, end):
        i = m.end()
        if i <= start or not text[i].isupper() or (whole and m.group("gap")):
            continue
        before = text[start:m.start()].rstrip()
        if not before or before[-1] in ".!?…," or not _LETTER_OR_DIGIT.search(before):
            continue
        cuts.append(i)
    return cuts


def _pieces(text: str, start: int, end: int, whole: bool) -> list[tuple[int, int]]:
    """A unit as the pieces the rules judge: the unit itself, or the furniture glued to its
    start (a menu, a counter, a date stamp, a credit, a section label) and to its end (tags),
    each a piece, and what stands between them."""
    out: list[tuple[int, int]] = []
    s = start
    for _ in range(EDGE_PREFIX_MAX_PIECES):
        cut = None
        if not whole:
            menu = _menu_prefix(text, s, end)
            if len(menu) == 2:
                cut = (menu[0][1], menu[1][0])
        if cut is None:
            cut = _furniture_prefix(text, s, end, whole)
        if cut is None:
            break
        out.append((s, cut[0]))
        s = cut[1]
    first = _probe(text[s:end])
    if _label_of(first, "tags")[0] or _label_of(first, "related")[0] or _share(first) or _starts_with("share_word", first.norm):
        # furniture labels run together: each a piece ("Теги: ... | Поделиться: | Читайте также: ...")
        for i in _label_cuts(text, s, end, whole):
            j = i
            while j > s and text[j - 1].isspace():
                j -= 1
            out.append((s, j))
            s = i
    tail = _tag_suffix(text, s, end) or _counter_suffix(text, s, end, whole)
    if tail is not None:
        out.extend([(s, tail[0]), (tail[1], end)])
    else:
        out.append((s, end))
    return out


@lru_cache(maxsize=8)
def analyse(text: str, known_title: str | None = None, reference_date: str | None = None) -> Layout:
    """Classify every line of ``text`` (see the module docstring).

    ``known_title`` is a title already in the metadata (front matter, HTML): the line
    that repeats it is the title line and no other title is guessed.
    The result is cached and shared: do not change it.
    """
    lines = _cut_known_title(text, _split(text), known_title)
    lay = Layout(text, lines)
    nonblank = [ln for ln in lines if not ln.blank]
    if not nonblank:
        return lay

    # 1. phrase- and shape-driven kinds, before zones are known
    related_open = False
    tag_open: Line | None = None   # a bare "Теги:" label whose values may follow
    tag_taken = 0
    tags: list[str] = []
    for ln in nonblank:
        if tag_open is not None:
            # values of a bare "Теги:" label: short lines of its own block, or else the
            # first line of the next block; the first line that does not fit ends them
            # (a share button, a link or a label ending in ":" after the tags is not a tag)
            fits = (_LETTER_OR_DIGIT.search(ln.text) and ln.n <= TAG_LINE_MAX_WORDS and not _ends_sentence(ln.text)
                    and (ln.block == tag_open.block or (ln.block == tag_open.block + 1 and not tag_taken))
                    and not _core(ln.text).endswith(":") and not _share(ln) and not _nav_link(ln)
                    and not _counter(ln) and not _label_of(ln, "related")[0] and not _label_of(ln, "tags")[0])
            if fits:
                ln.kind, ln.value = "tags", ln.text.strip()
                tags.extend(_tags_from(ln.text))
                tag_taken += 1
                continue
            tag_open = None
        if _TABLE_ROW.match(ln.text):
            # a row of a data table as trafilatura writes it ("| Округ | Голоса |", "|---|---|"):
            # content, however short or menu-like its cells are
            ln.kind = "content"
            continue
        if not _LETTER_OR_DIGIT.search(ln.text):
            ln.kind = "symbol"
            continue
        if _HASHTAGS.match(ln.text):
            # "#жастар #кітап #ауыл": tags without a label
            ln.kind, ln.value = "tags", ln.text.strip()
            tags.extend(_tags_from(ln.text))
            related_open = False
            continue
        is_label, after = _label_of(ln, "related")
        if is_label:
            ln.kind = "related"
            related_open = not after
            continue
        is_tags, after = _label_of(ln, "tags")
        if is_tags and _SENTENCE_INSIDE.search(after):
            is_tags = False  # "Теги: съезд, выборы Партия провела съезд. ...": the text runs on after the tags
        if is_tags:
            ln.kind = "tags_label"
            tags.extend(_tags_from(after))
            ln.value = after or None
            tag_open, tag_taken = (None if after else ln), 0
            related_open = False
            continue
        if _nav_link(ln) or _menu(ln) or _breadcrumb(ln):
            ln.kind = "nav"
        elif ln.norm in phrases().get("ad", ()) or _ad_mark(ln):
            ln.kind = "ad"
        elif _share(ln) or _subscribe(ln):
            ln.kind = "share"
        elif _counter(ln) or _icon_counter(ln) or _rates(ln):
            ln.kind = "counter"
        elif _credit(ln):
            ln.kind = "credit"
        else:
            att = _attribution(ln)
            if att:
                ln.kind, ln.value = "attribution", att
        if ln.kind == "unknown" and related_open:
            # a related block: the headline-like lines after the label (a dump without
            # blank lines is one block, so the block alone does not say where it ends);
            # a byline with the date ("Автор: Иван Петров, 12.03.2024") ends it
            if (_headline_like(ln) or _stamped(ln)) and not _good(ln) and not _ends_period(ln.text) and not _field_date(ln):
                ln.kind, ln.value = "related", "item"
                continue
        related_open = related_open and ln.kind != "unknown"
    lay.tags = list(dict.fromkeys(tags))
    _comments(nonblank)
    _teasers(lay, nonblank)

    # 2. zones: the body runs from the first to the last good paragraph (a cookie or
    # copyright notice is never one, however long: it would pull the footer into the body)
    good = [ln.index for ln in nonblank if ln.kind == "unknown" and _good(ln) and not _notice(ln, "footer")]
    if not good:
        good = [ln.index for ln in nonblank if ln.kind == "unknown" and _ends_sentence(ln.text) and ln.n >= 5]
    if good:
        lay.body_start, lay.body_end = good[0], good[-1]
    else:
        lay.body_start, lay.body_end = nonblank[0].index, nonblank[-1].index

    def zone(ln: Line) -> str:
        if ln.index < lay.body_start:
            return "header"
        if ln.index > lay.body_end:
            return "footer"
        return "body"

    for ln in nonblank:
        if ln.kind == "unknown" and zone(ln) != "body" and _nav_prefix(ln):
            ln.kind = "nav"
        if ln.kind == "unknown" and _notice(ln, zone(ln)):
            owner = _copyright_owner(ln.text) if zone(ln) != "body" else None
            ln.kind, ln.value = ("site", owner) if owner else ("notice", None)
            if owner and lay.site is None:
                lay.site = owner

    _list_protection(nonblank)
    _header(lay, [ln for ln in nonblank if zone(ln) == "header"], known_title, reference_date)
    _body(lay, [ln for ln in nonblank if zone(ln) == "body"])
    _footer(lay, [ln for ln in nonblank if zone(ln) == "footer"], reference_date)
    for ln in nonblank:
        if ln.kind in ("unknown", "list", "lead"):
            ln.kind = "content"
    _continued(lay, text, nonblank)
    _duplicates(lay, nonblank, known_title)
    if known_title is None and lay.title is not None:
        # furniture glued to the chosen headline (a joined or spaced dump): the headline's
        # own span is the title, and the furniture around it pieces of their own
        span = _headline_span(text, lay.lines[lay.title])
        if span is not None:
            again = analyse(text, text[span[0]:span[1]], reference_date)
            if again.title is not None:
                return again
    return lay


def _comments(nonblank: list[Line]) -> None:
    """From a comment-section opener after the first body paragraph to the next related
    or tags label (or the end): the unclassified lines are comments (names of commenters,
    their texts, the prompt); lines of other kinds (a counter, a share row) keep them,
    notices and © lines too."""
    first_good = next((i for i, ln in enumerate(nonblank) if ln.kind == "unknown" and _good(ln)), None)
    if first_good is None:
        return
    for i in range(first_good + 1, len(nonblank)):
        ln = nonblank[i]
        if ln.kind in ("unknown", "counter", "nav", "share") and _comments_opener(ln, nonblank[i + 1] if i + 1 < len(nonblank) else None):
            for rest in nonblank[i:]:
                if rest.kind == "tags_label" or rest.kind == "related" and rest.value is None:
                    break
                if rest.kind == "unknown" and not _notice(rest, "footer"):
                    rest.kind = "comments"
            return


def _teasers(lay: Layout, nonblank: list[Line]) -> None:
    """A bare related label that opens the last block of the page, after the article,
    with at most TEASER_MAX_ITEMS one-sentence lines after it: a list of teasers."""
    if not nonblank:
        return
    last_block = nonblank[-1].block
    block = [ln for ln in nonblank if ln.block == last_block]
    label = block[0]
    if label.kind != "related" or label.value is not None or _label_of(label, "related") != (True, ""):
        # in a dump without blank lines: the last bare related label, when only teasers
        # (at least TEASER_MIN_ITEMS_IN_BLOCK, all ending in periods) and furniture follow it
        labels = [ln for ln in block if ln.kind == "related" and ln.value is None and _label_of(ln, "related") == (True, "")]
        if not labels:
            return
        label = labels[-1]
        rest = [ln for ln in block if ln.index > label.index]
        after = [ln for ln in rest if ln.kind == "unknown"]
        if (len(after) < TEASER_MIN_ITEMS_IN_BLOCK or not all(_ends_period(ln.text) for ln in after)
                or any(ln.kind == "related" for ln in rest)):
            return  # headline items after the label: a related block, and the article goes on after it
        block = [label, *[ln for ln in block if ln.index > label.index]]
    if not any(ln.kind == "unknown" and _good(ln) for ln in nonblank if ln.index < label.index):
        return
    items = [ln for ln in block[1:] if ln.kind == "unknown"]
    if not items or len(items) > TEASER_MAX_ITEMS:
        return
    if any(ln.n >= LONG_MIN_WORDS or _INNER_SENTENCE.search(ln.text) or not _starts_upper(ln.text) for ln in items):
        return
    for ln in items:
        ln.kind, ln.value = "related", "item"


def _list_protection(nonblank: list[Line]) -> None:
    """A content line ending in ':' and the short lines after it form a list
    ("Приоритеты партии:" + items); both the intro and the items are content."""
    open_items = 0
    intro: Line | None = None
    for ln in nonblank:
        if open_items and ln.kind == "unknown" and ln.n <= LIST_ITEM_MAX_WORDS and not _good(ln):
            ln.kind = "list"
            if intro is not None:
                intro.kind, intro = "list", None
            open_items -= 1
            if _ends_period(ln.text):
                open_items = 0
            continue
        open_items, intro = 0, None
        if ln.kind == "unknown" and _core(ln.text).endswith(":"):
            open_items, intro = LIST_MAX_ITEMS, ln


# A line repeats a known title when one contains the other and the shorter holds at
# least this share of the longer ("Заголовок" vs "Заголовок | Сайт").
TITLE_CONTAINMENT = 0.6


def _same_title(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return short in long_ and len(short) >= TITLE_CONTAINMENT * len(long_)


def _gap(lines_between: list[Line]) -> tuple[int, int]:
    content = sum(1 for ln in lines_between if ln.kind in ("unknown", "lead", "list", "content"))
    return content, len(lines_between)


def _caps_share(line: Line) -> float:
    words = [w for w in line.words if _LETTER.search(w)]
    return sum(1 for w in words if w[0].isupper()) / len(words) if words else 0.0


def _text_above(header: list[Line], line: Line) -> Line | None:
    """The nearest header line above ``line`` that is not furniture (menus, dates,
    counters, credits ... are skipped, so removing them changes nothing)."""
    for other in reversed(header):
        if other.index < line.index and other.kind in ("headline", "label", "lead", "unknown"):
            return other
    return None


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


def _title_over_subtitle(header: list[Line], chosen: Line) -> Line:
    """The headline directly above the chosen title, when the chosen one is longer, is
    the title and the chosen one its subtitle ("Банки ужесточили требования ..." over
    "Доля отказов ... выросла почти вдвое"); not a name in title case, and not when a
    third headline stands above (a run of sidebar headlines)."""
    up = _text_above(header, chosen)
    if up is None or up.kind != "headline" or up.norm == chosen.norm or chosen.n <= up.n:
        return chosen
    if any(_navish(w) for w in up.text.split()[1:]):
        return chosen  # a menu piece ("Вступить в партию Новости"), not a headline
    if _caps_share(up) > SUBTITLE_TITLE_MAX_CAPS or ":" in up.text:
        return chosen  # a name, or "Срочно: ..." / "Шұғыл: ..." (a ticker) / a quote title
    above = _text_above(header, up)
    if above is not None and above.kind == "headline" and _caps_share(above) <= SUBTITLE_TITLE_MAX_CAPS:
        return chosen
    return up


def _header(lay: Layout, header: list[Line], known_title: str | None, reference_date) -> None:
    if not header:
        return
    for ln in header:
        if ln.kind == "counter" and any(not d.relative for d in find_dates(ln.text)):
            # a date stamp with its view counter ("23.11.2023 | 13:05 👁 2 240"): the article's
            # date, which a later stamp of the related list must not replace
            iso = _date_line(ln, reference_date)
            if iso:
                ln.kind, ln.value = "date_cand", iso
            continue
        if ln.kind != "unknown":
            continue
        iso = _date_line(ln, reference_date)
        if iso is not None:
            ln.kind, ln.value = "date_cand", iso
        elif _NUMBER_ONLY.match(ln.text):
            ln.kind = "counter"
        elif _ends_sentence(ln.text) and not _headline_like(ln) or _ends_period(ln.text):
            ln.kind = "lead"
        elif _headline_like(ln) and _asks_or_exclaims(ln) and ln.n < TITLE_MIN_WORDS:
            ln.kind = "lead"  # "Уважаемые налогоплательщики!", "Ел қайда?": a sentence, not a label
        elif _headline_like(ln):
            # a title has words, not just numbers ("12 марта, 10:45" without a year is no title)
            letters = sum(1 for w in ln.words if _LETTER.search(w))
            ln.kind = "headline" if ln.n >= TITLE_MIN_WORDS and letters >= TITLE_MIN_WORDS - 1 else "label"
        elif _ends_sentence(ln.text):
            ln.kind = "lead"
        elif ln.n <= LABEL_MAX_WORDS:
            ln.kind = "nav"  # a fragment that is neither a sentence nor a headline ("политолог", "Раздел:")
    dates = [ln for ln in header if ln.kind == "date_cand"]
    title: Line | None = None
    if known_title:
        title = next((ln for ln in header if _same_title(ln.norm, norm(known_title))), None)
    else:
        # a breadcrumb or menu whose last item runs on into the headline ("Главная / Новости /
        # ГородМаслихат одобрил ...") holds a candidate: the headline inside it
        cands = [ln for ln in header if ln.kind == "headline" or ln.kind == "nav" and _holds_headline(lay.text, ln)]
        # a photo caption stands right above its credit ("Делегаты съезда ..." over "Фото: ..."):
        # under another headline it is the caption, not the title, and goes with the credit
        following = {a.index: b for a, b in zip(header, header[1:])}
        captions = [ln for ln in cands if following.get(ln.index) is not None and following[ln.index].kind == "credit"
                    and any(o.index < ln.index for o in cands)]
        for ln in captions:
            ln.kind = "credit"
        cands = [ln for ln in cands if ln not in captions]
        # a headline that asks or exclaims is the title only when no plain one stands in the
        # header: short questions and exclamations are also sentences of the text
        plain = [ln for ln in cands if not _asks_or_exclaims(ln)]
        cands = plain or cands
        if not cands:
            # the last item of a related list that runs straight into the article
            # ("Последние новости" + items + the title + the body) is the title
            tail = [ln for ln in header if ln.kind not in ("date_cand", "counter", "lead")]
            if tail and tail[-1].kind == "related" and tail[-1].value == "item" and tail[-1].n >= TITLE_MIN_WORDS:
                cands = [tail[-1]]
        if not cands:
            cands = [ln for ln in header if ln.kind == "label" and ln.n >= 2]
        if cands and dates:
            best = None
            for t in cands:
                for d in dates:
                    lo, hi = sorted((t.index, d.index))
                    between = [ln for ln in header if lo < ln.index < hi]
                    key = (*_gap(between), 0 if d.index > t.index else 1, -t.index)
                    if best is None or key < best[0]:
                        best = (key, t)
            title = best[1]
        elif cands:
            title = cands[-1]
        if title is not None and title.kind == "headline":
            title = _title_over_subtitle(header, title)
    if title is not None:
        title.kind, title.value = "title", None
        lay.title = title.index
        # a caption under the title stands right above its credit: it goes with the credit
        for above, below in zip(header, header[1:]):
            if above.kind == "headline" and below.kind == "credit" and above.index > title.index:
                above.kind = "credit"
    # the publication date: the date line closest to the title (or to the body)
    # an unresolved relative date ("вчера" without a reference date) is still the date
    # line, but gives no value
    usable = [d for d in dates if d.value] or dates
    if usable:
        anchor = title.index if title is not None else (lay.body_start or 0)

        def closeness(d: Line):
            lo, hi = sorted((anchor, d.index))
            between = [ln for ln in header if lo < ln.index < hi]
            return (*_gap(between), 0 if d.index > anchor else 1)

        chosen = min(usable, key=closeness)
        chosen.kind = "date"
        lay.date, lay.published = chosen.index, chosen.value or None
    elif lay.body_start is not None and title is not None:
        # no date line: a stamp glued to the start of the first sentence under the title
        # ("11.09.2024, 11:30 👁 1 245 Түркістан облыстық ...") is the publication date (the
        # stamp stays in the text: it is no line of its own)
        lay.published = _stamp_at_start(lay.lines[lay.body_start], reference_date) or lay.published
    for d in dates:
        if d.kind == "date_cand":
            d.kind = "date_other"
    # what else stands in the header
    t_index = title.index if title is not None else None
    # the label nearest above the title is the rubric ("В мире", a site or section
    # name); position relative to other furniture is not used, so that removing a
    # crawl-date line above it does not change what it is
    labels_before = [ln for ln in header if ln.kind == "label" and (t_index is None or ln.index < t_index)]
    if labels_before:
        labels_before[-1].kind, labels_before[-1].value = "rubric", labels_before[-1].text.strip()
        lay.rubric = labels_before[-1].value
    tnorm = title.norm if title is not None else None
    for ln in header:
        if ln.kind == "label":
            ln.kind = "nav"
        elif ln.kind == "headline":
            if tnorm is not None and ln.norm == tnorm:
                continue  # a repeat of the title: a duplicate, judged later
            # before the title: a ticker or sidebar headline; after it: a subtitle.  Not a
            # question or exclamation, nor a line under a sentence: those are text
            above_title = t_index is not None and ln.index < t_index
            under_sentence = any(o.kind == "lead" and o.index < ln.index for o in header)
            ln.kind = "related" if above_title and not _asks_or_exclaims(ln) and not under_sentence else "content"


# A row of figures ("Туркестанская область – 87,1%", "Шымкент – 67,8% Астана – 55,4%",
# "Алматы облысы – 1 245 адам"): a name, a dash and a number, the line ending in a number or a
# short unit.  Rows like these are content (issue 11), however headline-like their names are.
_FIGURES_ROW = regex.compile(r"\s[–—-]\s*\d[\d\u00a0 ]*(?:[.,]\d+)?\s?(?:%|\p{L}{1,8}\.?)?[,;.]?$")


def _figures_row(ln: Line) -> bool:
    return _FIGURES_ROW.search(ln.text.rstrip()) is not None


def _body(lay: Layout, body: list[Line]) -> None:
    """Inside the body only runs within one block go: two or more timestamped items
    ("18:10 Заголовок"), or RELATED_RUN_MIN_BODY headline-like lines without bullets."""
    runs: list[list[Line]] = []
    for ln in body:
        fits = ln.kind == "unknown" and _headline_like(ln) and not _ends_sentence(ln.text) and not _figures_row(ln)
        if fits and runs and runs[-1] and runs[-1][-1].block == ln.block and runs[-1][-1].index == ln.index - 1:
            runs[-1].append(ln)
        elif fits:
            runs.append([ln])
        else:
            runs.append([])
    for run in runs:
        stamped = [ln for ln in run if _TIME_LEAD.match(ln.text) or _stamped(ln)]
        if len(stamped) >= 2:
            for ln in stamped:
                ln.kind = "related"
        elif len(run) >= RELATED_RUN_MIN_BODY and all(ln.n >= RELATED_ITEM_MIN_WORDS and not _BULLET.match(ln.text) for ln in run):
            for ln in run:
                ln.kind = "related"


def _stamped(ln: Line) -> bool:
    """A headline with a date or time at its start or end ("Заголовок 15.04.2022")."""
    found = [d for d in find_dates(ln.text) if not d.relative]  # "12 марта ..." may be a schedule
    if not found:
        return False
    d = found[0]
    rest = (ln.text[: d.start] + ln.text[d.end:]).strip(" |,-–—")
    return (d.start <= 1 or d.end >= len(ln.text.rstrip()) - 1) and len(_WORD.findall(rest)) >= 3


# A list glued to its introduction ("Қабылданған заңдар:«...» заңға өзгерістер«...» түзетулер"):
# a colon after at most LIST_INTRO_MAX_WORDS words, then the items.
LIST_INTRO_MAX_WORDS = 5
_LIST_INTRO_RE = regex.compile(r"^\s*[^\s:]+(?:\s+[^\s:]+){0,%d}(?<=\p{L}):(?=[«\"“„]|[\p{Cyrillic}&&\p{Lu}]\p{Ll})"
                            % (LIST_INTRO_MAX_WORDS - 1), regex.V1)


class _ListIntro:
    """``match(text)``: the line opens with a list introduction glued to its first item, and
    the introduction is no share or subscribe prompt ("Бөлісіңіз:Facebook")."""

    @staticmethod
    def match(text: str):
        m = _LIST_INTRO_RE.match(text)
        if m is None:
            return None
        intro = _probe(m.group())
        return None if _share(intro) or _subscribe(intro) or _label_of(intro, "related")[0] else m


_LIST_INTRO = _ListIntro()


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
    from .boilerplate.evidence import is_imperative

    low = word.casefold()
    return bool(_KK_POLITE.search(low)) or is_imperative(low)


def _footer(lay: Layout, footer: list[Line], reference_date) -> None:
    if not footer:
        return
    # a publication date printed under the article, when the header had none: the first
    # date line of the footer above any related list or comment section (a closing line,
    # "Дереккөз: ..." or a credit may stand above it; dates in a list of links do not count)
    open_ = True
    for ln in footer:
        if ln.kind in ("related", "comments"):
            open_ = False
        if ln.kind != "unknown":
            continue
        iso = _date_line(ln, reference_date)
        if iso is not None:
            if lay.published is None and iso and lay.date is None and open_:
                ln.kind, ln.value = "date", iso
                lay.date, lay.published = ln.index, iso
            else:
                ln.kind = "date_other"
    # an interview goes on in short lines of dialogue after its last long paragraph; a
    # short label above a line of dialogue is a subheading of it, not a link
    last_dialogue = max((ln.index for ln in footer if ln.kind == "unknown" and _DIALOGUE.match(ln.text)), default=-1)
    # runs of short lines in one block are lists of links
    blocks: dict[int, list[Line]] = {}
    for ln in footer:
        blocks.setdefault(ln.block, []).append(ln)
    for block in blocks.values():
        # (a one-line quote closing the article, or a line of dialogue, is not a link)
        items = [ln for ln in block if ln.kind == "unknown" and ln.n <= HEADLINE_MAX_WORDS and not _ends_period(ln.text)
                 and not _QUOTE_LINE.match(ln.text) and not _DIALOGUE.match(ln.text) and ln.index > last_dialogue
                 and not _LIST_INTRO.match(ln.text)]
        # rhetorical questions and exclamations closing an opinion piece or a story come in
        # runs too; a list of links is mostly plain headlines
        asking = sum(1 for ln in items if _core(ln.text)[-1:] in ("?", "!"))
        if len(items) >= 2 and asking * 2 < len(items):
            for ln in items:
                ln.kind = "related"
    for ln in footer:
        if ln.kind != "unknown":
            continue
        if _NUMBER_ONLY.match(ln.text):
            ln.kind = "counter"
        elif _promo(ln):
            ln.kind = "share"  # "Присоединяйтесь к ... в Telegram и WhatsApp.", "Наш Instagram — site_official."
        elif _ends_sentence(ln.text) or _QUOTE_LINE.match(ln.text):
            ln.kind = "content"  # a closing line of the article, or a closing quote
        elif ln.index < last_dialogue and _headline_like(ln) or _LIST_INTRO.match(ln.text):
            ln.kind = "content"  # a line of an interview; a list glued to its introduction
        elif ln.n <= LABEL_MAX_WORDS:
            ln.kind = "nav"
        elif _headline_like(ln) or _stamped(ln):
            ln.kind = "related"
        elif ln.n > HEADLINE_MAX_WORDS and not _ANY_SENTENCE_END.search(ln.text) and not _LIST_INTRO.match(ln.text):
            ln.kind = "related"  # headlines joined with spaces into one run after the article
        else:
            ln.kind = "content"


# Kinds a fragment of a sentence may have been given on its own (a short fragment in the
# header is a menu item, a date in the header a crawl date ...): when the unit runs on into
# the next one, they do not hold.
_FRAGMENT_KINDS = frozenset({"nav", "date_other", "related", "date", "rubric"})
_CONTINUATION = regex.compile(r"\p{Ll}|\d[\d:.,]*-\p{Ll}")


def _continued(lay: Layout, text: str, nonblank: list[Line]) -> None:
    """A unit cut out of a sentence (a soft boundary at a date's edge in a page joined with
    spaces: "12 сәуір күні сағат | 11:00-ден | 14:00-ге дейін ... өтеді.") is content when
    the unit after it on the same line is content and goes on the sentence: it opens with a
    lower-case word or a number with a case ending ("11:00-ден"), and this unit ends in no
    sentence or clause mark."""
    for a, b in zip(reversed(nonblank[:-1]), reversed(nonblank[1:])):
        if a.kind not in _FRAGMENT_KINDS or a.whole or b.kind != "content":
            continue
        if text[a.end:b.start].strip() or _core(a.text)[-1:] in (".", "!", "?", "…", ":", ";", ","):
            continue
        if _CONTINUATION.match(b.text.lstrip()):
            if a.index == lay.date:
                lay.date, lay.published = None, None  # a date inside a sentence is not the page's
            if a.kind == "rubric":
                lay.rubric = None
            a.kind, a.value = "content", None


def _duplicates(lay: Layout, nonblank: list[Line], known_title: str | None) -> None:
    title_norm = norm(known_title) if known_title else (lay.lines[lay.title].norm if lay.title is not None else None)
    seen: set[str] = set()
    if title_norm:
        seen.add(title_norm)
    for ln in nonblank:
        if ln.kind == "title":
            continue
        if ln.kind not in ("content", "related", "headline"):
            continue
        if title_norm and ln.norm == title_norm:
            ln.kind = "duplicate"
        elif ln.kind == "content" and ln.n >= DUPLICATE_MIN_WORDS and ln.norm in seen:
            ln.kind = "duplicate"
        elif ln.kind == "content":
            seen.add(ln.norm)


# --- the headline inside a unit: titles of joined and spaced dumps (area: titles) ----------
# In a dump joined with nothing or with spaces the headline shares its unit with the
# menu, the breadcrumb, a language switch or a counter before it, and with a byline, a
# counter or a date stamp after it.  The title is the span of the unit between them:
# evidence only (list words, separators, numbers, labels, dates, glue between blocks).
#
# Glue between two blocks joined with nothing: a lower-case letter directly before a
# capital ("ЛентаАким"), a digit or closing mark before a capital or an opening quote
# ("245Делегаты", "»Партия"), a Latin letter before a Cyrillic word ("°CПолитика"), a
# closing quote before a digit ("жөнделеді»21.10.2024").  A camel-case name has short
# parts ("КазМунайГаз", "ТикТок"): both sides of a case glue need GLUE_MIN_LETTERS letters.
GLUE_MIN_LETTERS = 4
_GLUE = regex.compile(
    r"(?<=\p{Ll}{%d})(?=\p{Lu}\p{Ll}{%d})" % (GLUE_MIN_LETTERS, GLUE_MIN_LETTERS - 1)
    + r"|(?<=[\d»\"”)])(?=[\p{Lu}«])|(?<=[»\"”)])(?=\d)|(?<=\p{Ll}{2})(?=«)"
    + r"|(?<=[A-Za-z])(?=[А-ЯЁӘҒҚҢӨҰҮҺІ]\p{Ll})")
_CASE_STEP = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")
_TITLE_TOKEN = regex.compile(r"\S+")
_TIME_IN = regex.compile(r"\d:\d\d")
_STRONG_SEP = frozenset({"/", "›", "»", ">", "|", "→", "::", "·", "•"})
_CRUMB_SEP = frozenset({"/", "›", "»", ">", "|", "→", "::", "·", "•", "—", "–", "-"})
# A language switch or a code in the header ("RU", "ҚАЗ", "Eng"): a capitalised token of at
# most this many letters followed by another capitalised token.
LANG_CODE_MAX_LETTERS = 3
# A header unit holding a headline: a menu (up to ~25 items in the test layouts), the headline
# (HEADLINE_MAX_WORDS) and a byline; longer units are not searched for a headline.
HEADER_UNIT_MAX_WORDS = 80
# Phrases (navigation, labels, counters) are matched within this many characters.
NAV_PHRASE_SPAN = 200


def _title_tokens(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Tokens of ``text[start:end]`` as ``(start, end, glued)``: split at spaces and at glue
    points; ``glued`` when the token is cut from the one before it without a space."""
    out: list[tuple[int, int, bool]] = []
    nav = phrases().get("nav_word", frozenset())
    for m in _TITLE_TOKEN.finditer(text, start, end):
        s = m.start()
        cuts = [g.start() for g in _GLUE.finditer(text, m.start(), m.end()) if m.start() < g.start() < m.end()]
        # a section name glued to a capitalised word ("ЭкономикаКазМунайГаз")
        cuts += [g.start() for g in _CASE_STEP.finditer(text, m.start(), m.end())
                 if text[m.start():g.start()].casefold() in nav and g.start() not in cuts]
        cuts.sort()
        for c in cuts:
            out.append((s, c, s != m.start()))
            s = c
        out.append((s, m.end(), s != m.start()))
    return out


def _navish(tok: str, caps: bool = True) -> bool:
    """A menu item of the header: a capitalised section name, a one-word navigation link, a
    short language code, a site name in capitals ("ELORDA INFO")."""
    if tok[:1] in "«\"“„(":
        return False  # a quoted name opens a headline ("«Нұр Отан» партиясы ...")
    w = tok.strip(" ,.:;!?«»\"()[]")
    if not w or not w[0].isupper():
        return False
    if w != tok.rstrip(",.:;"):
        return False
    if caps and len(w) >= 2 and w.isupper() and _LETTER.search(w):
        return True
    low = w.casefold().replace("ё", "е")
    if low in phrases().get("nav_word", frozenset()) or low in phrases().get("nav", frozenset()):
        return True
    letters = _LETTER.findall(w)
    return len(letters) <= LANG_CODE_MAX_LETTERS and len(letters) == len(w) and len(w) >= 2


def _stamp_at_start(line: Line, reference_date) -> str | None:
    """The date of a stamp with a year that opens ``line`` (after at most a separator)."""
    found = find_dates(line.text[:80], reference_date)
    if found and not found[0].relative and found[0].iso and not _LETTER.search(line.text[: found[0].start]):
        return found[0].iso
    return None


def _holds_headline(text: str, line: Line) -> bool:
    """A furniture line (a breadcrumb, a menu) with a headline glued to its end: a span
    after the furniture of TITLE_MIN_WORDS words or more, in sentence case (two lower-case
    words at least: menu items are capitalised)."""
    span = _headline_span(text, line)
    if span is None or span[0] == line.start:
        return False
    words = _WORD.findall(text[span[0]:span[1]])
    return len(words) >= TITLE_MIN_WORDS and sum(1 for w in words[1:] if w[:1].islower()) >= 2


def _names_head(text: str, toks: list[tuple[int, int, bool]], q: int) -> bool:
    """The quoted name that opens at token ``q`` is followed by a section-list word of its
    own ("«Ақ жол» партиясы"): the name belongs to that word, so a list word before the quote
    is a rubric, not the headline's first word."""
    for j in range(q, min(q + 6, len(toks) - 1)):
        if text[toks[j][0]:toks[j][1]].rstrip(",.:;").endswith(("»", "\"", "”")):
            nxt = text[toks[j + 1][0]:toks[j + 1][1]].casefold().replace("ё", "е")
            return any(len(w) >= 5 and nxt.startswith(w) for w in phrases().get("nav_word", ()))
    return False


def _letterless(tok: str) -> bool:
    """A separator, a number, an icon, a temperature or a currency amount ("+3°C", "18+")."""
    letters = len(_LETTER.findall(tok))
    return letters == 0 or (letters <= 1 and bool(regex.search(r"\d", tok)))


def _starts_lower(tok: str) -> bool:
    s = tok.lstrip("«\"“(")
    return bool(s) and s[0].islower()


def _headline_span(text: str, line: Line) -> tuple[int, int] | None:
    """The span of the headline inside the unit ``line`` chosen as the title, when furniture
    stands glued to it; None when the unit is the headline."""
    if line.n > HEADER_UNIT_MAX_WORDS:
        return None  # a run of menus and headlines, not one header unit: bounded work on long lines
    toks = _title_tokens(text, line.start, line.end)
    if len(toks) <= TITLE_MIN_WORDS:
        return None
    word = [bool(_WORD.search(text[s:e])) and not _letterless(text[s:e]) for s, e, _ in toks]
    # a headline in capitals ("МАЖИЛИС ПРИНЯЛ ЗАКОН ..."): capitals are a site name's sign
    # only when lower-case words follow them soon ("ELORDA INFO Партия ...")
    lower_soon = [any(regex.search(r"\p{Ll}", text[a:b]) for a, b, _ in toks[j + 1:j + 1 + TITLE_MIN_WORDS])
                  for j in range(len(toks))]

    def words_from(i: int, j: int) -> int:
        return sum(word[i:j])

    def prev_sep(j: int) -> bool:
        """The token before ``j`` (or, for the first, the text before the unit) is a separator."""
        if j:
            return text[toks[j - 1][0]:toks[j - 1][1]] in _CRUMB_SEP
        before = text[max(0, line.start - 3):line.start].rstrip()
        return len(before) >= 2 and before[-1] in _STRONG_SEP and before[-2].isspace()

    # the prefix: menu items, separators, numbers and a crumb after a separator; it may
    # start after the last strong separator or the last run of MENU_MIN_NAV menu items that
    # a headline's words follow ("Партия туралы ... ҚАЗ | РУС | ENG Жаңалықтар Партияның ...")
    i, evidence, run = 0, False, 0
    navrun = 0
    for j, (s, e, _) in enumerate(toks):
        tok = text[s:e]
        navrun = navrun + 1 if _navish(tok, lower_soon[j]) else 0
        if words_from(j + 1, len(toks)) < TITLE_MIN_WORDS:
            break
        if tok in _STRONG_SEP or navrun >= MENU_MIN_NAV:
            i, evidence = j + 1, True
    nav_phrases = sorted((p for p in phrases().get("nav", ()) if " " in p), key=len, reverse=True)
    while i < len(toks):
        s, e, glued = toks[i]
        tok = text[s:e]
        nxt = text[toks[i + 1][0]:toks[i + 1][1]] if i + 1 < len(toks) else ""
        if i and glued:
            evidence = True  # a block boundary without a space: what follows is another block
        if tok in _CRUMB_SEP or _letterless(tok):
            step, evidence = 1, True
        else:
            rest = norm(text[s:min(line.end, s + NAV_PHRASE_SPAN)])
            phrase = next((p for p in nav_phrases if rest.startswith(p + " ") or rest == p), None)
            if phrase is not None and tok[:1].isupper():
                step = len(phrase.split())
            elif _navish(tok, lower_soon[i]) or (prev_sep(i) and tok[:1].isupper() and not tok[:1] in "«\""):
                step = 1
            else:
                break
            after = text[toks[i + step][0]:toks[i + step][1]] if i + step < len(toks) else ""
            if not after or _starts_lower(after):
                break  # a word before a lower-case one opens the headline ("Партии обсудили ...")
            if after[:1] in "«\"" and not prev_sep(i):
                if not _names_head(text, toks, i + step):
                    break  # "Партия «Ауыл» добилась ...": the word names what the quotes hold
                evidence = True  # "Саясат «Ақ жол» партиясы ...": a rubric before the name
            if prev_sep(i):
                evidence = True
            run += 1
        if words_from(i + step, len(toks)) < TITLE_MIN_WORDS:
            break
        i += step
    if run < 2 and not evidence:
        i = 0  # one capitalised word before the headline may be its own first word
    # glue ends the prefix too ("ЛентаАким ...", "Астана +3°CПолитикаМажилис ..."): the last
    # glue point with a headline's words after it and only capitalised words or numbers
    # before it (a headline has lower-case words)
    for j in range(i + 1, len(toks)):
        if words_from(j, len(toks)) < TITLE_MIN_WORDS:
            break
        if toks[j][2] and not any(_starts_lower(text[a:b]) for a, b, _ in toks[i:j]):
            i = j
    # the suffix: a byline or source label, a counter, a date stamp, a dateline in capitals
    dates = [d for d in find_dates(text[line.start:line.end])]
    k = len(toks)
    for j in range(i, len(toks)):
        s, e, glued = toks[j]
        tok = text[s:e]
        if words_from(i, j) < TITLE_MIN_WORDS:
            continue
        low = norm(text[s:min(line.end, s + NAV_PHRASE_SPAN)])
        label = None
        if tok[:1].isupper():
            for cat in ("attribution", "credit"):
                p = _starts_with(cat, low)
                if p is not None:
                    after = text[s:line.end].lstrip()[len(p):len(p) + 2]
                    if after[:1] in (":", "—", "–") or after[:2].strip()[:1] == ":":
                        label = p
        counter = _starts_with("counter_word", low) is not None and any(
            regex.search(r"\d", text[a:b]) for a, b, _ in toks[j + 1:j + 3])
        # a stamp with a year or a time; "с 1 сентября" is part of the headline
        date = any(d.start <= s - line.start < d.end for d in dates
                   if not d.relative or _TIME_IN.search(text, line.start + d.start, line.start + d.end))
        dateline = j == len(toks) - 1 and tok.endswith(".") and tok[:-1].isupper() and len(tok) > 3
        if label or counter or date or dateline or (glued and not _starts_lower(tok) and _letterless(tok)):
            k = j
            break
    # trailing separators go with the suffix
    while k > i and (text[toks[k - 1][0]:toks[k - 1][1]] in _CRUMB_SEP):
        k -= 1
    if words_from(i, k) < TITLE_MIN_WORDS or (i == 0 and k == len(toks)):
        return None
    return toks[i][0], toks[k - 1][1]


@lru_cache(maxsize=256)
def _known_title_pattern(known_title: str) -> "regex.Pattern | None":
    """The known title's words, with any punctuation or spaces between them, as a unit of
    its own: compiled once per title (every analysis of a page asks again)."""
    words = _WORD.findall(known_title)
    if len(words) < 2:
        return None
    return regex.compile(r"(?:(?<![\p{L}\p{N}])|(?<=[\p{Ll}\p{N}»\"”)])(?=[\p{Lu}«\"\d]))"
                         + r"[^\p{L}\p{N}]*" + r"[^\p{L}\p{N}]+".join(regex.escape(w) for w in words)
                         + r"[^\p{L}\p{N}\s]*" + r"(?-i:(?!\s*\p{Ll}))", regex.I)  # a sentence that runs on (a lower-case word next) is no title


def _cut_known_title(text: str, lines: list[Line], known_title: str | None) -> list[Line]:
    """A known title (front matter, a scraper's field, the headline the date step chose)
    glued to the furniture before it or to the first sentence after it in a joined or spaced
    dump is a unit of its own: the unit that holds it is cut into up to three pieces."""
    if not known_title or not lines:
        return lines
    want = norm(known_title)
    if not want or any(ln.norm == want for ln in lines):
        return lines
    pat = _known_title_pattern(known_title)
    if pat is None:
        return lines
    for n, ln in enumerate(lines):
        if ln.blank or len(ln.norm) <= len(want):
            continue
        m = pat.search(text, ln.start, ln.end)
        if m is None:
            continue
        s, e = m.start(), m.end()
        pieces = []
        if text[ln.start:s].strip():
            pieces.append((ln.start, len(text[ln.start:s].rstrip()) + ln.start))
        pieces.append((s, e))
        rest = e
        while rest < ln.end and text[rest].isspace():
            rest += 1
        if rest < ln.end:
            pieces.append((rest, ln.end))
        out = lines[:n]
        for ps, pe in pieces:
            piece = Line(0, ps, pe, text[ps:pe], ln.block, whole=False)
            piece.words = _WORD.findall(piece.text)
            piece.norm = norm(piece.text)
            piece.kind = "unknown"
            out.append(piece)
        out.extend(lines[n + 1:])
        for idx, piece in enumerate(out):
            piece.index = idx
        return out
    return lines
