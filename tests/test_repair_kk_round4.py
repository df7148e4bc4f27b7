"""Kazakh repair, round 4 (issue 12 item 2): misspellings that real scrapes showed and the
synthetic slips did not - a letter typed twice where Kazakh spelling never doubles one, and
a vowel lost where two consonants cannot meet (ң after a consonant, a final н after an
obstruent) - and a capitalised word glued to a postposition.  Each "must change" row sits
beside rows that must stay.

Words and sentences are written for these tests (no seed, evaluation or held-out text).
"""

from __future__ import annotations

import pytest

from corpusclean.document import Document
from corpusclean.edits import replay, sequential_edits
from corpusclean.repair.context import Context
from corpusclean.repair.glued import glued_changes
from corpusclean.repair.typos import correct_kazakh, typo_changes


def run(func, text: str, lang: str = "kk") -> tuple[str, list]:
    doc = Document(text)
    doc.meta["lang"] = lang
    new, edits = sequential_edits(text, func(text, Context(text, doc)), "test", "test")
    return new, edits


DOUBLED_FIXED = [
    ("жұмысынн", "жұмысын"),  # a letter doubled at the end of the word
    ("қаражжат", "қаражат"),  # ж: no ending opens with it, so it is never doubled
    ("есептіі", "есепті"),  # two like high vowels side by side
    ("кітаптарыы", "кітаптары"),
    ("кітаппта", "кітапта"),  # a doubled consonant against a third one
    ("халыққтың", "халықтың"),
]
LOST_VOWEL_FIXED = [
    ("халықтң", "халықтың"),  # ң only ever follows a vowel
    ("мемлекеттң", "мемлекеттің"),
    ("мектептн", "мектептен"),  # no Kazakh word ends in an obstruent + н
]
# Geminates at a morpheme boundary, between vowels (ат+тар, сан+ны, көл+дер), loans
# with a double letter, and а+а in a compound: none is a slip.
STAYS = ["аттар", "сандары", "көлдер", "бюджетті", "металл", "металлды", "ассамблея", "аллея",
         "программа", "баққа", "оттан", "қараағаш",
         # a doubled letter is the reading of last resort: another slip reads here too
         # (қор+ар+лар with a lost vowel), so the word stays as written
         "қоррлар"]


@pytest.mark.parametrize("word,fixed", DOUBLED_FIXED + LOST_VOWEL_FIXED)
def test_slip_with_a_sign_is_corrected(word, fixed):
    assert correct_kazakh(word) == fixed


@pytest.mark.parametrize("word", STAYS)
def test_geminates_and_loans_stay(word):
    assert correct_kazakh(word) is None


def test_in_a_sentence_only_the_slip_changes():
    text = "Ауылдағы аттар мен көлдер туралы жұмысынн есебі бюджетті толықтырды."
    new, edits = run(typo_changes, text)
    assert new == "Ауылдағы аттар мен көлдер туралы жұмысын есебі бюджетті толықтырды."
    assert replay(text, edits) == new
    assert run(typo_changes, new)[0] == new  # cleaning the cleaned text changes nothing


GLUE_CAPITALISED = [
    ("Жоспарбойынша жұмыс басталды.", "Жоспар бойынша жұмыс басталды."),  # a postposition glued on
]
GLUE_CAPITALISED_STAYS = [
    "Депжұмыстар басталды.",  # деп closes a clause: no sentence opens with it
    "Қызылорда облысында жұмыс басталды.",  # a place made of two words
    "Жаңаөзен қаласында жиын өтті.",
]


@pytest.mark.parametrize("text,expected", GLUE_CAPITALISED)
def test_capitalised_word_glued_to_a_postposition_splits(text, expected):
    new, edits = run(glued_changes, text)
    assert new == expected
    assert replay(text, edits) == new


@pytest.mark.parametrize("text", GLUE_CAPITALISED_STAYS)
def test_capitalised_compound_names_stay(text):
    assert run(glued_changes, text)[0] == text


def test_clause_final_word_splits_inside_a_sentence():
    text = "Ол келемін депжұмысқа кетті."  # the same деп mid-sentence is glued to the next word
    assert run(glued_changes, text)[0] == "Ол келемін деп жұмысқа кетті."
