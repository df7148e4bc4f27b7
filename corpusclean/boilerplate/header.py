"""The header of a page: the title, the publication date, the rubric, subtitles.

:func:`_header` judges the lines above the body (headline, label, lead, date candidates)
and picks the title and the date; :func:`_headline_span` finds the headline's own span inside
a unit that also holds furniture (a joined or spaced dump); :func:`_cut_known_title` makes a
known title (front matter, a scraper's field) a unit of its own.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..dates import find_dates
from .edges import _menu_tail
from .memo import compiled as _compiled
from .lines import (HEADLINE_MAX_WORDS, LABEL_MAX_WORDS, Layout, Line, MENU_MIN_NAV, SUBTITLE_TITLE_MAX_CAPS, TITLE_MIN_WORDS, _LETTER,
    _NUMBER_ONLY, _WORD, _asks_or_exclaims, _date_line, _ends_period, _ends_sentence, _headline_like, _starts_with,
    _alternation, norm, phrases)


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


def _title_over_subtitle(header: list[Line], chosen: Line) -> Line:
    """The headline directly above the chosen title, when the chosen one is longer, is
    the title and the chosen one its subtitle ("Банки ужесточили требования ..." over
    "Доля отказов ... выросла почти вдвое"); not a name in title case, and not when a
    third headline stands above (a run of sidebar headlines)."""
    up = _text_above(header, chosen)
    if up is None or up.kind != "headline" or up.norm == chosen.norm or chosen.n <= up.n or _never_title(up):
        return chosen
    if any(ln.kind == "nav" and up.index < ln.index < chosen.index for ln in header):
        return chosen  # a menu or a breadcrumb between: the line above is the site's slogan, not the title
    if any(_navish(w) for w in up.text.split()[1:]):
        return chosen  # a menu piece ("Вступить в партию Новости"), not a headline
    if _caps_share(up) > SUBTITLE_TITLE_MAX_CAPS or ":" in up.text:
        return chosen  # a name, or "Срочно: ..." / "Шұғыл: ..." (a ticker) / a quote title
    above = _text_above(header, up)
    if above is not None and above.kind == "headline" and _caps_share(above) <= SUBTITLE_TITLE_MAX_CAPS:
        return chosen
    return up


# A counter's word next to its number ("Время чтения: 7 минут", "1 247 просмотров",
# "Көрсетілім саны – 508"): the number stands within this many characters of the word.
COUNTER_NUMBER_SPAN = 12


# A rubric path: short capitalised parts joined by a middle dot or a bullet.
_RUBRIC_PATH_SEP = regex.compile(r"\s[·•]\s")
RUBRIC_PART_MAX_WORDS = 3


# what may follow a date stamp before the headline: separators, a clock time, a place in brackets
_STAMP_TAIL = regex.compile(r"^(?:[\s|·•,/–—-]+|\d{1,2}:\d{2}|\([^()\n]{1,30}\))*")


# A labelled phone number, maybe with a messenger's name in brackets ("Прислать новость: +7 705
# 112 33 44 (WhatsApp)"): contact furniture; PHONE_MIN_DIGITS digits at least.
_LABELLED_PHONE = regex.compile(r"^[^\d\n:]{3,40}:\s*\+?\d[\d\s()-]{5,}\d(?:\s*\([^()\d\n]{1,20}\))?\s*$")
PHONE_MIN_DIGITS = 7


def _never_title(ln: Line) -> bool:
    """A line that opens with a date stamp or a counter with its number (fewer than
    TITLE_MIN_WORDS words before it), a rubric path, or a line with fewer than two words with
    letters (a player time "00:00 /") is furniture, never the title; a headline with a stamp after it (a dump
    joined with spaces) stays a candidate."""
    if sum(1 for w in ln.words if _LETTER.search(w)) < 2:
        return True
    if _LABELLED_PHONE.match(ln.text) and len(regex.findall(r"\d", ln.text)) >= PHONE_MIN_DIGITS:
        return True  # "Прислать новость: +7 705 112 33 44 (WhatsApp)"
    parts = [p.strip() for p in _RUBRIC_PATH_SEP.split(ln.text.strip())]
    if len(parts) >= 2 and all(p[:1].isupper() and 1 <= len(_WORD.findall(p)) <= RUBRIC_PART_MAX_WORDS for p in parts):
        return True  # a rubric path: "Обзор · Выборы", "Аналитическая записка · Местное самоуправление"
    for d in find_dates(ln.text):
        if not d.relative and regex.search(r"\d", ln.text[d.start:d.end]):
            if len(_WORD.findall(ln.text[:d.start])) < TITLE_MIN_WORDS:
                # a stamp that opens the unit: a headline may follow it in a dump joined with
                # spaces ("28.02.2023 | 11:15 «Ауыл» партиясының ..."), a counter may not
                rest = _STAMP_TAIL.sub("", ln.text[d.end:])
                words = _WORD.findall(rest)
                if len(words) < TITLE_MIN_WORDS or _counter_in(norm(rest)) or not any(w[:1].islower() for w in words):
                    return True
            break
    m = _counter_in(ln.norm)
    return m is not None and len(_WORD.findall(ln.norm[:max(0, m.start() - COUNTER_NUMBER_SPAN)])) < TITLE_MIN_WORDS


def _counter_in(n: str) -> "regex.Match | None":
    """The first counter word with a number next to it in the normalised text ``n``."""
    for m in _alternation("counter_word").finditer(n):
        if regex.search(r"\d", n[max(0, m.start() - COUNTER_NUMBER_SPAN):m.end() + COUNTER_NUMBER_SPAN]):
            return m
    return None


def _dates_inside_sentences(text: str, header: list[Line], lines: list[Line]) -> list[Line]:
    """Date candidates and headline-like units that are a sentence's start cut at a date's edge
    in a page joined with spaces ("19 сәуір күні сағат | 10:00-де азаматтарды ... қабылдайды.",
    "... мәліметінше, сағат | 20:00-дегі жағдай ..."): no mark ends the
    unit, and the next unit on its line goes on the sentence (a lower-case word or a number
    with a case ending, ``zones._CONTINUATION``).  Such a date is no publication date, and no
    headline stands next to it: it must not draw the title to the sentence above it."""
    from .zones import _CONTINUATION

    out = []
    for a in header:
        b = lines[a.index + 1] if a.index + 1 < len(lines) else None  # the next unit, in the header or the body
        if b is None or a.kind not in ("date_cand", "headline", "label") or a.whole or text[a.end:b.start].strip():
            continue
        if _ANY_MARK.search(a.text[-1:]) or not _CONTINUATION.match(b.text.lstrip()):
            continue
        out.append(a)
    return out


def _run_on_above_title(header: list[Line], title: Line) -> None:
    """In a page joined with spaces, what stands above the title in the header and is cut
    out of a longer line without any sentence mark is a run of furniture: the site's name,
    its menu and a breadcrumb run together ("Көктал ауданы әкімдігінің ресми интернет-ресурсы
    Негізгі Аудан туралы ... Негізгі / Баспасөз орталығы / Жаңалықтар").  A lead ends its
    sentence, a greeting asks or exclaims; a line of a dump in one line per block is judged
    alone as before."""
    for ln in header:
        if ln.index >= title.index:
            break
        if ln.kind == "unknown" and not ln.whole and not _ANY_MARK.search(ln.text):
            ln.kind = "nav"


# A caption opens with a pictograph (a camera, a picture) and has at most this many words.
ICON_CAPTION_MAX_WORDS = 12
_OPENS_WITH_ICON = regex.compile(r"(?V1)^[^\p{L}\p{N}]*?[\p{So}--[©®№℗™]]")


def _icon_caption(ln: Line) -> bool:
    """A header unit that opens with a pictograph and holds a short caption ("📷 XVI сессия
    барысы."); with a credit right under it, it is the photo's caption."""
    return ln.kind in ("lead", "headline", "label", "unknown") and bool(_OPENS_WITH_ICON.match(ln.text)) \
        and ln.n <= ICON_CAPTION_MAX_WORDS


# A sentence or clause mark: a unit holding one may be a lead, a quote or a greeting.
_ANY_MARK = regex.compile(r"[.!?…,;:«»\"“”]")


_DIGIT = regex.compile(r"\d")


def _today_label(text: str) -> bool:
    """A "today" widget: a relative day word as a label, its colon, then the day's full date
    ("Сегодня: вторник, 16 апреля 2024 | Актау +9 °C", "Бүгін: 16 сәуір 2024"): the crawl day,
    a date line but not the publication date."""
    found = find_dates(text)
    return len(found) >= 2 and found[0].relative and not _WORD.findall(text[:found[0].start]) \
        and text[found[0].end:found[1].start].strip() == ":" and not found[1].relative


def _title_case_run(ln: Line) -> bool:
    """MENU_MIN_NAV words or more, each capitalised (not all in capitals: a headline in
    capitals is one), no digit and no sentence or clause mark: a menu, not a headline."""
    words = [w for w in ln.words if _LETTER.search(w)]
    return len(words) >= MENU_MIN_NAV and len(words) == len(ln.words) and all(w[:1].isupper() for w in words) \
        and not all(w.isupper() for w in words) and not _ANY_MARK.search(ln.text) \
        and not any(_KK_GENITIVE.search(w) for w in words[:-1])


# A menu's items are nouns in the nominative; a Kazakh word in the genitive ties the next one to it,
# as in one name of an office or a body ("Иран Ислам Республикасының Президенті").
_KK_GENITIVE = regex.compile(r"(?:ның|нің|дың|дің|тың|тің)$")


def _headline_under_stamp(lay: Layout, header: list[Line]) -> Line | None:
    """The first line of the body when the header ends in a date stamp and that line reads as a
    headline (no sentence end, HEADLINE_MAX_WORDS words at most, in sentence case): a page that
    prints its date above the title ("12.04.2024 10:15" | "Сессия мәслихаты: күн тәртібінде бес
    мәселе"), whose headline is long enough to count as a paragraph."""
    if lay.body_start is None or not header or header[-1].kind != "date_cand":
        return None
    first = lay.lines[lay.body_start]
    if first.kind != "unknown" or first.block != header[-1].block and not first.whole or _ends_sentence(first.text):
        return None
    if not TITLE_MIN_WORDS <= first.n <= HEADLINE_MAX_WORDS or not _headline_like(first) or _never_title(first):
        return None
    return first


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
        if (ln.kind == "nav" or ln.kind == "content" and sum(o.kind == "content" for o in header) == 1) \
                and _DIGIT.search(ln.text) and _date_line(ln, reference_date):
            # a meta line of bars under the title ("Гульнара Есенова | 12 марта 2024 | 09:30 |
            # 👁 1 204"), read as a menu (or, cut to "| 12 марта 2024 | 09:30 |" in a joined dump,
            # as a table row: when it is the header's only one, not a cell of a table) for its
            # separators: its date is a date line's
            ln.kind, ln.value = "date_cand", _date_line(ln, reference_date)
            continue
        if ln.kind != "unknown":
            continue
        iso = _date_line(ln, reference_date)
        if iso is not None:
            ln.kind, ln.value = "date_cand", "" if _today_label(ln.text) else iso
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
    previous = {b.index: a for a, b in zip(header, header[1:])}
    for ln in _dates_inside_sentences(lay.text, header, lay.lines):
        if ln.kind != "date_cand":
            # "Облыстық сайлау комиссиясының мәліметінше, сағат | 20:00-дегі ...": a sentence's start
            ln.kind, ln.value = "lead", None
            continue
        ln.kind, ln.value = "unknown", None
        # the words run into that date open the same sentence ("Көктал ауданының әкімі Бауыржан
        # Омарұлы | 19 сәуір күні сағат | 10:00-де ..."): no headline either
        before = previous.get(ln.index)
        if before is not None and before.kind in ("headline", "label") and not before.whole \
                and not lay.text[before.end:ln.start].strip() and not _ANY_MARK.search(before.text[-1:]):
            before.kind, before.value = "lead", None
    dates = [ln for ln in header if ln.kind == "date_cand"]
    title: Line | None = None
    if known_title:
        title = next((ln for ln in header if _same_title(ln.norm, norm(known_title))), None)
    else:
        # a breadcrumb or menu whose last item runs on into the headline ("Главная / Новости /
        # ГородМаслихат одобрил ...") holds a candidate: the headline inside it
        # (a unit of a dump joined with spaces may be longer than a headline: menu, crumb and headline)
        cands = [ln for ln in header if ln.kind == "headline" or ln.kind in ("nav", "unknown") and _holds_headline(lay.text, ln)]
        cands = [ln for ln in cands if not _never_title(ln)]
        # a run of capitalised words without a mark is a menu of names ("Жаңалықтар Қала Адамдар
        # Афиша Хабарландыру Байланыс"): a headline in either language is in sentence case
        menus = [ln for ln in cands if ln.kind == "headline" and _title_case_run(ln)]
        cands = [ln for ln in cands if ln not in menus]
        for ln in menus:
            ln.kind = "nav"
        if menus and not cands:
            under = _headline_under_stamp(lay, header)
            if under is not None:
                cands = [under]
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
            cands = [ln for ln in header if ln.kind == "label" and ln.n >= 2 and not _never_title(ln)]
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
        _run_on_above_title(header, title)
        # a caption under the title stands right above its credit: it goes with the credit
        for above, below in zip(header, header[1:]):
            if above.kind == "headline" and below.kind == "credit" and above.index > title.index:
                above.kind = "credit"
            elif _icon_caption(above) and below.kind == "credit" and above.index > title.index:
                above.kind = "credit"  # "📷 XVI сессия барысы. | Фото авторы: ...": a caption marked by its icon
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
    if tok.endswith(":") and w.isupper():
        return False  # an acronym with its colon opens a headline ("ЦИК: явка ...", "OSK: ..."), no menu item
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


def _oblique_opener(tok: str) -> bool:
    """A capitalised Russian word that cannot open a sentence (an oblique case: "Мажилиса",
    "Совета"): the word before it belongs to the headline, not to the menu."""
    from .evidence import can_open_sentence

    w = tok.strip("«»\"“”,.:;!?()")
    return bool(regex.fullmatch(r"[А-ЯЁ][а-яё]+", w)) and not can_open_sentence(w)


def _letterless(tok: str) -> bool:
    """A separator, a number, an icon, a temperature or a currency amount ("+3°C", "18+")."""
    letters = len(_LETTER.findall(tok))
    return letters == 0 or (letters <= 1 and bool(_compiled(r"\d").search(tok)))


def _starts_lower(tok: str) -> bool:
    s = tok.lstrip("«\"“(")
    return bool(s) and s[0].islower()


# A date's label with its colon ("Эфирге шықты:", "Дата публикации:") has at most this many words.
DATE_LABEL_MAX_WORDS = 2


def _colon_label_at_end(text: str, toks: list[tuple[int, int, bool]], after: str) -> int:
    """How many of the headline's last tokens ``toks`` are the label of the date stamp that
    follows (``after``: the rest of the unit, or the next unit): one or two words ending in a
    colon, the first capitalised after a lower-case word ("... негізгі көрсеткіштер Эфирге
    шықты: 20.08.2024", "... кто выигрывает Дата публикации: 26.03.2024"); 0 otherwise.  A
    headline's own colon has words after it."""
    if not toks or not text[toks[-1][0]:toks[-1][1]].endswith(":"):
        return 0
    nxt = after.lstrip()
    if not any(d.start == 0 and not d.relative for d in find_dates(nxt)):
        return 0
    for n in range(1, DATE_LABEL_MAX_WORDS + 1):
        if len(toks) - n < TITLE_MIN_WORDS:
            break
        first, before = text[toks[-n][0]:toks[-n][1]], text[toks[-n - 1][0]:toks[-n - 1][1]]
        if first[:1].isupper() and _starts_lower(before) and all(
                _starts_lower(text[a:b]) for a, b, _ in toks[len(toks) - n + 1:]):
            return n
    return 0


def _date_label_at_end(text: str, line: Line, toks: list[tuple[int, int, bool]]) -> bool:
    """The unit's last word is the label of the date stamp that opens the next unit (a dump
    joined with spaces is cut at the stamp's edge): a capitalised verb form after a
    lower-case word ("... бюджет нақтыланды Жарияланды | 2024 ж. 7 сәуір", "... Опубликовано |
    12.03.2024"); a headline's own last word is not capitalised verb ("... встретился с Токаевым")."""
    from .glue import _kazakh_sentence_end
    from ..repair import lexicon

    last, before = text[toks[-1][0]:toks[-1][1]], text[toks[-2][0]:toks[-2][1]]
    if not (last[:1].isupper() and last[1:].islower() and last.isalpha() and _starts_lower(before)):
        return False
    nxt = text[line.end:line.end + 60].lstrip()
    if not any(d.start == 0 and not d.relative for d in find_dates(nxt)):
        return False
    low = last.lower()
    if _kazakh_sentence_end(low):
        return True
    parses = lexicon.morph().parse(low) if regex.fullmatch(r"[а-яё]+", low) else []
    return bool(parses) and parses[0].tag.POS in ("VERB", "PRTS")


# A byline of a meta line (an author's name, "Редакция") has at most this many words.
BYLINE_MAX_WORDS = 3
_NAME_WORD = regex.compile(r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_SEPARATORS_AT_START = regex.compile(r"^[\s|·•/,–—-]*")


def _byline_at_end(text: str, toks: list[tuple[int, int, bool]], after: str) -> int:
    """How many of the headline's last tokens ``toks`` are the byline of the meta line that a
    dump joined with nothing or with spaces ran into the headline ("... в городской бюджет
    Гульнара Есенова | 12 марта 2024 | 09:30", "... бюджетРедакция | 20 марта 2024"): one to
    BYLINE_MAX_WORDS capitalised words, glued to the headline or after a lower-case word, with
    a date stamp next (``after``, past separators).  A name the headline is about stays: one
    after a function word or a verb, Russian or Kazakh ("встретился с Ерланом Кариным", "заявил
    Ерлан Карин", "тұрғындармен кездесті Ертіс"), or
    one not in the nominative ("принял Ерлана Карина"); 0 otherwise."""
    rest = _SEPARATORS_AT_START.sub("", after)
    if not any(d.start == 0 and not d.relative and d.iso for d in find_dates(rest[:60])):
        return 0
    from .evidence import can_open_sentence, function_words, is_verb
    from .glue import _kazakh_sentence_end

    for n in range(min(BYLINE_MAX_WORDS, len(toks) - TITLE_MIN_WORDS), 0, -1):
        run = [text[a:b] for a, b, _ in toks[len(toks) - n:]]
        if not all(_NAME_WORD.fullmatch(w) and not is_verb(w) for w in run):
            continue  # (a verb is a stamp's label: "... аналитик Опубликовано | 30.05.2024")
        before = text[toks[-n - 1][0]:toks[-n - 1][1]]
        glued = toks[-n][2]
        if (_CYRILLIC.search(before) is None) != (_CYRILLIC.search(run[0]) is None):
            continue  # a name in the other script ("... платформы Amanat"): the headline's own word
        low = before.casefold()
        if not glued and not (before[-1:].isalpha() and (_starts_lower(before) or not can_open_sentence(low))):
            continue  # a capitalised word in the nominative before the run: one longer name
        if low in function_words() or is_verb(low) or _kazakh_sentence_end(low) or not can_open_sentence(run[0]):
            continue
        return n
    return 0


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
    lower_soon = [any(_compiled(r"\p{Ll}").search(text[a:b]) for a, b, _ in toks[j + 1:j + 1 + TITLE_MIN_WORDS])
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
        opens = j + 1 < len(toks) and _starts_lower(text[toks[j + 1][0]:toks[j + 1][1]])
        if tok in _STRONG_SEP or navrun >= MENU_MIN_NAV and not opens:
            # (a menu-like word before a lower-case one opens the headline: "... ПОЛИТИКА AMANAT собрал ...")
            i, evidence = j + 1, True
    nav_phrases = sorted((p for p in phrases().get("nav", ()) if " " in p), key=len, reverse=True)
    while i < len(toks):
        s, e, glued = toks[i]
        tok = text[s:e]
        nxt = text[toks[i + 1][0]:toks[i + 1][1]] if i + 1 < len(toks) else ""
        if i and glued:
            evidence = True  # a block boundary without a space: what follows is another block
        if tok.isdigit() and _starts_lower(nxt):
            break  # a count opens the headline ("12 депутатов ..."); a stamp is skipped below
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
    # a menu's tail of places or sub-sections that no list holds, after its last item or a
    # separator and before the headline ("... Қоғам Павлодар Екібастұз Ақсу Павлодар облыстық
    # ..."): see edges.MENU_TAIL_MIN_WORDS
    before = text[toks[i - 1][0]:toks[i - 1][1]] if i else ""
    if before and (before in _CRUMB_SEP or _navish(before)):
        tail = _menu_tail([text[s:e] for s, e, _ in toks[i:]])
        if tail and words_from(i + tail, len(toks)) >= TITLE_MIN_WORDS:
            i += tail
    if 0 < i < len(toks) and _oblique_opener(text[toks[i][0]:toks[i][1]]) and not toks[i][2]:
        prev = text[toks[i - 1][0]:toks[i - 1][1]]
        if prev not in _CRUMB_SEP and not _letterless(prev) and prev[:1].isupper() and prev.isalpha():
            i -= 1  # "» Политика Депутаты Мажилиса проведут ...": no headline opens with "Мажилиса"
    i = _after_rubric_label(text, toks, i, word)
    i = _after_path_rubric(text, line, toks, i, word)
    i = _after_language_switch(text, toks, i, word)
    i = _after_caps_rubric(text, toks, i, word)
    dates = [d for d in find_dates(text[line.start:line.end])]
    i = _after_stamp(text, line, toks, i, word, dates)
    # the suffix: a byline or source label, a counter, a date stamp, a dateline in capitals
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
            _compiled(r"\d").search(text[a:b]) for a, b, _ in toks[j + 1:j + 3])
        # a stamp with a year or a time; "с 1 сентября" is part of the headline
        date = any(d.start <= s - line.start < d.end for d in dates
                   if not d.relative or _TIME_IN.search(text, line.start + d.start, line.start + d.end))
        dateline = j == len(toks) - 1 and tok.endswith(".") and tok[:-1].isupper() and len(tok) > 3
        if label or counter or date or dateline or (glued and not _starts_lower(tok) and _letterless(tok)):
            k = j
            break
    if k == len(toks) and k - i > TITLE_MIN_WORDS and _date_label_at_end(text, line, toks):
        k -= 1
    k -= _colon_label_at_end(text, toks[i:k], text[toks[k][0] if k < len(toks) else line.end:][:60])
    # trailing separators go with the suffix
    while k > i and (text[toks[k - 1][0]:toks[k - 1][1]] in _CRUMB_SEP):
        k -= 1
    # (a whole line is one block: the headline alone, whatever its last words)
    byline = 0 if line.whole else _byline_at_end(text, toks[i:k], text[toks[k][0] if k < len(toks) else line.end:][:80])
    if byline and words_from(i, k - byline) >= TITLE_MIN_WORDS:
        k -= byline
        while k > i and (text[toks[k - 1][0]:toks[k - 1][1]] in _CRUMB_SEP):
            k -= 1
    if words_from(i, k) < TITLE_MIN_WORDS or (i == 0 and k == len(toks)):
        return None
    return toks[i][0], toks[k - 1][1]


def rubric_labels() -> frozenset[str]:
    """Words that label a page's rubric ("Рубрика:", "Айдар:"), normalised: the phrase
    category ``rubric_label`` of data/boilerplate/{kk,ru}.tsv."""
    return phrases().get("rubric_label", frozenset())


# A rubric's value after its label: a capitalised word and lower-case words, this many at most
# ("Рубрика: Партийная жизнь", "Айдар: Партия өмірі").
RUBRIC_VALUE_MAX_WORDS = 3


def _sentence_case_from(text: str, toks: list[tuple[int, int, bool]], h: int, word: list[bool]) -> bool:
    """A headline opens at token ``h``: a capitalised word (not all capitals) or a quote, then
    TITLE_MIN_WORDS words or more with two lower-case words among the first few."""
    first = text[toks[h][0]:toks[h][1]].lstrip("«\"“„(")
    if not first[:1].isupper() and not text[toks[h][0]:toks[h][0] + 1] in "«\"“„":
        return False
    if sum(word[h:]) < TITLE_MIN_WORDS:
        return False
    head = [text[a:b] for a, b, _ in toks[h + 1:h + 1 + 2 * TITLE_MIN_WORDS]]
    return sum(1 for t in head if _starts_lower(t)) >= 2


def _after_rubric_label(text: str, toks: list[tuple[int, int, bool]], i: int, word: list[bool]) -> int:
    """Where the headline opens after a "Label: value" rubric in the header unit ("... Рубрика:
    Партийная жизнь Политсовет «Ак жол» обсудил ..."): a rubric label word with its colon, a
    value of at most RUBRIC_VALUE_MAX_WORDS words (a capitalised word, lower-case words), then
    the headline's capital.  What stands before the label must not be a headline itself (two
    lower-case words), so a rubric after the headline changes nothing; a headline's own colon
    ("Маслихаты после реформы: кто выигрывает") follows no label word."""
    labels = rubric_labels()
    for j in range(i, len(toks) - 1):
        tok = text[toks[j][0]:toks[j][1]]
        if not (tok.endswith(":") and tok[:1].isupper() and norm(tok[:-1]) in labels):
            continue
        if sum(1 for a, b, _ in toks[i:j] if _starts_lower(text[a:b])) >= 2:
            return i
        h = j + 1
        while h < len(toks) and h - (j + 1) < RUBRIC_VALUE_MAX_WORDS and (
                h == j + 1 or _starts_lower(text[toks[h][0]:toks[h][1]])):
            h += 1
        if h < len(toks) and h > j + 1 and _sentence_case_from(text, toks, h, word):
            return h
        return i
    return i


def _after_stamp(text: str, line: Line, toks: list[tuple[int, int, bool]], i: int, word: list[bool], dates) -> int:
    """Where the headline opens when the prefix ends inside a date stamp ("4 марта 2024, 14:20
    «Ауыл» предложила ...": the day is a number, skipped as furniture, the month is not): after
    the stamp and its time or separators, when a headline's words follow."""
    at = toks[i][0] - line.start
    for d in dates:
        if d.relative or not d.start <= at < d.end or not (d.start == 0 or i):
            continue
        h = i
        while h < len(toks) and toks[h][0] - line.start < d.end:
            h += 1
        while h < len(toks) and (text[toks[h][0]:toks[h][1]].strip(",") in _CRUMB_SEP or _letterless(text[toks[h][0]:toks[h][1]])):
            h += 1
        if h < len(toks) and sum(word[h:]) >= TITLE_MIN_WORDS:
            return h
    return i


def _after_path_rubric(text: str, line: Line, toks: list[tuple[int, int, bool]], i: int, word: list[bool]) -> int:
    """Where the headline opens when the unit starts with the last part of a rubric path whose
    separator ends the unit before ("Аналитическая записка · | Местное самоуправление Маслихаты
    после реформы: ..."): a capitalised word and lower-case words, 2 to RUBRIC_PART_MAX_WORDS, no
    function word among them ("Выборы в Мажилис ..." is a headline), then a word that can open a
    sentence (a function word, a word in the nominative: "Местное самоуправление Казахстана ..."
    goes on) and a headline in sentence case."""
    from .evidence import can_open_sentence, function_words, is_opener

    before = text[max(0, line.start - 3):line.start].rstrip()
    if i or not before or before[-1] not in "·•":
        return i
    for h in range(2, min(len(toks), RUBRIC_PART_MAX_WORDS + 1) + 1):
        part = [text[a:b] for a, b, _ in toks[:h]]
        if not part[0][:1].isupper() or not all(w.isalpha() and w.islower() for w in part[1:]):
            return i
        if any(w.casefold() in function_words() for w in part):
            return i
        if h >= len(toks):
            return i
        head = text[toks[h][0]:toks[h][1]].strip("«\"“„:,")
        if head[:1].isupper() and (is_opener(head) or can_open_sentence(head)) and _sentence_case_from(text, toks, h, word):
            return h
    return i


# Before a language switch that closes a menu, at most this share of the words are in lower
# case (the second words of links: "Тікелей эфир", "Арна туралы").
SWITCH_MENU_MAX_LOWER = 1 / 3


def _after_language_switch(text: str, toks: list[tuple[int, int, bool]], i: int, word: list[bool]) -> int:
    """Where the headline opens after a menu that a language switch closes ("▶ Тікелей эфир
    Телебағдарлама Жаңалықтар Бағдарламалар Бейне Арна туралы РУС Көкшетау қалалық мәслихаты
    ..."): a language code (capitals of at most LANG_CODE_MAX_LETTERS letters) followed by a
    headline in sentence case, after MENU_MIN_NAV capitalised words or more, a section name among
    them, with no sentence mark and at most SWITCH_MENU_MAX_LOWER of the words in lower case.
    An acronym inside a headline ("Депутаты ЦИК Казахстана ...") follows a lower-case word or
    stands before one."""
    nav = phrases().get("nav_word", frozenset())
    for h in range(len(toks) - 1, i, -1):
        code = text[toks[h - 1][0]:toks[h - 1][1]]
        if not (2 <= len(code) <= LANG_CODE_MAX_LETTERS and code.isalpha() and code.isupper()):
            continue
        if not _sentence_case_from(text, toks, h, word):
            continue
        before = [text[a:b] for a, b, _ in toks[i:h - 1] if _LETTER.search(text[a:b])]
        caps = [t for t in before if t[:1].isupper()]
        if len(caps) < MENU_MIN_NAV or len(before) - len(caps) > SWITCH_MENU_MAX_LOWER * len(before):
            continue
        if any(_ANY_MARK.search(t) for t in before) or not any(t.casefold() in nav for t in caps):
            continue
        return h
    return i


def _caps_word(tok: str) -> bool:
    return len(tok) >= 2 and tok.isalpha() and tok.isupper()


# An all-caps rubric of one word needs this many letters (a short acronym opens headlines:
# "ЦИК Казахстана ...", "СКО ...").
CAPS_RUBRIC_MIN_LETTERS = 4


def _after_caps_rubric(text: str, toks: list[tuple[int, int, bool]], i: int, word: list[bool]) -> int:
    """Where the headline opens after an all-caps rubric ("... Izdeu JASTAR SAIASATY Жастар
    ресурстық орталығы ..."): after furniture already found in the unit (``i`` > 0), the first
    run of words in capitals that a capitalised word (the token before the run) or the
    furniture precedes and a headline in sentence case follows is a rubric, and what stands
    before it is furniture too.  A word in capitals before a lower-case word is the
    headline's own ("AMANAT собрал ..."), as is one after a lower-case word ("партии AMANAT")."""
    if not i:
        return i
    for h in range(i + 1, len(toks)):
        if not _caps_word(text[toks[h - 1][0]:toks[h - 1][1]]) or _caps_word(text[toks[h][0]:toks[h][1]]):
            continue
        r = h - 1
        while r > i and _caps_word(text[toks[r - 1][0]:toks[r - 1][1]]):
            r -= 1
        run = [text[a:b] for a, b, _ in toks[r:h]]
        if len(run) == 1 and len(run[0]) < CAPS_RUBRIC_MIN_LETTERS:
            continue
        if r > i and _starts_lower(text[toks[r - 1][0]:toks[r - 1][1]]):
            continue
        if sum(1 for a, b, _ in toks[h:] if _starts_lower(text[a:b])) < 2:
            continue
        if _sentence_case_from(text, toks, h, word):
            return h
    return i


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


def _same_first_case(copy: str, title: str) -> bool:
    """The first letters of ``copy`` and ``title`` are both capitals or both not."""
    a, b = _LETTER.search(copy), _LETTER.search(title)
    return a is None or b is None or a.group().isupper() == b.group().isupper()


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
        # the copy starts with the title's capital: "... сағат 10:00-де облыс әкімі азаматтарды
        # ... қабылдайды." holds the words of the title "Облыс әкімі ..." inside a sentence
        m = next((m for m in pat.finditer(text, ln.start, ln.end) if _same_first_case(m.group(), known_title)), None)
        if m is None:
            continue
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1  # the space before the copy stays with what precedes it (its removal takes one side)
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
