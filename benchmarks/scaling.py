"""How cleaning time grows with document size, per step, on every shape that once went
superlinear (issue 10's fuzzing campaign) and the two general shapes: one very long line (a
page dump without line breaks) and very many lines.

Each shape is cleaned at its base size and at 10x; a step whose time per character grows by
more than :data:`SUPERLINEAR_RATIO` between the two is flagged.  Steps below
:data:`NOISE_SECONDS` at 10x are never flagged (timer noise).  A step that goes quadratic
shows as time growing much faster than size; this is how the quadratic backtracking in
repair.spacing (a 400 kB single line took 46 s) and the span remapping through every edit
(issue 10) were found.

    python benchmarks/scaling.py            # every shape, base and 10x
    python benchmarks/scaling.py --quick    # base and 3x: a smoke run of a minute or two
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Time per character at 10x over time per character at 1x above this: superlinear.  A linear
# step stays near 1; a quadratic one reaches 10.
SUPERLINEAR_RATIO = 2.0
NOISE_SECONDS = 0.05


def _seeds() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]


def shapes(rng: random.Random) -> dict[str, tuple[int, callable]]:
    """Shape name -> (base size in characters, make(size) -> text)."""
    seeds = _seeds()
    words = " ".join(seeds).split()
    lines = [line for s in seeds for line in s.split("\n") if line.strip()]
    party_lines = ["Партия AMANAT провела съезд.", "«Ак жол» выдвинул кандидата.", "Nur Otan переименовали.",
                   "Депутаты фракции «Ауыл» выступили.", "ҚХП съезі өтті."]

    def repeat(pieces, joiner):
        def make(size):
            parts, total = [], 0
            while total < size:
                piece = pieces() if callable(pieces) else pieces
                parts.append(piece)
                total += len(piece) + len(joiner)
            return joiner.join(parts)
        return make

    return {
        # the inputs, at the sizes it measured
        "long word (typos)": (5_000, lambda size: "а" + "б" * (size - 1)),
        "party lines": (44_000, repeat(lambda: rng.choice(party_lines), "\n")),
        "short lines": (46_000, repeat(lambda: " ".join(rng.choice(words) for _ in range(3)), "\n")),
        "table line": (125_000, repeat("| а", " ")),
        "latin lines": (2_000, repeat('title: "x"', "\n")),
        # the general shapes
        "single line": (250_000, repeat(lambda: rng.choice(words), " ")),
        "many lines": (250_000, repeat(lambda: rng.choice(lines), "\n")),
    }


def time_steps(pipeline, text: str) -> tuple[float, dict[str, float]]:
    """CPU seconds in total and per step for one document (one pass, as a first pass runs).
    CPU time, not wall-clock time: other processes on a shared machine do not count."""
    from corpusclean.inputs import documents_from_bytes

    doc = next(documents_from_bytes(text.encode("utf-8"), {}, pipeline.config, allow_jsonl=False))
    doc.pipeline = pipeline.info
    per_step: dict[str, float] = {}
    t0 = time.process_time()
    for step in pipeline.steps:
        t = time.process_time()
        step(doc)
        per_step[step.id] = time.process_time() - t
    return time.process_time() - t0, per_step


def main(argv=None) -> int:
    from corpusclean import Pipeline

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="base and 3x instead of base and 10x")
    ap.add_argument("--shape", action="append", help="only this shape (repeatable)")
    args = ap.parse_args(argv)
    factor = 3 if args.quick else 10
    rng = random.Random(7)
    pipeline = Pipeline()
    pipeline.process_text(_seeds()[0])  # load lazy resources outside the timing
    flagged = 0
    print(f"{'shape':<18} {'chars':>10} {'seconds':>8} {'µs/char':>8}  slowest steps")
    for name, (base, make) in shapes(rng).items():
        if args.shape and name not in args.shape:
            continue
        runs = []
        for size in (base, base * factor):
            text = make(size)
            seconds, per_step = time_steps(pipeline, text)
            runs.append((len(text), per_step))
            slowest = ", ".join(f"{k} {v:.2f}" for k, v in sorted(per_step.items(), key=lambda kv: -kv[1])[:3])
            print(f"{name:<18} {len(text):>10,} {seconds:>8.2f} {seconds / len(text) * 1e6:>8.2f}  {slowest}")
        (n1, small), (n2, large) = runs
        for step_id in large:
            if large[step_id] < NOISE_SECONDS or small.get(step_id, 0.0) < NOISE_SECONDS / 10:
                continue  # too fast to time, or no work at the base size (the data, not the size, decides)
            ratio = (large[step_id] / n2) / max(small.get(step_id, 0.0) / n1, 1e-12)
            if ratio > SUPERLINEAR_RATIO:
                flagged += 1
                print(f"  SUPERLINEAR: {step_id}: {ratio:.1f}x the time per character at {factor}x the size")
    print(f"{flagged} superlinear step(s) at {factor}x")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
