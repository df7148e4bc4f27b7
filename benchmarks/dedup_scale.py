"""The dedup stage alone at scale, and the figures behind its thresholds.

    python benchmarks/dedup_scale.py                  # 10k and 100k synthetic documents
    python benchmarks/dedup_scale.py --sizes 10000    # one size
    python benchmarks/dedup_scale.py --pairs          # similarity of the invented pairs

Scale: synthetic articles (Zipf-distributed words from a 30,000-word vocabulary of
Cyrillic pseudo-words, 150-600 words each) stream through :class:`Deduplicator` in
``mark`` mode; every tenth document is a planted reprint of an earlier one (an exact copy,
a copy with five words changed, or a copy without its last fifth).  Documents are made on
the fly and only the stage's time is counted (CPU time of this process, so a busy
machine does not inflate it; wall time beside it); peak RSS growth is the index's memory.  It
prints documents per second, bytes per document, and recall/false marks on the planted
reprints.  Pairs: estimated Jaccard of every positive and hard negative built from the
invented articles of tests/dedup_articles.py, plus random light edits and truncations.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpusclean.dedup import NEAR_THRESHOLD, Deduplicator, estimate_jaccard, signature_of  # noqa: E402

VOCAB = 30_000
PLANT_EVERY = 10


def _vocab(rng) -> list[str]:
    letters = list("абвгдеёжзийклмнопрстуфхцчшщыэюяәғқңөұүһі")
    return ["".join(rng.choice(letters, size=rng.integers(2, 11))) for _ in range(VOCAB)]


def _stream(n: int, seed: int = 13):
    """(text, planted original number or None, kind) for n documents, made lazily."""
    rng = np.random.default_rng(seed)
    vocab = _vocab(rng)
    ranks = np.arange(1, VOCAB + 1)
    p = 1.0 / ranks
    p /= p.sum()
    kept: list[np.ndarray] = []  # word ids of some originals, to plant reprints of
    for i in range(n):
        if i % PLANT_EVERY == PLANT_EVERY - 1 and kept:
            j = int(rng.integers(0, len(kept)))
            words = kept[j].copy()
            kind = ("exact", "edited", "truncated")[i // PLANT_EVERY % 3]
            if kind == "edited":
                words[rng.integers(0, len(words), 5)] = rng.integers(0, VOCAB, 5)
            elif kind == "truncated":
                words = words[: len(words) * 4 // 5]
            yield " ".join(vocab[w] for w in words), ("o", j), kind
            continue
        words = rng.choice(VOCAB, size=int(rng.integers(150, 601)), p=p)
        if len(kept) < 5000 and rng.random() < 0.2:
            kept.append(words)
            yield " ".join(vocab[w] for w in words), ("k", len(kept) - 1), "original"
        else:
            yield " ".join(vocab[w] for w in words), None, "original"


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def scale(n: int) -> dict:
    stage = Deduplicator("mark")
    number_of_kept: dict[int, str] = {}
    rss0 = _rss_mb()
    spent = cpu = 0.0
    planted = found = wrong = false_marks = 0
    for i, (text, tag, kind) in enumerate(_stream(n)):
        ref = {"id": f"{i:016x}", "source": {"path": f"doc{i}.txt"}}
        t, c = time.perf_counter(), time.process_time()
        dup = stage.check(text, ref)
        spent += time.perf_counter() - t
        cpu += time.process_time() - c
        if tag is not None and tag[0] == "k":
            number_of_kept[tag[1]] = ref["id"]
        if tag is not None and tag[0] == "o":
            planted += 1
            if dup is not None:
                found += 1
                wrong += dup["id"] != number_of_kept[tag[1]]
        elif dup is not None:
            false_marks += 1
    rss = _rss_mb() - rss0
    return {"docs": n, "seconds": spent, "cpu_seconds": cpu, "docs_per_cpu_s": n / cpu, "rss_growth_mb": rss,
            "array_bytes_per_doc": stage.index.nbytes() / len(stage.index), "planted": planted, "found": found,
            "wrong_original": wrong, "false_marks": false_marks}


def pairs() -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from dedup_articles import ARTICLES, page, reprints

    rng = np.random.default_rng(5)
    pos: list[tuple[str, float]] = []
    neg: list[tuple[str, float]] = []

    def sim(a: list[str], b: list[str]) -> float:
        return estimate_jaccard(signature_of(page(a)).minhash, signature_of(page(b)).minhash)

    for lang, arts in ARTICLES.items():
        base = arts["budget"]
        for name, paras in reprints(lang).items():
            pos.append((f"{lang} {name}", sim(base, paras)))
        for name, body in arts.items():
            words = " ".join(body).split()
            for k in (1, 3, 6, 10):  # k words replaced at random
                w = list(words)
                for pos_i in rng.integers(0, len(w), k):
                    w[pos_i] = "заменено"
                pos.append((f"{lang} {name} {k} words changed", sim(body, [" ".join(w)])))
            pos.append((f"{lang} {name} last paragraph dropped", sim(body, body[:-1])))
        names = sorted(arts)
        for a in names:
            for b in names:
                if a < b:
                    neg.append((f"{lang} {a} / {b}", sim(arts[a], arts[b])))
    for title, rows in (("positives", pos), ("negatives", neg)):
        values = [s for _, s in rows]
        print(f"{title}: {len(rows)} pairs, min {min(values):.3f}, median {float(np.median(values)):.3f}, "
              f"max {max(values):.3f}")
        for label, s in sorted(rows, key=lambda r: r[1])[:3 if title == "positives" else 0] + \
                sorted(rows, key=lambda r: -r[1])[:3 if title == "negatives" else 0]:
            print(f"    {s:.3f}  {label}")
    print(f"near threshold {NEAR_THRESHOLD}: positives below {sum(s < NEAR_THRESHOLD for _, s in pos)}, "
          f"negatives at or above {sum(s >= NEAR_THRESHOLD for _, s in neg)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    ap.add_argument("--pairs", action="store_true", help="similarities of the invented pairs instead")
    args = ap.parse_args()
    if args.pairs:
        pairs()
        return
    for n in args.sizes:
        r = scale(n)
        print(f"{r['docs']:>7} docs: dedup stage {r['cpu_seconds']:.1f} s CPU ({r['docs_per_cpu_s']:.0f} docs/s; {r['seconds']:.1f} s wall), "
              f"peak RSS +{r['rss_growth_mb']:.0f} MB, index arrays {r['array_bytes_per_doc']:.0f} B/doc; "
              f"planted reprints {r['found']}/{r['planted']} found ({r['wrong_original']} naming the wrong "
              f"original), {r['false_marks']} other documents marked", flush=True)


if __name__ == "__main__":
    main()
