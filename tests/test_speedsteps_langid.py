"""Speed-ups in language identification change no answer (issue 15, item 1).

The lang.detect step keeps its answers per paragraph text and prior; langid counts
function words with one look-up per word and reads a paragraph's letters once.  Each
fast path is held against the slow one it replaces, on Russian and Kazakh text in the
three page shapes (one line per block, joined with nothing, joined with spaces).
"""

from __future__ import annotations

import pytest

from corpusclean import Pipeline, clean, langid

RU_BLOCKS = ["Главная / Политика",
             "Депутаты Мажилиса одобрили закон о местном самоуправлении.",
             "Как сообщили в пресс-службе партии, обсуждение продолжится в регионах.",
             "Читайте также:",
             "Вчера, 18:10"]
KK_BLOCKS = ["Басты бет / Саясат",
             "Мәжіліс депутаттары жергілікті өзін-өзі басқару туралы заңды мақұлдады.",
             "Партияның баспасөз қызметінің хабарлауынша, талқылау өңірлерде жалғасады.",
             "Сондай-ақ оқыңыз:",
             "Кеше, 18:10"]
SHAPES = {"lines": "\n".join, "joined": "".join, "spaced": " ".join}


def _page(blocks: list[str], shape: str) -> str:
    return SHAPES[shape](blocks)


def _langs(doc) -> list[tuple]:
    return [(s["start"], s["end"], s["lang"], s["confidence"]) for s in doc.meta["paragraph_langs"]]


@pytest.mark.parametrize("shape", sorted(SHAPES))
@pytest.mark.parametrize("blocks", [RU_BLOCKS, KK_BLOCKS], ids=["ru", "kk"])
def test_a_remembered_answer_is_the_answer_a_fresh_step_gives(blocks, shape):
    text = _page(blocks, shape)
    fresh = clean(text, steps=["lang.detect"])
    pipeline = Pipeline(steps=["lang.detect"])
    first = pipeline.process_text(text)
    again = pipeline.process_text(text)  # every paragraph from the memo now
    assert _langs(first) == _langs(again) == _langs(fresh)
    assert (first.meta["lang"], first.meta["lang_confidence"]) == (fresh.meta["lang"], fresh.meta["lang_confidence"])
    assert first.meta["lang"] == ("ru" if blocks is RU_BLOCKS else "kk")  # must stay: the page's language


def test_the_memo_is_bounded_and_keeps_answers_right(monkeypatch):
    from corpusclean.steps.language import DetectLanguage

    monkeypatch.setattr(DetectLanguage, "MEMO_MAX_CHARS", 80)
    pipeline = Pipeline(steps=["lang.detect"])
    step = pipeline.steps[0]
    for blocks in (RU_BLOCKS, KK_BLOCKS, RU_BLOCKS):
        for shape in sorted(SHAPES):
            text = _page(blocks, shape)
            assert _langs(pipeline.process_text(text)) == _langs(clean(text, steps=["lang.detect"]))
            assert step._memo_chars <= max(80, max(len(p) for p, _ in step._memo))
            assert step._memo_chars == sum(len(p) for p, _ in step._memo)


def _hits_reference(words: list[str]) -> dict[str, int]:
    """The former four-list count, word by word."""
    hits = {"kk": 0, "ru": 0, "uk": 0, "ky": 0}
    for w in words:
        lw = w.lower()
        if len(w) == 1 and w != lw:
            continue
        for code in hits:
            if lw in langid.function_words(code):
                hits[code] += 1
    return hits


@pytest.mark.parametrize("words", [
    "Он сказал что в этом году выборы пройдут".split(),  # must change the count: Russian words
    "Ол бұл жылы сайлау өтетінін және оның нәтижесі туралы айтты".split(),  # Kazakh words
    "Він сказав що це дуже важливо".split(),  # Ukrainian words
    "Ал бул жылы шайлоо өтөт деди".split(),  # Kyrgyz words
    ["В", "С", "К", "Т", "°С"],  # must stay uncounted: capitals alone are initials or units
    [],
])
def test_function_word_counts_as_before(words):
    assert langid._function_word_hits(words) == _hits_reference(words)


@pytest.mark.parametrize("text", [
    "Партия «Ақ жол» провела съезд в Астане и приняла программу.",  # names masked, Russian
    "«Аманат» партиясы съезд өткізді, онда жаңа бағдарлама қабылданды.",  # Kazakh
    "Він сказав, що їх немає.",  # Ukrainian candidates: the word list is filtered again
    "Търговията с България се разви.",  # Bulgarian ъ
    "пaртия провела съезд",  # a Latin look-alike inside a Cyrillic word
])
def test_reused_word_counts_give_the_same_verdict_as_counting_again(text, monkeypatch):
    fast = langid.detect_language(text)
    monkeypatch.setattr(langid, "_choose", _choose_counting_again)
    assert langid.detect_language(text) == fast


_real_choose = langid._choose


def _choose_counting_again(text, codes, words, prior, hits=None):
    return _real_choose(text, codes, words, prior, None)


def test_has_letters_stops_at_the_count():
    assert langid._has_letters("12 ab", 2)
    assert not langid._has_letters("12 a", 2)
    assert langid._has_letters("", 0)


@pytest.mark.parametrize("text", RU_BLOCKS + KK_BLOCKS + [
    "12.05.2024, 18:10", "", "Партия DJI Phantom @Zhirinovskiy", "Γειά σου", "Qala ákimi turǵyndarmen kezdesti.",
    "سلام", "😀 ǅ ﬁ ⅷ"])
def test_letters_counted_with_the_answer_are_the_letters(text):
    result, letters = langid.detect_counting_letters(text)
    assert result == langid.detect_language(text)
    assert letters == sum(1 for ch in text if ch.isalpha())
