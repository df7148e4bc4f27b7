"""The unseen page layouts (tests/data/pages_unseen) in every shape a scraper writes.

Each page is cleaned as written (one line per block), joined into one line with nothing
between its lines, and joined with spaces, by the page-dump steps of the installed
corpusclean's default order (unicode, whitespace, segment, boilerplate and metadata
steps; no language, repair or party steps).  Against the page's gold (``NAME.json``):

* ``title``, ``date``: pages whose title / publication date come out right;
* ``keep``: gold lines that survive verbatim in the text (as a substring: in a joined
  shape a kept line need not be a paragraph of its own);
* ``drop``: gold lines of three words or more that are gone from the text;
* ``replay``: pages whose edits replay.

    python benchmarks/unseen_shapes.py [--pages tests/data/pages_unseen]

Run it with another checkout first on ``PYTHONPATH`` to measure that version.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from corpusclean.config import DEFAULT_STEPS
from corpusclean.edits import replay
from corpusclean.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
FAMILIES = ("unicode.", "space.normalize", "segment.", "boilerplate.", "metadata.")
GLUE = {"lines": None, "joined": "", "spaced": " "}


def shaped(raw: str, shape: str) -> str:
    glue = GLUE[shape]
    if glue is None:
        return raw
    return glue.join(line.strip() for line in raw.splitlines() if line.strip()) + "\n"


def measure(pages: Path) -> dict:
    steps = [s for s in DEFAULT_STEPS if s.startswith(FAMILIES)] + ["space.paragraphs"]
    out = {}
    for shape in GLUE:
        tally = dict(pages=0, title=0, date=0, keep=0, keep_n=0, drop=0, drop_n=0, replay=0)
        for page in sorted(pages.glob("*.txt")):
            gold = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
            text = shaped(page.read_text(encoding="utf-8"), shape)
            doc = Pipeline(steps, reference_date=gold.get("reference_date")).process_text(text)
            tally["pages"] += 1
            tally["title"] += (doc.meta.get("title") or None) == gold.get("title")
            pub, want = doc.meta.get("published"), gold.get("published")
            tally["date"] += (not pub and not want) or bool(pub and want and str(pub).startswith(want))
            for line in gold.get("keep", []):
                tally["keep_n"] += 1
                tally["keep"] += line in doc.text
            for line in gold.get("drop", []):
                if len(line.split()) >= 3:
                    tally["drop_n"] += 1
                    tally["drop"] += line not in doc.text
            tally["replay"] += replay(doc.input_text, doc.edits) == doc.text
        out[shape] = tally
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=Path, default=ROOT / "tests" / "data" / "pages_unseen")
    args = ap.parse_args(argv)
    for shape, t in measure(args.pages).items():
        n = t["pages"]
        print(f"{shape:7} pages={n} title={t['title']}/{n} date={t['date']}/{n} keep={t['keep']}/{t['keep_n']} "
              f"drop={t['drop']}/{t['drop_n']} replay={t['replay']}/{n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
