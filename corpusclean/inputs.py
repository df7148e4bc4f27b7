"""Readers: raw bytes from files, folders and stdin become Documents.

Every input document becomes a :class:`~corpusclean.document.Document`; one that cannot
be read becomes a rejected Document with a reason code, never an exception, so that
documents in = records out + rejections.

Reason codes: ``input.empty``, ``input.binary``, ``input.undecodable``,
``input.too_large``, ``jsonl.malformed``, ``jsonl.not_object``, ``jsonl.missing_text``,
``jsonl.text_not_string``, ``html.too_deep``, ``html.no_content``, ``html.parse_error``.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

import regex

from .config import Config
from .dates import find_dates, normalize_iso
from .document import Document, Rejection

__all__ = ["InputError", "sniff_kind", "decode_bytes", "declared_charset", "documents_from_bytes", "iter_input_files",
           "documents_from_path", "INPUT_EXTENSIONS"]

INPUT_EXTENSIONS = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".xhtml": "html",
                    ".jsonl": "jsonl", ".ndjson": "jsonl"}

# Encodings tried, in order, for bytes that are not UTF-8.  cp1251 and kz1048 (the
# Kazakh variant of cp1251) cover nearly all legacy Russian and Kazakh pages.
# Below this plausibility a guessed legacy decoding is refused (input.undecodable).  Clean
# Russian and Kazakh decode to > 0.95; random bytes decoded as cp1251 score about 0.3.
_MIN_PLAUSIBLE = 0.8
_LEGACY_ENCODINGS = ("cp1251", "kz1048", "koi8_r", "cp866", "mac_cyrillic", "iso8859_5", "utf_16")


class InputError(Exception):
    """A usage problem with an input path (not a document): missing path, empty folder."""

    def __init__(self, code: str, detail: str):
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


@dataclass
class _Unreadable(Exception):
    code: str
    detail: str


def _looks_binary(raw: bytes) -> bool:
    head = raw[:8192]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(8, len(head) // 20)


# Letters that real Russian, Kazakh, Ukrainian, Kyrgyz or Latin-script text is made of.  A wrong
# legacy decoding (or random bytes) yields many rare letters such as Ђ Ѓ Љ Ћ and symbols instead.
_COMMON_LETTER = regex.compile(r"[а-яёА-ЯЁәғқңөұүһіӘҒҚҢӨҰҮҺІїЇєЄґҐўЎa-zA-Zà-ÿÀ-ß]")
_LETTER = regex.compile(r"\p{L}")
_SYMBOL = regex.compile(r"[^\p{L}\p{N}\s.,;:!?()\[\]«»\"'„“”’\-–—/%№+=*&@#]")


# Markup is not text: for HTML the score is taken on what is left without scripts, styles,
# comments, tags and entities (the angle brackets of a short page would otherwise count as
# stray symbols and sink the score of a correct decoding).
_MARKUP = regex.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^<>]*>|&#?\w+;", regex.I | regex.S)


def _plausible(text: str, markup: bool = False) -> float:
    """How much ``text`` looks like natural text (0..1): the share of common letters among
    letters, lowered by stray symbols.  Wrong decodings and random bytes score low."""
    sample = _MARKUP.sub(" ", text[:200000])[:20000] if markup else text[:20000]
    letters = len(_LETTER.findall(sample))
    if not letters:
        return 0.0
    common = len(_COMMON_LETTER.findall(sample)) / letters
    symbols = len(_SYMBOL.findall(sample)) / max(1, len(sample))
    return max(0.0, common - 2 * symbols)


# Single-byte Cyrillic encodings a page may declare (as codec names, see codecs.lookup).  A
# declared one is used when the bytes are not UTF-8 and decode plausibly with it; any other
# declaration (latin-1, windows-1252 on a Russian page is a common server default) is ignored
# and the legacy guess below decides.
# How much better (in _plausible) another code page must read the bytes to overrule the
# declared one: Russian text reads the same in cp1251, kz1048 and ptcp154 (equal scores), while
# Kazakh kz1048 text read as cp1251 loses 0.05 or more (0.94 against 1.0 on a one-line page).
_DECLARED_MARGIN = 0.02
_DECLARABLE = frozenset({"cp1251", "kz1048", "ptcp154", "koi8-r", "koi8-u", "cp866", "mac-cyrillic", "iso8859-5"})
_META_CHARSET = regex.compile(
    rb"""<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    regex.I)
# Only the head is searched: the HTML standard's pre-scan reads the first 1024 bytes; pages
# with long scripts in the head put the declaration later, so we read further.
_DECLARATION_SCAN_BYTES = 8192


# UTF-8 with a few broken sequences (a truncated download, a bad byte from a scraper) is still
# UTF-8: when at least this many characters beyond ASCII decode cleanly for each broken
# sequence, the broken ones become U+FFFD.  A legacy code page read as UTF-8 gives almost no
# clean multi-byte characters (Russian cp1251 text: 0 to 1 per 100 broken), so the two never mix.
_UTF8_CLEAN_PER_BROKEN = 50


def _damaged_utf8(raw: bytes) -> str | None:
    text = raw.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - raw.count("\ufffd".encode("utf-8"))
    clean = sum(1 for ch in text if ch > "\x7f") - text.count("\ufffd")
    if broken > 0 and clean >= _UTF8_CLEAN_PER_BROKEN * broken:
        return text
    return None


def declared_charset(raw: bytes) -> str | None:
    """The codec a page declares in ``<meta charset>``, ``<meta http-equiv="Content-Type"
    content="...; charset=...">`` or an XML declaration, or None (unknown names too).

    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">')
    'cp1251'
    """
    m = _META_CHARSET.search(raw[:_DECLARATION_SCAN_BYTES])
    if m is None:
        return None
    name = (m.group(1) or m.group(2)).decode("ascii", "replace").strip().lower()
    name = {"x-cp1251": "cp1251", "win-1251": "cp1251", "windows1251": "cp1251"}.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(raw: bytes, declared: str | None = None, markup: bool = False) -> tuple[str, str]:
    """Decode ``raw`` to text and name the encoding; raise on binary or undecodable data.

    Order: a byte-order mark; valid UTF-8, or UTF-8 with a few broken sequences (each
    replaced by U+FFFD), whatever a page declares (Cyrillic text in a
    legacy encoding is practically never valid UTF-8, while UTF-8 pages that still declare
    windows-1251 are common); the ``declared`` Cyrillic encoding if it decodes plausibly;
    then a guess among :data:`_LEGACY_ENCODINGS`.  ``markup``: the bytes are HTML (its
    tags are left out when judging a decoding).
    """
    if raw.startswith(codecs.BOM_UTF8):
        raw_body, enc = raw[3:], "utf-8-sig"
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as e:
            raise _Unreadable("input.undecodable", f"UTF-16 byte-order mark but invalid UTF-16 ({e.reason})") from None
    else:
        raw_body, enc = raw, "utf-8"
    if _looks_binary(raw):
        raise _Unreadable("input.binary", "binary data (NUL or control bytes), not text")
    try:
        return raw_body.decode("utf-8"), enc
    except UnicodeDecodeError as e:
        utf8_problem = f"{e.reason} at byte {e.start}"
    damaged = _damaged_utf8(raw_body)
    if damaged is not None:
        return damaged, enc
    if declared in _DECLARABLE:
        # The declaration wins unless another Cyrillic code page reads the bytes clearly
        # better: Kazakh sites often declare windows-1251 and serve kz1048, whose Kazakh
        # letters come out of cp1251 as Ј ґ ќ Є.
        scored = []
        for enc_name in dict.fromkeys((declared, *(codecs.lookup(e).name for e in _LEGACY_ENCODINGS))):
            try:
                text = raw.decode(enc_name)
            except UnicodeDecodeError:
                continue
            scored.append((_plausible(text, markup) + (_DECLARED_MARGIN if enc_name == declared else 0.0), enc_name, text))
        if scored:
            score, enc_name, text = max(scored, key=lambda x: x[0])  # first (declared) wins ties
            if score - (_DECLARED_MARGIN if enc_name == declared else 0.0) >= _MIN_PLAUSIBLE:
                return text, enc_name
    # Not UTF-8: ask charset-normalizer among the likely encodings, then check the guess.
    best_text, best_enc, best_score = None, None, 0.0
    try:
        from charset_normalizer import from_bytes

        match = from_bytes(raw, cp_isolation=list(_LEGACY_ENCODINGS)).best()
        if match is not None:
            best_text, best_enc = str(match), match.encoding
            best_score = _plausible(best_text, markup)
    except Exception:  # charset-normalizer is advisory; fall back to trying encodings
        best_text = None
    if best_text is None or best_score < 0.9:
        for enc_name in _LEGACY_ENCODINGS:
            try:
                text = raw.decode(enc_name)
            except UnicodeDecodeError:
                continue
            score = _plausible(text, markup)
            if score > best_score + 0.01:
                best_text, best_enc, best_score = text, enc_name, score
    if best_text is None or best_score < _MIN_PLAUSIBLE:
        raise _Unreadable("input.undecodable", f"not valid UTF-8 ({utf8_problem}) "
                          "and no legacy Cyrillic encoding fits")
    return best_text, codecs.lookup(best_enc).name


_HTML_START = regex.compile(rb"^\s*(?:<\?xml\b[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|div|p|article|section|meta|title|span|main|table|ul)\b",
                            regex.I | regex.S)


def sniff_kind(raw: bytes, name: str | None = None, forced: str = "auto") -> str:
    """txt, html or jsonl: ``forced`` wins, then the file extension, then the content."""
    if forced != "auto":
        return forced
    if name:
        kind = INPUT_EXTENSIONS.get(Path(name).suffix.lower())
        if kind:
            return kind
    head = raw[:4096].lstrip(b"\xef\xbb\xbf")
    if _HTML_START.match(head):
        return "html"
    stripped = head.lstrip()
    if stripped.startswith(b"{"):
        first = stripped.split(b"\n", 1)[0].strip()
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl"
        except (ValueError, UnicodeDecodeError):
            pass
    return "txt"


_TAG = regex.compile(r"<(/?)([A-Za-z][\w:-]*)[^>]*?(/?)>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def html_depth(html: str, limit: int) -> int:
    """Maximum element nesting (stops counting once past ``limit``)."""
    depth = deepest = 0
    for m in _TAG.finditer(html):
        closing, name, self_closing = m.group(1), m.group(2).lower(), m.group(3)
        if name in _VOID or self_closing:
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


def _sha256(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def _rejected(source: dict, sha: str, code: str, detail: str, metadata: dict | None = None) -> Document:
    doc = Document("", source=source, raw_sha256=sha, metadata=metadata or {})
    doc.rejection = Rejection(code, detail, "read")
    return doc


# trafilatura settings for the main text.  favor_precision against favor_recall and the
# default was measured on the pages of tests/data/html (docs/boilerplate.md, "HTML input").
# Comments are never article text; tables are kept (results tables are content; layout tables
# of old sites are unwrapped first, see unwrap_layout_tables).
TRAFILATURA_OPTIONS = {"include_comments": False, "include_tables": True, "include_images": False,
                       "deduplicate": False, "favor_precision": False, "favor_recall": False}
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
    title = regex.sub(r"\s+", " ", value).strip()
    if not title or len(title.split()) > TITLE_MAX_WORDS:
        return None
    return title


def _og_title(html: str) -> str | None:
    import html as html_lib

    m = _OG_TITLE.search(html)
    return _sane_title(html_lib.unescape(m.group(1) if m.group(1) is not None else m.group(2))) if m else None


def _title_element(html: str) -> str | None:
    import html as html_lib

    m = _HEAD_TITLE.search(html)
    return _sane_title(html_lib.unescape(regex.sub(r"<[^>]*>", " ", m.group(1)))) if m else None


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
            if len(start.split()) >= _HEADLINE_MIN_WORDS and regex.sub(r"\s+", " ", swallowed).startswith(start + " "):
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
        text = regex.sub(r"\s+", " ", el.text_content()).strip()
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


def _printed_headline(text: str, headlines: list[str], site: str | None) -> str | None:
    """The page's <h1> when it is one of the first lines of the extracted text."""
    lines = [regex.sub(r"\s+", " ", ln).strip() for ln in text.split("\n") if ln.strip()][:_HEADLINE_LINES]
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
            text = regex.sub(r"\s+", " ", el.text_content()).strip()
            if text and len(text) <= _DATE_LINE_MAX_CHARS:
                texts.append(text)
    return texts


def _printed_date(texts: list[str], config: Config) -> str | None:
    """The first date among ``texts`` that stands nearly alone on its line."""
    for text in texts:
        found = [d for d in find_dates(text, config.reference_date) if d.iso]
        other = text[:found[0].start] + " " + text[found[0].end:] if found else ""
        if found and len(regex.findall(r"\p{L}+|\d+", other)) <= _DATE_LINE_MAX_OTHER_WORDS:
            return found[0].iso
    return None


def _quiet_extract(html: str, config: Config):
    """trafilatura's extraction (with its and its helpers' logging kept off stderr), its
    version, and the page's <h1> headlines."""
    import logging

    import trafilatura
    from trafilatura.settings import set_date_params

    date_params = set_date_params(_DATE_EXTENSIVE_SEARCH)
    date_params.update({"outputformat": _DATE_FORMAT, "max_date": _MAX_DATE})
    # each module has its own logger ("htmldate.validators", ...), and a parent's ``disabled``
    # does not reach its children: disable every logger of these packages
    families = ("trafilatura", "htmldate", "courlan", "justext")
    loggers = [logging.getLogger(n) for n in sorted(logging.root.manager.loggerDict)
               if n.split(".")[0] in families]
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
                                           config=_trafilatura_config(), **TRAFILATURA_OPTIONS), trafilatura.__version__, headlines, near
    finally:
        for lg, was in zip(loggers, saved):
            lg.disabled = was


def _extract_html(html: str, source: dict, sha: str, config: Config) -> Document:
    depth = html_depth(html, config.max_html_depth)
    if depth > config.max_html_depth:
        return _rejected(source, sha, "html.too_deep",
                         f"elements nested deeper than {config.max_html_depth} (max_html_depth)")
    try:
        result, version, headlines, near = _quiet_extract(html, config)
    except Exception as e:  # lxml and trafilatura raise many types on broken markup
        return _rejected(source, sha, "html.parse_error", f"trafilatura could not parse the page ({type(e).__name__})")
    text = getattr(result, "text", None) if result is not None else None
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
    full = _title_element(html)
    if full:
        # an <h1> lost to broken markup still prints its line: a first line of the text that
        # is the head or tail of <title> ("Заголовок - Сайт") is the headline
        headlines = headlines + [ln for ln in (regex.sub(r"\s+", " ", x).strip() for x in text.split("\n")[:_HEADLINE_LINES])
                                 if ln and ln != full and (full.startswith(ln + " ") or full.endswith(" " + ln))]
    printed = _printed_headline(text, headlines, extracted.get("site"))
    if printed:
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


def _iter_jsonl(text: str, base: dict, config: Config) -> Iterator[Document]:
    key = config.text_key
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        raw_line = line.encode("utf-8", "surrogatepass")
        sha = _sha256(raw_line)
        source = {**base, "line": n, "sha256": sha, "bytes": len(raw_line), "input": f"jsonl-field:{key}", "text_key": key}
        if len(raw_line) > config.max_input_bytes:
            yield _rejected(source, sha, "input.too_large",
                            f"line is {len(raw_line)} bytes, over max_input_bytes={config.max_input_bytes}")
            continue
        try:
            obj = json.loads(line)
        except ValueError as e:
            yield _rejected(source, sha, "jsonl.malformed", f"not JSON: {e.msg} at column {e.colno}")
            continue
        if not isinstance(obj, dict):
            yield _rejected(source, sha, "jsonl.not_object", f"a JSON {type(obj).__name__}, not an object")
            continue
        metadata = {k: v for k, v in obj.items() if k != key}
        if key not in obj:
            yield _rejected(source, sha, "jsonl.missing_text", f"no {key!r} field (use --text-key to name it)", metadata)
            continue
        value = obj[key]
        if not isinstance(value, str):
            yield _rejected(source, sha, "jsonl.text_not_string", f"field {key!r} is {type(value).__name__}, not a string", metadata)
            continue
        src = dict(source)
        if isinstance(obj.get("url"), str) and not src.get("url"):
            src["url"] = obj["url"]
        if not value.strip():
            yield _rejected(src, sha, "input.empty", f"field {key!r} is empty", metadata)
            continue
        yield Document(value, source=src, raw_sha256=sha, metadata=metadata)


def documents_from_bytes(raw: bytes, source: dict | None = None, config: Config | None = None) -> Iterator[Document]:
    """Documents in ``raw`` (one for txt and html, one per line for jsonl)."""
    config = config or Config()
    source = dict(source or {})
    sha = _sha256(raw)
    name = source.get("path") or source.get("url")
    kind = sniff_kind(raw, name, source.pop("kind", None) or config.input_kind)
    source.update({"kind": kind, "sha256": sha, "bytes": len(raw)})
    if kind != "jsonl" and len(raw) > config.max_input_bytes:
        source["encoding"] = None
        yield _rejected(source, sha, "input.too_large", f"{len(raw)} bytes, over max_input_bytes={config.max_input_bytes}")
        return
    if not raw.strip():
        source["encoding"] = None
        yield _rejected(source, sha, "input.empty", "no text (empty or only whitespace)")
        return
    try:
        if kind == "html":
            text, encoding = decode_bytes(raw, declared_charset(raw), markup=True)
        else:
            text, encoding = decode_bytes(raw)
    except _Unreadable as e:
        source["encoding"] = None
        yield _rejected(source, sha, e.code, e.detail)
        return
    source["encoding"] = encoding
    if not text.strip():
        yield _rejected(source, sha, "input.empty", "no text (only invisible characters)")
        return
    if kind == "jsonl":
        base = {k: v for k, v in source.items() if k not in ("sha256", "bytes")}
        base["file_sha256"] = sha
        yield from _iter_jsonl(text, base, config)
    elif kind == "html":
        yield _extract_html(text, source, sha, config)
    else:
        source["input"] = "file-text"
        yield Document(text, source=source, raw_sha256=sha)


def iter_input_files(path: Path) -> list[Path]:
    """Input files below a folder, recursively, in sorted order; hidden entries skipped."""
    found: list[Path] = []
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if not f.startswith(".") and Path(f).suffix.lower() in INPUT_EXTENSIONS:
                found.append(Path(root) / f)
    return sorted(found, key=lambda p: p.as_posix())


def documents_from_path(path: str | os.PathLike, config: Config | None = None,
                        exclude: Iterable[Path] = ()) -> Iterator[Document]:
    """Documents from a file or a folder (recursively).  Raises :class:`InputError` for
    a missing path or a folder with no inputs: those are usage problems, not documents.
    ``exclude`` names files never to read from a folder (the run's own output files)."""
    p = Path(path)
    if p.is_dir():
        skip = {x.resolve() for x in exclude}
        files = [f for f in iter_input_files(p) if f.resolve() not in skip]
        if not files:
            raise InputError("input.no_documents",
                             f"{p}: folder holds no input files ({', '.join(sorted(INPUT_EXTENSIONS))})")
        for f in files:
            yield from _documents_from_file(f, config)
    elif p.exists():
        yield from _documents_from_file(p, config)
    else:
        raise InputError("input.not_found", f"{p}: no such file or folder{_nearby(p)}")


def _nearby(p: Path) -> str:
    import difflib

    parent = p.parent if str(p.parent) else Path(".")
    try:
        names = sorted(x.name for x in parent.iterdir())
    except OSError:
        return ""
    close = difflib.get_close_matches(p.name, names, n=3)
    return f" (did you mean: {', '.join(close)}?)" if close else ""


def _documents_from_file(f: Path, config: Config | None) -> Iterator[Document]:
    config = config or Config()
    source = {"path": f.as_posix()}
    try:
        size = f.stat().st_size
        if size > config.max_input_bytes and sniff_kind(b"", f.name, config.input_kind) != "jsonl":
            # Too large to clean: hash it in chunks for the provenance, never hold it whole.
            digest = hashlib.sha256()
            with open(f, "rb") as fh:
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    digest.update(chunk)
            sha = digest.hexdigest()
            kind = sniff_kind(b"", f.name, config.input_kind)
            yield _rejected({**source, "kind": kind, "sha256": sha, "bytes": size, "encoding": None}, sha,
                            "input.too_large", f"{size} bytes, over max_input_bytes={config.max_input_bytes}")
            return
        raw = f.read_bytes()
    except OSError as e:
        sha = _sha256(f.as_posix().encode())
        doc = Document("", source={**source, "sha256": None, "bytes": None, "encoding": None}, raw_sha256=sha)
        doc.rejection = Rejection("input.unreadable", f"cannot read: {e.strerror}", "read")
        yield doc
        return
    yield from documents_from_bytes(raw, source, config)


def documents_from_objects(items: Iterable, config: Config | None = None) -> Iterator[Document]:
    """What :meth:`Pipeline.run` accepts: str, bytes, paths and Documents."""
    for item in items:
        if isinstance(item, Document):
            yield item
        elif isinstance(item, os.PathLike):
            yield from documents_from_path(item, config)
        elif isinstance(item, bytes):
            yield from documents_from_bytes(item, {}, config)
        elif isinstance(item, str):
            yield from documents_from_bytes(item.encode("utf-8", "surrogatepass"), {}, config)
        else:
            raise TypeError(f"cannot clean a {type(item).__name__}; give str, bytes, a path or a Document")
