"""`corpusclean -j 1` against `-j 2`, for two source trees, interleaved in one run.

On a shared machine wall times move with the other users' load, so every round runs the
four commands (tree A -j 1, tree A -j 2, tree B -j 1, tree B -j 2) back to back, and prints
each one's wall seconds and CPU seconds (the process and its workers), the load average,
and the -j 2 / -j 1 speed-up of each tree within the round; the outputs are compared byte
for byte (all four must be the same).

    python benchmarks/jobs_ab.py A_TREE B_TREE [--mb 0.6] [--rounds 3]

A tree is a folder holding a ``corpusclean`` package (a worktree, or a copy of one).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import corpus_texts, write_jsonl  # noqa: E402


def run(tree: str, jobs: int, corpus: Path) -> tuple[float, float, bytes]:
    """Wall seconds, CPU seconds (children) and stdout of one command-line run."""
    env = {**os.environ, "PYTHONPATH": tree}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "corpusclean", "-q", "-j", str(jobs), str(corpus)],
                          capture_output=True, check=True, env=env)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, proc.stdout


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("trees", nargs=2, metavar="TREE")
    ap.add_argument("--mb", type=float, default=0.6, help="MB of generated JSONL (default 0.6, seed 99 as throughput.py)")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        write_jsonl(corpus, corpus_texts(args.mb, seed=99))
        print(f"{corpus.stat().st_size / 1e6:.2f} MB of JSONL; trees: A={args.trees[0]} B={args.trees[1]}")
        outputs = set()
        for r in range(1, args.rounds + 1):
            cells = []
            for name, tree in zip("AB", args.trees):
                one = run(tree, 1, corpus)
                two = run(tree, 2, corpus)
                outputs.update((one[2], two[2]))
                cells.append(f"{name}: -j1 {one[0]:.2f}s/{one[1]:.2f}cpu -j2 {two[0]:.2f}s/{two[1]:.2f}cpu "
                             f"= {one[0] / two[0]:.2f}x")
            print(f"round {r} (load {os.getloadavg()[0]:.1f}): " + "; ".join(cells), flush=True)
        print(f"outputs identical: {len(outputs) == 1}")
        return 0 if len(outputs) == 1 else 1


if __name__ == "__main__":
    sys.exit(main())
