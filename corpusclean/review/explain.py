"""``corpusclean explain``: the edit log as a person reads it.

Every edit is shown where it sits in the *input* (line, column and offsets), with the
input line around it and the change marked in place, ``[-removed-]{+inserted+}`` (the
wdiff convention).  Edits that only move spaces and line breaks are counted in one line
unless ``show_all`` is set; ``reasons`` (prefixes) and ``steps`` (ids) select edits.

>>> from corpusclean.edits import Edit
>>> text = "Главная | Новости\\nПартия провела съезд ,а затем\\n"
>>> edits = [Edit("boilerplate.lines", "boilerplate.nav", 0, 18, "Главная | Новости\\n", ""),
...          Edit("repair.spacing", "repair.spacing", 20, 22, " ,", ", ")]
>>> print("\\n".join(edit_lines(text, edits)))
   [  1] boilerplate.nav             boilerplate.lines     line 1:1 (input 0-18)
         [-Главная | Новости⏎-]
   [  2] repair.spacing              repair.spacing        line 2:21 (input 38-40)
         Партия провела съезд[-·,-]{+,·+}а затем
"""

from __future__ import annotations

import bisect
from typing import Iterable, Sequence

from ..edits import Edit
from .spans import as_edits, input_spans, is_whitespace_only

__all__ = ["edit_lines", "select", "explain_document", "Selection"]

# Characters of input shown on either side of a change (within its line).
CONTEXT_CHARS = 50
# A removed or inserted text longer than this is shortened in the middle.
MARK_MAX_CHARS = 90
_VISIBLE_WS = {"\n": "⏎", "\t": "→", "\r": "␍"}


class Selection:
    """Which edits to list: reason prefixes and step ids (empty: all), whitespace or not."""

    def __init__(self, reasons: Sequence[str] = (), steps: Sequence[str] = (), show_all: bool = False):
        self.reasons = tuple(r for r in reasons if r)
        self.steps = tuple(s for s in steps if s)
        self.show_all = show_all

    def matches(self, e: Edit) -> bool:
        if self.reasons and not any(e.reason.startswith(p) for p in self.reasons):
            return False
        return not self.steps or e.step in self.steps


def select(edits: Sequence[Edit], selection: Selection) -> tuple[list[int], list[int]]:
    """Indexes of the edits to list and of the whitespace-only ones summarised instead."""
    shown, layout = [], []
    for i, e in enumerate(edits):
        if not selection.matches(e):
            continue
        (shown if selection.show_all or not is_whitespace_only(e) else layout).append(i)
    return shown, layout


def _visible(s: str, whitespace: bool) -> str:
    s = "".join(_VISIBLE_WS.get(c, c) for c in s)
    if whitespace:  # a change of spaces alone must be seen
        s = s.replace(" ", "·").replace("\u00a0", "⍽")
    if len(s) > MARK_MAX_CHARS:
        half = MARK_MAX_CHARS // 2
        s = f"{s[:half]}…({len(s) - 2 * half} more)…{s[-half:]}"
    return s


def _mark(e: Edit) -> str:
    # spaces are shown (as ·) when the change is about them: only layout, or a text
    # that gains or loses spaces at its edges (" ," -> ", ")
    ws = is_whitespace_only(e) or any(x != x.strip(" ") for x in (e.before, e.after))
    parts = []
    if e.before:
        parts.append(f"[-{_visible(e.before, ws)}-]")
    if e.after:
        parts.append(f"{{+{_visible(e.after, ws)}+}}")
    return "".join(parts)


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    """Up to CONTEXT_CHARS of the input line(s) the span touches, before ``start`` and
    after ``end`` (a removed whole line gets no right context: the next line is another)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end - 1 if end > start and text[end - 1] == "\n" else end)
    line_end = end if end > start and text[end - 1] == "\n" else line_end
    line_end = len(text) if line_end < 0 else line_end
    left = text[max(line_start, start - CONTEXT_CHARS):start]
    right = text[end:min(line_end, end + CONTEXT_CHARS)]
    if start - CONTEXT_CHARS > line_start:
        left = "…" + left
    if end + CONTEXT_CHARS < line_end:
        right += "…"
    return _visible(left, False), _visible(right, False)


def edit_lines(input_text: str, edits: Sequence[Edit], indexes: Iterable[int] | None = None) -> list[str]:
    """Two lines per edit: what, where in the input, and the change in its line."""
    log = as_edits(edits)
    spans = input_spans(log)
    line_starts = [0] + [i + 1 for i, c in enumerate(input_text) if c == "\n"]
    out = []
    for i in range(len(log)) if indexes is None else indexes:
        e, (s, en) = log[i], spans[i]
        line = bisect.bisect_right(line_starts, s)
        col = s - line_starts[line - 1] + 1
        out.append(f"   [{i + 1:>3}] {e.reason:<27} {e.step:<21} line {line}:{col} (input {s}-{en})")
        left, right = _context(input_text, s, en)
        out.append(f"         {left}{_mark(e)}{right}")
    return out


def _counts(edits: Sequence[Edit], indexes: Iterable[int]) -> str:
    counts: dict[str, int] = {}
    for i in indexes:
        counts[edits[i].reason] = counts.get(edits[i].reason, 0) + 1
    return ", ".join(f"{k}={v}" for k, v in sorted(counts.items()))


def explain_document(doc, selection: Selection) -> list[str]:
    """The account of one cleaned document (a :class:`~corpusclean.document.Document`)."""
    lines = [f"== {doc.where()}  id={doc.id}  kind={doc.source.get('kind')}  encoding={doc.source.get('encoding')}"]
    if doc.rejected:
        lines.append(f"   REJECTED {doc.rejection.code}: {doc.rejection.detail}"
                     + (f" (step {doc.rejection.step})" if doc.rejection.step else ""))
    edits = list(doc.edits)
    if edits:
        lines.append(f"   {len(edits)} edit{'s' if len(edits) != 1 else ''} by reason: {_counts(edits, range(len(edits)))}")
        lines.append("   where: line:column and offsets in the input; [-removed-]{+inserted+}, ⏎ a line break, · a space")
    shown, layout = select(edits, selection)
    lines.extend(edit_lines(doc.input_text, edits, shown))
    if layout:
        lines.append(f"   + {len(layout)} whitespace-only edit{'s' if len(layout) != 1 else ''} not listed "
                     f"({_counts(edits, layout)}); --all lists them")
    skipped = len(edits) - len(shown) - len(layout)
    if skipped:
        lines.append(f"   ({skipped} edit{'s' if skipped != 1 else ''} left out by --reason/--step)")
    if not doc.rejected:
        for key in ("title", "published", "lang", "site", "tags", "attribution", "rubric"):
            value = doc.meta.get(key)
            if value:
                lines.append(f"   {key}: {value}")
        omap = doc.offset_map()
        for ent in doc.entities:
            s, e = omap.span_to_input(ent["start"], ent["end"])
            lines.append(f"   entity {ent.get('id')} {ent.get('surface')!r} output {ent['start']}-{ent['end']}, input {s}-{e}")
    return lines
