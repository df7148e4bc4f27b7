"""Write the expected output that tests/test_expected_output.py compares against.

The test holds the default pipeline to its output on a fixed corpus, byte for byte, so a
speed-up can be shown to change nothing.  When a change of behaviour IS meant, run

    python tools/regenerate_expected.py

and commit the new tests/data/expected_output/*.jsonl with the change (the diff shows what
changed).  ``--rebuild-corpus`` also rewrites the corpus itself from its sources (the seeds,
tests/data/pages, tests/data/pages_unseen, tests/data/html) in every shape a scraper writes:
one line per block, blocks joined with nothing, joined with spaces, JSONL and HTML.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "data" / "expected_output"
sys.path.insert(0, str(ROOT / "benchmarks"))
from realistic_corpus import shape  # noqa: E402  (the page shapes: one definition for corpus and benchmark)
CORPUS = FIXTURE / "corpus"
RECORDS = FIXTURE / "records.jsonl"
REJECTS = FIXTURE / "rejects.jsonl"
# The run: the default pipeline, no project settings, nothing but the corpus.
ARGS = ["--no-project-config", "corpus", "--rejects", "{rejects}"]

# Sources of the corpus and the shape each is written in.
PAGES = ["agency_kk", "aggregator_ru", "interview_ru", "party_kk", "party_ru", "portal_ru", "regional_kk", "tv_kk"]
UNSEEN = ["akimat_ru", "breaking_kk", "business_ru", "caption_kk", "comments_kk", "gazette_kk", "mixed_kk",
          "oneblock_ru", "press_ru", "senate_kk", "widgets_ru", "weekday_ru"]
HTML = ["agency_ru", "portal_kk_jsonld", "party_ru_cp1251", "regional_kk"]
SHAPES = ("lines", "joined", "spaced")


def build_corpus(out: Path = CORPUS) -> None:
    """Write the fixed corpus (deterministic: sources in a fixed order, shapes in turn)."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copyfile(seed, out / f"seed_{seed.name}")
    for i, name in enumerate(PAGES):
        text = (ROOT / "tests" / "data" / "pages" / f"{name}.txt").read_text(encoding="utf-8")
        how = SHAPES[i % len(SHAPES)]
        (out / f"page_{name}_{how}.txt").write_text(shape(text, how), encoding="utf-8")
    rows = []
    for i, name in enumerate(UNSEEN):
        text = (ROOT / "tests" / "data" / "pages_unseen" / f"{name}.txt").read_text(encoding="utf-8")
        how = SHAPES[i % len(SHAPES)]
        rows.append({"id": f"unseen-{name}", "url": f"https://news.example/{name}", "shape": how,
                     "text": shape(text, how)})
    rows.append({"id": "no-text-field", "body": "Сенат принял закон."})
    rows.append({"id": "empty", "text": "   "})
    (out / "unseen.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                      encoding="utf-8")
    for name in HTML:
        shutil.copyfile(ROOT / "tests" / "data" / "html" / f"{name}.html", out / f"html_{name}.html")
    (out / "zz_empty.txt").write_bytes(b"")


def run_default_pipeline(corpus: Path = CORPUS) -> tuple[int, str, str, str]:
    """The CLI on a copy of the corpus in a temporary folder, run from that folder (so the
    paths in records are relative: ``corpus/...``): exit code, records, rejections, stderr."""
    import tempfile

    from corpusclean.cli import main

    cwd = os.getcwd()
    with tempfile.TemporaryDirectory(prefix="corpusclean_expected_") as tmp:
        shutil.copytree(corpus, Path(tmp) / "corpus")
        argv = [a.replace("{rejects}", "rejects.jsonl") for a in ARGS]
        out, err = io.StringIO(), io.StringIO()
        os.chdir(tmp)
        try:
            code = main(argv, stdout=out, stderr=err)
        finally:
            os.chdir(cwd)
        rejects = Path(tmp) / "rejects.jsonl"
        rejected = rejects.read_text(encoding="utf-8") if rejects.exists() else ""
    return code, out.getvalue(), rejected, err.getvalue()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rebuild-corpus", action="store_true", help="also rewrite the corpus from its sources")
    args = ap.parse_args()
    if args.rebuild_corpus or not CORPUS.exists():
        build_corpus()
    code, records, rejected, err = run_default_pipeline()
    if code != 0:
        sys.stderr.write(err)
        return code
    RECORDS.write_text(records, encoding="utf-8")
    REJECTS.write_text(rejected, encoding="utf-8")
    print(f"{RECORDS.relative_to(ROOT)}: {records.count(chr(10))} records; "
          f"{REJECTS.relative_to(ROOT)}: {rejected.count(chr(10))} rejections")
    return 0


if __name__ == "__main__":
    sys.exit(main())
