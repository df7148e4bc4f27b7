"""Kazakh repair (issue 12 item 2): glued words split next to closed-class words, converbs
and possessed nouns; one wrong letter (Kazakh letters typed as Russian ones) or two swapped
neighbours corrected where the word shows a sign of that damage.  Each "must change" row
sits beside rows that must stay, in Kazakh and Russian, and in three page shapes (one
line per block, blocks joined with spaces, blocks joined with nothing).

Sentences are written for these tests (no seed or evaluation text).
"""

from __future__ import annotations

import pytest
from shared_checks import check_page_shape

from corpusclean import Pipeline
from corpusclean.document import Document
from corpusclean.edits import sequential_edits
from corpusclean.repair import kazakh
from corpusclean.repair.context import Context
from corpusclean.repair.glued import glued_changes, split_kazakh
from corpusclean.repair.lexicon import is_word, word_list
from corpusclean.repair.typos import correct_kazakh, typo_changes

REPAIR_STEPS = ["repair.homoglyphs", "repair.spacing", "repair.glued", "repair.typos"]


def run(func, text: str, lang: str = "kk") -> tuple[str, list[str]]:
    doc = Document(text)
    doc.meta["lang"] = lang
    new, edits = sequential_edits(text, func(text, Context(text, doc)), "test", "test")
    return new, [e.reason for e in edits]


# --- glued Kazakh words -------------------------------------------------------------------

GLUED_CHANGES = [
    ("Үкімет бұлжобаны қолдады.", "бұл жобаны"),  # a closed-class word first (short stem)
    ("Бұл шешім халқымызүшін маңызды.", "халқымыз үшін"),  # a postposition second
    ("Облыс әкімдігіүшін өте маңызды.", "әкімдігі үшін"),  # -лық/-лік noun with voicing + px3
    ("Құрылыс жұмыстары жалғасыпкеледі.", "жалғасып келеді"),  # converb + verb
    ("Министр бұл мәселені атапөтті.", "атап өтті"),  # converb + auxiliary on a short root
    ("Жобаның мақсатыбелгілі болды.", "мақсаты белгілі"),  # a possessed noun ends its word
]

GLUED_STAYS = [
    "Көшбасшы дүниежүзілік екіжақты келісімшартқа қол қойды.",  # compounds
    "Ауыл шаруашылығынашар дамыды.",  # шаруашылығы|нашар or шаруашылығына|шар: ambiguous
    "Біз Бұлжобаны көрдік.",  # capitalised mid-sentence: a name
    "Біз bul jobany kördik.",  # Latin-script Kazakh
    "Біз бұлjobany көрдік.",  # mixed script
    "Ол бұлжобаны, бұлжобаны көрді.",  # the same spelling twice: deliberate
    "Ол дерекқорларына қосылды.",  # дерек|қор+лар+ы+на: a compound on a short head stem
]


@pytest.mark.parametrize("text,expected", GLUED_CHANGES)
def test_glued_kazakh_splits(text, expected):
    new, reasons = run(glued_changes, text)
    assert expected in new
    assert reasons == ["repair.glued.kazakh"]


@pytest.mark.parametrize("text", GLUED_STAYS)
def test_glued_kazakh_stays(text):
    assert run(glued_changes, text)[0] == text


def test_kazakh_rules_stay_out_of_russian_text():
    text = "Правительство поддержало этот проект, бұлжобаны и маселе."
    assert run(glued_changes, text, "ru")[0] == text
    assert run(typo_changes, text, "ru")[0] == text


def test_function_words_are_words_and_no_suffix():
    """The closed-class list holds known Kazakh words only, none of which is also an
    ending (мен, да would split инструменталь forms: Қазақстанмен)."""
    words = word_list("kk_function_words.txt")
    assert len(words) > 100
    assert all(is_word(w, "kk") for w in words)
    assert not words & kazakh.suffix_strings()
    assert not words & {"бір", "екі", "үш", "он", "мың", "сол", "көп", "тек"}  # open compounds


@pytest.mark.parametrize("word", ["азаматтығын", "басшылығына", "меншігіне", "арзанырақ", "дайынбыз"])
def test_coverage_of_lik_nouns_comparatives_and_personal_endings(word):
    assert is_word(word, "kk"), word


@pytest.mark.parametrize("word", ["азаматтығыңыңы", "арзанырақырақ", "дайынмызбыз"])
def test_coverage_stays_grammatical(word):
    assert not is_word(word, "kk")


def test_split_needs_one_reading():
    assert split_kazakh("шаруашылығынашар") is None
    assert split_kazakh("бұлжобаны") == ["бұл", "жобаны"]


# --- Kazakh wrong letters and swaps -------------------------------------------------------

TYPO_CHANGES = [
    ("Бұл өте маңызды маселе.", "мәселе"),  # а for ә: the other vowels are front
    ("Бұл мемлекеттик бағдарлама.", "мемлекеттік"),  # и for і between consonants
    ("Зауыттың жумысшылары келді.", "жұмысшылары"),  # у for ұ between consonants
    ("Оқушылар мектепқе барды.", "мектепке"),  # қ beside a front vowel
    ("Мемлекеттік бағдралама қабылданды.", "бағдарлама"),  # a swap leaves гдр
    ("Бүгін ардагрлер жиналды.", "ардагерлер"),  # a lost vowel (as before)
]

TYPO_STAYS = [
    "Уганда Республикасы туралы.",  # a capitalised opener: only a lost vowel is undone
    "Біз Маселе деген кісімен сөйлестік.",  # capitalised mid-sentence: a name
    "Компания инвестиция тартты.",  # loans the lexicon lacks, with no sign of damage
    "Бұл біздңі үй.",  # біздің (a swap) or біздіңі (a lost vowel): ambiguous
    "Ол казақтың тілінде сөйледі.",  # қазақтың or the loan казак+тың: ambiguous
    "Бұл маселе және маселе.",  # written twice: deliberate
    "Bul maṅyzdy masele.",  # Latin script
    "Бұл маceле.",  # mixed script (Latin c, e)
]


@pytest.mark.parametrize("text,expected", TYPO_CHANGES)
def test_kazakh_typos_corrected(text, expected):
    new, reasons = run(typo_changes, text)
    assert expected in new
    assert reasons == ["repair.typos.kazakh"]


@pytest.mark.parametrize("text", TYPO_STAYS)
def test_kazakh_typos_stay(text):
    assert run(typo_changes, text)[0] == text


def test_known_words_are_never_corrected():
    for word in ("мәселе", "мемлекеттік", "жұмысшылары", "мектепке", "бағдарлама", "қазақтың"):
        assert is_word(word, "kk") and correct_kazakh(word) is None


def test_capitalised_openers_only_get_a_lost_vowel_back():
    assert correct_kazakh("маселе") == "мәселе"
    assert correct_kazakh("маселе", lost_vowel_only=True) is None
    assert correct_kazakh("ардагрлер", lost_vowel_only=True) == "ардагерлер"


# --- page shapes: one line per block, joined with spaces, joined with nothing ---------------

BLOCKS = ["Жаңалықтар", "Үкімет бұлжобаны қолдады.", "Бұл өте маңызды маселе.", "Дереккөз: ҚазАқпарат"]
FIXED = ["бұл жобаны", "маңызды мәселе"]
KEPT = ["ҚазАқпарат", "Жаңалықтар"]


@pytest.mark.parametrize("sep", ["\n", " ", ""], ids=["lines", "spaces", "nothing"])
def test_page_shapes(sep):
    check_page_shape(REPAIR_STEPS, BLOCKS, sep, FIXED, KEPT)


def test_russian_page_is_untouched_by_kazakh_rules():
    text = "Новости\nПравительство поддержало проект.\nИсточник: Казинформ"
    doc = Pipeline(REPAIR_STEPS).process_text(text)
    assert not [e for e in doc.edits if e.reason.endswith(".kazakh")]


def test_same_input_same_output():
    text = "\n".join(BLOCKS)
    first = Pipeline(REPAIR_STEPS).process_text(text)
    second = Pipeline(REPAIR_STEPS).process_text(text)
    assert first.text == second.text and first.edits == second.edits


@pytest.mark.parametrize("name", ["kk_function_words.txt", "kk_auxiliary_verbs.txt"])
def test_kazakh_word_lists_sorted_unique_and_known(name):
    from importlib import resources

    lines = resources.files("corpusclean").joinpath("data", "repair", name).read_text(encoding="utf-8").splitlines()
    words = [ln for ln in lines if not ln.startswith("#")]
    assert words and words == sorted(words) and len(words) == len(set(words))
    assert all(w and " " not in w for w in words)


def test_auxiliaries_are_verb_roots():
    assert all(kazakh.verb_root(w) == w for w in word_list("kk_auxiliary_verbs.txt"))
