"""Units as the pieces the rules judge: furniture at the edges of a unit.

:func:`_split` turns the units of :func:`corpusclean.boilerplate.units` into lines; a unit
that opens with furniture glued to its first words (a menu, a counter, a date stamp, a
credit, a section label, a rates widget) or ends with it (tags, a view counter) is cut into
pieces by :func:`_pieces`, so a body sentence never goes with the furniture next to it.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .segmentation import units
from . import memo as _memo
from .memo import TextMemo
from .lines import (CREDIT_MAX_WORDS, CREDIT_VALUE_MAX_WORDS, Line, MENU_MIN_NAV, MENU_NAV_SHARE, TAG_LINE_MAX_WORDS,
    TITLE_MIN_WORDS, _ANY_SENTENCE_END, _LETTER, _LETTER_OR_DIGIT, _RATE, _SENTENCE_INSIDE, _SO, _WORD, _counter,
    _alternation, _credit_colon, _date_line, _icon_counter, _label_of, _probe, _rates, _share, _starts_with, norm, phrases)


# --- units as lines ------------------------------------------------------------------------
def _split(text: str) -> list[Line]:
    """The units of ``text`` (:func:`corpusclean.boilerplate.units`) as the lines the
    rules judge: a line of a dump in one line per block is one unit, a paragraph of
    several sentences or a page joined into one line is split into its sentences; a
    furniture span at the start or the end of a unit is a piece of its own
    (:func:`_pieces`)."""
    lines: list[Line] = []
    for u in units(text):
        pieces = _pieces_memoised(text, u.start, u.end, u.whole)
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


# After its section names a menu may list places or sub-sections that no phrase list holds,
# and the headline follows them with nothing to mark the boundary ("... Общество Павлодар
# Экибастуз Аксу «Ак жол» проведёт ...", "... Қоғам Павлодар Екібастұз Ақсу Павлодар облыстық
# мәслихатына ..."). A headline is in sentence case: it opens with one capitalised word before
# its lower-case words, or with a quoted name, or with a common noun naming what the quotes
# hold ("Партия «Ауыл» ..."). So a run of single capitalised words in sentence case right after
# the section names is a tail of the menu up to the headline's first word, when it has at least
# MENU_TAIL_MIN_WORDS words: a single one may be the first word of a name that opens the headline
# ("... Общество Ерлан Карин заявил ...", "... Қоғам Қасым-Жомарт Тоқаев ...").
MENU_TAIL_MIN_WORDS = 2
_SENTENCE_CASE = regex.compile(r"\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*")
MENU_TAIL_MAX_LETTERS = 14  # a menu item is one short word (the longest of the test layouts: 13 letters)
# A party or body named in capitals ("AMANAT", "ЦИК", "NUR OTAN"): two letters or more, maybe hyphenated.
_CAPS_NAME = regex.compile(r"\p{Lu}{2,}(?:-\p{L}+)?")


def _menu_tail(raws: list[str]) -> int:
    """How many of the tokens ``raws`` (the text after a menu's last section name, split at
    spaces) are a tail of the menu (see MENU_TAIL_MIN_WORDS); 0 when none."""
    from .evidence import can_open_sentence, is_common_capitalised

    run: list[int] = []
    k = 0
    while k < len(raws):
        word = _TOKEN_EDGES.sub("", raws[k])
        if not word and run:  # a mark between items: "Павлодар | Экибастуз"
            k += 1
            continue
        if word != raws[k] or len(word) > MENU_TAIL_MAX_LETTERS or not _SENTENCE_CASE.fullmatch(word):
            break
        run.append(k)
        k += 1
    if not run or k >= len(raws):
        return 0
    if raws[k][:1] in _OPEN_QUOTES:
        last = raws[run[-1]]
        head = len(run) - 1 if is_common_capitalised(last) and can_open_sentence(last) else len(run)
    elif raws[k][:1].islower():
        head = len(run) - 1  # the headline's first word
    elif _CAPS_NAME.fullmatch(_TOKEN_EDGES.sub("", raws[k])) and k + 1 < len(raws) and raws[k + 1][:1].islower():
        head = len(run)  # a headline opening with a name in capitals: "... Video Kirilşe AMANAT partiiasy ..."
    else:
        return 0
    return run[head - 1] + 1 if head >= MENU_TAIL_MIN_WORDS else 0


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
    close += _menu_tail([text[a:b] for a, b, _ in toks[close:]])
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
# value runs 2-9 words, a date stamp with a view counter 4-6, a weather and rates bar
# "Қызылорда +3°C USD 462,65 | EUR 502,11 | RUB 5,03" 8).  A word here is a token with a
# letter or a digit: a number with its decimals ("462,65") is one, a mark ("|") none.
EDGE_PREFIX_MAX_WORDS = 12
_PREFIX_WORD = regex.compile(r"\S*[\p{L}\p{N}]\S*")
# At most this many prefixes are cut off one unit ("Қаралым: 1 015" + "Фото: ..." + body).
EDGE_PREFIX_MAX_PIECES = 4
# A section label glued to a headline ("Саясат«Нұр Отан» ...", "Басты бет » Саясат«Ақ жол» ...")
# has at most this many words.
EDGE_LABEL_MAX_WORDS = 6

_OPEN_QUOTES = "«“„\""
_CLOSE_GLUE = "»”)\""
_COUNT_WITH_UNIT = regex.compile(r"\d\s*\p{Ll}{1,4}\.?$")
_LOWER_UPPER = regex.compile(r"\p{Ll}\p{Lu}")
_LETTERS_AT = regex.compile(r"\p{L}+")
_LETTERS_BEFORE = regex.compile(r"(?r)\p{L}+")
# (or a pictograph after a number: a counter before a caption's icon, "Көрсетілім саны – 312 📷 ...")
_EDGE_CANDIDATE = regex.compile(r"(?<=\S)(?=[\p{Lu}«“„\"])|(?<=\S)\s+(?=[\p{Lu}«“„\"])|(?<=\d)\s+(?=[\p{So}--[©®№℗™]])", regex.V1)
_LABEL_SEP = regex.compile(r"\s*[»›/|·>→]\s*")


def _script(ch: str) -> str:
    return "latin" if "a" <= ch.casefold() <= "z" else "other"


def _right_word_opens(text: str, i: int, left: str) -> bool:
    """The word at ``i`` can open a unit after a glued ``left`` character: a word in sentence
    case, an acronym after a lower-case letter, a digit or a closing mark, or a one-letter
    capitalised function word ("партииВ Астане")."""
    from .evidence import is_opener

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
    from .evidence import protected_camelcase

    left = _LETTERS_BEFORE.search(text, 0, i)
    right = _LETTERS_AT.match(text, i)
    token = (left.group() if left and left.end() == i else "") + (right.group() if right else "")
    if len(_LOWER_UPPER.findall(token)) > 1:
        return False  # three case segments: a name ("КазМунайГаз", "ТрансТелеКом")
    return not protected_camelcase(token, left.group() if left else "", right.group() if right else "")


_NEXT_WORD = regex.compile(r"[^\S\n]+([«\"“„]|\p{Ll}+)")
# Kazakh locative, dative and ablative endings ("Елордада", "Астанаға", "Алматыдан").
_KK_CASE_END = regex.compile(r"(?:да|де|та|те|ға|ге|қа|ке|дан|ден|тан|тен|нан|нен)$")


def _opens_sentence(text: str, i: int, end: int) -> bool:
    """The word at ``i`` (after a space) opens a sentence, not a name that goes on: a
    capitalised function word ("В", "Бұл"), a Russian common word in the nominative
    ("Партия", "Депутаты"), or a Kazakh word in sentence case before a lower-case word
    ("Қала әкімдігі ...")."""
    from .evidence import KK_LETTER_EITHER_SCRIPT, can_open_sentence, is_common_capitalised, is_opener

    m = _LETTERS_AT.match(text, i)
    if m is None:
        return False
    word = m.group()
    if is_opener(word) or is_common_capitalised(word) and can_open_sentence(word):
        return True
    nxt = _NEXT_WORD.match(text, m.end(), end)
    if len(word) >= 2 and word.isupper() and m.end() < end and text[m.end()] in " -":
        # a name in capitals before a lower-case word ("... Асхат Мұхамеджан AMANAT партиясының
        # кезекті съезі ..."): a credit's value is a name in sentence case, the sentence goes on
        return nxt is not None and nxt.group(1)[:1].islower() or text[m.end()] == "-"
    if not word[1:].islower():
        return False
    if nxt is None:
        return False
    if nxt.group(1)[:1].islower():
        return bool(KK_LETTER_EITHER_SCRIPT.search(word) or KK_LETTER_EITHER_SCRIPT.search(nxt.group(1)))
    # "Ерлан Омаров Елордада «Нұр Отан» ...": a Kazakh word with a case ending before a quote
    return len(word) >= 5 and bool(_KK_CASE_END.search(word))


# An image caption printed before its credit ("Делегаты съезда Фото: пресс-служба ...") has at
# most this many words.
CAPTION_MAX_WORDS = 8


def _credit_value_words(line: Line) -> int | None:
    """Words after a credit label and its colon or dash ("Фото: пресс-служба партии" -> 3),
    the label at the start or after a short caption ("Делегаты съезда Фото: Иван Петров")."""
    p = _starts_with("credit", line.norm)
    text = line.text.lstrip()
    byline = _starts_with("attribution", line.norm) if p is None else None
    if byline is not None and text.casefold().startswith(byline) and text[len(byline):].lstrip()[:1] == ":":
        # an author's byline with its colon ("Авторы: Айгерім Нұрланқызы", "Автор: Иван Петров") is
        # cut off a sentence like a credit
        return len(_WORD.findall(text[len(byline):]))
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
    for cat in ("counter_word", "credit", "attribution", "nav_word", "nav", "share_word", "related"):
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


_SENTENCE_CASE_WORD = regex.compile(r"\p{Lu}\p{Ll}+\b")
# A counter that ends in its word ("1 247 просмотров", "812 рет қаралды") has its number at
# most this many characters before the word.
COUNTER_WORD_NUMBER_SPAN = 8


def _counter_word_last(piece: str) -> bool:
    """``piece`` ends with a counter word right after its number ("... · 1 247 просмотров",
    "812 ret qaraldy"): the counter's end, where a sentence may follow after a space."""
    n = norm(piece)
    for m in _alternation("counter_word").finditer(n):
        if m.end() == len(n) and regex.search(r"\d", n[max(0, m.start() - COUNTER_WORD_NUMBER_SPAN):m.start()]):
            return True
    return False


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
            or _credit_colon(with_bylines=True).search(text[start:min(end, start + 120)].casefold().replace("ё", "е"))):
        return None
    words = 0
    for m in _EDGE_CANDIDATE.finditer(text, start, end):
        i = m.end()
        if i >= end:
            break
        words = len(_PREFIX_WORD.findall(text, start, m.start()))
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
        if not _LETTER_OR_DIGIT.match(text, i) and text[i] not in _OPEN_QUOTES:
            continue  # a pictograph opens what follows only after a counter ("▲ EUR 511,32 ▼ RUB" is one widget)
        if _COUNT_WITH_UNIT.search(piece) and _counter(line):
            return m.start(), i  # "Время чтения: 4 мин.Банки ..."
        if not glued and _counter_word_last(piece) and _counter(line) and (
                _opens_sentence(text, i, end) or _SENTENCE_CASE_WORD.match(text, i)):
            # "... · 1 247 просмотров Фракция «Ак жол» ...", "812 рет қаралды Қалалық ...", "... 987
            # просмотров Аким Карагандинской ...": a counter's word never runs on into a capitalised one
            return m.start(), i
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


# --- the pieces of a unit, memoised (for speed only) ---------------------------------------
# A text version differs from the one before it by the spans a step removed, so most units
# come back with the same text and the same neighbours.  What _pieces and the functions it
# calls read outside text[start:end]: one character before ``start`` (lookbehinds), the spaces
# before it and one character more (the hashtag tail's lookbehind), the letter run that ends
# nearest before a position (reverse searches for letters: "партииВ"), and after ``end`` the
# token the last word runs on into (a word matched from inside the unit) and one character
# (the quote test of _glued_edge); lookaheads stop at ``end``.  The key is that context with
# the unit, and the pieces are computed on the key's own text, so a hit is the same
# computation; a context longer than PIECES_CONTEXT_MAX_CHARS is not memoised.
PIECES_CONTEXT_MAX_CHARS = 200
_PIECES_MEMO = TextMemo(1_000_000)
_NON_SPACE_RUN = regex.compile(r"\S*")


def _pieces_memoised(text: str, start: int, end: int, whole: bool) -> list[tuple[int, int]]:
    """:func:`_pieces`, by the unit and its context (see above)."""
    if not _memo.ENABLED:
        return _pieces(text, start, end, whole)
    lo = 0
    if start > 0 and _LETTER.match(text, start) and not _LETTER.match(text, start - 1):
        # the unit opens with a letter after a non-letter: every letter run searched for
        # backwards from inside it starts inside it, and a lookbehind sees one character
        lo = start - 1
    elif start > 0:
        floor = max(0, start - PIECES_CONTEXT_MAX_CHARS)
        run = _LETTERS_BEFORE.search(text, floor, start)  # the nearest letters before the unit
        if run is not None and run.start() > floor:
            lo = run.start() - 1
        elif floor > 0:
            return _pieces(text, start, end, whole)  # the context runs further back: not memoised
    tail = _NON_SPACE_RUN.match(text, end)
    if tail.end() - end > PIECES_CONTEXT_MAX_CHARS:
        return _pieces(text, start, end, whole)
    hi = min(len(text), tail.end() + 1)
    key = (text[lo:hi], start - lo, end - lo, whole)
    hit = _PIECES_MEMO.get(key)
    if hit is None:
        hit = tuple(_pieces(key[0], key[1], key[2], whole))
        _PIECES_MEMO.put(key, hit, len(key[0]) + 1)
    return [(s + lo, e + lo) for s, e in hit]
