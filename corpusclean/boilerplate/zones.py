"""The body and the footer of a page, and the rules that span lines.

Comment sections, teaser lists after a related label, lists under an introduction ending in
":", runs of related headlines inside the body (not rows of figures), the footer's links,
promo and closing lines, fragments of a sentence cut at a date's edge, and duplicates.
"""

from __future__ import annotations

import regex

from .lines import (COMMENT_HEADER_MAX_WORDS, COMMENTS_OPENER_MAX_WORDS, DUPLICATE_MIN_WORDS, HEADLINE_MAX_WORDS, LABEL_MAX_WORDS, LIST_ITEM_MAX_WORDS, LIST_MAX_ITEMS,
    LONG_MIN_WORDS, Layout, Line, RELATED_ITEM_MIN_WORDS, RELATED_RUN_MIN_BODY, TEASER_MAX_ITEMS,
    TEASER_MIN_ITEMS_IN_BLOCK, _ANY_SENTENCE_END, _BULLET, _DIALOGUE, _INNER_SENTENCE, _NUMBER_ONLY, _QUOTE_LINE,
    _TIME_LEAD, _comment_header, _comment_reply, _comments_opener, _core, _date_line, _ends_period, _ends_sentence,
    _good, _headline_like, _label_of, _notice, _probe, _promo, _share, _stamped, _starts_upper, _starts_with,
    _subscribe, norm)


def _comments(nonblank: list[Line]) -> None:
    """From a comment-section opener after the first body paragraph to the next related
    or tags label (or the end): the unclassified lines are comments (names of commenters,
    their texts, the prompt); lines of other kinds (a counter, a share row) keep them,
    notices and © lines too.  Then the threads above an opener (:func:`_comment_threads`)."""
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
            break
    _comment_threads(nonblank[first_good + 1:])


# A comment is its head (who wrote it and when), one to COMMENT_TEXT_MAX_LINES lines of text,
# and then a reply button, the next comment's head or the section's prompt: the shape of a
# comment section in any language ("Фермер_СКО, 15:31 | Давно пора ... | Ответить",
# "Дана, 12.03.2024 17:20 | Өте дұрыс бастама | Жауап беру").  The head alone is no evidence (a
# schedule "Открытие форума — 10:00" has the same shape): a thread counts only when a reply
# button or the section's prompt ends it, or the section's label stands right above it.
COMMENT_TEXT_MAX_LINES = 3
# The name before the time of a head: a nickname or a name with an initial ("Анна П.").
COMMENT_HEAD_NAME_MAX_WORDS = 4
_HEAD_SEPARATOR = r"\s*[,·•|–—-]\s*"
_HEAD_TIME = r"(?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?,?\s+)?\d{1,2}:\d{2}"
_COMMENT_STAMP = regex.compile(r"^(?P<name>[^\n]*?\p{L}[^\n]*?)%s%s$" % (_HEAD_SEPARATOR, _HEAD_TIME))
# a head cut before its time (a page joined with spaces: "Айгүл_Н •" | "12:05")
_HEAD_NAME_ONLY = regex.compile(r"^(?P<name>[^\n]*?\p{L}[^\n]*?)%s$" % _HEAD_SEPARATOR)
_TIME_ONLY = regex.compile(r"^%s$" % _HEAD_TIME)
# what may stand before a head on its line when the blocks were joined with spaces: the
# section's label with its count ("Пікірлер (2) Бауыржан – 12:30") or the previous comment's
# reply button ("Ответить Марат, 19:40")
_PREFIX_COUNT = regex.compile(r"^[\s(\[:]*\d*[\s)\]:]*")


def _short_name(name: str) -> bool:
    return len(name.split()) <= COMMENT_HEAD_NAME_MAX_WORDS and name[-1] not in "!?…"


def _without_prefix(ln: Line) -> tuple[str, bool]:
    """The line's text after a comment label or a reply button that opens it, and whether one
    did (the text itself when none does)."""
    for category in ("comment_label", "comment_reply"):
        p = _starts_with(category, ln.norm)
        if p is not None:
            words = ln.text.split()
            rest = " ".join(words[len(p.split()):])
            return rest[_PREFIX_COUNT.match(rest).end():], True
    return ln.text.strip(), False


def _head_lines(lines: list[Line], k: int) -> int:
    """How many lines the head of a reader's comment at ``lines[k]`` takes (0: none): a name and
    how long ago ("Ерлан 32 минуты назад"), or a short name, a comma, dash or bullet and the time
    it was written ("Анна П., 17:20"), maybe after the section's label or a reply button; or,
    cut in two, the name and its mark, then the time alone."""
    ln = lines[k]
    if ln.n > COMMENT_HEADER_MAX_WORDS:
        return 0  # (also keeps the patterns below off a page joined into one long line)
    if _comment_header(ln):
        return 1
    text, _ = _without_prefix(ln)
    if not text:
        return 0
    m = _COMMENT_STAMP.match(text)
    if m is not None:
        return 1 if _short_name(m.group("name")) else 0
    m = _HEAD_NAME_ONLY.match(text)
    if m is not None and _short_name(m.group("name")) and k + 1 < len(lines) and _TIME_ONLY.match(lines[k + 1].text.strip()):
        return 2
    return 0


def _reply_line(ln: Line) -> bool:
    """A reply button, alone with its votes or with what the page joined to it."""
    return _comment_reply(ln) or _starts_with("comment_reply", ln.norm) is not None and ln.n <= COMMENTS_OPENER_MAX_WORDS


def _comment_label(ln: Line) -> bool:
    """A short label naming the section ("Комментарии читателей", "Пікірлер"), or a line the
    opener rule already gave to it."""
    if ln.kind == "comments":
        return True
    return ln.n <= LABEL_MAX_WORDS and not _ends_period(ln.text) and _starts_with("comment_label", ln.norm) is not None


def _prompt_line(ln: Line) -> bool:
    """The section's prompt to comment, maybe with what the page joined to it ("Пікір қалдыру
    үшін жүйеге кіріңіз Газет туралы | ...")."""
    return _starts_with("comment_prompt", ln.norm) is not None


def _section_edge(ln: Line) -> bool:
    """A line that is no comment's text: the section's label or its prompt."""
    return _comment_label(ln) or _prompt_line(ln)


# kinds a line of a comment may have been given on its own (a head after a related list reads
# as one more headline; a short reply as a menu item; a label with its count as a counter)
_COMMENT_LINE_KINDS = frozenset({"unknown", "related", "nav", "counter"})


def _comment_threads(lines: list[Line]) -> None:
    """Runs of comments (see COMMENT_TEXT_MAX_LINES) ended by a reply button, by the section's
    prompt or by a line already in the section, or under the section's label: their heads,
    texts and reply buttons are comments, and so is the label above the first head."""
    k = 0
    while k < len(lines):
        if not (_head_lines(lines, k) and lines[k].kind in _COMMENT_LINE_KINDS):
            k += 1
            continue
        start, end, anchored = k, k, False
        while end < len(lines) and (size := _head_lines(lines, end)):
            if end > start and _without_prefix(lines[end])[1]:
                anchored = True  # the previous comment's reply button, joined to this head
            text = j = end + size
            while (j < len(lines) and j - text < COMMENT_TEXT_MAX_LINES and not _head_lines(lines, j)
                   and not _reply_line(lines[j]) and not _section_edge(lines[j]) and lines[j].kind in _COMMENT_LINE_KINDS):
                j += 1
            if j == text or j < len(lines) and j - text >= COMMENT_TEXT_MAX_LINES and not (
                    _head_lines(lines, j) or _reply_line(lines[j]) or _section_edge(lines[j])):
                break  # a head without text, or more text than a comment: the thread ends before it
            while j < len(lines) and _reply_line(lines[j]) and not _head_lines(lines, j):
                anchored, j = True, j + 1
            end = j
            if j < len(lines) and (lines[j].kind == "comments" or _prompt_line(lines[j])):
                anchored = True
        label = start > 0 and _comment_label(lines[start - 1])
        if end > start and (anchored or label):
            for ln in lines[start:end]:
                if ln.kind in _COMMENT_LINE_KINDS or _reply_line(ln):
                    ln.kind, ln.value = "comments", None
            if label:
                lines[start - 1].kind, lines[start - 1].value = "comments", None
        k = max(end, k + 1)


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


# A phone number with its label ("Телефон для справок: 8 (7162) 25-40-18", "Анықтама телефоны:
# 8 (72840) 2-34-17"): seven digits or more written with spaces, brackets or dashes.
_PHONE_LINE = regex.compile(r"^[^\d\n]{3,40}:\s*\+?\d[\d\s()-]{5,}\d\s*$")
_PHONE_DIGITS_MIN = 7


def _article_phone(lay: Layout, ln: Line) -> bool:
    """A phone line right under a sentence of the article (its last paragraph ends with a
    full stop) belongs to the article: a phone is no headline of a related list.  The site's
    own phones stand under its address or other furniture, which ends with no full stop."""
    if ln.kind != "unknown" or not _PHONE_LINE.match(ln.text) or sum(c.isdigit() for c in ln.text) < _PHONE_DIGITS_MIN:
        return False
    prev = next((o for o in reversed(lay.lines[:ln.index]) if not o.blank), None)
    return prev is not None and prev.kind in ("unknown", "content", "lead") and _ends_period(prev.text)


def _footer(lay: Layout, footer: list[Line], reference_date) -> None:
    if not footer:
        return
    for ln in footer:
        if _article_phone(lay, ln):
            ln.kind = "content"
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
    sentence or clause mark; or, after the article, when a menu item or a related headline
    runs into a closing sentence on its line."""
    for a, b in zip(reversed(nonblank[:-1]), reversed(nonblank[1:])):
        if a.kind not in _FRAGMENT_KINDS or a.whole or b.kind != "content":
            continue
        if text[a.end:b.start].strip() or _core(a.text)[-1:] in (".", "!", "?", "…", ":", ";", ","):
            continue
        # after the article the page's furniture stands on its own (links, labels, notices): a
        # fragment run into a closing sentence on its line is that sentence's start ("Скончался |
        # 18 сентября 1911 года ...", "Қуып келе жатқан | Төстік те өрмектен секіреді.")
        closing = (a.kind in ("nav", "related") and lay.body_end is not None and a.index > lay.body_end
                   and _ends_sentence(b.text) and not _INNER_SENTENCE.search(b.text))
        if closing or _CONTINUATION.match(b.text.lstrip()):
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
