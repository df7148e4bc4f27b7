"""Field-by-field comparison of the records two versions of corpusclean write for HTML pages.

Made for a change of what the HTML extraction emits (corpusclean/extract.py, blocks_apart):
the record text, title, date and every other field must stay the same; only the edit log
(and what hangs on input offsets: entities' input_start/input_end) may differ.

The pages: every HTML page of tests/data (tests/data/html, tests/data/pages, the
expected-output corpus) and, for variety, every page dump of tests/data/pages,
tests/data/pages_unseen, the seeds and the dev sets heldout_2026_12c and _12d (by site) put
into HTML in three markups: one <p> a line in an <article>; the lines parted by <br> in one
<div>; short lines as <li> of a list, others as <p>, the first line as the <h1>.  Both
versions run the command line (learning pass included, --keep-input) on the same folder.
Then, for the version under test: replay(input_text, edits) == text; and, on both sides, how
many records' text a fresh clean as a page dump changes (metadata.title lifts the headline
again when the record's title is not known: compare the two counts, not each with zero).

    rm -rf /tmp/before && mkdir -p /tmp/before && git archive HEAD corpusclean | tar -x -C /tmp/before
    python benchmarks/html_fields_ab.py --before /tmp/before --after . --work /tmp/html_fields_ab
"""

from __future__ import annotations

import argparse
import html as html_lib
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("SHARED", "/work/shared"))
# fields that hang on the replay input's offsets, allowed to differ
EDIT_FIELDS = ("edits",)
_SHORT_LINE_WORDS = 6


def _markups(lines: list[str]) -> dict[str, str]:
    esc = [html_lib.escape(x) for x in lines]
    title = esc[0] if esc else ""
    head = f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
    items = []
    for k, (line, raw) in enumerate(zip(esc, lines)):
        if k == 0:
            items.append(f"<h1>{line}</h1>")
        elif len(raw.split()) < _SHORT_LINE_WORDS:
            items.append(f"<ul><li>{line}</li></ul>")
        else:
            items.append(f"<p>{line}</p>")
    return {
        "p": head + "<article>" + "".join(f"<p>{x}</p>\n" for x in esc) + "</article></body></html>",
        "br": head + "<div class='content'>" + "<br>\n".join(esc) + "</div></body></html>",
        "mixed": head + "<article>" + "\n".join(items) + "</article></body></html>",
    }


def _dumps() -> list[tuple[str, Path]]:
    """(site folder, page dump) of every page dump used."""
    found = []
    for path in sorted((ROOT / "tests/data/pages").glob("*.txt")):
        found.append(("pages", path))
    for path in sorted((ROOT / "tests/data/pages_unseen").glob("*.txt")):
        found.append(("pages_unseen", path))
    for path in sorted((SHARED / "seeds").glob("*.txt")):
        found.append(("seeds", path))
    for name in ("heldout_2026_12c", "heldout_2026_12d"):
        for path in sorted((ROOT / "benchmarks/data" / name / "bysite").glob("*/*.txt")):
            found.append((f"{name[-3:]}_{path.parent.name}", path))
    return found


def build_corpus(work: Path) -> Path:
    corpus = work / "corpus"
    shutil.rmtree(corpus, ignore_errors=True)
    real = corpus / "real"
    real.mkdir(parents=True)
    for path in sorted(ROOT.glob("tests/data/**/*.html")):
        shutil.copy(path, real / f"{path.parent.name}_{path.name}")
    for site, path in _dumps():
        lines = [x.strip() for x in path.read_text(encoding="utf-8").split("\n") if x.strip()]
        for shape, page in _markups(lines).items():
            folder = corpus / shape / site
            folder.mkdir(parents=True, exist_ok=True)
            (folder / (path.stem + ".html")).write_text(page, encoding="utf-8")
    return corpus


def run_cli(tree: Path, corpus: Path, out: Path, extra: list[str]) -> list[dict]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    rejects = out.with_suffix(".rejects.jsonl")
    subprocess.run([sys.executable, "-m", "corpusclean", "--no-project-config", "--keep-input", "--no-progress",
                    "--no-summary", "-q", "--dedup", "off", *extra, "-o", str(out), "--rejects", str(rejects), str(corpus)],
                   env=env, check=True, cwd=str(out.parent))
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines() if x.strip()]
    records += [json.loads(x) for x in rejects.read_text(encoding="utf-8").splitlines() if x.strip()]
    return records


def _key(rec: dict) -> str:
    return rec["source"].get("path") or rec["id"]


def _without_offsets(rec: dict) -> dict:
    """The record without its edit log and what stands on input offsets."""
    rec = {k: v for k, v in rec.items() if k not in EDIT_FIELDS and k != "input_text"}
    rec["entities"] = [{k: v for k, v in e.items() if k not in ("input_start", "input_end")}
                       for e in rec.get("entities") or []]
    return rec


def compare(before: list[dict], after: list[dict]) -> int:
    from corpusclean import Pipeline
    from corpusclean.edits import replay

    b, a = {_key(r): r for r in before}, {_key(r): r for r in after}
    assert b.keys() == a.keys(), "the two runs read different pages"
    diff = Counter()
    pipeline = Pipeline()
    for key in sorted(b):
        rb, ra = b[key], a[key]
        diff["pages"] += 1
        if rb.get("rejected") or ra.get("rejected"):
            diff["rejected (both)" if rb.get("rejected") and ra.get("rejected") else "REJECTED IN ONE"] += 1
            continue
        for name in sorted(set(rb) | set(ra)):
            if name in EDIT_FIELDS or name == "input_text":
                continue
            if _without_offsets(rb).get(name) != _without_offsets(ra).get(name):
                diff[f"DIFFERENT {name}"] += 1
                if name == "text":
                    print(f"text differs: {key}")
        if rb["text"] == ra["text"]:
            diff["text identical"] += 1
        if [e for e in rb.get("entities", [])] != [e for e in ra.get("entities", [])]:
            diff["entity input offsets differ"] += 1
        nb, na = len(rb["edits"]), len(ra["edits"])
        diff["edits shorter" if na < nb else "edits longer" if na > nb else "edits same count"] += 1
        diff["edit entries before"] += nb
        diff["edit entries after"] += na
        if replay(ra["input_text"], ra["edits"]) != ra["text"]:
            diff["REPLAY FAILS"] += 1
        if pipeline.process_text(ra["text"]).text != ra["text"]:
            diff["re-clean as a page dump changes the text (after)"] += 1
        if pipeline.process_text(rb["text"]).text != rb["text"]:
            diff["re-clean as a page dump changes the text (before)"] += 1
    for name, count in sorted(diff.items()):
        print(f"  {name}: {count}")
    bad = [k for k in diff if k.startswith(("DIFFERENT", "REPLAY", "REJECTED IN ONE"))]
    return 1 if bad else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--before", required=True, help="a folder holding the other version's corpusclean package")
    ap.add_argument("--after", default=str(ROOT), help="the folder of the version under test")
    ap.add_argument("--work", default="/tmp/html_fields_ab")
    ap.add_argument("--no-learn", action="store_true", help="run both without the furniture-learning pass")
    args = ap.parse_args()
    work = Path(args.work)
    corpus = build_corpus(work)
    print(f"{sum(1 for _ in corpus.rglob('*.html'))} HTML pages in {corpus}")
    extra = ["--no-learn"] if args.no_learn else []
    before = run_cli(Path(args.before).resolve(), corpus, work / "before.jsonl", extra)
    after = run_cli(Path(args.after).resolve(), corpus, work / "after.jsonl", extra)
    return compare(before, after)


if __name__ == "__main__":
    sys.exit(main())
