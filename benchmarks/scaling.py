"""How cleaning time grows with document size, for the two shapes that hurt: one very long
line (a page dump without line breaks) and very many lines.

A step that goes quadratic shows here as time growing much faster than size; this is how
the fixed quadratic backtracking in repair.spacing was found (a 400 kB single line took 46 s).

    python benchmarks/scaling.py
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    from corpusclean import Pipeline
    from corpusclean.inputs import documents_from_bytes

    rng = random.Random(7)
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    words = " ".join(seeds).split()
    lines = [line for s in seeds for line in s.split("\n") if line.strip()]
    pipeline = Pipeline()
    pipeline.process_text(seeds[0])  # load lazy resources outside the timing
    print(f"{'shape':<12} {'chars':>10} {'seconds':>8} {'µs/char':>8}  slowest steps")
    for shape, sizes in (("single line", (250_000, 500_000, 1_000_000, 2_000_000)),
                         ("many lines", (250_000, 500_000, 1_000_000, 2_000_000))):
        for size in sizes:
            parts, total = [], 0
            while total < size:
                piece = rng.choice(words) if shape == "single line" else rng.choice(lines)
                parts.append(piece)
                total += len(piece) + 1
            text = (" " if shape == "single line" else "\n").join(parts)
            doc = next(documents_from_bytes(text.encode("utf-8"), {}, pipeline.config))
            doc.pipeline = pipeline.info
            per_step = {}
            t0 = time.perf_counter()
            for step in pipeline.steps:
                t = time.perf_counter()
                step(doc)
                per_step[step.id] = time.perf_counter() - t
            seconds = time.perf_counter() - t0
            slowest = ", ".join(f"{k} {v:.2f}" for k, v in sorted(per_step.items(), key=lambda kv: -kv[1])[:3])
            print(f"{shape:<12} {len(text):>10,} {seconds:>8.2f} {seconds / len(text) * 1e6:>8.2f}  {slowest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
