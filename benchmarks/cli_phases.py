"""Where ``corpusclean -j 1`` spends its CPU beyond a warm ``Pipeline.run`` (issue 15).

    python benchmarks/cli_phases.py FILE.jsonl [--mb 0.3]

Without FILE, writes ``throughput.py``'s corpus of ``--mb`` MB as JSONL to a temporary file.
Runs, each in a fresh interpreter (the memos and the loaded models are per process):

* ``cli``: the command line in-process (``corpusclean -q FILE``), CPU seconds
  (``time.process_time``) per step and pass (``learn:`` the furniture-learning pass, ``clean:``
  the cleaning pass), the steps' setup on first use, the learning pass's own work
  (candidate keys, page titles, document digests) and the writing of the records;
* ``run``: ``Pipeline().run`` over the same texts after ``Pipeline().load()`` and one page
  (what ``throughput.py`` times as "one process"), CPU per step.

CPU seconds, not wall time: on a shared machine they are what can be compared.
"""

from __future__ import annotations

import argparse
import collections
import io
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _patch_steps(totals: collections.Counter, phase: list[str]) -> None:
    from corpusclean import steps

    call = steps.Step.__call__

    def timed_call(self, doc):
        t = time.process_time()
        if not self._ready:
            self.ensure_setup()
            totals[f"setup {self.id}"] += time.process_time() - t
            t = time.process_time()
        result = call(self, doc)
        totals[f"{phase[0]}: {self.id}"] += time.process_time() - t
        return result

    steps.Step.__call__ = timed_call


def _wrap(module, name: str, label: str, totals: collections.Counter) -> None:
    function = getattr(module, name)

    def timed(*args, **kwargs):
        t = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            totals[label] += time.process_time() - t

    setattr(module, name, timed)


def measure_cli(path: str) -> collections.Counter:
    totals: collections.Counter = collections.Counter()
    start = time.process_time()
    import corpusclean.cli as cli
    from corpusclean.furniture import learn

    totals["import corpusclean.cli"] = time.process_time() - start
    phase = ["learn"]
    _patch_steps(totals, phase)
    for name in ("candidate_keys", "page_title", "_identity"):
        _wrap(learn, name, f"learn: {name}", totals)
    learn_model = learn.learn_model

    def timed_learn(*args, **kwargs):
        t = time.process_time()
        try:
            return learn_model(*args, **kwargs)
        finally:
            totals["learning pass, all"] += time.process_time() - t
            phase[0] = "clean"

    learn.learn_model = timed_learn
    _wrap(cli, "_record_line", "records written", totals)
    t = time.process_time()
    cli.main(["-q", "--no-project-config", path], stdout=io.StringIO(), stderr=sys.stderr)
    totals["main(), all"] = time.process_time() - t
    totals["process, all"] = time.process_time() - start
    return totals


def measure_run(path: str) -> collections.Counter:
    totals: collections.Counter = collections.Counter()
    from corpusclean import Pipeline

    texts = [json.loads(line)["text"] for line in open(path, encoding="utf-8")]
    Pipeline().load().process_text(texts[0])
    phase = ["run"]
    _patch_steps(totals, phase)
    t = time.process_time()
    for _ in Pipeline().run(texts):
        pass
    totals["Pipeline.run, all"] = time.process_time() - t
    return totals


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", nargs="?", help="JSONL with a text field (default: a generated corpus)")
    ap.add_argument("--mb", type=float, default=0.3, help="MB of generated pages without FILE (default 0.3)")
    ap.add_argument("--measure", choices=["cli", "run"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        totals = measure_cli(args.file) if args.measure == "cli" else measure_run(args.file)
        print(json.dumps(dict(totals)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        path = args.file
        if path is None:
            sys.path.insert(0, str(Path(__file__).parent))
            from throughput import corpus_texts, write_jsonl

            path = str(Path(tmp) / "corpus.jsonl")
            write_jsonl(Path(path), corpus_texts(args.mb))
        results = {}
        for what in ("cli", "run"):
            done = subprocess.run([sys.executable, __file__, path, "--measure", what], capture_output=True,
                                  text=True, check=True)
            results[what] = json.loads(done.stdout.strip().splitlines()[-1])
    for what, totals in results.items():
        print(f"--- {what}")
        for key, seconds in sorted(totals.items(), key=lambda kv: -kv[1]):
            if seconds >= 0.02:
                print(f"{seconds:7.3f} s  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
