"""HTML pages: the main text and metadata, extracted with trafilatura.

The text trafilatura extracts is the document's replay input (``source.input ==
"html-extracted"``, with trafilatura's version in ``source.extractor``); the same text steps
as for page dumps then clean it further.  Before extraction, layout tables of old sites are
unwrapped and a lead printed outside the article body is moved into it; after it, the
title, date, site name and url are checked against what the page prints.  See
docs/boilerplate.md, "HTML input", for the measured choices.

Reason codes: ``html.too_deep``, ``html.parse_error``, ``html.no_content``.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .config import Config
from .html_options import HTML_DEFAULTS, TRAFILATURA_OPTIONS, check_html_setting, trafilatura_options  # noqa: F401
from .dates import find_dates, normalize_iso
from .document import Document, rejected_input as _rejected

__all__ = ["extract_html", "html_depth", "unwrap_layout_tables", "attach_leads", "TRAFILATURA_OPTIONS",
           "HTML_DEFAULTS", "check_html_setting", "trafilatura_options"]


# A tag, its name and the rest of it up to the first ">": self-closing when that rest ends
# with "/".  (The same tags as ``<(/?)([A-Za-z][\w:-]*)[^>]*?(/?)>``, twice as fast: that lazy
# group tried "/?>" at every character of the attributes; tests/test_html_speed.py.)
_TAG_WITH_REST = regex.compile(r"<(/?)([A-Za-z][\w:-]*)([^>]*)>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# Whitespace runs and markup in titles and headlines, compiled once (regex.sub with a pattern
# string looks its pattern up in a cache on every call: 9 µs of a 12 µs substitution).
_SPACES = regex.compile(r"\s+")
_MARKUP = regex.compile(r"<[^>]*>")
_WORDS_AND_NUMBERS = regex.compile(r"\p{L}+|\d+")


def html_depth(html: str, limit: int) -> int:
    """Maximum element nesting (stops counting once past ``limit``)."""
    depth = deepest = 0
    for m in _TAG_WITH_REST.finditer(html):
        closing, name, rest = m.groups()
        if rest.endswith("/") or name.lower() in _VOID:
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limit:
                    break
    return deepest


# trafilatura's settings for the main text, and which of them the user may change (Config
# ``html``), are in corpusclean/html_options.py.
# htmldate output with the clock time: the time is kept as the page states it (an offset is
# dropped by normalize_iso, like any printed date), "00:00:00" counts as no time.
_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S"
# htmldate's extensive search reads dates out of the whole page when the head and the markup
# name none: on a page without a publication date it returned a reader comment's date.  Off,
# htmldate reads meta, JSON-LD, <time>, date classes and the URL (all pages of tests/data/html
# got the same date either way); a date printed in the text is then found by metadata.date.
_DATE_EXTENSIVE_SEARCH = False
# htmldate discards dates after ``max_date``, by default today; a fixed bound keeps the
# output independent of the day it runs (dates.MAX_YEAR is the same bound for text dates).
_MAX_DATE = "2099-12-31"
# A title longer than this is not a headline but text swallowed by broken markup (an
# unclosed <h1>); the longest of the 60 gold titles (seeds and test pages) has 13 words.
TITLE_MAX_WORDS = 40
# Separators between a headline and the site or rubric names in <title>.  Strong ones never
# stand inside a headline: "Сайт :: Политика :: Заголовок", "Заголовок | Политика | Сайт".
# Dashes do ("Аким — жителям: ..."), so only a first or last dash part that is the site's
# name or a domain is cut off ("Заголовок - vesti.kz").
_TITLE_STRONG_SEPARATORS = regex.compile(r"\s+(?:\||::|//|\u00bb|\u2022)\s+")
_TITLE_DASHES = regex.compile(r"\s+[-\u2013\u2014]\s+")
_FIRST_DASH_PART = regex.compile(r"(.+?)\s+[-\u2013\u2014]\s+(.+)", regex.S)
_LAST_DASH_PART = regex.compile(r"(.+)\s+[-\u2013\u2014]\s+(.+?)", regex.S)
_DOMAIN = regex.compile(r"^[\w.-]+\.(?:kz|ru|com|org|net|info|қаз)$", regex.I)
_HEAD_TITLE = regex.compile(r"<title[^>]*>(.*?)</title\s*>", regex.I | regex.S)
_OG_TITLE = regex.compile(r"""<meta\s(?=[^>]*?property\s*=\s*["']og:title["'])[^>]*?content\s*=\s*(?:"([^"]*)"|'([^']*)')""", regex.I)


def _headline_part(title: str, site: str | None) -> str:
    """The headline out of a <title> that also names the site or rubric."""
    parts = [x.strip() for x in _TITLE_STRONG_SEPARATORS.split(title) if x.strip()]
    if len(parts) > 1:
        return max(parts, key=len)  # the site and rubric parts are the short ones

    def named(part: str) -> bool:
        return bool((site and part.strip().casefold() == site.casefold()) or _DOMAIN.match(part.strip()))

    for _ in range(2):
        m = _FIRST_DASH_PART.fullmatch(title)
        if m and named(m.group(1)):
            title = m.group(2).strip()
        m = _LAST_DASH_PART.fullmatch(title)
        if m and named(m.group(2)):
            title = m.group(1).strip()
    return title


def _sane_title(value) -> str | None:
    if not isinstance(value, str):
        return None
    title = _SPACES.sub(" ", value).strip()
    if not title or len(title.split()) > TITLE_MAX_WORDS:
        return None
    return title


# The page head is read up to three times per page (trafilatura's title checked, the head's
# headline, the <h1> agreed): each search of the whole page runs once (the last page is kept).
@lru_cache(maxsize=1)
def _og_title(html: str) -> str | None:
    import html as html_lib

    m = _OG_TITLE.search(html)
    return _sane_title(html_lib.unescape(m.group(1) if m.group(1) is not None else m.group(2))) if m else None


@lru_cache(maxsize=1)
def _title_element(html: str) -> str | None:
    import html as html_lib

    m = _HEAD_TITLE.search(html)
    return _sane_title(html_lib.unescape(_MARKUP.sub(" ", m.group(1)))) if m else None


def _head_title(html: str, site: str | None, swallowed: str | None = None) -> str | None:
    """The headline from the page head when trafilatura's is unusable: og:title, else
    <title> without its site and rubric parts.  ``swallowed``: trafilatura's unusable title,
    an unclosed <h1> that ran on into the body; the longest start of <title> before a dash
    that it begins with is the headline."""
    og = _og_title(html)
    if og:
        return og
    title = _title_element(html)
    if not title:
        return None
    if swallowed:
        starts = [title[:m.start()] for m in _TITLE_DASHES.finditer(title)]
        for start in sorted(starts, key=len, reverse=True):
            if len(start.split()) >= _HEADLINE_MIN_WORDS and _SPACES.sub(" ", swallowed).startswith(start + " "):
                return start
    title = _headline_part(title, site)
    return None if site and title.casefold() == site.casefold() else title


def _trim_title(title: str, html: str, site: str | None) -> str:
    """trafilatura's title, or the headline part of the <title> it came from when it left the
    site or rubric names in or cut the headline at a dash; an og:title is taken as given."""
    if title == _og_title(html):
        return title
    full = _title_element(html)
    if not full or title not in full:
        return title  # from JSON-LD, an <h1>, ...
    part = _headline_part(full, site)
    if len(part.split()) < _HEADLINE_MIN_WORDS:
        return title
    if title == full or part in title or _headline_part(title, site) != title:
        return part  # trafilatura kept site or rubric parts
    if title in part and len(title.split()) < _HEADLINE_MIN_WORDS:
        return part  # trafilatura cut inside a headline ("Аким — жителям: ..." -> "Аким")
    return title


# Elements that never stand inside the cells of a data table but fill the cells of a page
# laid out with <table> (old sites): such a table is page layout, and trafilatura would flatten
# each of its cells, the whole article included, into one "| ... |" line.
_LAYOUT_BLOCKS = frozenset("p div h1 h2 h3 h4 h5 h6 ul ol table article section form header footer nav main aside".split())
_TABLE_PARTS = ("thead", "tbody", "tfoot", "tr", "td", "th")


# A lead (standfirst) often stands in its own element before the article body's container,
# and trafilatura, which picks the body container, drops it.  Class or id words naming a lead:
_LEAD_NAME = regex.compile(r"(?:^|[\s_-])(?:lead|leadin|intro|anons|annotation|standfirst|subtitle|excerpt)(?:$|[\s_-])", regex.I)
# A lead is a sentence of at least this many words (a dateline or a rubric is shorter) ...
_LEAD_MIN_WORDS = 8
# ... followed by a container of at least this many paragraphs: the body it belongs to.
_LEAD_BODY_MIN_PARAGRAPHS = 2
_LEAD_END = regex.compile(r"[.!?…»\"”)]\s*$")


def attach_leads(tree) -> int:
    """Move a lead element that stands just before the article body's container into that
    container, as its first paragraph, so the extractor keeps it.  Returns the count moved."""
    moved = 0
    for el in list(tree.iter("div", "p", "section", "span", "h2")):
        name = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not _LEAD_NAME.search(name):
            continue
        text = _SPACES.sub(" ", el.text_content()).strip()
        if len(text.split()) < _LEAD_MIN_WORDS or not _LEAD_END.search(text):
            continue
        if any(isinstance(d.tag, str) and d.tag in _LAYOUT_BLOCKS for d in el.iterdescendants()):
            continue
        if any(a.tag in ("nav", "aside", "footer", "header", "li", "a") for a in el.iterancestors()):
            continue
        body = el.getnext()
        if body is None or body.tag not in ("div", "section", "article", "main"):
            continue
        if sum(1 for _ in body.iter("p")) < _LEAD_BODY_MIN_PARAGRAPHS:
            continue
        para = body.makeelement("p", {})
        para.text = text
        para.tail = "\n"
        body.insert(0, para)
        parent = el.getparent()
        if el.tail and el.tail.strip():
            prev = el.getprevious()
            if prev is not None:
                prev.tail = (prev.tail or "") + el.tail
            else:
                parent.text = (parent.text or "") + el.tail
        parent.remove(el)
        moved += 1
    return moved


def unwrap_layout_tables(tree) -> int:
    """Turn layout tables (cells holding paragraphs, headings, lists or other tables, or a
    single column of cells) into plain ``div`` blocks in place, so trafilatura reads their
    content as paragraphs; data tables (rows of several cells of inline text) stay tables.
    Returns the number of tables unwrapped."""
    count = 0
    for table in list(tree.iter("table")):
        own_rows = [r for r in table.iter("tr") if next(r.iterancestors("table"), None) is table]
        one_column = all(sum(1 for c in r if c.tag in ("td", "th")) <= 1 for r in own_rows)
        if not one_column and not any(isinstance(el.tag, str) and el.tag in _LAYOUT_BLOCKS
                                      for el in table.iterdescendants()):
            continue
        for el in table.iter(*_TABLE_PARTS):
            if next(el.iterancestors("table"), None) is table:
                el.tag = "div"
        table.tag = "div"
        count += 1
    return count


# trafilatura's text starts with the article's <h1> when it stands inside the article
# container; a rubric or date line may come first.  Lines looked at for it:
_HEADLINE_LINES = 3
# A headline has at least this many words (a one- or two-word <h1> is a logo or a rubric).
_HEADLINE_MIN_WORDS = 3


def _same_headline(a: str, b: str) -> bool:
    a, b = _SPACES.sub(" ", a).strip().casefold(), _SPACES.sub(" ", b).strip().casefold()
    return bool(a) and (a == b or b.startswith(a + " ") or b.endswith(" " + a))


def _agreed_headline(headlines: list[str], html: str, site: str | None) -> str | None:
    """The page's first headline-like <h1> when og:title or <title> (its headline part, or
    the whole <title> starting or ending with it) agrees with it; None otherwise.  Some sites
    use <h1> for subheadings inside the article too, and the text may start with one of them."""
    first = next((h for h in headlines if len(h.split()) >= _HEADLINE_MIN_WORDS), None)
    if first is None or (site and first.casefold() == site.casefold()):
        return None
    full = _title_element(html)
    candidates = [c for c in (_og_title(html), full, _headline_part(full, site) if full else None) if c]
    return first if any(_same_headline(first, c) for c in candidates) else None


def _printed_headline(text: str, headlines: list[str], site: str | None) -> str | None:
    """The page's <h1> when it is one of the first lines of the extracted text."""
    lines = [_SPACES.sub(" ", ln).strip() for ln in text.split("\n") if ln.strip()][:_HEADLINE_LINES]
    for line in lines:
        if (line in headlines and len(line.split()) >= _HEADLINE_MIN_WORDS
                and not (site and line.casefold() == site.casefold())):
            return line
    return None


# Below this many characters trafilatura distrusts its extraction and falls back to a baseline
# that returns the article, headline and date glued into one line.  Its default, 250, is longer
# than a short news item ("Сенат одобрил закон ..." in two sentences); measured on the pages of
# tests/data/html, 250, 100 and 50 give the same text (docs/boilerplate.md, "HTML input").
_MIN_EXTRACTED_SIZE = 50


@lru_cache(maxsize=1)
def _trafilatura_config():
    from trafilatura.settings import use_config

    cfg = use_config()
    cfg.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(_MIN_EXTRACTED_SIZE))
    return cfg


# The publication date printed next to the headline: text of the elements this many steps
# before and after the <h1> (or its wrapper when the wrapper holds only the <h1>), each at most
# this long and with at most this many words beside the date (a date line with a rubric, an
# author or a counter; a paragraph or a comment with its date is longer).
_DATE_NEIGHBOURS = 3
_DATE_LINE_MAX_CHARS = 80
_DATE_LINE_MAX_OTHER_WORDS = 6


def _dates_near_headline(tree) -> list[str]:
    """Short texts printed around the first <h1>, nearest first, for the date next to the
    title (trafilatura often drops such a line, and htmldate reads it only from a date class)."""
    # the first <h1> that reads as a headline (a one-word <h1> is usually the site's logo)
    h1 = next((h for h in tree.iter("h1") if len(h.text_content().split()) >= _HEADLINE_MIN_WORDS), None)
    if h1 is None:
        return []
    texts: list[str] = []
    h1_text = h1.text_content().strip()
    for node in (h1, h1.getparent()):
        if node is None or (node is not h1 and node.text_content().strip() != h1_text):
            continue
        following = list(node.itersiblings())[:_DATE_NEIGHBOURS]
        preceding = list(node.itersiblings(preceding=True))[:_DATE_NEIGHBOURS]
        for el in following + preceding:
            if not isinstance(el.tag, str) or el.tag in ("script", "style", "nav", "ul", "ol", "table"):
                continue
            text = _SPACES.sub(" ", el.text_content()).strip()
            if text and len(text) <= _DATE_LINE_MAX_CHARS:
                texts.append(text)
    return texts


def _printed_date(texts: list[str], config: Config) -> str | None:
    """The first date among ``texts`` that stands nearly alone on its line."""
    for text in texts:
        found = [d for d in find_dates(text, config.reference_date) if d.iso]
        other = text[:found[0].start] + " " + text[found[0].end:] if found else ""
        if found and len(_WORDS_AND_NUMBERS.findall(other)) <= _DATE_LINE_MAX_OTHER_WORDS:
            return found[0].iso
    return None


@lru_cache(maxsize=1)
def _extractor_loggers(known: int) -> tuple:
    """The loggers of trafilatura and its helpers.  Each module has its own logger
    ("htmldate.validators", ...), and a parent's ``disabled`` does not reach its children, so
    each is disabled.  ``known``: how many loggers exist; the list is made again when a module
    imported since added one (listing them took 45 µs a page)."""
    import logging

    families = ("trafilatura", "htmldate", "courlan", "justext")
    return tuple(logging.getLogger(n) for n in sorted(logging.root.manager.loggerDict) if n.split(".")[0] in families)


def _quiet_extract(html: str, config: Config):
    """trafilatura's extraction (with its and its helpers' logging kept off stderr), its
    version, and the page's <h1> headlines."""
    import logging

    import trafilatura
    from trafilatura.settings import set_date_params

    date_params = set_date_params(_DATE_EXTENSIVE_SEARCH)
    date_params.update({"outputformat": _DATE_FORMAT, "max_date": _MAX_DATE})
    loggers = _extractor_loggers(len(logging.root.manager.loggerDict))
    saved = [lg.disabled for lg in loggers]
    for lg in loggers:
        lg.disabled = True
    try:
        from trafilatura.utils import load_html

        tree = load_html(html)
        if tree is None:
            return None, trafilatura.__version__, [], []
        unwrap_layout_tables(tree)
        attach_leads(tree)
        headlines = [t for t in (_sane_title(h.text_content()) for h in tree.iter("h1")) if t]
        near = _dates_near_headline(tree)
        return trafilatura.bare_extraction(tree, with_metadata=True, date_extraction_params=date_params,
                                           config=_trafilatura_config(), **trafilatura_options(config)), trafilatura.__version__, headlines, near
    finally:
        for lg, was in zip(loggers, saved):
            lg.disabled = was


def extract_html(html: str, source: dict, sha: str, config: Config) -> Document:
    """The page's main text as a Document with its metadata, or a rejected Document."""
    depth = html_depth(html, config.max_html_depth)
    if depth > config.max_html_depth:
        return _rejected(source, sha, "html.too_deep",
                         f"elements nested deeper than {config.max_html_depth} (max_html_depth)")
    try:
        result, version, headlines, near = _quiet_extract(html, config)
    except Exception as e:  # lxml and trafilatura raise many types on broken markup
        return _rejected(source, sha, "html.parse_error", f"trafilatura could not parse the page ({type(e).__name__})")
    text = getattr(result, "text", None) if result is not None else None
    comments = getattr(result, "comments", None) if result is not None else None
    if text and comments and comments.strip() and trafilatura_options(config)["include_comments"]:
        text = text.rstrip("\n") + "\n\n" + comments.strip()  # --html-comments: the readers' comments after the article
    if not text or not text.strip():
        return _rejected(source, sha, "html.no_content", "trafilatura found no main text in the page")
    source = {**source, "input": "html-extracted", "extractor": {"name": "trafilatura", "version": version}}
    doc = Document(text, source=source, raw_sha256=sha)
    extracted = {}
    for field_name, attr in (("title", "title"), ("published", "date"), ("site", "sitename"), ("url", "url")):
        value = getattr(result, attr, None)
        if isinstance(value, str) and value.strip():
            extracted[field_name] = value.strip()
    # Keep trafilatura's fields unless clearly worse: a "title" that is a run of body text
    # (broken markup) gives way to the page head's; a date htmldate cannot give as ISO is dropped.
    title = _sane_title(extracted.get("title"))
    if title:
        title = _trim_title(title, html, extracted.get("site"))
    else:
        title = _head_title(html, extracted.get("site"), extracted.get("title"))
    agreed = _agreed_headline(headlines, html, extracted.get("site"))
    full = _title_element(html)
    if full:
        # an <h1> lost to broken markup still prints its line: a first line of the text that
        # is the head or tail of <title> ("Заголовок - Сайт") is the headline
        headlines = headlines + [ln for ln in (_SPACES.sub(" ", x).strip() for x in text.split("\n")[:_HEADLINE_LINES])
                                 if ln and ln != full and (full.startswith(ln + " ") or full.endswith(" " + ln))]
    printed = _printed_headline(text, headlines, extracted.get("site"))
    if agreed:
        title = agreed  # the head and the first <h1> agree: an <h1> inside the body is a subheading
    elif printed:
        title = printed  # the headline as the page prints it atop the article (og:title may be a variant)
    published = normalize_iso(extracted["published"]) if extracted.get("published") else None
    printed_date = _printed_date(near, config)
    if printed_date and (not published or ("T" not in published and printed_date.startswith(published + "T"))):
        published = printed_date  # no date in the markup, or the same day with the time printed
    for field_name, value in (("title", title), ("published", published),
                              ("site", extracted.get("site")), ("url", extracted.get("url"))):
        if value:
            doc.meta[field_name] = value
    doc.meta["extracted"] = extracted
    if doc.meta.get("url") and not source.get("url"):
        doc.source["url"] = doc.meta["url"]
    return doc
