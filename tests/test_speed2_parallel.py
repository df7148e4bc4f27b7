"""-j N without a changed byte (issue 15, round 5): the language models a run reaches are
loaded before worker processes fork, and the main process of the furniture-learning pass
joins its workers once it has loaded the cleaning pass's models.

Each is held to the plain way: the same answers, the same records, byte for byte, on the
seeds, the test pages and the dev sets' pages (Russian, Kazakh) in every page shape a
scraper writes (one line per block, blocks joined with nothing, joined with spaces)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from corpusclean import Pipeline
from corpusclean.cli import EXIT_OK, main
from corpusclean.parallel import MAX_BATCH, _pool_size, ordered_map
from corpusclean.steps import Annotator

ROOT = Path(__file__).resolve().parent.parent
DEV_SETS = [ROOT / "benchmarks" / "data" / name for name in ("heldout_2026_12c", "heldout_2026_12d")]
GLUES = (("lines", None), ("joined", ""), ("spaced", " "))


def _shaped(raw: str, glue: str | None) -> str:
    """A page dump in one of the shapes scrapers write (as benchmarks/heldout/shape_dumps.py)."""
    if glue is None:
        return raw
    return glue.join(line.strip() for line in raw.splitlines() if line.strip()) + "\n"


@pytest.fixture(scope="module")
def varied_folder(tmp_path_factory) -> Path:
    """The dev sets' pages by site (six pages a site: the learning pass learns each site's
    furniture) in the three shapes, the seeds and the test pages."""
    root = tmp_path_factory.mktemp("speed2_corpus")
    for shape, glue in GLUES:
        for dev in DEV_SETS:
            for page in sorted((dev / "bysite").glob("*/*.txt")):
                dst = root / shape / dev.name / page.parent.name / page.name
                dst.parent.mkdir(parents=True, exist_ok=True)
                dst.write_text(_shaped(page.read_text(encoding="utf-8"), glue), encoding="utf-8")
    for extra in sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "data" / "pages").glob("*.txt")):
        dst = root / "extra" / extra.parent.name / extra.name
        dst.parent.mkdir(parents=True, exist_ok=True)
        dst.write_bytes(extra.read_bytes())
    return root


def _cli(argv) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--no-project-config", *argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_jobs_2_gives_the_bytes_of_jobs_1_on_the_dev_pages_in_every_shape(varied_folder):
    one = _cli(["-j", "1", str(varied_folder)])
    two = _cli(["-j", "2", str(varied_folder)])
    assert one == two
    assert one[0] == EXIT_OK
    records = [json.loads(line) for line in one[1].splitlines()]
    rejected = one[2].count("corpusclean: rejected ")  # mostly the same page in another shape
    assert len(records) + rejected == len(list(varied_folder.rglob("*.txt"))) > 150
    assert len(records) > 60
    assert {"kk", "ru"} <= {r.get("lang") for r in records}


# --- the main process joins the learning pass's workers ----------------------------------

def _double_where(x: int) -> tuple[int, int]:
    return 2 * x, os.getpid()


def test_pool_has_one_worker_fewer_when_the_main_process_joins():
    assert _pool_size(2, lambda: True) == 1
    assert _pool_size(4, lambda: True) == 3
    assert _pool_size(2, None) == 2  # must stay: without joins, as many workers as jobs
    assert _pool_size(1, lambda: True) == 1


def test_main_process_computes_batches_once_it_joins_and_the_order_holds():
    """Must change: with ``joins`` true, the main process computes some batches itself.
    Must stay: the results, in input order; the first batch still goes to a worker."""
    out = list(ordered_map(_double_where, range(400), 2, joins=lambda: True))
    assert [v for v, _ in out] == [2 * x for x in range(400)]
    pids = [pid for _, pid in out]
    assert os.getpid() in pids
    assert pids[0] != os.getpid()
    assert len(set(pids)) == 2  # one worker and this process


def test_main_process_computes_nothing_before_it_joins():
    """Must stay: while ``joins()`` is false (the models still loading) every batch goes to
    the pool; once it turns true, the main process takes batches too."""
    free = threading.Event()
    seen = []

    def items():
        for x in range(300):
            if x == 150:
                free.set()
            seen.append(x)
            yield x

    out = list(ordered_map(_double_where, items(), 2, joins=free.is_set))
    assert [v for v, _ in out] == [2 * x for x in range(300)]
    here = [i for i, (_, pid) in enumerate(out) if pid == os.getpid()]
    assert here and min(here) > 150 - MAX_BATCH  # the batch being read when it turned true, at the earliest


# --- language models loaded before the fork -----------------------------------------------

class _Spy(Annotator):
    id = "test.spy"
    version = "1"
    defaults = {}
    preloaded = 0

    def annotate(self, doc) -> None:
        pass

    def preload(self) -> None:
        type(self).preloaded += 1


def test_pipeline_load_preloads_every_step_and_a_run_of_one_process_does_not():
    spy = _Spy()
    pipeline = Pipeline([spy, "space.normalize"])
    list(pipeline.run(["Первый абзац.\n\nВторой абзац."]))
    assert _Spy.preloaded == 0  # must stay: one process loads a model when a document needs it
    pipeline.load()
    assert _Spy.preloaded == 1  # must change: before a fork, everything loads


@pytest.mark.parametrize("backend, loads", [("corpusclean", True), ("langdetect", False)])
def test_lang_detect_preloads_lingua_only_for_the_backend_that_uses_it(monkeypatch, backend, loads):
    import corpusclean.langid as langid
    from corpusclean.steps.language import DetectLanguage

    calls = []
    monkeypatch.setattr(langid, "load_models", lambda: calls.append(1))
    DetectLanguage(backend=backend).preload()
    assert calls == ([1] if loads else [])


_DETECT_ALL = r"""
import json, sys
from pathlib import Path
from corpusclean import langid
if sys.argv[1] == "preload":
    langid.load_models()
texts = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
answers = []
for text in texts:
    for prior in (None, "kk", "ru"):
        r = langid.detect_language(text, prior=prior)
        answers.append([r.lang, r.confidence, r.script])
print(json.dumps(answers))
"""


def test_preloaded_models_give_the_same_answers_as_models_loaded_on_first_use(varied_folder, tmp_path):
    """Every paragraph of the varied pages and every hard case of tests/data/lid, with and
    without ``load_models()`` first, each in a fresh interpreter (lingua's models are
    process-wide): the same language, confidence and script."""
    texts = []
    for page in sorted(varied_folder.glob("*/*/*/*.txt")) + sorted(varied_folder.glob("extra/*/*.txt")):
        texts.extend(p.strip() for p in page.read_text(encoding="utf-8").splitlines() if p.strip())
    for line in (ROOT / "tests" / "data" / "lid" / "hard_cases.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            texts.append(line.split("\t")[2])  # expected, case, text, licence
    texts = sorted(set(texts))
    assert any("і" in t for t in texts) and any("ў" in t or "ї" in t or "є" in t for t in texts)
    path = tmp_path / "texts.json"
    path.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    runs = {mode: subprocess.run([sys.executable, "-c", _DETECT_ALL, mode, str(path)], capture_output=True,
                                 text=True, check=True, env=env).stdout for mode in ("lazy", "preload")}
    assert runs["lazy"] == runs["preload"]
    assert len(json.loads(runs["lazy"])) == 3 * len(texts)
