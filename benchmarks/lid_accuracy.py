"""Language-identification accuracy and speed on a labelled TSV (default: the shared
LID dev set, ``../shared/eval/lid/dev.tsv``; columns ``lang, source, sent_id, text``).

    python benchmarks/lid_accuracy.py [FILE.tsv ...] [--backend corpusclean|langdetect] [--errors]

Prints one row per language and an overall row, then one row per source (second column
of a four-column file: treebank, own short lines by kind): sentences, correct, accuracy,
and the mean time per sentence.  Default files: the shared dev set and
``benchmarks/data/lid_short_lines.tsv`` (short social-media lines, list items, @handles
and brands, Kazakh without Kazakh-only letters, Latin-script Kazakh; own writing, held
out).  Measuring only: nothing here tunes anything.
"""

from __future__ import annotations

import argparse
import csv
import platform
import resource
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "eval" / "lid" / "dev.tsv"
SHORT_LINES = ROOT / "benchmarks" / "data" / "lid_short_lines.tsv"


def read_tsv(path: Path) -> list[tuple[str, str, str]]:
    """(lang, source, text) per row; the source is "" for two-column files."""
    rows = []
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if not row or row[0] == "lang" or row[0].startswith("#"):
                continue
            rows.append((row[0], row[1] if len(row) >= 3 else "", row[-1]))
    return rows


def table(title: str, n: Counter, ok: Counter) -> None:
    print(f"{title:<28}{'sentences':>10}{'correct':>10}{'accuracy':>10}")
    for key in sorted(n):
        print(f"{key:<28}{n[key]:>10}{ok[key]:>10}{100 * ok[key] / n[key]:>9.2f}%")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--backend", default="corpusclean")
    ap.add_argument("--errors", action="store_true", help="print every wrong answer")
    args = ap.parse_args(argv)
    files = args.files or [DEFAULT, SHORT_LINES]

    t0 = time.perf_counter()
    from corpusclean.langid import detect_language

    # Load the models once, outside the timings: Kazakh/Russian, the Ukrainian/Belarusian set,
    # and langdetect (Latin-script text that is not Kazakh).
    for probe in ("Партия провела съезд.", "Він сказав, що прийде.", "The congress opened."):
        detect_language(probe, backend=args.backend)
    load = time.perf_counter() - t0
    for path in files:
        rows = read_tsv(path)
        n, ok = Counter(), Counter()
        n_src, ok_src = Counter(), Counter()
        errors = []
        t = time.perf_counter()
        for gold, source, text in rows:
            got = detect_language(text, backend=args.backend).lang
            n[gold] += 1
            ok[gold] += got == gold
            key = f"{source} [{gold}]" if source else gold
            n_src[key] += 1
            ok_src[key] += got == gold
            if got != gold:
                errors.append((gold, got, text))
        elapsed = time.perf_counter() - t
        print(f"\n{path} (backend {args.backend})")
        table("lang", n, ok)
        total, good = sum(n.values()), sum(ok.values())
        print(f"{'overall':<28}{total:>10}{good:>10}{100 * good / total:>9.2f}%")
        if any(source for _g, source, _t in rows):
            print()
            table("source [lang]", n_src, ok_src)
        print(f"speed: {1000 * elapsed / max(total, 1):.3f} ms per sentence "
              f"(mean length {sum(len(t) for _g, _s, t in rows) / max(total, 1):.0f} chars)")
        if args.errors:
            for gold, got, text in errors:
                print(f"  {gold} -> {got}: {text}")
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    if seeds and args.backend in ("corpusclean", "langdetect"):
        from corpusclean import Pipeline
        from corpusclean.document import Document
        from corpusclean.steps.language import DetectLanguage

        texts = [Pipeline(["unicode.ftfy", "space.normalize"]).process_text(p.read_text(encoding="utf-8")).text
                 for p in seeds]
        step = DetectLanguage(backend=args.backend)
        step.ensure_setup()
        rounds = 5
        t = time.perf_counter()
        for _ in range(rounds):
            for text in texts:
                step(Document(text))
        per_doc = 1000 * (time.perf_counter() - t) / (rounds * len(texts))
        paras = sum(len(DetectLanguage.paragraphs(x)) for x in texts) / len(texts)
        print(f"\nlang.detect on {len(texts)} seed documents (mean {sum(map(len, texts)) / len(texts):.0f} chars, "
              f"{paras:.0f} paragraphs): {per_doc:.1f} ms per document")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nmodel load {load:.2f} s, peak RSS {rss:.0f} MB; "
          f"python {platform.python_version()}, {platform.machine()}, {platform.system()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
