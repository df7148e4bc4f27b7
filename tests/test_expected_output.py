"""The default pipeline's output on a fixed corpus, byte for byte (issue 15: speed-ups must
not change a byte).  The corpus and the expected output are in tests/data/expected_output/.

When a change of behaviour is meant, regenerate the expected output and commit it with the
change (its diff shows what changed):

    python tools/regenerate_expected.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import regenerate_expected as expected  # noqa: E402

REGENERATE = "python tools/regenerate_expected.py"


def _first_difference(actual: str, stored: str) -> str:
    a, b = actual.splitlines(), stored.splitlines()
    if len(a) != len(b):
        return f"{len(a)} lines now, {len(b)} stored"
    changed: dict[str, int] = {}
    first = ""
    for i, (x, y) in enumerate(zip(a, b), 1):
        if x != y:
            rx, ry = json.loads(x), json.loads(y)
            fields = sorted(k for k in set(rx) | set(ry) if rx.get(k) != ry.get(k))
            for k in fields:
                changed[k] = changed.get(k, 0) + 1
            first = first or f"first at line {i} ({(rx.get('source') or {}).get('path')}: {', '.join(fields)})"
    return "fields changed (lines): " + ", ".join(f"{k} ({n})" for k, n in sorted(changed.items())) + f"; {first}"


@pytest.fixture(scope="module")
def run():
    if not expected.RECORDS.exists():
        pytest.fail(f"no stored expected output: run {REGENERATE}")
    return expected.run_default_pipeline()


def test_default_pipeline_output_is_unchanged(run):
    code, records, _, err = run
    assert code == 0, err
    stored = expected.RECORDS.read_text(encoding="utf-8")
    assert records == stored, (f"output changed: {_first_difference(records, stored)}; if the change is meant, "
                               f"run {REGENERATE} and commit the new expected output")


def test_rejections_are_unchanged(run):
    _, _, rejected, _ = run
    stored = expected.REJECTS.read_text(encoding="utf-8")
    assert rejected == stored, (f"rejections changed: {_first_difference(rejected, stored)}; if meant, "
                                f"run {REGENERATE}")


def test_the_corpus_covers_every_shape_and_kind():
    names = sorted(p.name for p in expected.CORPUS.iterdir())
    assert any(n.startswith("seed_") for n in names) and any(n.endswith(".html") for n in names)
    assert {"lines", "joined", "spaced"} <= {n.rsplit("_", 1)[-1].removesuffix(".txt") for n in names if n.startswith("page_")}
    rows = [json.loads(line) for line in (expected.CORPUS / "unseen.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {"lines", "joined", "spaced"} <= {r.get("shape") for r in rows}
    stored = expected.RECORDS.read_text(encoding="utf-8").splitlines()
    assert len(stored) >= 20 and expected.REJECTS.read_text(encoding="utf-8").strip()
