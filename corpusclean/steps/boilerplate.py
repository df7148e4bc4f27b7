"""Boilerplate removal for page-text dumps and extracted HTML, Russian and Kazakh.

* ``boilerplate.inline``: WordPress-style shortcodes (``[caption ...]...[/caption]``) and
  bare embed URLs (YouTube, Telegram, Instagram, ...) standing between sentences
  inside a paragraph.
* ``boilerplate.lines``: whole lines that :func:`corpusclean.layout.analyse` classifies
  as menus, breadcrumbs, related-news lists, counters, share and subscribe buttons,
  notices (cookie, "нашли ошибку", copyright), advertising labels, photo credits,
  letter-less lines, dates that are not the publication date, and comment sections
  ("Комментарии (3)", "Пікір қалдыру үшін ..." and the comments after them).
* ``boilerplate.duplicates``: the title repeated as an image caption, and paragraphs
  repeated within the document.

Each removed span is an edit whose reason names what it was (``boilerplate.nav``,
``boilerplate.related``, ...); see docs/boilerplate.md.
"""

from __future__ import annotations

import bisect
from functools import lru_cache
from importlib import resources
from typing import Iterable

import regex

from ..document import Document
from ..edits import Change
from ..layout import BOILERPLATE_KINDS, REASON_OF_KIND, analyse, removal_spans
from . import Filter, StepConfigError, register

__all__ = ["InlineBoilerplate", "LineBoilerplate", "Duplicates", "inline_spans", "layout_of"]

# Shortcode names without attributes that are still shortcodes ("[/caption]", "[gallery]").
_KNOWN_SHORTCODES = r"(?:caption|wp_caption|embed|video|audio|gallery|playlist|youtube|vimeo|iframe|(?:vc|et_pb|su)_[a-z0-9_]+)"
# A paired shortcode may enclose at most this much text (a caption, an embed URL).
SHORTCODE_MAX_INNER = 2000
# From "[name" to "[/name]" with no other "[" between: extractors often lose the "]"
# of the opening tag together with the <img> inside it ("[caption id=... > © ...[/caption]").
_SHORTCODE_PAIR = regex.compile(r"\[(?P<name>[a-z][a-z0-9_-]*)(?=[\s\]/])[^\[]{0,%d}?\[/(?P=name)\]" % SHORTCODE_MAX_INNER)
_SHORTCODE_ATTR = regex.compile(r"\[/?[a-z][a-z0-9_-]*(?:\s+[a-z_-]+=(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s\]]+))+\s*/?\]")
_SHORTCODE_BARE = regex.compile(r"\[/?%s\s*/?\]" % _KNOWN_SHORTCODES)


@lru_cache(maxsize=1)
def _embed_pattern() -> regex.Pattern:
    raw = resources.files("corpusclean").joinpath("data", "boilerplate", "embed_hosts.txt").read_text(encoding="utf-8")
    hosts = sorted((h.strip() for h in raw.splitlines() if h.strip()), key=len, reverse=True)
    alt = "|".join(regex.escape(h) for h in hosts)
    return regex.compile(r"(?<!\S)(?:https?://)?(?:%s)/[^\s<>\"«»]+" % alt, regex.I)


# An embed URL is standalone when it stands between sentences: after sentence punctuation
# (or the line start) and before a capital, digit, quote, dash or the line end.
_SENTENCE_END_CHARS = frozenset(".!?…»\"”)")
_STARTS_NEW = regex.compile(r"[\p{Lu}\d«\"“(–—-]")


class _Lines:
    """Line bounds by bisection, so work per match does not grow with the line's length
    (a page dump may be one multi-megabyte line)."""

    def __init__(self, text: str):
        self.n = len(text)
        self.breaks = [m.start() for m in regex.finditer("\n", text)]

    def bounds(self, s: int, e: int) -> tuple[int, int]:
        i = bisect.bisect_left(self.breaks, s)
        line_start = self.breaks[i - 1] + 1 if i > 0 else 0
        j = bisect.bisect_left(self.breaks, e)
        line_end = self.breaks[j] if j < len(self.breaks) else self.n
        return line_start, line_end


class _Taken:
    """Non-overlapping spans already claimed, checked by bisection."""

    def __init__(self):
        self.spans: list[tuple[int, int]] = []

    def free(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self.spans, (s, s))
        if i > 0 and self.spans[i - 1][1] > s:
            return False
        return not (i < len(self.spans) and self.spans[i][0] < e)

    def add(self, s: int, e: int) -> None:
        bisect.insort(self.spans, (s, e))


def inline_spans(text: str) -> list[tuple[int, int, str]]:
    """Spans of shortcodes and standalone embed URLs, with their reason codes."""
    spans: list[tuple[int, int, str]] = []
    taken = _Taken()
    lines = _Lines(text)

    for m in _SHORTCODE_PAIR.finditer(text):
        if taken.free(m.start(), m.end()):
            spans.append((m.start(), m.end(), "boilerplate.shortcode"))
            taken.add(m.start(), m.end())
    for pat in (_SHORTCODE_ATTR, _SHORTCODE_BARE):
        for m in pat.finditer(text):
            if taken.free(m.start(), m.end()):
                spans.append((m.start(), m.end(), "boilerplate.shortcode"))
                taken.add(m.start(), m.end())
    for m in _embed_pattern().finditer(text):
        s, e = m.start(), m.end()
        while e > s and text[e - 1] in ".,;:!?)":  # sentence punctuation after the URL
            e -= 1
        if not taken.free(s, e):
            continue
        line_start, line_end = lines.bounds(s, e)
        j = s
        while j > line_start and text[j - 1].isspace():
            j -= 1
        k = e
        while k < line_end and text[k] in " \t":
            k += 1
        # standalone: between sentences (or alone on its line), not a link inside a sentence
        after_sentence = j == line_start or text[j - 1] in _SENTENCE_END_CHARS
        before_sentence = k == line_end or _STARTS_NEW.match(text, k) is not None
        if after_sentence and before_sentence:
            spans.append((s, e, "boilerplate.embed"))
            taken.add(s, e)
    return sorted(spans)


def _with_space(text: str, s: int, e: int, lines: "_Lines | None" = None) -> tuple[int, int]:
    """Widen a removed span so no double space or empty line is left behind."""
    line_start, line_end = (lines or _Lines(text)).bounds(s, e)
    j = s
    while j > line_start and text[j - 1] in " \t":
        j -= 1
    k = e
    while k < line_end and text[k] in " \t":
        k += 1
    if j == line_start and k == line_end:
        return line_start, min(line_end + 1, len(text))  # the span is the whole line
    if e < len(text) and text[e] == " ":
        return s, e + 1
    if s > 0 and text[s - 1] == " ":
        return s - 1, e
    return s, e


@register
class InlineBoilerplate(Filter):
    id = "boilerplate.inline"
    version = "1"
    description = "Shortcodes ([caption ...]...[/caption]) and bare embed URLs standing between sentences."
    reasons = ("boilerplate.shortcode", "boilerplate.embed")
    defaults = {"shortcodes": True, "embeds": True}

    def removals(self, text: str, doc: Document) -> Iterable[Change]:
        out: list[Change] = []
        last = -1
        lines = _Lines(text)
        for s, e, reason in inline_spans(text):
            if reason == "boilerplate.shortcode" and not self.settings["shortcodes"]:
                continue
            if reason == "boilerplate.embed" and not self.settings["embeds"]:
                continue
            s, e = _with_space(text, s, e, lines)
            if s < last:
                s = last
            if e > s:
                out.append(Change(s, e, "", reason))
                last = e
        return out


def layout_of(step, doc: Document):
    """The layout of ``doc.text`` as the metadata and boilerplate steps see it."""
    return analyse(doc.text, doc.meta.get("title") or None, _reference_date(step))


def _reference_date(step) -> str | None:
    return getattr(step.config, "reference_date", None) if step.config is not None else None


def title_text(lay) -> str | None:
    """The headline line of ``lay`` with its whitespace made single spaces, or None."""
    if lay.title is None:
        return None
    return regex.sub(r"\s+", " ", lay.lines[lay.title].text).strip() or None


# What boilerplate.lines read of the header before its removals, for metadata.date (which
# chooses the headline and the date on the header as it stood then): the exact arguments of
# the analysis (text, known title, reference date) and its headline and date.  Kept in
# ``doc.meta`` under a private key (Document.SCRATCH_PREFIX, dropped when the pipeline is
# through), because the furniture-learning pass hands on ``meta`` with the text: the
# cleaning pass, often in another process, resumes after this step and need not analyse
# that text again (speed only: metadata.date checks the arguments and analyses when they
# differ).
FIRST_READING = Document.SCRATCH_PREFIX + "first_reading"


@register
class LineBoilerplate(Filter):
    id = "boilerplate.lines"
    version = "2"
    description = ("Whole lines that are page furniture: menus and breadcrumbs, related-news lists, counters, "
                   "share/subscribe buttons, notices (cookie, errors, copyright), advertising, photo credits, "
                   "letter-less lines, dates other than the publication date, and comment sections.")
    reasons = tuple(sorted(set(REASON_OF_KIND.values())))
    defaults = {"keep": []}  # kinds to keep, e.g. ["credit"]

    def __init__(self, config=None, **settings):
        super().__init__(config, **settings)
        keep = self.settings["keep"]
        if isinstance(keep, str) or not all(isinstance(k, str) for k in keep or ()):
            raise StepConfigError(f"step {self.id!r}: keep must be a list of kinds, e.g. [\"credit\"]")
        unknown = set(keep or ()) - BOILERPLATE_KINDS
        if unknown:
            raise StepConfigError(f"step {self.id!r}: keep holds unknown kind {sorted(unknown)[0]!r}; "
                                  f"known: {', '.join(sorted(BOILERPLATE_KINDS))}")

    def removals(self, text: str, doc: Document) -> Iterable[Change]:
        keep = set(self.settings["keep"] or ())
        title, ref = doc.meta.get("title") or None, _reference_date(self)
        lay = analyse(doc.text, title, ref)
        doc.meta[FIRST_READING] = (doc.text, title, ref, title_text(lay), lay.published)
        removed = [(ln, REASON_OF_KIND[ln.kind]) for ln in lay.lines if ln.kind in BOILERPLATE_KINDS and ln.kind not in keep]
        return [Change(s, e, "", reason) for s, e, reason in removal_spans(text, removed)]


@register
class Duplicates(Filter):
    id = "boilerplate.duplicates"
    version = "2"
    description = "The title repeated (as image captions) and paragraphs repeated within the document."
    reasons = ("boilerplate.duplicate",)
    defaults = {}

    def removals(self, text: str, doc: Document) -> Iterable[Change]:
        lay = layout_of(self, doc)
        removed = [(ln, "boilerplate.duplicate") for ln in lay.lines if ln.kind == "duplicate"]
        return [Change(s, e, "", reason) for s, e, reason in removal_spans(text, removed)]
