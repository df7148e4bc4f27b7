"""Measured floors for units (docs/boilerplate.md, "Units before verdicts" and "Checked on
clean text"): the unseen layouts in the joined and spaced shapes, and false removals on
clean UD prose.  The floors are the figures measured when the units were built; a change
that lowers one fails here."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from corpusclean.config import DEFAULT_STEPS
from corpusclean.edits import replay
from corpusclean.pipeline import Pipeline

PAGES = Path(__file__).parent / "data" / "pages_unseen"
STEPS = [s for s in DEFAULT_STEPS if s.startswith(("unicode.", "space.normalize", "segment.", "boilerplate.", "metadata."))]
GLUE = {"joined": "", "spaced": " "}
# shape -> (title, date, keep, drop) right, out of 48 pages, 252 keep lines, 296 drop lines
FLOORS = {"joined": (42, 42, 246, 281), "spaced": (27, 41, 241, 271)}


@pytest.mark.parametrize("shape", GLUE)
def test_unseen_layouts_in_joined_shapes(shape):
    title = date = keep = drop = 0
    for page in sorted(PAGES.glob("*.txt")):
        gold = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
        lines = [ln.strip() for ln in page.read_text(encoding="utf-8").splitlines() if ln.strip()]
        doc = Pipeline([*STEPS, "space.paragraphs"], reference_date=gold.get("reference_date")).process_text(
            GLUE[shape].join(lines))
        assert replay(doc.input_text, doc.edits) == doc.text
        title += (doc.meta.get("title") or None) == gold.get("title")
        pub, want = doc.meta.get("published"), gold.get("published")
        date += (not pub and not want) or bool(pub and want and str(pub).startswith(want))
        keep += sum(line in doc.text for line in gold["keep"])
        drop += sum(line not in doc.text for line in gold["drop"] if len(line.split()) >= 3)
    assert (title, date, keep, drop) >= FLOORS[shape]
    assert title >= FLOORS[shape][0] and date >= FLOORS[shape][1]
    assert keep >= FLOORS[shape][2] and drop >= FLOORS[shape][3]


def test_clean_prose_loses_nothing(shared):
    """UD sentences in pseudo-articles of twelve, one sentence a line: no boilerplate or
    metadata step removes anything but the title, and segment.units splits no sentence."""
    by_lang: dict[str, list[str]] = {}
    with open(shared / "eval" / "lid" / "dev.tsv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            by_lang.setdefault(row["lang"], []).append(row["text"].strip())
    pipeline = Pipeline(STEPS)
    removed = []
    for lang in ("kk", "ru"):
        sents = by_lang[lang]
        for i in range(0, len(sents), 12):
            doc = pipeline.process_text("\n".join(sents[i:i + 12]) + "\n")
            removed += [(lang, e.reason, e.before) for e in doc.edits
                        if e.step.startswith(("boilerplate.", "metadata.", "segment.")) and e.reason != "metadata.title"]
    assert removed == []
