"""Edits seen from the input: where each one sits in the input text, and the input laid
out as runs of kept, removed and inserted text.

Edit offsets index the text as it stood just before each edit, so ten removals in a row
can all start at the same offset.  People read the input, so :func:`input_spans` maps
every edit back with :class:`~corpusclean.edits.OffsetMap`, and :func:`runs` replays
the log over a list of provenance-carrying runs: concatenating the ``kept`` and
``inserted`` runs gives the output, the ``kept`` and ``removed`` runs the input.

>>> from corpusclean.edits import Edit
>>> edits = [Edit("s", "x.cut", 0, 2, "a ", ""), Edit("s", "x.cut", 0, 2, "b ", "")]
>>> input_spans(edits)
[(0, 2), (2, 4)]
>>> [(r.kind, r.text) for r in runs("a b c", edits)]
[('removed', 'a '), ('removed', 'b '), ('kept', 'c')]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from ..edits import Edit, OffsetMap

__all__ = ["Run", "input_spans", "runs", "as_edits", "is_whitespace_only"]


def as_edits(edits: Sequence[Edit | Mapping]) -> list[Edit]:
    return [e if isinstance(e, Edit) else Edit.from_dict(e) for e in edits]


def is_whitespace_only(edit: Edit) -> bool:
    """Layout edits (spaces, line breaks) that change no word."""
    return not edit.before.strip() and not edit.after.strip()


def input_spans(edits: Sequence[Edit | Mapping]) -> list[tuple[int, int]]:
    """``(start, end)`` of every edit in input coordinates.  An edit that rewrites text
    an earlier edit inserted maps onto that earlier edit's input span."""
    log = as_edits(edits)
    return [OffsetMap(log[:i]).span_to_input(e.start, e.end) for i, e in enumerate(log)]


@dataclass
class Run:
    """A piece of the input-with-changes: ``kept`` input text, ``removed`` input text
    (``start``/``end`` in the input), ``inserted`` text, or ``retracted`` text (inserted
    by edit ``edit``, taken away again by edit ``undone_by``: in neither input nor
    output, but shown so that no edit goes unseen); ``edit`` is the index of the edit
    that removed or inserted it (None for kept text)."""

    kind: str
    text: str
    start: int = 0
    end: int = 0
    edit: int | None = None
    undone_by: int | None = None

    @property
    def width(self) -> int:
        """Length in the current text: removed and retracted runs take none."""
        return 0 if self.kind in ("removed", "retracted") else len(self.text)


def _split(run: Run, at: int) -> tuple[Run, Run]:
    head = Run(run.kind, run.text[:at], run.start, run.start, run.edit, run.undone_by)
    tail = Run(run.kind, run.text[at:], run.start, run.end, run.edit, run.undone_by)
    if run.kind == "kept":
        head.end = tail.start = run.start + at
    return head, tail


def runs(input_text: str, edits: Sequence[Edit | Mapping]) -> list[Run]:
    """The input as kept, removed and inserted runs after applying ``edits`` in order.

    A step's edits come in increasing order, so the scan resumes where the previous edit
    ended and a step costs one pass; an edit before that point restarts the scan.
    """
    log = as_edits(edits)
    out: list[Run] = [Run("kept", input_text, 0, len(input_text))] if input_text else []
    idx, pos = 0, 0  # a run index and the current-text offset where that run starts
    for n, e in enumerate(log):
        if e.start < pos:
            idx, pos = 0, 0
        # advance past runs that end at or before e.start, and past removed runs (no
        # width) sitting there, so an insertion lands after the removals at its spot
        while idx < len(out) and (out[idx].width == 0 or pos + out[idx].width <= e.start):
            pos += out[idx].width
            idx += 1
        if idx < len(out) and pos < e.start:
            head, tail = _split(out[idx], e.start - pos)
            out[idx:idx + 1] = [head, tail]
            pos += head.width
            idx += 1
        # out[idx] now starts at e.start: turn the next (end - start) characters into removals
        remaining = e.end - e.start
        j = idx
        while remaining > 0 and j < len(out):
            r = out[j]
            if r.width == 0:
                j += 1
                continue
            if r.width > remaining:
                head, tail = _split(r, remaining)
                out[j:j + 1] = [head, tail]
                r = head
            remaining -= r.width
            if r.kind == "kept":
                out[j] = Run("removed", r.text, r.start, r.end, n)
                j += 1
            else:  # inserted text taken away again: it never reaches the output
                out[j] = Run("retracted", r.text, edit=r.edit, undone_by=n)
                j += 1
        if remaining:
            raise ValueError(f"edit {n} by {e.step!r} runs past the end of the text")
        if e.after:
            out.insert(j, Run("inserted", e.after, edit=n))
            j += 1
        idx, pos = j, e.start + len(e.after)
    return _merge(out)


def _merge(out: list[Run]) -> list[Run]:
    """Join neighbours of the same kind and edit, so the page shows one mark per change."""
    merged: list[Run] = []
    for r in out:
        if not r.text:
            continue
        last = merged[-1] if merged else None
        if (last is not None and last.kind == r.kind and last.edit == r.edit and last.undone_by == r.undone_by
                and (r.kind in ("inserted", "retracted") or last.end == r.start)):
            last.text += r.text
            last.end = r.end
        else:
            merged.append(Run(r.kind, r.text, r.start, r.end, r.edit, r.undone_by))
    return merged
