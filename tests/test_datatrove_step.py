"""corpusclean.datatrove.CorpuscleanStep on LocalPipelineExecutor (2 tasks, 2 workers): the
texts equal the CLI's with --dedup off, rejections reach the exclusion writer with their
reason, stats count each reason, and upstream metadata is never replaced by a null."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

pytest.importorskip("datatrove")

from datatrove.data import Document as DatatroveDocument  # noqa: E402
from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from corpusclean.cli import main  # noqa: E402
from corpusclean.datatrove import CorpuscleanStep  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from realistic_corpus import generate_texts  # noqa: E402

CLI_FLAGS = ["--no-project-config", "--dedup", "off", "--no-learn"]


def _read_jsonl_gz(folder: Path) -> list[dict]:
    rows = []
    for f in sorted(folder.rglob("*.jsonl.gz")):
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            rows.extend(json.loads(line) for line in fh if line.strip())
    return rows


@pytest.fixture(scope="module")
def jsonl_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("dt_input")
    texts = generate_texts(24, seed=21)
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    rows = [{"id": f"doc-{i:03d}", "text": t, "title": None, "source_site": "example"}
            for i, t in enumerate(seeds + texts)]
    rows.append({"id": "doc-empty", "text": "   "})                 # input.empty
    rows.append({"id": "doc-latin", "text": "The quick brown fox jumps over the lazy dog. " * 20})  # lang
    half = len(rows) // 2
    for name, part in (("a.jsonl", rows[:half]), ("b.jsonl", rows[half:])):
        (folder / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part), encoding="utf-8")
    return folder


def test_local_executor_gives_the_clis_texts_and_routes_rejections(jsonl_folder, tmp_path):
    out_dir, excluded_dir, logs = tmp_path / "out", tmp_path / "excluded", tmp_path / "logs"
    LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(jsonl_folder)),
            CorpuscleanStep(exclusion_writer=JsonlWriter(str(excluded_dir)), accept_langs=["kk", "ru"]),
            JsonlWriter(str(out_dir)),
        ],
        tasks=2, workers=2, logging_dir=str(logs),
    ).run()
    cleaned = {row["id"]: row for row in _read_jsonl_gz(out_dir)}
    excluded = {row["id"]: row for row in _read_jsonl_gz(excluded_dir)}

    out, err = io.StringIO(), io.StringIO()
    rejects = tmp_path / "cli_rejects.jsonl"
    assert main([*CLI_FLAGS, "--accept-lang", "kk,ru", "--rejects", str(rejects), str(jsonl_folder)],
                stdout=out, stderr=err) == 0
    cli = {json.loads(line)["metadata"]["id"]: json.loads(line) for line in out.getvalue().splitlines()}
    cli_rejected = {json.loads(line)["metadata"]["id"]: json.loads(line)
                    for line in rejects.read_text(encoding="utf-8").splitlines()}

    assert set(cleaned) == set(cli) and cleaned
    for doc_id, row in cleaned.items():
        assert row["text"] == cli[doc_id]["text"], doc_id
        assert row["metadata"]["lang"] == cli[doc_id]["lang"]
        assert row["metadata"]["source_site"] == "example"  # upstream field kept
        assert row["metadata"]["corpusclean_id"] and row["metadata"]["edits"] is not None
    assert set(excluded) == set(cli_rejected) >= {"doc-empty", "doc-latin"}
    for doc_id, row in excluded.items():
        assert row["metadata"]["filter_reason"] == cli_rejected[doc_id]["reason"]["code"]

    stats = json.loads((logs / "stats.json").read_text(encoding="utf-8"))
    ours = next(s for s in stats if s["name"].endswith("corpusclean"))["stats"]
    count = {k: (v["total"] if isinstance(v, dict) else v) for k, v in ours.items()}
    assert count["total"] == len(cli) + len(cli_rejected)
    assert count["dropped_input.empty"] == 1
    assert count["dropped_lang.not_accepted"] >= 1


def test_upstream_values_are_not_replaced_by_nulls():
    step = CorpuscleanStep(steps=["space.normalize", "space.paragraphs"])
    doc = DatatroveDocument(text="Первый  абзац.\nВторой абзац.", id="x",
                            metadata={"title": "Заголовок от скрейпера", "lang": "ru", "url": None})
    (result,) = list(step.run(iter([doc])))
    assert result.text == "Первый абзац.\n\nВторой абзац."
    assert result.metadata["title"] == "Заголовок от скрейпера"   # the record's title is null here
    assert result.metadata["lang"] == "ru"
    assert "edits" in result.metadata and result.metadata["edits"][0]["reason"] == "space.runs"
