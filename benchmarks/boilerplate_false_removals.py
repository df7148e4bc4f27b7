"""False removals of the boilerplate and metadata steps on clean prose (the UD method).

The UD sentences of ``../shared/eval/lid/dev.tsv`` (clean Russian and Kazakh prose, no
page furniture) are grouped :data:`GROUP` at a time, in file order, into pseudo-articles,
and cleaned with the page-dump steps (``segment.units``, ``boilerplate.*``,
``metadata.*``).  Every span a boilerplate or metadata step removes is a false removal,
except the first sentence of a group in the one-line-per-block shape, which the title
rule rightly takes as the headline of a page dump.  ``segment.*`` edits inside a line of
one sentence are false splits.

Shapes: ``lines`` (one sentence a line), ``joined`` (sentences glued with nothing, as a
scraper joins blocks) and ``spaced`` (one line, sentences separated by a space).  In the
joined shape a glued sentence end is a true boundary, so only removals count there.

    python benchmarks/boilerplate_false_removals.py [--shared ../shared] [-v]
"""

from __future__ import annotations

import argparse
import collections
import csv
from pathlib import Path

from corpusclean.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
GROUP = 12
PAGE_STEPS = ("unicode.ftfy", "space.normalize", "metadata.front_matter", "segment.units", "boilerplate.inline",
              "boilerplate.lines", "boilerplate.duplicates", "metadata.date", "metadata.rubric", "metadata.site",
              "metadata.title", "metadata.tags", "metadata.attribution")
GLUE = {"lines": "\n", "joined": "", "spaced": " "}


def groups(shared: Path) -> dict[str, list[list[str]]]:
    by_lang: dict[str, list[str]] = collections.defaultdict(list)
    with open(shared / "eval" / "lid" / "dev.tsv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            by_lang[row["lang"]].append(row["text"].strip())
    return {lang: [sents[i:i + GROUP] for i in range(0, len(sents), GROUP)] for lang, sents in sorted(by_lang.items())}


def measure(shared: Path, verbose: bool = False) -> dict:
    pipeline = Pipeline(list(PAGE_STEPS))
    out = {}
    for lang, grps in groups(shared).items():
        for shape, glue in GLUE.items():
            removed: collections.Counter = collections.Counter()
            splits = titles = 0
            for sents in grps:
                doc = pipeline.process_text(glue.join(sents) + "\n")
                for e in doc.edits:
                    if e.step.startswith("segment.") and shape == "lines":
                        splits += 1
                        if verbose:
                            print(f"{lang} {shape} split {e.reason}: {doc.input_text[max(0, e.start - 30):e.start + 30]!r}")
                    if not e.step.startswith(("boilerplate.", "metadata.")) or not e.before.strip():
                        continue
                    if shape == "lines" and e.reason == "metadata.title" and e.before.strip() == sents[0]:
                        titles += 1
                        continue
                    removed[e.reason] += 1
                    if verbose:
                        print(f"{lang} {shape} {e.reason}: {e.before.strip()[:120]!r}")
            out[(lang, shape)] = {"groups": len(grps), "sentences": sum(map(len, grps)), "removed": dict(removed),
                                  "false_removals": sum(removed.values()), "titles": titles, "false_splits": splits}
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every false removal and split")
    args = ap.parse_args(argv)
    for (lang, shape), r in measure(args.shared, args.verbose).items():
        print(f"{lang} {shape:7} groups={r['groups']} sentences={r['sentences']} false_removals={r['false_removals']} "
              f"{r['removed']} false_splits={r['false_splits']} first-line titles={r['titles']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
