"""Language identification: hard cases, word lists, determinism across processes, the
``lang.detect`` step and its ``lang.not_accepted`` rejection."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from corpusclean import Config, Pipeline, clean, detect_language, replay
from corpusclean.config import DEFAULT_STEPS
from corpusclean.langid import BACKENDS, LanguageResult

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "lid"
WORDLISTS = sorted((ROOT / "corpusclean" / "data" / "lid").glob("*_function_words.txt"))
DEV_TSV = ROOT.parent / "shared" / "eval" / "lid" / "dev.tsv"


def _hard_cases():
    rows = []
    with (DATA / "hard_cases.tsv").open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            lang, case, text, licence = line.rstrip("\n").split("\t")
            assert licence in ("own", "cv"), line
            rows.append(pytest.param(None if lang == "-" else lang, text, id=f"{case}-{len(rows)}"))
    return rows


HARD = _hard_cases()


# --- the hard cases: short, no Kazakh-only letters, Russian with Kazakh names, Latin Kazakh,
# Ukrainian and Kyrgyz (must not be kk or ru), no letters (None), and English ----------------
@pytest.mark.parametrize("expected, text", HARD)
def test_hard_case(expected, text):
    r = detect_language(text)
    assert r.lang == expected, (text, r)
    assert 0.0 <= r.confidence <= 1.0
    if expected is None:
        assert r.confidence == 0.0


def test_hard_cases_cover_every_kind():
    with (DATA / "hard_cases.tsv").open(encoding="utf-8") as f:
        kinds = {line.split("\t")[1] for line in f if not line.startswith("#") and line.strip()}
    assert {"short", "no_kk_letters", "kazakh_names", "latin", "ukrainian", "kyrgyz", "no_letters"} <= kinds


@pytest.mark.parametrize("text, lang", [
    ("Iraq and Qatar signed a deal.", "en"),  # q in names is not Latin-script Kazakh
    ("Qazaqstan halqy", "kk"),
])
def test_q_words(text, lang):
    assert detect_language(text).lang == lang


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "2024", "«»", "!!!"])
def test_no_letters_is_none(text):
    assert detect_language(text) == LanguageResult(None, 0.0, None)


@pytest.mark.parametrize("text, lang", [
    ("Η κυβέρνηση ανακοίνωσε νέα μέτρα.", "el"),
    ("საქართველოს მთავრობა", "ka"),
    ("정부는 새로운 조치를 발표했다", "ko"),
    ("Die Partei hat einen neuen Vorsitzenden gewählt.", "de"),
    ("Татарстан Республикасы җитәкчесе килде.", "tt"),
    ("قازاقستان رەسپۋبليكاسىنىڭ پرەزيدەنتٴى", "kk"),  # Kazakh in Arabic script (as in China)
    ("الحكومة أعلنت إجراءات جديدة", "ar"),
    ("دولت اقدامات جدیدی را اعلام کرد و گفت", "fa"),
])
def test_other_languages_are_not_kazakh_or_russian(text, lang):
    assert detect_language(text).lang == lang


def test_prior_tips_only_an_undecided_text():
    ambiguous = "— О не?"
    assert detect_language(ambiguous, prior="kk").lang == "kk"
    assert detect_language(ambiguous, prior="ru").lang == "ru"
    clear = "Партия провела съезд в Астане."
    assert detect_language(clear, prior="kk").lang == "ru"


def test_long_text_is_detected_from_its_start():
    text = "Қазақстан осы өңірдегі бейбітшілікті қолдайды. " * 200
    assert detect_language(text).lang == "kk"


def test_unknown_backend_is_an_error():
    with pytest.raises(ValueError, match="known: corpusclean, langdetect"):
        detect_language("текст", backend="fasttext")


def test_langdetect_backend_is_seeded_and_repeatable():
    text = "Партия провела съезд в Астане и приняла новую программу."
    first = detect_language(text, backend="langdetect")
    assert first.lang == "ru"
    assert all(detect_language(text, backend="langdetect") == first for _ in range(5))
    assert detect_language("12:30", backend="langdetect").lang is None


# --- word lists: sorted, unique, lowercase, and no word in two lists -------------------------
@pytest.mark.parametrize("path", WORDLISTS, ids=lambda p: p.name)
def test_wordlist_sorted_unique_lowercase(path):
    words = [w for w in path.read_text(encoding="utf-8").splitlines() if w and not w.startswith("#")]
    assert words == sorted(words)
    assert len(words) == len(set(words))
    assert all(w == w.lower() and w.strip() == w and " " not in w for w in words)


def test_wordlists_do_not_overlap():
    lists = {p.name.split("_")[0]: {w for w in p.read_text(encoding="utf-8").splitlines() if w and not w.startswith("#")}
             for p in WORDLISTS}
    assert set(lists) == {"kk", "ru", "uk", "ky"}
    for a in sorted(lists):
        for b in sorted(lists):
            if a < b:
                assert not lists[a] & lists[b], (a, b, sorted(lists[a] & lists[b]))


def test_kazakh_list_has_no_kazakh_only_letters():
    # words with those letters are already counted by their letters (і is not: Ukrainian has it)
    words = (ROOT / "corpusclean/data/lid/kk_function_words.txt").read_text(encoding="utf-8").split("\n")
    assert not [w for w in words if not w.startswith("#") and set(w) & set("әғқңөұүһ")]


# --- determinism: two separate processes give identical answers ------------------------------
_PROBE = r"""
import json, sys
from corpusclean import detect_language
texts = json.loads(sys.stdin.read())
out = [[detect_language(t, backend=b).to_dict() for b in ("corpusclean", "langdetect")] for t in texts]
print(json.dumps(out, ensure_ascii=False, sort_keys=True))
"""


def test_two_processes_give_identical_results():
    texts = [p.values[1] for p in HARD] + [
        "Он сказал, что придёт.", "Ол келеді.", "Қоғамдық келісім", "Астана", "Nur Otan", "OK"]
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run([sys.executable, "-c", _PROBE], input=json.dumps(texts), capture_output=True,
                              text=True, env=env, timeout=120, check=True)
        outputs.append(proc.stdout)
    assert outputs[0] == outputs[1]
    assert len(json.loads(outputs[0])) == len(texts)


def test_importing_the_step_loads_no_model():
    code = ("import sys, corpusclean.steps.language, corpusclean.langid; "
            "print(sorted(m for m in ('lingua', 'langdetect') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# --- the lang.detect step --------------------------------------------------------------------
KAZAKH_DOC = (
    "Партия жаңа бағдарламасын таныстырды\n"
    "Партияның съезінде жаңа сайлауалды бағдарламасы талқыланып, бірауыздан қабылданды.\n"
    "Съезге облыстардан келген делегаттар мен сарапшылар қатысты.\n"
    "«Мы готовы работать вместе со всеми, кто поддерживает реформы», — сказал гость съезда из Москвы.\n"
    "12.05.2024\n"
)
RUSSIAN_DOC = (
    "Партия представила новую программу\n"
    "На съезде партии обсудили и единогласно приняли новую предвыборную программу.\n"
    "В работе съезда приняли участие делегаты из всех областей и эксперты.\n"
)


STEPS = ["unicode.ftfy", "space.normalize", "lang.detect", "space.paragraphs"]  # this step alone, no other


def _run(text, **config):
    return Pipeline(STEPS, config=Config(**config)).process_text(text)


def _check_replay(doc):
    assert replay(doc.input_text, doc.edits) == doc.text


def test_step_is_in_default_order_before_paragraphs():
    steps = list(DEFAULT_STEPS)
    assert "lang.detect" in steps
    assert steps.index("lang.detect") < steps.index("space.paragraphs")
    assert steps.index("lang.detect") > steps.index("space.normalize")


def test_default_pipeline_sets_lang():
    for text, lang in ((KAZAKH_DOC, "kk"), (RUSSIAN_DOC, "ru")):
        doc = clean(text)
        _check_replay(doc)
        assert doc.meta["lang"] == lang
        assert all(doc.text[s["start"]:s["end"]].strip() for s in doc.meta["paragraph_langs"])


def test_seed_spans_are_the_output_paragraphs(seeds):
    # whatever later steps change, each span still covers exactly one output paragraph
    for path in seeds:
        doc = clean(path.read_bytes(), source=str(path))
        _check_replay(doc)
        spans = doc.meta["paragraph_langs"]
        assert [doc.text[s["start"]:s["end"]] for s in spans] == doc.text.split("\n\n"), path.name
        assert doc.meta["lang"] in ("kk", "ru")


def test_mixed_document_gets_paragraph_spans():
    doc = _run(KAZAKH_DOC)
    _check_replay(doc)
    assert doc.meta["lang"] == "kk"
    assert 0.5 < doc.meta["lang_confidence"] <= 1.0
    spans = doc.meta["paragraph_langs"]
    paragraphs = doc.text.split("\n\n")
    assert [doc.text[s["start"]:s["end"]] for s in spans] == paragraphs  # offsets kept valid to the end
    assert [s["lang"] for s in spans] == ["kk", "kk", "kk", "ru", None]
    assert spans[3]["confidence"] > 0.9
    assert all(set(s) == {"start", "end", "lang", "confidence"} for s in spans)
    rec = doc.to_record()
    assert rec["lang"] == "kk" and rec["paragraph_langs"] == spans


def test_russian_document_quoting_kazakh():
    text = RUSSIAN_DOC + "«Біз бірге жаңа бағдарламаны қолдаймыз», — деді партия төрағасы.\n"
    doc = _run(text)
    _check_replay(doc)
    assert doc.meta["lang"] == "ru"
    assert [s["lang"] for s in doc.meta["paragraph_langs"]] == ["ru", "ru", "ru", "kk"]
    assert 0.5 < doc.meta["lang_confidence"] < 0.9  # a quarter of the letters are Kazakh


def test_short_latin_text_is_not_sure():
    r = detect_language("OK")
    assert r.script == "Latin" and r.confidence <= 0.1


def test_russian_document():
    doc = _run(RUSSIAN_DOC)
    _check_replay(doc)
    assert doc.meta["lang"] == "ru"
    assert {s["lang"] for s in doc.meta["paragraph_langs"]} == {"ru"}


def test_document_without_letters():
    doc = _run("12.05.2024\n18:10\n")
    assert doc.meta["lang"] is None and doc.meta["lang_confidence"] == 0.0
    assert [s["lang"] for s in doc.meta["paragraph_langs"]] == [None, None]


@pytest.mark.parametrize("accept, text, rejected", [
    (("kk",), KAZAKH_DOC, False),
    (("kk", "ru"), RUSSIAN_DOC, False),
    ((), RUSSIAN_DOC, False),
    (("kk",), RUSSIAN_DOC, True),
    (("ru",), KAZAKH_DOC, True),
    (("kk", "ru"), "12.05.2024\n", True),
])
def test_accept_langs(accept, text, rejected):
    doc = _run(text, accept_langs=accept)
    if not rejected:
        assert doc.rejection is None
        _check_replay(doc)
        return
    assert doc.rejection is not None
    assert doc.rejection.code == "lang.not_accepted"
    assert doc.rejection.step == "lang.detect"
    for lang in accept:
        assert lang in doc.rejection.detail
    assert ("'ru'" in doc.rejection.detail) or ("'kk'" in doc.rejection.detail) or ("no language" in doc.rejection.detail)


def test_langdetect_backend_in_the_step():
    doc = _run(RUSSIAN_DOC, options={"lang.detect": {"backend": "langdetect"}})
    assert doc.meta["lang"] == "ru"
    _check_replay(doc)


def test_unknown_backend_in_the_step_is_a_config_error():
    from corpusclean.config import ConfigError

    with pytest.raises(ConfigError, match="backend"):
        Pipeline(config=Config(options={"lang.detect": {"backend": "nope"}}))
    assert BACKENDS == ("corpusclean", "langdetect")


def test_docs_language_examples_run():
    import doctest

    failures, tried = doctest.testfile(str(ROOT / "docs" / "language.md"), module_relative=False,
                                       optionflags=doctest.NORMALIZE_WHITESPACE)
    assert tried >= 3 and failures == 0


# --- the shared dev set (skipped when ../shared is absent) -----------------------------------
@pytest.mark.skipif(not DEV_TSV.is_file(), reason="../shared is absent")
def test_dev_set_accuracy():
    n, ok = {}, {}
    with DEV_TSV.open(encoding="utf-8", newline="") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row[0] == "lang":
                continue
            gold, text = row[0], row[-1]
            n[gold] = n.get(gold, 0) + 1
            ok[gold] = ok.get(gold, 0) + (detect_language(text).lang == gold)
    for lang in n:
        assert ok[lang] / n[lang] >= 0.995, (lang, ok[lang], n[lang])
    assert sum(ok.values()) / sum(n.values()) >= 0.998


# --- any text: no exception, a confidence in [0, 1], the same answer twice ------------------
from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)
       | st.text(alphabet="қазақ орыс ӘҒҚҢӨҰҮҺІ abcq éñ\u0456i 0-9«»\n", max_size=60))
def test_any_text(text):
    r = detect_language(text)
    assert 0.0 <= r.confidence <= 1.0
    if r.lang is None:
        assert r.confidence == 0.0
    if not any(ch.isalpha() for ch in text):
        assert r.lang is None
    assert detect_language(text) == r


def test_lone_surrogate_does_not_crash():
    r = detect_language("Партия \ud800 провела съезд в Астане.")
    assert r.lang == "ru"
