"""Glued unit boundaries: two sentences, or a caption and a sentence, with nothing
between them, as scrapers leave a page whose blocks they joined with "".

:func:`glued_boundaries` returns the offsets where a new unit starts although no space
stands before it, each with its class:

``segment.sentence`` - sentence punctuation (or a closing quote or bracket) directly
before a capital: ``контроле."Сейчас``, ``».В``, ``).На``, ``Бозумбаев.Заместитель``,
``в СЦК.Переливы``, ``Tengrinews.kz.Ситуация``, ``1:0.Добавьте``, ``№860.Жанетта``,
``партийцы.15.04.2022``;

``segment.word`` - a word, name, caption, credit, handle, domain or date run into the
next sentence with no punctuation: ``службаВ чем``, ``Галим ХусаиновК слову``,
``МЧС РКРасстояние``, ``Instagram/fk_rfsПомогая``, ``primeminister.kzКак``,
``областиНа набережной``, ``Amanat27.08.2022``, ``00:00В Алматы``; also counters and rows
(``Просмотров: 3 907Центральная``, ``79,6%Кызылординская``, ``Комментарии (0)Для``), glued
section menus (``ГлавнаяПолитикаЭкономикаМир``), a Kazakh finite verb before a capital
(``құрылысы басталдыОблыс әкімі``), a label colon (``Читайте также:Аким``), hashtags, a URL
before a Cyrillic word, "©", and quoted rows (``заңдар:«Жер туралы» заң«Су кодексі»``);
``segment.sentence`` also covers dialogue and list rows after a sentence end or colon
(``ожидалось.– Как``, ``появились:- аптеки;- пункты``, ``Казахстану».2. Выдвинуть``).
A capitalised word counts as common (so a sentence start) also when its lower-case form
stands in the same text (``дорогиАким области`` beside "аким").

Round 5 (pages joined with nothing in the held-out sets 12-12d), each judged by evidence:
a wire dateline in capitals (``Руслан Ким|ПАВЛОДАР, 14 апреля.``); runs of rows of figures,
their heading and chronology rows (``район — 2 акима|Щербактинский район — 5 акимов``,
``кезеңдер:|1999 – «Отан» ...;|2006 – ...``) and table rows (``| 22,9|«Ауыл» | 8 |``); a date
stamp after a bracket (``(WhatsApp)|15 февраля 2024``) and its time before a quote, a counter
or another time (``14:20|«Ауыл»``, ``14:45|958 ret qaraldy``); an icon glued to a word; a
phone number before a sentence; bullets (``также|» Аким``, ``теме|— Маслихаты``, ``▸``, ``›``);
comment headers (``(3)|Айгүл_Н • 12:05``, ``Ответить|Марат, 19:40``); a credit or caption
label's value run into a sentence (``Фото: Асхат Мұхамеджан|AMANAT партиясының``); a Kazakh
sentence end before a name, an acronym or a label with its count; Kazakh in the 2021 Latin
alphabet, read back into Cyrillic for the Kazakh analyser (``qaraldy|Respublica partiiasy``,
``oqylğandar|Студенттер``); rubrics and runs of capitals between two blocks (``SAIASAT|Respublica``,
``Izdeu|SAİLAU|Mäslihat``); a language switch (``RU | ҚАЗ|Партийная``); a Latin site name
with its years (``в цифрах|PolitMetrics Kazakhstan, 2017–2026``).

Round 6 (joined and spaced shapes of 12e): a credit run into a sentence (``credit_before``: a
line break in every shape), a comment section's label with its count glued to the word before
(``амбулаторию|2 комментария``, ``ötti|Pıkırler (2)``), a numeric date's year run into a count
(``12.03.2024|2 комментария``), a byline row glued to its headline (``Жанаозене|Мадина
Куанышева | 15 марта 2024``) and an icon counter glued to the next unit (``👁 2 961|Аким``).

Never inside initials (``А.Лукашенко``, ``М.Х.Дулати``), abbreviations (``ул.Абая``,
``г.Алматы``, ``т.д.``), decimals and scores (``2.5``, ``1:0``), URLs, domains and
e-mail addresses, or CamelCase names (``КазМунайГаз``, ``ЦентрКредит``, ``iPhone``): the
right part must open a sentence or clause and, without punctuation, the left part must
be a complete word form and the whole token must not recur unbroken in the text
(:mod:`corpusclean.boilerplate.evidence`).

>>> [(b.offset, b.reason) for b in glued_boundaries("Об этом сказал Канат Бозумбаев.Заместитель министра уточнил.")]
[(31, 'segment.sentence')]
>>> glued_boundaries("Встречу провёл А.Лукашенко, счёт 2.5, ул.Абая, КазМунайГаз растёт.")
()
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..dates import find_dates, month_table
from ..repair.context import protected_spans
from ..repair import lexicon
from ..repair.lexicon import abbreviations
from . import evidence
from . import memo as _memo
from .memo import compiled as _compiled, memo_by_text

__all__ = ["Boundary", "comment_count_at", "comment_count_end", "credit_before", "credit_label_start", "glued_boundaries"]


@dataclass(frozen=True)
class Boundary:
    """A new unit starts at ``offset``; ``reason`` is its class."""

    offset: int
    reason: str


_CLOSE = "»\"”’)]"
_OPEN = "«\"“„("
# Sentence punctuation (or closers) directly followed by an optional opening quote and a
# capital letter or a digit: the candidate glued sentence boundaries.
_PUNCT_JUNCTION = regex.compile(
    r"(?P<left>[\p{L}\p{N}%%%s])(?P<punct>(?:[.!?…]+[%s]*|[%s]+[.!?…]+))(?=[%s]?[\p{Lu}\p{N}])"
    % (regex.escape(_CLOSE), regex.escape(_CLOSE), regex.escape(_CLOSE), regex.escape(_OPEN)))
# The characters a punctuation group of _PUNCT_JUNCTION (and of segmentation's spaced
# sentence ends) can start with; stdlib re with literal characters, fast to scan for.
_PUNCT_START = re.compile("[%s]" % re.escape(".!?…" + _CLOSE))


def _punct_junctions(pattern: regex.Pattern, text: str, pos: int = 0, endpos: int | None = None):
    """``pattern.finditer(text, pos, endpos)`` for a pattern of one character then a
    punctuation group (``left``, ``punct``): tried only one character before each place a
    punctuation group can start, in order, so the same matches come out (for speed: the
    leading letter class made the engine try every letter)."""
    endpos = len(text) if endpos is None else endpos
    if not _memo.ENABLED:
        yield from pattern.finditer(text, pos, endpos)
        return
    for c in _PUNCT_START.finditer(text, pos + 1, endpos):
        at = c.start() - 1
        if at < pos:
            continue  # inside the match before
        m = pattern.match(text, at, endpos)
        if m is not None:
            yield m
            pos = m.end()


# A relative day with a clock time ("Кеше, 18:30", "бүгін, 09:30", "вчера в 10:15"), also
# glued in lower case to the word before it.
_DAY_AND_TIME = regex.compile(r"(?i)(?:сегодня|вчера|позавчера|бүгін|кеше),?\s+(?:в\s+)?\d{1,2}:\d{2}(?!\d)")
_LOWER_DAY_JUNCTION = regex.compile(r"(?<=\p{Ll}{4})(?=(?:сегодня|вчера|позавчера|бүгін|кеше),?\s+(?:в\s+)?\d{1,2}:\d{2}(?!\d))")
# A sentence end directly before a hashtag.
_HASHTAG_JUNCTION = regex.compile(r"(?<=\p{L}[.!?…])(?=#\p{L})")
# A hashtag glued to a word or another hashtag: "қызметі#жастар", "#маслихат#выборы"; not "C#".
_GLUED_HASHTAG = regex.compile(r"(?<=\p{L}{3})(?=#\p{L})")
# A list row "1) ..." after a colon or semicolon: "летом:1) школа № 3;2) средняя школа".
_ROW_JUNCTION = regex.compile(r"(?<=\p{L}:|[\p{L}\p{N}];)(?=\d{1,2}\)[^\S\n]+\p{L})"  # not a time: "09:15) В"
                           r"|(?<=\p{L};)(?=\d{1,2}\.[^\S\n]+[\p{Lu}«])")  # "9 кандидат;2. «Ауыл» партиясы"
# A comma directly before a word in sentence case.
_COMMA_JUNCTION = regex.compile(r"(?<=[\p{L}\p{N}]),(?=\p{Lu}\p{Ll})")
# A dash or bullet that opens a dialogue line or a list row, right after a sentence end
# or a colon: "ожидалось.– Как вы", "появились:- кабинеты;- стационары", "барьер;• обязать".
_DASH_JUNCTION = regex.compile(r"(?<=[\p{L}\p{N}%»\")][.!?…;:]*)(?<=[.!?…;:»\")])(?=[–—•-][^\S\n]+[\p{L}\p{N}«\"])")
# A colon directly before a capital: a label run into the next unit (judged in glued_boundaries).
_LABEL_JUNCTION = regex.compile(r"(?<=\p{Ll}):(?=[«\"“„]?\p{Lu}[\p{Ll}\p{Lu}])")
_LABEL_SENTENCE = regex.compile(r"[«\"“„]?\p{Lu}(?:\p{Ll}+|\p{Lu}+)[^\S\n]+\p{Ll}")
# Rows that open with a quoted name, glued to the row before: "заңдар:«Жергілікті ...» заңға
# өзгерістер«Бюджет кодексіне» түзетулер«Мемлекеттік ...»".  One such junction alone is a
# missing space inside a sentence ("партии«Ак жол»"), so a run of them is asked for.
_QUOTED_ROW = regex.compile(r"(?<=\p{Ll}{3}:?)(?=«\p{Lu}\p{Ll})")
QUOTED_ROW_MIN_RUN = 2
QUOTED_ROW_WINDOW = 300
# A count in brackets run into the next unit: "Комментарии (0)Для того", "Пікірлер (3)Пікір".
_COUNT_JUNCTION = regex.compile(r"(?<=\p{L}[^\S\n]?\(\d{1,6}\))(?=\p{Lu}\p{Ll})")
# one-letter Russian prepositions that open a headline ("В Кокшетау ...")
_ONE_LETTER_OPENERS = "ВСКОУАИ"
# A closing guillemet directly before a capital: "...конец»Следующее", "партии «Ак жол»В Астане".
_QUOTE_JUNCTION = regex.compile(r"(?<=\p{L}[.!?…]?)»(?=\p{Lu}\p{Ll}|[%s][^\S\n]+\p{L})" % _ONE_LETTER_OPENERS)
# Letter case or script changes inside a token: lower->Upper ("службаВ"), acronym->Word
# ("РКРасстояние"), Latin->Cyrillic ("AmanatПрезидент"), letter->digit and digit->letter.
_CASE_JUNCTION = regex.compile(
    r"(?<=\p{L}{4}|[:»\"”)])(?=\d{1,2}\.[^\S\n]+\p{Lu})"   # a numbered list item: "заседания:1. Бюджетные", "районов2. Выборы"
    r"|(?<=[»\"”)])(?=\d)"                          # a closing quote before a date: "»21.10.2024"
    r"|(?<=\p{Ll})(?=\p{Lu})"
    r"|(?<=\p{Lu}\p{Lu})(?=\p{Lu}\p{Ll})"
    r"|(?<=\p{L})(?=\d)"
    r"|(?<=[\d:])(?=\p{Lu})")
# More junctions judged like case changes, each anchored on its own character (joined into
# the pattern above as look-arounds they made its scan 25 times slower); the new unit starts
# at the group "at".
_MORE_CASE_JUNCTIONS = tuple(regex.compile(p) for p in (
    r"\d%(?P<at>)[«\"“„]?\p{Lu}",                      # a row of figures: "79,6%Кызылординская", "53,9%«Ауыл»"
    r"[\p{L}\p{N}.!?…»\"”)](?P<at>)©",                 # a footer: "Правила комментирования© 2024"
    r"\d(?P<at>)\p{So}",                               # a date run into a counter icon: "19:45👁 1 245"
    r"\p{Latin}\p{Latin}(?<=\p{Lu}\p{Lu})(?P<at>)\p{Cyrillic}(?<=\p{Lu})[^\S\n]",  # "партии AMANATВ Астане"
    r"\d(?P<at>)«\p{Lu}",                              # "Оқылды: 1 377«Ауыл» партиясы"
    r"(?<!\p{Lu})\p{Lu}{4,}(?P<at>)«\p{Lu}",                  # a rubric in capitals run into a headline: "ПОЛИТИКА«Ак жол» ..."
    r"%(?P<at>)\d",                                    # a figure run into a date: "до 8%12/03/2024"
    r"\p{Cyrillic}{3}(?<=\p{Lu}{3})(?P<at>)\p{Latin}(?<=\p{Lu})\p{Latin}{2}",  # a rubric run into a name: "ПОЛИТИКАAMANAT", "РУСRespublica"
    r"\p{Latin}{3}(?<=\p{Lu}{3})(?P<at>)\p{Cyrillic}{3}(?<=\p{Lu}{3})",  # "ENGҚАЗ"
    r"\d:\d\d(?P<at>)\d",                             # a stamp's time run into a counter: "14:45958 ret qaraldy"
    r"(?V1)\p{L}(?P<at>)[\p{So}--[©®℗™]]",              # an icon glued to a word: "кездесті👁 845"
    r"\p{Ll}{3}\p{Lu}{2,}(?P<at>)[%s][^\S\n]+\p{Lu}\p{Ll}" % _ONE_LETTER_OPENERS,          # a label run into a preposition: "каналеҚАЗВ Кокшетау"
))
# A closing bracket directly before a capitalised word: "09:00 (Астана)Время чтения"
_BRACKET_JUNCTION = regex.compile(r"(?<=\p{L}{2}\))(?=\p{Lu}\p{Ll})")
# A run of this many glued words of MENU_RUN_WORD_MIN_LETTERS letters or more is a menu
# whatever its script or vocabulary ("Basty betSaiasatQoğamEkonomika...",
# "ТелепрограммаНовостиПередачиВидео"): CamelCase names have fewer and shorter parts
# ("ЭкономикаКазМунайГаз": two long parts, "ТрансТелеКом").
MENU_RUN_MIN_WORDS = 4
MENU_RUN_WORD_MIN_LETTERS = 4
# one case segment: "Политика" of "ПолитикаЭкономика", "СЦК" of "СЦК.Переливы"
_WORD_AT = regex.compile(r"\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{Lu}")
_WORD_BEFORE = regex.compile(r"(?r)\p{L}+")
_TOKEN_BEFORE = regex.compile(r"(?r)\S+")
_TOKEN_AT = regex.compile(r"\S+")
_INITIAL_RUN = regex.compile(r"(?r)(?:^|[\s(«\"])(?:\p{Lu}\.)*\p{Lu}$")
_TIME_OR_DATE_END = regex.compile(r"(?r)(?:\d{1,2}:\d{2}|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4})$")
_TIME_OR_DATE_START = regex.compile(r"\d{1,2}[.:]\d{2}(?:\.\d{2,4})?(?!\d)")
_YEAR_RUN = regex.compile(r"(?<=[\p{L}.],?\s|(?<!\d)\d{1,2}\.\d{2}\.)(?:19|20)\d\d(?=\d{1,7}(?!\d))")
# After an acronym, a word in sentence case of at least this many letters starts a new
# unit ("РК|Расстояние"); shorter is a case ending ("НОВУРе", "ЦИКа", "ОМОНом" has none).
ACRONYM_NEXT_MIN_LETTERS = 4
# Endings of Kazakh finite verbs and predicates (past -ды/-ді/-ты/-ті, present and future
# -ады/-еді/-йды/-йді, perfect -ған/-ген/-қан/-кен, persons -мыз/-міз/-сыз/-сіз/-ңыз/-ңіз,
# and the predicates бар, жоқ, екен, емес), from ../shared/reference/GRAMMAR.md.  Kazakh
# puts the verb last, so such a form before a capital ends a sentence.
KK_VERB_END = regex.compile(r"(?:ды|ді|ты|ті|ған|ген|қан|кен|мыз|міз|сыз|сіз|ңыз|ңіз|бар|жоқ|екен|емес)$")
# After a number, a capitalised word of this many letters or more starts a new unit
# ("Просмотров: 3 907|Центральная", "👁 1 988|Айдарбек"); a shorter one is a unit or a
# model ("100МВт", "5G", "11А").
NUMBER_NEXT_MIN_LETTERS = 5
# "1. Бюджетные ...": a numbered item.  "Опубликовано:", "Автор:", "Жарияланды:": a field label.
# Any place where two units could touch without a space (a cheap first test).
_ANY_JUNCTION = regex.compile(r"[.!?…»\"”)\],][«\"“„(]?[\p{Lu}\p{N}#]|%[.!?…]|\p{Ll}:?«|\p{L}#|\p{L}:\d\)|;\d\)|\d«|\p{Latin}\p{Cyrillic}\s|\p{Ll}:\p{Lu}|\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}|\p{L}\d|[\d:]\p{Lu}|:\d|\d%[«\"“„]?\p{Lu}|\S©|\d\p{So}|\)\p{Lu}|[.!?…;:»\")][–—•-][^\S\n]|\p{Lu}«|%\d|\p{Cyrillic}\p{Latin}"
                              r"|\p{Ll}(?:сегодня|вчера|позавчера|бүгін|кеше),?\s+(?:в\s+)?\d|(?:19|20)\d\d\d"
                              r"|\p{L}\p{So}|\d:\d\d\d|[;:]\S|[\p{L}\p{N}][▸►▪‣›‹—]|\p{L}»[^\S\n]|[›▸]\p{Lu}")
_EDGES = regex.compile(r"^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$")
_LIST_ITEM = regex.compile(r"\d{1,2}\.[^\S\n]+\p{Lu}")
_FIELD_LABEL = regex.compile(r"\p{Lu}\p{Ll}{2,}:\s")
# A left part the dictionary does not know counts as a word form from this length.
UNKNOWN_LEFT_MIN_LETTERS = 5
_SEGMENT = regex.compile(r"\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})")
# How far back/forward a date is looked for around a junction.
DATE_WINDOW = 40


def _word_at(text: str, i: int) -> str:
    m = _WORD_AT.match(text, i)
    return m.group() if m else ""


def _count_label(text: str, i: int) -> str:
    """The word before the count in brackets that ends at ``i`` ("Пікірлер" of "Пікірлер (2)"), or
    its last case segment when it is glued to the word before ("sailandy|Pıkırler (2)")."""
    opened = text.rfind("(", max(0, i - 10), i)
    segments = _SEGMENT.findall(_word_before(text, len(text[:opened].rstrip()))) if opened >= 0 else []
    return segments[-1] if segments else ""


def _word_before(text: str, i: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, i - 60), i)
    return m.group() if m and m.end() == i else ""


def _followed_by_text(text: str, i: int) -> bool:
    """After the word at ``i``: a space, a comma, the end, or another glued capital
    (a run of glued menu items) - not a dot, hyphen or closing quote of a name."""
    m = _WORD_AT.match(text, i)
    if not m:
        return False
    j = m.end()
    if j >= len(text):
        return True
    c = text[j]
    if c in "-‑" and j + 1 < len(text) and text[j + 1].isalpha():
        return True  # a hyphenated word: "Премьер-министр"
    return c.isspace() or c in ",:;" or c.isupper() or c.isdigit()


def opener_kind(text: str, i: int) -> str | None:
    """How the word at ``i`` opens a sentence or clause: ``"digit"``, ``"opener"`` (a
    capitalised function word), ``"common"`` (a capitalised Russian common word),
    ``"kazakh"`` (a Kazakh word in sentence case followed by a lower-case word), or None."""
    while i < len(text) and text[i] in _OPEN:
        i += 1
    if i < len(text) and text[i].isdigit():
        return "digit"
    word = _word_at(text, i)
    if not word or not word[0].isupper():
        return None
    dateline = _DATELINE.match(text, i)
    if dateline and _day_month().match(text, dateline.end()):
        return "label"  # a wire dateline: "ПАВЛОДАР, 14 апреля. /ИА .../ – ..."
    if _NAME_STAMP.match(text, i):
        return "label"  # a comment's name and time: "Марат, 19:40", "Айгүл_Н • 12:05"
    if not _followed_by_text(text, i):
        return None
    if evidence.is_opener(word):
        return "opener"
    if len(word) >= 4 and word.isupper() and _section_name(word):
        return "label"  # a rubric in capitals: "САЯСАТ", "SAIASAT"
    if len(word) >= 4 and word.isupper() and _compiled(r"\p{Lu}+[^\S\n]+\p{Lu}{3,}(?!\p{Ll})").match(text[i:i + 60]):
        return "caps"  # a headline in capitals: "МАЖИЛИС ПРИНЯЛ ЗАКОН"
    if len(word) >= 2 and word[1:].islower() and evidence.is_common_capitalised(word):
        return "common"
    # names in Kazakh text cannot be told from common words without a dictionary, so a
    # Kazakh word must be followed by a lower-case word
    if len(word) >= 3 and word[1:].islower() and (evidence.KK_LETTER.search(word) or _kazakh_word(word.lower())):
        if _compiled(r"\p{L}+\s+(?:[\p{Ll}«]|\(\d{1,5}\))").match(text[i:i + 60]):
            return "kazakh"  # "Ұқсас жаңалықтар", a label with its count: "Пікірлер (2)"
    if len(word) >= 2 and word[1:].islower() and evidence.latin_kazakh_word(word):
        # a Kazakh word in the 2021 Latin alphabet ("Bız turaly", "Ortalyq sailau komissiiasy")
        if _compiled(r"\p{L}+\s+[\p{Ll}«]").match(text[i:i + 60]):
            return "kazakh"
    return None


def _opens_unit(text: str, i: int) -> bool:
    return opener_kind(text, i) is not None


@lru_cache(maxsize=1)
def _day_month() -> regex.Pattern:
    months = sorted(month_table(), key=len, reverse=True)
    return regex.compile(r"\d{1,2}[-\s]\s*(?:%s)(?!\p{L})" % "|".join(regex.escape(m) for m in months), regex.I)


# A wire dateline: a place in capitals, a comma and a day with its month ("АСТАНА, 10 апреля").
_DATELINE = regex.compile(r"\p{Lu}{3,}(?:[-\s]\p{Lu}{2,})?,[^\S\n]*")
# A comment's header: a name (a handle, or a name and an initial) and a clock time after a
# comma, dash or dot ("Гость_17, 18:02", "Ержан К. — 14:02", "Айгүл_Н • 12:05").
_NAME_STAMP = regex.compile(r"\p{Lu}[\p{L}\d_]{1,20}(?:[^\S\n]\p{Lu}[\p{L}]{0,20}\.?)?[^\S\n]?[,•·—–-][^\S\n]*\d{1,2}:\d{2}(?!\d)")
_GLUED_BEFORE_DIGIT = regex.compile(r"(?<=[\p{L}.!?…:;»)])\d")
_GLUED_AFTER = regex.compile(r"(?<=[\p{Ll}\d])(?=\p{Lu})")


def _date_starts(text: str, i: int) -> bool:
    """A date or time starts at ``i``: "27.08.2022", "18:10", "29 Сентября", "28 сентября"."""
    if _TIME_OR_DATE_START.match(text, i) or _day_month().match(text, i):
        return True
    window = text[i:i + DATE_WINDOW]
    glued = _GLUED_AFTER.search(window)  # "1 августа 2024С 1 сентября": the date ends where a word is glued on
    return any(d.start == 0 and not d.relative for d in find_dates(window[:glued.start()] if glued else window))


def _date_ends(text: str, i: int) -> bool:
    end = _TIME_OR_DATE_END.search(text, max(0, i - 12), i)
    if not end:
        return False
    window = text[max(0, i - DATE_WINDOW):i]
    if any(d.end == len(window) and not d.relative for d in find_dates(window)) or regex.search(r"\d{1,2}:\d{2}$", window):
        return True
    # a date glued to the word or sentence before it: "секретарь11.04.2024", "самоуправлении.1 августа 2024"
    lo = max(0, i - DATE_WINDOW)
    for g in _GLUED_BEFORE_DIGIT.finditer(text, lo + 1, i):
        if any(d.start == 0 and d.end == i - g.start() and not d.relative for d in find_dates(text[g.start():i])):
            return True
    return False


def _after_sentence_mark(text: str, i: int) -> bool:
    """A sentence mark stands before the closers that end at ``i`` ('сказал."', "года».")."""
    j = i
    while j > 0 and text[j - 1] in _CLOSE:
        j -= 1
    return j > 0 and text[j - 1] in ".!?…"


# Rows of figures glued together: "Иртышский район — 2 акимаЩербактинский район — 5 акимов",
# "AMANAT — 52«Ак жол» — 34", "268 млн тенге19-й микрорайон — 301 млн тенге", and their
# heading: "Итоги по районам:Бурабайский район — 1,8 млрд", "кезеңдер:1999 – «Отан» ...;2006 – ...".
# A row is a head of at most ROW_HEAD_MAX_CHARS without sentence marks, a dash and a figure
# (or, in a list of years, a quote); a run of ROW_MIN_RUN rows is asked for, one alone is a
# sentence with a dash.
_ROW_DASH = regex.compile(r"[^\S\n][–—-][^\S\n]+(?=\d|«)")
_YEAR_ROW_DASH = regex.compile(r"(?<![\p{N}\p{L}])(?:1[89]|20)\d\d(?P<dash>[^\S\n][–—-])[^\S\n]+(?=\S)")
_ROW_TAIL = regex.compile(r"\d+(?:[ \u00a0]\d{3})*(?:[.,]\d+)?%?(?:[^\S\n]\p{Ll}{1,12}\.?){0,2};?")
ROW_HEAD_MAX_CHARS = 60
ROW_MIN_RUN = 2


def _row_heads(text: str) -> list[tuple[int, int]]:
    """(start of the dash, end of the row's figure) of each dash-and-figure in ``text``, and
    of each year and dash that open a row of a chronology ("2022 – AMANAT атауын алуы")."""
    out = {}
    for m in _ROW_DASH.finditer(text):
        tail = _ROW_TAIL.match(text, m.end())
        out[m.start()] = tail.end() if tail else m.end()
    for m in _YEAR_ROW_DASH.finditer(text):
        out.setdefault(m.start("dash"), m.end())
    return sorted(out.items())


def _row_junction(text: str, j: int) -> bool:
    """Two rows (or a heading and a row) touch at ``j``: a letter, a figure, "%" or a
    closing quote directly before the capital, digit or quote that opens a row's head
    ("акима|Щербактинский", "52|«Ак жол»", "тенге|19-й", "61,2%|2022"), or a colon or
    semicolon before it."""
    a, b = text[j - 1], text[j]
    if a.isspace() or not (b.isupper() or b.isdigit() or b in "«\""):
        return False
    if a in ":;":
        return True
    if b.isdigit():
        return a.isalpha() or a in "%»\")"
    return (a.islower() and (b.isupper() or b in "«\"")) or (a.isdigit() or a in "%»\")") and (b.isupper() or b in "«\"")


def _row_boundaries(text: str) -> list[int]:
    """Where a row of figures starts glued to the row (or the heading) before it."""
    if "–" not in text and "—" not in text and " - " not in text:
        return []
    rows = _row_heads(text)
    out = []
    for k, (dash, end) in enumerate(rows):
        neighbours = [r for r in rows[max(0, k - 1):k + 2] if r[0] != dash and abs(r[0] - dash) <= 3 * ROW_HEAD_MAX_CHARS]
        if len(neighbours) + 1 < ROW_MIN_RUN:
            continue
        prev_dash = rows[k - 1][0] if k > 0 and dash - rows[k - 1][0] <= 3 * ROW_HEAD_MAX_CHARS else None
        lo = max(0, dash - ROW_HEAD_MAX_CHARS, (prev_dash + 3) if prev_dash is not None else 0)
        for j in range(lo + 1, dash):
            # after the row before, the first junction opens this row's head; without a row
            # before, only a heading's colon does ("Итоги по районам:Бурабайский район — ...")
            if _row_junction(text, j) and (prev_dash is not None or text[j - 1] in ":;"):
                if _ROW_HEAD.fullmatch(text, j, dash):
                    out.append(j)
                break
    return out


# A figure that ends a table cell glued to the first cell of the next row (a quote, a name),
# which a bar closes: at least TABLE_MIN_CELLS bars stand in the TABLE_WINDOW characters before.
_TABLE_ROW = regex.compile(r"\|[^\S\n]*[\d ]*\d(?:[.,]\d+)?%?(?P<at>)[«\"]?\p{Lu}[^|\n.!?]{0,40}?[^\S\n]\|[^\S\n]")
_TABLE_HEADER_END = regex.compile(r"\|[^|\n]{0,40}?\p{Ll}(?P<at>)[«\"]?\p{Lu}[^|\n.!?]{0,40}?[^\S\n]\|[^\S\n]")
_TABLE_END = regex.compile(r"\|[^\S\n]*[\d ]*\d(?:[.,]\d+)?%?(?P<at>)\p{Lu}\p{Ll}+[^\S\n]+\p{Ll}")
TABLE_MIN_CELLS = 2
TABLE_WINDOW = 40


def _in_table(text: str, start: int, stop: int) -> bool:
    """At least TABLE_MIN_CELLS bars stand in ``text[start - TABLE_WINDOW:stop]``."""
    return text.count("|", max(0, start - TABLE_WINDOW), stop) >= TABLE_MIN_CELLS

_ROW_HEAD = regex.compile(r"[«\"]?[\p{Lu}\d][^\n.!?:;]{0,%d}" % ROW_HEAD_MAX_CHARS)
# A credit or caption label with its colon ("Фото:", "Суретте:", "Фото авторы:"; the ``credit``
# phrases of data/boilerplate) and its value, run into the next sentence with no space: the
# value ends at the first glued capital or quote within CREDIT_RUN_MAX_CHARS when a sentence
# goes on after it ("Фото: Асхат Мұхамеджан|AMANAT партиясының ...", "Суретте: кездесуге
# қатысушылар|«Ауыл» партиясы ...", "Сурет: dalauni.kz|«Ақ жол» ...").
_CREDIT_COLON = regex.compile(r"(?<!\p{L})(\p{L}+(?:[^\S\n]\p{L}+){0,2}):[^\S\n]*")
CREDIT_RUN_MAX_CHARS = 60
_SENTENCE_AFTER = regex.compile(r"[«\"]?\p{Lu}[\p{L}-]*»?(?:[^\S\n]+\p{Lu}[\p{L}-]*»?){0,2}[^\S\n]+[\p{Ll}«]")


def _is_credit_label(label: str) -> bool:
    from .lines import phrases, norm

    words = label.split()
    credits = phrases().get("credit", frozenset())
    return any(norm(" ".join(words[-n:])) in credits for n in range(1, min(3, len(words)) + 1))


def _credit_ends(text: str) -> list[int]:
    out = []
    for m in _CREDIT_COLON.finditer(text):
        if not _is_credit_label(m.group(1)):
            continue
        for j in range(m.end() + 1, min(len(text), m.end() + CREDIT_RUN_MAX_CHARS)):
            a, b = text[j - 1], text[j]
            if a == "\n" or a in ".!?…" and b.isspace():
                break  # the credit ended with its line or sentence
            if (a.islower() or a.isdigit() or a in "»\")") and (b.isupper() or b == "«"):
                if _SENTENCE_AFTER.match(text, j) and not _SEGMENT_INSIDE_NAME.match(text, j):
                    out.append(j)
                break
    return out


# A comment section's label and its count, in the three ways sites print it ("Пікірлер: 2",
# "Pıkırler (2)", "2 комментария"), at the end of what precedes a gap.
_LABEL_COUNT_END = regex.compile(r"(?r)(?:(?<![\p{L}\p{N}])(?P<label>\p{L}+)[^\S\n]*(?:\(\d{1,6}\)|:[^\S\n]*\d{1,6})"
                                 r"|(?<![\p{L}\p{N}.,:])\d{1,6}[^\S\n]+(?P<after>\p{L}+))$")


def comment_count_end(text: str, lo: int, hi: int) -> bool:
    """``text[lo:hi]`` ends in a comment section's label with its count: the section's first
    comment starts after it ("... Pıkırler (2) Äsel: ...", "... 2 комментария Серик: ...")."""
    from .lines import _starts_with, norm

    m = _LABEL_COUNT_END.search(text, lo, hi)
    if m is None:
        return False
    word = m.group("label") or m.group("after")
    return _starts_with("comment_label", norm(word)) == norm(word)


# A comment section's label with its count glued to the word before it ("... амбулаторию|2
# комментария", "... ötti|Pıkırler (2)"): the label is a unit of its own.
# (no lower-case word goes on after it: "оставили 2 комментария к посту" is a sentence)
_COUNT_LABEL = r"(?P<c>\d{1,6}[^\S\n]+\p{Ll}+|\p{Lu}\p{Ll}+[^\S\n]*(?:\(\d{1,6}\)|:[^\S\n]*\d{1,6}))(?![^\S\n]*\p{Ll})"
_COMMENT_COUNT_START = regex.compile(r"(?<=\p{Ll})(?=%s)" % _COUNT_LABEL)
_COMMENT_COUNT_AT = regex.compile(_COUNT_LABEL)


def comment_count_at(text: str, j: int) -> bool:
    """A comment section's label with its count starts at ``j`` and nothing goes on after it."""
    m = _COMMENT_COUNT_AT.match(text, j)
    return m is not None and comment_count_end(m.group("c"), 0, len(m.group("c")))


# A byline row glued to the headline before it: a name of two capitalised words, a bar or
# bullet, then a date ("... в Жанаозене|Мадина Куанышева | 15 марта 2024 | 14:10").
_BYLINE_ROW = regex.compile(r"(?<=\p{Ll}{3})(?P<at>)\p{Lu}\p{Ll}+[^\S\n]\p{Lu}\p{Ll}+[^\S\n]*[|·•][^\S\n]*(?=\d)")
# An icon counter glued to the next unit: "👁 2 961|Аким Мангистауской ...".
_ICON_COUNTER_RUN = regex.compile(r"(?V1)[\p{So}--[©®№℗™]][^\S\n]*\d{1,3}(?:[^\S\n\u00a0]\d{3})*(?P<at>)[«\"]?\p{Lu}\p{Ll}")


def _row_glue_starts(text: str) -> list[int]:
    out = [m.start("at") for m in _BYLINE_ROW.finditer(text) if _date_starts(text, m.end())]
    out += [m.start("at") for m in _ICON_COUNTER_RUN.finditer(text)]
    return out


def _comment_count_starts(text: str) -> list[int]:
    return [m.start() for m in _COMMENT_COUNT_START.finditer(text) if comment_count_end(m.group("c"), 0, len(m.group("c")))]


# A credit's label at the start of a unit: a capitalised word after no letter, and the label's words (the ``credit`` phrases) before its colon or,
# for a label of two words or more ("Суретті түсірген"), before a capitalised value.
_CREDIT_LABEL_START = regex.compile(r"(?<![\p{L}\-])\p{Lu}\p{Ll}*(?:[^\S\n]+\p{Ll}+){0,3}")
_CREDIT_VALUE_SENTENCE = regex.compile(r"[.!?…][^\S\n]")


def credit_before(text: str, at: int, at_start: bool = False) -> bool:
    """Whether a credit opens the unit that a glued boundary at ``at`` ends (``credit_label_start``)."""
    return credit_label_start(text, at, at_start) is not None


def credit_label_start(text: str, at: int, at_start: bool = False) -> int | None:
    """A credit ("Фото: Telegram-канал акимата Алматы.", "Суретті түсірген Ерлан Омаров") opens
    the unit that a glued boundary at ``at`` ends: its label stands within CREDIT_RUN_MAX_CHARS
    before ``at``, and its value between holds no sentence end.  A credit is a block of its own
    (a line under a picture), so the boundary is a line break.  The label's offset, or None;
    ``at_start``: only a label that opens the line counts."""
    from .lines import phrases, norm

    credits = phrases().get("credit", frozenset())
    lo = max(0, at - CREDIT_RUN_MAX_CHARS - 30)
    line_start = text.rfind("\n", 0, at) + 1
    for m in _CREDIT_LABEL_START.finditer(text, max(lo, line_start), at):
        if at_start and text[line_start:m.start()].strip():
            break
        words = m.group().split()
        for n in range(len(words), 0, -1):
            label = " ".join(words[:n])
            if norm(label) not in credits:
                continue
            end = m.start() + len(label)
            colon = text.startswith(":", end)
            if not colon and (n < 2 or not regex.match(r"[^\S\n]+\p{Lu}", text[end:at])):
                continue
            value = text[end + colon:at].strip()
            if value and len(value) <= CREDIT_RUN_MAX_CHARS and not _CREDIT_VALUE_SENTENCE.search(value):
                return m.start()
    return None


# a capital that goes on a CamelCase name ("Қаз|Ақпарат", "Центр|Кредит"): no sentence after it
_SEGMENT_INSIDE_NAME = regex.compile(r"\p{Lu}\p{Ll}+\p{Lu}")
# A bullet glyph glued to the item before it ("Читайте также» Аким ...", "сёлах▸ Нұр Отаннан
# ...", "Досқа жіберу‹ Алдыңғы жаңалық"), or the next item glued after it ("кездесті ›Көктал").
_BULLET_BEFORE = regex.compile(r"[\p{L}\p{N}](?P<at>)[▸►▪‣›‹»—](?=[^\S\n]+[«\"]?\p{Lu})")
_BULLET_AFTER = regex.compile(r"[^\S\n][›▸](?P<at>)\p{Lu}\p{Ll}")


def _bullet_boundaries(text: str) -> list[int]:
    out = []
    for m in _BULLET_BEFORE.finditer(text):
        at = m.start("at")
        if text[at] == "»" and text.rfind("«", 0, at) > text.rfind("»", 0, at):
            continue  # it closes a quote: "партии «Ак жол» Ерлан ..."
        if text[at] == "—" and _finite_verb(_word_before(text, at)):
            continue  # direct speech after its verb, a space missing: "он сказал— Мы придём"
        out.append(at)
    out.extend(m.start("at") for m in _BULLET_AFTER.finditer(text))
    return out


def _punct_boundary(text: str, m, protected, spaced: bool = False) -> int | None:
    """Offset of the new unit for a punctuation junction, or None when it stays.
    ``spaced``: a space stands after the punctuation, which is itself evidence of a
    sentence end, so only initials and abbreviations keep the sentence going."""
    start = m.end()
    left_end = m.start("punct")
    punct = m.group("punct")
    if punct.endswith('"') and len(punct) > 1 and punct[-2] in ".!?…":
        # an ASCII quote after the full stop: it closes a quotation when an odd number of
        # quotes stands before it on the line, else it opens the next sentence ('контроле."Сейчас')
        line_start = text.rfind("\n", 0, left_end) + 1
        if text.count('"', line_start, left_end) % 2 == 0:
            start -= 1
            punct = punct[:-1]
    if any(s < start + 1 and e > left_end for s, e in protected):
        return None  # inside a URL, a domain or an e-mail address ("Zakon.kz", "Яндекс.ru")
    if text[start].isdigit() and not spaced:
        # "партийцы.15.04.2022": only after a word and before a date; "2.5", "п.3" stay;
        # a numbered item after a sentence end: "Казахстану».2. Выдвинуть" (not "2.1. Цели")
        item = bool(_LIST_ITEM.match(text, start)) and (text[left_end - 1].isalpha() or text[left_end - 1] in _CLOSE + "%")
        if not item and (not _date_starts(text, start) or not text[left_end - 1].isalpha()):
            return None
    left = _word_before(text, left_end)
    if left and left_end - len(left) >= 0:
        if punct[0] == "." and len(left) == 1 and left.isupper():
            return None  # an initial: "А.Лукашенко", "М.Х.Дулати"
        if punct[0] == "." and left.lower() in abbreviations():
            return None  # "ул.Абая", "г.Алматы", "т.д."
        if punct[0] == "." and _INITIAL_RUN.search(text, max(0, left_end - 12), left_end):
            return None
        if punct[0] == "." and len(left) == 1:
            return None  # "т.е", "и.о"
    if spaced:
        # "2. Пройти собеседование": a list number at the start of its line
        line_start = text.rfind("\n", 0, left_end) + 1
        if text[line_start:left_end].strip().isdigit():
            return None
        tok = _TOKEN_BEFORE.search(text, max(line_start, left_end - 8), left_end)
        if tok is not None and tok.end() == left_end and tok.group().isdigit() and len(tok.group()) <= 2:
            before = text[line_start:tok.start()].rstrip()
            if not before or before[-1] in ".!?…:;":
                return None  # "... отбор. 2. Пройти собеседование": a list number after a sentence
        return start
    if not text[start].isdigit() and not _opens_unit(text, start):
        # a capitalised word that is not a sentence opener: "Яндекс.Музыки»" (a name with a dot)
        j = start
        while j < len(text) and text[j] in _OPEN:
            j += 1
        word = _word_at(text, j)
        if not word or not _followed_by_text(text, j):
            return None
        # a name after a full stop still starts a sentence when the left part is a
        # sentence end: a lower-case word, a closing quote or bracket, or digits
        if not (text[left_end - 1] in _CLOSE + "%" or text[left_end - 1].isdigit() or text[left_end - 1].islower()
                or punct[0] in "!?…" or punct[-1] in _CLOSE):
            return None
    return start


def _section_name(word: str) -> bool:
    """A section name of a site menu ("Общество", "Саясат": ``nav_word`` in the phrase lists)."""
    from .lines import phrases  # imported late: lines is loaded after this module

    # a dotted capital "İ" folds to "i" and a combining dot, which no list writes ("SAİLAU")
    folded = word.casefold().replace("ё", "е").replace("i\u0307", "i")
    return word[:1].isupper() and folded in phrases().get("nav_word", frozenset())


def _left_segment(text: str, i: int) -> str:
    """The letters left of the junction at ``i`` back to the previous case change or
    non-letter: "служба" in "службаВ", "Мунай" in "КазМунайГаз", "РК" in "РКРасстояние"."""
    s = i
    if text[i - 1].isupper():
        while s > 0 and text[s - 1].isupper() and text[s - 1].isalpha():
            s -= 1
        return text[s:i]
    while s > 0 and text[s - 1].isalpha() and text[s - 1].islower():
        s -= 1
    if s > 0 and text[s - 1].isalpha() and text[s - 1].isupper():
        s -= 1
    return text[s:i]


# a lower-case Cyrillic word standing on its own
_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{N}])[\p{Cyrillic}&&\p{Ll}]{3,}(?![\p{L}\p{N}])", flags=regex.V1)
# Endings a word form may differ in from its lower-case form in the text ("маслихат", "маслихата").
LOWER_FORM_MAX_ENDING = 3


class _TokenCounts:
    """How often a token stands whole in the text, counted on demand (a text has few
    case junctions; counting every token of a long page up front cost most of the step)."""

    def __init__(self, text: str):
        self.text = text
        self.seen: dict[str, int] = {}
        self.lower_words: list[str] | None = None

    def lower_case(self, low: str) -> bool:
        """``low`` (or a form of it that differs in an ending of up to
        :data:`LOWER_FORM_MAX_ENDING` letters) stands in lower case in the text: a common
        word ("маслихат" beside "маслихата"), never a name ("Алматы", "Токаев")."""
        if self.lower_words is None:
            self.lower_words = sorted(set(_LOWER_WORD.findall(self.text)))
        words = self.lower_words
        k = bisect.bisect_left(words, low)
        if k < len(words) and words[k].startswith(low) and len(words[k]) - len(low) <= LOWER_FORM_MAX_ENDING:
            return True
        stems = (low[:n] for n in range(max(evidence.LEFT_MIN_LETTERS, len(low) - LOWER_FORM_MAX_ENDING + 1), len(low)))
        for stem in stems:
            k = bisect.bisect_left(words, stem)
            while k < len(words) and words[k].startswith(stem):
                if len(words[k]) - len(stem) <= LOWER_FORM_MAX_ENDING:
                    return True
                k += 1
        return False

    def __getitem__(self, token: str) -> int:
        if token not in self.seen:
            # str.find, not a compiled pattern per token (compiling cost most of the step)
            text, n, count, at = self.text, len(token), 0, self.text.find(token)
            while at >= 0:
                if (at == 0 or not text[at - 1].isalnum()) and (at + n >= len(text) or not text[at + n].isalnum()):
                    count += 1
                    at = text.find(token, at + n)
                else:
                    at = text.find(token, at + 1)
            self.seen[token] = count
        return self.seen[token]


_LATIN_OR_DIGIT = regex.compile(r"[\p{Latin}\d_]")
_CYRILLIC_CAPITAL_WORD = regex.compile(r"[\p{Cyrillic}&&\p{Lu}]\p{Ll}", flags=regex.V1)


_DIGIT = regex.compile(r"\d")
# a decimal number ends here: "490,1", "4.91"
_DECIMAL_END = regex.compile(r"\d[.,]\d+$")
# a number after a field label: "Просмотров: 312", "Оқылды: 1 204"
_LABELLED_NUMBER = regex.compile(r"\p{L}{3,}:[^\S\n]*\d{1,3}(?:[^\S\n]\d{3})*$")
_MONTH_DATE_END = regex.compile(r"\d[-\s]\s*\p{L}+$")
# two language codes and a bar between them: "RU | ҚАЗ", "ҚАЗ | RU", "Қаз | Рус | Eng"
_LANGUAGE_SWITCH = regex.compile(r"(?<![\p{L}])\p{Lu}\p{L}{1,2}[^\S\n]*[|/][^\S\n]*\p{Lu}{2,3}$")
# a site's name in Latin letters and its years: a footer ("PolitMetrics Kazakhstan, 2017–2026")
_SITE_AND_YEARS = regex.compile(r"\p{Lu}[\p{Latin}.]*(?:[^\S\n]+\p{Latin}[\p{Latin}.]*){0,3},?[^\S\n]+(?:©[^\S\n]*)?(?:19|20)\d\d(?:[–—-](?:19|20)\d\d)?(?!\d)")
# the end of a telephone number: "50-33-71", "2-11-05"
_PHONE_END = regex.compile(r"\d-\d{2}$")
# a date stamp's clock time ends here: "2024.05.22 | 14:45", "15 февраля 2024, 08:40", "07.04.2024, 19:40"
_STAMP_TIME_END = regex.compile(r"(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}[./]\d{1,2}[./]\d{1,2}|\d{1,2}[^\S\n]\p{L}{3,}(?:[^\S\n]\d{4})?)"
                             r",?[^\S\n]*(?:[|•·]|в)?[^\S\n]*\d{1,2}:\d{2}$")


def _stamp_time_ends(text: str, i: int) -> bool:
    """A date stamp with its clock time ends at ``i``: whatever is glued after the minutes
    is a new unit ("14:45|958 ret qaraldy", "19:40|00:00 / 02:47", "14:20|«Ауыл» ...")."""
    return _STAMP_TIME_END.search(text, max(0, i - 40), i) is not None


def _date_ends_at(text: str, i: int) -> bool:
    window = text[max(0, i - DATE_WINDOW):i]
    return any(d.end == len(window) and _DIGIT.search(window, d.start, d.end) for d in find_dates(window))


def _url_ends(text: str, i: int) -> bool:
    """A URL, handle or domain (Latin) ends at ``i`` where a capitalised Cyrillic word
    follows it: "t.me/stolvestnik_kz|Больше фото"."""
    return (bool(_LATIN_OR_DIGIT.match(text[i - 1])) and bool(_CYRILLIC_CAPITAL_WORD.match(text, i))
            and _followed_by_text(text, i) and text[i + len(_word_at(text, i)):][:1] not in ("/", "_", "."))


def _case_boundary(text: str, i: int, counts: "_TokenCounts", protected) -> bool:
    """Whether the case or script change at ``i`` (no space) starts a new unit."""
    prev_c, c = text[i - 1], text[i]
    if any(s < i < e for s, e in protected) and not _url_ends(text, i):
        return False
    if c == "«" and prev_c.isupper():
        return True                           # found only after a run of four capitals or more: "ПОЛИТИКА«Ак жол»"
    if c == "«" and prev_c.isdigit():
        # "Оқылды: 1 377«Ауыл»"; a date stamp's time before a headline: "4 марта 2024, 14:20«Ауыл» ..."
        return bool(_LABELLED_NUMBER.search(text, max(0, i - 30), i)) or _stamp_time_ends(text, i)
    if prev_c.isdigit() and c.isdigit():
        return _stamp_time_ends(text, i)      # a stamp's time run into a counter: "2024.05.22 | 14:45958 ret qaraldy"
    if prev_c.isalpha() and regex.match(r"\p{So}", c) and c not in "©®℗™":
        # an icon that opens a counter or a caption, glued to the word before: "кездесті👁 845",
        # "саны – 312📷 XVI сессия"; not an emoji that closes a sentence ("спасибо😊")
        return bool(_compiled(r"\p{So}[^\S\n]*(?:\d|\p{Lu}\p{L})").match(text, i))
    if prev_c.isupper() and regex.match(r"\p{Latin}", prev_c) and regex.match(r"\p{Cyrillic}", c) and text[i + 1:i + 2].isspace():
        return opener_kind(text, i) == "opener"  # "пресс-служба партии AMANATВ Астане"
    if prev_c.isupper() and c.isupper() and text[i + 1:i + 2].islower() and _caps_run_len(text, i, -1) >= 4:
        run = _caps_run_len(text, i, -1)
        if _section_name(text[i - run:i]) or (i - run > 0 and text[i - run - 1].islower() and len(_word_at(text, i)) >= 3):
            # a rubric in capitals run into the headline: "SAIASAT|Respublica partiiasy", or any
            # run of capitals glued between two blocks: "ünıIzdeuSAİLAU|Mäslihat sailauyna"
            return True
    if prev_c.islower() and c.isupper() and (ahead := _caps_run_len(text, i, 1)) >= 5 \
            and regex.match(r"\p{Lu}\p{Ll}{2}", text[i + ahead - 1:i + ahead + 2]):
        return True                           # the same run's other side: "Izdeu|SAİLAUMäslihat"
    if (prev_c.isupper() and c.isupper() and text[i + 1:i + 2].islower() and _LANGUAGE_SWITCH.search(text, max(0, i - 12), i)
            and len(_word_at(text, i)) >= ACRONYM_NEXT_MIN_LETTERS):
        return True                           # a language switch run into the next block: "RU | ҚАЗ|Партийная трибуна"
    if prev_c.isupper() and c.isupper() and _script(prev_c) != _script(c):
        # capitals of two scripts glued: a rubric or a language switch run into a name
        # ("ПОЛИТИКАAMANAT", "РУСRespublica партиясы")
        return _caps_run_len(text, i, -1) >= 3 and (_caps_run_len(text, i, 1) >= 3 or bool(regex.match(r"\p{Lu}\p{Ll}{2}", text[i:i + 3])))
    if (c in _ONE_LETTER_OPENERS and prev_c.isupper() and text[i + 1:i + 2].isspace()
            and regex.match(r"[^\S\n]+\p{Lu}\p{Ll}", text[i + 1:i + 4])):
        # a capitals label glued to a lower-case word and to a headline that opens with a
        # one-letter preposition ("О каналеҚАЗВ Кокшетау ..."); not an acronym that ends with
        # such a letter ("заседанияЦИК Казахстана": the dictionary knows "цик")
        run = text[i - _caps_run_len(text, i, -1):i + 1]
        return len(run) >= 3 and not lexicon.in_dictionary(run.lower()) and not lexicon.in_dictionary(run[:-1].lower())
    if prev_c.isdigit() and regex.match(r"\p{So}", c):
        # "08.07.2024 19:45👁 1.2K"; a counter before a caption: "Көрсетілім саны – 312📷 XVI сессия"
        return _date_ends(text, i) or bool(_compiled(r"\p{So}[^\S\n]+\p{Lu}").match(text, i))
    if c == "©":
        return True                           # a footer: "Правила комментирования© 2024"
    if prev_c.isalpha() and _script(prev_c) != _script(c) and _SITE_AND_YEARS.match(text, i):
        return True                           # a footer without its sign: "в цифрах|PolitMetrics Kazakhstan, 2017–2026"
    if prev_c == "%" and c.isdigit():
        return _date_starts(text, i)          # "до 8%12/03/2024 · 10:15"
    if prev_c == "%":
        return bool(regex.match(r"[«\"“„]?\p{Lu}(?:\p{L}|[^\S\n]+\p{L})", text[i:i + 4]))  # "79,6%Кызылординская", "41,2%В крупных"
    if c.isdigit() and _LIST_ITEM.match(text, i) and not prev_c.isdigit():
        return True                           # "заседания:1. Бюджетные полномочия"
    if not prev_c.isalnum() and c.isdigit():
        return _date_starts(text, i)          # "жөнделеді»21.10.2024"
    if prev_c.isalpha() and c.isdigit():
        return _date_starts(text, i)          # "Amanat27.08.2022", "Казахстана29 Сентября"
    if prev_c == ":" and i >= 2 and text[i - 2].isalpha():
        return False                          # a label or a quotation: judged with _LABEL_JUNCTION
    if (prev_c.isdigit() or prev_c == ":") and c.isalpha():
        # "18:10Третий", "2026В Мире"; not "5G", "100МВт"
        kind = opener_kind(text, i)
        if kind == "opener" and not _date_ends(text, i):
            # a number run into a function word: a counter before the next sentence ("268В Таразе"),
            # not a school class ("11А классе"): the opener has two letters or a name follows it
            word = _word_at(text, i)
            return (len(word) >= 2 or bool(regex.match(r"\p{L}+\s+\p{Lu}", text[i:i + 40]))
                    or bool(_LABELLED_NUMBER.search(text, max(0, i - 30), i))  # "Просмотров: 312В поселке"
                    or bool(_PHONE_END.search(text, max(0, i - 12), i)))  # "8 (7152) 50-33-71В прошлый раз"
        if _date_ends(text, i):
            return c.isupper()                # a date never runs into a word: "10:02Маслихат"
        # a counter run into the next unit: "Просмотров: 3 907Центральная", "Қаралым: 640Құрметті";
        # not a unit or a model ("100МВт", "5G", "11А классе", "100Мбит/с") nor a month ("29Сентября")
        word = _word_at(text, i)
        return (prev_c.isdigit() and c.isupper() and word[1:].islower() and _followed_by_text(text, i)
                and not _DECIMAL_END.search(text, max(0, i - 12), i)  # a rate or a measure: "EUR 490,1Главные"
                and (len(word) >= NUMBER_NEXT_MIN_LETTERS or kind in ("common", "kazakh") and len(word) >= 4
                     or len(word) >= 3 and bool(_LABELLED_NUMBER.search(text, max(0, i - 30), i)))  # "Просмотров: 876Азат"
                and word.lower() not in month_table() and text[i + len(word):i + len(word) + 1] != "/")
    letters = _glued_letters(text, i)
    left = _left_segment(text, i)
    right = _word_at(text, i)
    if c.isupper() and left[-1:].islower() and _MONTH_DATE_END.search(text, max(0, i - 30), i) and _date_ends_at(text, i):
        return True                           # "2023 жылғы 12 наурызОқылды", "5 қазанҮш жүз"
    if _menu_run(letters):
        # glued section names of a site menu (the menu may repeat in the footer):
        # "Главная|Политика|Экономика|Мир|Видео", "Жаңалықтар|Саясат|Бизнес|Өңірлер"; items no list
        # holds between two long words of a glued run ("Sūhbat|Video|Kirilşe|AMANAT partiiasynyñ ...")
        return (_section_name(left) or _section_name(right)
                or len(left) >= MENU_RUN_WORD_MIN_LETTERS and len(right) >= MENU_RUN_WORD_MIN_LETTERS
                and _glued_word_run(text, i, letters))
    if _glued_word_run(text, i, letters):
        return True                           # "Basty bet|Saiasat|Qoğam|...|Kirilşe|Mäjılıs mäslihattardyñ"
    token = _TOKEN_AT.match(text, _token_start(text, i)).group()
    core = _EDGES.sub("", token)
    if core and counts[core] > 1:
        return False                          # the token recurs whole: a name ("ЦентрКредит")
    kind = opener_kind(text, i)
    if kind in (None, "common") and left[-1:].islower() and len(left) >= 3 and right[:1].isupper():
        if (_FIELD_LABEL.match(text, i) or _DAY_AND_TIME.match(text, i)
                or any(d.start == 0 for d in find_dates(text[i:i + DATE_WINDOW]))):
            kind = "label"  # a field label or a dated stamp: "маслихатовОпубликовано: 12.03", "жолдадыКеше, 18:30"
    if (kind is None and (evidence.KK_LETTER.search(left) and len(left) >= evidence.LEFT_MIN_LETTERS
                          or left.islower() and evidence.latin_kazakh_word(left))
            and _KK_SUBJECT_GOES_ON.match(text, i)):
        kind = "kazakh"  # a Kazakh word form run into a sentence: "қызметіДепутаттар тұщыландыру"
    if kind is None and _kazakh_sentence_end(left) and _KK_SENTENCE_GOES_ON.match(text, i):
        kind = "kazakh"  # a Kazakh finite verb ends the sentence: "құрылысы басталдыОблыс әкімі"
    if kind is None and right[:1].isupper() and len(right) >= 3 and _section_name(left) and letters.startswith(left):
        # a section name run into the headline: "ОбществоМаслихат Кокшетау ..."; not a part inside
        # a CamelCase name ("КазАгроФинанса": "Агро" is no section here)
        kind = "label"
    # a lower-case word of its own (a CamelCase name starts with a capital: "ЦентрКредит")
    own_word = (len(left) >= evidence.LEFT_MIN_LETTERS and left.islower()
                and (i - len(left) == 0 or not text[i - len(left) - 1].isalpha()))
    if (kind is None and own_word and len(right) >= evidence.LEFT_MIN_LETTERS and right[1:].islower()
            and counts.lower_case(right.lower()) and _followed_by_text(text, i)):
        kind = "common"  # the word stands in lower case elsewhere in the text: "дорогиАким области" beside "аким"
    if (own_word and not regex.search(r"\p{Latin}", left) and evidence.is_acronym(right)
            and _label_between_blocks(text, i + len(right))):
        # a lower-case word, then capitals, then a headline, with no space: a label between
        # two blocks ("О каналеҚАЗДепутаты ...", "Арна туралыРУСКөкшетау ...", "О каналеҚАЗВ Кокшетау");
        # a missing space inside a sentence stays for the spacing repair ("партииAMANAT провела")
        return True
    if (evidence.is_acronym(left) and right[1:].islower() and len(right) >= ACRONYM_NEXT_MIN_LETTERS
            and _own_lower_word_before(text, i - len(left))):
        return True                           # the label's other side: "ҚАЗ|Депутаты", "РУС|Көкшетау"
    if kind is None or len(regex.sub(r"\P{L}", "", left)) < 2:
        return False
    if letters.lower() in lexicon.protected_tokens():
        return False
    if kind in ("opener", "label"):
        return True                           # "службаВ чем", "ХусаиновК слову", "АзияВ Казахстане"
    if kind is not None and _script(prev_c) == "latin" and _script(c) == "cyrillic" and len(letters) - len(right) >= 3:
        return True                           # "AmanatПрезидент", "WhatsAppҰқсас жаңалықтар", "qaraldyҚалалық жастар"
    if not own_word and evidence.protected_camelcase(letters, left, right):
        return False                          # a brand part: "ХалыкБанк", "КазАвто"
    segments = _SEGMENT.findall(letters)
    if not own_word and len(segments) >= 3 and any(len(seg) < evidence.LEFT_MIN_LETTERS for seg in segments):
        return False                          # "КазМунайГаз", "ҚазМұнайГаз", "ТрансТелеКом"
    if kind == "kazakh" and not evidence.is_acronym(left):
        # a Kazakh word after a lower-case word of its own: "жиналысыБүгін", "ünı|Ortalyq sailau"
        return left[-1].islower() and (len(left) >= evidence.LEFT_MIN_LETTERS or evidence.latin_kazakh_word(left))
    if regex.search(r"\p{Latin}", left):
        return True                           # "AmanatПрезидент", "fk_rfsПомогая"
    if evidence.is_acronym(left) and regex.search(r"\p{Latin}", left) and regex.match(r"\p{Cyrillic}", right):
        return len(right) >= ACRONYM_NEXT_MIN_LETTERS   # a script change: "ҚАЗ | РУС | ENGЖаңалықтар"
    if evidence.is_acronym(left):
        # "МЧС РКРасстояние"; not a case ending after an acronym ("в НОВУРе", "ЦИКа")
        return len(right) >= ACRONYM_NEXT_MIN_LETTERS
    if evidence.complete_word(left):
        return True
    # a word the dictionary does not know ("маслихатов", "Саясат"): a word form by its shape,
    # when the right part goes on as a sentence (a lower-case word after it) or is a common
    # word that only a sentence start writes with a capital ("акиматаЖители Талдыкоргана")
    return (left[-1].islower() and len(left) >= UNKNOWN_LEFT_MIN_LETTERS
            and (kind == "common" and own_word or regex.match(r"\p{L}+[^\S\n]+\p{Ll}", text[i:i + 60]) is not None))


# a capitalised word, up to two more (a name: "Нұр Отан", "Студенттер Мәжіліс"; an acronym:
# "AMANAT партиясының"), then a lower-case word, a quote, a number or a count: a sentence
# (or a label with its count, "Пікірлер (3)") that goes on
_KK_SENTENCE_GOES_ON = regex.compile(r"\p{Lu}[\p{Ll}\p{Lu}]*(?:-\p{Ll}+)?(?:[^\S\n]+\p{Lu}[\p{L}]*(?:-\p{Ll}+)?){0,2}[^\S\n]+[\p{Ll}«\d(]")
# the same after a Kazakh word that is not a verb ("мұрағаттан|Нұр Отан партиясы"): the
# capitalised word must be a word in sentence case
_KK_SUBJECT_GOES_ON = regex.compile(r"\p{Lu}\p{Ll}{2,}(?:-\p{Ll}+)?(?:[^\S\n]+\p{Lu}[\p{L}]*(?:-\p{Ll}+)?){0,2}[^\S\n]+\p{Ll}")


@lru_cache(maxsize=65536)
def _kazakh_word(low: str) -> bool:
    """A Cyrillic word the Kazakh analyser derives and the Russian dictionary does not know
    ("жоба", "жастар", "облыс"; not "воды")."""
    from ..repair.kazakh import is_kazakh_word

    return bool(regex.fullmatch(r"\p{Cyrillic}+", low)) and is_kazakh_word(low) and not lexicon.in_dictionary(low)


@lru_cache(maxsize=65536)
def _finite_verb(word: str) -> bool:
    """A Russian finite verb form ("сказал", "заявил"): a colon after it opens a quotation;
    an infinitive label ("Поделиться:") does not."""
    low = word.lower()
    if not regex.fullmatch(r"[а-яё]+", low):
        return False
    parses = lexicon.morph().parse(low)
    return bool(parses) and parses[0].tag.POS == "VERB"


def _kazakh_sentence_end(word: str) -> bool:
    """A lower-case Kazakh finite verb form ("басталды", "өткізді", "келіспеді"), not a
    Russian word ("воды")."""
    from ..repair.kazakh import is_kazakh_word

    if len(word) < evidence.LEFT_MIN_LETTERS or not word.islower():
        return False
    if regex.fullmatch(r"\p{Latin}+", word):
        # a verb in the 2021 Latin alphabet ("ūsyndy", "aitty", "qaraldy"), read back into Cyrillic
        return any(KK_VERB_END.search(r) and is_kazakh_word(r) for r in evidence.latin_kazakh_cyrillic(word))
    return bool(KK_VERB_END.search(word)) and is_kazakh_word(word) and not lexicon.in_dictionary(word)


def _menu_run(letters: str) -> bool:
    """Three or more glued capitalised segments, at least half of them section names of a
    site menu: a menu, never a CamelCase name ("КазМунайГаз" has none)."""
    segments = _SEGMENT.findall(letters)
    return len(segments) >= 3 and 2 * sum(1 for seg in segments if _section_name(seg)) >= len(segments)


def _script(c: str) -> str:
    return "latin" if regex.match(r"\p{Latin}", c) else "cyrillic" if regex.match(r"\p{Cyrillic}", c) else "other"


def _caps_run_len(text: str, i: int, step: int) -> int:
    """How many capital letters stand glued left (``step`` -1) or right (1) of ``i``."""
    n, j = 0, (i - 1 if step < 0 else i)
    while 0 <= j < len(text) and text[j].isalpha() and text[j].isupper():
        n, j = n + 1, j + step
    return n


def _own_lower_word_before(text: str, s: int) -> bool:
    """A lower-case word of :data:`evidence.LEFT_MIN_LETTERS` letters or more, standing on
    its own, ends at ``s`` ("канале" of "О каналеҚАЗДепутаты")."""
    j = s
    while j > 0 and text[j - 1].isalpha() and text[j - 1].islower():
        j -= 1
    return s - j >= evidence.LEFT_MIN_LETTERS and (j == 0 or not text[j - 1].isalpha())


def _label_between_blocks(text: str, j: int) -> bool:
    """A capitalised word is glued at ``j``, the end of a run of capitals ("ҚАЗ|Депутаты"),
    or the run ends in a one-letter preposition that opens a headline ("ҚАЗ|В Кокшетау")."""
    if regex.match(r"\p{Lu}\p{Ll}{2}", text[j:j + 3]):
        return True
    return (text[j - 1:j] in tuple(_ONE_LETTER_OPENERS) and regex.match(r"[^\S\n]+\p{Lu}\p{Ll}", text[j:j + 3]) is not None
            and not lexicon.in_dictionary(text[j - _caps_run_len(text, j, -1):j].lower()))


def _glued_word_run(text: str, i: int, letters: str) -> bool:
    """The junction at ``i`` lies in :data:`MENU_RUN_MIN_WORDS` or more glued words of
    :data:`MENU_RUN_WORD_MIN_LETTERS` letters or more (one shorter word allowed): a menu; not a
    hashtag or a handle."""
    segments = _SEGMENT.findall(letters)
    long = sum(1 for seg in segments if len(seg) >= MENU_RUN_WORD_MIN_LETTERS)
    if long < MENU_RUN_MIN_WORDS or len(segments) - long > 1:
        return False
    s = i
    while s > 0 and text[s - 1].isalpha():
        s -= 1
    return s == 0 or text[s - 1] not in "#@_"


def _glued_letters(text: str, i: int) -> str:
    s = i
    while s > 0 and text[s - 1].isalpha():
        s -= 1
    e = i
    while e < len(text) and text[e].isalpha():
        e += 1
    return text[s:e]


def _token_start(text: str, i: int) -> int:
    s = i
    while s > 0 and not text[s - 1].isspace():
        s -= 1
    return s


# The relative days of the one alternative of _ANY_JUNCTION that can match across a line
# break ("...сегодня,\n10:30"); every other alternative matches inside one line and its "\n".
_ANY_JUNCTION_DAYS = ("сегодня", "вчера", "позавчера", "бүгін", "кеше")


@memo_by_text()
def _junction_in_line(line: str) -> bool:
    return _ANY_JUNCTION.search(line) is not None


def _any_junction(text: str) -> bool:
    """``_ANY_JUNCTION.search(text)`` found something; line by line, each line (with its line
    break) looked up in a memo, when no relative day can make a match span lines (for speed:
    a new text version keeps most lines of the one before)."""
    if not _memo.ENABLED or any(day in text for day in _ANY_JUNCTION_DAYS):
        return _ANY_JUNCTION.search(text) is not None
    lines = text.split("\n")
    last = len(lines) - 1
    return any(_junction_in_line(line + "\n" if k < last else line) for k, line in enumerate(lines))


@lru_cache(maxsize=16)
def glued_boundaries(text: str) -> tuple[Boundary, ...]:
    """Sorted boundaries where a unit starts with no space before it (see module doc)."""
    if not _any_junction(text):
        return ()  # no two units touch anywhere: the common case of a clean dump
    protected = protected_spans(text)
    counts = _TokenCounts(text)
    found: dict[int, str] = {}
    for m in _punct_junctions(_PUNCT_JUNCTION, text):
        at = _punct_boundary(text, m, protected)
        if at is not None:
            found.setdefault(at, "segment.sentence")
    for m in _COMMA_JUNCTION.finditer(text):
        # "в микрорайоне Сарыарка - 11,Жители смогут": a list row run into the next block
        if opener_kind(text, m.end()) in ("opener", "common") and not any(s < m.end() < e for s, e in protected):
            found.setdefault(m.end(), "segment.sentence")
    for m in _LOWER_DAY_JUNCTION.finditer(text):
        found.setdefault(m.start(), "segment.word")  # "студенттермен кездестібүгін, 09:30"
    for m in _GLUED_HASHTAG.finditer(text):
        if not any(s < m.end() < e for s, e in protected):
            found.setdefault(m.end(), "segment.word")
    for m in _ROW_JUNCTION.finditer(text):
        found.setdefault(m.end(), "segment.sentence")
    for m in _HASHTAG_JUNCTION.finditer(text):
        found.setdefault(m.end(), "segment.sentence")  # "в установленный срок.#новости #Казахстан"
    for m in _DASH_JUNCTION.finditer(text):
        at = m.start()
        e = at
        while e > 0 and text[e - 1] in '.!?…;:»")':
            e -= 1
        left = _word_before(text, e)
        if text[at - 1] == "." and (len(left) == 1 or left.lower() in abbreviations()):
            continue  # "т.д.– и прочее": an abbreviation, not a sentence end
        if not any(s < at < e for s, e in protected):
            found.setdefault(at, "segment.sentence")
    for m in _LABEL_JUNCTION.finditer(text):
        # "Читайте также:Аким района провел", "Тағы оқыңыз:Мәжіліс депутаттары": a label run into a
        # sentence; not a verb before the colon ("сказал:Мы" is a quotation, left alone)
        left = _word_before(text, m.start())
        if (len(left) >= 3 and not _finite_verb(left)
                and (_LABEL_SENTENCE.match(text, m.end()) or opener_kind(text, m.end()) in ("opener", "common")
                     or _script(left[-1]) == "cyrillic" and _script(text[m.end()]) == "latin")  # "Бөлісу:Facebook"
                and not any(s < m.end() < e for s, e in protected)):
            found.setdefault(m.end(), "segment.word")
    rows = [m.start() for m in _QUOTED_ROW.finditer(text)]
    for at in rows:
        near = sum(1 for o in rows if abs(o - at) <= QUOTED_ROW_WINDOW)
        left = _word_before(text, at)
        # a run of rows, or one after a section name ("Саясат«Нұр Отан» партиясы") or a Kazakh
        # finite verb that ends a sentence ("баға берді«Байтақ» партиясы")
        if ((near >= QUOTED_ROW_MIN_RUN or _section_name(left) or _kazakh_sentence_end(left)
             or _glued_word_run(text, at, _glued_letters(text, at)))
                and not any(s < at < e for s, e in protected)):
            found.setdefault(at, "segment.word")
    for m in _COUNT_JUNCTION.finditer(text):
        # "Комментарии (0)Для того", "Пікірлер (3)Пікір қалдыру"; not "пункту (2)Закона о выборах"
        kind = opener_kind(text, m.end())
        if (kind in ("opener", "kazakh", "label") or kind == "common" and evidence.can_open_sentence(_word_at(text, m.end()))
                or _FIELD_LABEL.match(text, m.end()) and _count_label(text, m.end())[:1].isupper()):
            # "Пікірлер (3)|Айгүл_Н • 12:05", "Комментарии (3)|Асель: Наконец-то"
            found.setdefault(m.end(), "segment.word")
    for m in _BRACKET_JUNCTION.finditer(text):
        # "09:00 (Астана)Время чтения": a place after a stamp, then the next block; a common
        # word after a bracket elsewhere may be a missing space ("компания (ТОО)Медиа" stays)
        kind = opener_kind(text, m.end())
        opened = text.rfind("(", max(0, m.end() - 40), m.end())
        after_stamp = opened > 0 and _date_ends(text, len(text[:opened].rstrip()))
        if kind in ("opener", "kazakh") or _FIELD_LABEL.match(text, m.end()) or kind == "common" and after_stamp:
            found.setdefault(m.end(), "segment.word")
    for m in _QUOTE_JUNCTION.finditer(text):
        if _opens_unit(text, m.end()) or _FIELD_LABEL.match(text, m.end()):  # "«Ұлт дауысы»Тегтер: #сайлау"
            found.setdefault(m.end(), "segment.sentence")
    case_junctions = sorted({m.start() for m in _CASE_JUNCTION.finditer(text)}
                            | {m.start("at") for p in _MORE_CASE_JUNCTIONS for m in p.finditer(text, overlapped=True)})
    for i in case_junctions:
        if i in found or i == 0 or text[i - 1].isspace():
            continue
        if (text[i - 1] in ".!?…" or text[i - 1] in _CLOSE and not (text[i].isdigit() and not _after_sentence_mark(text, i))) and text[i] != "©":
            # judged as a punctuation junction (a copyright sign after it is not: "жителей.© ТОО ...",
            # nor a date after a bracket or quote that no sentence mark precedes: "(WhatsApp)15 февраля 2024")
            continue
        if _case_boundary(text, i, counts, protected):
            found[i] = "segment.word"
    for at in _row_boundaries(text):
        if not any(s < at < e for s, e in protected):
            found.setdefault(at, "segment.word")
    for m in _TABLE_ROW.finditer(text):
        # a table's rows glued: "AMANAT | 62 | 1 418 | 22,9«Ауыл» | 8 | 311 | 38,9Respublica | 6 ..."
        at = m.start("at")
        word = _word_at(text, at)
        if (_in_table(text, m.start(), m.start() + 1)
                and (text[at] in "«\"" or len(word) >= 4 and text[at + len(word):at + len(word) + 1] != "/")):
            found.setdefault(at, "segment.word")  # not a unit after the figure: "| 100МВт |", "| 12,5Мбит/с |"
    for m in _TABLE_HEADER_END.finditer(text):
        # the header's last cell, a lower-case word of its own, glued to the first row:
        # "Фракция | Депутатов | На одного депутата|AMANAT | 62 | ..."; not a CamelCase name in a
        # cell ("| АО ЦентрКредит |": its left part is capitalised)
        at = m.start("at")
        if (_in_table(text, m.start(), at)
                and _own_lower_word_before(text, at) and not any(s < at < e for s, e in protected)):
            found.setdefault(at, "segment.word")
    for m in _TABLE_END.finditer(text):
        # the table's last figure glued to the sentence after it: "ОСДП | 4 | 139 | 34,8Самой активной ..."
        at = m.start("at")
        if (_in_table(text, m.start(), m.start() + 1)
                and "|" not in text[at:at + TABLE_WINDOW] and opener_kind(text, at) in ("opener", "common")):
            found.setdefault(at, "segment.word")
    for at in _row_glue_starts(text):
        if not any(s < at < e for s, e in protected):
            found.setdefault(at, "segment.word")
    for at in _comment_count_starts(text):
        if not any(s < at < e for s, e in protected):
            found.setdefault(at, "segment.word")
    for at in _credit_ends(text):
        if not any(s < at < e for s, e in protected) or _url_ends(text, at) or text[at] == "«":
            found.setdefault(at, "segment.word")
    for at in _bullet_boundaries(text):
        found.setdefault(at, "segment.word")
    for m in _YEAR_RUN.finditer(text):
        # "3 Марта, 20231 542": a year run into the next number (a view counter); "12.03.20242
        # комментария": a numeric date's year run into a count
        if _date_ends(text, m.end()):
            found.setdefault(m.end(), "segment.word")
    return tuple(Boundary(o, r) for o, r in sorted(found.items()))
