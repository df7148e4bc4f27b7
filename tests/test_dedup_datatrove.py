"""Our signatures through datatrove's four minhash stages (LocalPipelineExecutor)."""

from __future__ import annotations

import json
import struct

import pytest

pytest.importorskip("datatrove")

from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.dedup.minhash import MinhashDedupBuckets, MinhashDedupCluster, MinhashDedupFilter  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from corpusclean.dedup import PARAMS, signature_of  # noqa: E402
from corpusclean.dedup.datatrove_stages import CorpuscleanMinhashSignature, minhash_config  # noqa: E402

from dedup_articles import ARTICLES, page, reprints  # noqa: E402


def test_datatrove_stages_remove_the_reprints_and_keep_the_negatives(tmp_path):
    docs = [("budget", page(ARTICLES["kk"]["budget"]))]
    docs += [(name, page(ARTICLES["kk"][name])) for name in ("followup", "congress", "forum", "commission")]
    docs += [(name, page(paras)) for name, paras in reprints("kk").items() if name != "furniture"]
    docs += [("ru_budget", page(ARTICLES["ru"]["budget"])), ("ru_truncated", page(reprints("ru")["truncated"]))]
    src = tmp_path / "in"
    src.mkdir()
    (src / "docs.jsonl").write_text("".join(json.dumps({"id": n, "text": t}, ensure_ascii=False) + "\n"
                                            for n, t in docs), encoding="utf-8")
    sigs, buckets, ids, out = (str(tmp_path / d) for d in ("sigs", "buckets", "ids", "out"))
    config = minhash_config()
    # one logging folder per stage under tmp_path (datatrove skips tasks a folder records as done,
    # and its default folder is ./logs in the working directory)
    def run(stage, tasks=1):
        return dict(tasks=tasks, workers=1, logging_dir=str(tmp_path / "logs" / stage))
    LocalPipelineExecutor([JsonlReader(str(src)), CorpuscleanMinhashSignature(sigs)], **run("sigs")).run()
    LocalPipelineExecutor([MinhashDedupBuckets(sigs, buckets, config=config)], **run("buckets", PARAMS.bands)).run()
    LocalPipelineExecutor([MinhashDedupCluster(buckets, ids, config=config)], **run("cluster")).run()
    LocalPipelineExecutor([JsonlReader(str(src)), MinhashDedupFilter(ids), JsonlWriter(out, compression=None)],
                          **run("filter")).run()
    kept = [json.loads(line)["id"] for f in sorted((tmp_path / "out").glob("*.jsonl"))
            for line in f.read_text(encoding="utf-8").splitlines()]
    # every hard negative stays; of each group of reprints exactly one document stays
    # (datatrove's choice of which one: not necessarily the first, unlike corpusclean's stage)
    assert {"followup", "congress", "forum", "commission"} <= set(kept)
    assert len(set(kept) & {"budget", "edited", "truncated"}) == 1
    assert len(set(kept) & {"ru_budget", "ru_truncated"}) == 1
    assert len(kept) == 6

    # the first band of the first document is exactly our signature's first band
    raw = (tmp_path / "sigs" / "bucket_000" / "00000.minhash.sig").read_bytes()
    rows = [struct.unpack_from(f"<{PARAMS.rows}II", raw, i) for i in range(0, len(raw), 4 * (PARAMS.rows + 1))]
    first = next(r for r in rows if r[-1] == 0)
    assert list(first[:-1]) == signature_of(docs[0][1]).minhash[:PARAMS.rows].tolist()
