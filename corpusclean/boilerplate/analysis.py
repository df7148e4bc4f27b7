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

from functools import lru_cache

import regex

from .lines import (NOTICE_MAX_WORDS, Layout, Line, TAG_LINE_MAX_WORDS, _HASHTAGS, _LETTER_OR_DIGIT, _SENTENCE_INSIDE, _TABLE_ROW,
    _ad_mark, _attribution, _breadcrumb, _copyright_owner, _core, _counter, _credit, _ends_period, _ends_sentence,
    _field_date, _good, _headline_like, _icon_counter, _label_of, _menu, _nav_link, _nav_prefix, _notice, _rates,
    _share, _stamped, _subscribe, _tags_from, phrases)
from .edges import _split
from .header import (_cut_known_title, _header, _headline_span)
from .zones import (_body, _comments, _continued, _duplicates, _footer, _list_protection, _teasers)


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
    table_rows = _pipe_table_rows(nonblank)
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
        if _TABLE_ROW.match(ln.text) or ln.index in table_rows:
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

    _legal_tail(nonblank)
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


# A data table written with bars between its cells and none at the edges ("Фракция | Депутатов
# | Поправок", "AMANAT | 62 | 1 418"): a run of PIPE_TABLE_MIN_ROWS lines or more with the same
# number of cells (PIPE_TABLE_MIN_CELLS or more), figures in every row but the first (the
# header).  A menu, a language switch or a share line with bars is one line, without figures.
PIPE_TABLE_MIN_ROWS = 2
PIPE_TABLE_MIN_CELLS = 3
_PIPE_CELL_SEP = regex.compile(r"[^\S\n]\|[^\S\n]")
_DIGIT = regex.compile(r"\d")


def _pipe_table_rows(nonblank: list[Line]) -> set[int]:
    """Indices of the lines that are rows of a bar-separated table (see PIPE_TABLE_MIN_ROWS)."""
    cells = [len(_PIPE_CELL_SEP.split(ln.text.strip())) if " | " in ln.text else 0 for ln in nonblank]
    rows: set[int] = set()
    k = 0
    while k < len(nonblank):
        j = k
        while j + 1 < len(nonblank) and cells[k] >= PIPE_TABLE_MIN_CELLS and cells[j + 1] == cells[k]:
            j += 1
        run = nonblank[k:j + 1]
        if len(run) >= PIPE_TABLE_MIN_ROWS and all(_DIGIT.search(ln.text) for ln in run[1:]):
            rows.update(ln.index for ln in run)
        k = j + 1
    return rows


# The legal block that closes a page: a copyright line with a year ("© «Ертіс Ақпарат» ЖШС,
# 2019–2026", "© 2024 Site") and at most LEGAL_TAIL_MAX_LINES short lines after it (rights, a
# registration certificate "БАҚ есепке қою туралы куәлік № ...", an address).  No closing line
# of an article stands after the copyright; a credit "© Reuters" inside the text has no year.
LEGAL_TAIL_MAX_LINES = 3
_COPYRIGHT_WITH_YEAR = regex.compile(r"(?:©|\([cс]\))[^\n]{0,80}?(?:19|20)\d{2}|(?:19|20)\d{2}[^\n]{0,80}?©", regex.I)


def _legal_tail(nonblank: list[Line]) -> None:
    """The short lines after the last copyright line with a year, when few follow it, are
    notices (see LEGAL_TAIL_MAX_LINES)."""
    last = next((k for k in range(len(nonblank) - 1, -1, -1) if _COPYRIGHT_WITH_YEAR.search(nonblank[k].text)), None)
    if last is None:
        return
    tail = nonblank[last + 1:]
    if len(tail) > LEGAL_TAIL_MAX_LINES or any(ln.n > NOTICE_MAX_WORDS for ln in tail):
        return
    for ln in tail:
        if ln.kind == "unknown":
            ln.kind = "notice"
