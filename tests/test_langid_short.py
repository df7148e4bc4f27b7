"""Issue 14: language on short and mixed text.  Kazakh without Kazakh-only letters, short
social-media lines, numbered list items, lines with a Latin brand or an @handle, Latin-script
Kazakh, a Kazakh sentence with a Russian title; the neighbours' language as a prior in
``lang.detect``; the output-preserving shortcuts; ``KNOWN_LANGUAGES``."""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path

import pytest

from corpusclean import clean, detect_language
from corpusclean import langid
from corpusclean.langid import KNOWN_LANGUAGES

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("text, lang", [
    # Kazakh without ә ғ қ ң ө ұ ү һ і is not Kyrgyz: loanwords spelt with к/г + а о у
    ("Оның отыздан астамы — күн электр станциялары.", "kk"),
    ("Вагондары бос.", "kk"),
    ("Инвестиция керек, экономика жатыр.", "kk"),
    ("Ноутбугы жаңа.", "kk"),
    # ... while Kyrgyz with its own spelling or words stays Kyrgyz
    ("Кыргызстандын борбору — Бишкек шаары.", "ky"),
    ("Мен азыр үйдөмүн.", "ky"),
    # short Russian lines are not Bulgarian or Ukrainian without those languages' letters or words
    ("@Zhirinovskiy сам проверил.", "ru"),
    ("-- Але!", "ru"),
    ("Пишите в Telegram.", "ru"),
    ("Samsung Galaxy S24 за 300 тысяч?", "ru"),
    # ... and Ukrainian or Bulgarian with them stays so
    ("Але ж він не прийшов.", "uk"),
    ("Вони будуть тут завтра, але без нас.", "uk"),
    ("Това е България.", "bg"),
    # Latin-script Kazakh (2018 acute and 2021) stays Kazakh
    ("Buǵan deıin Qyrǵyzstan men Qazaqstan kelisimge keldi.", "kk"),
    ("Bügın Astanada kün aşyq.", "kk"),
    ("«Aq jol» partııasy saılaýǵa daıyn.", "kk"),
    # a Kazakh sentence with a Russian title inside stays Kazakh
    ("Ол «Российская газета» басылымына сұхбат берді.", "kk"),
    ("Министр «Цифровой Казахстан» бағдарламасы туралы айтты.", "kk"),
    # must-stay rows: ordinary Russian and Kazakh sentences
    ("Партия провела съезд в Астане.", "ru"),
    ("Қазақстан осы өңірдегі бейбітшілікті қолдайды.", "kk"),
])
def test_short_and_mixed_lines(text, lang):
    assert detect_language(text).lang == lang, text


def test_a_line_of_brands_and_handles_with_no_cyrillic_stays_latin():
    assert detect_language("Samsung Galaxy S24 Ultra").script == "Latin"
    assert detect_language("@Zhirinovskiy сам проверил.").script == "Cyrillic"


@pytest.mark.parametrize("joiner", ["\n", "\n\n"])
def test_neighbouring_paragraphs_are_the_prior(joiner):
    ru = ["Сегодня в Астане прошло заседание правительства, на котором обсуждали бюджет.",
          "2. Квадрокоптер DJI Phantom 2 Vision+.",
          "Премьер-министр поручил министерствам подготовить предложения к концу месяца."]
    kk = ["Бүгін Алматыда жаңа вокзал ашылды, оған мыңдаған адам келді.",
          "2. Квадрокоптер DJI Phantom 2 Vision+.",
          "Қазақстан үкіметі бұл жобаны қолдайтынын мәлімдеді."]
    for lines, lang in ((ru, "ru"), (kk, "kk")):
        text = joiner.join(lines)
        doc = clean(text, steps=["lang.detect"])
        assert [s["lang"] for s in doc.meta["paragraph_langs"]] == [lang] * 3


def test_a_kazakh_block_inside_a_russian_page_takes_its_neighbours_language():
    lines = ["Сегодня в Астане прошло заседание правительства, на котором обсуждали бюджет страны.",
             "Министр финансов представил отчёт о доходах и расходах за прошлый год.",
             "Депутаты задали вопросы о расходах на образование и здравоохранение.",
             "Бүгін Алматыда жаңа вокзал ашылды, оған мыңдаған адам келді.",
             "Вагондары бос.",
             "Қазақстан үкіметі бұл жобаны қолдайтынын мәлімдеді."]
    doc = clean("\n".join(lines), steps=["lang.detect"])
    assert doc.meta["lang"] == "ru"
    assert [s["lang"] for s in doc.meta["paragraph_langs"]] == ["ru", "ru", "ru", "kk", "kk", "kk"]


def _texts():
    rows = [r[-1] for r in csv.reader((ROOT / "benchmarks" / "data" / "lid_short_lines.tsv").open(encoding="utf-8"),
                                      delimiter="\t", quoting=csv.QUOTE_NONE) if r and not r[0].startswith(("#", "lang"))]
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    paragraphs = [line for s in seeds for line in s.splitlines() if line.strip()]
    return rows + paragraphs + seeds


def test_skipping_the_model_when_words_settle_it_changes_no_answer(monkeypatch):
    texts = _texts()
    fast = [detect_language(t) for t in texts]
    monkeypatch.setattr(langid, "SETTLED_MARGIN", math.inf)  # always ask the model
    langid._lingua_probs_cached.cache_clear()
    slow = [detect_language(t) for t in texts]
    assert fast == slow
    calls = []
    monkeypatch.setattr(langid, "SETTLED_MARGIN", 10.0)
    real = langid._lingua_probs
    monkeypatch.setattr(langid, "_lingua_probs", lambda *a: calls.append(1) or real(*a))
    [detect_language(t) for t in texts]
    assert 0 < len(calls) < len(texts)  # some were settled by words alone, not all


def test_known_languages_cover_every_answer():
    assert {"kk", "ru", "uk", "be", "ky", "bg", "tt", "ba", "en", "de", "zh", "ar"} <= KNOWN_LANGUAGES
    assert all(len(c) == 2 and c.islower() for c in KNOWN_LANGUAGES)
    for text in _texts()[:200] + ["Γειά σου κόσμε", "שלום עולם", "The congress opened in Astana."]:
        r = detect_language(text)
        assert r.lang is None or r.lang in KNOWN_LANGUAGES, (text, r)
    json.dumps(sorted(KNOWN_LANGUAGES))


@pytest.mark.parametrize("text", ["Qala jabyq.", "Jıyn bolady."])
def test_a_short_latin_kazakh_line_in_a_kazakh_document_stays_kazakh(text):
    assert detect_language(text, prior="kk").lang == "kk"
    assert detect_language("Read more", prior="kk").lang == "en"  # must stay: English is not Kazakh
    page = "\n".join(["Búgin Astanada Úkimet otyrysy ótti, onda bıýjet máselesi qaraldy.", text,
                      "Mınıstrler jańa baǵdarlamany usyndy."])
    doc = clean(page, steps=["lang.detect"])
    assert [s["lang"] for s in doc.meta["paragraph_langs"]] == ["kk", "kk", "kk"]
