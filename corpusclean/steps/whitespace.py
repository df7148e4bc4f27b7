"""Whitespace: ``space.normalize`` (early) and ``space.paragraphs`` (last).

``space.normalize`` owns invisible and irregular whitespace: no-break and other
Unicode spaces, zero-width characters, soft hyphens, runs of spaces, spaces at line
ends, other line-break characters and runs of blank lines.  It keeps single line
breaks, because later steps read the page layout (lines that stand together form a
block, such as a related-news list).

``space.paragraphs`` runs last and gives the output its shape: in a page dump each
non-empty line is a paragraph, and paragraphs are separated by one blank line.
"""

from __future__ import annotations

import re
from typing import Iterable

import regex

from ..document import Document
from ..edits import Change
from . import Fixer, register

# Characters that take no room and carry no meaning in Russian or Kazakh text.
# ZWJ (U+200D) is kept: it joins emoji sequences.
_INVISIBLE = regex.compile(r"[\u00ad\u200b\u200c\u2060\ufeff\u180e]+")
_LINE_BREAKS = regex.compile(r"\r\n?|[\u2028\u2029\u0085\x0b\x0c]")
# Horizontal spaces: ASCII space and tab, NBSP, the U+2000 block, narrow NBSP, ideographic.
_HSPACE = regex.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# Control characters other than tab and newline (ftfy leaves them to this step).
_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f]+")
# Horizontal spaces other than the plain space.  A text without any of them, without two
# spaces in a row and without a space at a line edge needs no edit of its runs of space, so
# the scan over every space between two words is skipped (exact: see _needs_space_edits).
_ODD_SPACE = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_PARAGRAPH_BREAK = regex.compile(r"[^\S\n]*\n\s*")


def _needs_space_edits(text: str) -> bool:
    """Whether some run of horizontal space in ``text`` needs an edit: one that holds a
    character other than the plain space, is two or more long, or touches a line edge."""
    return bool(text) and (text[0] == " " or text[-1] == " " or "  " in text or "\n " in text
                           or " \n" in text or _ODD_SPACE.search(text) is not None)


@register
class NormalizeWhitespace(Fixer):
    id = "space.normalize"
    version = "1"
    description = ("No-break and Unicode spaces, zero-width characters, soft hyphens, control characters, "
                   "runs of spaces, spaces at line ends and runs of blank lines.")
    reasons = ("space.invisible", "space.control", "space.line_break", "space.nbsp", "space.runs",
               "space.line_edge", "space.blank_lines")
    defaults = {"remove_invisible": True, "max_blank_lines": 1}
    # A page never needs more; a huge value would only allocate a run of that many line breaks.
    setting_ranges = {"max_blank_lines": (0, 100)}

    def process(self, doc: Document) -> None:
        # Separate passes keep each edit small and its reason exact.
        if self.settings["remove_invisible"]:
            doc.apply(self.id, (Change(m.start(), m.end(), "", "space.invisible") for m in _INVISIBLE.finditer(doc.text)))
        doc.apply(self.id, (Change(m.start(), m.end(), "", "space.control") for m in _CONTROL.finditer(doc.text)))
        doc.apply(self.id, (Change(m.start(), m.end(), "\n", "space.line_break") for m in _LINE_BREAKS.finditer(doc.text)))
        doc.apply(self.id, self._spaces(doc.text))
        doc.apply(self.id, self._blank_lines(doc.text))

    def changes(self, text: str, doc: Document) -> Iterable[Change]:  # one pass, for direct use
        return self._spaces(text)

    @staticmethod
    def _spaces(text: str) -> Iterable[Change]:
        if not _needs_space_edits(text):
            return
        n = len(text)
        for m in _HSPACE.finditer(text):
            s, e = m.start(), m.end()
            at_edge = s == 0 or text[s - 1] == "\n" or e == n or text[e] == "\n"
            if at_edge:
                yield Change(s, e, "", "space.line_edge")
            elif m.group() != " ":
                yield Change(s, e, " ", "space.nbsp" if m.group().strip(" \t") else "space.runs")

    def _blank_lines(self, text: str) -> Iterable[Change]:
        keep = "\n" * (int(self.settings["max_blank_lines"]) + 1)
        n = len(text)
        lead = n - len(text.lstrip("\n"))
        trail = 0 if lead == n else n - len(text.rstrip("\n"))
        if lead:
            yield Change(0, lead, "", "space.blank_lines")
        limit = regex.compile(r"\n{%d,}" % (len(keep) + 1))
        for m in limit.finditer(text, lead, n - trail):
            yield Change(m.start(), m.end(), keep, "space.blank_lines")
        if trail:
            yield Change(n - trail, n, "", "space.blank_lines")


@register
class Paragraphs(Fixer):
    id = "space.paragraphs"
    version = "1"
    description = "Each non-empty line is a paragraph; paragraphs are separated by exactly one blank line."
    reasons = ("space.paragraphs",)
    defaults = {}

    def changes(self, text: str, doc: Document) -> Iterable[Change]:
        n = len(text)
        lead = n - len(text.lstrip())
        if lead:
            yield Change(0, lead, "", "space.paragraphs")
        trail = n - len(text.rstrip())
        if trail and trail != n:
            yield Change(n - trail, n, "", "space.paragraphs")
        for m in _PARAGRAPH_BREAK.finditer(text):
            if m.start() < lead or m.end() > n - trail:
                continue
            if m.group() != "\n\n":
                yield Change(m.start(), m.end(), "\n\n", "space.paragraphs")
