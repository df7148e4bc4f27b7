"""-j N (issue 15): documents go to the workers in batches sized by the measured time per
document (about TASK_SECONDS of work a task, one document until a time is known), so that
neither worker waits for the other's long batch at the end of a pass; the output stays in
input order whatever the sizes.  The furniture-learning pass's workers inherit the
dictionaries its steps read (the warm-up text brings them in before the fork) instead of
each loading its own copy."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from corpusclean.parallel import MAX_BATCH, TASK_SECONDS, _batch_size, ordered_map

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("per_item, expected", [
    (None, 1),                     # nothing measured yet: one document a task
    (TASK_SECONDS * 2, 1),         # a slow document: alone in its task
    (TASK_SECONDS, 1),
    (TASK_SECONDS / 5, 5),         # five documents make one task's worth of work
    (TASK_SECONDS / 1000, MAX_BATCH),  # light steps: capped, so memory stays bounded
    (0.0, MAX_BATCH),
])
def test_batch_size_follows_the_time_per_document(per_item, expected):
    assert _batch_size(per_item) == expected


def _slow_for_some(x: int) -> tuple[int, int]:
    if x % 17 == 0:
        time.sleep(0.02)  # a few long documents among short ones
    return x, x * x


def test_batches_of_every_size_come_back_in_input_order():
    out = list(ordered_map(_slow_for_some, range(300), 2))
    assert out == [(x, x * x) for x in range(300)]


def test_an_empty_input_starts_nothing_and_yields_nothing():
    assert list(ordered_map(_slow_for_some, iter(()), 2)) == []


LEARNING_WARM_UP = """
from corpusclean import Pipeline
from corpusclean.furniture.learn import _load_steps, steps_before_furniture
from corpusclean.repair import kazakh
_load_steps(steps_before_furniture(Pipeline()))
print(kazakh.stems.cache_info().currsize)
"""


def test_the_learning_pass_warm_up_loads_the_kazakh_stems_before_the_fork():
    # run in a fresh interpreter: in this one another test may have loaded them already
    out = subprocess.run([sys.executable, "-c", LEARNING_WARM_UP], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout
    assert out.strip() == "1"


def test_nothing_loads_the_kazakh_stems_at_import():
    out = subprocess.run([sys.executable, "-c", "from corpusclean import Pipeline; Pipeline()\n"
                          "from corpusclean.repair import kazakh; print(kazakh.stems.cache_info().currsize)"],
                         capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert out.strip() == "0"
