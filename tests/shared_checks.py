"""Checks several test modules share (not a test module: pytest collects test_*.py only)."""

from __future__ import annotations

from corpusclean.edits import replay
from corpusclean.pipeline import Pipeline


def marked(row: str, mark: str = "|") -> tuple[str, list[int]]:
    """A test row with ``mark`` ("|", or "¦" where the page itself prints bars) where a glued
    boundary must be found: the text without the marks, and the offsets of the marks in it."""
    text, cuts = "", []
    for piece in row.split(mark):
        if text:
            cuts.append(len(text))
        text += piece
    return text, cuts


def clean_checked(steps, text: str, **options):
    """``text`` through a Pipeline of ``steps``: no rejection, replay holds, and cleaning the
    output again changes nothing.  Returns the document."""
    doc = Pipeline(steps, **options).process_text(text)
    assert doc.rejection is None, doc.rejection
    assert replay(doc.input_text, doc.edits) == doc.text
    again = Pipeline(steps, **options).process_text(doc.text)
    assert again.text == doc.text  # cleaning the output again changes nothing
    return doc


def check_page_shape(steps, blocks: list[str], sep: str, fixed: list[str], kept: list[str]) -> None:
    """A page of ``blocks`` joined with ``sep`` (one line per block, spaces, nothing): replay
    holds, ``kept`` stay, ``fixed`` are made where blocks are apart, cleaning the output again
    changes nothing, and the same input gives the same output."""
    text = sep.join(blocks)
    doc = Pipeline(steps).process_text(text)
    assert replay(doc.input_text, doc.edits) == doc.text
    for k in kept:
        assert k in doc.text
    if sep:
        for f in fixed:
            assert f in doc.text, doc.text
    again = Pipeline(steps).process_text(doc.text)
    assert again.text == doc.text  # cleaning the output again changes nothing
    assert Pipeline(steps).process_text(text).text == doc.text  # same input, same output
