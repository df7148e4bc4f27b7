"""Speed-ups that must not change a byte (issue 15): each fast path is checked against the
plain computation it replaces, on generated text in every shape."""

from __future__ import annotations

import glob
from pathlib import Path

import ftfy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpusclean.config import Config
from corpusclean.edits import Change
from corpusclean.steps.unicode import UnicodeRepair
from corpusclean.steps.whitespace import _HSPACE, NormalizeWhitespace

ROOT = Path(__file__).resolve().parent.parent


def reference_spaces(text: str) -> list[Change]:
    """space.normalize's run rule, one match per run of horizontal space (the slow form)."""
    out, n = [], len(text)
    for m in _HSPACE.finditer(text):
        s, e = m.start(), m.end()
        if s == 0 or text[s - 1] == "\n" or e == n or text[e] == "\n":
            out.append(Change(s, e, "", "space.line_edge"))
        elif m.group() != " ":
            out.append(Change(s, e, " ", "space.nbsp" if m.group().strip(" \t") else "space.runs"))
    return out


SPACEY = st.text(alphabet=st.sampled_from([" ", " ", " ", "\t", "\u00a0", "\u2009", "\u3000", "\n", "а", "b", "қ"]),
                 max_size=60)


@settings(max_examples=400, deadline=None)
@given(SPACEY)
def test_space_runs_fast_path_finds_exactly_the_runs_to_edit(text):
    assert list(NormalizeWhitespace._spaces(text)) == reference_spaces(text)


@pytest.mark.parametrize("text", ["", " ", "  ", "a b", "a  b", " a", "a ", "a\n b", "a \nb", "a\u00a0b", "a \t b",
                                  "\u3000", "a\n\n ", " \n ", "слово  слово\u00a0слово"])
def test_space_runs_fast_path_rows(text):
    assert list(NormalizeWhitespace._spaces(text)) == reference_spaces(text)


@pytest.fixture(scope="module")
def ftfy_step():
    step = UnicodeRepair(config=Config())
    step.ensure_setup()
    return step


def _material_lines() -> list[str]:
    files = sorted(glob.glob(str(ROOT / "seeds" / "*.txt")) + glob.glob(str(ROOT / "tests" / "data" / "**" / "*.txt"),
                                                                       recursive=True))
    return [line for f in files for line in Path(f).read_text(encoding="utf-8").split("\n") if not line.isascii()]


def test_ftfy_is_skipped_only_where_it_would_change_nothing(ftfy_step):
    lines = _material_lines()
    damaged = []
    for line in lines[:400]:
        damaged += [line.encode("utf-8").decode("cp1251", "replace"), line.encode("utf-8").decode("latin-1"),
                    line.replace("а", "ﬁ", 1), line.replace("е", "ＡＢ", 1), line.replace("о", "&amp;", 1),
                    line.replace(" ", "\x85", 1), line.replace("и", "и\u0306", 1)]
    skipped = [line for line in lines + damaged if ftfy_step._unchanged_by_ftfy(line)]
    assert len(skipped) >= len(lines) * 0.9  # clean real lines skip ftfy
    for line in skipped:
        assert ftfy.fix_and_explain(line, config=ftfy_step._config)[0] == line
    for line in damaged:  # and damage is never skipped when ftfy would repair it
        if ftfy.fix_and_explain(line, config=ftfy_step._config)[0] != line:
            assert not ftfy_step._unchanged_by_ftfy(line)
