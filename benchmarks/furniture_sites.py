"""Learned furniture on the invented sites of tests/furniture_sites.py, in every shape.

For each shape (one line per block, blank-line paragraphs, joined with nothing, joined with
spaces) and each container (a folder of txt dumps per site; a JSONL file per site read with
--text-key), the sites are cleaned with the default pipeline twice: with the first learning
pass (the default) and with --no-learn.  Printed per run: how many of the sites' furniture
lines survive (line x page, and the share of pages where any survives), how many body
sentences are lost, how many titles are right, and the run's wall time (both passes).

    python benchmarks/furniture_sites.py
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


if __name__ == "__main__":
    main_()
