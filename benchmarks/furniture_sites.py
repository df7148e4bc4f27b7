"""Learned furniture on the invented sites of tests/furniture_sites.py, in every shape.

For each shape (one line per block, blank-line paragraphs, joined with nothing, joined with
spaces) and each container (a folder of txt dumps per site; a JSONL file per site read with
--text-key), the sites are cleaned with the default pipeline twice: with the first learning
pass (the default) and with --no-learn.  Printed per run: how many of the sites' furniture
lines survive (line x page, and the share of pages where any survives), how many body
sentences are lost, how many titles are right, and the run's wall time (both passes).

    python benchmarks/furniture_sites.py
    python benchmarks/furniture_sites.py --mixed [--pages N]

``--mixed``: the five invented sites of tests/mixedsites_pages.py (N pages each, default 6)
dumped into ONE folder of txt files, and into ONE JSONL file, with no url: the sites must be
recovered from the pages (corpusclean/furniture/sites.py).  Beside the learned and --no-learn
runs, "per-site" puts each site in a folder of its own (the grouping a user gets by sorting the
dumps).  Printed as above, plus the word 4-gram shingle F1 of each cleaned text against the
page's body sentences (title and date are fields, not body), averaged over the pages.
"""

from __future__ import annotations

import io
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import furniture_sites as fs  # noqa: E402
import mixedsites_pages as mp  # noqa: E402

from corpusclean.cli import main  # noqa: E402


def run(paths, opts):
    out, err = io.StringIO(), io.StringIO()
    t = time.perf_counter()
    code = main([*map(str, paths), *opts, "--dedup", "off"], stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    return [json.loads(x) for x in out.getvalue().splitlines()], time.perf_counter() - t


def page_of(rec):
    p = Path(rec["source"]["path"])
    return (p.stem, rec["source"]["line"] - 1) if rec["source"].get("line") else (p.parent.name, int(p.stem.split("_")[1]))


def measure(records):
    survived = pages_with = lost = titles = 0
    for rec in records:
        site, i = page_of(rec)
        titles += rec["title"] == fs.page_blocks(site, i)[1]
        here = [f for f in fs.furniture_lines(site) if f in rec["text"]]
        survived += len(here)
        pages_with += bool(here)
        lost += sum(1 for s in fs.body_sentences(site, i) if s not in rec["text"])
    return survived, pages_with, lost, titles


def main_() -> None:
    n_pages = len(fs.SITES) * fs.PAGES_PER_SITE
    n_lines = n_pages * 3
    print(f"{len(fs.SITES)} sites x {fs.PAGES_PER_SITE} pages; {n_lines} furniture lines, "
          f"{n_pages * fs.BODY_SENTENCES} body sentences")
    print(f"{'shape':11} {'container':9} {'mode':9} {'furniture left':>15} {'pages with any':>15} {'body lost':>9} {'titles':>7} {'seconds':>8}")
    for shape in ("lines", "paragraphs", "joined", "spaced"):
        for container in ("folders", "jsonl"):
            with tempfile.TemporaryDirectory() as tmp:
                root = Path(tmp)
                if container == "folders":
                    paths, opts = fs.write_folders(root, shape), []
                else:
                    paths, opts = fs.write_jsonl(root, shape), ["--text-key", "body"]
                for mode, extra in (("learned", []), ("no-learn", ["--no-learn"])):
                    records, seconds = run(paths, opts + extra)
                    left, pages, lost, titles = measure(records)
                    print(f"{shape:11} {container:9} {mode:9} {left:>6}/{n_lines:<8} {pages:>6}/{n_pages:<8} "
                          f"{lost:>9} {titles:>4}/{n_pages:<2} {seconds:>8.1f}")


def shingles(text: str, n: int = 4) -> set:
    words = text.split()
    return {tuple(words[i:i + n]) for i in range(max(1, len(words) - n + 1))}


def f1(reference: str, cleaned: str) -> float:
    ref, got = shingles(reference), shingles(cleaned)
    if not ref or not got:
        return float(ref == got)
    common = len(ref & got)
    return 0.0 if not common else 2 * common / (len(ref) + len(got))


def measure_mixed(records, page_of):
    survived = pages_with = lost = titles = 0
    scores = []
    for rec in records:
        site, i = page_of(rec)
        titles += rec["title"] == mp.page_blocks(site, i)[1]
        here = [f for f in mp.furniture_lines(site) if f in rec["text"]]
        survived += len(here)
        pages_with += bool(here)
        lost += sum(1 for s in mp.body_sentences(site, i) if s not in rec["text"])
        scores.append(f1(" ".join(mp.page_blocks(site, i)[3:-2]), rec["text"]))
    return survived, pages_with, lost, titles, sum(scores) / len(scores)


def main_mixed(pages: int) -> None:
    mp.PAGES_PER_SITE = pages
    n_pages = len(mp.SITES) * pages
    n_lines = n_pages * 3
    print(f"{len(mp.SITES)} sites x {pages} pages mixed in one folder / one JSONL file; {n_lines} furniture lines")
    print(f"{'shape':8} {'container':9} {'mode':9} {'furniture left':>15} {'pages with any':>15} {'body lost':>9} "
          f"{'titles':>7} {'F1':>6} {'seconds':>8}")
    for shape in mp.SHAPES:
        for container in ("folder", "jsonl", "per-site"):
            with tempfile.TemporaryDirectory() as tmp:
                root = Path(tmp)
                if container == "folder":
                    folder, index = mp.write_folder(root, shape)
                    paths, opts = [folder], []
                    page_of = lambda rec, index=index: index[Path(rec["source"]["path"]).name]  # noqa: E731
                elif container == "jsonl":
                    path, index = mp.write_jsonl(root, shape)
                    paths, opts = [path], ["--text-key", "body"]
                    page_of = lambda rec, index=index: index[rec["source"]["line"]]  # noqa: E731
                else:
                    paths, opts = [], []
                    for site in mp.SITES:
                        (root / site).mkdir()
                        for i in range(pages):
                            (root / site / f"page_{i:02d}.txt").write_text(mp.page_text(site, i, shape), encoding="utf-8")
                        paths.append(root / site)
                    page_of = lambda rec: (Path(rec["source"]["path"]).parent.name,  # noqa: E731
                                           int(Path(rec["source"]["path"]).stem.split("_")[1]))
                modes = (("learned", []), ("no-learn", ["--no-learn"])) if container != "per-site" else (("learned", []),)
                for mode, extra in modes:
                    records, seconds = run(paths, opts + extra)
                    left, with_any, lost, titles, score = measure_mixed(records, page_of)
                    print(f"{shape:8} {container:9} {mode:9} {left:>6}/{n_lines:<8} {with_any:>6}/{n_pages:<8} "
                          f"{lost:>9} {titles:>4}/{n_pages:<2} {score:>6.3f} {seconds:>8.1f}")


if __name__ == "__main__":
    if "--mixed" in sys.argv:
        main_mixed(int(sys.argv[sys.argv.index("--pages") + 1]) if "--pages" in sys.argv else 6)
    else:
        main_()
