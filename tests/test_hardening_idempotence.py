"""Issue 10, idempotence and bounded work: the step order and the readers-again loop make
cleaning the fixed form change nothing; spans move through edits in one sweep."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpusclean import Pipeline, clean, replay
from corpusclean.config import DEFAULT_STEPS
from corpusclean.document import map_forward_sorted
from corpusclean.edits import Change, map_forward, sequential_edits
from corpusclean.hook import fixed_form
from corpusclean.pipeline import MAX_PASSES

BODY = "Партия провела съезд в Астане. Делегаты обсудили программу развития области."


def assert_settled(raw):
    doc = clean(raw)
    assert doc.rejection is None, doc.rejection
    fixed = fixed_form(doc)
    again = clean(fixed)
    assert again.rejection is None and fixed_form(again) == fixed, [(e.step, e.before, e.after) for e in again.edits]
    return doc


def row(label, raw, **kw):
    return pytest.param(label, raw, id=label, **kw)


# The campaign's inputs, in the shapes a scraper writes (one line per block, joined with
# nothing, joined with spaces), beside inputs that must stay as they are.
CAMPAIGN = [
    row("glued words split once more on a second pass", "селенияи напряженияпосредством"),
    row("latin e in a tags label", "Тeг\nя!"),
    row("latin e in a tags label, one line per block", "Тeги: съезд, выборы\n" + BODY),
    row("latin e in a tags label, joined with nothing", "Тeги: съезд, выборы" + BODY),
    row("latin e in a tags label, joined with spaces", "Тeги: съезд, выборы " + BODY),
    row("language decided before the look-alike repair", b"\xb2d"),
    row("front-matter title holding U+2028", '---\ntitle: "Съезд\\u2028партии"\n---\n' + BODY + "\n"),
    row("raw U+2028 in the body", BODY.replace(". ", ".\u2028")),
    row("must stay: a clean article", BODY + "\n"),
]


@pytest.mark.parametrize("label,raw", CAMPAIGN)
def test_cleaning_the_fixed_form_again_changes_nothing(label, raw):
    assert_settled(raw)


def test_a_clean_article_is_left_as_it_is():
    doc = clean(BODY + "\n")
    assert doc.text == BODY


def test_look_alike_letters_are_repaired_before_anything_reads_words():
    order = list(DEFAULT_STEPS)
    first_reader = min(i for i, s in enumerate(order) if s.startswith(("boilerplate.", "segment.", "lang.")))
    assert order.index("repair.homoglyphs") < first_reader
    assert order.index("metadata.front_matter") < order.index("repair.homoglyphs")
    assert order.index("lang.detect") < order.index("repair.spacing")


def test_the_steps_run_again_until_the_text_stops_changing():
    def halve(text):  # needs several passes: "!!!!" -> "!!" -> "!"
        return text.replace("!!", "!")

    doc = Pipeline([halve]).process_text("Ура!!!!")
    assert doc.text == "Ура!" and replay(doc.input_text, doc.edits) == doc.text


def test_the_passes_are_bounded_for_a_step_that_never_settles():
    def grow(text):
        return text + "!"

    doc = Pipeline([grow]).process_text("Ура")
    assert doc.text == "Ура" + "!" * MAX_PASSES and replay(doc.input_text, doc.edits) == doc.text


def test_entities_are_found_once_however_many_passes_ran():
    def halve(text):
        return text.replace("!!", "!")

    doc = Pipeline(["space.normalize", halve, "parties.names"]).process_text("Партия AMANAT провела съезд!!!!")
    assert len(doc.entities) == 1 and doc.entities[0]["surface"] == "AMANAT"


def test_a_step_error_without_a_message_is_still_a_rejection():
    class NoMessage(Exception):
        def __str__(self):
            raise ValueError("no message")

    def broken(text):
        raise NoMessage()

    doc = Pipeline([broken]).process_text(BODY)
    assert doc.rejection.code == "internal.step_failed" and "NoMessage" in doc.rejection.detail


# --- span remapping in one sweep ---------------------------------------------------------

@st.composite
def text_and_changes(draw):
    n = draw(st.integers(0, 40))
    changes, pos = [], 0
    while pos <= n and draw(st.booleans()):
        start = draw(st.integers(pos, n))
        end = draw(st.integers(start, min(n, start + 5)))
        changes.append(Change(start, end, draw(st.text("xyz", max_size=4))))
        pos = end + 1
    return "a" * n, changes


@settings(max_examples=int(os.environ.get("CORPUSCLEAN_FUZZ_EXAMPLES", 200)), deadline=None,
          derandomize=bool(os.environ.get("CI")))
@given(text_and_changes())
def test_spans_move_through_a_steps_edits_as_through_each_edit_in_turn(case):
    text, changes = case
    _, edits = sequential_edits(text, changes, "s", "s")
    offsets = list(range(len(text) + 1))
    assert map_forward_sorted(offsets, edits) == [map_forward(o, edits) for o in offsets]


def test_span_remapping_work_is_linear_in_spans_plus_edits():
    """Counted in calls, not in time: 2,000 spans through 2,000 edits visit each edit once."""
    import corpusclean.document as document

    text = "ab " * 2000
    changes = [Change(3 * i + 2, 3 * i + 3, "  ") for i in range(2000)]
    _, edits = sequential_edits(text, changes, "s", "s")
    calls = []
    original = document.map_forward
    document.map_forward = lambda o, e: calls.append(o) or original(o, e)
    try:
        moved = map_forward_sorted([3 * i for i in range(2000)], edits)
    finally:
        document.map_forward = original
    assert calls == [] and moved == [4 * i for i in range(2000)]


def test_a_long_table_line_that_does_not_end_in_a_pipe_is_classified_in_linear_time():
    """The table-row pattern backtracked through every cell (quadratic: 1.6 s on 160 kB, so
    about 26 s on this 640 kB line); it is possessive now (0.01 s on 160 kB)."""
    import time

    from corpusclean.layout import _TABLE_ROW

    line = " ".join(["| а"] * 160_000)
    t = time.process_time()
    assert _TABLE_ROW.match(line) is None and _TABLE_ROW.match(line + " |")
    assert time.process_time() - t < 2.0


# --- re-cleaning a cleaned page (issue 11) -------------------------------------------------
# Pages of layouts the rules were not written on, fed in every shape a scraper writes; the
# cleaned text fed back (as a file, or as the JSONL field it came from) must come out as it
# went in, and so must the form the fix hook writes (front matter with the title and date).

UNSEEN = os.path.join(os.path.dirname(__file__), "data", "pages_unseen")
RECLEAN_PAGES = ["aboutcomments_ru", "breaking_kk", "caption_kk", "column_ru", "comments_kk", "gazette_kk",
                 "mixed_kk", "stamps_ru", "ticker_kk", "tv_ru", "widgets_ru", "business_ru", "portal_kk"]
# A lead without a full stop under the headline is body text; once the title is gone (the
# text alone fed back) nothing tells it from a headline, so it becomes the title.  The fix
# hook's form keeps the title in its front matter and settles (checked below for every page).
SHAPES = ["lines", "joined", "spaced", "jsonl"]
# (in a page joined with spaces the Kazakh lead runs on into the body and stays body; the Russian
# one runs on into its byline "Автор: ...", which stays in spaced text and is read on the second pass)
LEAD_BECOMES_TITLE = {("business_ru", s) for s in SHAPES} | {("portal_kk", s) for s in ("lines", "joined", "jsonl")}


def shaped(name, shape):
    with open(os.path.join(UNSEEN, name + ".txt"), encoding="utf-8") as f:
        raw = f.read()
    blocks = [line.strip() for line in raw.splitlines() if line.strip()]
    return {"lines": raw, "joined": "".join(blocks), "spaced": " ".join(blocks), "jsonl": "".join(blocks)}[shape]


def clean_as(text, shape, tmp_path, name):
    if shape != "jsonl":
        return clean(text)
    import json

    path = tmp_path / (name + ".jsonl")  # a scraper's record whose text field holds the page
    path.write_text(json.dumps({"text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    return clean(path)


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("name", RECLEAN_PAGES)
def test_recleaning_a_cleaned_page_changes_nothing(name, shape, tmp_path, request):
    if (name, shape) in LEAD_BECOMES_TITLE:
        request.applymarker(pytest.mark.xfail(strict=True, reason="a lead without a full stop becomes the title"))
    doc = clean_as(shaped(name, shape), shape, tmp_path, name)
    assert doc.rejection is None and doc.text
    again = clean_as(doc.text, shape, tmp_path, name + "_again")
    assert again.text == doc.text, [(e.step, e.before[:80], e.after[:40]) for e in again.edits]


@pytest.mark.parametrize("shape", ["lines", "joined", "spaced"])
@pytest.mark.parametrize("name", RECLEAN_PAGES)
def test_the_fix_hooks_form_of_a_cleaned_page_settles(name, shape):
    assert_settled(shaped(name, shape))
