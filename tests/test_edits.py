"""The edit log: edits apply in order, replay reproduces output, offsets map back."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpusclean.edits import Change, Edit, OffsetMap, ReplayError, minimal_changes, replay, sequential_edits

# Text from the alphabets this project meets, plus the whitespace its steps touch.
ALPHABET = st.sampled_from(list("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі АБВҚӘ abcXYZ012.,;:!?«»\"'-—\n\t\u00a0\u200b\u00ad"))
TEXT = st.text(ALPHABET, max_size=200)


def test_sequential_edits_index_the_text_as_it_stood_before_each_edit():
    text = "aa bb cc"
    new, edits = sequential_edits(text, [Change(0, 2, "A"), Change(6, 8, "CCC")], "t", "t.r")
    assert new == "A bb CCC"
    # the second edit is shifted by the first one's length change
    assert [(e.start, e.end) for e in edits] == [(0, 2), (5, 7)]
    assert replay(text, edits) == new


def test_changes_that_change_nothing_are_not_logged():
    new, edits = sequential_edits("abc", [Change(0, 1, "a")], "t", "t")
    assert new == "abc" and edits == []


def test_overlapping_changes_are_refused():
    with pytest.raises(ValueError):
        sequential_edits("abcdef", [Change(0, 3, "x"), Change(2, 4, "y")], "t", "t")


def test_replay_refuses_a_log_for_another_text():
    edits = [Edit("t", "t", 0, 3, "abc", "x")]
    with pytest.raises(ReplayError):
        replay("xyz", edits)


def test_replay_accepts_dicts_as_written_in_records():
    rec_edits = [{"step": "s", "reason": "s.r", "start": 1, "end": 2, "before": "b", "after": "B"},
                 {"step": "s", "reason": "s.r", "start": 0, "end": 1, "before": "a", "after": ""}]
    assert replay("abc", rec_edits) == "Bc"


@pytest.mark.parametrize(
    "old,new",
    [
        ("принятиепакета законов", "принятие пакета законов"),
        ("a  b  c", "a b c"),
        ("line one\nline two", "line one\n\nline two"),
        ("Nur Otan-ға", "AMANAT-қа"),
        ("", "inserted"),
        ("deleted", ""),
    ],
)
def test_minimal_changes_turn_old_into_new_locally(old, new):
    changes = list(minimal_changes(old, new))
    out, edits = sequential_edits(old, changes, "fn", "fn")
    assert out == new
    # a local change is not logged as one whole-text edit
    if old and new and len(old) > 10:
        assert all(len(e.before) < len(old) for e in edits)


@settings(max_examples=300, deadline=None)
@given(TEXT, TEXT)
def test_minimal_changes_replay_to_the_new_text(old, new):
    out, edits = sequential_edits(old, minimal_changes(old, new), "fn", "fn")
    assert out == new
    assert replay(old, edits) == new


@settings(max_examples=200, deadline=None)
@given(TEXT, st.lists(st.tuples(st.integers(0, 200), st.integers(0, 5), st.text(ALPHABET, max_size=4)), max_size=8))
def test_offset_map_sends_unchanged_characters_back_to_their_input_position(text, raw_changes):
    # Build non-overlapping changes, apply them, and check every character that no change
    # touched maps back to the same character in the input.
    changes, cursor = [], 0
    for start, length, after in sorted(raw_changes):
        start = max(start, cursor)
        if start > len(text):
            break
        end = min(len(text), start + length)
        changes.append(Change(start, end, after))
        cursor = end + 1
    out, edits = sequential_edits(text, changes, "t", "t")
    assert replay(text, edits) == out
    omap = OffsetMap(edits)
    touched_out = set()
    for e in edits:
        touched_out.update(range(e.start, e.start + len(e.after) + 1))
    for o in range(len(out)):
        if o in touched_out:
            continue
        i = omap.to_input(o)
        assert 0 <= i <= len(text)
        assert text[i] == out[o]
    assert omap.to_input(len(out), prefer_later=True) == len(text)
    assert omap.to_input(0) == 0


def test_span_mapping_skips_a_deleted_prefix_and_keeps_the_span():
    text = "[caption]Nur Otan партиясы"
    out, edits = sequential_edits(text, [Change(0, 9, "")], "t", "t")
    s, e = OffsetMap(edits).span_to_input(0, 8)
    assert text[s:e] == "Nur Otan"
