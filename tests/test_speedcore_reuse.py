"""Speed without a changed byte (issue 15): the cleaning pass goes on from the state the
furniture-learning pass left each document in, instead of running the steps before
boilerplate.repeated a second time; the learning pass's workers count and the main process
loads the remaining models meanwhile; documents travel to and from workers without the
caches steps keep on them.

Each speed-up is held to the output of the plain way: the same records, byte for byte, on
Russian, Kazakh (Cyrillic) and Kazakh (Latin) sites, in every page shape (one line per
block, blocks joined with nothing, joined with spaces)."""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path

import pytest

from corpusclean import Pipeline
from corpusclean.document import Document
from corpusclean.furniture import pipeline_with_model
from corpusclean.furniture.learn import STEP_ID, FurnitureLearner, candidate_keys, learn_model, prepared_store
from corpusclean.parallel import ordered_map

sys.path.insert(0, str(Path(__file__).resolve().parent))
from furniture_sites import SITES, furniture_lines, write_folders  # noqa: E402

SHAPES = ("lines", "joined", "spaced")


def _clean(paths, reuse: bool, monkeypatch=None, before_cleaning=None):
    """Records of a learned-furniture run (as the command line makes one), and how many
    documents the cleaning pass resumed from the learning pass."""
    resumed = []
    pipeline = Pipeline()
    store = prepared_store(pipeline) if reuse else None
    model = learn_model(paths, pipeline=pipeline, keep=store)
    cleaning = pipeline_with_model(model, pipeline.config, [s.id if s.id == STEP_ID else s for s in pipeline.steps])
    cleaning.prepared_store = store
    if monkeypatch is not None:
        original = Pipeline._resume

        def spy(self, doc, prepared):
            k = original(self, doc, prepared)
            resumed.append((doc.source.get("path"), k))
            return k
        monkeypatch.setattr(Pipeline, "_resume", spy)
    if before_cleaning is not None:
        before_cleaning()
    records = [json.dumps(d.to_record(), ensure_ascii=False, sort_keys=True) for d in cleaning.run(paths)]
    return records, resumed


@pytest.mark.parametrize("shape", SHAPES)
def test_resumed_cleaning_pass_gives_the_same_records(tmp_path, monkeypatch, shape):
    folders = write_folders(tmp_path, shape)
    plain, none = _clean(folders, reuse=False)
    reused, resumed = _clean(folders, reuse=True, monkeypatch=monkeypatch)
    assert none == []
    assert reused == plain
    # every page was resumed, after the steps before boilerplate.repeated
    prefix = [s.id for s in Pipeline().steps].index(STEP_ID)
    assert len(resumed) == len(plain) == len(SITES) * 20
    assert {k for _, k in resumed} == {prefix}


@pytest.mark.parametrize("shape", SHAPES)
def test_learned_furniture_still_goes_and_the_body_stays(tmp_path, shape):
    """Must change: each site's promo and footer (Russian, Kazakh, Latin Kazakh) are removed
    on the resumed pass.  Must stay: a body sentence of every page."""
    reused, _ = _clean(write_folders(tmp_path, shape), reuse=True)
    texts = {}
    for line in reused:
        rec = json.loads(line)
        if rec.get("rejected"):  # a page the dedup stage found to repeat another
            continue
        texts.setdefault(Path(rec["source"]["path"]).parent.name, []).append(rec["text"])
    assert set(texts) == set(SITES)
    for site, pages in texts.items():
        promo_footer = furniture_lines(site)[1:]
        assert not any(line in text for text in pages for line in promo_footer), site
        assert all(len(text.split()) >= 20 for text in pages), site


def test_a_document_changed_between_the_passes_is_cleaned_from_scratch(tmp_path, monkeypatch):
    folders = write_folders(tmp_path, "lines")
    changed = folders[1] / "page_03.txt"  # a Kazakh page
    new_text = changed.read_text(encoding="utf-8").replace("\n", "\nЖаңа сөйлем қосылды.\n", 1)

    reused, resumed = _clean(folders, reuse=True, monkeypatch=monkeypatch,
                             before_cleaning=lambda: changed.write_text(new_text, encoding="utf-8"))
    assert len(resumed) == len(reused) - 1
    assert str(changed) not in {p for p, _ in resumed} and not any(p.endswith("page_03.txt") and "dala" in p
                                                                   for p, _ in resumed)
    # the changed page's record is the one a plain run gives for its new content
    plain, _ = _clean(folders, reuse=False)
    assert reused == plain


def test_steps_other_than_the_store_s_are_not_resumed(tmp_path, monkeypatch):
    """A store made for one pipeline's steps never resumes another pipeline's documents."""
    folders = write_folders(tmp_path, "joined")
    pipeline = Pipeline()
    store = prepared_store(pipeline)
    learn_model(folders, pipeline=pipeline, keep=store)
    other = Pipeline()  # the same step ids, other step objects
    other.prepared_store = store
    docs = list(other.run(folders))
    assert all(d.prepared is None for d in docs)
    assert [d.to_record() for d in docs] == [d.to_record() for d in Pipeline().run(folders)]


@pytest.mark.parametrize("text", [
    "Партия провела съезд в столице. Делегаты избрали новое руководство.\nПодписывайтесь на наш канал!",
    "Қазақстан Парламенті жаңа заң қабылдады. Депутаттар құжатты талқылады.\nБіздің арнаға жазылыңыз!",
])
def test_a_document_crosses_to_a_worker_without_step_caches(text):
    doc = Pipeline().process(Document(text, source={"path": "x.txt"}))
    doc._scratch = object()  # what a step may cache on a document (not picklable here)
    copy = pickle.loads(pickle.dumps(doc))
    assert not [k for k in vars(copy) if k.startswith("_")]
    assert copy.to_record() == doc.to_record()


def test_pipeline_forgets_step_caches_when_done():
    doc = Pipeline().process(Document("Сенат принял закон о выборах.\nСенат заң қабылдады.", source={"path": "x"}))
    assert not [k for k in vars(doc) if k.startswith("_")]
    assert doc.text and doc.prepared is None


@pytest.mark.parametrize("text", [
    "Главная Новости Политика\nМажилис одобрил поправки. Подписывайтесь на наш канал!",
    "Басты бет Жаңалықтар\nМәжіліс түзетулерді мақұлдады.Арнаға жазылыңыз!",
    "Basty bet Jańalyqtar Májilis túzetýlerdi maquldady. Arnaǵa jazylyńyz!",
])
def test_counting_keys_found_in_a_worker_equals_counting_the_text(text):
    a, b = FurnitureLearner(), FurnitureLearner()
    for _ in range(6):
        a.add("site", text)
        b.add_keys("site", candidate_keys(text))
    assert a.model().describe() == b.model().describe()
    assert a.model().describe()["units"] > 0


def _double(x: int) -> int:
    return 2 * x


@pytest.mark.parametrize("jobs", [1, 2])
def test_started_is_called_once_when_the_workers_exist(jobs):
    calls = []
    out = list(ordered_map(_double, range(40), jobs, started=lambda: calls.append(1)))
    assert out == [2 * x for x in range(40)]
    assert calls == ([1] if jobs > 1 else [])
