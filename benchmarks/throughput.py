"""Throughput of the default pipeline, as ratios to yardsticks measured in the same run.

On a generated corpus of real-like pages (benchmarks/realistic_corpus.py: real layouts from
the seeds and tests/data, body paragraphs drawn at random, in the three page-dump shapes):

* corpusclean in one process (``Pipeline.run``: every step and deduplication) against
  ``ftfy.fix_text`` alone and datatrove's C4 quality + Gopher repetition filters on the same
  texts (the issue's targets: >= 0.3x ftfy, >= 3x C4 + Gopher);
* HTML: corpusclean on the HTML pages of tests/data/html against ``trafilatura.extract``
  alone on the same bytes (target >= 0.5x);
* ``corpusclean -j 1`` against ``-j 2`` on the same corpus as a JSONL file (target >= 1.8x),
  and the output of both compared byte for byte;
* with ``--rss``: peak RSS of ``corpusclean`` on 8 MB and on 64 MB of JSONL (target: the
  64 MB peak within 15 % of the 8 MB one);
* with ``--profile FILE``: a cProfile of the one-process run, the 25 costliest functions.

Figures go into docs/performance.md by hand, with the machine and the date.

    python benchmarks/throughput.py [--mb 4] [--html-mb 1] [--rss] [--profile prof.txt]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from realistic_corpus import SHAPES, generate_texts, material_html, shape  # noqa: E402

CORPUSCLEAN = [sys.executable, "-m", "corpusclean"]


def corpus_texts(mb: float, seed: int = 15) -> list[str]:
    texts: list[str] = []
    total = 0
    batch = 0
    while total < mb * 1e6:
        for i, text in enumerate(generate_texts(200, seed + batch)):
            page = shape(text, SHAPES[i % 3])
            texts.append(page)
            total += len(page.encode("utf-8"))
            if total >= mb * 1e6:
                break
        batch += 1
    return texts


def megabytes(texts) -> float:
    return sum(len(t.encode("utf-8")) if isinstance(t, str) else len(t) for t in texts) / 1e6


def timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def run_corpusclean(texts) -> int:
    from corpusclean import Pipeline

    return sum(1 for _ in Pipeline().run(texts))


def run_ftfy(texts) -> None:
    import ftfy

    for text in texts:
        ftfy.fix_text(text)


def datatrove_filters():
    """C4 quality + Gopher repetition, with a regex word tokenizer: datatrove's own ones for
    Russian and Kazakh need spaCy or Stanza models (a download), which we do not install."""
    import regex
    from datatrove.pipeline.filters import C4QualityFilter, GopherRepetitionFilter
    from datatrove.utils.word_tokenizers import WhitespaceTokenizer

    class RegexWordTokenizer(WhitespaceTokenizer):
        _words = regex.compile(r"\w+")

        def word_tokenize(self, text):
            return self._words.findall(text)

    tokenizer = RegexWordTokenizer()
    return [C4QualityFilter(filter_no_terminal_punct=False, language=tokenizer),
            GopherRepetitionFilter(language=tokenizer)]


def run_datatrove(texts, filters) -> int:
    from datatrove.data import Document

    kept = 0
    for i, text in enumerate(texts):
        doc = Document(text=text, id=str(i))
        kept += all(f.filter(doc) is True for f in filters)
    return kept


def run_trafilatura(pages) -> None:
    import trafilatura

    for raw in pages:
        trafilatura.extract(raw.decode("utf-8", "replace"))


def cli(args: list[str], stdout_path: Path | None = None) -> tuple[float, int, bytes]:
    """Wall seconds, peak RSS (kB) of the child and its stdout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    proc = subprocess.run([*CORPUSCLEAN, *args], capture_output=True, check=True)
    seconds = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before), proc.stdout


def peak_rss_kb(args: list[str]) -> int:
    """Peak RSS of one child run, measured by /usr/bin/time -v (ru_maxrss of RUSAGE_CHILDREN
    is a maximum over all children so far, so it cannot tell a smaller later run)."""
    proc = subprocess.run(["/usr/bin/time", "-v", *CORPUSCLEAN, *args], capture_output=True, text=True, check=True)
    for line in proc.stderr.splitlines():
        if "Maximum resident set size" in line:
            return int(line.rsplit(":", 1)[1])
    raise RuntimeError("no peak RSS in /usr/bin/time output")


def write_jsonl(path: Path, texts: list[str]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for i, text in enumerate(texts):
            fh.write(json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=4.0, help="MB of page text for the one-process ratios (default 4)")
    ap.add_argument("--html-mb", type=float, default=1.0, help="MB of HTML for the trafilatura ratio (default 1)")
    ap.add_argument("--jobs-mb", type=float, default=2.0, help="MB of JSONL for -j 1 against -j 2 (default 2)")
    ap.add_argument("--rss", action="store_true", help="also measure peak RSS on 8 MB and 64 MB of JSONL")
    ap.add_argument("--rss-steps", default=None, help="--steps for the RSS runs (default: the default pipeline)")
    ap.add_argument("--profile", metavar="FILE", help="write a cProfile summary of the one-process run here")
    args = ap.parse_args()

    from corpusclean import Pipeline

    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, {platform.system()}; load average {os.getloadavg()[0]:.2f}")
    texts = corpus_texts(args.mb)
    mb = megabytes(texts)
    # load lazy resources outside the timing: every model (Pipeline.load, as before a fork;
    # lingua's Ukrainian and Belarusian models load on first use otherwise) and the first page
    Pipeline().load().process_text(texts[0])
    print(f"input: {len(texts)} generated pages, {mb:.2f} MB (shapes: lines, joined, spaced)")

    if args.profile:
        import cProfile
        import io
        import pstats

        profiler = cProfile.Profile()
        cc = timed(lambda: profiler.runcall(run_corpusclean, texts))
        stream = io.StringIO()
        pstats.Stats(profiler, stream=stream).sort_stats("cumulative").print_stats(60)
        pstats.Stats(profiler, stream=stream).sort_stats("tottime").print_stats(40)
        Path(args.profile).write_text(stream.getvalue(), encoding="utf-8")
        print(f"profile written to {args.profile} (profiled run: {mb / cc:.3f} MB/s)")

    cc = timed(lambda: run_corpusclean(texts))
    ftfy_s = timed(lambda: run_ftfy(texts))
    filters = datatrove_filters()
    run_datatrove(texts[:3], filters)  # warm up
    dt = timed(lambda: run_datatrove(texts, filters))
    print(f"corpusclean, one process: {cc:.2f} s, {len(texts) / cc:.1f} pages/s, {mb / cc:.3f} MB/s")
    print(f"ftfy.fix_text alone: {mb / ftfy_s:.3f} MB/s; ratio corpusclean / ftfy: {ftfy_s / cc:.2f}x (target >= 0.3x)")
    print(f"datatrove C4 + Gopher repetition: {mb / dt:.3f} MB/s; ratio corpusclean / datatrove: {dt / cc:.2f}x "
          "(target >= 3x)")

    html = [raw for _ in range(1000) for _, raw in material_html()]
    html_pages, total = [], 0
    for raw in html:
        html_pages.append(raw)
        total += len(raw)
        if total >= args.html_mb * 1e6:
            break
    html_mb = megabytes(html_pages)
    pipeline = Pipeline()
    pipeline.process_text(html_pages[0])
    cc_html = timed(lambda: sum(1 for _ in pipeline.run(html_pages)))
    traf = timed(lambda: run_trafilatura(html_pages))
    print(f"HTML: {len(html_pages)} pages, {html_mb:.2f} MB; corpusclean {html_mb / cc_html:.3f} MB/s, "
          f"trafilatura.extract alone {html_mb / traf:.3f} MB/s; ratio {traf / cc_html:.2f}x (target >= 0.5x)")

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        jtexts = corpus_texts(args.jobs_mb, seed=99)
        write_jsonl(corpus, jtexts)
        jmb = corpus.stat().st_size / 1e6
        one, _, out_one = cli(["-q", str(corpus)])
        two, _, out_two = cli(["-q", "-j", "2", str(corpus)])
        print(f"CLI on {jmb:.2f} MB of JSONL ({len(jtexts)} pages): -j 1 {one:.2f} s ({jmb / one:.3f} MB/s), "
              f"-j 2 {two:.2f} s ({jmb / two:.3f} MB/s); speed-up {one / two:.2f}x (target >= 1.8x); "
              f"output identical: {out_one == out_two}")
        if args.rss:
            steps = ["--steps", args.rss_steps] if args.rss_steps else []
            small, big = Path(tmp) / "8mb.jsonl", Path(tmp) / "64mb.jsonl"
            write_jsonl(small, corpus_texts(8, seed=7))
            base = small.read_bytes()
            with open(big, "wb") as fh:
                for _ in range(8):
                    fh.write(base)
            rss_small = peak_rss_kb(["-q", "--dedup", "off", *steps, "-o", os.devnull, str(small)])
            rss_big = peak_rss_kb(["-q", "--dedup", "off", *steps, "-o", os.devnull, str(big)])
            print(f"peak RSS ({'--steps ' + args.rss_steps if steps else 'default pipeline'}, --dedup off): "
                  f"8 MB {rss_small / 1024:.0f} MB, 64 MB {rss_big / 1024:.0f} MB; ratio {rss_big / rss_small:.3f} "
                  "(target <= 1.15)")
    print(f"load average at the end {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
