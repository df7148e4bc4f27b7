"""Kazakh repair, round 3 (issue 12 item 2): more glued words split on grammar evidence,
misspellings ranked by the length of the stem they rest on, and slips that leave no sign of
damage taken only in long words with one clearly best candidate.  Each "must change" row
sits beside rows that must stay; in a sentence, and as a whole page through ``clean()``.

Sentences are written for these tests (no seed, evaluation or held-out text).
"""

from __future__ import annotations

import pytest

from corpusclean import clean, replay
from corpusclean.document import Document
from corpusclean.edits import sequential_edits
from corpusclean.repair.context import Context
from corpusclean.repair.glued import glued_changes
from corpusclean.repair.kazakh import genitive, longest_stem, possessive_form, root_length
from corpusclean.repair.typos import correct_kazakh, typo_changes


def run(func, text: str, lang: str = "kk") -> tuple[str, list[str]]:
    doc = Document(text)
    doc.meta["lang"] = lang
    new, edits = sequential_edits(text, func(text, Context(text, doc)), "test", "test")
    return new, [e.reason for e in edits]


GLUE_SPLITS = [
    ("Біз өзжоспарымызды орындадық.", "өз жоспарымызды"),  # reflexive + a possessive of any person
    ("Олар өзелдерінде тұрады.", "өз елдерінде"),
    ("Біз бұлқаланың тұрғынымыз.", "бұл қаланың"),  # the closed word wins over бұлқа|ланың
    ("Жиында бағаныңөсуіне назар аударылды.", "бағаның өсуіне"),  # genitive + possessive, short stem
    ("Ол жасалғанжұмысты көрсетті.", "жасалған жұмысты"),  # a participle modifies a noun
    ("Біз кешегіжиналыста сөйледік.", "кешегі жиналыста"),  # an adjective in -гі
    ("Мектеп салыныпжатыр.", "салынып жатыр"),  # converb + the present of жат
    ("Бұл жұмысты орындаукерек.", "орындау керек"),  # a modal predicative
    ("Біз елімізүшін еңбек етеміз.", "еліміз үшін"),  # a postposition after a possessive form
    ("Ол орталығындаболды.", "орталығында болды"),  # possessive + case makes no verb stem
    ("Үкімет бесмиллион теңге бөлді.", "бес миллион"),  # a numeral before a Russian loan
    ("Ол алғаұмтылды.", "алға ұмтылды"),  # a four-letter listed word measured whole
]

GLUE_STAYS = [
    "Ауада өзгерістер болды.",  # өзгеріс is a word, not өз|геріс
    "Олар өзара келісті.",  # өз|ара: no possessive on the second part
    "Сызбада үшбұрыш бар.",  # a numeral compound of a bare noun
    "Терезе горизонталды орналасты.",  # a loan with a Kazakh ending, not горизонт|алды
    "Бұл көпжылдық еңбек.",  # көп|жыл+дық: a derived adjective after a short stem
    "Олар екіжақты келісім жасады.",  # екі|жақ+ты
    "Біз Жаңаөзенде болдық.",  # a capitalised place name made of two words
    "Біз ülkenjetistikke jettik.",  # Latin-script Kazakh
]


@pytest.mark.parametrize("text,expected", GLUE_SPLITS)
def test_glued_kazakh_words_split(text, expected):
    new, reasons = run(glued_changes, text)
    assert expected in new
    assert reasons == ["repair.glued.kazakh"]


@pytest.mark.parametrize("text", GLUE_STAYS)
def test_glued_kazakh_words_stay(text):
    assert run(glued_changes, text)[0] == text


TYPO_CHANGES = [
    ("Бұл жобаға қатысушылыр көп.", "қатысушылар"),  # ы for а in an ending, no sign of damage
    ("Бүгін кәсіпкірлер жиналды.", "кәсіпкерлер"),  # і for е in the stem
    ("Жарысқа спортшылырдың бәрі келді.", "спортшылардың"),
    ("Хат министірлігі арқылы жіберілді.", "министрлігі"),  # a vowel said between consonants
]

TYPO_STAYS = [
    "Кәсіпкірлер жиналды.",  # a capitalised opener: only a lost vowel is put back
    "Халық саны көбейіп келеді.",  # a word the stem list lacks (көп+ей): no sign, no change
    "Біз жұмыстыр.",  # too short for a slip without a sign
    "Ол ұйымдастырушылыр болды.",  # -лар or -лер: no clearly best candidate
    "Бұл қатысушылыр және қатысушылыр.",  # written twice: deliberate
]


@pytest.mark.parametrize("text,expected", TYPO_CHANGES)
def test_kazakh_misspellings_corrected(text, expected):
    new, reasons = run(typo_changes, text)
    assert expected in new
    assert reasons == ["repair.typos.kazakh"]


@pytest.mark.parametrize("text", TYPO_STAYS)
def test_kazakh_misspellings_stay(text):
    assert run(typo_changes, text)[0] == text


def test_known_words_never_corrected_nor_split():
    for word in ("қатысушылар", "кәсіпкерлер", "министрлігі", "өзгерістер", "көпжылдық"):
        assert correct_kazakh(word) is None
        assert run(glued_changes, f"Бұл {word} туралы.")[0] == f"Бұл {word} туралы."


def test_measures_the_rules_use():
    assert root_length("ірі") == 3 and root_length("алға") == 4  # short listed words measured whole
    assert root_length("алды") == 2  # ... unless they read as a verb form (ал+ды)
    assert longest_stem("ерекше") > longest_stem("ерікше")
    assert possessive_form("жоспарымызды") and not possessive_form("жоспар")
    assert genitive("бағаның") and not genitive("баға")


def test_russian_text_untouched():
    text = "Министерство поддержало участников проекта."
    assert run(typo_changes, text, "ru")[0] == text
    assert run(glued_changes, text, "ru")[0] == text


PAGE = """Жаңалықтар
Облыс әкімі биыл өзжоспарымызды толық орындаймыз деді. Бұл жобаға қатысушылыр саны өсті.
Жиында бағаныңөсуіне қатысты мәселе талқыланды. Кәсіпкірлер жаңа бағдарламаны қолдады.
Дереккөз: ҚазАқпарат"""


def test_whole_page_through_clean():
    doc = clean(PAGE)
    assert doc.meta["lang"] == "kk"
    for fixed in ("өз жоспарымызды", "қатысушылар саны", "бағаның өсуіне"):
        assert fixed in doc.text
    assert "Кәсіпкірлер жаңа" in doc.text  # a capitalised opener keeps its spelling
    assert replay(doc.input_text, doc.to_record()["edits"]) == doc.text
    assert clean(doc.text).text == doc.text  # cleaning the output again changes nothing
    assert clean(PAGE).to_record()["text"] == doc.to_record()["text"]  # same input, same output
