"""Kazakh dates in both Latin alphabets: the 2018 one (ý, á, sh) and the 2021 one (u, ä, ş, ñ, ı).

A site that writes Kazakh in the Latin alphabet prints its dates with Latin month names; both
official alphabets are in use on real pages, so both are in ``data/dates/months.tsv``.
"""

import pytest

from corpusclean import clean
from corpusclean.dates import find_dates

LATIN_BODY = ("Aqmola oblysynyñ mäslihaty kezektı sessiiada audandardyñ bıurjetın bekıttı. "
              "Deputattar aldağy jylğa arnalğan jospardy da talqylady.")


@pytest.mark.parametrize("printed, iso", [
    ("14:05 · 12 säuır 2024", "2024-04-12T14:05"),       # 2021 alphabet
    ("3 qañtar 2023, 10:15", "2023-01-03T10:15"),
    ("28 qyrküiek 2022", "2022-09-28"),
    ("5 şılde 2023 | 11:00", "2023-07-05T11:00"),
    ("11 qaraşa 2021", "2021-11-11"),
    ("9 mausym 2024", "2024-06-09"),
    ("22 nauryz 2023", "2023-03-22"),
    ("12 sáýir 2024", "2024-04-12"),                     # 2018 alphabet, as before
    ("9 maýsym 2024", "2024-06-09"),
])
def test_latin_kazakh_month_names_are_read(printed, iso):
    assert [m.iso for m in find_dates(printed)] == [iso]


@pytest.mark.parametrize("text", [
    "Qazan qalasynda ötken jiyn",            # a month word that is also a city and a noun, no day or year
    "Säuır aiynda jospar bekıtıledı",         # a month named without a day and a year
])
def test_a_month_word_alone_is_no_date(text):
    assert [m.iso for m in find_dates(text) if not m.relative] == []


def test_a_latin_kazakh_date_line_under_the_title_becomes_published():
    page = f"Mäslihat bıurjettı bekıttı\n14:05 · 12 säuır 2024\n{LATIN_BODY}\n"
    doc = clean(page)
    assert doc.meta["published"] == "2024-04-12T14:05"
    assert doc.meta["title"] == "Mäslihat bıurjettı bekıttı"
    assert doc.text == LATIN_BODY
