"""The repair word lists: sorted, no duplicates, well formed, and free of conflicts."""

from __future__ import annotations

from importlib import resources

import pytest
import regex

from corpusclean.repair import lexicon
from corpusclean.repair.glued import split_case

DATA = resources.files("corpusclean").joinpath("data", "repair")
LISTS = ["abbreviations.txt", "camelcase_names.txt", "camelcase_parts.txt", "kk_marker_words.txt",
         "ru_function_words.txt"]


def entries(name: str) -> list[str]:
    lines = DATA.joinpath(name).read_text(encoding="utf-8").splitlines()
    body = [ln for ln in lines if not ln.startswith("#")]
    header = lines[: len(lines) - len(body)]
    assert all(ln.startswith("#") for ln in header), f"{name}: comments belong at the top"
    return body


@pytest.mark.parametrize("name", LISTS)
def test_lists_sorted_unique_and_clean(name):
    words = entries(name)
    assert words, name
    assert words == sorted(words), f"{name} is not sorted"
    assert len(words) == len(set(words)), f"{name} has duplicates"
    assert all(w and w == w.strip() and " " not in w for w in words), f"{name} has blank or spaced entries"


@pytest.mark.parametrize("name", ["abbreviations.txt", "camelcase_parts.txt", "kk_marker_words.txt",
                                  "ru_function_words.txt"])
def test_lower_case_lists(name):
    assert all(w == w.lower() for w in entries(name))


def test_camelcase_names_have_an_inner_capital_and_never_split():
    for name in entries("camelcase_names.txt"):
        assert regex.search(r"\p{Ll}\p{Lu}", name), f"{name} is not CamelCase"
        assert split_case(name) is None, name


def test_brand_parts_are_not_whole_names():
    names = {n.lower() for n in entries("camelcase_names.txt")}
    assert not names & set(entries("camelcase_parts.txt"))


def test_function_words_are_russian_and_not_kazakh_markers():
    fw = entries("ru_function_words.txt")
    assert all(lexicon.in_dictionary(w) for w in fw), [w for w in fw if not lexicon.in_dictionary(w)]
    assert not set(fw) & set(entries("kk_marker_words.txt"))


KK_CONJUNCTIONS = {"мен", "бен", "пен"}  # documented exceptions in the file header


def test_kazakh_markers_are_not_russian_words():
    for w in entries("kk_marker_words.txt"):
        assert not regex.search("[әғқңөұүһі]", w), f"{w}: Kazakh letters mark a sentence already"
        if w in KK_CONJUNCTIONS:
            continue
        assert not lexicon.in_dictionary(w) and lexicon.zipf(w) < 3.5, w


def test_frequency_list_format_and_licence():
    text = DATA.joinpath("ru_wordfreq.tsv").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert len(lines) > 100_000
    words = []
    for ln in lines:
        word, zipf100 = ln.split("\t")
        assert regex.fullmatch(r"[а-яё]+", word), ln
        assert 250 <= int(zipf100) <= 900, ln
        words.append(word)
    assert words == sorted(words) and len(words) == len(set(words))
    licence = DATA.joinpath("ru_wordfreq.LICENSE").read_text(encoding="utf-8")
    assert "CC" in licence or "Creative Commons" in licence
    assert lexicon.zipf("и") > 6 and lexicon.zipf("ответственность") > 4 and lexicon.zipf("qqq") == 0.0
