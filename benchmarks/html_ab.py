"""A/B of two versions of the HTML reading (the extraction, corpusclean/extract.py, and the
decoding, corpusclean/inputs.py) in one process: the default pipeline on the HTML pages of
tests/data/html (as benchmarks/throughput.py takes them, pages repeated up to ``--mb``), rounds
interleaved, CPU seconds (the machine is shared) of the whole run, of ``extract_html`` and
``decode_bytes`` inside it and of ``trafilatura.extract`` alone on the same pages, and whether
the records are the same.

    git show HEAD:corpusclean/extract.py > /tmp/extract_before.py
    git show HEAD:corpusclean/inputs.py > /tmp/inputs_before.py
    python benchmarks/html_ab.py /tmp/extract_before.py /tmp/inputs_before.py [--mb 0.1] [--rounds 5]
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def load_before(path: str, name: str):
    """The other version of a module of the corpusclean package (its relative imports work)."""
    spec = importlib.util.spec_from_file_location(f"corpusclean._{name}_before", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def html_pages(mb: float) -> list[bytes]:
    from throughput import material_html

    pages, total = [], 0
    for raw in (raw for _ in range(1000) for _, raw in material_html()):
        pages.append(raw)
        total += len(raw)
        if total >= mb * 1e6:
            break
    return pages


def timed(fn, spent: list, k: int):
    def run(*args, **kwargs):
        t = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[k] += time.process_time() - t
    return run


def one_round(pipeline, pages, version) -> tuple[float, float, float, str]:
    """CPU seconds of the run and of extract_html and decode_bytes in it, and a digest of the
    records.  ``version``: (extract_html, decode_bytes)."""
    import corpusclean.inputs as inputs

    spent = [0.0, 0.0]
    inputs._extract_html = timed(version[0], spent, 0)
    inputs.decode_bytes = timed(version[1], spent, 1)
    t = time.process_time()
    records = [json.dumps(d.to_record(), ensure_ascii=False, sort_keys=True) for d in pipeline.run(pages)]
    total = time.process_time() - t
    return total, spent[0], spent[1], hashlib.sha256("\n".join(records).encode()).hexdigest()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("extract_before", help="the other version of corpusclean/extract.py")
    ap.add_argument("inputs_before", help="the other version of corpusclean/inputs.py")
    ap.add_argument("--mb", type=float, default=0.1)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()

    import trafilatura

    from corpusclean import Pipeline, extract, inputs

    versions = {"before": (load_before(args.extract_before, "extract").extract_html,
                           load_before(args.inputs_before, "inputs").decode_bytes),
                "after": (extract.extract_html, inputs.decode_bytes)}
    sys.modules["corpusclean._inputs_before"]._Unreadable = inputs._Unreadable  # what the reader catches
    pages = html_pages(args.mb)
    pipeline = Pipeline()
    for raw in pages[:9]:  # every page once, both versions: resources, memos and lazy imports
        for fn in versions.values():
            one_round(pipeline, [raw], fn)
    sums = {name: [0.0, 0.0, 0.0] for name in versions}
    digests = {name: set() for name in versions}
    traf = 0.0
    for _ in range(args.rounds):
        for name, fn in versions.items():
            *seconds, digest = one_round(pipeline, pages, fn)
            for k, s in enumerate(seconds):
                sums[name][k] += s
            digests[name].add(digest)
        t = time.process_time()
        for raw in pages:
            trafilatura.extract(raw.decode("utf-8", "replace"))
        traf += time.process_time() - t
    print(f"{len(pages)} pages, {sum(map(len, pages)) / 1e6:.2f} MB, {args.rounds} rounds (CPU seconds, summed)")
    for name, (total, extracting, decoding) in sums.items():
        print(f"  {name:6s} run {total:.3f} s, extract_html {extracting:.3f} s, decode_bytes {decoding:.3f} s, "
              f"rest {total - extracting - decoding:.3f} s; trafilatura.extract {traf:.3f} s: ratio {traf / total:.3f}x")
    b, a = sums["before"], sums["after"]
    print(f"  speed-up: run {b[0] / a[0]:.3f}x, extract_html {b[1] / a[1]:.3f}x, decode_bytes {b[2] / a[2]:.3f}x")
    same = len(digests["before"] | digests["after"]) == 1
    print(f"  records: {'identical' if same else 'DIFFERENT'}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
