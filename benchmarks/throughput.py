"""Throughput of the default pipeline over the seeds repeated to at least 20 MB.

Prints documents/s, MB/s and the ratio to ``ftfy.fix_text`` alone on the same text in the
same run, plus the CLI's start-up times.  Results go into docs/performance.md by hand, with
the machine and the date.

    python benchmarks/throughput.py [--mb 20]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def startup(cmd: list[str], runs: int = 7, stdin: bytes | None = None) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, input=stdin, capture_output=True, check=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=20.0, help="how many MB of text to clean (default 20)")
    args = ap.parse_args()

    import ftfy

    from corpusclean import Pipeline

    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    seed_bytes = sum(len(s.encode("utf-8")) for s in seeds)
    repeats = max(1, int(args.mb * 1e6 // seed_bytes) + 1)
    docs = [s for _ in range(repeats) for s in seeds]
    total_mb = repeats * seed_bytes / 1e6

    pipeline = Pipeline()
    pipeline.process_text(seeds[0])  # load lazy resources outside the timing

    t = time.perf_counter()
    rejected = 0
    for text in docs:
        doc = pipeline.process_text(text)
        rejected += doc.rejected
    cc_seconds = time.perf_counter() - t

    t = time.perf_counter()
    for text in docs:
        ftfy.fix_text(text)
    ftfy_seconds = time.perf_counter() - t

    # Where the time goes: each step timed on the seeds (40 rounds).
    from collections import Counter

    from corpusclean.inputs import documents_from_bytes

    per_step: Counter = Counter()
    rounds = 40
    raws = [s.encode("utf-8") for s in seeds]
    for _ in range(rounds):
        for raw in raws:
            doc = next(documents_from_bytes(raw, {}, pipeline.config))
            for step in pipeline.steps:
                t = time.perf_counter()
                step(doc)
                per_step[step.id] += time.perf_counter() - t

    exe = str(Path(sys.executable).with_name("corpusclean"))
    version_s = startup([exe, "--version"])
    one_doc_s = startup([exe], stdin=(ROOT / "seeds" / "004_29ddcd400cb43edf.txt").read_bytes(), runs=5)

    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"steps: {', '.join(s.id for s in pipeline.steps)}")
    print(f"input: {len(docs)} documents, {total_mb:.1f} MB (seeds x {repeats}); rejected: {rejected}")
    print(f"corpusclean: {cc_seconds:.2f} s  {len(docs) / cc_seconds:.1f} docs/s  {total_mb / cc_seconds:.3f} MB/s")
    print(f"ftfy.fix_text alone: {ftfy_seconds:.2f} s  {total_mb / ftfy_seconds:.3f} MB/s")
    print(f"ratio corpusclean / ftfy time: {cc_seconds / ftfy_seconds:.2f}")
    print(f"start-up: corpusclean --version {version_s * 1000:.0f} ms (median of 7); "
          f"one short document through the CLI {one_doc_s * 1000:.0f} ms (median of 5)")
    n = rounds * len(raws)
    print("per step (ms per seed document): " + ", ".join(f"{k} {v / n * 1000:.2f}" for k, v in per_step.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
