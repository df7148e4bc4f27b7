"""The dev gold, scored by ../shared/eval/score.py against the CLI, held at pinned floors.

Like trafilatura's CI gate: a change that lowers a figure below its floor fails here.
Skips when ../shared is absent.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Floors as the issues set them (all five seeds right; text F1 >= 0.99).
FLOORS = "f1=0.99,drop=1,title=1,date=1,lang=1,fixes=1,ent_p=1,ent_r=1"


def test_dev_gold_scores_at_or_above_the_floors(shared):
    cmd = f"{sys.executable} -m corpusclean"
    proc = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), str(shared / "eval" / "dev"),
         "--docs", str(ROOT / "seeds"), "--cmd", cmd, "--require", FLOORS, "-v"],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    summary = proc.stdout.strip().splitlines()[-1]
    assert summary.startswith("dev: docs=1.000")
