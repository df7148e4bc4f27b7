"""Speed without a changed byte (issue 15): metadata.date chooses the headline and the date on
the header as it stood before boilerplate.lines; boilerplate.lines has just read that very
text, so it leaves its headline and date in ``doc.meta`` (a scratch key, carried with the
prepared state of the furniture-learning pass to the cleaning pass, often another process),
and the date step takes them instead of analysing the text again, when the text, the known
title and the reference date are all the same.

Held to the plain way: the same records, byte for byte, with the reading and without it, in
every page shape, through the learning pass; a reading of other arguments is not used; the
scratch key never reaches a record."""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path

import pytest

import corpusclean.steps.metadata as metadata_steps
from corpusclean import Pipeline
from corpusclean.document import Document
from corpusclean.furniture import pipeline_with_model
from corpusclean.furniture.learn import STEP_ID, learn_model, prepared_store
from corpusclean.steps.boilerplate import FIRST_READING

sys.path.insert(0, str(Path(__file__).resolve().parent))
from furniture_sites import write_folders  # noqa: E402

SHAPES = ("lines", "joined", "spaced")

# Invented pages: a menu, a headline, a counter glued under the date, a body, a footer.
PAGE_RU = ("Главная Новости Регионы Контакты\n"
           "Маслихат утвердил бюджет района на следующий год\n"
           "14 ноября 2025, 09:20 Просмотров: 310\n"
           "Депутаты районного маслихата на очередной сессии утвердили бюджет на следующий год.\n"
           "Основная часть расходов пойдёт на ремонт школ и дорог в сельских округах.\n"
           "Поделиться: ВКонтакте Telegram WhatsApp\n"
           "© 2025 Районная газета. Все права защищены.")
PAGE_KK = ("Басты бет Жаңалықтар Аймақ Байланыс\n"
           "Аудандық мәслихат келесі жылғы бюджетті бекітті\n"
           "14 қараша 2025, 09:20 Қаралды: 310\n"
           "Аудандық мәслихат депутаттары кезекті сессияда келесі жылға арналған бюджетті бекітті.\n"
           "Шығыстардың негізгі бөлігі ауылдық округтердегі мектептер мен жолдарды жөндеуге жұмсалады.\n"
           "Бөлісу: Facebook Telegram WhatsApp")


def _shaped(page: str, shape: str) -> str:
    lines = page.split("\n")
    return {"lines": "\n".join(lines), "joined": "".join(lines), "spaced": " ".join(lines)}[shape]


def _records(texts, monkeypatch=None, reading=True) -> list[str]:
    if not reading:
        monkeypatch.setattr(metadata_steps, "FIRST_READING", "_corpusclean_no_such_reading")
    out = [json.dumps(d.to_record(), ensure_ascii=False, sort_keys=True) for d in Pipeline().run(texts)]
    if not reading:
        monkeypatch.undo()
    return out


def _analyses_by_the_metadata_steps(monkeypatch) -> list:
    calls = []
    original = metadata_steps.analyse

    def spy(text, known_title=None, reference_date=None):
        calls.append(text)
        return original(text, known_title, reference_date)
    monkeypatch.setattr(metadata_steps, "analyse", spy)
    return calls


@pytest.mark.parametrize("shape", SHAPES)
def test_records_are_the_same_with_the_reading_and_without(monkeypatch, shape):
    texts = [_shaped(PAGE_RU, shape), _shaped(PAGE_KK, shape)]
    assert _records(texts) == _records(texts, monkeypatch, reading=False)


def test_records_are_the_same_for_a_jsonl_field(tmp_path, monkeypatch):
    path = tmp_path / "pages.jsonl"
    path.write_text("".join(json.dumps({"text": _shaped(p, s)}, ensure_ascii=False) + "\n"
                            for p in (PAGE_RU, PAGE_KK) for s in SHAPES), encoding="utf-8")
    assert _records([path]) == _records([path], monkeypatch, reading=False)


def _learned_run(paths) -> list[str]:
    """Records of a learned-furniture run with the prepared state kept (as the command line
    runs), each prepared state sent through pickle as to a worker process."""
    pipeline = Pipeline()
    store = prepared_store(pipeline)
    model = learn_model(paths, pipeline=pipeline, keep=store)
    cleaning = pipeline_with_model(model, pipeline.config, [s.id if s.id == STEP_ID else s for s in pipeline.steps])
    cleaning.prepared_store = store
    return [json.dumps(d.to_record(), ensure_ascii=False, sort_keys=True) for d in cleaning.run(paths)]


@pytest.mark.parametrize("shape", SHAPES)
def test_the_reading_crosses_the_learning_pass_and_saves_the_analysis(tmp_path, monkeypatch, shape):
    folders = write_folders(tmp_path, shape)
    with monkeypatch.context() as m:
        m.setattr(metadata_steps, "FIRST_READING", "_corpusclean_no_such_reading")
        without = _analyses_by_the_metadata_steps(m)
        plain = _learned_run(folders)
    with monkeypatch.context() as m:
        used = _analyses_by_the_metadata_steps(m)
        reused = _learned_run(folders)
    assert reused == plain
    assert len(used) < len(without)
    assert all(FIRST_READING not in r and "_corpusclean_" not in r for r in reused)


def test_a_reading_of_other_arguments_is_not_used():
    """Must stay: a reading left for another text (or another known title) is ignored, and the
    date step analyses the text before the furniture itself."""
    pipeline = Pipeline()
    ids = [s.id for s in pipeline.steps]
    date_at = ids.index("metadata.date")
    text = PAGE_RU

    def until_date(stale):
        doc = Document(text)
        for step in pipeline.steps[:date_at]:
            step(doc)
        if stale is not None:
            doc.meta[FIRST_READING] = stale(doc.meta[FIRST_READING])
        pipeline.steps[date_at](doc)
        return doc.meta.get("published"), getattr(doc, metadata_steps._TITLE_HINT, None)

    right = until_date(None)
    assert right[0] == "2025-11-14T09:20"
    assert right[1] == "Маслихат утвердил бюджет района на следующий год"
    body = "Основная часть расходов пойдёт на ремонт школ и дорог в сельских округах."
    # the same arguments: the reading is what the date step takes (here a false one, to see it)
    assert until_date(lambda r: (*r[:3], body, r[4]))[1] == body
    # other arguments: not taken
    assert until_date(lambda r: (r[0] + " ", r[1], r[2], body, "1999-01-01")) == right
    assert until_date(lambda r: (r[0], "Другой заголовок", r[2], body, "1999-01-01")) == right
    assert until_date(lambda r: (r[0], r[1], "2030-01-01", body, "1999-01-01")) == right


def test_the_scratch_key_never_reaches_a_record():
    doc = Document(PAGE_KK)
    for step in Pipeline().steps[:[s.id for s in Pipeline().steps].index("boilerplate.lines") + 1]:
        step(doc)
    assert FIRST_READING in doc.meta  # a step run alone leaves it ...
    assert "extra" not in doc.to_record()  # ... but the record never shows it
    assert not any(k.startswith(Document.SCRATCH_PREFIX) for k in pickle.loads(pickle.dumps(doc)).to_record())
    done = Pipeline().process(Document(PAGE_KK))
    assert not any(k.startswith(Document.SCRATCH_PREFIX) for k in done.meta)
