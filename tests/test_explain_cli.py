"""``corpusclean explain`` for people: input coordinates, context, filters, -o, --help."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from corpusclean.cli import EXIT_OK, main

ROOT = Path(__file__).resolve().parent.parent
RELATED_SEED = ROOT / "seeds" / "002_10c7d448ac22702c.txt"  # ends in a list of related news
EDIT_LINE = re.compile(r"^   \[\s*(\d+)\] (\S+)\s+(\S+)\s+line (\d+):(\d+) \(input (\d+)-(\d+)\)$", re.M)


def run(argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def record(path: Path, *extra: str) -> dict:
    code, out, err = run([str(path), "--keep-input", "--no-project-config", *extra])
    assert code == EXIT_OK, err
    return json.loads(out.splitlines()[0])


@pytest.fixture(scope="module")
def related():
    rec = record(RELATED_SEED)
    code, out, err = run(["explain", str(RELATED_SEED), "--no-project-config", "--all"])
    assert code == EXIT_OK, err
    return rec, out


def test_offsets_are_input_offsets(related):
    rec, out = related
    text = rec["input_text"]
    rows = EDIT_LINE.findall(out)
    assert len(rows) == len(rec["edits"])
    starts = [int(s) for n, reason, *_rest, s, e in [(r[0], r[1], r[5], r[6]) for r in rows] if reason == "boilerplate.related"]
    assert len(starts) >= 5 and len(set(starts)) == len(starts), "each related-news line has its own offset"
    for n, reason, step, line, col, s, e in rows:
        edit = rec["edits"][int(n) - 1]
        s, e = int(s), int(e)
        assert text.count("\n", 0, s) + 1 == int(line) and s - (text.rfind("\n", 0, s) + 1) + 1 == int(col)
        if edit["reason"].startswith(("boilerplate.", "metadata.")):
            # whole lines of the page: the input holds them there (no-break spaces aside)
            assert text[s:e].replace("\u00a0", " ") == edit["before"]


def test_each_edit_shows_its_input_line_with_the_change_marked(tmp_path):
    page = tmp_path / "joined.txt"
    # paragraphs joined with spaces into one line: a Latin "a" inside a Cyrillic word and
    # a space before a comma, each shown inside its long line with the text around it
    page.write_text("Депутаты пaртии , которая победила на выборах, собрались в Астане. Они обсудили бюджет. "
                    "Второй абзац начинается здесь и продолжается.\n", encoding="utf-8")
    code, out, _ = run(["explain", str(page), "--steps", "repair.homoglyphs,repair.spacing", "--no-project-config", "--all"])
    assert code == EXIT_OK
    marks = [ln for ln in out.splitlines() if ln.startswith("         ")]
    assert len(marks) == 2
    assert marks[0].startswith("         Депутаты п[-a-]{+а+}ртии , которая"), marks[0]
    assert marks[1].startswith("         Депутаты пaртии[-·-], которая победила"), marks[1]
    assert marks[1].endswith("…")  # the line goes on past the context shown


def test_whitespace_edits_are_summarised_unless_all(related):
    rec, full = related
    code, out, _ = run(["explain", str(RELATED_SEED), "--no-project-config"])
    layout = [e for e in rec["edits"] if not e["before"].strip() and not e["after"].strip()]
    assert layout, "the seed has paragraph-spacing edits"
    assert len(EDIT_LINE.findall(out)) == len(rec["edits"]) - len(layout)
    (summary,) = [ln for ln in out.splitlines() if "whitespace-only" in ln]
    assert f"+ {len(layout)} whitespace-only edit" in summary and "--all" in summary
    assert "whitespace-only" not in full


def test_reason_and_step_filters(related):
    rec, _ = related
    code, out, _ = run(["explain", str(RELATED_SEED), "--no-project-config", "--reason", "boilerplate.related"])
    reasons = {r[1] for r in EDIT_LINE.findall(out)}
    assert reasons == {"boilerplate.related"}
    code, out, _ = run(["explain", str(RELATED_SEED), "--no-project-config", "--reason", "metadata.,boilerplate.nav"])
    reasons = {r[1] for r in EDIT_LINE.findall(out)}
    assert reasons and all(r.startswith("metadata.") or r == "boilerplate.nav" for r in reasons)
    assert "left out by --reason/--step" in out
    code, out, _ = run(["explain", str(RELATED_SEED), "--no-project-config", "--step", "metadata.title", "--all"])
    rows = EDIT_LINE.findall(out)
    assert rows and {r[2] for r in rows} == {"metadata.title"}
    assert len(rows) == sum(1 for e in rec["edits"] if e["step"] == "metadata.title")


def test_output_file_is_written(tmp_path):
    target = tmp_path / "explained.txt"
    code, out, _ = run(["explain", str(RELATED_SEED), "--no-project-config", "-o", str(target)])
    assert code == EXIT_OK and out == ""
    written = target.read_text(encoding="utf-8")
    assert written.startswith(f"== {RELATED_SEED}") and EDIT_LINE.search(written)


def test_explain_help_is_its_own(capsys):
    code, _, _ = run(["explain", "--help"])
    text = capsys.readouterr().out
    assert code == EXIT_OK and text.startswith("usage: corpusclean explain")
    assert "--reason PREFIX" in text and "--all" in text and "--rejects" not in text


def test_entities_name_their_input_offsets(related):
    rec, out = related
    for ent in rec["entities"]:
        assert f"output {ent['start']}-{ent['end']}, input {ent['input_start']}-{ent['input_end']}" in out
