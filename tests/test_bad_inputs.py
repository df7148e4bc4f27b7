"""Bad input: each kind gets its own reason code, a one-line message naming the input, a
rejection record, and the run goes on.  Documents in = records out + rejections, always."""

from __future__ import annotations

import io
import json

import pytest

from corpusclean import clean
from corpusclean.cli import EXIT_OK, main

GOOD = "Партия провела съезд в Астане.\nДелегаты обсудили программу.\n"


def run(argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, [json.loads(l) for l in out.getvalue().splitlines()], err.getvalue()


def deep_html(depth: int) -> str:
    return "<html><body>" + "<div>" * depth + "<p>Текст статьи о выборах.</p>" + "</div>" * depth + "</body></html>"


# name, file name, bytes, expected reason code
BAD_FILES = [
    ("empty file", "empty.txt", b"", "input.empty"),
    ("only whitespace", "blank.txt", b"  \n\t\n", "input.empty"),
    ("binary file", "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "input.binary"),
    ("bytes that fit no text encoding", "noise.txt", bytes(range(128, 256)) * 20, "input.undecodable"),
    ("deeply nested html", "deep.html", deep_html(400).encode(), "html.too_deep"),
    ("html without text", "nothing.html", b"<html><body><script>var x=1;</script></body></html>", "html.no_content"),
]


@pytest.mark.parametrize("label,name,raw,code", BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_file_is_a_rejection_with_its_own_code_and_the_run_goes_on(tmp_path, label, name, raw, code):
    bad = tmp_path / name
    bad.write_bytes(raw)
    good = tmp_path / "zz_good.txt"
    good.write_text(GOOD, encoding="utf-8")
    exit_code, recs, err = run([str(bad), str(good)])
    assert exit_code == EXIT_OK
    assert len(recs) == 1 and recs[0]["source"]["path"].endswith("zz_good.txt")
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert str(bad) in lines[0] and code in lines[0]
    assert "Traceback" not in err


def test_rejection_records_carry_the_reason_and_the_provenance(tmp_path, record_validator):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    rej = tmp_path / "rejects.jsonl"
    code, recs, err = run([str(bad), "--rejects", str(rej)])
    assert code == EXIT_OK and recs == [] and err == ""
    (record,) = [json.loads(l) for l in rej.read_text(encoding="utf-8").splitlines()]
    record_validator.validate(record)
    assert record["rejected"] is True and record["reason"]["code"] == "input.empty"
    assert record["source"]["sha256"] and record["pipeline"]["config_hash"]


def test_cp1251_input_is_decoded_not_rejected(tmp_path):
    f = tmp_path / "legacy.txt"
    f.write_bytes(GOOD.encode("cp1251"))
    code, recs, err = run([str(f)])
    assert err == ""
    assert recs[0]["source"]["encoding"] == "cp1251"
    assert recs[0]["text"].startswith("Партия провела съезд")


def test_kazakh_kz1048_input_is_decoded(tmp_path):
    f = tmp_path / "kz.txt"
    f.write_bytes("Қазақстан партиясы сайлауға қатысты, әңгіме өтті.\n".encode("kz1048"))
    code, recs, err = run([str(f)])
    assert recs[0]["source"]["encoding"] == "kz1048"
    assert "Қазақстан" in recs[0]["text"]


def test_jsonl_bad_lines_each_get_a_code_and_a_line_number(tmp_path):
    f = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"text": GOOD, "url": "https://example.kz/a", "rubric": "Саясат"}, ensure_ascii=False),
        "{not json",
        json.dumps({"body": GOOD}),
        json.dumps({"text": 42}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "   "}),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, recs, err = run([str(f)])
    assert code == EXIT_OK
    assert len(recs) == 1
    assert recs[0]["metadata"] == {"url": "https://example.kz/a", "rubric": "Саясат"}  # carried untouched
    assert recs[0]["source"]["input"] == "jsonl-field:text" and recs[0]["source"]["line"] == 1
    messages = err.strip().splitlines()
    expected = [(2, "jsonl.malformed"), (3, "jsonl.missing_text"), (4, "jsonl.text_not_string"),
                (5, "jsonl.not_object"), (6, "input.empty")]
    assert len(messages) == len(expected)
    for msg, (line, reason) in zip(messages, expected):
        assert f"{f}:{line}:" in msg and reason in msg


def test_text_key_names_the_jsonl_field(tmp_path):
    f = tmp_path / "batch.jsonl"
    f.write_text(json.dumps({"body": GOOD}) + "\n", encoding="utf-8")
    code, recs, err = run([str(f), "--text-key", "body"])
    assert len(recs) == 1 and recs[0]["source"]["input"] == "jsonl-field:body"


def test_a_50_mb_single_line_file_is_rejected_as_too_large_without_reading_it_whole(tmp_path):
    f = tmp_path / "huge.txt"
    with open(f, "wb") as fh:
        chunk = ("слово " * 10_000).encode("utf-8")
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(chunk)
    code, recs, err = run([str(f)])
    assert code == EXIT_OK and recs == []
    assert "input.too_large" in err and str(f) in err


def test_the_size_limit_is_configurable(tmp_path):
    f = tmp_path / "small.txt"
    f.write_text(GOOD, encoding="utf-8")
    code, recs, err = run([str(f), "--max-bytes", "10"])
    assert recs == [] and "input.too_large" in err
    code, recs, err = run([str(f), "--max-bytes", "100000"])
    assert len(recs) == 1


def test_html_nesting_limit_is_configurable(tmp_path):
    f = tmp_path / "deep.html"
    f.write_text(deep_html(60), encoding="utf-8")
    code, recs, err = run([str(f), "--set", "x:y=1"])  # unknown step in --set is a usage error
    assert code == 2
    from corpusclean.config import Config
    from corpusclean.inputs import documents_from_path

    (doc,) = documents_from_path(f, Config(max_html_depth=50))
    assert doc.rejection.code == "html.too_deep"
    (doc,) = documents_from_path(f, Config(max_html_depth=100))
    assert doc.rejection is None


def test_a_folder_with_no_inputs_is_reported_and_the_run_goes_on(tmp_path):
    empty_dir = tmp_path / "nothing"
    empty_dir.mkdir()
    (empty_dir / "notes.md").write_text("not an input", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    code, recs, err = run([str(empty_dir), str(good)])
    assert code == EXIT_OK and len(recs) == 1
    assert "input.no_documents" in err and str(empty_dir) in err


def test_clean_api_returns_a_rejected_document_instead_of_raising():
    doc = clean(b"\x00\x01\x02binary")
    assert doc.rejected and doc.rejection.code == "input.binary"
    assert doc.to_record()["reason"]["code"] == "input.binary"


def test_documents_in_equals_records_plus_rejections(tmp_path):
    for name, raw in [("a.txt", GOOD.encode()), ("b.txt", b""), ("c.txt", b"\x00\x00"), ("d.html", deep_html(400).encode())]:
        (tmp_path / name).write_bytes(raw)
    rej = tmp_path / "rej.jsonl"
    code, recs, err = run([str(tmp_path), "--rejects", str(rej)])
    rejected = rej.read_text(encoding="utf-8").splitlines()
    assert len(recs) + len(rejected) == 4
