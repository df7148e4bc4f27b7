"""Issue 15 (speedC): the neighbour-settled typo repairs (``typos._by_context`` and the
``_rare_ties`` it asks) are memoised on exactly what their results depend on, with the
same output as before.

Every sentence here is written for these tests.  Each group has rows that must change
beside rows that must stay, in each shape a scraper writes (one line per block, joined
with nothing, joined with spaces, a JSONL field).
"""

from __future__ import annotations

import json

import pytest

from corpusclean import Pipeline, replay
from corpusclean.document import Document
from corpusclean.edits import sequential_edits
from corpusclean.repair import typos
from corpusclean.repair.context import Context
from corpusclean.repair.typos import typo_changes


def run(text: str) -> str:
    doc = Document(text)
    doc.meta["lang"] = "ru"
    return sequential_edits(text, typo_changes(text, Context(text, doc)), "test", "test")[0]


def shapes(block_a: str, block_b: str) -> list[str]:
    return [block_a + "\n" + block_b, block_a + block_b, block_a + " " + block_b]


CHANGES = [
    ("Регламент упрощат подачу заявок.", "Регламент упрощает подачу"),   # rare forms, a subject noun
    ("Совет решил упрощат подачу.", "решил упрощать подачу"),            # rare forms, after a verb
    ("Комиссия обсуждат новый проект.", "Комиссия обсуждает новый"),     # tied forms
    ("Депутаты решили обсуждат бюджет.", "решили обсуждать бюджет"),
]

STAYS = [
    "Новые меры сокращат сроки.",          # меры: a noun in two cases, nothing decides
    "Министерство намерено сокращат штат.",
    "обсуждат",
]

WORDS = ["упрощат", "обсуждат", "сокращат", "усиливат", "советскй", "министерство", "дом", "прлиамент",
         "перенастроено", "Упрощат", "упрощат-ка"]


@pytest.mark.parametrize("word", WORDS)
def test_memo_returns_what_the_uncached_function_does(word):
    assert typos._rare_ties(word) == typos._rare_ties.__wrapped__(word)
    ties = typos.tied_candidates(word) or typos._rare_ties(word)
    if ties:
        assert typos._has_short_form(ties) == typos._has_short_form.__wrapped__(ties)


def test_short_form_memo_is_keyed_on_the_tie_set():
    assert typos._has_short_form(("опубликована", "опубликованы")) is True
    assert typos._has_short_form(("обсуждает", "обсуждать")) is False


def _all_shapes():
    rows = []
    for text, _ in CHANGES:
        for other in STAYS:
            rows += shapes(text, other)
    return rows


@pytest.mark.parametrize("text,fragment", CHANGES)
def test_changes(text, fragment):
    assert fragment in run(text)


@pytest.mark.parametrize("text", STAYS)
def test_stays(text):
    assert run(text) == text


def test_every_shape_same_with_and_without_memo(monkeypatch):
    texts = _all_shapes()
    cached = [run(t) for t in texts] + [run(t) for t in texts]  # the second pass hits the memo
    monkeypatch.setattr(typos, "_rare_ties", typos._rare_ties.__wrapped__)
    monkeypatch.setattr(typos, "_has_short_form", typos._has_short_form.__wrapped__)
    plain = [run(t) for t in texts]
    assert cached == plain + plain
    for (text, fragment), t in zip(CHANGES, texts[::3 * len(STAYS)]):
        assert fragment in run(t)


def test_jsonl_field_replays_and_is_stable():
    # each misspelling once: a word repeated on a page is left as written
    block = CHANGES[0][0] + " " + CHANGES[2][0] + "\n" + STAYS[0]
    text = json.loads(json.dumps({"text": block}, ensure_ascii=False))["text"]
    pipe = Pipeline(["repair.typos"])
    rec = pipe.process_text(text)
    assert replay(text, rec.to_record()["edits"]) == rec.text
    assert "Регламент упрощает" in rec.text and "Комиссия обсуждает" in rec.text and "Новые меры сокращат" in rec.text
    assert pipe.process_text(rec.text).text == rec.text
