"""Memoised repair look-ups give the unmemoised answers (issue 15, item 1).

repair.glued keeps its per-word splits (Russian words, function words, Kazakh words), and
the repair context keeps its per-sentence language flags.  Each kept answer is held
against the function it wraps, on words that must be split and words that must stay, and
a caller may change what it gets without changing the next answer.
"""

from __future__ import annotations

import pytest

from corpusclean.repair import context, glued


@pytest.mark.parametrize("word, following", [
    ("нехваткирабочих", None),  # must change: two Russian words
    ("ответственностьв", "работе"),  # must change: a glued preposition
    ("программа", None),  # must stay: a word
    ("стратоориентированность", None),
])
def test_russian_splits_as_unmemoised(word, following):
    assert glued.split_words(word, following) == glued._split_words(word, following)
    assert glued.split_function_word(word, following) == glued._split_function_word(word, following)


@pytest.mark.parametrize("word", [
    "бағдарламасыныңнегізгі",  # must change: two Kazakh words
    "әскерқатарына",
    "аудандықмұражайға",
    "көшбасшы",  # must stay: a compound
    "екіжақты",
    "келісімшартқа",
])
def test_kazakh_splits_as_unmemoised(word):
    assert glued.split_kazakh(word) == glued._split_kazakh(word)


def test_a_kept_split_is_a_new_list_each_time():
    first = glued.split_kazakh("әскерқатарына")
    assert first == ["әскер", "қатарына"]
    first.append("x")
    assert glued.split_kazakh("әскерқатарына") == ["әскер", "қатарына"]
    words = glued.split_words("нехваткирабочих", None)
    assert words == ["нехватки", "рабочих"]
    words.clear()
    assert glued.split_words("нехваткирабочих", None) == ["нехватки", "рабочих"]


def _flags_reference(piece: str) -> tuple[bool, bool]:
    foreign = bool(context._NON_RU.search(piece)
                   or not context.kk_markers().isdisjoint(context._WORD.findall(piece.lower())))
    return foreign, bool(context._KAZAKH_ONLY.search(piece))


@pytest.mark.parametrize("piece", [
    "Депутаты одобрили закон.",  # must stay: Russian
    "Мәжіліс заңды мақұлдады.",  # must change: Kazakh letters
    "Ол мен туралы айтты.",  # Kazakh marker words without Kazakh letters
    "Він сказав, що їх немає.",  # Ukrainian letters
    "",
])
def test_sentence_flags_as_computed_directly(piece):
    assert context._sentence_flags(piece) == _flags_reference(piece)


@pytest.mark.parametrize("joiner", ["\n", "", " "])
def test_context_facts_in_page_shapes(joiner):
    text = joiner.join(["Депутаты одобрили закон.", "Мәжіліс заңды мақұлдады.", "Подробнее на сайте akorda.kz",
                        "Ол мен туралы айтты."])
    ctx = context.Context(text)
    context._sentence_flags_memo.cache_clear()
    again = context.Context(text)
    assert (ctx._foreign, ctx._kazakh, ctx.protected) == (again._foreign, again._kazakh, again.protected)
    assert ctx._kazakh  # must change: the Kazakh sentence is marked


def test_long_arguments_are_answered_without_being_kept():
    long_word = "а" * (glued.SPLIT_MEMO_MAX_CHARS + 1)
    before = glued._split_kazakh_memo.cache_info().currsize
    assert glued.split_kazakh(long_word) is None
    assert glued.split_words("нехваткирабочих", long_word) == glued._split_words("нехваткирабочих", long_word)
    assert glued._split_kazakh_memo.cache_info().currsize == before
    sentence = "Мәжіліс заңды мақұлдады " * 60
    assert len(sentence) > context.SENTENCE_MEMO_MAX_CHARS
    kept = context._sentence_flags_memo.cache_info().currsize
    assert context.Context(sentence)._kazakh == [(0, len(sentence))]
    assert context._sentence_flags_memo.cache_info().currsize == kept
