"""Issue 10, output and kinds: strict JSON lines, U+2028/U+2029 escaped, errors that name the
file, clean() that reads a str as text and a path as a file and never raises."""

from __future__ import annotations

import errno
import io
import json
import math
from pathlib import Path

import pytest

from corpusclean import Pipeline, clean, replay
from corpusclean.cli import EXIT_FAILURE, EXIT_OK, _dumps, main
from corpusclean.document import Document

TEXT = "Партия провела съезд в Астане. Делегаты обсудили программу."


def run(argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


# --- strict JSON -------------------------------------------------------------------------

def test_nan_and_infinity_are_never_written_as_bare_words():
    with pytest.raises(ValueError):
        _dumps({"x": math.nan})
    assert _dumps({"x": 1.5}) == '{"x":1.5}'


def test_a_record_that_cannot_be_strict_json_becomes_a_rejection_of_that_document(tmp_path):
    from corpusclean.cli import _record_line

    doc = Pipeline(["space.normalize"]).process_text(TEXT)
    doc.meta["lang_confidence"] = math.inf  # a step's bug, not the input's
    line = _record_line(doc, keep_input=False)
    rec = json.loads(line)
    assert rec["rejected"] and rec["reason"]["code"] == "output.unwritable"


def test_u2028_and_u2029_are_escaped_in_every_string_field_of_the_line(tmp_path):
    src = tmp_path / "a.jsonl"
    row = {"text": TEXT + "\u2029Второй абзац.", "author": "Иванов\u2028Петров", "tags": ["a\u2029b"],
           "nested": {"k\u2028": "v\u2028"}}
    src.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    code, out, err = run([str(src), "--steps", "space.normalize"])
    assert code == EXIT_OK
    assert "\u2028" not in out and "\u2029" not in out and len(out.splitlines()) == 1
    assert len(out.split("\n")) == 2 and out.count("\\u2028") == 3
    rec = json.loads(out)
    assert rec["metadata"]["author"] == "Иванов\u2028Петров" and rec["metadata"]["nested"] == {"k\u2028": "v\u2028"}


def test_u2028_in_a_front_matter_title_is_escaped_in_the_fixed_form():
    from corpusclean.hook import fixed_form

    doc = clean("---\ntitle: \"Съезд\\u2028партии\"\n---\n" + TEXT + "\n")
    assert doc.meta["title"] == "Съезд\u2028партии"
    fixed = fixed_form(doc)
    assert "\u2028" not in fixed and "\\u2028" in fixed
    again = clean(fixed)
    assert again.meta["title"] == doc.meta["title"] and fixed_form(again) == fixed


# --- disks -------------------------------------------------------------------------------

def test_a_full_disk_names_the_output_file(tmp_path):
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    code, _, err = run([str(src), "-o", "/dev/full", "--steps", "space.normalize"])
    assert code == EXIT_FAILURE
    assert err == "corpusclean: error: /dev/full: No space left on device\n"


class FullDisk(io.StringIO):
    def write(self, s):
        raise OSError(errno.ENOSPC, "No space left on device")


def test_a_full_disk_on_standard_output_names_it(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    err = io.StringIO()
    code = main([str(src), "--steps", "space.normalize"], stdout=FullDisk(), stderr=err)
    assert code == EXIT_FAILURE and err.getvalue() == "corpusclean: error: <stdout>: No space left on device\n"


def test_an_output_folder_that_does_not_exist_is_named(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    target = tmp_path / "missing" / "out.jsonl"
    code, _, err = run([str(src), "-o", str(target)])
    assert code == EXIT_FAILURE and err == f"corpusclean: error: {target}: No such file or directory\n"


# --- kinds -------------------------------------------------------------------------------

def test_clean_of_a_str_whose_first_line_is_a_json_object_is_a_text_document():
    text = '{"text": "not a record"}\n' + TEXT
    doc = clean(text, steps=["space.normalize"])
    assert doc.rejection is None and doc.source["kind"] == "txt"
    assert doc.text == text and replay(doc.input_text, doc.edits) == doc.text


def test_clean_of_a_str_that_names_a_file_is_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert clean(str(path), steps=["space.normalize"]).text == str(path)


def test_clean_of_a_path_reads_the_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT + "  Второй.", encoding="utf-8")
    doc = clean(path, steps=["space.normalize"])
    assert doc.rejection is None and doc.text == TEXT + " Второй." and doc.source["path"] == path.as_posix()


def test_clean_of_a_jsonl_path_with_one_line_gives_that_document(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    doc = clean(path, steps=["space.normalize"])
    assert doc.rejection is None and doc.text == TEXT and doc.source["line"] == 1


@pytest.mark.parametrize("make", ["path", "bytes"])
def test_clean_of_a_jsonl_of_several_lines_is_rejected_naming_pipeline_run(tmp_path, make):
    raw = (json.dumps({"text": TEXT}, ensure_ascii=False) + "\n" + json.dumps({"text": "Второй."}, ensure_ascii=False)).encode()
    path = tmp_path / "a.jsonl"
    path.write_bytes(raw)
    doc = clean(path if make == "path" else raw, steps=["space.normalize"])
    assert doc.rejection.code == "input.many_documents" and "Pipeline.run" in doc.rejection.detail
    assert len(list(Pipeline(["space.normalize"]).run([path]))) == 2


@pytest.mark.parametrize("content", [
    "", "\x00", "\ud800", "{", '{"text": 1}', "[" * 10_000, "\u2028" * 50, b"\xff\xfe\x00", b"\xb2d",
    b'{"text": "\\ud800"}', b"<html>" + b"<div>" * 500, "a" * 5000, "Тeг\nя!",
])
def test_clean_never_raises_for_any_content(content):
    doc = clean(content)
    assert isinstance(doc, Document)
    if doc.rejection is None:
        assert replay(doc.input_text, doc.edits) == doc.text


def test_clean_of_a_missing_path_is_a_rejection_not_an_exception(tmp_path):
    doc = clean(tmp_path / "nothing.txt")
    assert doc.rejection.code == "input.not_found"
