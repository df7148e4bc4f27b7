"""``--dedup-index``: the index file across runs, its format, its errors, and determinism."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from corpusclean import Pipeline
from corpusclean.cli import main
from corpusclean.dedup import DedupIndex, IndexFileError, load_index, save_index, signature_of
from corpusclean.dedup.store import MAGIC

from dedup_articles import ARTICLES, page, reprints


def run_cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def days(tmp_path):
    """Yesterday's crawl (two articles) and today's (reprints of one of them and a new one)."""
    day1, day2 = tmp_path / "day1", tmp_path / "day2"
    day1.mkdir()
    day2.mkdir()
    (day1 / "budget.txt").write_text(page(ARTICLES["kk"]["budget"]), encoding="utf-8")
    (day1 / "congress.txt").write_text(page(ARTICLES["ru"]["congress"]), encoding="utf-8")
    (day2 / "a_copy.txt").write_text(page(ARTICLES["kk"]["budget"], "spaces"), encoding="utf-8")
    (day2 / "b_edited.txt").write_text(page(reprints("kk")["edited"]), encoding="utf-8")
    (day2 / "c_forum.txt").write_text(page(ARTICLES["ru"]["forum"]), encoding="utf-8")
    return tmp_path, day1, day2


def test_a_second_run_drops_what_the_index_holds(days):
    tmp, day1, day2 = days
    index = tmp / "corpus.dedup"
    code, _, err = run_cli(str(day1), "-o", str(tmp / "one.jsonl"), "--dedup-index", str(index), "--no-summary")
    assert code == 0 and err == ""
    assert index.read_bytes().startswith(MAGIC)
    assert len(load_index(index)) == 2
    code, _, err = run_cli(str(day2), "-o", str(tmp / "two.jsonl"), "--rejects", str(tmp / "rej.jsonl"),
                           "--dedup-index", str(index), "--no-summary")
    assert code == 0
    kept = records(tmp / "two.jsonl")
    rejected = {Path(r["source"]["path"]).name: r for r in records(tmp / "rej.jsonl")}
    assert [Path(r["source"]["path"]).name for r in kept] == ["c_forum.txt"]
    assert set(rejected) == {"a_copy.txt", "b_edited.txt"}
    original = records(tmp / "one.jsonl")[0]
    assert Path(original["source"]["path"]).name == "budget.txt"
    assert rejected["a_copy.txt"]["reason"]["code"] == "dedup.exact"
    assert rejected["b_edited.txt"]["reason"]["code"] == "dedup.near"
    for r in rejected.values():
        assert r["duplicate_of"]["id"] == original["id"]
        assert r["duplicate_of"]["source"] == {"path": original["source"]["path"]}
    # the index now also holds today's new article, and only it
    again = load_index(index)
    assert len(again) == 3 and Path(again.refs[2]["source"]["path"]).name == "c_forum.txt"
    # a third run over today's crawl finds everything already there
    code, out, _ = run_cli(str(day2), "--dedup-index", str(index), "--rejects", str(tmp / "rej3.jsonl"), "--no-summary")
    assert out == "" and len(records(tmp / "rej3.jsonl")) == 3


def test_mark_mode_with_an_index_and_off_leaves_it_alone(days):
    tmp, day1, day2 = days
    index = tmp / "i.dedup"
    run_cli(str(day1), "-o", os.devnull, "--dedup-index", str(index), "--no-summary")
    before = index.read_bytes()
    code, out, _ = run_cli(str(day2), "--dedup", "mark", "--dedup-index", str(index), "--no-summary")
    recs = [json.loads(line) for line in out.splitlines()]
    assert len(recs) == 3 and [("duplicate_of" in r) for r in recs] == [True, True, False]
    assert len(load_index(index)) == 3  # duplicates are not added: their original is there
    index.write_bytes(before)
    code, out, _ = run_cli(str(day2), "--dedup", "off", "--dedup-index", str(index), "--no-summary")
    assert code == 0 and len(out.splitlines()) == 3 and index.read_bytes() == before


def test_index_roundtrip_keeps_every_answer(tmp_path):
    idx = DedupIndex()
    texts = [page(ARTICLES[lang][name]) for lang in ("ru", "kk") for name in ARTICLES[lang]]
    for i, t in enumerate(texts):
        assert idx.find(signature_of(t)) is None  # ten different articles
        idx.add(signature_of(t), {"id": f"{i:016x}", "source": {"path": f"п{i}.txt"}})
    path = tmp_path / "sub" / "x.dedup"
    save_index(idx, path)
    loaded = load_index(path)
    assert loaded.refs == idx.refs
    assert np.array_equal(loaded.signatures, idx.signatures)
    assert loaded.exact_keys == idx.exact_keys
    probe = signature_of(page(reprints("ru")["truncated"]))
    assert loaded.find(probe) == idx.find(probe) and idx.find(probe).kind == "near"
    save_index(loaded, tmp_path / "y.dedup")
    assert (tmp_path / "y.dedup").read_bytes() == path.read_bytes()
    assert [p.name for p in path.parent.iterdir()] == ["x.dedup"]  # no temporary file left


def test_many_documents_go_through_the_merged_buckets(tmp_path, monkeypatch):
    """Past the pending dict's size, buckets live in the sorted arrays: same answers."""
    import corpusclean.dedup.index as index_module

    monkeypatch.setattr(index_module, "MIN_MERGE", 50)
    idx = DedupIndex()
    rng = np.random.default_rng(7)
    vocab = [f"сөз{i}" for i in range(3000)]
    docs = [" ".join(vocab[j] for j in rng.integers(0, len(vocab), 80)) for _ in range(200)]
    for i, d in enumerate(docs):
        idx.add(signature_of(d), {"id": f"{i:016x}", "source": {}})
    runs = [len(k) for k, _ in idx._buckets.runs]
    assert len(runs) >= 2 and all(a > 2 * b for a, b in zip(runs, runs[1:]))  # merged log-structured
    for i in (0, 57, 199):
        words = docs[i].split()
        words[40] = "өзгерген"
        m = idx.find(signature_of(" ".join(words)))
        assert m is not None and m.number == i and m.kind == "near"


@pytest.mark.parametrize("damage, message", [
    (lambda b: b"not an index\n", "not a corpusclean dedup index"),
    (lambda b: b[:-10], "truncated"),
    (lambda b: b + b"x", "trailing bytes"),
    (lambda b: b.replace(b'"format":1', b'"format":9'), "format 9"),
    (lambda b: b.replace(b'"ngram":3', b'"ngram":4'), "other signature settings"),
])
def test_a_damaged_or_foreign_index_is_refused_in_one_line(days, damage, message):
    tmp, day1, _ = days
    index = tmp / "i.dedup"
    run_cli(str(day1), "-o", os.devnull, "--dedup-index", str(index), "--no-summary")
    index.write_bytes(damage(index.read_bytes()))
    with pytest.raises(IndexFileError, match=message):
        load_index(index)
    code, out, err = run_cli(str(day1), "--dedup-index", str(index), "--no-summary")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and str(index) in err and message in err and "Traceback" not in err


def test_a_run_cut_short_leaves_the_index_as_it_was(days):
    tmp, day1, day2 = days
    index = tmp / "i.dedup"
    run_cli(str(day1), "-o", os.devnull, "--dedup-index", str(index), "--no-summary")
    before = index.read_bytes()
    stream = Pipeline(dedup_index=str(index)).run([day2])
    next(stream)
    stream.close()
    assert index.read_bytes() == before


def _cli_bytes(args: list[str], seed: str, cwd: Path) -> bytes:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    p = subprocess.run([sys.executable, "-m", "corpusclean", *args], cwd=cwd, env=env, capture_output=True, timeout=300)
    assert p.returncode == 0, p.stderr.decode()
    return p.stdout


def test_the_same_bytes_with_different_hash_seeds(days):
    tmp, day1, day2 = days
    outputs, indexes = [], []
    for seed in ("1", "4242"):
        index = tmp / f"i{seed}.dedup"
        _cli_bytes([str(day1), "-o", os.devnull, "--dedup-index", str(index), "--no-summary"], seed, tmp)
        outputs.append(_cli_bytes(["day1", "day2", "--dedup", "mark", "--no-summary"], seed, tmp))
        indexes.append(index.read_bytes())
    assert outputs[0] == outputs[1] and indexes[0] == indexes[1]
    assert b'"duplicate_of"' in outputs[0]
