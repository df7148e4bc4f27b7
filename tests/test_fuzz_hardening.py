"""Issue 10's fuzz suite: generated and mutated inputs through ``clean()``, ``Pipeline.run`` on
JSONL bytes and the command line on folders.  For every input: no exception, the edit log
replays exactly, every record is schema-valid strict JSON, documents in = records +
rejections, and cleaning the fixed form again changes nothing (idempotence).

Bounded and repeatable: ``deadline=None`` (a loaded machine is no failure), derandomised when
the ``CI`` environment variable is set, and ``CORPUSCLEAN_FUZZ_EXAMPLES=N`` runs N examples per
test instead of the default (the default run takes well under a minute).
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpusclean import Pipeline, clean, replay
from corpusclean.cli import EXIT_OK, _record_line, main
from corpusclean.hook import fixed_form

ROOT = Path(__file__).resolve().parent.parent


def _examples(default: int) -> int:
    return int(os.environ.get("CORPUSCLEAN_FUZZ_EXAMPLES", default))


def fuzz(default_examples: int):
    return settings(max_examples=_examples(default_examples), deadline=None, derandomize=bool(os.environ.get("CI")),
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much, HealthCheck.function_scoped_fixture])


# --- material ------------------------------------------------------------------------------

# Real-like sentences: the embedded seeds' lines (cut to sentences) plus our own Kazakh, in
# Cyrillic and in the 2021 Latin alphabet.
_SEED_LINES = [line.strip() for p in sorted((ROOT / "seeds").glob("*.txt"))
               for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
SENTENCES = sorted({s.strip() + "." for line in _SEED_LINES for s in line.split(". ") if len(s.strip()) > 20})[:120] + [
    "Облыстық мәслихат депутаттары келесі жылғы бюджет жобасын талқылады.",
    "«AMANAT» партиясының съезі Астанада өтті.",
    "Máslihat depýtattary kelesi jylǵy bıýdjet jobasyn talqylady.",
    "Партия «Ак жол» провела съезд, а «Nur Otan» переименовали в AMANAT.",
]
# Page furniture and damage a scraper brings along.
FURNITURE = ["Главная | Новости | Политика", "Теги: политика, выборы", "Читайте также:", "Поделиться",
             "Фото: пресс-служба", "12 марта 2024, 10:15", "Просмотров: 1234", "Тeги: съезд", "| а | а | а |",
             'title: "x"', "Источник: Kazinform", "---"]
DAMAGE = ["\u00a0", "\u200b", "\u00ad", "\u2028", "\u2029", "  ", "\t", "e", "a", "o", "Ã©", "&amp;", "\r",
          "\ufeff", "!!", ",", ".", "«", "»", "(", ")", "\x07", "\ud800"]

ALPHABET = st.sampled_from(list("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЕКМНОРСТХ әғқңөұүһіӘҒҚҢӨҰҮҺІ"
                                "abcekmopxyqǵńúıý .,;:!?«»\"'()-—–\n\t0123456789#|*/\\")
                       + [c for c in DAMAGE if len(c) == 1])


@st.composite
def damaged(draw, text_strategy):
    """A text with a few characters of damage inserted, deleted or swapped in."""
    text = draw(text_strategy)
    for _ in range(draw(st.integers(0, 4))):
        if not text:
            break
        i = draw(st.integers(0, len(text)))
        op = draw(st.sampled_from(["insert", "delete", "glue"]))
        if op == "insert":
            text = text[:i] + draw(st.sampled_from(DAMAGE)) + text[i:]
        elif op == "delete":
            text = text[:i] + text[i + 1:]
        else:  # words run together: a space removed
            j = text.find(" ", i)
            if j >= 0:
                text = text[:j] + text[j + 1:]
    return text


@st.composite
def page(draw):
    """A page in one of the shapes scrapers write: one line per block, blocks joined with
    nothing or with spaces into one line (a one-line dump)."""
    blocks = draw(st.lists(st.one_of(st.sampled_from(SENTENCES), st.sampled_from(FURNITURE)), min_size=1, max_size=8))
    joiner = draw(st.sampled_from(["\n", "\n\n", "", " "]))
    return joiner.join(blocks)


TEXTS = st.one_of(damaged(page()), st.text(ALPHABET, max_size=200), damaged(st.text(ALPHABET, max_size=80)))


def _no_surrogates(text: str) -> str:
    return text.encode("utf-8", "replace").decode("utf-8")


# --- checks --------------------------------------------------------------------------------

def check_record(doc, record_validator) -> dict:
    line = _record_line(doc, keep_input=False)
    assert "\u2028" not in line and "\u2029" not in line and "\n" not in line
    rec = json.loads(line, parse_constant=lambda name: (_ for _ in ()).throw(AssertionError(name)))
    record_validator.validate(rec)
    if not rec.get("rejected"):
        assert replay(doc.input_text, rec["edits"]) == rec["text"]
    return rec


def check_idempotent(doc, **options) -> None:
    """The fixed form (what the fix hook writes) cleaned again gives the same fixed form."""
    if doc.rejection is not None:
        return
    fixed = fixed_form(doc)
    again = clean(fixed, **options)
    assert again.rejection is None, (fixed, again.rejection)
    assert fixed_form(again) == fixed, [(e.step, e.before, e.after) for e in again.edits]


# --- clean() -------------------------------------------------------------------------------

@fuzz(40)
@given(text=TEXTS)
def test_fuzz_clean_text_never_raises_replays_and_is_idempotent(text, record_validator):
    doc = clean(text)
    check_record(doc, record_validator)
    check_idempotent(doc)


@fuzz(25)
@given(raw=st.one_of(st.binary(max_size=300), TEXTS.map(lambda t: _no_surrogates(t).encode("cp1251", "replace")),
                     TEXTS.map(lambda t: _no_surrogates(t).encode("kz1048", "replace"))))
def test_fuzz_clean_bytes_never_raises_and_replays(raw, record_validator):
    doc = clean(raw)
    check_record(doc, record_validator)
    check_idempotent(doc)


# --- Pipeline.run on JSONL bytes ---------------------------------------------------------

BAD_JSON_LINES = [b"[" * 3000, b'{"text": "x", "n": ' + b"9" * 5000 + b"}", b'{"text": "x", "s": NaN}',
                  b'{"text": "\\ud800"}', b'{"text": ', b"\x00\xff\xfe", b'{"body": "x"}', b'{"text": 5}', b"[1, 2]",
                  b'{"text": "a\x00b"}', b'{"text": "   "}']


@st.composite
def jsonl_lines(draw):
    lines = []
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["good", "good", "legacy", "bad", "blank"]))
        text = _no_surrogates(draw(TEXTS))
        extra = draw(st.sampled_from([{}, {"url": "https://example.kz/a"}, {"author": "Иванов\u2028Петров"},
                                      {"n": 1.5, "tags": ["a", "b"]}]))
        if kind == "good":
            lines.append(json.dumps({"text": text, **extra}, ensure_ascii=draw(st.booleans())).encode("utf-8"))
        elif kind == "legacy":
            lines.append(json.dumps({"text": text}, ensure_ascii=False).encode(draw(st.sampled_from(["cp1251", "kz1048"])), "replace"))
        elif kind == "bad":
            lines.append(draw(st.sampled_from(BAD_JSON_LINES)))
        else:
            lines.append(b"   ")
    return lines


@fuzz(20)
@given(lines=jsonl_lines(), ending=st.sampled_from([b"\n", b"\r\n"]))
def test_fuzz_pipeline_run_on_jsonl_bytes_keeps_every_line(lines, ending, record_validator):
    raw = ending.join(lines) + ending
    # Forced to JSONL: unnamed bytes are sniffed, and a first line that is no JSON object is text.
    docs = list(Pipeline(input_kind="jsonl").run([raw]))
    content = [line for line in lines if line.strip()]
    assert len(docs) == max(1, len(content))  # one document per line with content (an empty file: one rejection)
    for doc in docs:
        check_record(doc, record_validator)


# --- the command line on folders ---------------------------------------------------------

@fuzz(8)
@given(files=st.lists(st.one_of(TEXTS.map(lambda t: ("txt", _no_surrogates(t).encode("utf-8"))),
                                jsonl_lines().map(lambda ls: ("jsonl", b"\n".join(ls) + b"\n")),
                                st.binary(max_size=200).map(lambda b: ("txt", b))),
                      min_size=1, max_size=4))
def test_fuzz_cli_on_a_folder_accounts_for_every_document(tmp_path_factory, files, record_validator):
    folder = tmp_path_factory.mktemp("in")
    expected = 0
    for n, (ext, raw) in enumerate(files):
        (folder / f"{n:02d}.{ext}").write_bytes(raw)
        if ext == "jsonl":
            expected += max(1, sum(1 for line in raw.split(b"\n") if line.strip()))
        else:
            expected += 1
    rejects = folder.parent / f"{folder.name}-rejects.jsonl"
    out, err = io.StringIO(), io.StringIO()
    code = main([str(folder), "--rejects", str(rejects)], stdout=out, stderr=err)
    assert code == EXIT_OK and "Traceback" not in err.getvalue()
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    rejected = [json.loads(line) for line in rejects.read_text(encoding="utf-8").splitlines()]
    assert len(records) + len(rejected) == expected
    for rec in records + rejected:
        record_validator.validate(rec)
