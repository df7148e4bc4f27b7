"""The page analysis gives the same answers with its memos and fast paths as without them
(issue 15, item 1: speed, output unchanged).

``corpusclean.boilerplate.memo`` keeps the work on one unit or one line by the string it
reads (the pieces of a unit with its context, the one-line predicates, ``norm``, the
junction pre-check line by line) and ``soft_boundaries`` skips gaps before a lower-case
word.  Held here: on real pages in the three dump shapes, through every text version the
page-dump steps make and through random removals, every layout is the same as with
``memo.ENABLED = False``; and the places where a memo could go wrong (context after a
unit, the ``whole`` flag, a junction across a line break, long strings, a full memo) give
the uncached answer.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from corpusclean.boilerplate import analysis, glue, memo, segmentation
from corpusclean.boilerplate.edges import _pieces, _pieces_memoised
from corpusclean.boilerplate.glue import _ANY_JUNCTION, _PUNCT_JUNCTION, _any_junction, _punct_junctions
from corpusclean.boilerplate.lines import _credit, _label_of, _notice, _probe, norm, removal_spans
from corpusclean.boilerplate.segmentation import soft_boundaries
from corpusclean.pipeline import Pipeline
import corpusclean.steps.boilerplate as steps_boilerplate
import corpusclean.steps.metadata as steps_metadata

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))
from realistic_corpus import material_pages, shape  # noqa: E402
from page_steps import STEPS  # noqa: E402


def _fresh() -> None:
    """Forget every text-keyed result, so the next call computes anew."""
    analysis.analyse.cache_clear()
    segmentation.units.cache_clear()
    glue.glued_boundaries.cache_clear()
    memo.clear_memos()


@pytest.fixture
def memos_off():
    """Run a block with every memo and fast path off (restored afterwards)."""
    def switch(on: bool) -> None:
        memo.ENABLED = on
        _fresh()
    yield switch
    memo.ENABLED = True
    _fresh()


def _dump(lay):
    return (lay.body_start, lay.body_end, lay.title, lay.date, lay.published, lay.rubric, lay.site, tuple(lay.tags),
            tuple((ln.index, ln.start, ln.end, ln.text, ln.block, tuple(ln.words), ln.kind, ln.value, ln.norm, ln.whole)
                  for ln in lay.lines))


PAGES = material_pages()[::4]


@pytest.mark.parametrize("how", ["lines", "joined", "spaced"])
def test_every_text_version_is_analysed_the_same(how, memos_off, monkeypatch):
    texts = [shape(page, how) for page in PAGES]
    calls = []
    real = analysis.analyse

    def recording(text, known_title=None, reference_date=None):
        lay = real(text, known_title, reference_date)
        calls.append(((text, known_title, reference_date), _dump(lay)))
        return lay

    monkeypatch.setattr(steps_boilerplate, "analyse", recording)
    monkeypatch.setattr(steps_metadata, "analyse", recording)
    pipe = Pipeline(STEPS)
    memos_off(True)
    with_memos = [pipe.process_text(t) for t in texts]
    memos_off(False)
    without = [pipe.process_text(t) for t in texts]
    assert [(d.text, d.meta, d.edits) for d in with_memos] == [(d.text, d.meta, d.edits) for d in without]
    assert len(calls) >= 4 * len(texts)  # several versions a page were analysed, with memos and without
    for args, seen in calls:
        _fresh()
        assert _dump(real(*args)) == seen


@pytest.mark.parametrize("how", ["lines", "spaced"])
def test_random_removals_are_analysed_the_same(how, memos_off):
    """Versions a step could make: a random third of the units removed, three times over
    (units come back beside new neighbours)."""
    rng = random.Random(15)
    versions = []
    for page in PAGES:
        text = shape(page, how)
        for _ in range(3):
            lay = analysis.analyse(text)
            gone = [(ln, "x") for ln in lay.lines if not ln.blank and rng.random() < 0.33]
            for s, e, _reason in reversed(removal_spans(text, gone)):
                text = text[:s] + text[e:]
            versions.append(text)
    memos_off(True)
    with_memos = [_dump(analysis.analyse(t)) for t in versions]
    memos_off(False)
    assert [_dump(analysis.analyse(t)) for t in versions] == with_memos


@pytest.mark.parametrize("text, end, expected", [
    # must change: furniture glued to the start of a unit is a piece of its own
    ("Просмотров: 3 907Центральная избирательная комиссия приняла решение.", None, [(0, 17), (17, 68)]),
    ("Фото: пресс-служба партииВ Астане прошёл съезд партии.", None, [(0, 25), (25, 54)]),
    # must change: the token after the unit runs on ("1.2Kx"), which changes the pieces
    ("08.07.2024 19:45 👁 1.2Kx", 23, [(0, 22), (22, 23)]),
    # must stay: the same unit at the end of its text; a body sentence
    ("08.07.2024 19:45 👁 1.2K", 23, [(0, 23)]),
    ("Делегаты съезда обсудили программу партии на ближайшие пять лет.", None, [(0, 64)]),
])
@pytest.mark.parametrize("left", ["", "Главная\n", "Политика ", "»"])
def test_pieces_memo_keys_the_context_it_reads(text, end, expected, left):
    memo.clear_memos()
    full = left + text
    start, stop = len(left), len(left) + (len(text) if end is None else end)
    shifted = [(s + len(left), e + len(left)) for s, e in expected]
    for whole in (True, False):
        assert _pieces(full, start, stop, whole) == shifted
        assert _pieces_memoised(full, start, stop, whole) == shifted  # computed
        assert _pieces_memoised(full, start, stop, whole) == shifted  # kept


def test_pieces_memo_is_used_for_a_unit_in_a_new_version():
    memo.clear_memos()
    a = "Главная\nПросмотров: 3 907Центральная избирательная комиссия приняла решение.\nКонец"
    b = "Новости\nПолитика\nПросмотров: 3 907Центральная избирательная комиссия приняла решение.\nДругой конец"
    kept = _pieces_memoised(a, 8, 76, True)
    assert kept == [(8, 25), (25, 76)]
    size = len(_pieces_memoised.__globals__["_PIECES_MEMO"].data)
    assert _pieces_memoised(b, 17, 85, True) == [(s + 9, e + 9) for s, e in kept]
    assert len(_pieces_memoised.__globals__["_PIECES_MEMO"].data) == size  # a hit: nothing new kept


def test_line_predicates_key_the_whole_flag():
    memo.clear_memos()
    line = _probe("Фото: Иван Петров!")
    line.whole = True
    assert _credit(line) is True  # must stay: a credit line of its own
    line.whole = False
    assert _credit(line) is False  # must change: cut out of a longer line, an exclamation runs on
    assert _credit(line) == _credit.uncached(line)


def test_line_predicates_equal_their_uncached_code():
    memo.clear_memos()
    checked = 0
    try:
        for page in PAGES:
            for how in ("lines", "spaced"):
                for ln in analysis.analyse(shape(page, how)).lines:
                    for whole in (True, False):
                        ln.whole = whole
                        for zone in ("header", "body", "footer"):
                            assert _notice(ln, zone) == _notice.uncached(ln, zone)
                        for cat in ("tags", "related"):
                            assert _label_of(ln, cat) == _label_of.uncached(ln, cat)
                        checked += 1
    finally:
        analysis.analyse.cache_clear()  # its lines' whole flags were changed above
    assert checked > 500


@pytest.mark.parametrize("text, expected", [
    # must change: a relative day glued to a word, its number on the next line
    ("Делегаттар кездестібүгін\n5 адам келді", True),
    # must change: Latin then Cyrillic capitals before the line break
    ("ZБ\nтекст", True),
    ("Партия AMANATВ Астане", True),
    ("Главная\nНовостиПолитика", True),
    # must stay: clean lines; the last line has no line break after it
    ("Партия провела съезд.\nДелегаты обсудили программу.", False),
    ("текст ZБ", False),
    ("", False),
])
def test_junction_pre_check_line_by_line(text, expected):
    memo.clear_memos()
    assert _any_junction(text) is expected
    assert (_ANY_JUNCTION.search(text) is not None) is expected
    assert _any_junction(text) is expected  # from the memo


def test_junction_pre_check_on_pages():
    for page in material_pages():
        for how in ("lines", "joined", "spaced"):
            text = shape(page, how)
            assert _any_junction(text) == (_ANY_JUNCTION.search(text) is not None)


@pytest.mark.parametrize("text, spans", [
    # must change: glued and chained sentence ends, closers before and after the stop, a
    # decimal (a candidate that _punct_boundary judges later)
    ("контроле.\"Сейчас все", [(7, 10)]),
    ("сказал».В Астане", [(5, 8)]),
    ("1:0.Добавьте", [(2, 4)]),
    ("а.»».Б и «в».\"Г\".Д", [(2, 5), (10, 13), (14, 17)]),
    ("счёт 2.5 в пользу", [(5, 7)]),
    # must stay: a space after the stop; no text
    ("Партия провела съезд. Делегаты", []),
    ("", []),
])
def test_punctuation_junctions_found_from_their_punctuation(text, spans):
    assert [m.span() for m in _PUNCT_JUNCTION.finditer(text)] == spans
    assert [m.span() for m in _punct_junctions(_PUNCT_JUNCTION, text)] == spans


def test_punctuation_junctions_on_pages():
    spaced = segmentation._SPACED_SENTENCE
    for page in material_pages():
        for how in ("lines", "joined", "spaced"):
            text = shape(page, how)
            assert [m.span() for m in _punct_junctions(_PUNCT_JUNCTION, text)] == \
                [m.span() for m in _PUNCT_JUNCTION.finditer(text)]
            lo, hi = len(text) // 3, 2 * len(text) // 3
            assert [m.span() for m in _punct_junctions(spaced, text, lo, hi)] == \
                [m.span() for m in spaced.finditer(text, lo, hi)]


def test_soft_boundaries_skip_only_gaps_that_never_cut(memos_off):
    row = "Участники говорили о сотрудничестве Подписание соглашения состоялось в Астане и в регионах страны"
    assert soft_boundaries(row, 0, len(row)) == [row.index("Подписание")]  # must change
    lower = row.replace("Подписание", "подписание")
    assert soft_boundaries(lower, 0, len(lower)) == []  # must stay
    lines = [ln for page in PAGES for ln in shape(page, "spaced").split("\n") if ln.strip()]
    fast = [soft_boundaries(ln, 0, len(ln)) for ln in lines]
    memos_off(False)
    assert [soft_boundaries(ln, 0, len(ln)) for ln in lines] == fast
    assert sum(map(len, fast)) > 50


def test_memos_stay_bounded():
    small = memo.TextMemo(10)
    small.put("abcdef", 1, 7)
    small.put("ghijkl", 2, 7)  # over 10 characters: emptied first
    assert small.data == {"ghijkl": 2} and small.chars == 7
    long_line = "Слово " * 1000
    memo.clear_memos()
    assert norm(long_line) == norm.uncached(long_line)
    assert long_line not in norm.memo.data  # too long to keep
    assert norm("  «Читайте также:» ") == "читайте также"
    assert "  «Читайте также:» " in norm.memo.data
    memo._MEMOS.remove(small)
