"""A/B of the page analysis with and without its memos and fast paths, in one process.

Records every ``layout.analyse`` call the default pipeline makes on a generated corpus
(benchmarks/realistic_corpus.py, as throughput.py builds it), then replays those calls
with ``corpusclean.boilerplate.memo.ENABLED`` on and off, rounds interleaved, every text
cache emptied before a round, and compares the layouts of the two.  CPU seconds.

    python benchmarks/speedlayout_ab.py [--mb 0.3] [--rounds 4]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import corpus_texts  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=0.3)
    ap.add_argument("--rounds", type=int, default=4)
    args = ap.parse_args()

    from corpusclean import Pipeline
    from corpusclean.boilerplate import analysis, glue, memo, segmentation
    import corpusclean.steps.boilerplate as sb
    import corpusclean.steps.metadata as sm

    calls = []
    real = analysis.analyse

    def recording(text, known_title=None, reference_date=None):
        calls.append((text, known_title, reference_date))
        return real(text, known_title, reference_date)

    sb.analyse = sm.analyse = recording
    texts = corpus_texts(args.mb)
    sum(1 for _ in Pipeline().run(texts))
    sb.analyse = sm.analyse = real

    def dump(lay):
        return (lay.body_start, lay.body_end, lay.title, lay.date, lay.published, lay.rubric, lay.site, tuple(lay.tags),
                tuple((ln.start, ln.end, ln.block, ln.kind, ln.value, ln.whole) for ln in lay.lines))

    def one_round(on: bool):
        memo.ENABLED = on
        analysis.analyse.cache_clear()
        segmentation.units.cache_clear()
        glue.glued_boundaries.cache_clear()
        memo.clear_memos()
        t = time.process_time()
        out = [dump(real(*c)) for c in calls]
        return time.process_time() - t, out

    print(f"{len(texts)} pages, {args.mb} MB: {len(calls)} analyse calls, {len(set(calls))} distinct")
    totals = {True: 0.0, False: 0.0}
    for r in range(args.rounds):
        outs = {}
        for on in ((False, True) if r % 2 == 0 else (True, False)):
            seconds, outs[on] = one_round(on)
            totals[on] += seconds
            print(f"round {r}: memos {'on ' if on else 'off'} {seconds:.2f} s")
        if outs[True] != outs[False]:
            print("LAYOUTS DIFFER")
            return 1
    memo.ENABLED = True
    print(f"layouts identical; off {totals[False]:.2f} s, on {totals[True]:.2f} s: {totals[False] / totals[True]:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
