"""find_dates' pre-check and memo change no answer (issue 15, item 1).

A text with neither a digit nor a relative day word holds no date, so the full pattern is
not run on it; answers for short texts are kept.  Held here: relative words alone, in any
case, in Russian and Kazakh, are still dates; texts without either are not; a kept answer
is a fresh list each time; a text too long to keep gets the same answer as a short one.
"""

from __future__ import annotations

import pytest

from corpusclean import dates
from corpusclean.dates import find_dates


def _found(text, ref=None):
    return [(d.start, d.end, d.iso, d.relative) for d in find_dates(text, ref)]


def _slow(text, ref=None):
    """The full pattern with no pre-check and no memo."""
    out = []
    for m in dates._pattern().finditer(text):
        iso, relative = dates._iso_from(m, ref)
        if iso is None and not relative:
            continue
        out.append((m.start(), m.end(), iso or "", relative))
    return out


@pytest.mark.parametrize("text, ref, expected", [
    # must change: relative words without a digit are dates (any case, both languages)
    ("Вчера", "2024-05-02", "2024-05-01"),
    ("ВЧЕРА вечером", "2024-05-02", "2024-05-01"),
    ("сегодня", "2024-05-02", "2024-05-02"),
    ("Кеше", "2024-05-02", "2024-05-01"),
    ("бүгін", "2024-05-02", "2024-05-02"),
    ("БҮГІН", "2024-05-02", "2024-05-02"),
    # must change: digits
    ("15.04.2022, 18:10", None, "2022-04-15T18:10"),
    ("2023 жылғы 12 наурыз", None, "2023-03-12"),
    ("29 Сентября, 2021", None, "2021-09-29"),
])
def test_dates_without_or_with_digits_are_found(text, ref, expected):
    found = _found(text, ref)
    assert found == _slow(text, ref)
    assert found[0][2] == expected


@pytest.mark.parametrize("text", [
    # must stay: no digit, no relative word
    "Депутаты одобрили закон о местном самоуправлении.",
    "Мәжіліс депутаттары заңды мақұлдады.",
    "Читайте также: Новости партии",
    "Сентября",  # a month name alone
    "наурыз",
    "",
])
def test_texts_without_a_digit_or_a_relative_word_hold_no_date(text):
    assert _found(text) == [] == _slow(text)


@pytest.mark.parametrize("shape", ["\n", "", " "])
def test_page_shapes_give_the_full_patterns_answer(shape):
    blocks = ["Главная / Политика", "Вчера, 18:10", "Депутаты Мажилиса одобрили закон.",
              "Кеше, 10:45", "Опубликовано 12.03.2023 в 10:45", "Мәжіліс заңды мақұлдады."]
    text = shape.join(blocks)
    for ref in (None, "2024-05-02"):
        assert _found(text, ref) == _slow(text, ref)


def test_a_kept_answer_is_a_new_list_each_time():
    first = find_dates("12.03.2023")
    first.clear()
    assert _found("12.03.2023") == [(0, 10, "2023-03-12", False)]


def test_a_long_text_is_not_kept_and_gets_the_same_answer():
    line = "Опубликовано 12.03.2023 в 10:45, обновлено вчера. "
    long_text = line * (dates.FIND_CACHE_MAX_CHARS // len(line) + 2)
    assert len(long_text) > dates.FIND_CACHE_MAX_CHARS
    assert _found(long_text, "2024-05-02") == _slow(long_text, "2024-05-02")
    assert len(_found(long_text)) == 2 * (dates.FIND_CACHE_MAX_CHARS // len(line) + 2)


def test_an_unhashable_reference_date_is_still_read():
    class Ref(str):
        __hash__ = None  # type: ignore[assignment]

    assert _found("Вчера", Ref("2024-05-02")) == [(0, 5, "2024-05-01", True)]
