"""The edit log: every change to a document's text, replayable and invertible.

An edit is ``{"step", "reason", "start", "end", "before", "after"}``.  ``start`` and
``end`` index the text *as it stood just before that edit*; edits apply in order.
``replay(input_text, edits)`` reproduces the output, and :class:`OffsetMap` maps any
output offset back to the input offset.

>>> edits = [Edit("demo", "demo.x", 0, 1, "a", "A"), Edit("demo", "demo.y", 3, 4, " ", "")]
>>> replay("abc d", edits)
'Abcd'
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Iterable, Iterator, Mapping, Sequence

import regex

__all__ = ["Edit", "Change", "replay", "OffsetMap", "minimal_changes", "sequential_edits", "ReplayError"]


class ReplayError(ValueError):
    """An edit does not fit the text it is applied to."""


@dataclass(frozen=True, slots=True)
class Edit:
    """One recorded change: ``text[start:end]`` (== ``before``) became ``after``."""

    step: str
    reason: str
    start: int
    end: int
    before: str
    after: str

    def to_dict(self) -> dict:
        return {
            "step": self.step,
            "reason": self.reason,
            "start": self.start,
            "end": self.end,
            "before": self.before,
            "after": self.after,
        }

    def describe(self, width: int = 50) -> str:
        """One readable phrase for ``explain`` and the hook: what was removed, inserted or replaced."""
        if not self.after:
            return f"removed {_shorten(self.before, width + 20)!r}"
        if not self.before:
            return f"inserted {_shorten(self.after, width + 20)!r}"
        return f"{_shorten(self.before, width)!r} -> {_shorten(self.after, width)!r}"

    @classmethod
    def from_dict(cls, d: Mapping) -> "Edit":
        return cls(d.get("step", ""), d.get("reason") or d.get("step", ""), int(d["start"]),
                   int(d["end"]), d["before"], d["after"])


def _shorten(s: str, n: int) -> str:
    s = s.replace("\n", "⏎")
    return s if len(s) <= n else s[: n - 1] + "…"


@dataclass(frozen=True, slots=True)
class Change:
    """What a step proposes: replace ``text[start:end]`` with ``after``.

    Offsets are in the text the step was given; a step returns any number of
    non-overlapping changes and the pipeline turns them into sequential edits.
    ``reason`` defaults to the step id.
    """

    start: int
    end: int
    after: str = ""
    reason: str | None = None


def sequential_edits(text: str, changes: Iterable[Change], step: str, default_reason: str) -> tuple[str, list[Edit]]:
    """Apply non-overlapping ``changes`` (offsets in ``text``) and return the new text
    and the edits, each indexed against the text as it stood just before it.

    Changes that alter nothing are dropped, so the log holds only real changes.
    """
    ordered = sorted(changes, key=lambda c: (c.start, c.end))
    edits: list[Edit] = []
    pieces: list[str] = []
    cursor = 0
    shift = 0
    for ch in ordered:
        if ch.start < cursor or ch.end < ch.start or ch.end > len(text):
            raise ValueError(f"step {step!r} proposed overlapping or out-of-range change {ch!r}")
        before = text[ch.start:ch.end]
        if before == ch.after:
            continue
        pieces.append(text[cursor:ch.start])
        pieces.append(ch.after)
        edits.append(Edit(step, ch.reason or default_reason, ch.start + shift, ch.end + shift, before, ch.after))
        shift += len(ch.after) - len(before)
        cursor = ch.end
    if not edits:
        return text, []
    pieces.append(text[cursor:])
    return "".join(pieces), edits


def _as_edit(e) -> Edit:
    return e if isinstance(e, Edit) else Edit.from_dict(e)


def replay(input_text: str, edits: Iterable[Edit | Mapping]) -> str:
    """Apply recorded edits, in order, to ``input_text`` and return the output.

    Each edit's ``before`` is checked against the text, so a log replayed on the
    wrong input fails loudly instead of producing garbage.  Runs of edits whose
    positions increase are applied in one pass, so long logs stay linear.
    """
    text = input_text
    batch: list[Edit] = []
    last_end = -1  # end of the previous edit in the batch, in post-edit coordinates

    def flush(t: str, b: list[Edit]) -> str:
        if not b:
            return t
        out: list[str] = []
        cursor = 0
        shift = 0  # how far positions after the last applied edit have moved
        for e in b:
            s, en = e.start - shift, e.end - shift  # back to coordinates of t
            if t[s:en] != e.before:
                raise ReplayError(f"edit by {e.step!r} at {e.start}:{e.end} expects {e.before!r}, found {t[s:en]!r}")
            out.append(t[cursor:s])
            out.append(e.after)
            cursor = en
            shift += len(e.after) - len(e.before)
        out.append(t[cursor:])
        return "".join(out)

    for raw in edits:
        e = _as_edit(raw)
        if e.start < 0 or e.end < e.start:
            raise ReplayError(f"edit by {e.step!r} has bad offsets {e.start}:{e.end}")
        if batch and e.start >= last_end:
            batch.append(e)
        else:
            text = flush(text, batch)
            batch = [e]
        last_end = e.start + len(e.after)
    return flush(text, batch)


class OffsetMap:
    """Maps offsets in the output text back to offsets in the input text.

    An offset inside a rewritten span maps into the corresponding input span
    (clamped to its end); an offset after it shifts by the span's length change.
    """

    def __init__(self, edits: Sequence[Edit | Mapping]):
        self._edits = [_as_edit(e) for e in edits]

    def to_input(self, offset: int, *, prefer_later: bool = False) -> int:
        """Input offset for an output ``offset``.

        Where text was deleted at ``offset`` the input has two candidates (before or
        after the deleted span); ``prefer_later`` picks the later one, which is what a
        span *start* wants, while a span *end* wants the earlier one.
        """
        o = offset
        for e in reversed(self._edits):
            s, added, removed = e.start, len(e.after), e.end - e.start
            if o < s or (o == s and not (added == 0 and prefer_later)):
                continue
            if o >= s + added:
                o += removed - added
            else:
                o = s + min(o - s, removed)
        return o

    def span_to_input(self, start: int, end: int) -> tuple[int, int]:
        s = self.to_input(start, prefer_later=True)
        en = self.to_input(end)
        return s, max(s, en)


def map_forward(offset: int, edits: Sequence[Edit]) -> int:
    """Where ``offset`` in the text before ``edits`` lands after them (used to keep
    annotation spans valid when a later step edits the text)."""
    o = offset
    for e in edits:
        if o <= e.start:
            continue
        if o >= e.end:
            o += len(e.after) - (e.end - e.start)
        else:
            o = e.start + min(o - e.start, len(e.after))
    return o


# Tokens for minimal diffs: runs of word characters, runs of spaces, or single other characters.
_DIFF_TOKEN = regex.compile(r"\w+|[^\S\n]+|\n|.", regex.S)


def _tokens(s: str) -> list[str]:
    return _DIFF_TOKEN.findall(s)


def minimal_changes(old: str, new: str) -> Iterator[Change]:
    """Changes that turn ``old`` into ``new``, as small as a token diff allows.

    Used to log what a plain ``str -> str`` step did without recording one
    whole-text edit.  Common prefix and suffix are trimmed first so a local
    change in a large text costs only its neighbourhood.
    """
    if old == new:
        return
    p = 0
    limit = min(len(old), len(new))
    while p < limit and old[p] == new[p]:
        p += 1
    q = 0
    while q < limit - p and old[len(old) - 1 - q] == new[len(new) - 1 - q]:
        q += 1
    o_mid, n_mid = old[p:len(old) - q], new[p:len(new) - q]
    a, b = _tokens(o_mid), _tokens(n_mid)
    if len(a) * len(b) > 4_000_000:  # quadratic diff would be too slow: one change for the middle
        yield Change(p, len(old) - q, n_mid)
        return
    a_off = [0]
    for t in a:
        a_off.append(a_off[-1] + len(t))
    b_off = [0]
    for t in b:
        b_off.append(b_off[-1] + len(t))
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            continue
        s, e = a_off[i1], a_off[i2]
        rs, re_ = b_off[j1], b_off[j2]
        before, after = o_mid[s:e], n_mid[rs:re_]
        # trim characters shared at both ends of the replaced tokens
        k = 0
        while k < min(len(before), len(after)) and before[k] == after[k]:
            k += 1
        m = 0
        while m < min(len(before), len(after)) - k and before[len(before) - 1 - m] == after[len(after) - 1 - m]:
            m += 1
        yield Change(p + s + k, p + e - m, after[k:len(after) - m])
