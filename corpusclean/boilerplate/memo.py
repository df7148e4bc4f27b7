"""Bounded memos for the page analysis, for speed only.

Each metadata or boilerplate step that removes a span makes a new text version, and
:func:`corpusclean.layout.analyse` runs again on it (five versions a page or so); most of
the units and lines of a version are those of the version before.  The work on one unit
or one line is a pure function of a short string (the unit with the few characters of
context its rules read), so it is kept here by that string and reused.

A memo holds at most ``max_chars`` characters of keys; when full it is emptied (the
values are a function of the key alone, so what is kept never changes a result, only the
time).  Strings longer than ``max_len`` are not kept (a page dump in one line of many
megabytes would pin memory).
"""

from __future__ import annotations

import functools
from typing import Callable

import regex

__all__ = ["TextMemo", "memo_by_text", "memo_by_line", "clear_memos", "compiled", "ENABLED"]

# False: every memo and fast path that reads this flag is bypassed, and the code runs as it
# would without them (tests/test_speedlayout_memos.py compares the two on varied pages).
ENABLED = True

_MEMOS: list["TextMemo"] = []
_MISSING = object()


class TextMemo:
    """A dict of results by a key whose size (characters) is given with it, bounded in
    characters."""

    def __init__(self, max_chars: int):
        self.max_chars = max_chars
        self.data: dict = {}
        self.chars = 0
        _MEMOS.append(self)

    def get(self, key, default=None):
        return self.data.get(key, default)

    def put(self, key, value, size: int) -> None:
        if self.chars + size > self.max_chars:
            self.clear()
        self.data[key] = value
        self.chars += size

    def clear(self) -> None:
        self.data.clear()
        self.chars = 0


def memo_by_text(max_len: int = 4000, max_chars: int = 1_000_000) -> Callable:
    """Decorator: memoise ``f(s: str)`` by ``s`` for strings up to ``max_len`` characters.
    ``f`` must be pure and return an immutable value (or one no caller changes)."""

    def wrap(f):
        memo = TextMemo(max_chars)

        @functools.wraps(f)
        def memoised(s: str):
            if len(s) > max_len or not ENABLED:
                return f(s)
            hit = memo.data.get(s, _MISSING)
            if hit is _MISSING:
                hit = f(s)
                memo.put(s, hit, len(s) + 1)
            return hit

        memoised.memo = memo
        memoised.uncached = f
        return memoised

    return wrap


def memo_by_line(max_len: int = 4000, max_chars: int = 500_000) -> Callable:
    """Decorator: memoise a predicate ``f(line, *args)`` of a :class:`~.lines.Line` by the
    line's text, its ``whole`` flag and the other arguments.  For predicates that read
    nothing of the line but ``text``, ``whole`` and what is derived from the text
    (``words``, ``norm``, ``n``), and return an immutable value."""

    def wrap(f):
        memo = TextMemo(max_chars)

        @functools.wraps(f)
        def memoised(line, *args):
            text = line.text
            if len(text) > max_len or not ENABLED:
                return f(line, *args)
            key = (text, line.whole, args)
            hit = memo.data.get(key, _MISSING)
            if hit is _MISSING:
                hit = f(line, *args)
                memo.put(key, hit, len(text) + 1)
            return hit

        memoised.memo = memo
        memoised.uncached = f
        return memoised

    return wrap


@functools.lru_cache(maxsize=4096)
def compiled(pattern: str, flags: int = 0) -> regex.Pattern:
    """``regex.compile(pattern, flags)``, kept: a module-level ``regex.match(pattern, ...)``
    looks its pattern up in the regex module's own small cache, which the label patterns
    (one per phrase) keep emptying, so it compiled again and again."""
    return regex.compile(pattern, flags)


def clear_memos() -> None:
    """Empty every memo of this module (tests and benchmarks)."""
    for memo in _MEMOS:
        memo.clear()


_clear_memos = clear_memos
